import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { decodeBase58 } from '../../kit/checksums.js';
import { keywordRegExp, keywordWindows } from '../../kit/keyword-windows.js';

// Ed25519 wallet keys as the Solana and NEAR tools write them: the 32-byte seed followed by the 32-byte
// public key, 64 bytes. `solana-keygen new` writes `~/.config/solana/id.json` (and every `*-keypair.json` a
// program deploy uses) as a JSON array of the 64 numbers; `Keypair.fromSecretKey(Uint8Array.from([…]))` puts
// them in code; Phantom exports them in Base58, and NEAR's `~/.near-credentials/*.json` as `ed25519:<Base58>`.
// Whoever holds one moves the account's funds or upgrades its programs. The second half must be the public key
// of the first (derived here with node:crypto): 64 numbers or 88 Base58 characters that are not a key pair fail,
// so a table of bytes or a hash is never taken for one.

const PRIORITY = 35;
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Whether 64 bytes are an Ed25519 seed followed by its public key. */
export function isEd25519Keypair(bytes: Uint8Array): boolean {
  if (bytes.length !== 64) return false;
  const seed = bytes.subarray(0, 32);
  if (seed.every((b) => b === seed[0])) return false;
  try {
    const key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
    return Buffer.compare(spki.subarray(spki.length - 32), bytes.subarray(32)) === 0;
  } catch {
    return false;
  }
}

/** A JSON or code array of 64 numbers 0-255 (`[164, 8, 116, …]`); only ever given to matchAll, which copies it. */
const BYTE_ARRAY = /\[\s{0,8}(?:\d{1,3}\s{0,8},\s{0,8}){63}\d{1,3}\s{0,8},?\s{0,8}\]/g;
/** BYTE_ARRAY at one offset (sticky): the keypair file's whole content. */
const BYTE_ARRAY_AT = new RegExp(BYTE_ARRAY.source, 'y');

function arrayBytes(text: string): Uint8Array | undefined {
  const numbers = text.slice(1, -1).split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  return numbers.length === 64 && numbers.every((n) => n <= 255) ? Uint8Array.from(numbers) : undefined;
}

/** A file that is one such array: `solana-keygen`'s keypair file. */
export const solanaKeypairFile: Detector = {
  id: 'solana-keypair-file',
  title: 'Solana keypair file (id.json: a JSON array of the secret key)',
  vendor: 'Solana',
  policy: 'no-committed-credentials',
  severity: 'critical',
  // a whole-file shape: any JSON file may be one, and only a file of ~200-400 bytes is read further
  keywords: [],
  paths: ['*.json'],
  // a file of 1 KiB at most is read whole anyway: a history's changed window spans at least 1 KiB on each
  // side of a change (delta.ts), so a part of a larger file is never short enough; with the default reach
  // ('file') every later version of every JSON file was scanned whole
  reach: 'lines',
  priority: PRIORITY,
  remediation:
    'Move the funds and program authorities to a new keypair (`solana-keygen new`, `solana program set-upgrade-authority`), ' +
    'then remove the file from the repository and its history; keep keypairs outside the project (~/.config/solana) or in a secret store.',
  detect: function* detect({ text }: DetectorInput): Iterable<Match> {
    if (text.length < 129 || text.length > 1024) return;
    const start = text.search(/\S/);
    if (text[start] !== '[') return;
    BYTE_ARRAY_AT.lastIndex = start;
    const m = BYTE_ARRAY_AT.exec(text);
    if (!m || text.slice(m.index + m[0].length).trim() !== '') return;
    const bytes = arrayBytes(m[0]);
    if (bytes && isEd25519Keypair(bytes)) yield { start: m.index, end: m.index + m[0].length, secret: m[0], detail: 'Solana keypair: the 64-byte secret key of an account' };
  },
  examples: {
    positive: [
      { path: '.config/solana/id.json', text: '[164,8,116,83,40,137,183,214,206,223,222,145,212,124,115,89,139,45,237,224,54,156,65,81,158,57,104,7,153,168,102,109,147,40,106,183,202,5,192,81,19,243,180,138,163,253,208,212,83,204,156,106,128,8,127,185,72,25,97,127,32,40,126,80]' },
      { path: 'target/deploy/escrow-keypair.json', text: '[\n  164, 8, 116, 83, 40, 137, 183, 214, 206, 223, 222, 145, 212, 124, 115, 89, 139, 45, 237, 224, 54, 156, 65, 81, 158, 57, 104, 7, 153, 168, 102, 109,\n  147, 40, 106, 183, 202, 5, 192, 81, 19, 243, 180, 138, 163, 253, 208, 212, 83, 204, 156, 106, 128, 8, 127, 185, 72, 25, 97, 127, 32, 40, 126, 80\n]\n', why: "a program's deploy keypair, pretty-printed" },
    ],
    negative: [
      { path: 'fixtures/bytes.json', text: '[164,8,116,83,40,137,183,214,206,223,222,145,212,124,115,89,139,45,237,224,54,156,65,81,158,57,104,7,153,168,102,109,147,40,106,183,202,5,192,81,19,243,180,138,163,253,208,212,83,204,156,106,128,8,127,185,72,25,97,127,32,40,126,81]', why: 'the second half is not the public key of the first' },
      { path: 'data/table.json', text: `[${Array.from({ length: 64 }, (_, i) => i * 3).join(',')}]`, why: 'a table of numbers' },
    ],
  },
};

const INLINE_KEYWORDS = ['fromsecretkey', 'secretkey', 'secret_key', 'private_key', 'privatekey', 'keypair', 'ed25519:'];
const BASE58_KEY = /(?<![1-9A-HJ-NP-Za-km-z])(?:ed25519:)?[1-9A-HJ-NP-Za-km-z]{86,88}(?![1-9A-HJ-NP-Za-km-z])/g;
let inlineFinder: RegExp | undefined;

/** An Ed25519 wallet secret key in code or config: a 64-number array, Base58 (Phantom, Solana CLI), or NEAR's `ed25519:` form. */
export const ed25519WalletSecretKey: Detector = {
  id: 'ed25519-wallet-secret-key',
  title: 'Solana / NEAR wallet secret key (Ed25519 seed and public key)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: INLINE_KEYWORDS,
  priority: PRIORITY,
  remediation:
    'Move the funds and authorities to a new key, then remove this one from the code and its history; load keys at run time ' +
    'from a file outside the repository or a secret store (`Keypair.fromSecretKey(...)` on bytes read from there).',
  detect: function* detect(input: DetectorInput): Iterable<Match> {
    const { text } = input;
    inlineFinder ??= keywordRegExp(INLINE_KEYWORDS);
    // windows around nearby keywords overlap: each candidate is judged once, and each distinct value once
    const seen = new Set<number>();
    const verdicts = new Map<string, boolean>();
    const keypair = (value: string, bytes: () => Uint8Array | undefined): boolean => {
      let ok = verdicts.get(value);
      if (ok === undefined) {
        const b = bytes();
        verdicts.set(value, (ok = b !== undefined && isEd25519Keypair(b)));
      }
      return ok;
    };
    for (const [from, to] of keywordWindows(input, inlineFinder)) {
      const window = text.slice(from, to);
      for (const m of window.matchAll(BYTE_ARRAY)) {
        const at = from + m.index;
        if (seen.has(at)) continue;
        seen.add(at);
        if (keypair(m[0], () => arrayBytes(m[0]))) yield { start: at, end: at + m[0].length, secret: m[0], detail: 'Ed25519 wallet secret key as 64 numbers (Solana Keypair.fromSecretKey)' };
      }
      for (const m of window.matchAll(BASE58_KEY)) {
        const at = from + m.index;
        if (seen.has(at)) continue;
        seen.add(at);
        const named = m[0].startsWith('ed25519:');
        if (keypair(m[0], () => decodeBase58(named ? m[0].slice(8) : m[0]))) {
          yield { start: at, end: at + m[0].length, secret: m[0], detail: named ? 'NEAR account private key (ed25519:, Base58)' : 'Ed25519 wallet secret key in Base58 (a Solana wallet export)' };
        }
      }
    }
  },
  examples: {
    positive: [
      { path: 'scripts/airdrop.ts', text: 'const payer = Keypair.fromSecretKey(Uint8Array.from([164, 8, 116, 83, 40, 137, 183, 214, 206, 223, 222, 145, 212, 124, 115, 89, 139, 45, 237, 224, 54, 156, 65, 81, 158, 57, 104, 7, 153, 168, 102, 109, 147, 40, 106, 183, 202, 5, 192, 81, 19, 243, 180, 138, 163, 253, 208, 212, 83, 204, 156, 106, 128, 8, 127, 185, 72, 25, 97, 127, 32, 40, 126, 80]));\n' },
      { path: '.env', text: 'SOLANA_PRIVATE_KEY=5hdStZMug1fKX749gP4jan6f8kd8AUepJPLqWgeFGCUQT4MJFYFwXSTtxoaAwCF1s9rghLXtDCXsFXMadZqVCKCH\n', why: 'Base58, as wallets export it' },
      { path: '.near-credentials/mainnet/shop.near.json', text: '{"account_id":"shop.near","public_key":"ed25519:D3oxFoWgPZkEMwRFeJmuvMKu1wa8w7BpDQH7QGNuBj7T","private_key":"ed25519:5hdStZMug1fKX749gP4jan6f8kd8AUepJPLqWgeFGCUQT4MJFYFwXSTtxoaAwCF1s9rghLXtDCXsFXMadZqVCKCH"}', why: "NEAR's credentials file" },
    ],
    negative: [
      { path: '.env', text: 'SOLANA_PRIVATE_KEY=5hdStZMug1fKX749gP4jan6f8kd8AUepJPLqWgeFGCUQT4MJFYFwXSTtxoaAwCF1s9rghLXtDCXsFXMadZqVCKCJ\n', why: 'not a key pair: one character changed' },
      { path: 'src/keys.ts', text: `const secretKey = new Uint8Array([${Array.from({ length: 64 }, () => 7).join(', ')}]);\n`, why: 'one byte repeated' },
      { path: 'src/wallet.ts', text: 'const publicKey = "D3oxFoWgPZkEMwRFeJmuvMKu1wa8w7BpDQH7QGNuBj7T"; // keypair owner\n', why: 'a public key (32 bytes)' },
    ],
  },
};

/**
 * An Ethereum keystore (`~/.ethereum/keystore/UTC--<date>--<address>`, geth's and Foundry's `cast wallet` files):
 * the account key encrypted under a password with scrypt or PBKDF2. Not a key in clear, but whoever has the file
 * can guess the password offline without limit, and such files often sit beside the password.
 */
export const ethereumKeystoreFile: Detector = {
  id: 'ethereum-keystore-file',
  title: 'Ethereum keystore file (an account key encrypted under a password)',
  policy: 'no-committed-credentials',
  severity: 'medium',
  keywords: ['ciphertext'],
  paths: ['UTC--*', '**/keystore/*.json', '*.keystore.json'],
  priority: PRIORITY,
  remediation:
    "Move the account's funds to a new key, remove the keystore from the repository and its history, and keep keystores " +
    'outside the project (a hardware wallet, or a key management service, for anything that signs in CI).',
  detect: function* detect({ text }: DetectorInput): Iterable<Match> {
    const m = /"ciphertext"\s{0,8}:\s{0,8}"(?<c>[0-9a-f]{64,512})"/i.exec(text.slice(0, 8192));
    if (!m || !/"kdf"\s{0,8}:\s{0,8}"(?:scrypt|pbkdf2)"/i.test(text.slice(0, 8192)) || new Set(m.groups?.c).size < 10) return;
    const start = m.index + m[0].indexOf(m.groups?.c as string);
    yield { start, end: start + (m.groups?.c as string).length, secret: m.groups?.c as string, detail: 'an encrypted Ethereum account key (keystore v3): open to offline guessing of its password' };
  },
  examples: {
    positive: [
      {
        path: 'deploy/keystore/UTC--2024-03-01T10-00-00.000000000Z--7c5e0a6b1f4d2e8a9b3c6d0f1e2a3b4c5d6e7f80',
        text: '{"address":"7c5e0a6b1f4d2e8a9b3c6d0f1e2a3b4c5d6e7f80","crypto":{"cipher":"aes-128-ctr","ciphertext":"9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f","cipherparams":{"iv":"3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":262144,"p":1,"r":8,"salt":"a1c3e5b7d9f0a2c4e6b8d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2"},"mac":"c4e6b8d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f3e5a7"},"id":"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","version":3}',
      },
      {
        path: 'wallets/deployer.keystore.json',
        text: '{\n  "version": 3,\n  "crypto": {\n    "ciphertext": "0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e",\n    "kdf": "pbkdf2",\n    "kdfparams": { "c": 262144, "dklen": 32, "prf": "hmac-sha256", "salt": "5b7d9f0a2c4e6b8d1f3e5a7c9b1d3f5e" }\n  }\n}\n',
        why: 'PBKDF2',
      },
    ],
    negative: [
      { path: 'keystore/README.json', text: '{"note":"put your keystore here","ciphertext":""}', why: 'empty' },
      { path: 'keystore/UTC--example', text: '{"crypto":{"ciphertext":"0000000000000000000000000000000000000000000000000000000000000000","kdf":"scrypt"}}', why: 'a filler value' },
    ],
  },
};

export const walletFileDetectors: readonly Detector[] = [solanaKeypairFile, ed25519WalletSecretKey, ethereumKeystoreFile];
