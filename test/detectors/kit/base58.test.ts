// Base58 as Bitcoin writes it (WIF keys) and the Solana and NEAR tools do (Ed25519 key pairs): one decoder
// for both families of detectors, checked against values encoded here and Node's own key derivation.
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase58 } from '../../../detectors/kit/checksums.js';
import { isEd25519Keypair } from '../../../detectors/secrets/generic/wallet-files.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A plain reference encoder (BigInt), leading zero bytes as '1'. */
function encode(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

describe('decodeBase58', () => {
  it('gives back the bytes of random values, leading zero bytes included', () => {
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.concat([Buffer.alloc(i % 3), randomBytes(1 + (i % 64))]);
      expect(Buffer.from(decodeBase58(encode(bytes)) as Uint8Array).equals(bytes)).toBe(true);
    }
  });

  it('refuses characters outside the alphabet and overlong input', () => {
    expect(decodeBase58('0OIl')).toBeUndefined();
    expect(decodeBase58('2'.repeat(129))).toBeUndefined();
  });

  it('reads an Ed25519 key pair written in Base58 as one, and a changed one as none', () => {
    const seed = randomBytes(32);
    const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
    const pub = createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32);
    const pair = Buffer.concat([seed, pub]);
    expect(isEd25519Keypair(decodeBase58(encode(pair)) as Uint8Array)).toBe(true);
    const other = Buffer.from(pair);
    other[63] = (other[63] as number) ^ 1;
    expect(isEd25519Keypair(decodeBase58(encode(other)) as Uint8Array)).toBe(false);
  });
});
