'use strict';
// Runs a CommonJS bundle of dist/ compiled with the code V8 kept from an earlier run: for the CLI
// (bin/run-cli.js) and for each detection worker (the loader in src/engine/pool.ts). Node 20 has no
// module compile cache, and a bundle's parse and first compiles are most of a short run.
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { createRequire } = require('node:module');
const { isAscii } = require('node:buffer');
const vm = require('node:vm');

/**
 * Runs the bundle `file` and returns its exports. Copies of compiled code live in `folder` (none when
 * undefined) as `<name>-<SHA-1 of the bundle>-<Node version>-<arch>[-<variant>].v8`: V8 itself checks
 * only the source's length, flags and version. `variants` are the copies tried, in order. `used` is
 * the variant read and accepted (undefined: none, or V8 rejected it); `keep(variant)` writes this
 * run's code (with the functions it compiled since) and returns the copy's name, or undefined.
 */
function runKept(file, folder, name, variants = ['']) {
  const identity = folder && fileIdentity(file);
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'); // the build writes ASCII: a one-byte string
  const key = folder && `${name}-${bundleDigest(bytes, folder, name, identity)}-${process.version}-${process.arch}`;
  let cachedData;
  let read;
  for (const variant of key ? variants : []) {
    try {
      cachedData = readFileSync(join(folder, copyName(key, variant)));
      read = variant;
      break;
    } catch {
      // no copy of this variant
    }
  }
  // the wrapper stays on the bundle's first line, so stack traces keep its line numbers
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    used: read !== undefined && !script.cachedDataRejected ? read : undefined,
    keep(variant = '') {
      if (!key) return undefined;
      try {
        const copy = copyName(key, variant);
        const temporary = join(folder, `${copy}.${process.pid}.${require('node:worker_threads').threadId}.tmp`);
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, join(folder, copy));
        return copy;
      } catch {
        return undefined; // the cache is an optimisation: a full disk or a read-only folder changes nothing else
      }
    },
  };
}

/** The file's inode, size and modification and change times, in nanoseconds: any write to it changes the change time. */
function fileIdentity(file) {
  try {
    const st = statSync(file, { bigint: true });
    return `${st.ino}-${st.size}-${st.mtimeNs}-${st.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/**
 * The bundle's SHA-1 (20 hex digits), remembered in a small file named by the bundle's identity
 * (`<name>-<inode>-<size>-<mtime>-<ctime>.sum`): hashing the 3 MB CLI bundle cost every start about
 * 1.5 ms and loading node:crypto, reading the remembered digest a few microseconds. A copy stays named by the
 * content, so a reinstall of the same build (a new inode) finds it again after one hash.
 */
function bundleDigest(bytes, folder, name, identity) {
  const remembered = identity && join(folder, `${name}-${identity}.sum`);
  if (remembered) {
    try {
      const digest = readFileSync(remembered, 'latin1');
      if (/^[0-9a-f]{20}$/.test(digest)) return digest;
    } catch {
      // not remembered yet
    }
  }
  const digest = require('node:crypto').createHash('sha1').update(bytes).digest('hex').slice(0, 20);
  if (remembered) {
    try {
      const temporary = `${remembered}.${process.pid}.${require('node:worker_threads').threadId}.tmp`;
      writeFileSync(temporary, digest, { mode: 0o600 });
      renameSync(temporary, remembered);
    } catch {
      // an optimisation: the next start hashes again
    }
  }
  return digest;
}

function copyName(key, variant) {
  return variant ? `${key}-${variant}.v8` : `${key}.v8`;
}

/**
 * The folder where compiled code is kept: the user's own cache folder (XDG_CACHE_HOME or ~/.cache,
 * made with mode 0700 as the XDG spec says when it is missing from a home the user owns; CI runners
 * and containers often lack it), never a shared temp folder where another user could plant code,
 * and only when the user owns it and no one else may write to it; undefined otherwise, or when
 * NODE_DISABLE_COMPILE_CACHE is set. The folders are made one at a time: Node's recursive mkdir
 * never returns under some special file systems (a HOME in /proc).
 */
function cacheFolder(env, home, uid = process.getuid?.()) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const base = env.XDG_CACHE_HOME || join(home, '.cache');
  const ours = join(base, 'secret-hygiene');
  const cache = join(ours, 'compile-cache');
  const make = (dir) => {
    try {
      mkdirSync(dir, { mode: 0o700 });
      return true;
    } catch (error) {
      return error?.code === 'EEXIST';
    }
  };
  try {
    if (!env.XDG_CACHE_HOME) {
      const owner = statSync(home);
      if (owner.isDirectory() && (uid === undefined || owner.uid === uid) && !make(base)) return undefined;
    }
    if (!statSync(base).isDirectory() || !make(ours) || !make(cache)) return undefined;
    const folder = statSync(cache);
    if (!folder.isDirectory() || (uid !== undefined && folder.uid !== uid) || (folder.mode & 0o022) !== 0) return undefined;
    return cache;
  } catch {
    return undefined; // no cache folder: bundles are compiled as without one
  }
}

/**
 * Housekeeping after a copy is written: the `keep` newest copies of each bundle stay (two installs,
 * or two Node versions, used in turn), older ones go, as do remembered digests beyond the `keep`
 * newest, and temporary files an hour old (a process stopped between writing a copy and renaming it).
 */
function pruneCopies(folder, keep) {
  try {
    const names = readdirSync(folder);
    for (const prefix of ['cli-', 'worker-']) {
      for (const suffix of ['.v8', '.sum']) {
        const copies = names
          .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
          .map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs }))
          .sort((a, b) => b.time - a.time);
        for (const { name } of copies.slice(keep)) rmSync(join(folder, name), { force: true });
      }
    }
    for (const name of names) {
      if (name.endsWith('.tmp') && Date.now() - statSync(join(folder, name)).mtimeMs > 3_600_000) rmSync(join(folder, name), { force: true });
    }
  } catch {
    // housekeeping: a copy that cannot go stays
  }
}

module.exports = { cacheFolder, pruneCopies, runKept };
