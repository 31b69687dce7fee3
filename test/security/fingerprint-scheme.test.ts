// Fingerprints are scrypt for what a person may have chosen, and a fast keyed hash (HMAC-SHA-256) for
// what a service or key generator made and reads as random: guessing such a value back is hopeless at
// any speed, and scrypt's ~8 ms each was a third of a small history's run. Baselines written before
// the fast hash (versions 1 and 2) keep matching, and so do `.secretsignore` rules copied from the
// reports of that time.
import { createHmac, scryptSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { fastFingerprinted, LEGACY_FINGERPRINT_SALT, readsAsRandom, secretFingerprint } from '../../src/engine/finding.js';
import { AWS_KEY_ID, GITHUB_TOKEN } from '../filters/example-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tmpRepo } from '../helpers/tmp.js';

const detector = (id: string) => allDetectors.find((d) => d.id === id)!;

/** A seeded draw from `alphabet`: random-looking values made at test time, the same on every run. */
function draws(alphabet: string, length: number, count: number, seed = 7): string[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const scryptOf = (id: string, secret: string, salt = LEGACY_FINGERPRINT_SALT): string =>
  scryptSync(`${id}\0${secret}`, salt, 16, { N: 1 << 12, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('hex');
const hmacOf = (id: string, secret: string, salt = LEGACY_FINGERPRINT_SALT): string => createHmac('sha256', salt).update(`${id}\0${secret}`).digest('hex').slice(0, 32);

describe('readsAsRandom', () => {
  it('reads most random draws of 128 bits and more as random', () => {
    const share = (values: string[]): number => values.filter(readsAsRandom).length / values.length;
    expect(share(draws(BASE62, 32, 400))).toBeGreaterThan(0.85);
    expect(share(draws(BASE62, 24, 400))).toBeGreaterThan(0.8);
    expect(share(draws('0123456789abcdef', 32, 400))).toBe(1);
    expect(share(draws('0123456789abcdefghijklmnopqrstuvwxyz', 32, 400))).toBeGreaterThan(0.9);
    // fewer than ~128 bits: never, however random
    expect(share(draws(BASE62, 20, 200))).toBe(0);
    expect(share(draws('0123456789abcdef', 28, 200))).toBe(0);
  });

  it('reads the random part of a token whose other parts are ids', () => {
    const [tail] = draws(BASE62, 24, 1, 11);
    expect(readsAsRandom(`xoxb-123456789012-1234567890123-${tail}`)).toBe(readsAsRandom(tail!));
    expect(readsAsRandom(`xoxb-123456789012-1234567890123-${tail}`)).toBe(true);
  });

  it.each([
    'ThisIsMyVeryLongMeiliSearchMasterKey2024',
    'MyCompanyProductionDatabasePassword2024',
    'CorrectHorseBatteryStaple2024!',
    'correcthorsebatterystaple2024xx',
    'P4ssw0rdS3cur1tyM4tt3rs2024',
    'Summer2024!Summer2024!Summer2024',
    'Welcome1Welcome1Welcome1Welcome1',
    'iloveyou1234567890iloveyou12345',
    '1234567890abcdef1234567890abcdef',
    'deadbeefdeadbeefdeadbeefdeadbeef',
    'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    'Summer2024!x',
  ])('does not read %s, made up by a person, as random', (value) => {
    expect(readsAsRandom(value)).toBe(false);
  });
});

describe('the fingerprint of a secret', () => {
  const [random] = draws(BASE62, 40, 1, 3);

  it('is the fast keyed hash for a vendor token that reads as random, scrypt for a chosen one', async () => {
    const github = detector('github-token');
    expect(fastFingerprinted(github, GITHUB_TOKEN)).toBe(true);
    expect(await secretFingerprint(github, GITHUB_TOKEN)).toBe(hmacOf('github-token', GITHUB_TOKEN));
    // the same random value in a password slot: a person may have chosen it
    const generic = detector('generic-secret-assignment');
    expect(fastFingerprinted(generic, random!)).toBe(false);
    expect(await secretFingerprint(generic, random!)).toBe(scryptOf('generic-secret-assignment', random!));
    // a vendor's password
    expect(detector('phpmailer-smtp-password').secrets).toBe('chosen');
    expect(fastFingerprinted(detector('phpmailer-smtp-password'), random!)).toBe(false);
    // a key generator's output, though no vendor's
    const body = draws(`${BASE62}+/`, 64, 3, 5).join('\n');
    expect(fastFingerprinted(detector('private-key'), `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`)).toBe(true);
    // an access key id names a key and grants nothing: fast however short (AWS's 80 random bits)
    expect(detector('aws-access-key-id').secrets).toBe('identifier');
    expect(fastFingerprinted(detector('aws-access-key-id'), AWS_KEY_ID)).toBe(true);
    expect(fastFingerprinted(detector('aws-access-key-id'), AWS_KEY_ID, { allScrypt: true })).toBe(false);
    // a vendor token that does not read as random (a stand-in the detector let through) stays slow
    expect(fastFingerprinted(github, 'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(false);
  });

  it('uses the repository salt, and scrypt alone for baselines before version 3', async () => {
    const github = detector('github-token');
    const salt = '00112233445566778899aabbccddeeff';
    const v2Salt = `secret-hygiene/fingerprint/v2/${salt}`;
    expect(await secretFingerprint(github, GITHUB_TOKEN, { salt })).toBe(hmacOf('github-token', GITHUB_TOKEN, v2Salt));
    expect(await secretFingerprint(github, GITHUB_TOKEN, { salt, allScrypt: true })).toBe(scryptOf('github-token', GITHUB_TOKEN, v2Salt));
    expect(await secretFingerprint(github, GITHUB_TOKEN, { allScrypt: true })).toBe(scryptOf('github-token', GITHUB_TOKEN));
  });

  it('is declared for every vendor detector that finds a password or a key set by hand', () => {
    const undeclared = allDetectors.filter((d) => d.vendor !== undefined && d.secrets === undefined && /(^|[-\s])pass(word|phrase)?\b|master.key/i.test(`${d.id} ${d.title}`));
    // each of these finds a value the vendor generates; a new one must say which it is
    expect(undeclared.map((d) => d.id)).toEqual(['bitbucket-app-password', 'jenkins-initial-admin-password', 'planetscale-password', 'wordpress-application-password']);
  });
});

describe('fingerprints from before the fast hash', () => {
  const FILES = { 'src/client.js': `const token = "${GITHUB_TOKEN}";\n` };

  it('a version-2 baseline (scrypt with its salt) still gates, and update keeps it version 2', async () => {
    const repo = tmpRepo(FILES);
    const salt = 'ffeeddccbbaa99887766554433221100';
    const fingerprint = scryptOf('github-token', GITHUB_TOKEN, `secret-hygiene/fingerprint/v2/${salt}`);
    const v2 = { tool: 'secret-hygiene', version: 2, salt, findings: [{ path: 'src/client.js', detector: 'github-token', fingerprint, reason: 'revoked' }] };
    writeFileSync(join(repo, '.secrets-baseline.json'), JSON.stringify(v2));
    writeFileSync(join(repo, '.secret-hygiene.json'), JSON.stringify({ baseline: '.secrets-baseline.json' }));
    const gated = await runCli(['scan', '.', '--detector', 'github-token'], { cwd: repo });
    expect(gated.code, gated.stdout + gated.stderr).toBe(0);
    const report = await runCli(['scan', '.', '--no-baseline', '--detector', 'github-token', '-f', 'json'], { cwd: repo });
    expect((JSON.parse(report.stdout) as { findings: { fingerprint: string }[] }).findings.map((f) => f.fingerprint)).toEqual([fingerprint]);
    const updated = await runCli(['baseline', 'update', '--detector', 'github-token'], { cwd: repo });
    expect(updated.code, updated.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(repo, '.secrets-baseline.json'), 'utf8')) as typeof v2;
    expect(after).toMatchObject({ version: 2, salt, findings: [{ fingerprint, reason: 'revoked' }] });
    expect((after as unknown as { $comment: string }).$comment).toContain('a fingerprint is a slow, salted scrypt hash');
  });

  it('a .secretsignore rule with the fingerprint reports printed before still silences, and says what to write now', async () => {
    const earlier = scryptOf('github-token', GITHUB_TOKEN);
    const now = hmacOf('github-token', GITHUB_TOKEN);
    const repo = tmpRepo({ ...FILES, '.secretsignore': `fingerprint:${earlier}  # revoked\n` });
    const r = await runCli(['scan', '.', '--detector', 'github-token', '--report-unused-allows'], { cwd: repo });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain(`write 'fingerprint:${now}' instead`);
    // the rule written the new way silences it too, and costs no scrypt
    writeFileSync(join(repo, '.secretsignore'), `fingerprint:${now}\n`);
    const again = await runCli(['scan', '.', '--detector', 'github-token', '--report-unused-allows'], { cwd: repo });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout + again.stderr).not.toContain('fingerprint:');
  });
});
