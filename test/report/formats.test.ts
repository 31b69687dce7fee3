import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubToken } from '../../detectors/secrets/ci-and-dev-tools/github.js';
import { annotation, escapeData, escapeProperty } from '../../src/report/github.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { ReportInput } from '../../src/report/types.js';
import type { Finding } from '../../src/types.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';

const NASTY = 'a<b>&"c\'|`x`\n%:,\u0001.js';

function finding(over: Partial<Finding> = {}): Finding {
  return { detectorId: 'github-token', title: 'GitHub token', policy: 'no-committed-credentials', severity: 'critical', path: 'src/a.js', line: 2, column: 5, endLine: 2, endColumn: 45, fingerprint: 'f'.repeat(32), redacted: 'ghp_Zk…', message: 'GitHub token (ghp_Zk…)', ...over };
}

function input(findings: Finding[]): ReportInput {
  return {
    tool: { name: 'secret-hygiene', version: '0.1.0' }, command: 'scan', findings, warnings: [], detectors: [githubToken], color: false, reveal: false,
    stats: { filesScanned: 3, bytesScanned: 10, filesSkipped: 0, skipped: {}, suppressed: {}, durationMs: 5 },
  };
}

/** A small well-formedness check: balanced tags, quoted attributes, no raw '<' or bare '&' in text. */
function checkXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z]+)((?:\s+[A-Za-z]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = token.exec(body)) !== null) {
    seen = token.lastIndex;
    if (m[5] !== undefined) {
      expect(m[5]).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)/);
      continue;
    }
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2] as string);
    for (const value of (m[3] ?? '').matchAll(/="([^"]*)"/g)) expect(value[1]).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+);)|[\n\u0001]/);
  }
  expect(seen).toBe(body.length);
  expect(stack).toEqual([]);
}

describe('JUnit report', () => {
  it('is one failed test case per finding in a suite per policy, escaped, and well-formed', () => {
    const xml = renderJunit(input([finding(), finding({ path: NASTY, line: 7, message: 'Secret <b>"x"</b> & more', policy: 'no-secrets-in-logs' })]));
    checkXml(xml);
    expect(xml).toMatch(/<testsuites name="secret-hygiene scan" tests="2" failures="2"/);
    expect(xml).toMatch(/<testsuite name="no-committed-credentials" tests="1" failures="1"/);
    expect(xml).toMatch(/<testsuite name="no-secrets-in-logs" tests="1" failures="1"/);
    expect(xml).toContain('name="github-token at src/a.js:2:5" file="src/a.js" line="2"');
    expect(xml).toContain('message="Secret &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; more"');
    expect(xml).not.toContain('\u0001');
  });

  it('has a passing test case per policy when clean', () => {
    const xml = renderJunit(input([]));
    checkXml(xml);
    expect(xml).toContain('<testsuite name="no-committed-credentials" tests="1" failures="0"');
    expect(xml).toContain('<testcase classname="no-committed-credentials" name="no findings (scan)" time="0"/>');
    expect(xml).not.toContain('<failure');
  });
});

describe('Markdown report', () => {
  it('has a headline, a row per finding, and escapes table-breaking text', () => {
    const md = renderMarkdown(input([finding({ path: NASTY, message: 'x | y <img src=z>' })]));
    expect(md).toMatch(/^### ❌ secret-hygiene scan: 1 finding \(1 critical\)\n/);
    const row = md.split('\n').find((l) => l.startsWith('| critical')) as string;
    expect(row.split(/(?<!\\)\|/).length).toBe(7); // 5 cells, no extra pipe
    expect(md).not.toContain('<img');
    expect(md).toContain('What to do');
    expect(renderMarkdown(input([]))).toMatch(/^### ✅ secret-hygiene scan: no findings/);
  });
});

describe('GitHub annotations', () => {
  it("escapes data and properties by GitHub's rules", () => {
    expect(escapeData('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab:c,d');
    expect(escapeProperty('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab%3Ac%2Cd');
    expect(annotation(finding({ path: 'a,b:c.js', severity: 'medium', message: 'two\nlines 100%' }))).toBe(
      '::warning file=a%2Cb%3Ac.js,line=2,col=5,endLine=2,endColumn=45,title=GitHub token [github-token]::two%0Alines 100%25\n',
    );
  });

  it('inside GitHub Actions, annotates on stdout (stderr when stdout holds JSON) and appends a job summary', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n` });
    const summary = join(tmpDir(), 'summary.md');
    writeFileSync(summary, '# before\n');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    const text = await runCli(['scan', dir, '--detector', 'github-token'], { env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^::error file=a\.js,line=1,col=6,endLine=1,endColumn=\d+,title=GitHub token \[github-token\]::GitHub token \(ghp_Zk…\)$/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^# before\n### ❌ secret-hygiene scan: 1 finding/);
    const json = await runCli(['scan', dir, '--detector', 'github-token', '-f', 'json'], { env });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toMatch(/^::error file=a\.js/m);
    const outside = await runCli(['scan', dir, '--detector', 'github-token']);
    expect(outside.stdout).not.toContain('::error');
  });
});

describe('several reports in one run', () => {
  it('writes text to stdout and SARIF, JUnit, Markdown and JSON to files from one scan', async () => {
    const dir = tmpDir();
    const out = tmpDir();
    writeTree(dir, { 'a.js': `t = "${GITHUB_TOKEN}"\n` });
    const files = ['r.sarif', 'r.xml', 'r.md', 'r.json'].map((f) => join(out, f));
    const r = await runCli(['scan', dir, '--detector', 'github-token', '-f', 'text', '-o', '-', '-f', 'sarif', '-o', files[0] as string, '-f', 'junit', '-o', files[1] as string, '-f', 'markdown', '-o', files[2] as string, '-f', 'json', '-o', files[3] as string]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.js:1:6');
    const [sarif, junit, md, json] = files.map((f) => readFileSync(f, 'utf8'));
    expect((JSON.parse(sarif as string) as { runs: { results: unknown[] }[] }).runs[0]?.results).toHaveLength(1);
    expect(junit).toContain('failures="1"');
    expect(md).toContain('1 finding');
    expect((JSON.parse(json as string) as { findings: unknown[] }).findings).toHaveLength(1);
    for (const text of [r.stdout, sarif, junit, md, json]) expect(text).not.toContain(GITHUB_TOKEN);
  });
});

describe('history state in the reports', () => {
  it('asks to rotate a credential no longer in the tree, not a practice finding', async () => {
    const { renderText } = await import('../../src/report/text.js');
    const history = { commit: 'c'.repeat(40), date: '2024-01-02T03:04:05Z', author: 'A', email: 'a@example.com' };
    const secret = finding({ ...history, inTree: false });
    const practice = finding({ ...history, inTree: false, detectorId: 'dockerfile-root-user', path: 'Dockerfile', redacted: '', message: 'runs as root' });
    for (const render of [renderText, renderMarkdown, renderJunit]) {
      const out = render(input([secret, practice]));
      expect(out.match(/history only: rotate it/g)?.length, render.name).toBe(1);
      expect(out.match(/history only(?!: rotate)/g)?.length, render.name).toBe(1);
    }
  });
});
