'use strict';
// Runs a CommonJS bundle of dist/ compiled with the code V8 kept from an earlier run: for the CLI
// (bin/run-cli.js) and for each detection worker (the loader in src/engine/pool.ts). Node 20 has no
// module compile cache, and a bundle's parse and first compiles are most of a short run.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { createRequire } = require('node:module');
const { createHash } = require('node:crypto');
const { isAscii } = require('node:buffer');
const vm = require('node:vm');
const { threadId } = require('node:worker_threads');

/**
 * Runs the bundle `file` and returns its exports. Copies of compiled code live in `folder` (none when
 * undefined) as `<name>-<SHA-1 of the bundle>-<Node version>-<arch>[-<variant>].v8`: V8 itself checks
 * only the source's length, flags and version. `variants` are the copies tried, in order. `used` is
 * the variant read and accepted (undefined: none, or V8 rejected it); `keep(variant)` writes this
 * run's code (with the functions it compiled since) and returns the copy's name, or undefined.
 */
function runKept(file, folder, name, variants = ['']) {
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'); // the build writes ASCII: a one-byte string
  const key = folder && `${name}-${createHash('sha1').update(bytes).digest('hex').slice(0, 20)}-${process.version}-${process.arch}`;
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
        const temporary = join(folder, `${copy}.${process.pid}.${threadId}.tmp`);
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, join(folder, copy));
        return copy;
      } catch {
        return undefined; // the cache is an optimisation: a full disk or a read-only folder changes nothing else
      }
    },
  };
}

function copyName(key, variant) {
  return variant ? `${key}-${variant}.v8` : `${key}.v8`;
}

module.exports = { runKept };
