// Output a scanned repository or a merged file cannot subvert: control characters in author names,
// file names and .netrc machine names never reach a terminal, a CI log or an XML report raw; and a
// crafted `report merge` input cannot put markup or script into the HTML page, whose CSP admits
// only the page's own stylesheet and script by hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/model.js';
import { renderAuditHtml } from '../../src/report/audit-html.js';
import { escapeControl } from '../../src/report/escape-control.js';
import { GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

const CHROMIUM = '/usr/bin/chromium';
const ESC = '\u001b';
const BEL = '\u0007';
const RLO = '\u202e';

/** The attacks, as written in the issue. */
const AUTHOR = `Evil${ESC}]0;TITLE${BEL}${ESC}[2J`;
const FILE = `ev${ESC}[31mil${RLO}sj.txt`; // colours the line and shows as "evil" + "txt.js" reversed
const MACHINE = `host${ESC}]0;PWNED${BEL}\u009b2J\u2066x`;

/** Any character a terminal or XML reader would act on (line breaks and tabs aside). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A .netrc password no vendor detector claims (so the finding names the machine), derived, not written here. */
const NETRC_PASSWORD = [...GITHUB_TOKEN.slice(4)].reverse().join('');

const escapedAuthor = 'Evil\\x1b]0;TITLE\\x07\\x1b[2J';
const escapedFile = 'ev\\x1b[31mil\\u202esj.txt';
const escapedMachine = 'host\\x1b]0;PWNED\\x07\\x9b2J\\u2066x';

describe('escapeControl', () => {
  it('shows C0, DEL, C1 and bidi controls as escapes and leaves ordinary text alone', () => {
    expect(escapeControl(AUTHOR)).toBe(escapedAuthor);
    expect(escapeControl('a\tb\nc\rd\u007fe\u0085f\u202ag\u2069h')).toBe('a\\x09b\\x0ac\\x0dd\\x7fe\\x85f\\u202ag\\u2069h');
    const plain = 'src/é/日本/ok.js: GitHub token (ghp_Zk…) — 100% <b> \\ "q"';
    expect(escapeControl(plain)).toBe(plain);
  });
});

describe('terminal escape injection from the scanned repository', () => {
  let repo = '';
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, ...extra });

  beforeAll(() => {
    repo = tmpRepo();
    writeTree(repo, { [FILE]: `token = "${GITHUB_TOKEN}"\n`, '.netrc': `machine ${MACHINE} login ci password ${NETRC_PASSWORD}\n` });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', `add ${ESC}[2J config`], { GIT_AUTHOR_NAME: AUTHOR });
  });

  const noRawControl = (text: string): void => {
    const at = RAW_CONTROL.exec(text);
    expect(at === null ? null : JSON.stringify(text.slice(Math.max(0, at.index - 20), at.index + 20))).toBeNull();
  };

  it('scan: the file name and the .netrc machine name come out escaped', async () => {
    const r = await runCli(['scan', repo], { env: env() });
    expect(r.code).toBe(1);
    noRawControl(r.stdout);
    noRawControl(r.stderr);
    expect(r.stdout).toContain(escapedFile);
    expect(r.stdout).toContain(`password for machine ${escapedMachine}`);
  });

  it('scan on a colour terminal: only our own colour codes are raw', async () => {
    const r = await runCli(['scan', repo], { env: env({ FORCE_COLOR: '1' }), tty: true });
    expect(r.stdout).toContain(`${ESC}[1m`); // colour is on
    noRawControl(r.stdout.replace(/\u001b\[\d+m/g, ''));
    expect(r.stdout).toContain(escapedFile);
  });

  it('history: the author name comes out escaped', async () => {
    const r = await runCli(['history', repo], { env: env() });
    expect(r.code).toBe(1);
    noRawControl(r.stdout);
    noRawControl(r.stderr);
    expect(r.stdout).toContain(`by ${escapedAuthor} on`);
    expect(r.stdout).toContain(escapedFile);
  });

  it('audit (text): the author, file and machine names come out escaped', async () => {
    const r = await runCli(['audit', repo], { env: env() });
    expect(r.code).toBe(1);
    noRawControl(r.stdout);
    noRawControl(r.stderr);
    expect(r.stdout).toContain(`by ${escapedAuthor} on`);
    expect(r.stdout).toContain(escapedFile);
  });

  it('report merge (text): a merged file cannot drive the terminal either', async () => {
    const out = join(tmpDir(), 'audit.json');
    expect((await runCli(['audit', repo, '-f', 'json', '-o', out], { env: env() })).code).toBe(1);
    const r = await runCli(['report', 'merge', out], { env: env() });
    expect(r.code).toBe(0);
    noRawControl(r.stdout);
    expect(r.stdout).toContain(escapedAuthor);
  });

  it('GitHub annotations and the job summary: escaped, one annotation per line', async () => {
    const summary = join(tmpDir(), 'summary.md');
    writeFileSync(summary, '');
    const r = await runCli(['scan', repo, '-f', 'json'], { env: env({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }) });
    noRawControl(r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:,]*(,[a-zA-Z]+=[^:,]*)*::[^\r\n]*$/);
    expect(r.stderr).toContain(`file=${escapedFile},`);
    expect(r.stderr).toContain(`password for machine ${escapedMachine}`);
    const md = readFileSync(summary, 'utf8');
    noRawControl(md);
    expect(md).toContain('\\\\x1b'); // the escape's backslash, itself escaped for Markdown
  });

  it('GitHub annotations: %, CR, LF, ":" and "," in a file name are encoded as the runner decodes them, ESC escaped', async () => {
    const dir = tmpDir();
    const name = `a%0A::error::b,c:d\r${ESC}[2J.txt`;
    writeTree(dir, { [name]: `token = "${GITHUB_TOKEN}"\n` });
    const r = await runCli(['scan', dir, '-f', 'github', '--detector', 'github-token'], { env: env() });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    const file = /^::error file=([^,]*),/.exec(r.stdout)?.[1] ?? '';
    expect(file).toBe('a%250A%3A%3Aerror%3A%3Ab%2Cc%3Ad%0D\\x1b[2J.txt');
    // the runner's decoding (actions/runner ActionCommand.UnescapeProperty)
    const decoded = file.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    expect(decoded).toBe(escapeControl(name.replace('\r', '<CR>')).replace('<CR>', '\r'));
  });

  it('JUnit: valid XML 1.0, with the controls escaped', async () => {
    const out = join(tmpDir(), 'junit.xml');
    await runCli(['history', repo, '-f', 'junit', '-o', out], { env: env() });
    const xml = readFileSync(out, 'utf8');
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u); // XML 1.0 Char
    noRawControl(xml);
    expect(xml).toContain(escapedFile);
    expect(xml).toContain(`password for machine ${escapedMachine}`);
    if (existsSync(CHROMIUM)) {
      await inBrowser(async (page) => {
        const error = await page.evaluate(`new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml').querySelector('parsererror')?.textContent ?? null`);
        expect(error).toBeNull();
      });
    }
  }, 60_000);

  it('errors on stderr: a path or option with escapes is shown escaped', async () => {
    const missing = await runCli(['scan', join(repo, `gone${ESC}[2J${RLO}`)], { env: env() });
    expect(missing.code).toBe(2);
    noRawControl(missing.stderr);
    expect(missing.stderr).toContain('gone\\x1b[2J\\u202e');
    const option = await runCli(['scan', `--bad${ESC}]0;T${BEL}`], { env: env() });
    expect(option.code).toBe(2);
    noRawControl(option.stderr);
    expect(option.stderr).toContain('--bad\\x1b]0;T\\x07');
  });
});

describe('report merge -f html with a crafted input', () => {
  const PAYLOAD = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">';
  let base: AuditReport;
  let dir = '';

  beforeAll(async () => {
    dir = tmpDir();
    const repo = tmpRepo({ 'config.js': `token = "${GITHUB_TOKEN}"\n` });
    git(repo, ['rm', '-q', 'config.js']);
    git(repo, ['commit', '-q', '-m', 'remove']);
    writeTree(repo, { 'now.js': `other = "${GITHUB_TOKEN}"\n` });
    const r = await runCli(['audit', repo, '-f', 'json']);
    base = JSON.parse(r.stdout) as AuditReport;
    expect(base.rotation.length).toBeGreaterThan(0);
  }, 60_000);

  /** Every string of the report carries the payload, except what identifies the file and the enums. */
  function crafted(): unknown {
    const keep = new Set(['kind', 'severity', 'status', 'origin']);
    const walk = (value: unknown, key: string, parent: string): unknown => {
      if (typeof value === 'string') return keep.has(key) || parent === 'tool' || (parent === 'rotation' && key === 'date') ? value : `${value}${PAYLOAD}`;
      if (Array.isArray(value)) return value.map((x) => walk(x, key, key));
      if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, key)]));
      return value;
    };
    return walk(base, '', '');
  }

  function write(name: string, doc: unknown): string {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    return file;
  }

  /** No tag or attribute from the input is live in the page. */
  function expectNoMarkupFromInput(html: string): void {
    expect(html.match(/<script\b/g)).toHaveLength(2); // the JSON data block and our own script
    expect(html).not.toMatch(/<img|<script>document/i);
  }

  it('renders every string field escaped, under a CSP that admits only its own style and script by hash', async () => {
    const html = join(dir, 'merged.html');
    const r = await runCli(['report', 'merge', write('strings.json', crafted()), '-f', 'html', '-o', html]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const page = readFileSync(html, 'utf8');
    expectNoMarkupFromInput(page);
    expect(page).toContain('&#60;img src=x onerror=');
    expectHashedCsp(page);
  });

  const SPOILS: readonly (readonly (string | number)[])[] = [
    ['rotation', 0, 'severity'],
    ['rotation', 0, 'commits'],
    ['summary', 0, 'counts', 'critical'],
    ['summary', 0, 'status'],
    ['findings', 0, 'severity'],
    ['findings', 0, 'line'],
    ['repository', 'commits'],
    ['posture', 'checks', 0, 'ok'],
  ];

  it.each(SPOILS.map((path) => [path.join('.'), path] as const))('refuses a report whose %s is not of its type, naming the file and field', async (_name, path) => {
    const doc: unknown = JSON.parse(JSON.stringify(base));
    spoil(doc, path, PAYLOAD);
    const html = join(dir, 'refused.html');
    const r = await runCli(['report', 'merge', write('spoiled.json', { version: 1, kind: 'secret-hygiene-audit-combined', tool: base.tool, repositories: [doc] }), '-f', 'html', '-o', html]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^secret-hygiene: \S*spoiled\.json: repositories\[0\]\.[a-zA-Z.[\]0-9]+ is not [^\n]+\n$/);
    expect(r.stderr).not.toContain('<');
    expect(existsSync(html)).toBe(false);
  });

  it('keeps a well-formed narrowing record through a merge, and refuses a crafted one', async () => {
    const narrowing = [{ kind: 'paths-ignored', controlledBy: 'repository', source: `.secretsignore${PAYLOAD}`, files: 3 }];
    const kept = await runCli(['report', 'merge', write('narrowed.json', { ...base, narrowing }), '-f', 'json']);
    expect(kept.code).toBe(0);
    expect((JSON.parse(kept.stdout) as { repositories: AuditReport[] }).repositories[0]?.narrowing).toEqual(narrowing);
    const refused = await runCli(['report', 'merge', write('bad-narrowing.json', { ...base, narrowing: [{ ...narrowing[0], kind: PAYLOAD }] }), '-f', 'html']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bad-narrowing\.json: narrowing\[0\]\.kind is not one of /);
  });

  it('escapes enums and numbers too, should a document reach the renderer unchecked', () => {
    const doc: unknown = JSON.parse(JSON.stringify(base));
    for (const path of SPOILS) spoil(doc, path, PAYLOAD);
    expectNoMarkupFromInput(renderAuditHtml(doc as AuditReport));
  });

  describe.skipIf(!existsSync(CHROMIUM))('in headless Chromium', () => {
    it('runs its own script and style, not the input\'s, without a CSP violation', async () => {
      const html = join(dir, 'browser.html');
      expect((await runCli(['report', 'merge', write('browser.json', crafted()), '-f', 'html', '-o', html])).code).toBe(0);
      await inBrowser(async (page, requests, console) => {
        await page.goto(pathToFileURL(html).href);
        expect(requests).toEqual([pathToFileURL(html).href]);
        expect(await page.title()).not.toBe('pwned');
        expect(console.filter((m) => /Content Security Policy|Refused/i.test(m))).toEqual([]);
        // our script ran (it fills the count) and our stylesheet applies
        expect(await page.locator('.findings-block .count').first().textContent()).toMatch(/^Showing \d+ of \d+ findings$/);
        expect(await page.evaluate("getComputedStyle(document.querySelector('header.page')).backgroundColor")).toBe('rgb(29, 35, 48)');
        expect(await page.locator('svg rect.bar').count()).toBeGreaterThan(0);
        await page.click('table.rotation th:nth-child(10) button');
        expect(await page.locator('table.rotation th:nth-child(10)').getAttribute('aria-sort')).toBe('ascending');
        expect(await page.locator('img').count()).toBe(0);
        // and no other inline script would: the policy admits none by 'unsafe-inline'
        const ran = await page.evaluate(`(() => {
          const script = document.createElement('script');
          script.textContent = 'document.body.setAttribute("data-injected", "script")';
          document.body.append(script);
          return document.body.getAttribute('data-injected');
        })()`);
        expect(ran).toBeNull();
      });
    }, 60_000);
  });
});

/** Sets doc[path[0]][path[1]]… to value in a parsed JSON document. */
function spoil(doc: unknown, path: readonly (string | number)[], value: unknown): void {
  let at = doc as Record<string, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[String(path[path.length - 1])] = value;
}

/** The meta CSP has no 'unsafe-inline' and admits exactly the page's inline <style> and <script> by SHA-256. */
function expectHashedCsp(page: string): void {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toMatch(/default-src 'none'/);
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
  expect(script.length).toBeGreaterThan(100);
  expect(/style-src ([^;]*)/.exec(csp)?.[1]).toBe(hash(style));
  expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe(hash(script));
}

type Page = import('playwright-core').Page;
type BrowserContext = import('playwright-core').BrowserContext;

/** Runs `fn` on a fresh page of Debian's Chromium, recording requests and console messages. */
/** One browser for the file's tests (a launch costs more than a test's page), closed after them. */
let browser: Promise<BrowserContext> | undefined;
afterAll(async () => {
  await (await browser)?.close();
});

async function inBrowser(fn: (page: Page, requests: string[], console: string[]) => Promise<void>): Promise<void> {
  browser ??= import('playwright-core').then(({ chromium }) =>
    chromium.launchPersistentContext(tmpDir('sh-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  );
  const page = await (await browser).newPage();
  try {
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => messages.push(m.text()));
    await fn(page, requests, messages);
  } finally {
    await page.close();
  }
}
