// Test and fixture material: findings in files that exist to test, show or document the code are
// still reported (real keys get committed in tests too) but carry `context: "test"` and one severity
// step less, and a setting can keep them out of the gate. Judged by the path alone: a folder named
// for tests, fixtures, examples, samples, demos or docs, or a file named as a test or an example.
import type { Finding, Severity } from '../types.js';

/** Folder names (any depth, any case) that hold test, fixture, example or documentation material. */
const TEST_FOLDERS: ReadonlySet<string> = new Set([
  'test', 'tests', '__tests__', 'spec', 'specs', 'fixture', 'fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data',
  'example', 'examples', 'sample', 'samples', 'demo', 'demos', 'doc', 'docs', 'guide', 'guides', '__mocks__', 'mock', 'mocks', 't',
]);

/** Folder names that end in one of them: `integration-tests`, `e2e_test`, `api-examples`; or start with one: `test_resources`, `test-files`. */
const TEST_FOLDER_AFFIX = /[-_](?:tests?|specs?|fixtures?|examples?|samples?)$|^(?:tests?|fixtures?)[-_][a-z]/i;

/**
 * Test source sets named in camelCase (Gradle's and Android's `src/integrationTest`, `src/dockerTest`,
 * `src/androidTest`, `src/testFixtures`): a word glued to Test, or test glued to a capitalised word.
 */
const TEST_SOURCE_SET = /^[a-z][a-zA-Z0-9]*Tests?$|^test[A-Z][A-Za-z0-9]*$/;

/** Dotted parts of a file name that mark it (`app.test.js`, `.env.example`, `settings.sample.yml`). */
const TEST_NAME_PARTS: ReadonlySet<string> = new Set(['test', 'tests', 'spec', 'example', 'examples', 'sample', 'samples', 'fixture', 'fixtures']);

/** Test files by their stem: `client_test.go`, `test_client.py`, `ClientTest.java`, `ClientTests.cs`, `client_spec.rb`, `session_fixtures.go`. */
const TEST_STEM = /^test_[^.]|_(?:test|spec|fixtures?)$|[a-z0-9](?:Test|Tests|Spec)$/;

/** True when the path is test, fixture, example, sample, demo or documentation material. */
export function isTestPath(path: string): boolean {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  if (parts.some((folder) => TEST_FOLDERS.has(folder.toLowerCase()) || TEST_FOLDER_AFFIX.test(folder) || TEST_SOURCE_SET.test(folder))) return true;
  // model factories (Laravel's database/factories): fake rows for tests and seeding
  if (parts.some((folder, i) => folder === 'factories' && parts[i - 1] === 'database')) return true;
  // the first dotted part is the name itself (`test.js` is a script named test); `.env.example` starts with a dot
  const dotted = name.replace(/^\.+/, '').split('.');
  if (dotted.slice(1).some((part) => TEST_NAME_PARTS.has(part.toLowerCase()))) return true;
  return TEST_STEM.test(dotted[0] ?? '');
}

const STEP_DOWN: Readonly<Record<Severity, Severity>> = { critical: 'high', high: 'medium', medium: 'low', low: 'low' };

/** One severity step lower: critical → high → medium → low; low stays low. */
export function lowerSeverity(severity: Severity): Severity {
  return STEP_DOWN[severity];
}

/** The finding with `context: "test"` and its severity one step lower when its path is test material; else itself. */
export function withTestContext<F extends Pick<Finding, 'path' | 'severity' | 'context'>>(finding: F): F {
  if (finding.context === 'test' || !isTestPath(finding.path)) return finding;
  return { ...finding, context: 'test', severity: lowerSeverity(finding.severity) };
}
