import { describe, expect, it } from 'vitest';
import { cloudCliCredentials, gcpServiceAccountFile } from '../../../detectors/files/cloud-credentials.js';
import { dockerConfigAuth, kubeconfigCredentials } from '../../../detectors/files/container-credentials.js';
import { fileDetectors } from '../../../detectors/files/index.js';
import { htpasswdFile, terraformStateFile } from '../../../detectors/files/infra-credentials.js';
import { gitCredentialsFile, netrcPassword, npmrcAuthToken, pypircPassword } from '../../../detectors/files/package-credentials.js';
import { privateKeyFile } from '../../../detectors/files/private-key-file.js';
import type { Detector, DetectorInput } from '../../../src/types.js';

/** [matched text, secret, detail] per match. */
const run = (d: Detector, input: DetectorInput): [string, string | undefined, string | undefined][] =>
  [...d.detect(input)].map((m) => [input.text.slice(m.start, m.end), m.secret, m.detail]);

describe('credential files: exact values', () => {
  it('npmrc: each literal credential, none for references', () => {
    const text = '//registry.npmjs.org/:_authToken=457b6e93-941a-4245-a0eb-1482673568d7\n//npm.pkg.github.com/:_authToken=${GH_TOKEN}\n; _auth=Y2k6eA==\n';
    expect(run(npmrcAuthToken, { path: '.npmrc', text })).toEqual([
      ['457b6e93-941a-4245-a0eb-1482673568d7', '457b6e93-941a-4245-a0eb-1482673568d7', '_authToken for registry.npmjs.org'],
    ]);
  });

  it('pypirc: the password of each section', () => {
    const text = '[pypi]\npassword = Zt9q!W3xkP2m\n[testpypi]\npassword=%(PYPI_TEST)s\n';
    expect(run(pypircPassword, { path: '.pypirc', text })).toEqual([['Zt9q!W3xkP2m', 'Zt9q!W3xkP2m', 'password in [pypi]']]);
  });

  it('netrc: one-line and multi-line entries, macdef bodies skipped', () => {
    const text = 'machine a.example.org login u password Hq7vR2mLp9xT\nmacdef init\npassword NotThisOne1\n\nmachine b.example.org\n  password "Zt9qW3xkP2m"\n';
    expect(run(netrcPassword, { path: '.netrc', text })).toEqual([
      ['Hq7vR2mLp9xT', 'Hq7vR2mLp9xT', 'password for machine a.example.org'],
      ['Zt9qW3xkP2m', 'Zt9qW3xkP2m', 'password for machine b.example.org'],
    ]);
  });

  it('git-credentials: the password part of each URL', () => {
    const text = 'https://ci:yd2iMNmruxuUNUsZLvomnsSpa2BH@github.com\nhttps://bob@gitlab.com\n';
    expect(run(gitCredentialsFile, { path: '.git-credentials', text })).toEqual([
      ['yd2iMNmruxuUNUsZLvomnsSpa2BH', 'yd2iMNmruxuUNUsZLvomnsSpa2BH', 'credentials for github.com'],
    ]);
  });

  it('docker config: auth values that decode to user:password', () => {
    const text = '{"auths": {"ghcr.io": {"auth": "Y2ktYm90Olp0OXFXM3hrUDJt"}, "quay.io": {"auth": "bm9jb2xvbg=="}}}';
    expect(run(dockerConfigAuth, { path: '.docker/config.json', text })).toEqual([
      ['Y2ktYm90Olp0OXFXM3hrUDJt', 'Y2ktYm90Olp0OXFXM3hrUDJt', 'auth for ghcr.io'],
    ]);
  });

  it('kubeconfig: only in a kind: Config document, tokens of 16+ characters', () => {
    const head = 'apiVersion: v1\nkind: Config\nusers:\n- name: a\n  user:\n';
    expect(run(kubeconfigCredentials, { path: 'kubeconfig', text: `${head}    token: "flE7ivLRqKrb2LLaabTwqKIQ"\n    tokenFile: /var/run/token\n    token: short\n` })).toEqual([
      ['flE7ivLRqKrb2LLaabTwqKIQ', 'flE7ivLRqKrb2LLaabTwqKIQ', 'token in a kubeconfig user'],
    ]);
  });

  it('htpasswd: the hash of each user', () => {
    const text = 'a:$apr1$Qm8vT2kL$yd2iMNmruxuUNUsZLvomns\r\n\nb:hunter22\n';
    expect(run(htpasswdFile, { path: '.htpasswd', text })).toEqual([
      ['$apr1$Qm8vT2kL$yd2iMNmruxuUNUsZLvomns', '$apr1$Qm8vT2kL$yd2iMNmruxuUNUsZLvomns', 'Apache MD5 password hash for user a'],
      ['hunter22', 'hunter22', 'plain-text password for user b'],
    ]);
  });

  it('aws credentials: each secret with its profile', () => {
    const text = '[default]\naws_secret_access_key=trHpA5li0rj3yvdP5Ag2TjTU4blVh1qeFtkomOZO\n[ci]\naws_secret_access_key = <secret>\n';
    expect(run(cloudCliCredentials, { path: '.aws/credentials', text })).toEqual([
      ['trHpA5li0rj3yvdP5Ag2TjTU4blVh1qeFtkomOZO', 'trHpA5li0rj3yvdP5Ag2TjTU4blVh1qeFtkomOZO', 'aws_secret_access_key in [default]'],
    ]);
  });
});

describe('by-name findings for binary and oversize blobs', () => {
  const binary = (path: string): DetectorInput => ({ path, text: '', binary: true });
  it.each([
    [privateKeyFile, 'home/.ssh/id_rsa', 'SSH private key file'],
    [privateKeyFile, 'certs/client.p12', 'PKCS#12 key store (.p12)'],
    [privateKeyFile, 'app/upload.jks', 'Java key store (.jks)'],
    [terraformStateFile, 'infra/terraform.tfstate', 'Terraform state file (resource attributes, including secrets, in clear text)'],
    [cloudCliCredentials, '.config/gcloud/access_tokens.db', 'gcloud credential database (access_tokens.db)'],
  ] as const)('%s reports %s at 0:0', (d, path, detail) => {
    expect([...d.detect(binary(path))]).toEqual([{ start: 0, end: 0, detail }]);
  });
  it.each([
    [privateKeyFile, 'home/.ssh/id_rsa.pub'], [privateKeyFile, 'slides/deck.key'], [privateKeyFile, 'certs/server.pem'],
    [privateKeyFile, 'app/truststore.p12'], [cloudCliCredentials, '.aws/credentials'],
  ] as const)('%s ignores binary %s', (d, path) => {
    expect([...d.detect(binary(path))]).toEqual([]);
  });
  it('only path-only detectors ask for binary blobs', () => {
    expect(fileDetectors.filter((d) => d.includeBinary).map((d) => d.id).sort()).toEqual(['browser-saved-logins', 'cloud-cli-credentials', 'private-key-file', 'terraform-state-file']);
  });
});

describe('key files', () => {
  const body = 'myPVWH8sLX2iiCPXh98pw3UeB/u/zjijiU+lqqUYu0biLAYjUiFonMuWFWyxuyyJ\nrT4KAUFWb0tjWH3zfC2r+0PaXDZIlm8Hbm6qgfKubmzppSD1TbixoGyiVPkoaDZv\n';
  it('points at the BEGIN line of the first real private key, once per file', () => {
    const text = `-----BEGIN CERTIFICATE-----\n${body}-----END CERTIFICATE-----\n-----BEGIN EC PRIVATE KEY-----\n${body}-----END EC PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\n${body}-----END PRIVATE KEY-----\n`;
    expect(run(privateKeyFile, { path: 'tls/bundle.pem', text })).toEqual([['-----BEGIN EC PRIVATE KEY-----', undefined, 'PEM ec private key']]);
  });
  it('reports inline OpenVPN static keys', () => {
    const text = 'client\n<tls-crypt>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\nab12\n-----END OpenVPN Static key V1-----\n</tls-crypt>\n';
    expect(run(privateKeyFile, { path: 'vpn/a.ovpn', text })).toEqual([['<tls-crypt>', undefined, 'OpenVPN profile with an inline tls-crypt static key']]);
  });
});

describe('service account files', () => {
  it('points at the private_key key, with no secret', () => {
    const text = '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\nAuLDcdqusFOqfCO4Tptt3fuXVm8+7aPyr92+5/+gyfyuy2Q1mG46j0f0AYV3kfTwI7k7YHeb\\n-----END PRIVATE KEY-----\\n"}';
    expect(run(gcpServiceAccountFile, { path: 'sa.json', text })).toEqual([['"private_key"', undefined, 'Google Cloud service account key file']]);
  });
});

describe('hostile input', () => {
  it('scans 1 MiB near-matches quickly', () => {
    const MiB = 1 << 20;
    const BUDGET_MS = 3000;
    // [detector, path, text, findings]: a state file is one finding whatever it holds; the kubeconfig's first `token:` holds the rest of the line
    const cases: [Detector, string, string, number][] = [
      [npmrcAuthToken, '.npmrc', `//${'a'.repeat(MiB)}:_authToken=`, 0],
      [netrcPassword, '.netrc', 'password '.repeat(MiB / 9) + 'macdef x', 0],
      [gitCredentialsFile, '.git-credentials', `https://${':'.repeat(MiB)}@`, 0],
      [dockerConfigAuth, '.docker/config.json', '{"auth": "'.repeat(MiB / 10), 0],
      [dockerConfigAuth, '.docker/config.json', '"auth": "Y2ktYm90Olp0OXFXM3hrUDJt", '.repeat(MiB / 36), 0],
      [kubeconfigCredentials, 'kubeconfig', `kind: Config\n${'token: '.repeat(MiB / 7)}`, 1],
      [htpasswdFile, '.htpasswd', ':'.repeat(MiB), 0],
      [cloudCliCredentials, '.azure/accessTokens.json', '"accessToken": "'.repeat(MiB / 16), 0],
      [gcpServiceAccountFile, 'sa.json', `"type":"service_account" "private_key": "-----BEGIN PRIVATE KEY-----${'\\'.repeat(MiB)}`, 0],
      [privateKeyFile, 'a.pem', '-----BEGIN PRIVATE KEY-----'.repeat(MiB / 27), 0],
      [terraformStateFile, 'terraform.tfstate', '"resources": ['.repeat(MiB / 15), 1],
    ];
    const times: string[] = [];
    for (const [d, path, text, expected] of cases) {
      let ms = Infinity;
      let found = 0;
      for (let run = 0; run < 3 && ms >= BUDGET_MS; run++) {
        const t0 = process.cpuUsage(); // CPU time, again only while over budget
        found = [...d.detect({ path, text })].length;
        const used = process.cpuUsage(t0);
        ms = Math.min(ms, (used.user + used.system) / 1000);
      }
      times.push(`${d.id} ${JSON.stringify(text.slice(0, 20))}: ${ms.toFixed(1)} ms, ${found} found`);
      expect(found, `${d.id} on ${JSON.stringify(text.slice(0, 30))}`).toBe(expected);
      expect(ms, `${d.id} on ${JSON.stringify(text.slice(0, 30))}`).toBeLessThan(BUDGET_MS);
    }
    console.log(times.join('\n'));
  });
});
