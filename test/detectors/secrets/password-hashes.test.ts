// Password-hash detectors on whole files (a shadow file, SQL dumps, a compose file), the files the
// htpasswd-file detector owns, and 1 MiB near-misses: what one-line examples cannot show.
import { describe, expect, it } from 'vitest';
import { htpasswdFile } from '../../../detectors/files/infra-credentials.js';
import { passwordHashDetectors } from '../../../detectors/secrets/hashes/index.js';
import type { DetectorInput } from '../../../src/types.js';

/** [detector id, line number, secret, detail] of every password-hash match, in text order. */
function findings(input: DetectorInput): [string, number, string | undefined, string | undefined][] {
  const out: [string, number, string | undefined, string | undefined, number][] = [];
  for (const d of passwordHashDetectors) {
    for (const m of d.detect(input)) out.push([d.id, input.text.slice(0, m.start).split('\n').length, m.secret, m.detail, m.start]);
  }
  return out.sort((a, b) => a[4] - b[4]).map(([id, line, secret, detail]) => [id, line, secret, detail]);
}

const SHA512 = '$6$xcTkgx3/h5dqcQFN$eoBcHb81p7D72T9dUks362B.xKg8EmiAIE4nrWVvcRiJNPoYvcW1atsDv0hjRJGfKFgl4SqFMPW.XKWhUUNFS/';
const YESCRYPT = '$y$j9T$lVZUAzX01ejt/jETuf52Md$cpOvKAEXA5rcC4/sLFKZ77M9.nLcBCdbHMmR3TiFV0.';
const DES = '1rLVKdsnauEOY';
const MD5 = '$1$kZeyB8KV$HLJZgPhhtaO3/CvMnSwrN.';
const BCRYPT = '$2b$12$EqZJwn9G77JVLFTyVjYhx.ekXJk9Xk0TR71DnUGnLPgBc0OSU1vtW';
const BCRYPT2 = '$2b$12$hBR7DMHDbtgFiChiFpEi8uVTl/hL7uRh.00tlWQ8YRxU9T5uibQZK';
const MYSQL = '*BF72B19AD5CB6BD25636B0D767F805F5435913BB';
const MYSQL2 = '*7274454161A92D35ACEAF9A70D7B1E37DF97F8BC';
const PHPASS = '$P$BiD3e4oEuTETFXpKQONNmMkz2KF0aP/';
const ARGON2 = '$argon2id$v=19$m=65536,t=3,p=4$QUpuJuxSwh89F/IU8HOIOQ$gP6qEUXj27eRr5+YuLjJhgTk6T4SHcyW50YsM5c2/yU';

describe('password hashes in whole files', () => {
  it('a shadow file: each hash, whatever its algorithm; locked and empty fields skipped', () => {
    const text = [
      `root:${SHA512}:19631:0:99999:7:::`,
      'daemon:*:19631:0:99999:7:::',
      'sshd:!:19631::::::',
      `ops:${YESCRYPT}:19800:0:99999:7:::`,
      `legacy:${DES}:12000:0:99999:7:::`,
      `locked:!${MD5}:19000:0:99999:7:::`,
      '',
    ].join('\n');
    expect(findings({ path: 'rootfs/etc/shadow', text })).toEqual([
      ['password-hash-sha-crypt', 1, SHA512, 'sha512crypt password hash'],
      ['password-hash-sha-crypt', 4, YESCRYPT, 'yescrypt password hash'],
      ['password-hash-des-crypt', 5, DES, expect.stringContaining('DES crypt') as unknown as string],
      ['password-hash-md5-crypt', 6, MD5, 'md5crypt password hash (fast to crack)'],
    ]);
  });

  it('dumps of mysql.user: every row of an extended INSERT or of one row per line, not SHA-1 columns elsewhere', () => {
    const text = [
      'DROP TABLE IF EXISTS `user`;',
      'INSERT INTO `user` VALUES ' + `('localhost','root','${MYSQL}','Y','Y'),('%','app','${MYSQL2}','N','N');`,
      "INSERT INTO `artifacts` VALUES (1,'*0D3A52A7A3E6C4E2D3F8A1B0C9E8D7F6A5B4C3D2','build.tar');",
      'INSERT INTO `user` (`Host`, `User`, `Password`) VALUES',
      "('localhost', 'root', '" + MYSQL2 + "'),",
      "('%', 'backup', '" + MYSQL + "');",
      "INSERT INTO `artifacts` VALUES\n(2,'*0D3A52A7A3E6C4E2D3F8A1B0C9E8D7F6A5B4C3D2','build.tar');",
      '',
    ].join('\n');
    expect(findings({ path: 'backup/mysql.sql', text }).map(([id, line, secret]) => [id, line, secret])).toEqual([
      ['password-hash-mysql-native', 2, MYSQL],
      ['password-hash-mysql-native', 2, MYSQL2],
      ['password-hash-mysql-native', 5, MYSQL2],
      ['password-hash-mysql-native', 6, MYSQL],
    ]);
  });

  it('a WordPress and Laravel seed dump: phpass and bcrypt in INSERT rows', () => {
    const text = [
      "INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`) VALUES (1, 'admin', '" + PHPASS + "');",
      "INSERT INTO users (id, email, password) VALUES (1, 'a@shop.test', '" + BCRYPT + "'), (2, 'b@shop.test', '" + BCRYPT2 + "');",
    ].join('\n');
    expect(findings({ path: 'database/dump.sql', text }).map(([id, line, secret]) => [id, line, secret])).toEqual([
      ['password-hash-md5-crypt', 1, PHPASS],
      ['password-hash-bcrypt', 2, BCRYPT],
      ['password-hash-bcrypt', 2, BCRYPT2],
    ]);
  });

  it('compose and Kotlin escapes: the secret is the text as written', () => {
    const compose = `    environment:\n      ADMIN_TOKEN: ${ARGON2.split('$').join('$$')}\n`;
    const kotlin = `val hash = "${BCRYPT.split('$').join('\\$')}"\n`;
    expect(findings({ path: 'docker-compose.yml', text: compose }).map(([id, , secret]) => [id, secret])).toEqual([['password-hash-argon2', ARGON2.split('$').join('$$')]]);
    expect(findings({ path: 'Seed.kt', text: kotlin }).map(([id, , secret]) => [id, secret])).toEqual([['password-hash-bcrypt', BCRYPT.split('$').join('\\$')]]);
    const mixed = `x = "${BCRYPT.replace('$12$', () => '$$12$')}"`;
    expect(findings({ path: 'a.txt', text: mixed })).toEqual([]);
  });

  it('.htpasswd files are left to the htpasswd-file detector, so each hash is reported once', () => {
    const text = `admin:${BCRYPT}\nops:${MD5.replace('$1$', () => '$apr1$')}\n`;
    for (const path of ['.htpasswd', 'nginx/.htpasswd', 'conf/admin.htpasswd', 'deploy/htpasswd']) {
      expect(findings({ path, text }), path).toEqual([]);
    }
    expect([...htpasswdFile.detect({ path: '.htpasswd', text })].map((m) => m.secret)).toEqual([BCRYPT, MD5.replace('$1$', () => '$apr1$')]);
    expect(findings({ path: 'docs/htpasswd.md', text }).map(([id]) => id)).toEqual(['password-hash-bcrypt', 'password-hash-md5-crypt']);
  });
});

describe('hostile input', () => {
  // half a MiB and half the budget: a quadratic detector still runs far past it
  it('scans 512 KiB of keyword floods and near-misses quickly, finding nothing', () => {
    const MiB = 1 << 19;
    const fill = (unit: string): string => unit.repeat(Math.max(1, Math.floor(MiB / unit.length)));
    const inputs = [
      ...passwordHashDetectors.flatMap((d) => d.keywords.map((k) => fill(`${k} `))),
      fill('$2b$12$' + 'a'.repeat(60)),
      fill('$$'),
      fill('\\$'),
      `$6$${'A'.repeat(MiB)}`,
      `$argon2id$v=19$m=1,t=1,p=1$${'A/'.repeat(MiB / 2)}`,
      fill(`password = '*${'A'.repeat(40)}`),
      fill(`'${MYSQL}',`),
      fill('a:b:1:2:3:4:::\n'),
      fill('{SSHA}' + 'Ab1+'.repeat(60)),
      fill("PASSWORD 'md5"),
      `INSERT INTO \`user\` VALUES ${fill(`('*${'A'.repeat(39)}'),`)}`,
    ];
    const times: string[] = [];
    for (const text of inputs) {
      for (const d of passwordHashDetectors) {
        const t0 = process.cpuUsage();
        const found = [...d.detect({ path: 'big.txt', text })];
        const used = process.cpuUsage(t0);
        const ms = (used.user + used.system) / 1000;
        times.push(`${d.id} ${JSON.stringify(text.slice(0, 16))}: ${ms.toFixed(0)} ms`);
        expect(found, `${d.id} on ${JSON.stringify(text.slice(0, 30))}`).toEqual([]);
        expect(ms, `${d.id} on ${JSON.stringify(text.slice(0, 30))}`).toBeLessThan(1500);
      }
    }
    console.log(times.filter((t) => !/: [0-9] ms$|: [1-4][0-9] ms$/.test(t)).join('\n'));
  });
});
