import { describe, expect, it } from 'vitest';
import { isPlaceholder, isPlaceholderPassword, isStandIn, steppedRuns } from '../../../detectors/kit/placeholders.js';
import { randomRun } from '../../helpers/random.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

describe('steppedRuns', () => {
  it('counts separate ascending runs of three in values typed to look like a key', () => {
    expect(steppedRuns('abc123def456ghi789jkl012mno345pq')).toBe(10);
    expect(steppedRuns('xyz-123-abc')).toBe(3);
    expect(steppedRuns('abcdef')).toBe(2); // separate: abc, def
    expect(steppedRuns('89:')).toBe(0); // a run stays among digits or letters of one case
    expect(steppedRuns('yz{')).toBe(0);
  });

  it('finds fewer than three in random values almost always', () => {
    for (const v of ['Qm7vT2xK9pLw4RzN8cYh', 'abc7Qm2vT9xK4pLw', 'Zt9qW3xkP2m123Hq7vR2']) expect(steppedRuns(v), v).toBeLessThan(3);
    let base62 = 0;
    let hex = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      if (steppedRuns(randomRun(BASE62, 40, seed)) >= 3) base62++;
      if (steppedRuns(randomRun(HEX, 32, seed)) >= 3) hex++;
    }
    expect(base62).toBe(0);
    expect(hex).toBeLessThan(10); // 32 hex digits hold three separate runs about once in 3,000
  });
});

describe('isPlaceholder', () => {
  it.each(['%DB_PASSWORD%', '%kernel.secret%', '%app.mailer.password%', 'not-a-secret--read-the-doc!', 'NotASecret', '___TEST_API_KEY__THIS_IS_NOT_REAL___', 'not_secret_at_all', 'SET_A_PASSWORD_HERE_123', 'token-here-2', '<your-token>', '${API_KEY}', 'DEADBEEF', '0xCafeBabe00', 'ucat_01FEEDFACE42', 'SENTINEL-7', 'TheSecretKeyObtainedFromR2', 'TheTokenFromStep2', 'sample-7Kq2vT9xLm4pRw8n', 'sample_key', '@someThingComplicated1234', 'SomethingSecure!9', 'correct horse battery staple', 'correct-horse-battery-staple', 'eyJSENTINEL_HDR.eyJSENTINEL_BODY.SIG', 'pw-SENTINEL-e2e', 'sk_live_', 'rk_test_', 'whsec_', 'xoxp-', 'glpat-', '321e7654-e89b-12d3-a456-426614174123', 'dddd4444', 'aaaa1111', 'xxx000', 'zzzz9999zzzz', 'part2aValue', 'myValue', 'secret_value', 'TOKEN_VALUE', 'value1', 'InvalidBase64!', 'malformed-key-9', 'bogus_token', '@DB_RT_PASS@', '7F41C0A95D2B7F41C0A95D2B7F41C0A95D2B', 'q9Z!q9Z!q9Z!q9Z!', 'REPLACE-WITH-GCS_PRIVATE_KEY', 'replace_with_your_key'])('%s is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });

  it.each(['Qm7vT2xK9pLw4RzN8cYh', '%kernel.secret', 'kernel.secret%', '%kernel..secret%', 'N0tAS3cr3tXq7Lm2', 'redis-sentinel-0', 'Sentinel-Kq9vT2xw', 'samples-Kq9vT2xw', 'Kq9vT2xw-sample-', 'TheKq9vT2xwLm4p', 'TheoryOfKeysAndLocks', 'somethingKq9vT2xw', 'correct-horse-Kq9vT2xw', 'dead-beef-Kq9vT2xw', 'sk_live_Kq9vT2xwLm4', 'Kq9vT2_', 'c0ffee4a-e89b-41d3-a456-426614174abc', 'dddd44445', 'aa1111', 'dddd4444eeee5555', 'ddd4d444', 'Kq9vT2xwValue', 'valueKq9vT2xw', 'ValueOfKq9', 'Kq9vT2xwInvalid', 'bogKq9vT2xw', '@Kq9vT2xw', 'Kq9@vT2xw@', '7F41C0A95D2B7F41C0A95D2B7F41C0A95D2C', 'q9Z!q9Z!', 'Kq9vT2xwreplacewith'])('%s is not', (v) => {
    expect(isPlaceholder(v)).toBe(false);
  });
});

describe('values in a few runs', () => {
  it('random values of eight to 24 characters are almost never written as two or three runs', () => {
    let hits = 0;
    for (let seed = 1; seed <= 3000; seed++) if (isPlaceholder(randomRun('abcdef0123456789', 8 + (seed % 17), seed))) hits++;
    expect(hits).toBe(0);
  });
});

describe('isPlaceholderPassword', () => {
  it.each(['some-token', 'admin-token', 'acme-insecure-api-token', 'default:development.acme-insecure-api-token', 'my_secret_key', '123456', '0000', 'Pass@word1', 'P@ssw0rd!', 'broker_sslkey_creds', 'app_db_credentials', 'vaultpw', 'serviceaccountpassword', 'appuser_pwd', 'YourStr0ng!Passw0rd', 'My$ecureP@ss1', 'mygeneratedsecret', 'shopsessionsecret2', 'S3cr3tP@ss', 'T0pS3cr3t_Passw0rd!', 'MySup3rS3cretP4ss1', 'some!Password', 'SomePassw0rd1', 'motdepasse123', 'passwort2024', 'ReallyStrongPwd1234%^&*', 'VeryStr0ngPwd!', 'wrong', 'invalid', 'incorrect', 'Access Token', 'Consumer%20Key', 'my signing key'])(
    '%s stands in for a password',
    (v) => expect(isPlaceholderPassword(v)).toBe(true),
  );

  it.each(['x7-token', 'Kq9-token', 'bright-lantern-42', 'nLXG7byyUbirF7bn', 'default:development.9fce2a7b1c', 'q7vtpw2xkm', 'Str0ngTigerP@ss', 'q7vtsecret2xkm', 'Kq9vT2xwsecret', 'S3cr3tT1gerP@ss', 'wrongturn7', 'Kq9motdepasse', 'someT1gerP@ss', 'ReallyKq9vPwd1234%^&*', 'Kq9v Token', 'token Kq9vT2'])('%s is not', (v) => {
    expect(isPlaceholderPassword(v)).toBe(false);
  });

  it('takes the user name, or one word of it, as a stand-in', () => {
    expect(isPlaceholderPassword('shop', 'shop_read_only')).toBe(true);
    expect(isPlaceholderPassword('minio123', 'minio')).toBe(true);
    expect(isPlaceholderPassword('Kq9vT2xw', 'shop_read_only')).toBe(false);
    expect(isPlaceholderPassword('on', 'read_only')).toBe(true); // too short anyway
    expect(isPlaceholderPassword('readonly', 'shop_read_only')).toBe(false);
    expect(isPlaceholderPassword('x-access-token', '{token}')).toBe(true); // a template's field as the user
    expect(isPlaceholderPassword('password]]', '[user')).toBe(true); // a syntax line
  });
});

describe('stand-ins seen in real histories', () => {
  it.each([
    '(redact)', // what an API puts back where a stored password is not shown
    'pay_tok_SPECIMEN-000', // a payment SDK's specimen token
    'dev-secret-please-change',
    'default-key-change-in-production-32chars',
    '%generate(secret)%', // a Symfony Flex recipe fills it in
    '%env(resolve:DATABASE_PASSWORD)%',
    'arn:aws:secretsmanager:eu-west-1:000011112222:secret:shop-db-AbCdEf', // names a secret kept in AWS
    'arn:aws-us-gov:ssm:us-gov-west-1:000011112222:parameter/shop/db',
    'SW2YcwTIb9zpOOhoPsMm', // Grafana's published default secret_key
    '**masked**', '[hidden]', '--omitted--', '##SCRUBBED##', // a mask written over a value before it is logged
    'somerandomvalue123489', 'some-random-string', 'random_secret_key', // what to put there, said in the value
  ])('%s is a stand-in', (v) => expect(isStandIn(v)).toBe(true));

  it.each(['hidden', 'masked', 'hidden-Vq7Lm2Xp', '*hidden*Vq7L'])('%s is not a mask (no marks around the word alone)', (v) => expect(isStandIn(v)).toBe(false));

  it('the digests of nothing are stand-ins, computed here; the digest of one byte is not', async () => {
    const { createHash } = await import('node:crypto');
    for (const algorithm of ['md5', 'sha1', 'sha256']) {
      const empty = createHash(algorithm).update('').digest('hex');
      expect(isStandIn(empty), algorithm).toBe(true);
      expect(isStandIn(empty.toUpperCase()), algorithm).toBe(true);
      expect(isStandIn(createHash(algorithm).update('x').digest('hex')), algorithm).toBe(false);
    }
  });

  it('the example UUID is a placeholder for generic detectors, but not a stand-in under a vendor\'s format', () => {
    expect(isPlaceholder('321e7654-e89b-12d3-a456-426614174123')).toBe(true);
    expect(isStandIn('321e7654-e89b-12d3-a456-426614174123')).toBe(false);
    expect(isStandIn('sk_live_')).toBe(true); // a prefix alone is no vendor's token either
  });

  it("the slot's name between ellipses is a stand-in; a value between them is not", () => {
    for (const v of ['...token...', '…api-key…', '..hf_token..', '...your access token...']) expect(isStandIn(v)).toBe(true);
    const value = randomRun(BASE62, 20, 41);
    expect(isStandIn(`...${value}...`)).toBe(/^[A-Za-z]+$/.test(value));
    expect(isStandIn('...token')).toBe(false); // one side only: a value cut short, judged as it is
  });

  it('a value stating the length a key must have is a stand-in; random values almost never hold those words', () => {
    for (const v of ['apassphrasewhichneedstobe32bytes', 'must-be-at-least-32-characters', 'secret_needs_to_be_long', 'at-least-16-chars-key', 'jwt-secret-64-characters-long'])
      expect(isStandIn(v), v).toBe(true);
    for (const v of ['Kq7WmZ2xLp9RtV4nB8cD', 'needle7Haystack', 'bytes4Dinner!', '32bytesofrandomness-x9']) expect(isStandIn(v), v).toBe(false);
    let flagged = 0;
    for (let i = 0; i < 2000; i++) if (isStandIn(randomRun(BASE62, 32, i))) flagged++;
    expect(flagged).toBeLessThan(5);
  });

  it('an instruction written as a sentence is a stand-in; words without the order to supply are not', () => {
    for (const v of ['replace with llama api key', 'place your Groq API Key - this is for STT', 'please your generated access token', 'enter the admin password', 'fill in your key'])
      expect(isStandIn(v), v).toBe(true);
    for (const v of ['violet kettle orbit staple', 'replace-the-key', 'Enter42theVoid', 'set sail at dawn']) expect(isStandIn(v), v).toBe(false);
  });

  it('a phrase naming the slot, with a year after it, is no password; a random value with a year is', () => {
    expect(isPlaceholderPassword('shop-local-development-secret-key-2025')).toBe(true);
    expect(isPlaceholderPassword('x7Kq2pL9wZ4m-2025')).toBe(false);
  });
});
