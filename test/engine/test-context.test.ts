import { describe, expect, it } from 'vitest';
import { isTestPath, isVendoredPath, lowerSeverity, pathContext, withTestContext } from '../../src/engine/test-context.js';

describe('isTestPath', () => {
  it.each([
    'test/a.js', 'tests/a.py', 'src/__tests__/a.ts', 'spec/models/user_spec.rb', 'lib/fixtures/key.pem', 'x/__fixtures__/a.json',
    'pkg/testdata/cert.key', 'test-data/a', 'examples/app/.env', 'example/config.yml', 'samples/a.cfg', 'sample/a', 'demo/app.js',
    'docs/setup.md', 'doc/api.txt', 'src/test/java/AppTest.java', 'Tests/A.cs', 'integration-tests/run.sh', 'api_examples/a.py',
    'src/client.test.js', 'src/client.spec.ts', '.env.example', 'config/settings.sample.yml', 'client_test.go', 'test_client.py',
    'src/ClientTest.java', 'src/ClientTests.cs', 'lib/client_spec.rb', 'internal/test_resources/config.yml', 'server/migration/test-files/pg.sql', 't/certs/ca.key',
    'database/factories/UserFactory.php', 'internal/entity/auth_session_fixtures.go', 'app/models/user_fixture.py', 'webui/src/mocks/data/users.json',
    'guides/source/security.md', 'module/redis/src/dockerTest/resources/server.key', 'app/src/androidTest/java/A.kt', 'src/integrationTest/resources/app.yml', 'web/src/testFixtures/resources/test.p12',
    'apps/api/e2e/auth.ts', 'cypress/support/commands.js', 'selenium/fakeportal/app.js', 'charts/app/README.md.gotmpl', 'docs/index.rst.in', 'fuzzing/corpus/http-raw-payloads/get.raw', 'regression-tests.auth-py/kerberos-server/Dockerfile', 'contrib/charts/db/ci/tls-values.golden.yaml', 'internal/render/manifest.golden', 'features/environment.py', 'features/steps/login.py', 'features/step_definitions/login.rb', 'src/stories/Login.tsx', '.examples/compose/db.env', '_fixtures/a.json', 'demo-setups/relay.yaml',
    'example-app/config.yml', 'src/auth/update-password.e2e.ts', 'test/app.e2e-spec.ts', 'src/api/users.mock.ts', 'packages/connectors/connector-alipay-web/src/mock.ts', 'src/Button.stories.tsx',
    'src/Key.story.tsx', 'tests/conftest.py', 'node-src/renderer/fixtures.ts', 'src/api/mocks.go', 'data/web/api/openapi.yaml', 'api/swagger.v2.json',
    'charts/node-exporter/ci/kube-rbac-proxy-tlssecret-values.yaml', 'mock-google-services.json', 'keys/dummy-key.pem', 'fake_tokens.py', 'phpunit.xml.dist', 'pytest.ini', 'tox.ini', 'web/jest.config.js', '.github/workflows/test-proxy-auth-e2e.yml', 'resources/views/api-docs/start.blade.php',
    'README.md', 'deploy/RUNBOOK.rst', 'guide.adoc', 'site/pages/setup.mdx', 'providers/v1/chef/fake/fake.go', 'pgp/sops_functional_tests_key.asc', 'certs/unit-test-ca.key', 'testutil/pki/serverkey.pem', 'plugins/secretstores/http/testcases/mixed/secrets.json', 'internal/testhelpers/db.go',
    'playwright/compose/app/Dockerfile', 'apps/web/playwright/auth.setup.ts', 'vendor/lib/functional_tests.go',
    'apps/auth/tests.py', 'src/parser/tests.rs', 'tools/example_client.py', 'src/web/api/netdata-swagger.yaml', 'api/public_openapi.json',
    'api/e2etests/views.py', 'src/UnitTests/a.cs', 'packages/auth/type-test.ts', 'packages/firestore/consumer-type-test.ts', 'src/types_test.ts', 'app/config/keycloak-example.json', 'shop/settings_example.py',
    'operations/minikube/README.org', 'NOTES.org',
    '.env.testing', '.env.testing-ci', '.env.unit-tests', 'config/app.testing.json', 'docker-compose.e2e-tests.yml', 'config/settings.test_ci.py',
    'pkg/webtests/integrations.go', 'pkg/caldavtests/users.go', 'build/package/e2e-python.dockerfile', 'scripts/e2e_seed.sql',
    'shop-e2e/shop-e2e-case/compose/mysql.yml', 'packages/api_e2e/run.sh', '.github/ci/e2econfig/users.yaml', 'e2e-setup/seed.sql', 'settings/ci.py', 'config/environments/ci.rb',
    'packages/shop-test-utils/src/config.ts', 'libs/app_test_helpers/db.py', 'packages/api-testkit/index.ts', 'templates/blank/test.env', 'test.env', 'config/testing.env',
    'v1.4.0/search/search_index.json', 'site/searchindex.js',
    'config/sample.env', 'docker/app/example.env', 'samples.env', '.env.template', 'internal/configuration/config.template.yml', 'nginx/default.conf.template', '.env.dist', 'app/.env.tmpl', '.env.defaults', 'api/.env.default',
    'config/test.exs', 'apps/web/config/test.exs', 'config/environments/test.rb', 'config/test.json', 'config/env/testing.js',
    'libs/testing/src/constants.ts', 'celery/contrib/testing/app.py', 'pandas/_testing/asserters.py', 'lib/rails/testing/assertions.rb',
    'fstest/testserver/init.d/TestWebDAV', 'internal/storagetest/store.go', 'pkg/dbtest/db.go', 'oryx/watcherx/integrationtest/Dockerfile',
    'client/.snapshots/TestCreate-case=1.json', 'src/__snapshots__/App.test.tsx.snap', 'internal/suites/Standalone/users.yml',
    'internal/certification/C.F.T.T.s/OP-ClientAuth-Basic.txt', 'test-results/conformance/e2e.log',
    'MANUAL.txt', 'README.txt', 'dist/readme-windows.txt', 'INSTALL.txt', 'debian/hash_password.1.html', 'docs/man/synctl.8.htm',
    'test/Shop.Api.IntegrationTest/Factory.cs', 'src/Shop.Core.Tests/Seed.cs', 'Billing.UnitTests/appsettings.json', 'src/Orders.Specs/a.cs',
    'Data.TestUtilities/Db.cs', 'LiveTests/Shop.Backend.Tests/Base/SftpBase.cs', 'Ledger.Test/a.cs',
    'internal/command/agent/testing.go', 'pkg/store/testutil.go', 'vault/testhelpers.go',
    'internal/http/testkey.pem', 'pkg/tls/testcert.pem', 'certs/testca.crt', 'server/test.key',
    'src/Shop/Behat/Context/Ui/LoginContext.php', 'tests/Behat/Page/Account.php', 'packages/Acme/Admin/src/Database/Factories/AdminFactory.php',
    'app/Console/Commands/DemoSeederCommand.php', 'database/seeders/DemoDataSeeder.php', 'db/demo_seeds.rb', 'scripts/seed-demo.sql', 'src/Command/SeedDemoData.php',
    'integration/resources/tls/local.key', 'integration/hsic/hsic.go', 'libs/sdk/integration/Dockerfile',
    'internal-packages/testcontainers/src/server.ts', 'src/generated/webhook-samples.json', 'data/request_sample.yaml', 'api/payload-samples.xml',
    '.dredd/hooks/main.go', '.dredd/dredd.local.yml', 'api/dredd/hooks.js',
    'apps/web/vitestSetup.ts', 'src/jest-setup.js', 'jest.setup.ts',
    'LabSources/SampleScripts/Azure/MultiNet.ps1', 'src/ExampleConfigs/app.json', 'DemoData/seed.sql', 'SamplesApp/Program.cs',
    'README', 'contrib/extract-handshakes/README', 'template/fake-certs-src/nginx.key', 'tools/mock-server/keys.json', 'captain-sample-apps/django/settings.py', 'go-example-server/main.go', '.dev/testing-host-key',
  ])('%s is test material', (path) => expect(isTestPath(path)).toBe(true));

  it.each([
    'src/integrations/slack.ts', 'app/Integrations/Jira/Client.php', 'src/SamplerBank/a.cs', 'src/Examiner/a.cs', 'src/Demography/a.cs', 'src/SAMPLEScripts/a.ps1', 'src/fakeroot/a.c', 'src/mockingbird-ui/a.ts', 'src/resample-audio/a.go', 'src/counterexample-db/a.go', 'pkg/testing_mode.go', 'src/integration.ts', 'src/dredd.go', 'src/dredd-report.ts',
    'src/app.js', 'test.js', 'latest/app.js', 'src/setup.ts', 'src/jestSetupWizard.ts', 'src/testing.py', 'pkg/testing_mode.go', 'src/testing.ts', 'src/contest.py', 'src/Contest.java', 'src/Shop.Latest/a.cs', 'src/App.Contest/a.cs', 'Contests/a.cs', 'src/Shop.Testimonials/a.cs', 'testing/utils.py', 'src/attestation.ts',
    'docker-compose.yml', '.env', 'config/production.yml', 'src/latest_version.go', 'protests/a.txt', 'src/specification.txt', 'testament/a.txt', 'src/t.go', 'tt/a.js',
    'src/factories/UserFactory.java', 'database/seeders/AdminSeeder.php', 'src/fixtures_loader.go', 'src/mockingbird/a.js',
    'src/Latest/a.js', 'src/latestTag/a.go', 'src/manifest/a.json', 'src/attest/a.ts', 'src/testament/a.txt', 'install', 'scripts/readme.sh', 'docs.json',
    '.github/workflows/ci.yml', '_archived/app/Dockerfile', 'src/history/store.ts', 'src/demographics/a.py', 'src/fixture_loader.py',
    'src/examples_index.go', '.e2e-cache/a.json', 'src/storybook.ts', 'src/latest-release.go', 'src/contest-entry.ts', 'src/fakeout/a.go', 'src/testimonials.ts', 'ci/deploy.yaml', 'charts/app/values.yaml', 'src/mockingjay-client.ts', 'src/examples.ts', 'src/sampler_util.go', 'src/dockerfile.go', 'src/tox_helpers.py',
    'src/attestations.py', '.github/workflows/unit-test.yml', 'src/prototype-test.ts', 'src/contests.rs', 'src/counterexample.go', 'src/example.rs', 'src/load_examples.py', 'src/swagger_ui.go', 'src/openapi-generator.ts', 'src/examplesite.go', 'src/sampled_rate.go', 'src/sample_rate.go', 'pkg/trace/sample-policy.ts',
    'nginx/sites-enabled/example.org', 'bind/zones/shop.org', 'sites/Shop.org',
    '.env.production', '.env.dev.docker', 'config/app.testingtool.json', 'src/contest.testimony.ts', '.env.latest-tests-off.yml',
    'packages/contest-utils/a.ts', 'app/contests/models.py', 'site/protests/index.html', 'src/e2ee/keys.ts', 'src/e2ee-session.ts', 'crypto-e2ee/keys.ts', 'e2eencryption/a.go', 'e2eeconfig/keys.ts', 'scripts/ci.py', 'ci.yml', 'src/latest-helpers/a.go', 'deploy/prod.env', 'contest.env', 'test.env.ts', 'src/contest.env.js',
    'src/search/index.json', 'src/search_indexer.js', 'config/search-index.yaml',
    'config/simple.env', 'deploy/sampler.env', 'config/resample.env', 'template.yaml', 'cloudformation/template.json', 'charts/app/templates/secret.yaml', 'charts/app/templates/_helpers.tpl', 'src/templates.ts', 'app/.env.distribution', 'dist/app.js', '.env.defaulted', 'config/defaults.py',
    'config/dev.exs', 'config/prod.exs', 'config/environments/production.rb', 'scripts/test.js', 'config/test.sh', 'config/contest.exs',
    'k8s/overlays/testing/secret.env', 'environments/testing/terraform.tfvars', 'ansible/inventories/testing/group_vars/all.yml', 'src/testingtools/a.py',
    'internal/http/testkey.go', 'certs/testament.pem', 'certs/latestkey.pem', 'tls/server.key', 'logs/app.log.1', 'site/v1.2.html', 'public/page.1.json',
    'passwords.txt', 'KEYS.txt', 'config/manually_set.txt', 'readme.txt.enc',
    'src/fastest/a.go', 'strategies/backtest/config.py', 'app/speedtest/server.js', 'contest/a.go', 'pretest/a.sh', 'snapshots/db.sql', 'src/Latest/a.js',
    'src/audio_samples.py', 'config/sample_rate.yaml', 'metrics/downsamples.json', 'src/containers/db.ts',
    'src/golden.ts', 'config/golden-path.yaml', 'templates/config.yml.gotmpl', 'src/mdx.tmpl', 'site/demo.example.com/nginx.conf', 'sites/test.shop.io/app.conf',
    'src/features/steps.py', 'src/features/environments.py', 'ci/steps/deploy.sh', 'features/billing/environment.py', 'src/selenium_driver.py',
    'src/Factories/ConnectionFactory.php', 'src/Database/Seeders/AdminSeeder.php', 'database/seeders/DatabaseSeeder.php', 'src/Democracy/SeedVotes.php', 'src/DemoteSeeder.php', 'src/seed_democracy.py',
  ])('%s is not', (path) => expect(isTestPath(path)).toBe(false));
});

describe('isVendoredPath', () => {
  it.each([
    'vendor/github.com/aws/aws-sdk-go/aws/config.go', 'app/vendor/assets/javascripts/jquery.js', 'third_party/protobuf/src/a.cc',
    'src/third-party/lib.js', 'ThirdParty/zlib/zconf.h', 'web/node_modules/left-pad/index.js', 'static/bower_components/a/b.js',
    'venv/lib/python3.12/site-packages/requests/auth.py', 'ios/Pods/Alamofire/Source/Session.swift', 'libs/3rdparty/sqlite/shell.c',
    'deploy/charts/shop/charts/redis-18.1.0.tgz!/redis/values.yaml',
    '.m2/repository/org/webjars/npm/lint/2.1.0/lint-2.1.0.jar!/META-INF/resources/bin/land', 'Godeps/_workspace/src/github.com/lib/pq/conn.go',
    'wheels/thrift-0.4.17-cp312-cp312-linux_x86_64.whl!/thrift/http.py', 'app/WEB-INF/lib/sanitizer-1.1.jar!/META-INF/maven/pom.xml',
    'target/app.jar!/BOOT-INF/lib/client-2.0.jar!/client.properties',
    'src/pip/_vendor/rich/prompt.py', 'setuptools/_vendor/packaging/tags.py', 'botocore/vendored/requests/auth.py',
    'lib/librdkafka-2.15.0/src/rdkafka_sasl.c', 'lib/monkey/deps/mbedtls-2.4.2/library/certs.c', 'deps/jemalloc/src/jemalloc.c', 'third/lib/zstd-1.5.7/contrib/a.c', 'lib/wasm-micro-runtime-WAMR-2.4.1/core/a.c',
  ])('%s is vendored code', (path) => {
    expect(isVendoredPath(path)).toBe(true);
    expect(pathContext(path)).toBe('vendored');
  });

  it.each(['src/vendor.ts', 'src/_vendor.py', 'src/api-1.0/routes.py', 'releases/app-2.1.0/config.yml', 'lib/app/handlers.go', 'src/deps.ts', 'docs/v1.2.3/setup.md', 'vendors/acme/client.go', 'src/vendoring/plan.go', 'vendor', 'src/pods/list.ts', 'docs/third_party.md', 'app/models/vendor_account.rb',
    'helm-releases/shop-1.2.0.tgz!/shop/values.yaml', 'charts/shop/templates/secret.yaml',
    // the user's own Maven settings, the application's own classes and resources
    '.m2/settings.xml', 'target/app.jar!/BOOT-INF/classes/application.properties', 'src/main/webapp/WEB-INF/web.xml', 'src/lib/repository/users.ts'])(
    '%s is not',
    (path) => expect(isVendoredPath(path)).toBe(false),
  );

  it('wins over test material (a test of the vendored library is the upstream\'s), and lowers a finding once', () => {
    expect(pathContext('vendor/github.com/x/y/client_test.go')).toBe('vendored');
    expect(pathContext('test/fixtures/a.pem')).toBe('test');
    expect(pathContext('src/a.go')).toBeUndefined();
    expect(withTestContext({ path: 'vendor/x/a.go', severity: 'critical' as const })).toEqual({ path: 'vendor/x/a.go', severity: 'high', context: 'vendored' });
    // a value the code names a fake (lowered already, marked test) in vendored code: marked vendored, not lowered again
    expect(withTestContext({ path: 'vendor/x/a.go', severity: 'high' as const, context: 'test' as const })).toEqual({ path: 'vendor/x/a.go', severity: 'high', context: 'vendored' });
  });
});

describe('one severity step lower', () => {
  it('critical → high → medium → low, low stays low', () => {
    expect(['critical', 'high', 'medium', 'low'].map((s) => lowerSeverity(s as 'low'))).toEqual(['high', 'medium', 'low', 'low']);
  });

  it('marks a finding once, and leaves others as they are', () => {
    const f = { path: 'test/a.js', severity: 'critical' as const };
    const marked = withTestContext(f);
    expect(marked).toEqual({ path: 'test/a.js', severity: 'high', context: 'test' });
    expect(withTestContext(marked)).toBe(marked);
    const other = { path: 'src/a.js', severity: 'critical' as const };
    expect(withTestContext(other)).toBe(other);
  });
});

describe('a value the code names a fake', () => {
  it('is test material wherever its file is: context test, one severity step lower; the same key under another name is not', async () => {
    const { tmpDir, writeTree } = await import('../helpers/tmp.js');
    const { runCli } = await import('../helpers/run-cli.js');
    const { privateKey } = await import('../../detectors/secrets/generic/private-key.js');
    const block = privateKey.examples.positive[0]?.text as string; // a well-formed EC key of the detector's own examples
    const dir = tmpDir();
    writeTree(dir, {
      'src/keys.rs': `const TEST_FAKE_EC_KEY: &str = "${block}";\n`,
      'src/signer.rs': `const SIGNING_KEY: &str = "${block}";\n`,
    });
    const r = await runCli(['scan', dir, '--all-files', '--format', 'json', '--detector', 'private-key']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; severity: string; context?: string }[] }).findings;
    expect(findings.map((f) => [f.path, f.severity, f.context ?? null]).sort()).toEqual([
      ['src/keys.rs', 'high', 'test'],
      ['src/signer.rs', 'critical', null],
    ]);
  });
});

describe("an Ansible module's documentation strings", () => {
  it('are documentation: a key in EXAMPLES or RETURN is test material, the same key in the code is not', async () => {
    const { tmpDir, writeTree } = await import('../helpers/tmp.js');
    const { runCli } = await import('../helpers/run-cli.js');
    const { fakeGithubToken } = await import('../../fixtures/repos/history.js');
    const token = fakeGithubToken(7);
    const dir = tmpDir();
    writeTree(dir, {
      'plugins/modules/github_release.py': [
        'DOCUMENTATION = r"""',
        'module: github_release',
        '"""',
        '',
        "EXAMPLES = r'''",
        '- name: Create a release',
        '  community.general.github_release:',
        `    token: ${token}`,
        "'''",
        '',
        'RETURN = """',
        'tag:',
        '  returned: success',
        '"""',
        '',
        `DEFAULT_TOKEN = "${token}"`,
        '',
      ].join('\n'),
    });
    const r = await runCli(['scan', dir, '--all-files', '--format', 'json', '--detector', 'github-token']);
    const findings = (JSON.parse(r.stdout) as { findings: { line: number; context?: string }[] }).findings;
    expect(findings.map((f) => [f.line, f.context ?? null])).toEqual([
      [8, 'test'],
      [16, null],
    ]);
  });

  it("are documentation in a plugin's YAML too (a filter's password_hash.yml): its EXAMPLES, not a YAML file without DOCUMENTATION", async () => {
    const { tmpDir, writeTree } = await import('../helpers/tmp.js');
    const { runCli } = await import('../helpers/run-cli.js');
    const { fakeGithubToken } = await import('../../fixtures/repos/history.js');
    const token = fakeGithubToken(8);
    const dir = tmpDir();
    writeTree(dir, {
      'plugins/filter/release.yml': ['DOCUMENTATION:', '  name: release', '  short_description: makes a release', '', 'EXAMPLES: |', `    # token => "${token}"`, '    tag: "{{ name | release }}"', '', 'RETURN:', '  _value:', '    type: str', ''].join('\n'),
      'config/release.yml': ['EXAMPLES: |', `    token: "${token}"`, ''].join('\n'),
    });
    const r = await runCli(['scan', dir, '--all-files', '--format', 'json', '--detector', 'github-token']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; context?: string }[] }).findings;
    expect(findings.map((f) => [f.path, f.line, f.context ?? null]).sort()).toEqual([
      ['config/release.yml', 2, null],
      ['plugins/filter/release.yml', 6, 'test'],
    ]);
  });
});

describe('a page a documentation generator built', () => {
  it('is documentation: a key in an MkDocs or Pandoc page, a manual page or a PowerShell help file is test material, the same key in a hand-written page or a log is not', async () => {
    const { tmpDir, writeTree } = await import('../helpers/tmp.js');
    const { runCli } = await import('../helpers/run-cli.js');
    const { fakeGithubToken } = await import('../../fixtures/repos/history.js');
    const token = fakeGithubToken(11);
    const page = (generator: string): string =>
      ['<!doctype html>', '<html><head>', generator, '<title>Provider</title></head><body>', `<pre><code>token: ${token}</code></pre>`, '</body></html>', ''].join('\n');
    const dir = tmpDir();
    writeTree(dir, {
      'v2.1.0/provider/github/index.html': page('<meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.3">'),
      'public/status.html': page('<meta name="viewport" content="width=device-width">'),
      'MANUAL.html': page('<meta name="generator" content="pandoc" />'),
      'shop.1': ['.\\" Automatically generated by Pandoc', '.TH "SHOP" "1"', '.SH EXAMPLES', '.nf', `token: ${token}`, '.fi', ''].join('\n'),
      'logs/app.log.1': `2026-01-02 token: ${token}\n`,
      'Shop/en-US/Shop-help.xml': ['<?xml version="1.0" encoding="utf-8"?>', '<helpItems schema="maml" xmlns="http://msh">', '<command:example><dev:code>PS C:\\&gt; Connect-Shop -Token ' + token + '</dev:code></command:example>', '</helpItems>', ''].join('\n'),
      'config/app-help.xml': ['<?xml version="1.0"?>', '<settings>', `<token>${token}</token>`, '</settings>', ''].join('\n'),
    });
    const r = await runCli(['scan', dir, '--all-files', '--format', 'json', '--detector', 'github-token']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; context?: string }[] }).findings;
    expect(findings.map((f) => [f.path, f.context ?? null]).sort()).toEqual([
      ['MANUAL.html', 'test'],
      ['Shop/en-US/Shop-help.xml', 'test'],
      ['config/app-help.xml', null],
      ['logs/app.log.1', null],
      ['public/status.html', null],
      ['shop.1', 'test'],
      ['v2.1.0/provider/github/index.html', 'test'],
    ]);
  });
});

describe("examples in a library's documentation comments", () => {
  it('are documentation: a key under @example, in a fenced sample of a doc comment or in a doctest is test material, the same key in the code is not', async () => {
    const { tmpDir, writeTree } = await import('../helpers/tmp.js');
    const { runCli } = await import('../helpers/run-cli.js');
    const { fakeGithubToken } = await import('../../fixtures/repos/history.js');
    const token = fakeGithubToken(13);
    const dir = tmpDir();
    writeTree(dir, {
      'src/release.ts': [
        '/**',
        ' * Creates a release.',
        ' *',
        ' * @example',
        ' *',
        ' * ```js',
        ` * const client = new Client({ token: '${token}' })`,
        ' * ```',
        ' *',
        ' * @param token the access token',
        ` * @returns the release (token: '${token}')`,
        ' */',
        `/** @example ${token} */`,
        `const DEFAULT_TOKEN = '${token}'`,
        '',
      ].join('\n'),
      // the block opens more than eight lines above the value: the fence among those eight still says sample
      'src/verify.ts': [
        '/**',
        ' * Verifies a release token.',
        ' *',
        ' * The token is checked against the server',
        ' * and its scopes are read.',
        ' *',
        ' * It is cached for a minute.',
        ' *',
        ' * @example',
        ' *',
        ' * ```js',
        ' * const token =',
        ` *   '${token}'`,
        ' * ```',
        ' */',
        '',
      ].join('\n'),
      'src/release.py': [
        'def create(token):',
        '    """Creates a release.',
        '',
        '    >>> create(',
        `    ...     "${token}")`,
        `    '${token}'`,
        '    """',
        `DEFAULT_TOKEN = "${token}"`,
        '',
      ].join('\n'),
    });
    const r = await runCli(['scan', dir, '--all-files', '--format', 'json', '--detector', 'github-token']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; context?: string }[] }).findings;
    expect(findings.map((f) => [f.path, f.line, f.context ?? null]).sort()).toEqual([
      ['src/release.py', 5, 'test'],
      ['src/release.py', 6, 'test'],
      ['src/release.py', 8, null],
      ['src/release.ts', 11, null],
      ['src/release.ts', 13, 'test'],
      ['src/release.ts', 14, null],
      ['src/release.ts', 7, 'test'],
      ['src/verify.ts', 13, 'test'],
    ]);
  });
});
