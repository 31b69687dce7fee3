// The audit end to end on the benchmark generator's history: every planted secret is on the rotation
// checklist exactly once with the commit, author, date and in-tree status the manifest records; the
// "commits" count and "last commit" agree with git itself; and the HTML report works in a real
// headless Chromium from file:// with no network request.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport, RotationEntry } from '../../src/audit/model.js';
import { buildBenchRepo, detectorsOf as detectorsIn, FILE_LEVEL, GENERATOR, KIND_DETECTORS, ROOT, type Planted } from '../helpers/bench-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpDir } from '../helpers/tmp.js';

const CHROMIUM = '/usr/bin/chromium';

/** As the history test's table, but each value of a committed .env is a secret of its own too. */
const AUDIT_KINDS: Record<string, readonly string[]> = { ...KIND_DETECTORS, 'dotenv-file': ['generic-secret-assignment', 'dotenv-file'] };
const detectorsOf = (kind: string): string[] => detectorsIn(kind, AUDIT_KINDS);

describe.skipIf(!existsSync(GENERATOR))('audit on make-history-repo.mjs --commits 300', () => {
  let repo = '';
  let planted: Planted[] = [];
  let revealed: AuditReport;
  let redacted: AuditReport;
  let out = '';

  beforeAll(async () => {
    out = tmpDir('sh-audit-');
    ({ repo, planted } = buildBenchRepo(300));
    // two audits, each writing its JSON and its HTML page in the one run (the browser tests read the pages)
    const r = await runCli(['audit', repo, '--reveal', '-o', join(out, 'revealed.json'), '-o', join(out, 'audit-revealed.html')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    revealed = JSON.parse(readFileSync(join(out, 'revealed.json'), 'utf8')) as AuditReport;
    const plain = await runCli(['audit', repo, '-o', join(out, 'audit.json'), '-o', join(out, 'audit.html')]);
    expect(plain.code).toBe(1);
    redacted = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditReport;
  }, 180_000);

  it('describes the repository and counts every commit of every ref', () => {
    const commits = Number(execFileSync('git', ['-C', repo, 'rev-list', '--all', '--count'], { encoding: 'utf8' }).trim());
    expect(revealed).toMatchObject({ version: 1, kind: 'secret-hygiene-audit', tool: { name: 'secret-hygiene' } });
    expect(revealed.repository.commits).toBe(commits);
    expect(revealed.repository.head).toBe(execFileSync('git', ['-C', repo, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim());
    expect([...revealed.repository.branches].sort()).toEqual(['feature-1', 'feature-2', 'feature-3', 'main']);
  });

  it('lists every planted secret exactly once, with its first commit, author, date and inTree', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const p of planted.filter((x) => x.expect === 'finding')) {
      const by = detectorsOf(p.kind);
      if (by.length === 0) continue;
      checked++;
      const where = `${p.kind} ${p.path}:${p.line}`;
      const entries = FILE_LEVEL.has(by[0] as string)
        ? revealed.rotation.filter((e) => by.includes(e.detectorId) && e.paths.includes(p.path))
        : entriesAt(revealed, p, by);
      if (entries.length !== 1) {
        problems.push(`${where}: ${entries.length} rotation entries`);
        continue;
      }
      const e = entries[0] as RotationEntry;
      if (!FILE_LEVEL.has(by[0] as string) && e.secret !== undefined && revealed.rotation.filter((x) => x.secret === e.secret).length !== 1) problems.push(`${where}: secret listed twice`);
      const first = FILE_LEVEL.has(by[0] as string) ? earliestAt(p.path, by[0] as string) : p;
      if (e.firstCommit !== first.commit) problems.push(`${where}: first commit ${e.firstCommit} instead of ${first.commit}`);
      if (`${e.author} <${e.email}>` !== first.author) problems.push(`${where}: author ${e.author} <${e.email}> instead of ${first.author}`);
      if (Date.parse(e.date ?? '') !== Date.parse(first.date)) problems.push(`${where}: date ${e.date} instead of ${first.date}`);
      if (!FILE_LEVEL.has(by[0] as string) && e.inTree !== p.inHead) problems.push(`${where}: inTree ${e.inTree} instead of ${p.inHead}`);
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  function earliestAt(path: string, kindDetector: string): Planted {
    const kinds = Object.keys(AUDIT_KINDS).filter((k) => AUDIT_KINDS[k]?.[0] === kindDetector);
    const same = planted.filter((x) => x.expect === 'finding' && x.path === path && kinds.includes(x.kind));
    return same.sort((a, b) => Date.parse(a.date) - Date.parse(b.date))[0] as Planted;
  }

  it('counts the commits holding each secret and names the last one, as git grep does', () => {
    const commits = execFileSync('git', ['-C', repo, 'rev-list', '--all'], { encoding: 'utf8' }).trim().split('\n');
    const times = new Map(execFileSync('git', ['-C', repo, 'log', '--all', '--format=%H %at'], { encoding: 'utf8' }).trim().split('\n').map((l) => l.split(' ') as [string, string]));
    const sample = revealed.rotation.filter((e) => e.secret !== undefined && !e.secret.includes('\n') && e.paths.length === 1).slice(0, 12);
    expect(sample.length).toBeGreaterThan(5);
    for (const e of sample) {
      const hits = grepCommits(repo, commits, e.secret as string, e.paths[0] as string);
      expect(e.commits, e.detectorId).toBe(hits.length);
      const newest = Math.max(...hits.map((c) => Number(times.get(c))));
      expect(Number(times.get(e.lastCommit as string)), e.detectorId).toBe(newest);
    }
  });

  it('keeps secrets out of the JSON without --reveal', () => {
    expect(redacted.rotation.length).toBe(revealed.rotation.length);
    const text = JSON.stringify(redacted);
    const secrets = revealed.rotation.flatMap((e) => (e.secret !== undefined && e.secret.length >= 8 ? [e.secret] : []));
    expect(secrets.length).toBeGreaterThan(50);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  });

  describe.skipIf(!existsSync(CHROMIUM))('the HTML report in headless Chromium', () => {
    it('loads from file:// without network, shows the JSON counts, filters, sorts and redacts', async () => {
      const html = join(out, 'audit.html'); // written beside audit.json in beforeAll
      const source = readFileSync(html, 'utf8');
      const secrets = revealed.rotation.flatMap((e) => (e.secret !== undefined && e.secret.length >= 8 ? [e.secret] : []));
      expect(secrets.filter((s) => source.includes(s))).toEqual([]);
      await inBrowser(async (page, requests) => {
        await page.goto(pathToFileURL(html).href);
        expect(requests).toEqual([pathToFileURL(html).href]);
        expect(await page.locator('#reveal-warning').count()).toBe(0);
        // the counts shown equal the JSON's
        for (const s of redacted.summary) {
          for (const sev of ['critical', 'high', 'medium', 'low'] as const) {
            expect(await page.locator(`[data-count="repo-0:${s.policy}:${sev}"]`).textContent()).toBe(String(s.counts[sev]));
          }
        }
        const rows = page.locator('.findings-block tbody tr');
        expect(await rows.count()).toBe(redacted.findings.length);
        expect(await page.locator('.findings-block tbody tr:visible').count()).toBe(redacted.findings.length);
        // a filter narrows the findings table
        await page.selectOption('.findings-block select[name=severity]', 'critical');
        const critical = redacted.findings.filter((f) => f.severity === 'critical').length;
        expect(critical).toBeGreaterThan(0);
        expect(await page.locator('.findings-block tbody tr:visible').count()).toBe(critical);
        await page.uncheck('.findings-block input[name=tree]');
        const criticalHistory = redacted.findings.filter((f) => f.severity === 'critical' && !f.inTree).length;
        expect(await page.locator('.findings-block tbody tr:visible').count()).toBe(criticalHistory);
        expect(await page.locator('.findings-block .count').textContent()).toBe(`Showing ${criticalHistory} of ${redacted.findings.length} findings`);
        await page.check('.findings-block input[name=tree]');
        await page.selectOption('.findings-block select[name=severity]', '');
        // clicking a rotation header sorts the checklist
        const commitsColumn = page.locator('table.rotation tbody tr td:nth-child(10)');
        await page.click('table.rotation th:nth-child(10) button');
        const ascending = (await commitsColumn.allTextContents()).map(Number);
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
        await page.click('table.rotation th:nth-child(10) button');
        const descending = (await commitsColumn.allTextContents()).map(Number);
        expect(descending).toEqual([...ascending].sort((a, b) => b - a));
        expect(await page.locator('table.rotation th:nth-child(10)').getAttribute('aria-sort')).toBe('descending');
        expect(await page.locator('svg rect.bar').count()).toBeGreaterThan(0);
        await page.evaluate('window.scrollTo(0, 0)');
        mkdirSync(join(ROOT, 'test-results'), { recursive: true });
        await page.screenshot({ path: join(ROOT, 'test-results', 'audit.png'), fullPage: false });
      });
    }, 120_000);

    it('with --reveal shows the secrets and a warning banner', async () => {
      const html = join(out, 'audit-revealed.html'); // written beside revealed.json in beforeAll
      const secret = revealed.rotation.find((e) => e.secret !== undefined && !e.secret.includes('\n'))?.secret as string;
      await inBrowser(async (page, requests) => {
        await page.goto(pathToFileURL(html).href);
        expect(requests).toEqual([pathToFileURL(html).href]);
        expect(await page.locator('#reveal-warning').isVisible()).toBe(true);
        expect(await page.content()).toContain(secret);
      });
    }, 120_000);
  });
});

/** Rotation entries of the secret a planted line holds: through the findings at that path and line. */
function entriesAt(report: AuditReport, p: Planted, by: readonly string[]): RotationEntry[] {
  const prints = new Set(report.findings.filter((f) => f.path === p.path && f.line === p.line && by.includes(f.detectorId)).map((f) => f.fingerprint));
  return report.rotation.filter((e) => prints.has(e.fingerprint) && by.includes(e.detectorId));
}

/** The commits whose tree holds `secret` in `path`, by git grep. */
function grepCommits(repo: string, commits: readonly string[], secret: string, path: string): string[] {
  try {
    const out = execFileSync('git', ['-C', repo, 'grep', '-l', '-F', '-e', secret, ...commits, '--', path], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return [...new Set(out.trim().split('\n').map((l) => l.split(':')[0] as string))];
  } catch {
    return [];
  }
}

type Page = import('playwright-core').Page;

type Context = import('playwright-core').BrowserContext;

/** One Chromium for this file's pages (a launch costs about 1.5 s), closed after its last test. */
let browser: Promise<Context> | undefined;
afterAll(async () => {
  const context = await browser;
  browser = undefined;
  await context?.close();
});

/** Runs `fn` on a fresh page of Debian's Chromium, recording every request the page makes. */
async function inBrowser(fn: (page: Page, requests: string[]) => Promise<void>): Promise<void> {
  browser ??= import('playwright-core').then(({ chromium }) =>
    chromium.launchPersistentContext(tmpDir('sh-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1000 },
    }),
  );
  const page = await (await browser).newPage();
  try {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await fn(page, requests);
  } finally {
    await page.close();
  }
}
