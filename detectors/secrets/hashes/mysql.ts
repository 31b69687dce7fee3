import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { quietOnStandInHashesInTests } from './stand-in-hash.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { CRYPT64, isAssignedToStandIn } from './encoding.js';

// MySQL's native password hash is `*` + 40 uppercase hex: SHA-1 of SHA-1 of the password, unsalted, so
// one precomputed table cracks every copy. Forty hex characters are also any SHA-1, so it counts only
// with a password context before it on its line (IDENTIFIED BY PASSWORD, IDENTIFIED WITH ... AS,
// authentication_string, a `password` key in ProxySQL or YAML) or inside an INSERT into mysql.user,
// whose rows phpMyAdmin writes one per line (a history scan of a changed row far below its INSERT line
// may lack that context: the file's first version is scanned whole).
const KEYWORDS = ['password', 'identified', 'authentication_string', 'into `user`', 'into user', 'into `mysql`.`user`', 'into mysql.user'];
const NATIVE_HASH = /\*[0-9A-F]{40}(?![0-9A-Za-z])/g;
const LINE_CONTEXT = /password|identified\s{1,8}(?:by|with)|authentication_string/i;
const USER_INSERT = /\b(?:insert|replace)\s{1,8}(?:ignore\s{1,8})?into\s{1,8}(?:`?mysql`?\.)?`?user`?[\s(]/gi;
const STATEMENT_END = /;[ \t]{0,16}(?:\r?\n|$)/g;

/** Offsets of every match of a global pattern. */
const offsets = (re: RegExp, text: string): number[] => Array.from(text.matchAll(re), (m) => m.index);

/** Whether offsets (ascending) fall inside an INSERT into mysql.user: found once per text, walked in order. */
function userRowsWalker(text: string): (at: number) => boolean {
  let inserts: number[] | undefined;
  let ends: number[] = [];
  let i = 0;
  let j = 0;
  return (at) => {
    if (!inserts) [inserts, ends] = [offsets(USER_INSERT, text), offsets(STATEMENT_END, text)];
    while (i < inserts.length && (inserts[i] as number) < at) i++;
    while (j < ends.length && (ends[j] as number) < at) j++;
    return i > 0 && (j === 0 || (inserts[i - 1] as number) > (ends[j - 1] as number));
  };
}

/** How far after a keyword a hash can start and still have it within LINE_CONTEXT's 200 characters back. */
const REACH = 200;
let finder: RegExp | undefined;

/**
 * Offsets of the hashes that can count: every one in a text holding an INSERT into mysql.user (its rows
 * carry no keyword of their own), else only those starting within REACH after a keyword. Most texts
 * reach here for `password` in code (a bundle's thousands of them): its hashes are looked for near them,
 * not in the whole text.
 */
function* nativeHashes(text: string, given: readonly number[] | undefined): Iterable<RegExpExecArray> {
  finder ??= keywordRegExp(KEYWORDS);
  const starts = keywordStarts(text, given, finder);
  if (starts.some((s) => /^into[ `]/i.test(text.slice(s, s + 5)))) {
    NATIVE_HASH.lastIndex = 0;
    for (let m = NATIVE_HASH.exec(text); m !== null; m = NATIVE_HASH.exec(text)) yield m;
    return;
  }
  let done = 0;
  for (const s of starts) {
    // each character once: windows that overlap are read from where the last one ended
    for (let i = Math.max(s, done), end = (done = Math.min(text.length, s + REACH + 1)); i < end; i++) {
      if (text.charCodeAt(i) !== 0x2a /* * */) continue;
      NATIVE_AT.lastIndex = i;
      const m = NATIVE_AT.exec(text);
      if (m) yield m;
    }
  }
}
/** NATIVE_HASH, sticky: tried only where a `*` stands in a keyword's window. */
const NATIVE_AT = new RegExp(NATIVE_HASH.source, 'y');

function* detectNative({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  const inUserRows = userRowsWalker(text);
  for (const m of nativeHashes(text, given)) {
    if (m.index > 0 && /[0-9A-Za-z*]/.test(text[m.index - 1] as string)) continue;
    const back = text.slice(Math.max(0, m.index - 200), m.index);
    const sameLine = back.slice(back.lastIndexOf('\n') + 1);
    if (!LINE_CONTEXT.test(sameLine) && !inUserRows(m.index)) continue;
    if (isPlaceholder(m[0].slice(1)) || isAssignedToStandIn(text, m.index)) continue;
    yield { start: m.index, end: m.index + m[0].length, secret: m[0], detail: 'MySQL native password hash (unsalted double SHA-1)' };
  }
}

export const passwordHashMysqlNative: Detector = quietOnStandInHashesInTests({
  id: 'password-hash-mysql-native',
  title: 'MySQL native password hash',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: KEYWORDS,
  remediation:
    'The mysql_native_password hash is unsalted and cracked with precomputed tables: change the password of the MySQL ' +
    'account, remove the dump or statement from the repository, and create database users at deploy time from a ' +
    'secret store (with caching_sha2_password).',
  detect: detectNative,
  examples: {
    positive: [
      { text: "GRANT ALL PRIVILEGES ON app.* TO 'app'@'%' IDENTIFIED BY PASSWORD '*B7B1C5C6EEB15CA1CB433064893D941F4154401E';", path: 'docker/init.sql' },
      { text: "CREATE USER 'report'@'10.%' IDENTIFIED WITH 'mysql_native_password' AS '*314221156CF76AB82ACA9DAAF91AD59F6A2A9F99';", path: 'grants.sql' },
      { text: "INSERT INTO `user` VALUES ('localhost','root','*E28F9E35D69996272EC524A285DF4AA1A8B9A6A4','Y','Y','Y');", path: 'backup/mysql.sql' },
      {
        text: "INSERT INTO `user` (`Host`, `User`, `Password`, `Select_priv`) VALUES\n('localhost', 'root', '*B7B1C5C6EEB15CA1CB433064893D941F4154401E', 'Y'),\n('%', 'app', '*314221156CF76AB82ACA9DAAF91AD59F6A2A9F99', 'N');",
        path: 'phpmyadmin-export.sql',
        why: 'rows one per line, as phpMyAdmin writes them',
      },
      { text: 'mysql_users =\n(\n  { username = "app", password = "*B7B1C5C6EEB15CA1CB433064893D941F4154401E", default_hostgroup = 1 }\n)', path: 'proxysql.cnf' },
    ],
    negative: [
      { text: 'sha1: *B7B1C5C6EEB15CA1CB433064893D941F4154401E\npassword: ${DB_PASSWORD}', why: 'a SHA-1 on a line without a password context' },
      { text: "IDENTIFIED BY PASSWORD '*xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'", why: 'placeholder' },
      { text: "CREATE USER 'root'@'%' IDENTIFIED WITH mysql_native_password AS '*81F5E21E35407D884A6CD4A731AEBFB6AF209E1B';", path: 'test/sql/init.sql', why: 'a test: the hash of the user name' },
      { text: "INSERT INTO `user` VALUES ('localhost','root','Y');\nINSERT INTO `builds` VALUES\n(1, '*E28F9E35D69996272EC524A285DF4AA1A8B9A6A4');", why: 'after the mysql.user statement ended' },
      { text: "IDENTIFIED BY PASSWORD '*B7B1C5C6EEB15CA1CB433064893D941F4154401'", why: '39 hex characters' },
      { text: "password = '*b7b1c5c6eeb15ca1cb433064893d941f4154401e'", why: 'MySQL writes the hash in uppercase' },
    ],
  },
});

// MySQL 8's caching_sha2_password: `$A$` + 3 digits of rounds/1000 + `$` + a 20-byte binary salt + 43
// crypt characters of SHA-256 crypt. Dumps and SHOW CREATE USER print it in hex because of the salt.
const CACHING_SHA2 = /caching_sha2_password['"`]?\s{1,8}AS\s{1,8}(?<secret>0x[0-9A-Fa-f]{140})(?![0-9A-Fa-f])/i;

function isCachingSha2(hex: string): boolean {
  const bytes = Buffer.from(hex.slice(2), 'hex').toString('latin1');
  if (!/^\$A\$\d{3}\$/.test(bytes)) return false;
  const digest = bytes.slice(27);
  return [...digest].every((c) => CRYPT64.includes(c)) && !isPlaceholder(digest);
}

export const passwordHashMysqlCachingSha2: Detector = patternDetector({
  id: 'password-hash-mysql-caching-sha2',
  title: 'MySQL caching_sha2_password hash',
  severity: 'medium',
  keywords: ['caching_sha2_password'],
  pattern: CACHING_SHA2,
  validate: (secret, m, text) => isCachingSha2(secret) && !isAssignedToStandIn(text, m.index),
  detail: () => 'MySQL caching_sha2_password hash (SHA-256 crypt)',
  remediation:
    'The hash still gives away weak or reused passwords to offline cracking: change the password of the MySQL account, ' +
    'remove the dump or statement from the repository, and create database users at deploy time from a secret store.',
  examples: {
    positive: [
      {
        text: "CREATE USER `app`@`%` IDENTIFIED WITH 'caching_sha2_password' AS 0x24412430303524D1EF14BB399267BA90A6C4EE2FFB5581560D515B33535569424F4D49705035326A7A4C704E71655757416E6D5A50524E6B6B44785965524C4C486459454F74;",
        path: 'dump/users.sql',
      },
      {
        text: "ALTER USER 'svc'@'localhost' IDENTIFIED WITH caching_sha2_password AS 0x24412430303524396B5DA8DCD5ABB787894C4F57DA53CB2E4E6A99456845474730506376535A4A51746663305A6868627458584D52367874482E37774143364974364F394C4D;",
        path: 'grants.sql',
      },
    ],
    negative: [
      { text: "CREATE USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY 'S3cure!pass';", why: 'a plain-text password, not a hash (the generic detectors judge it)' },
      { text: "IDENTIFIED WITH 'caching_sha2_password' AS 0x" + '00'.repeat(70), why: 'not a $A$ hash' },
    ],
  },
});
