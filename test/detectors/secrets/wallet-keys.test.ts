// The structural checks of the wallet detectors against independent implementations: @scure/bip39's
// own checksum validation, and Base58Check keys built here from random bytes.
import { createHash, randomBytes } from 'node:crypto';
import { generateMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { bip39SeedPhrase, bitcoinWifPrivateKey, isSeedPhrase, isWif, secp256k1PrivateKey } from '../../../detectors/secrets/generic/wallet-keys.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58check(payload: Buffer): string {
  const bytes = Buffer.concat([payload, createHash('sha256').update(createHash('sha256').update(payload).digest()).digest().subarray(0, 4)]);
  let n = BigInt(`0x${bytes.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)] + out;
    n /= 58n;
  }
  return out;
}
const wif = (key: Buffer, version: number, compressed: boolean): string =>
  base58check(Buffer.concat([Buffer.of(version), key, compressed ? Buffer.of(1) : Buffer.alloc(0)]));
const found = (d: typeof secp256k1PrivateKey, path: string, text: string): string[] => [...d.detect({ path, text })].map((m) => m.secret ?? '');

describe('BIP-39 seed phrases', () => {
  it('agree with @scure/bip39 on random phrases of every length and on a changed last word', () => {
    for (const strength of [128, 160, 192, 224, 256]) {
      for (let i = 0; i < 20; i++) {
        const phrase = generateMnemonic(wordlist, strength);
        expect(isSeedPhrase(phrase.split(' '))).toBe(true);
        const words = phrase.split(' ');
        words[words.length - 1] = wordlist[(wordlist.indexOf(words[words.length - 1] as string) + 1) % 2048] as string;
        expect(isSeedPhrase(words)).toBe(validateMnemonic(words.join(' '), wordlist) && new Set(words).size * 4 >= words.length * 3);
      }
    }
  });

  it('are found after a name or in prose about the seed, and a phrase of words off the list is not', () => {
    const phrase = generateMnemonic(wordlist, 128);
    expect(found(bip39SeedPhrase, '.env', `WALLET_MNEMONIC="${phrase}"\n`)).toEqual([phrase]);
    expect(found(bip39SeedPhrase, 'notes.md', `my recovery phrase is\n${phrase}\n`)).toEqual([phrase]);
    expect(found(bip39SeedPhrase, 'notes.md', 'seed: alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima\n')).toEqual([]);
  });
});

describe('Bitcoin WIF keys', () => {
  it('are read with their version, compression flag and checksum', () => {
    for (let i = 0; i < 20; i++) {
      const key = randomBytes(32);
      for (const [version, compressed] of [[0x80, true], [0x80, false], [0xef, true]] as const) {
        const value = wif(key, version, compressed);
        expect(isWif(value)).toBe(true);
        expect(found(bitcoinWifPrivateKey, 'wallet.env', `BTC_PRIVKEY=${value}\n`)).toEqual([value]);
      }
      expect(isWif(wif(key, 0x00, true))).toBe(false); // another version byte
      expect(isWif(base58check(Buffer.concat([Buffer.of(0x80), key, Buffer.of(2)])))).toBe(false); // not the compression flag
    }
  });
});

describe('secp256k1 keys in hex', () => {
  it('are found in the forms Ethereum tools take them, under a key name or a wallet call', () => {
    const key = randomBytes(32).toString('hex');
    expect(found(secp256k1PrivateKey, '.env', `PRIVATE_KEY=0x${key}\n`)).toEqual([key]);
    expect(found(secp256k1PrivateKey, 'src/a.py', `w3.eth.account.from_key('${key}')\n`)).toEqual([key]);
    expect(found(secp256k1PrivateKey, 'src/a.ts', `const account = privateKeyToAccount("0x${key}");\n`)).toEqual([key]);
    expect(found(secp256k1PrivateKey, 'truffle-config.js', `  accounts: ['${key}'],\n`)).toEqual([key]);
    expect(found(secp256k1PrivateKey, 'src/a.ts', `const walletAddress = "0x${key}";\n`)).toEqual([]);
  });
});

describe('a vendor-named key of the same shape', () => {
  it("is the vendor's finding, not a wallet key's: vendor detectors rank above the wallet ones", async () => {
    const { runCli } = await import('../../helpers/run-cli.js');
    const { tmpDir, writeTree } = await import('../../helpers/tmp.js');
    const dir = tmpDir();
    const key = randomBytes(32).toString('hex');
    writeTree(dir, { '.env.production': `SERPAPI_PRIVATE_KEY=${key}\nDEPLOYER_PRIVATE_KEY=0x${randomBytes(32).toString('hex')}\n` });
    const r = await runCli(['scan', dir, '--all-files', '--format', 'json']);
    const ids = (JSON.parse(r.stdout) as { findings: { detectorId: string; line: number }[] }).findings.filter((f) => f.detectorId !== 'dotenv-file').map((f) => [f.line, f.detectorId]);
    expect(ids).toEqual([
      [1, 'serpapi-api-key'],
      [2, 'secp256k1-private-key'],
    ]);
  });
});
