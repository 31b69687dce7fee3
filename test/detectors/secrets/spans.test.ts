// What examples cannot say: exact spans, which detector wins a shared span, and real-size keys.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { awsSecretAccessKey } from '../../../detectors/secrets/cloud/aws.js';
import { connectionStringPassword } from '../../../detectors/secrets/generic/connection-string-password.js';
import { genericSecretAssignment } from '../../../detectors/secrets/generic/generic-secret-assignment.js';
import { gitlabToken } from '../../../detectors/secrets/ci-and-dev-tools/gitlab.js';
import { gcpServiceAccountKey } from '../../../detectors/secrets/cloud/google.js';
import { secretDetectors } from '../../../detectors/secrets/index.js';
import { privateKey } from '../../../detectors/secrets/generic/private-key.js';
import { urlCredentials } from '../../../detectors/secrets/generic/url-credentials.js';
import { urlQueryCredential } from '../../../detectors/secrets/generic/url-query-credential.js';
import type { Detector, Match } from '../../../src/types.js';
import { mulberry32 } from '../../helpers/random.js';

const detect = (d: Detector, text: string, file = 'example.txt'): Match[] => [...d.detect({ path: file, text })];
const spanOf = (text: string, secret: string): [number, number] => [text.indexOf(secret), text.indexOf(secret) + secret.length];
const spans = (matches: Match[]): [number, number][] => matches.map((m) => [m.start, m.end]);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fakeKeys = path.resolve(repoRoot, '../shared/bench/fake-keys.mjs');

/** mulberry32, as the benchmark generator seeds its fake keys. */
const seeded = mulberry32;

describe('private-key', () => {
  it.skipIf(!existsSync(fakeKeys))('accepts every kind of key the benchmark plants, in any wrapping', async () => {
    const { fakeKeyPem } = (await import(pathToFileURL(fakeKeys).href)) as { fakeKeyPem: (kind: string, rand: () => number) => string[] };
    for (const kind of ['rsa', 'ec', 'pkcs8', 'openssh']) {
      const lines = fakeKeyPem(kind, seeded(3));
      const block = lines.join('\n');
      const wrappings = [
        `# deploy key\n${block}\n`,
        lines.join('\r\n'),
        `key: |\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
        `{"key": "${lines.join('\\n')}\\n"}`,
      ];
      for (const text of wrappings) {
        const matches = detect(privateKey, text);
        expect(matches.length, `${kind} in ${JSON.stringify(text.slice(0, 12))}`).toBe(1);
        expect(text.slice(matches[0]?.start, matches[0]?.end)).toMatch(/^-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*-----END [A-Z ]*PRIVATE KEY-----$/);
      }
      expect(spans(detect(privateKey, `x\n${block}\ny`))).toEqual([spanOf(`x\n${block}\ny`, block)]);
    }
  });

  it('reports two keys in one file separately', () => {
    const [first] = privateKey.examples.positive;
    const text = `${first?.text}\n\n${first?.text}\n`;
    expect(detect(privateKey, text).map((m) => m.start)).toEqual([0, (first?.text.length ?? 0) + 2]);
  });
});

describe('shared spans: the specific detector and the generic one report the same characters', () => {
  it('a GCP key file: the service-account finding and the private-key finding cover the same block', () => {
    const text = gcpServiceAccountKey.examples.positive[0]?.text ?? '';
    const gcp = detect(gcpServiceAccountKey, text);
    expect(gcp).toHaveLength(1);
    expect(spans(detect(privateKey, text))).toEqual(spans(gcp));
    expect(gcp[0]?.detail).toBe('service account exporter@billing-prod.iam.gserviceaccount.com');
    expect(gcpServiceAccountKey.priority ?? 50).toBeGreaterThan(privateKey.priority ?? 50);
  });

  it('a token used as a URL password: the vendor and the URL findings coincide', () => {
    const token = 'glpat-gAiPdsOI5hkzKG4kxorz';
    const text = `git clone https://oauth2:${token}@gitlab.com/acme/app.git`;
    expect(spans(detect(urlCredentials, text))).toEqual([spanOf(text, token)]);
    expect(spans(detect(gitlabToken, text))).toEqual([spanOf(text, token)]);
  });

  it('a vendor token assigned to a secret name: the generic finding has the vendor span and the lower priority', () => {
    const token = 'glpat-GNUrP-ZRLYIua_rVRixZ';
    for (const text of [`GITLAB_TOKEN: ${token}`, `gitlab_token = "${token}"`, `{"token": "${token}"}`]) {
      const file = text.startsWith('{') ? 'a.json' : text.includes('"') ? 'a.py' : 'ci.yml';
      expect(spans(detect(genericSecretAssignment, text, file)), text).toEqual([spanOf(text, token)]);
      expect(spans(detect(gitlabToken, text, file))).toEqual([spanOf(text, token)]);
    }
    expect(genericSecretAssignment.priority).toBeLessThan(gitlabToken.priority ?? 50);
  });
});

describe('exact spans', () => {
  it('url-credentials reports only the password', () => {
    const text = 'DATABASE_URL=postgres://app:UOn6V5Ff1xGdxC1p48@db.internal:5432/prod';
    expect(spans(detect(urlCredentials, text))).toEqual([spanOf(text, 'UOn6V5Ff1xGdxC1p48')]);
  });

  it('connection-string-password reports only the password', () => {
    const text = 'Server=db.internal;Database=app;User Id=app;Password=Vq7#pLm2Zx9!rT4w;Encrypt=true';
    expect(spans(detect(connectionStringPassword, text))).toEqual([spanOf(text, 'Vq7#pLm2Zx9!rT4w')]);
  });

  it('generic-secret-assignment reports the value without its quotes or trailing punctuation', () => {
    const cases: [string, string, string][] = [
      ["const apiKey = 'wmMkd5Mo05tzujlovf48';", 'src/a.ts', 'wmMkd5Mo05tzujlovf48'],
      ['auth: { token: Fx55&ry^ql*7Dkiu, user: x }', 'config/app.yml', 'Fx55&ry^ql*7Dkiu'],
      ['API_SECRET=TnioQDLNQO5Y2AniokyZ3Bxq\nOTHER=1', '.env', 'TnioQDLNQO5Y2AniokyZ3Bxq'],
    ];
    for (const [text, file, value] of cases) expect(spans(detect(genericSecretAssignment, text, file)), text).toEqual([spanOf(text, value)]);
  });

  it('aws-secret-access-key finds the secret beside its key id, wherever the pair is written', () => {
    const secret = 'jiLM88wKCeL2hwZqfw7XfvzrczzZq0XKkZm+ZqRf';
    const text = `{\n  "AccessKeyId": "AKIAV6T52BFLNACYLNO6",\n  "SecretAccessKey": "${secret}"\n}`;
    expect(spans(detect(awsSecretAccessKey, text))).toEqual([spanOf(text, secret)]);
    expect(detect(awsSecretAccessKey, `${'\n'.repeat(500)}${secret}`)).toEqual([]);
  });
});

describe('registry', () => {
  it('holds at least 20 secret detectors, each id once', () => {
    const ids = secretDetectors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20);
  });
});

describe('url-query-credential', () => {
  it('says where the value sits: a URL\'s parameter, or a field of a form body or an environment string', () => {
    const url = 'fetch("https://api.shop.io/v1/orders?api_key=Zq8vT2mNw4xzLp3kR7tY")\n';
    const form = 'r = session.post(url, data="username=ops&password=Kq8vT2mNw4xz")\n';
    const env = 'env = ["db_password=Kq8vT2mNw4xz", "db_user=shop"]\n';
    expect(detect(urlQueryCredential, url, 'app/client.js').map((m) => m.detail)).toEqual(['the URL\'s "api_key" parameter']);
    expect(detect(urlQueryCredential, form, 'app/login.py').map((m) => m.detail)).toEqual(['the form field "password"']);
    expect(detect(urlQueryCredential, env, 'app/run.py').map((m) => m.detail)).toEqual(['the form field "db_password"']);
    // the URL after a form in the same file is a URL again
    expect(detect(urlQueryCredential, form + url, 'app/both.js').map((m) => m.detail)).toEqual(['the form field "password"', 'the URL\'s "api_key" parameter']);
  });
});
