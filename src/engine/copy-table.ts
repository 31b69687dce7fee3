// Identical working-tree files (vendored copies, several node_modules) are scanned once per scan,
// whichever thread reads them: every thread claims (content, path class) keys in one table in
// shared memory; the first claim of a key scans the file, later ones take that file's outcome.
import * as crypto from 'node:crypto';

/** Files smaller than this are scanned again rather than hashed (a hash costs about what a scan of a few bytes does). */
export const MIN_COPY_BYTES = 256;

/** Per slot: state, the content's SHA-1 (5 words), a 64-bit hash of the path class (2 words). */
const SLOT_INTS = 8;
/**
 * 65,536 slots, 2 MiB; at three quarters full (49,152 files of 256 bytes or more), later keys are no
 * longer tracked (scanned every time). Each page a claim first touches costs a fault: the 8 MiB table
 * this was cost node_modules' 2,765 files 25 ms of a 0.95 s scan.
 */
const SLOTS = 1 << 16;
const MAX_FILLED = (SLOTS * 3) / 4;
const FILLED = SLOTS * SLOT_INTS; // index of the count of filled slots

const EMPTY = 0;
const WRITING = 1;
const READY = 2;

export interface Claim {
  /** The key's slot, -1 when the file is not tracked (small, or the table is full). */
  readonly slot: number;
  /** This claim came first: scan the file, and report its outcome under `slot`. */
  readonly first: boolean;
}

const UNTRACKED: Claim = { slot: -1, first: true };

export class CopyTable {
  private readonly ints: Int32Array;

  /** A new table, or a view of one another thread created (`share()`). */
  constructor(shared?: SharedArrayBuffer) {
    this.ints = new Int32Array(shared ?? new SharedArrayBuffer((SLOTS * SLOT_INTS + 1) * 4));
  }

  /** The memory to hand to worker threads. */
  share(): SharedArrayBuffer {
    return this.ints.buffer as SharedArrayBuffer;
  }

  /**
   * Claims the key of `bytes` under their path's class (what detectors may read of the path: equal
   * bytes under one class have equal findings; asked only for files large enough to be tracked).
   * A key is 224 bits: SHA-1 and a 64-bit hash of the class.
   */
  claim(bytes: Uint8Array, pathClass: () => string): Claim {
    if (bytes.length < MIN_COPY_BYTES) return UNTRACKED;
    const digest = sha1(bytes);
    const key = [
      digest.readInt32LE(0), digest.readInt32LE(4), digest.readInt32LE(8), digest.readInt32LE(12), digest.readInt32LE(16),
      ...fnv1a64(pathClass()),
    ];
    const ints = this.ints;
    let slot = (key[0] as number) & (SLOTS - 1);
    for (let probe = 0; probe < SLOTS; probe++, slot = (slot + 1) & (SLOTS - 1)) {
      const at = slot * SLOT_INTS;
      let state = Atomics.load(ints, at);
      if (state === EMPTY) {
        if (Atomics.load(ints, FILLED) >= MAX_FILLED) return UNTRACKED;
        state = Atomics.compareExchange(ints, at, EMPTY, WRITING);
        if (state === EMPTY) {
          for (let k = 0; k < key.length; k++) ints[at + 1 + k] = key[k] as number;
          Atomics.add(ints, FILLED, 1);
          Atomics.store(ints, at, READY); // publishes the key words written before it
          return { slot, first: true };
        }
      }
      while (state === WRITING) state = Atomics.load(ints, at); // another thread is writing its key: a few stores
      let same = true;
      for (let k = 0; k < key.length && same; k++) same = ints[at + 1 + k] === key[k];
      if (same) return { slot, first: false };
    }
    return UNTRACKED;
  }
}

/** SHA-1 of bytes: also the member cache's key (detect-blob.ts). */
export function sha1(bytes: Uint8Array): Buffer {
  // crypto.hash (one call, no Hash object) exists from Node 20.12
  const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;
  return oneShot ? oneShot('sha1', bytes, 'buffer') : crypto.createHash('sha1').update(bytes).digest();
}

/** FNV-1a over UTF-16 code units, 64 bits as two words. */
function fnv1a64(text: string): [number, number] {
  // 64-bit FNV-1a in two 32-bit halves: offset basis 0xcbf29ce484222325, prime 0x100000001b3
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // (hi, lo) * (2^40 + 0x1b3) mod 2^64 = (hi, lo) * 0x1b3 + (lo << 40)
    const loMul = (lo & 0xffff) * 0x1b3;
    const loHigh = (lo >>> 16) * 0x1b3 + (loMul >>> 16);
    const newLo = ((loHigh & 0xffff) << 16) | (loMul & 0xffff);
    hi = (Math.imul(hi, 0x1b3) + (loHigh >>> 16) + (lo << 8)) | 0;
    lo = newLo | 0;
  }
  return [hi | 0, lo | 0];
}
