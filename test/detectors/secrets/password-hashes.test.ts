// Password-hash detectors on whole files (a shadow file, SQL dumps, a compose file), the files the
// htpasswd-file detector owns, and 1 MiB near-misses: what one-line examples cannot show.
import { describe, expect, it } from 'vitest';
import { htpasswdFile } from '../../../detectors/files/infra-credentials.js';
import { passwordHashDetectors } from '../../../detectors/secrets/hashes/index.js';
import { isHashOfStandIn, resetStandInHashBudget } from '../../../detectors/secrets/hashes/stand-in-hash.js';
import type { DetectorInput } from '../../../src/types.js';
import { scaledTime } from '../../helpers/timing.js';

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

describe('hashes of stand-in passwords', () => {
  // made with `openssl passwd` and Python's hashlib; the last of each pair hashes a password no list holds
  const STAND_INS = [
    '$1$r4Tq9vKe$Xm5ZuF41bDOAXPjcMBK2V/', // md5crypt, changeme
    '$apr1$Zq7xW2pL$6bWtYL05e2SI.M9IZoOFX.', // apr1, demo
    '$6$Wm3nPq8sLx2vBc7d$6C/u7DcZgF2UKVo7ev3eXkoH46BZ/Owz7uBTS1c1ZZ6NIbmXL43AoqLwJov9BpYQD867U6NtC.EbfrxJagVAD1', // sha512crypt, password
    '$6$rounds=1000$Kp2xQ9$CGlulswC6KTQFl3YEwxm37OmkMZuQH3HfwSEopWn78P0P8dC8liz6nxc3AEe7FEcApEgKLWjMZ37DU.Ofc/ic.', // 1,000 rounds, guest
    '{SSHA}XIqLKmZ0n65O1ZUy8sAXxOdbmCGPOhHC', // changeme
    '{SSHA512}7KxumnAED1clxep+Yb2fn1V+eAgDiEGVnXv5vY9FLaJDSp2jaVD4tsfQF/yqYFuF/ttpDwfnLw6gNOASGhc/hKGyw9Tl9gcY', // admin
    '{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=', // secret
    '*81F5E21E35407D884A6CD4A731AEBFB6AF209E1B', // MySQL, root
    '$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0', // phpass's own test vector, under its user name test12345
    '$2b$05$oXjo1IQd1vFI2gfUVHWubuaw38Z/JS9lqnATc6SB7oSc9RpKqsW/K', // bcrypt cost 5 (bcryptjs), demo
  ];
  const OTHERS = [
    '$apr1$9Lm2Qx7T$Xfh6X8wlUzz2ciPVMoEeB.', '{SHA}0GKIJLzzy6jK8uUa6Yb1h2upyYA=', '$5$Hx7Lw2Qp$2sFb8bV8EOXLy47EMkkbjM327pvqpxSL1Do9ISkrSr7',
    '$2b$05$VXsGN8LHD5g4ZSr3vrJ5kO/hf1iWK/dVnwMjlp5DCq6kECGMMDrsy',
  ];

  it('opens each scheme tried with a stand-in or the user name written before the hash', () => {
    resetStandInHashBudget();
    for (const hash of STAND_INS) expect(isHashOfStandIn(hash, `test12345:${hash}`, 10), hash).toBe(true);
    expect(isHashOfStandIn('$5$Hx7Lw2Qp$2sFb8bV8EOXLy47EMkkbjM327pvqpxSL1Do9ISkrSr7', 'alice:$5$Hx7Lw2Qp$2sFb8bV8EOXLy47EMkkbjM327pvqpxSL1Do9ISkrSr7', 6)).toBe(true);
    const inString = 'content: "ops:x\\nalice:$5$Hx7Lw2Qp$2sFb8bV8EOXLy47EMkkbjM327pvqpxSL1Do9ISkrSr7"';
    expect(isHashOfStandIn(OTHERS[2] as string, inString, inString.indexOf('$5$')), 'a user after an escaped newline').toBe(true);
    for (const hash of OTHERS) expect(isHashOfStandIn(hash, `ops:${hash}`, 4), hash).toBe(false);
    expect(isHashOfStandIn('$$apr1$$Zq7xW2pL$$6bWtYL05e2SI.M9IZoOFX.', 'x', 0), 'compose escapes').toBe(true);
    expect(isHashOfStandIn('$2b$11$oXjo1IQd1vFI2gfUVHWubuaw38Z/JS9lqnATc6SB7oSc9RpKqsW/K', 'x', 0), 'bcrypt too dear to try').toBe(false);
    expect(isHashOfStandIn('$2y$10$92IXUNpkjO0rOQ5byMi.Ye4oKoEa3Ro9llC/.og/at2.uheWG/igi', 'x', 0), "Laravel's factory hash, known by heart").toBe(true);
    expect(isHashOfStandIn('$6$rounds=656000$Kp2xQ9$CGlulswC6KTQFl3YEwxm37OmkMZuQH3HfwSEopWn78P0P8dC8liz6nxc3AEe7FEcApEgKLWjMZ37DU.Ofc/ic.', 'x', 0), 'too many rounds to try').toBe(false);
  });

  it('reports them outside test material and is quiet on them in tests and docs', () => {
    resetStandInHashBudget();
    const line = `  - "traefik.http.middlewares.auth.basicauth.users=demo:${STAND_INS[1]},ops:${OTHERS[0]}"\n`;
    expect(findings({ path: 'deploy/compose.yml', text: line }).map(([, , secret]) => secret)).toEqual([STAND_INS[1], OTHERS[0]]);
    expect(findings({ path: 'docs/basic-auth.md', text: line }).map(([, , secret]) => secret)).toEqual([OTHERS[0]]);
    expect([...htpasswdFile.detect({ path: 'test/fixtures/.htpasswd', text: `demo:${STAND_INS[1]}\nops:${OTHERS[0]}\n` })].map((m) => m.secret)).toEqual([OTHERS[0]]);
  });

  it('spends a bounded budget: past it, hashes are reported as before', () => {
    resetStandInHashBudget(30_000); // about one md5crypt hash's worth of candidates
    const text = STAND_INS.slice(0, 2).map((h) => `root:${h}:19000:0:99999:7:::`).join('\n');
    expect(findings({ path: 'tests/fixtures/shadow', text }).map(([, , secret]) => secret)).toEqual([STAND_INS[1]]);
    resetStandInHashBudget();
  });
});

describe('hostile input', () => {
  // half a MiB and half the budget: a quadratic detector still runs far past it
  it('scans 512 KiB of keyword floods and near-misses quickly, finding nothing', () => {
    const SIZE = 1 << 19;
    const BUDGET_MS = 1500;
    const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
    // each input by its size: timed on 128 KiB first, and on 512 KiB only when that is not clearly linear (scaledTime)
    const inputs: ((size: number) => string)[] = [
      ...passwordHashDetectors.flatMap((d) => d.keywords.map((k) => (n: number) => fill(`${k} `, n))),
      (n) => fill('$2b$12$' + 'a'.repeat(60), n),
      (n) => fill('$$', n),
      (n) => fill('\\$', n),
      (n) => `$6$${'A'.repeat(n)}`,
      (n) => `$argon2id$v=19$m=1,t=1,p=1$${'A/'.repeat(n / 2)}`,
      (n) => fill(`password = '*${'A'.repeat(40)}`, n),
      (n) => fill(`'${MYSQL}',`, n),
      (n) => fill('a:b:1:2:3:4:::\n', n),
      (n) => fill('{SSHA}' + 'Ab1+'.repeat(60), n),
      (n) => fill("PASSWORD 'md5", n),
      (n) => `INSERT INTO \`user\` VALUES ${fill(`('*${'A'.repeat(39)}'),`, n)}`,
    ];
    const times: string[] = [];
    for (const textOf of inputs) {
      const head = JSON.stringify(textOf(64).slice(0, 30));
      for (const d of passwordHashDetectors) {
        const { ms, result } = scaledTime((text) => [...d.detect({ path: 'big.txt', text })], textOf, SIZE, BUDGET_MS);
        times.push(`${d.id} ${head.slice(0, 18)}: ${ms.toFixed(0)} ms`);
        expect(result, `${d.id} on ${head}`).toEqual([]);
        expect(ms, `${d.id} on ${head}`).toBeLessThan(BUDGET_MS);
      }
    }
    console.log(times.filter((t) => !/: [0-9] ms$|: [1-4][0-9] ms$/.test(t)).join('\n'));
  });
});
