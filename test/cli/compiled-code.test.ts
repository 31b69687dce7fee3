// bin/compiled-code.cjs, in this process: where compiled code is kept, how a copy is named, read,
// rejected and written again, and which copies the housekeeping keeps. (test/cli/version.test.ts
// runs the installed command with it end to end.)
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp.js';

interface Loaded {
  readonly exports: { readonly value: number };
  readonly used: string | undefined;
  keep(variant?: string): string | undefined;
}
const { cacheFolder, pruneCopies, runKept } = createRequire(import.meta.url)('../../bin/compiled-code.cjs') as {
  cacheFolder(env: Record<string, string>, home: string, uid?: number): string | undefined;
  pruneCopies(folder: string, keep: number): void;
  runKept(file: string, folder: string | undefined, name: string, variants?: string[]): Loaded;
};

/**
 * A CommonJS bundle with functions worth compiling, in a folder of its own each time: V8 keeps what
 * this process compiled by source and file name, and would not read a copy for a file it has seen.
 */
function bundle(value = 42): string {
  const file = join(tmpDir(), 'cli.cjs');
  writeFileSync(file, `'use strict';\nfunction sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }\nmodule.exports = { value: ${value} + sum(0) };\n`);
  return file;
}

describe('runKept', () => {
  it('writes a copy named by the bundle, Node version and architecture, readable by the user alone, and uses it next time', () => {
    const folder = tmpDir();
    const first = runKept(bundle(), folder, 'cli', ['scan', 'other']);
    expect(first.exports.value).toBe(42);
    expect(first.used).toBeUndefined();
    const name = first.keep('scan') as string;
    expect(name).toBe(readdirSync(folder).filter((n) => n.endsWith('.v8'))[0]);
    expect(name).toMatch(new RegExp(`^cli-[0-9a-f]{20}-${process.version.replace(/\./g, '\\.')}-${process.arch}-scan\\.v8$`));
    expect(statSync(join(folder, name)).mode & 0o777).toBe(0o600);
    expect(runKept(bundle(), folder, 'cli', ['scan', 'other']).used).toBe('scan');
    // another build of the bundle has a copy of its own name
    expect(runKept(bundle(7), folder, 'cli', ['scan', 'other']).used).toBeUndefined();
  });

  it("remembers the bundle's digest by the file's identity, and hashes again once the file changes", () => {
    const folder = tmpDir();
    const file = bundle();
    const name = runKept(file, folder, 'cli').keep() as string;
    const digest = name.split('-')[1] as string;
    const sums = readdirSync(folder).filter((n) => n.endsWith('.sum'));
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatch(/^cli-\d+-\d+-\d+-\d+\.sum$/);
    expect(readFileSync(join(folder, sums[0] as string), 'latin1')).toBe(digest);
    expect(statSync(join(folder, sums[0] as string)).mode & 0o777).toBe(0o600);
    // the remembered digest is read, not computed: one planted there names another copy
    writeFileSync(join(folder, sums[0] as string), 'f'.repeat(20));
    expect(runKept(file, folder, 'cli').used).toBeUndefined();
    // a write to the bundle changes its identity: hashed again, and its copy is found by content
    writeFileSync(file, readFileSync(file));
    expect(runKept(file, folder, 'cli').used).toBe('');
  });

  it('runs as without a copy when V8 rejects it, and writes a good one over it', () => {
    const folder = tmpDir();
    const name = runKept(bundle(), folder, 'worker').keep() as string;
    writeFileSync(join(folder, name), Buffer.alloc(4096, 7));
    const again = runKept(bundle(), folder, 'worker');
    expect(again.exports.value).toBe(42);
    expect(again.used).toBeUndefined();
    again.keep();
    expect(statSync(join(folder, name)).size).not.toBe(4096);
    expect(runKept(bundle(), folder, 'worker').used).toBe('');
  });

  it('keeps nothing without a folder', () => {
    const loaded = runKept(bundle(), undefined, 'cli');
    expect(loaded.exports.value).toBe(42);
    expect(loaded.keep()).toBeUndefined();
  });
});

describe('cacheFolder', () => {
  const uid = process.getuid?.() ?? 0;

  it('makes ~/.cache and its own folders with mode 0700 in a home the user owns', () => {
    const home = tmpDir();
    const folder = cacheFolder({}, home, uid) as string;
    expect(folder).toBe(join(home, '.cache', 'secret-hygiene', 'compile-cache'));
    for (const dir of [join(home, '.cache'), join(home, '.cache', 'secret-hygiene'), folder]) expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('uses XDG_CACHE_HOME when it exists, and makes nothing when it does not', () => {
    const xdg = tmpDir();
    expect(cacheFolder({ XDG_CACHE_HOME: xdg }, tmpDir(), uid)).toBe(join(xdg, 'secret-hygiene', 'compile-cache'));
    const missing = join(tmpDir(), 'missing');
    expect(cacheFolder({ XDG_CACHE_HOME: missing }, tmpDir(), uid)).toBeUndefined();
    expect(existsSync(missing)).toBe(false);
  });

  it('is none in a home of another user, a missing home, a folder others may write to, /proc, or when turned off', () => {
    const other = tmpDir();
    expect(cacheFolder({}, other, uid + 1)).toBeUndefined();
    expect(existsSync(join(other, '.cache'))).toBe(false); // nothing made in another user's home
    expect(cacheFolder({}, join(tmpDir(), 'no-such-home'), uid)).toBeUndefined();
    const shared = tmpDir();
    mkdirSync(join(shared, '.cache', 'secret-hygiene', 'compile-cache'), { recursive: true });
    chmodSync(join(shared, '.cache', 'secret-hygiene', 'compile-cache'), 0o777);
    expect(cacheFolder({}, shared, uid)).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: '/proc' }, '/proc', uid)).toBeUndefined();
    const home = tmpDir();
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, home, uid)).toBeUndefined();
    expect(existsSync(join(home, '.cache'))).toBe(false);
  });
});

describe('pruneCopies', () => {
  it('keeps the newest copies of each bundle and no temporary file an hour old', () => {
    const folder = tmpDir();
    const ago = (path: string, ms: number) => utimesSync(path, new Date(Date.now() - ms), new Date(Date.now() - ms));
    for (const prefix of ['cli', 'worker']) {
      for (let k = 0; k < 6; k++) {
        const path = join(folder, `${prefix}-${String(k).repeat(20)}-v20.0.0-x64.v8`);
        writeFileSync(path, 'copy');
        ago(path, (k + 1) * 60_000);
      }
    }
    for (let k = 0; k < 6; k++) {
      const path = join(folder, `cli-${k}-100-200-300.sum`);
      writeFileSync(path, 'f'.repeat(20));
      ago(path, (k + 1) * 60_000);
    }
    writeFileSync(join(folder, 'cli-stale.v8.1.0.tmp'), 'cut short');
    ago(join(folder, 'cli-stale.v8.1.0.tmp'), 2 * 3_600_000);
    writeFileSync(join(folder, 'cli-fresh.v8.2.0.tmp'), 'being written');
    pruneCopies(folder, 4);
    const left = readdirSync(folder).sort();
    for (const prefix of ['cli', 'worker']) {
      expect(left.filter((n) => n.startsWith(`${prefix}-`) && n.endsWith('.v8'))).toEqual([0, 1, 2, 3].map((k) => `${prefix}-${String(k).repeat(20)}-v20.0.0-x64.v8`));
    }
    expect(left.filter((n) => n.endsWith('.sum'))).toEqual([0, 1, 2, 3].map((k) => `cli-${k}-100-200-300.sum`));
    expect(left).toContain('cli-fresh.v8.2.0.tmp'); // another process may be writing it
    expect(left).not.toContain('cli-stale.v8.1.0.tmp');
  });
});
