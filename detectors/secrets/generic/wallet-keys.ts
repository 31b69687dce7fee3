import { createHash } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts, keywordWindows } from '../../kit/keyword-windows.js';
import { nameParts } from '../../kit/names.js';
import { isDevelopmentChainKey, isPlaceholder } from '../../kit/placeholders.js';
import { decodeBase58 } from '../../kit/checksums.js';

// Cryptocurrency wallet secrets: whoever holds one moves the funds, and no vendor can revoke it.
// - a secp256k1 private key in hex (Ethereum accounts, Bitcoin keys written raw): 64 hex digits, a
//   number below the curve's order, given to a wallet constructor or a private-key name;
// - a BIP-39 seed phrase: 12 to 24 words of the standard's English list whose last bits are the
//   checksum of the rest (SHA-256): a made-up phrase fails 15 times in 16;
// - a Bitcoin private key in Wallet Import Format: Base58Check with its version byte and checksum.
// Each looks only near its keywords (their lines, or a few hundred characters around them), and judges a
// value by its structure first.

/** Below a vendor's detector (50): a vendor-named key of the same shape (`SERPAPI_PRIVATE_KEY=<64 hex>`) is the vendor's; above the generic ones (10). */
const PRIORITY = 35;

/** The order of secp256k1's group: a private key is a number in [1, N). */
const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** True when 32 bytes (hex) are a usable private key: in range, not a run or a count, not a development chain's published account key (kit/placeholders.ts). */
function isPrivateScalar(hex: string): boolean {
  const lower = hex.toLowerCase();
  if (isDevelopmentChainKey(lower) || isPlaceholder(lower) || new Set(lower).size < 10) return false;
  const k = BigInt(`0x${lower}`);
  return k > 0n && k < SECP256K1_ORDER;
}

// ---------------------------------------------------------------------------------------------
// secp256k1 private keys in hex

const HEX_KEYWORDS = ['private_key', 'privatekey', 'private-key', 'privkey', 'wallet', 'from_key', 'accounts'];
const HEX_FINDER = keywordRegExp(HEX_KEYWORDS);
/** A key of 64 hex digits, maybe after `0x`, standing alone. */
const HEX_RUN = /(?<![0-9A-Za-z])(?:0x)?([0-9a-fA-F]{64})(?![0-9A-Za-z])/g;
/**
 * What stands before such a key (looked for in the 100 characters before it: linear on long lines): a
 * keyword of an identifier (`DEPLOYER_PRIVATE_KEY`, `ethers.Wallet`, `privateKeyToAccount`), then an
 * operator, a call's parenthesis or a list's bracket, and quotes.
 */
const BEFORE_KEY = /(?:private[_-]?key|privkey|wallet|from_key|accounts)[\w$-]{0,40}["'\]]?[ \t]{0,4}(?::=|=>|=|:|\(|,)[ \t]{0,4}[[(]?[ \t]{0,4}["'`]?(?:0x)?$/i;
/** `accounts: ["0x…"]` counts in the configs of Ethereum toolchains only: elsewhere an account is anything. */
const TOOLCHAIN_CONFIG = /(?:^|\/)(?:hardhat\.config\.[cm]?[jt]s|truffle(?:-config)?\.[cm]?js)$/;
/** Name parts that make the value something about a key: its hash, its address, its public half. */
const ABOUT_A_KEY = new Set(['hash', 'sha256', 'sha1', 'md5', 'digest', 'fingerprint', 'checksum', 'id', 'address', 'addr', 'pub', 'public', 'pubkey']);

function* detectHexKeys(input: DetectorInput): Iterable<Match> {
  const { text, path } = input;
  for (const [from, to] of keywordWindows(input, HEX_FINDER, 0)) {
    const line = text.slice(from, to);
    HEX_RUN.lastIndex = 0;
    for (let m = HEX_RUN.exec(line); m; m = HEX_RUN.exec(line)) {
      const hex = m[1] as string;
      const hexAt = m.index + m[0].length - 64;
      const lookFrom = Math.max(0, hexAt - 100);
      const key = BEFORE_KEY.exec(line.slice(lookFrom, hexAt));
      if (!key) continue;
      // the whole identifier the keyword is part of: `ethers.Wallet`, `private_key_sha256`
      let nameStart = lookFrom + key.index;
      while (nameStart > 0 && hexAt - nameStart < 180 && /[\w$.-]/.test(line[nameStart - 1] as string)) nameStart--;
      const name = /^[\w$.-]*/.exec(line.slice(nameStart, hexAt))?.[0] ?? '';
      if (nameParts(name).some((p) => ABOUT_A_KEY.has(p))) continue;
      if (!/private|privkey|wallet|from_key/i.test(name) && !TOOLCHAIN_CONFIG.test(path)) continue; // `accounts` alone
      if (!isPrivateScalar(hex)) continue;
      const given = line.slice(nameStart + name.length, hexAt).includes('(');
      yield { start: from + hexAt, end: from + hexAt + 64, secret: hex.toLowerCase(), detail: `${given ? 'given to' : 'assigned to'} ${name.slice(-60)}` };
    }
  }
}

export const secp256k1PrivateKey: Detector = {
  id: 'secp256k1-private-key',
  title: 'Cryptocurrency wallet private key (secp256k1)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  priority: PRIORITY,
  keywords: HEX_KEYWORDS,
  remediation:
    'Move the funds to a new wallet now: a committed private key cannot be revoked, only abandoned. Give the new key to ' +
    'tools from the environment or a hardware wallet / key manager, and use Hardhat or Anvil development accounts for tests.',
  detect: detectHexKeys,
  examples: {
    positive: [
      { text: 'DEPLOYER_PRIVATE_KEY=0x78f4ed764aeabb944bb2f570858df6af94818758210142dac38abdef1b49fe0a', path: '.env.production' },
      { text: 'const wallet = new ethers.Wallet("0x04cfa125e3b4901ded06cb5eb5b02cc7d70ebaa7c861e73dc7a122cd78c331ec", provider);', path: 'scripts/deploy.ts' },
      { text: 'module.exports = { networks: { sepolia: { url: RPC, accounts: ["0xb7d8c6f8abc0d40c94affe801db9164883592005ec890667bef686185298af91"] } } };', path: 'hardhat.config.js' },
      { text: 'acct = Account.from_key("b7d8c6f8abc0d40c94affe801db9164883592005ec890667bef686185298af91")', path: 'bot/trade.py' },
    ],
    negative: [
      { text: 'PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80', path: '.env.local', why: "Hardhat's first development account" },
      { text: 'const owner = new ethers.Wallet("0xde9be858da4a475276426320d5e9262ecfc3ba460bfac56360bfa6c4c28b4ee0", provider);', path: 'scripts/seed-local.ts', why: "Hardhat's development account 18: `npx hardhat node` prints twenty" },
      { text: 'PRIVATE_KEY=0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', why: 'a count' },
      { text: 'PRIVATE_KEY=0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff', why: 'past the curve order' },
      { text: 'private_key_sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"', why: "a key's hash" },
      { text: 'accounts: ["0x78f4ed764aeabb944bb2f570858df6af94818758210142dac38abdef1b49fe0a"]', path: 'src/fixtures.ts', why: 'accounts outside a toolchain config' },
      { text: 'accounts: [process.env.PRIVATE_KEY]', path: 'hardhat.config.ts' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// BIP-39 seed phrases

const PHRASE_KEYWORDS = ['mnemonic', 'seed', 'phrase', 'recovery'];
const PHRASE_FINDER = keywordRegExp(PHRASE_KEYWORDS);
/** 12 to 24 lowercase words (the list's are 3 to 8 letters), one space apart. */
const PHRASE = /(?<![A-Za-z])(?:[a-z]{3,8} ){11,23}[a-z]{3,8}(?![A-Za-z])/g;
let WORDS: ReadonlyMap<string, number> | undefined;

/** True when the words are a BIP-39 English mnemonic whose checksum holds, and not a stand-in (`test test … junk`, the specification's vectors). */
export function isSeedPhrase(words: readonly string[]): boolean {
  if (words.length % 3 !== 0 || words.length < 12 || words.length > 24) return false;
  if (new Set(words).size * 4 < words.length * 3) return false; // a repeated word: the published test phrases
  WORDS ??= new Map(wordlist.map((w, i) => [w, i]));
  let bits = '';
  for (const word of words) {
    const index = WORDS.get(word);
    if (index === undefined) return false;
    bits += index.toString(2).padStart(11, '0');
  }
  const entropyBits = (bits.length * 32) / 33;
  const entropy = Buffer.alloc(entropyBits / 8);
  for (let i = 0; i < entropy.length; i++) entropy[i] = Number.parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  // the specification's test vectors repeat one byte (7f7f…: `legal winner thank year …`); random entropy hardly repeats any
  if (new Set(entropy).size * 2 < entropy.length) return false;
  const checksum = createHash('sha256').update(entropy).digest()[0] as number;
  const size = bits.length - entropyBits;
  return (checksum >> (8 - size)).toString(2).padStart(size, '0') === bits.slice(entropyBits);
}

/** Where a phrase is looked for around a keyword: it follows a name (`MNEMONIC="…"`) or a line saying what it is (at most 24 × 9 characters). */
const PHRASE_BEFORE = 300;
const PHRASE_AFTER = 500;

function* detectPhrases(input: DetectorInput): Iterable<Match> {
  const { text } = input;
  // regions around the keywords, merged: bounded however long the line (minified code holds `seed`)
  let end = -1;
  for (const at of keywordStarts(text, input.keywordStarts, PHRASE_FINDER)) {
    const from = Math.max(0, at - PHRASE_BEFORE, end);
    const to = Math.min(text.length, at + PHRASE_AFTER);
    if (to <= from) continue;
    end = to;
    const region = text.slice(from, to);
    PHRASE.lastIndex = 0;
    for (let m = PHRASE.exec(region); m; m = PHRASE.exec(region)) {
      const words = m[0].split(' ');
      if (!isSeedPhrase(words)) continue;
      yield { start: from + m.index, end: from + m.index + m[0].length, secret: m[0], detail: `${words.length} words` };
    }
  }
}

export const bip39SeedPhrase: Detector = {
  id: 'bip39-seed-phrase',
  title: 'Cryptocurrency wallet seed phrase (BIP-39)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  priority: PRIORITY,
  keywords: PHRASE_KEYWORDS,
  remediation:
    'Move the funds of every account the phrase derives to a wallet made from a new phrase: a seed phrase cannot be revoked. ' +
    'Keep phrases out of files; tests use the published development phrase.',
  detect: detectPhrases,
  examples: {
    positive: [
      { text: 'MNEMONIC="talk fault swamp kidney light wide neither ready gown hunt enroll rug"', path: '.env' },
      {
        text: "const seedPhrase = 'gasp unhappy small butter upon recall lock abuse arena air transfer dry degree inch source round hockey salmon hammer home head pistol minute color';",
        path: 'src/wallet.js',
      },
    ],
    negative: [
      { text: 'MNEMONIC="test test test test test test test test test test test junk"', path: '.env', why: 'the development phrase of Hardhat and Anvil' },
      { text: 'MNEMONIC="talk fault swamp kidney light wide neither ready gown hunt enroll robot"', why: 'the checksum fails' },
      { text: " * // 'legal winner thank year wave sausage worth useful legal winner thank yellow'  (mnemonic of 7f7f…)", why: "a test vector of the specification: one byte repeated" },
      { text: 'seed phrase: write the twelve words you were given on paper and keep them somewhere safe from fire', why: 'prose' },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Bitcoin private keys in Wallet Import Format

const WIF_KEYWORDS = ['wif', 'privkey', 'private_key', 'privatekey', 'private key', 'bitcoin', 'btc', 'wallet'];
const WIF_FINDER = keywordRegExp(WIF_KEYWORDS);
/** Mainnet (version 0x80: `5`, `K`, `L`) and testnet (0xef: `9`, `c`) keys, 51 or 52 characters. */
const WIF = /(?<![1-9A-HJ-NP-Za-km-z])[5KL9c][1-9A-HJ-NP-Za-km-z]{50,51}(?![1-9A-HJ-NP-Za-km-z])/g;

/** True when the string is a WIF private key: version, 32-byte key (and the compression flag), checksum. */
export function isWif(value: string): boolean {
  const bytes = Buffer.from(decodeBase58(value) ?? []);
  const compressed = bytes.length === 38;
  if (bytes.length !== 37 && !compressed) return false;
  if ((bytes[0] !== 0x80 && bytes[0] !== 0xef) || (compressed && bytes[33] !== 0x01)) return false;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return check.subarray(0, 4).equals(bytes.subarray(bytes.length - 4)) && isPrivateScalar(bytes.subarray(1, 33).toString('hex'));
}

function* detectWif(input: DetectorInput): Iterable<Match> {
  const { text } = input;
  for (const [from, to] of keywordWindows(input, WIF_FINDER, 1)) {
    const lines = text.slice(from, to);
    WIF.lastIndex = 0;
    for (let m = WIF.exec(lines); m; m = WIF.exec(lines)) {
      if (!isWif(m[0])) continue;
      const testnet = m[0][0] === '9' || m[0][0] === 'c';
      yield { start: from + m.index, end: from + m.index + m[0].length, secret: m[0], detail: testnet ? 'testnet' : 'mainnet' };
    }
  }
}

export const bitcoinWifPrivateKey: Detector = {
  id: 'bitcoin-wif-private-key',
  title: 'Bitcoin private key (Wallet Import Format)',
  policy: 'no-committed-credentials',
  severity: 'critical',
  priority: PRIORITY,
  keywords: WIF_KEYWORDS,
  remediation:
    'Move the funds of the key\'s addresses to a new key now: a committed private key cannot be revoked. Keep keys in a wallet or key manager, out of files.',
  detect: detectWif,
  examples: {
    positive: [
      { text: 'BTC_WIF=L1GqPB3WNiT3Z8BXFmPmWcWZD6dgdVbdzQqFEUs8h2TkXLPygZhY', path: '.env' },
      { text: 'key = Key("5KDFhc7kPBFFGow3xqhNMEzKLwfJNoYEd22Ux78Aa89aTVSCWzb")  # bitcoin hot wallet', path: 'payout/send.py' },
      { text: '"privkey": "cMfYkCovyVS2DPFk9R5mLX7BLhT1LYQ3SCyTKK7tbtDRWQZdd4yD"', path: 'regtest/keys.json', why: 'testnet' },
    ],
    negative: [
      { text: 'BTC_WIF=L1GqPB3WNiT3Z8BXFmPmWcWZD6dgdVbdzQqFEUs8h2TkXLPygZhZ', why: 'the checksum fails' },
      { text: 'bitcoin address: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT', why: 'an address is public' },
    ],
  },
};

export const walletKeyDetectors: readonly Detector[] = [secp256k1PrivateKey, bip39SeedPhrase, bitcoinWifPrivateKey];
