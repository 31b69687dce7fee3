// Test and fixture material: findings in files that exist to test, show or document the code are
// still reported (real keys get committed in tests too) but carry `context: "test"` and one severity
// step less, and a setting can keep them out of the gate. Judged here by the path: a folder named
// for tests, fixtures, examples, samples, demos or docs, a prose document (Markdown, reStructuredText,
// AsciiDoc), or a file named as a test, an example or an API description. A few findings are marked by
// what the code says instead (a key the code names a fake, an Ansible module's documentation strings:
// `Match.sample`, set in detect-blob.ts, honoured in scan.ts). Third-party code copied into the
// repository (`vendor/`, `third_party/`, a committed `node_modules/`) is marked the same way, as
// `context: "vendored"`: what is found there is the upstream's (its test keys, its TLS options).
import type { Finding, FindingContextKind, Severity } from '../types.js';
import { memoByPath } from '../../detectors/kit/path-memo.js';

/**
 * Folders of third-party code kept in the repository: Go's, Composer's and Bundler's `vendor/`,
 * `third_party/` (and its spellings), npm's, Bower's and jspm's package folders, Python's
 * `site-packages/`, CocoaPods' `Pods/`.
 */
const VENDORED_FOLDERS: ReadonlySet<string> = new Set([
  'vendor', 'third_party', 'third-party', 'thirdparty', '3rdparty', '3rd_party', '3rd-party', 'node_modules', 'bower_components',
  'jspm_packages', 'site-packages', 'dist-packages',
  // the libraries a Python package ships inside itself: pip's and setuptools' `_vendor/`, botocore's `vendored/`
  '_vendor', 'vendored', '_vendored',
  // a C or C++ project's copies of its dependencies (Node's and Redis' `deps/`, fluent-bit's `lib/monkey/deps/`)
  'deps',
]);

/**
 * True when the path is inside a folder of vendored third-party code, or inside a packaged Helm chart
 * in a chart's `charts/` folder (`charts/app/charts/redis-18.1.0.tgz!/redis/values.yaml`): where
 * `helm dependency update` puts the charts a chart depends on. Also the libraries a build fetched and
 * someone committed: Maven's local repository (`.m2/repository/…`, not `.m2/settings.xml`, which is the
 * user's), Godep's `Godeps/_workspace/`, the jars a web application bundles (`WEB-INF/lib/`,
 * `BOOT-INF/lib/`), and what a Python wheel holds (`thriftpy2-0.4.17-cp312-…whl!/thriftpy2/http.py`).
 */
export function isVendoredPath(path: string): boolean {
  const parts = path.split('/');
  parts.pop();
  return parts.some(
    (folder, i) =>
      VENDORED_FOLDERS.has(folder.toLowerCase()) ||
      folder === 'Pods' ||
      (folder.endsWith('.tgz!') && parts[i - 1] === 'charts') ||
      folder.endsWith('.whl!') ||
      (folder === 'repository' && parts[i - 1] === '.m2') ||
      (folder === '_workspace' && parts[i - 1] === 'Godeps') ||
      (folder === 'lib' && (parts[i - 1] === 'WEB-INF' || parts[i - 1] === 'BOOT-INF')) ||
      (RELEASE_FOLDER.test(folder) && LIBRARY_PARENTS.has(parts[i - 1] ?? '')),
  );
}

/**
 * An unpacked release of a library, named with its version (`librdkafka-2.15.0`, `mbedtls-2.4.2`, `zstd-1.5.7`), in a
 * folder of libraries: C and C++ projects vendor their dependencies so (fluent-bit's `lib/`), and the release's own
 * test keys and sample configs come with it.
 */
const RELEASE_FOLDER = /^[A-Za-z][\w.+-]*?-v?\d+\.\d+(?:\.\d+){0,2}(?:[-.][\w.]{1,20})?$/;
const LIBRARY_PARENTS: ReadonlySet<string> = new Set(['lib', 'libs', 'deps', 'external', 'extern', 'contrib', 'third_party', '3rdparty']);

/** How the path's findings are marked: 'vendored' (third-party code), 'test' (isTestPath), or not at all. */
export const pathContext: (path: string) => FindingContextKind | undefined = memoByPath((path) =>
  isVendoredPath(path) ? 'vendored' : isTestPath(path) ? 'test' : undefined,
);

/** Folder names (any depth, any case) that hold test, fixture, example or documentation material. */
const TEST_FOLDERS: ReadonlySet<string> = new Set([
  'test', 'tests', '__tests__', 'spec', 'specs', 'fixture', 'fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data',
  'example', 'examples', 'sample', 'samples', 'demo', 'demos', 'doc', 'docs', 'guide', 'guides', '__mocks__', 'mock', 'mocks', 't',
  // end-to-end suites (`e2e/`, Cypress's `cypress/`, Playwright's `playwright/`, Selenium's `selenium/` with the
  // fake portals and identity providers its browser tests log in to) and Storybook's `stories/`
  'e2e', 'cypress', 'playwright', 'selenium', 'stories',
  // Cucumber's and behave's step code (`features/step_definitions/`, `features/steps/`)
  'step_definitions',
  // Behat's BDD suites (`tests/Behat/`, Sylius-style `src/Shop/Behat/`): step contexts and page objects that drive a
  // test browser, with the accounts the scenarios log in as and the form selectors they fill
  'behat',
  // test cases and the packages of test helpers (Go's `testutil/`)
  'testcase', 'testcases', 'testutil', 'testutils', 'testhelper', 'testhelpers', 'testsupport', 'testlib', 'testkit',
  // test doubles (Go's `fake/` packages beside the real client, `stubs/`)
  'fake', 'fakes', 'stub', 'stubs',
  // suites named by their kind in one word (`e2etests/`, `unittests/`)
  'e2etests', 'unittests', 'uitests', 'apitests', 'integrationtests', 'functionaltests', 'acceptancetests', 'smoketests',
  // an integration suite's folder (traefik's, headscale's, moby's `integration/`: a harness and the TLS keys and
  // compose files its tests start servers with); the plural, `integrations/`, is product code (an app's Slack, Jira…)
  'integration',
  // a folder of suites (`internal/suites/OIDC/users.yml`, `test/suites/`): each holds a suite's fixtures
  'suites',
  // conformance and certification runs (OpenID's `certification/` results, `conformance/`): their logs record the
  // credentials the test tool registered against a test server
  'conformance', 'certification',
  // a package of Testcontainers harnesses (`internal-packages/testcontainers/`): it starts throwaway databases and
  // servers for a test run, with the passwords and keys it hands them
  'testcontainers',
  // Dredd's API test suites (`.dredd/`, `dredd/`): its hooks and configs log in to the API under test with the
  // accounts and tokens a throwaway server was seeded with
  'dredd', '.dredd',
  // fuzzing harnesses and their corpora (`fuzzing/corpus/http-raw-payloads/`): inputs made to exercise a parser
  'fuzz', 'fuzzing', 'fuzzers', 'corpus', 'corpora',
]);

/**
 * Folder names that end in one of them: `integration-tests`, `e2e_test`, `api-examples`, `api-docs`, a project's
 * end-to-end suite `shop-e2e`; or start with one: `test_resources`, `test-files`, `demo-setups`, `example-app`,
 * `docs-site`, `fake-certs`, `mock-server`; or hold examples, samples or demos between words (`captain-sample-apps`,
 * `go-example-server`). And a package of test helpers named
 * for the project it tests (`shop-test-utils`, `app_test_helpers`, `api-testkit`): the prefix hides the `test-utils`
 * the start would have caught; what its code sets up (a test database with TLS checks off) serves the test runner.
 * And an end-to-end suite's own folders (`e2econfig`, `e2e-setup`, `e2e_data`; `e2ee`, end-to-end encryption, is code).
 */
const TEST_FOLDER_AFFIX =
  /[-_](?:tests?|specs?|e2e|fixtures?|examples?|samples?|docs?)$|^(?:tests?|fixtures?|demos?|examples?|samples?|docs?|fakes?|mocks?)[-_][a-z]|[-_](?:examples?|samples?|demos?)[-_][a-z]|[-_]test[-_]?(?:utils?|utilities|helpers?|support|kit|lib)$|^e2e[-_]?(?:configs?|setup|data|env|utils?|helpers?|support|resources)$/i;

/**
 * The same in PascalCase words, as PowerShell and .NET projects name folders (AutomatedLab's `SampleScripts/`,
 * `ExampleConfigs/`, `DemoData/`): a capital after the word, not a lowercase letter (`Demographics`, `Examiner`).
 */
const PASCAL_SAMPLE_FOLDER = /^(?:Samples?|Examples?|Demos?)[A-Z][a-z]/;

/**
 * Suites named by their kind in one lowercase word beyond those listed: Go's packages of integration
 * tests (`pkg/webtests/`, `pkg/caldavtests/`, `internal/routertests/`). English words ending so
 * (`contests`, `protests`, `attests`, `detests`) are not suites.
 */
const SUITE_IN_ONE_WORD = /^(?!(?:con|pro|at|de)tests$)[a-z][a-z0-9]{1,30}tests$/;

/**
 * A package of test helpers named for what it fakes, in Go's way (`httptest`, `fstest`, `storagetest`, `dbtest`,
 * `integrationtest`): one lowercase word glued to test. English words ending so are not (`latest`, `contest`,
 * `protest`, `attest`, superlatives such as `fastest`), nor features named for a kind of test that ship with
 * the code (`backtest/` of a trading bot, `speedtest/`, `abtest/`).
 */
const TEST_HELPER_PACKAGE = /^[a-z][a-z0-9]{0,30}test$/;
const NOT_A_TEST_PACKAGE =
  /^(?:la|con|pro|at|de|pre|in|back|speed|ab|great|fas|shor|smar|hot|sof|ligh|brigh|tigh|sligh|righ|stric|fit|wet|flat|nea|quie|swee|whi|poli|cu|mu|va|stou|swif|straigh|def|cur)test$/;

/**
 * Test source sets named in camelCase (Gradle's and Android's `src/integrationTest`, `src/dockerTest`,
 * `src/androidTest`, `src/testFixtures`): a word glued to Test, or test glued to a capitalised word.
 */
const TEST_SOURCE_SET = /^[a-z][a-zA-Z0-9]*Tests?$|^test[A-Z][A-Za-z0-9]*$/;

/**
 * .NET test projects, named for the project they test with a dotted suffix (`Api.Test`, `Core.IntegrationTest`,
 * `Shop.Backend.Tests`, `Billing.UnitTests`, `Web.Specs`, `Data.TestUtilities`), and suites in PascalCase words
 * (`LiveTests/`, `IntegrationTests/`): the solution's convention for the projects `dotnet test` runs.
 * `Tests` with its capital only: a dotted `.Latest` or `.Contest` is no suite.
 */
const DOTNET_TEST_PROJECT = /^[A-Za-z][\w-]{0,60}(?:\.[\w-]{1,60}){0,6}\.(?:[A-Z][A-Za-z0-9]{0,40})?Tests?$|\.(?:Specs?|Testing|TestUtilities|TestHelpers|TestCommon|TestKit)$|^(?:[A-Z][a-z0-9]{1,20}){1,4}Tests$/;

/**
 * Dotted parts of a file name that mark it (`app.test.js`, `.env.example`, `settings.sample.yml`,
 * `app.e2e-spec.ts`, `users.mock.ts`, Storybook's `Button.stories.tsx`).
 */
const TEST_NAME_PARTS: ReadonlySet<string> = new Set([
  'test', 'tests', 'spec', 'example', 'examples', 'sample', 'samples', 'fixture', 'fixtures', 'e2e', 'e2e-spec', 'e2e-test', 'mock', 'mocks',
  'story', 'stories',
  // a file to copy and fill in, as `.env.example` is: `.env.template`, `config.template.yml`, `nginx.conf.template`
  'template',
  // a golden file: the output a test compares with (`tls-values.golden.yaml` a chart's test renders, `render.golden`)
  'golden',
]);

/**
 * Dotted parts that name the test environment or a suite in more than one word: Laravel's and Rails' `testing`
 * environment (`.env.testing`, `.env.testing-ci`, `config.testing.json`), `.env.unit-tests`, `compose.e2e-tests.yml`.
 */
const TEST_NAME_COMPOUND = /^(?:testing|tests?)(?:[-_][a-z0-9]{1,12}){0,2}$|^[a-z0-9]{1,12}[-_](?:tests?|testing)$/i;

/**
 * Test files by their stem: `client_test.go`, `test_client.py`, `ClientTest.java`, `ClientTests.cs`,
 * `client_spec.rb`, `session_fixtures.go`, `sops_functional_tests_key.asc`, `functional_tests.go`; Django's and Rust's `tests.py`/`tests.rs` (`test.js` is a script named test); pytest's
 * `conftest.py` and a module of fixtures or mocks (`fixtures.ts`, `mock.ts`: the canned answers a connector's tests
 * replay, its sample keys among them); an API's OpenAPI or Swagger description
 * (`openapi.yaml`, `swagger.json`, `netdata-swagger.yaml`), whose values are examples; a test runner's
 * configuration (`phpunit.xml.dist`, `pytest.ini`, `tox.ini`, `jest.config.js`); a name starting test, testing, mock,
 * fake, dummy, example or e2e and a separator (`test-proxy-auth.yml`, `testing-host-key`, `mock-google-services.json`, `e2e-python.dockerfile`,
 * `dummy-key.pem`, `example_api.py`; not sample: `sample_rate.go` is code); a name ending in example
 * (`keycloak-example.json`, `settings_example.py`); a TypeScript type test (react-native-firebase's `type-test.ts` and
 * `consumer-type-test.ts` in each package, `types-test.ts`): code that only the compiler checks, calling the API with
 * made-up arguments and printing what it returns to use each type.
 */
const TEST_STEM =
  /^(?:tests?|mocks?|fakes?|dummy|example|e2e)[_-][^.]|^testing-[^.]|[_-]example$|(?:^|[_-])types?[_-]?tests?$|_(?:tests?|spec|fixtures?)$|[a-z0-9](?:Test|Tests|Spec)$|^(?:tests|conftest|fixtures?|mocks?|openapi|swagger)$|[_-](?:openapi|swagger)$|[_-]tests?[_-]|^(?:phpunit|pytest|tox|karma|jest|vitest|playwright|cypress|codecept|behat|phpspec)(?:[_-]?[Ss]etup)?$/;

/**
 * Prose documents: Markdown, reStructuredText, AsciiDoc, also as the template a generator renders them from (helm-docs'
 * `README.md.gotmpl`, a `README.md.j2`, `README.rst.in`); and Emacs Org documents by their capitalised names
 * (`README.org`, `NOTES.org`, `INSTALL.org`): a lowercase `example.org` is as often a site's nginx or zone file.
 */
const DOCUMENT = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)(?:\.(?:gotmpl|tmpl|tpl|j2|jinja2?|erb|hbs|mustache|template|in))?$/i;
const ORG_DOCUMENT = /^[A-Z][A-Z0-9_-]{1,30}\.org$/;
/**
 * A plain-text document by its name (`README.txt`, `INSTALL.txt`, `MANUAL.txt`, `readme-windows.txt`, and a `README`
 * with no extension, as C projects and their contrib folders write it): the text a README.md would hold, or a manual
 * rendered from the docs. Only these names: `passwords.txt` or `KEYS.txt` are not prose, nor an `install` script.
 */
const TEXT_DOCUMENT = /^(?:readme|manual|install|usage|howto|faq|tutorial)(?:[._-][a-z0-9_-]{1,30})?\.txt$|^readme$/i;
/** A manual page rendered to HTML (`hash_password.1.html`, `synctl.1.html`): its EXAMPLES section shows commands and their output. */
const MANUAL_PAGE = /^[A-Za-z0-9_+-]{0,59}[A-Za-z]\.[1-9]\.html?$/;
/**
 * A Go file of test helpers beside the package's code (`agent/testing.go` with `func GetTestJWT(t *testing.T)`, `testutil.go`,
 * `testhelpers.go`): Go compiles only `_test.go` files for tests, so helpers other packages' tests call live in a file
 * named so. What they hold (a key a test signs with, a test cluster's token) is test material.
 */
const GO_TEST_HELPERS = /^(?:testing|testutils?|testhelpers?)\.go$/;
/**
 * Key material named for tests with the word glued on (`testkey.pem`, `testcert.pem`, `testca.crt`, `test.key`): the
 * pair a package's TLS tests load beside its code (Go's own `crypto/tls` ships `testcert`). `test-key.pem` is TEST_STEM's
 * already; only key and certificate extensions, so `testament.pem` or `testkey.go` is not caught.
 */
const TEST_KEY_MATERIAL = /^test(?:key|cert|ca|cacert|rootca|server|client)?\.(?:pem|key|crt|cer|der|p12|pfx)$/i;
/**
 * A data file of samples named so after a separator (`webhook-samples.json`, `request_sample.yaml`): what
 * `settings.sample.yml` is with a dot, recorded or hand-written payloads a tool replays or shows. Data formats only:
 * `audio_samples.py` is code, and a name that starts with sample (`sample_rate.yaml`) is a setting's.
 */
const SAMPLE_DATA = /[_-]samples?\.(?:json|ya?ml|xml|toml)$/i;
/** The full-text index a documentation generator builds next to the pages: `search_index.json`, `searchindex.js`. */
const SEARCH_INDEX = /^search[_-]?index\.(?:json|js)$/i;

/**
 * `test.env`, `tests.env`, `testing.env`, `test.env.local`: the settings of a test run (a `test.js` is still a script named test).
 * And `sample.env`, `example.env`: the template `.env.sample` and `.env.example` are, named the other way round.
 */
const TEST_DOTENV = /^(?:tests?|testing|examples?|samples?)\.env(?:\.local)?$/i;
/**
 * A dotenv template by the other names projects give it: Symfony's `.env.dist`, `.env.tmpl`, `.env.tpl`, and the
 * defaults file of dotenv-defaults and dotenv-extended (`.env.defaults`), committed by design beside the real `.env`.
 */
const DOTENV_TEMPLATE = /^\.env\.(?:dist|tmpl|tpl|defaults?)$/i;

/**
 * The test environment's settings file in a folder of environment settings: Phoenix's and Elixir's `config/test.exs`,
 * Rails' `config/environments/test.rb`, node-config's `config/test.json`, Sails' `config/env/test.js`, and the CI
 * environment's, where the suite runs (Django's `settings/ci.py`, `config/environments/ci.rb`). The keys a
 * framework generates there (a `secret_key_base`, a signing key) serve the test runner, as `.env.testing` does.
 * Only under such a folder: a `test.js` elsewhere is a script named test.
 */
const TEST_ENV_CONFIG = /^(?:tests?|testing|ci)\.(?:exs|rb|json|ya?ml|toml|js|cjs|mjs|ts|php|ini|py)$/i;
const ENV_CONFIG_FOLDERS: ReadonlySet<string> = new Set(['config', 'environments', 'env', 'envs', 'settings']);

/**
 * Folders that hold one environment's settings each (`overlays/testing/`, `environments/testing/`, Ansible's
 * `inventories/testing/`): there `testing` names a deployed environment, not a package of test helpers.
 */
const ENVIRONMENT_PARENTS: ReadonlySet<string> = new Set([
  'env', 'envs', 'environment', 'environments', 'overlays', 'inventory', 'inventories', 'stages', 'clusters', 'deploy',
  'deploys', 'deployment', 'deployments', 'infra', 'terraform', 'config', 'configs', 'settings', 'values', 'dists',
  'group_vars', 'host_vars',
]);

/**
 * A package of test helpers named `testing` inside a project (`libs/testing/`, `celery/contrib/testing/`,
 * `pkg/_testing/`, `k8s.io/client-go/testing/`, Rails' `lib/rails/testing/`): what it hands out (a test user's
 * password, a sendgrid key `SG.123` for an integration fixture) serves the test runner. Not at the root, where a
 * `testing/` folder beside `production/` is as often an environment, nor under a folder of environments.
 */
function isTestingPackage(parts: readonly string[]): boolean {
  return parts.some((folder, i) => i > 0 && (folder === 'testing' || folder === '_testing') && !ENVIRONMENT_PARENTS.has((parts[i - 1] as string).toLowerCase()));
}

/** True when the path is test, fixture, example, sample, demo or documentation material. */
export function isTestPath(path: string): boolean {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  if (parts.some(isTestFolder) || isTestingPackage(parts)) return true;
  // a Helm chart's test values (`charts/app/ci/tls-values.yaml`, read by chart-testing)
  if (parts[parts.length - 1] === 'ci' && /values\.ya?ml$/.test(name)) return true;
  // behave's BDD suite: `features/environment.py` (its hooks, which start the servers a scenario runs against) and `features/steps/`
  if (parts.some((folder, i) => folder === 'features' && (i === parts.length - 1 ? name === 'environment.py' : parts[i + 1] === 'steps'))) return true;
  // model factories (Laravel's database/factories; a package's PSR-4 `src/Database/Factories`): fake rows for tests and seeding
  if (parts.some((folder, i) => folder.toLowerCase() === 'factories' && parts[i - 1]?.toLowerCase() === 'database')) return true;
  // prose documentation wherever it is: a root README.md as much as docs/README.md
  if (DOCUMENT.test(name) || ORG_DOCUMENT.test(name) || TEXT_DOCUMENT.test(name) || MANUAL_PAGE.test(name)) return true;
  // a dotenv file named for the test environment or as a template before its extension (`test.env`, `sample.env`): `.env.test`, `.env.sample` by another name
  if (TEST_DOTENV.test(name) || DOTENV_TEMPLATE.test(name)) return true;
  // the test environment's settings (`config/test.exs`, `config/environments/test.rb`)
  if (TEST_ENV_CONFIG.test(name) && ENV_CONFIG_FOLDERS.has(parts[parts.length - 1] ?? '')) return true;
  // a documentation site's search index (MkDocs' search/search_index.json, Sphinx's searchindex.js): the docs' text
  if (SEARCH_INDEX.test(name)) return true;
  // a data file of samples (`src/generated/webhook-samples.json`)
  if (SAMPLE_DATA.test(name)) return true;
  // a Go package's test helpers, by the name Go projects give them (`testing.go`, `testutil.go`): exported for other packages' tests
  if (GO_TEST_HELPERS.test(name)) return true;
  // key material named for tests (`internal/http/testkey.pem`)
  if (TEST_KEY_MATERIAL.test(name)) return true;
  // the first dotted part is the name itself (`test.js` is a script named test); `.env.example` starts with a dot
  const dotted = name.replace(/^\.+/, '').split('.');
  if (dotted.slice(1).some((part) => TEST_NAME_PARTS.has(part.toLowerCase()) || TEST_NAME_COMPOUND.test(part))) return true;
  return TEST_STEM.test(dotted[0] ?? '') || DEMO_SEEDER.test(dotted[0] ?? '');
}

/**
 * A seeder of demo data by its name (`DemoSeeder.php`, `DemoSeederCommand.php`, `DemoDataSeeder.php`, `demo_seeds.rb`,
 * `seed-demo.sql`, `SeedDemoData.php`): it fills a demo install with the accounts its visitors log in as (a demo
 * user's password and API key, published with the demo), as a `demo/` folder's files do. Other seeders set up a real install.
 */
const DEMO_SEEDER = /^(?:[Dd]emo[_-]?(?:(?:[Dd]ata(?:base)?)[_-]?)?(?:[Ss]eed)|(?:[Ss]eed)[_-]?[Dd]emo(?![a-z]))/;

/** A test folder by its name; a leading `.` or `_` hides or orders it and changes nothing (`.examples`, `_fixtures`). */
function isTestFolder(folder: string): boolean {
  const name = folder.charCodeAt(0) === 0x2e || folder.charCodeAt(0) === 0x5f ? folder.replace(/^[._]+/, '') : folder;
  // a snapshot tester's folder (Jest's `__snapshots__`, Go cupaloy's and snapshotx's `.snapshots`): recorded test output;
  // a bare `snapshots/` may hold a database's backups
  if (folder === '__snapshots__' || folder === '.snapshots') return true;
  // a suite named in words, with a dotted qualifier (PowerDNS's `regression-tests.auth-py/`, `regression-tests.recursor-dnssec/`);
  // a bare word before a dot starts a host's name (`demo.example.com/`, a site's config)
  const dot = name.indexOf('.');
  if (dot >= 3 && TEST_FOLDER_AFFIX.test(name.slice(0, dot))) return true;
  return (
    TEST_FOLDERS.has(folder.toLowerCase()) || TEST_FOLDERS.has(name.toLowerCase()) || TEST_FOLDER_AFFIX.test(name) || PASCAL_SAMPLE_FOLDER.test(name) || TEST_SOURCE_SET.test(name) ||
    SUITE_IN_ONE_WORD.test(name) || DOTNET_TEST_PROJECT.test(name) || (TEST_HELPER_PACKAGE.test(name) && !NOT_A_TEST_PACKAGE.test(name))
  );
}

const STEP_DOWN: Readonly<Record<Severity, Severity>> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

/** One severity step lower: critical → high → medium → low; low stays low. */
export function lowerSeverity(severity: Severity): Severity {
  return STEP_DOWN[severity];
}

/**
 * The finding marked by its path, with its severity one step lower, when the path is vendored code
 * (`context: "vendored"`) or test material (`"test"`); else itself. A finding marked already (a value
 * the code names a fake) keeps its mark and severity, unless the path says vendored.
 */
export function withTestContext<F extends Pick<Finding, 'path' | 'severity' | 'context'>>(finding: F): F {
  const context = pathContext(finding.path);
  if (context === undefined || finding.context === context) return finding;
  if (finding.context !== undefined) return { ...finding, context }; // lowered once already
  return { ...finding, context, severity: lowerSeverity(finding.severity) };
}

/** The words reports use for a context mark. */
export const CONTEXT_WORDS: Readonly<Record<FindingContextKind, string>> = {
  test: 'test context',
  vendored: 'vendored code',
};
