// One secret found at many places prints once in the text report, with a count and the first few
// places; JSON and SARIF keep every place. On real files: one fake token in a test suite's files.
import { describe, expect, it } from 'vitest';
import { REPEAT_PLACES_SHOWN } from '../../src/report/text.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';
import { GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';

const COPIES = 8;

/** The same token in COPIES test files (twice in the first), another token once, and a practice finding repeated. */
function suite(): string {
  const dir = tmpDir();
  const files: Record<string, string> = {};
  for (let i = 1; i <= COPIES; i++) files[`test/api-${i}.test.js`] = `const token = "${GITHUB_TOKEN}";\n`;
  files['test/api-1.test.js'] += `const creds = "${GITHUB_TOKEN}";\n`; // secret-named like `token`: the same policies
  files['test/other.test.js'] = `const token = "${OTHER_GITHUB_TOKEN}";\n`;
  // the same TLS switch on two lines: two places to fix, never grouped
  files['lib/fetch.py'] = 'import requests\nrequests.get(u, verify=False)\nrequests.post(u, verify=False)\n';
  writeTree(dir, files);
  return dir;
}

describe('repeated secrets in the text report', () => {
  it('prints a secret found at many places once, with the count and the next places; other findings as before', async () => {
    const dir = suite();
    const text = (await runCli(['scan', dir])).stdout;
    const tokenLines = text.split('\n').filter((l) => /^ {2}\S+:\d+:\d+ /.test(l) && l.includes(' github-token '));
    expect(tokenLines).toHaveLength(2); // the repeated token once, the other token once
    expect(tokenLines[0]).toMatch(/^ {2}test\/api-1\.test\.js:1:\d+ /);
    const more = COPIES; // 9 places: the first is shown, 8 more
    expect(text).toContain(`same secret at ${more} more places: test/api-1.test.js:2:16, test/api-2.test.js:1:16, test/api-3.test.js:1:16, …`);
    expect(REPEAT_PLACES_SHOWN).toBe(3);
    // files whose only finding is a repeat get no heading of their own
    expect(text).not.toMatch(/^test\/api-5\.test\.js$/m);
    expect(text).toMatch(/^test\/other\.test\.js$/m);
    // practice findings are places to fix: both lines are shown
    expect(text).toContain('lib/fetch.py:2:');
    expect(text).toContain('lib/fetch.py:3:');
    // the summary counts every place, and JSON and SARIF keep every place
    const json = JSON.parse((await runCli(['scan', dir, '--format', 'json'])).stdout) as { findings: Finding[] };
    expect(text).toContain(`; ${json.findings.length} findings: `);
    expect(json.findings.filter((f) => f.detectorId === 'github-token')).toHaveLength(COPIES + 2);
    const sarif = JSON.parse((await runCli(['scan', dir, '--format', 'sarif'])).stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.filter((r) => r.ruleId === 'github-token')).toHaveLength(COPIES + 2);
  });

  it('a secret found twice names the one other place', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n`, 'b.js': `t = "${GITHUB_TOKEN}"\n` });
    const text = (await runCli(['scan', dir])).stdout;
    expect(text).toContain('same secret at 1 more place: b.js:1:6\n');
    expect(text).not.toMatch(/^b\.js$/m);
  });

  it('in a history, groups the places one commit introduced; another commit\'s place is shown with its own attribution', async () => {
    const line = `const token = "${GITHUB_TOKEN}";\n`;
    const dir = tmpRepo({ 'test/a.test.js': line, 'test/b.test.js': line, 'test/c.test.js': line });
    writeTree(dir, { 'test/d.test.js': line });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'one more']);
    const text = (await runCli(['history', dir, '--detector', 'github-token'])).stdout;
    expect(text.split('\n').filter((l) => l.includes(' github-token '))).toHaveLength(2);
    expect(text).toContain('same secret at 2 more places: test/b.test.js:1:16, test/c.test.js:1:16\n');
    expect(text).toMatch(/^ {2}test\/d\.test\.js:1:16 /m);
  });
});
