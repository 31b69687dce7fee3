import { describe, expect, it } from 'vitest';
import { inlineAllowFilter, isCommentOnly, markerLines, parseAllowComment } from '../../src/filters/inline-allow.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir, writeTree } from '../helpers/tmp.js';
import { AWS_KEY_ID, GITHUB_TOKEN } from './example-secrets.js';

const IDS = new Set(['github-token', 'aws-access-key-id', 'jwt']);
const MARK = 'secret-hygiene:allow';

interface Json {
  findings: { path: string; line: number; detectorId: string }[];
  stats: { suppressed: Record<string, number> };
  warnings: { path: string; message: string }[];
}

async function scan(files: Record<string, string>, extra: string[] = []): Promise<Json> {
  const dir = tmpDir();
  writeTree(dir, files);
  const r = await runCli(['scan', '.', '-f', 'json', '--detector', 'github-token,aws-access-key-id', ...extra], { cwd: dir });
  return JSON.parse(r.stdout) as Json;
}

describe('parseAllowComment', () => {
  it('reads the marker, its detector ids, and the migration markers', () => {
    expect(parseAllowComment(`x // ${MARK}`, IDS)).toEqual({ marker: MARK, ids: [] });
    expect(parseAllowComment(`x # ${MARK} github-token, aws-access-key-id -- test data`, IDS)).toEqual({ marker: MARK, ids: ['github-token', 'aws-access-key-id'] });
    expect(parseAllowComment(`/* ${MARK} jwt */`, IDS)).toEqual({ marker: MARK, ids: ['jwt'] });
    expect(parseAllowComment(`x // ${MARK} test fixture`, IDS)).toEqual({ marker: MARK, ids: [] }); // a reason, not ids
    expect(parseAllowComment(`x // ${MARK} github-tokn`, IDS)).toEqual({ marker: MARK, ids: ['github-tokn'] }); // a typo limits, never widens
    expect(parseAllowComment('x = 1 # gitleaks:allow', IDS)).toEqual({ marker: 'gitleaks:allow', ids: [] });
    expect(parseAllowComment('x = 1  # pragma: allowlist secret', IDS)).toEqual({ marker: 'pragma: allowlist secret', ids: [] });
    expect(parseAllowComment('# pragma: allowlist nextline secret', IDS)).toEqual({ marker: 'pragma: allowlist nextline secret', ids: [] });
    expect(parseAllowComment('allowed = true // secret-hygiene: allow', IDS)).toBeUndefined();
    expect(parseAllowComment(`Write \`${MARK}\` or '${'gitleaks:allow'}' in a comment`, IDS)).toBeUndefined(); // mentions
    expect(parseAllowComment(`see '${MARK}' # ${MARK} jwt`, IDS)).toEqual({ marker: MARK, ids: ['jwt'] });
  });

  it("reads the security linters' markers (gosec, Bandit, golangci-lint) as allows for TLS findings only", () => {
    const tls = { marker: '#nosec', ids: [], policy: 'tls-verified' };
    expect(parseAllowComment('InsecureSkipVerify: true, // #nosec G402 -- ACME self-check', IDS)).toEqual(tls);
    expect(parseAllowComment('requests.get(url, verify=False)  # nosec B501', IDS)).toEqual(tls);
    expect(parseAllowComment('cfg.InsecureSkipVerify = true //nolint:gosec // local probe', IDS)).toEqual({ ...tls, marker: 'nolint:gosec' });
    expect(parseAllowComment('//nolint:errcheck,gosec', IDS)).toEqual({ ...tls, marker: 'nolint:errcheck,gosec' });
    expect(parseAllowComment('x := nosecret // nolint:errcheck', IDS)).toBeUndefined();
    expect(parseAllowComment("doc := '#nosec' // a mention", IDS)).toBeUndefined();
  });

  it('finds the lines holding markers by byte search, with their line numbers', () => {
    const text = [`// ${MARK}`, 'allowJs: true, allowed: 1', '', `x = 1 # gitleaks:allow and # ${MARK}`, 'y # pragma: allowlist secret', `last # ${MARK}`].join('\r\n');
    expect(markerLines(Buffer.from(text)).map((l) => [l.line, l.text.trimEnd()])).toEqual([
      [1, `// ${MARK}`],
      [4, `x = 1 # gitleaks:allow and # ${MARK}`],
      [5, 'y # pragma: allowlist secret'],
      [6, `last # ${MARK}`],
    ]);
    expect(markerLines(Buffer.from('nothing to allow here\n'))).toEqual([]);
  });

  it('knows comment-only lines', () => {
    for (const l of ['# x', '  // x', '/* x */', ' * x', '<!-- x -->', '-- x', '; x', '% x', "' x", 'REM x']) expect(isCommentOnly(l), l).toBe(true);
    for (const l of ['x = 1 # y', 'const a = 1; // y', '']) expect(isCommentOnly(l), l).toBe(false);
  });
});

describe('inline allows in a scan', () => {
  it('silences a finding on the same line, and only that line', async () => {
    const r = await scan({ 'a.js': `a = "${GITHUB_TOKEN}" // ${MARK}\nb = "${GITHUB_TOKEN}"\n` });
    expect(r.findings.map((f) => f.line)).toEqual([2]);
    expect(r.stats.suppressed).toEqual({ 'inline-allow': 1 });
  });

  it('silences the next line from a comment-only line, but not from a code line or two lines up', async () => {
    const r = await scan({
      'a.py': [`# ${MARK}`, `a = "${GITHUB_TOKEN}"`, `x = 1  # ${MARK}`, `b = "${GITHUB_TOKEN}"`, `# ${MARK}`, '', `c = "${GITHUB_TOKEN}"`].join('\n'),
    });
    expect(r.findings.map((f) => f.line)).toEqual([4, 7]);
  });

  it('with ids, silences only those detectors: another detector on the same line is still reported', async () => {
    const r = await scan({ 'a.env': `A="${GITHUB_TOKEN}" B="${AWS_KEY_ID}" # ${MARK} github-token\n` });
    expect(r.findings.map((f) => f.detectorId)).toEqual(['aws-access-key-id']);
    const both = await scan({ 'a.env': `A="${GITHUB_TOKEN}" B="${AWS_KEY_ID}" # ${MARK} github-token aws-access-key-id\n` });
    expect(both.findings).toEqual([]);
    const typo = await scan({ 'a.env': `A="${GITHUB_TOKEN}" # ${MARK} github-tokn\n` });
    expect(typo.findings.map((f) => f.detectorId)).toEqual(['github-token']);
  });

  it('honours gitleaks:allow and pragma: allowlist secret for every detector', async () => {
    const r = await scan({
      'a.py': [`a = "${GITHUB_TOKEN}"  # gitleaks:allow`, `b = "${AWS_KEY_ID}"  # pragma: allowlist secret`, '# pragma: allowlist nextline secret', `c = "${GITHUB_TOKEN}"`, `d = "${GITHUB_TOKEN}"`].join('\n'),
    });
    expect(r.findings.map((f) => f.line)).toEqual([5]);
    expect(r.stats.suppressed).toEqual({ 'inline-allow': 3 });
  });

  it("honours TruffleHog's trufflehog:ignore and ggshield's ggignore on the finding's line", async () => {
    const r = await scan({
      'a.js': [`const a = "${GITHUB_TOKEN}"; // trufflehog:ignore`, `const b = "${AWS_KEY_ID}"; // ggignore`, `const c = "${GITHUB_TOKEN}"; // @ts-ignore`].join('\n'),
    });
    expect(r.findings.map((f) => f.line)).toEqual([3]);
    expect(r.stats.suppressed).toEqual({ 'inline-allow': 2 });
  });

  it('silences a TLS finding on a #nosec or nolint:gosec line, never a credential', async () => {
    const dir = tmpDir();
    writeTree(dir, {
      'probe.go': `package probe\n\nvar cfg = &tls.Config{InsecureSkipVerify: true} // #nosec G402 -- self-check of our own challenge\nvar other = &tls.Config{InsecureSkipVerify: true}\nconst token = "${GITHUB_TOKEN}" //nolint:gosec\n`,
    });
    const r = await runCli(['scan', '.', '-f', 'json', '--detector', 'tls-insecure-skip-verify,github-token'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Json;
    expect(report.findings.map((f) => [f.detectorId, f.line])).toEqual([
      ['tls-insecure-skip-verify', 4],
      ['github-token', 5],
    ]);
    expect(report.stats.suppressed['inline-allow']).toBe(1);
  });

  it('--report-unused-allows lists allow comments that silenced nothing, with their lines', async () => {
    const r = await scan(
      {
        'a.js': [`a = "${GITHUB_TOKEN}" // ${MARK}`, `// ${MARK} aws-access-key-id`, `b = "${GITHUB_TOKEN}"`, 'c = 1 // gitleaks:allow', 'd = 2 // trufflehog:ignore'].join('\n'),
        'clean.md': `Nothing to see here. <!-- ${MARK} -->\n`,
      },
      ['--report-unused-allows'],
    );
    expect(r.findings.map((f) => f.line)).toEqual([3]);
    expect(r.warnings.map((w) => `${w.path} ${w.message}`)).toEqual([
      `a.js line 2: allow comment '${MARK} aws-access-key-id' silenced no finding; remove it`,
      "a.js line 4: allow comment 'gitleaks:allow' silenced no finding; remove it",
      "a.js line 5: allow comment 'trufflehog:ignore' silenced no finding; remove it",
      `clean.md line 1: allow comment '${MARK}' silenced no finding; remove it`,
    ]);
    const without = await scan({ 'clean.md': `x <!-- ${MARK} -->\n` });
    expect(without.warnings).toEqual([]);
  });

  it('without the flag, it never looks at blobs without findings', () => {
    const filter = inlineAllowFilter({ knownIds: IDS });
    expect(filter.observeText).toBeUndefined();
    expect(inlineAllowFilter({ knownIds: IDS, trackUnused: true }).observeText).toBeTypeOf('function');
  });
});
