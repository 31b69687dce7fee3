// Walking and ignoring, attacked: a committed folder later replaced by a link to an outside folder,
// a .secretsignore that is a link to a credentials file, a 20,000-line .secretsignore, file names
// that are not valid UTF-8, and 2,000 nested folders under a .gitignore.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopyTable } from '../../src/engine/copy-table.js';
import { compileDetectors } from '../../src/engine/detect-blob.js';
import { readAndScan } from '../../src/engine/read-and-scan.js';
import { allDetectors } from '../../detectors/index.js';
import { ConfigError } from '../../src/errors.js';
import { parseSecretsIgnore, pathExcluder } from '../../src/filters/secretsignore.js';
import type { FileRef } from '../../src/types.js';
import { AWS_KEY_ID, GITHUB_TOKEN, OTHER_GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tmpDir, tmpRepo, writeTree } from '../helpers/tmp.js';

interface Json {
  findings: { path: string; detectorId: string }[];
  stats: { filesScanned: number; skipped: Record<string, number> };
  warnings: { path: string; message: string }[];
}

async function scanJson(args: readonly string[], cwd?: string): Promise<Json> {
  const r = await runCli(['scan', ...args, '-f', 'json'], cwd ? { cwd } : {});
  expect(r.code, r.stderr).toBeLessThan(2);
  return JSON.parse(r.stdout) as Json;
}

/** The name `n\xff.txt`: not valid UTF-8. */
const BAD_NAME = Buffer.from([0x6e, 0xff, 0x2e, 0x74, 0x78, 0x74]);
const BAD_SHOWN = 'n\uFFFD.txt';

function writeBytesPath(dir: string, rel: Buffer, content: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), rel]), content);
}

describe('a folder of the index replaced by a symbolic link', () => {
  it('reads nothing through it: files under a linked folder are skipped and counted, outside or inside the root', async () => {
    const repo = tmpRepo({ 'leak/credentials': `[default]\naws_access_key_id = ${AWS_KEY_ID}\n`, 'inside/keep.txt': 'fine\n', 'ok.txt': 'fine\n' });
    const outside = tmpDir();
    writeTree(outside, { credentials: `token = "${GITHUB_TOKEN}"\n`, 'deeper/more': `token = "${GITHUB_TOKEN}"\n` });
    rmSync(join(repo, 'leak'), { recursive: true });
    symlinkSync(outside, join(repo, 'leak'));
    const r = await scanJson([repo]);
    expect(r.findings.filter((f) => f.path.startsWith('leak'))).toEqual([]);
    // `leak` itself (an untracked link, refused by O_NOFOLLOW) and `leak/credentials` (from the index)
    expect(r.stats.skipped['symlink-outside-root']).toBe(2);

    // a link to a folder of the same tree: its files are scanned at their own paths, not through it
    git(repo, ['rm', '-q', '--cached', '-r', 'leak']);
    rmSync(join(repo, 'leak'));
    writeTree(repo, { 'inside/credentials': 'nothing here\n', 'nested/a/b.txt': 'fine\n' });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'second']);
    rmSync(join(repo, 'nested'), { recursive: true });
    symlinkSync(join(repo, 'inside'), join(repo, 'nested'));
    const inside = await scanJson([repo]);
    expect(inside.stats.skipped.symlink).toBe(2); // `nested` and `nested/a/b.txt`
    expect(inside.stats.skipped['symlink-outside-root']).toBeUndefined();
  });
});

describe('.secretsignore messages never echo a line', () => {
  it('a .secretsignore linked to a credentials file: exit 2, no credential in the output', async () => {
    const dir = tmpDir();
    const home = tmpDir();
    writeTree(home, { '.git-credentials': `https://someone:${GITHUB_TOKEN}@github.com\n` });
    writeTree(dir, { 'a.txt': 'fine\n' });
    symlinkSync(join(home, '.git-credentials'), join(dir, '.secretsignore'));
    const r = await runCli(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).not.toContain(GITHUB_TOKEN);
    expect(r.stderr + r.stdout).not.toContain('someone');
  });

  it('each malformed line is named by file:line and its problem, not by its text', () => {
    const ids = new Set(['github-token']);
    const lines = [
      `https://someone:${GITHUB_TOKEN}@github.com`, // an unknown "detector id": https
      `fingerprint:${GITHUB_TOKEN}`,
      `[${GITHUB_TOKEN}`,
      `github-token:{${GITHUB_TOKEN}`,
      `!bogus-id:${GITHUB_TOKEN}`,
      `!github-token:${GITHUB_TOKEN}`,
    ];
    for (const line of lines) {
      let error: unknown;
      try {
        parseSecretsIgnore(`# first\n${line}\n`, '.secretsignore', ids);
      } catch (e) {
        error = e;
      }
      expect(error, line).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/^\.secretsignore:2: /);
      expect(message).not.toContain(GITHUB_TOKEN);
      expect(message).not.toContain('someone');
      expect(message).not.toContain('bogus');
    }
  });

  it('--report-unused-allows names an unused rule by file:line, not by its text', async () => {
    const dir = tmpDir();
    writeTree(dir, { 'a.txt': 'fine\n', '.secretsignore': `${GITHUB_TOKEN}\ngithub-token:${OTHER_GITHUB_TOKEN}\n` });
    const r = await scanJson(['.', '--report-unused-allows'], dir);
    expect(r.warnings.map((w) => `${w.path} ${w.message}`)).toEqual([
      '.secretsignore line 1: path rule matched no scanned file; remove it',
      '.secretsignore line 2: the github-token: rule silenced no finding; remove it',
    ]);
  });
});

describe('a 20,000-line .secretsignore', () => {
  it('decides 2,000 paths quickly, with git semantics', () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const kind = i % 6;
      lines.push(
        kind === 0 ? `name${i}` : kind === 1 ? `/fixtures/f${i}.json` : kind === 2 ? `*.ext${i}` : kind === 3 ? `gen${i}/**/x${i}.js` : kind === 4 ? `!keep${i}/` : `data/*${i}?.csv`,
      );
    }
    lines.push('vendor/', '!vendor/ours.js', 'gen/**', '!gen/keep.js', '*.snap', '/build/', 'logs/', '!logs/', 'fixtures/f1.json');
    const started = performance.now();
    const rules = parseSecretsIgnore(lines.join('\n'), '.secretsignore', new Set());
    const excluder = pathExcluder(rules.paths);
    const paths = Array.from({ length: 2_000 }, (_, i) => `src/m${i % 40}/d${i % 7}/file${i}.ts`);
    const decided = paths.map((p) => excluder.exclude(p));
    const checks: Record<string, boolean> = {
      'a/name6': true, // a name at any depth
      'name6/deep/file.ts': true, // inside an excluded folder
      'fixtures/f1.json': true, // the last rule: a literal path
      'fixtures/f7.json': true, // an anchored literal path
      'x/fixtures/f7.json': false, // anchored: not at depth
      'a/b.ext2': true,
      'a/b.ext3': false,
      'gen3/a/b/x3.js': true,
      'gen3/a/b/x4.js': false,
      'data/a5.csv': false,
      'data/a5x.csv': true,
      'vendor/ours.js': true, // as in git: nothing inside an excluded folder is re-included
      'gen/a.js': true,
      'gen': false, // as in git, gen/** matches what is inside gen, not gen itself
      'gen/keep.js': false, // so this is re-included
      'deep/x.snap': true,
      'build/out.js': true,
      'src/build/out.js': false,
      'logs/today.txt': false, // excluded, then re-included
    };
    const got = Object.fromEntries(Object.keys(checks).map((p) => [p, excluder.exclude(p)]));
    const took = performance.now() - started;
    expect(decided.every((d) => !d)).toBe(true);
    expect(got).toEqual(checks);
    expect(took).toBeLessThan(5_000); // was 5+ minutes: every rule tried on every path and on each of its folders
    // unused() still names the rules that decided nothing; the deciding ones are not listed
    const unused = new Set(excluder.unused().map((w) => w.message.replace(/:.*/, '')));
    expect(unused.has('line 20001')).toBe(false); // vendor/
    expect(unused.has('line 20002')).toBe(true); // !vendor/ours.js: shadowed by the folder rule
    expect(unused.has('line 20003')).toBe(false); // gen/**
    expect(unused.has('line 20004')).toBe(false); // !gen/keep.js
    expect(unused.has('line 2')).toBe(true);
  });
});

describe('file names that are not valid UTF-8', () => {
  const CONTENT = `token = "${GITHUB_TOKEN}"\n`;

  it('are scanned in a git work tree, at the top and in a folder so named', async () => {
    const repo = tmpRepo({ 'ok.txt': 'fine\n' });
    writeBytesPath(repo, BAD_NAME, CONTENT);
    mkdirSync(Buffer.concat([Buffer.from(`${repo}/`), Buffer.from([0x64, 0xfe])]));
    writeBytesPath(repo, Buffer.concat([Buffer.from([0x64, 0xfe, 0x2f]), BAD_NAME]), CONTENT);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'odd names']);
    const r = await scanJson([repo]);
    expect(r.findings.filter((f) => f.detectorId === 'github-token').map((f) => f.path)).toEqual([`d\uFFFD/${BAD_SHOWN}`, BAD_SHOWN]);
  });

  it('are scanned outside git, at the top and in a folder so named', async () => {
    const dir = tmpDir();
    writeTree(dir, { '.gitignore': '*.log\n', 'ok.txt': 'fine\n' });
    writeBytesPath(dir, BAD_NAME, CONTENT);
    mkdirSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0x64, 0xfe])]));
    writeBytesPath(dir, Buffer.concat([Buffer.from([0x64, 0xfe, 0x2f]), BAD_NAME]), CONTENT);
    writeBytesPath(dir, Buffer.concat([Buffer.from([0x64, 0xfe, 0x2f, 0x78, 0xff]), Buffer.from('.log')]), CONTENT);
    const r = await scanJson([dir]);
    expect(r.findings.filter((f) => f.detectorId === 'github-token').map((f) => f.path)).toEqual([`d\uFFFD/${BAD_SHOWN}`, BAD_SHOWN]);
  });

  it('a file reference with raw bytes survives the copy to a worker thread and opens the file', () => {
    const dir = tmpDir();
    writeBytesPath(dir, BAD_NAME, CONTENT);
    const ref: FileRef = { root: dir, path: BAD_SHOWN, maxBytes: 1 << 20, raw: new Uint8Array(BAD_NAME) };
    const copied = structuredClone(ref);
    expect(copied.raw).toBeInstanceOf(Uint8Array);
    const result = readAndScan(copied, compileDetectors(allDetectors.filter((d) => d.id === 'github-token')), new CopyTable());
    expect(result !== null && 'outcome' in result ? result.outcome.findings.length : -1).toBeGreaterThan(0);
  });
});

describe('2,000 nested folders outside git, under a .gitignore', () => {
  it('are walked in a few seconds, and a secret at the bottom is found', async () => {
    const dir = tmpDir();
    const depth = 2_000;
    const bottom = 'd/'.repeat(depth);
    mkdirSync(join(dir, bottom), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n*.log\n/build\nd/d/skipped/\n');
    writeFileSync(join(dir, bottom, 'secret.txt'), `token = "${GITHUB_TOKEN}"\n`);
    writeFileSync(join(dir, bottom, 'noise.log'), `token = "${GITHUB_TOKEN}"\n`);
    writeFileSync(join(dir, 'd/d/d/.gitignore'), '!*.log\nsecret.txt\n');
    writeFileSync(join(dir, bottom, '.gitignore'), '!secret.txt\n');
    const started = performance.now();
    const r = await scanJson([dir]);
    const took = performance.now() - started;
    expect(r.findings.filter((f) => f.detectorId === 'github-token').map((f) => f.path)).toEqual([`${bottom}noise.log`, `${bottom}secret.txt`]);
    expect(took).toBeLessThan(5_000); // was 29 s and more: cubic in depth
    execFileSync('rm', ['-rf', join(dir, 'd')]); // rmSync recurses once per level: too deep for its stack
  });
});
