import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { nameParts } from '../../kit/names.js';
import { describePrivateKey } from '../shared/key-structure.js';
import { lineStartNear, lineStartWithin } from '../../kit/name-value.js';

// PEM private keys: PKCS#1 (RSA), SEC1 (EC), DSA, PKCS#8 (plain and encrypted) and openssh-key-v1.
// A block counts only when its footer matches its header and its body decodes to the structure the
// label promises, so placeholders ('...', '<key>', 'xxxx'), truncated and made-up bodies are rejected.
// The body may be written with \n escapes (JSON, .env) or as concatenated string literals.
//
// Linear time: each header looks only as far as the next '-----', so the text between consecutive
// headers is read once, and a body is decoded only when that '-----' is its own footer.
const HEADER = /-----BEGIN ((?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY)-----/g;
const MAX_BODY = 32 * 1024;

function detectPrivateKeys({ text }: DetectorInput): Match[] {
  const found: Match[] = [];
  for (const m of text.matchAll(HEADER)) {
    const label = m[1] as string;
    const bodyStart = m.index + m[0].length;
    const next = text.indexOf('-----', bodyStart);
    if (next < 0) break;
    const footer = `-----END ${label}-----`;
    if (next - bodyStart > MAX_BODY || !text.startsWith(footer, next)) continue;
    const detail = describePrivateKey(label, text.slice(bodyStart, next));
    if (detail === undefined) continue;
    const end = next + footer.length;
    found.push({ start: m.index, end, secret: text.slice(m.index, end), detail, ...(namedAsSample(text, m.index) ? { sample: true } : {}) });
  }
  return found;
}

/** Words of a name that make its value a fake: `TEST_FAKE_RSA_KEY`, `dummyPem`, `EXAMPLE_KEY` (not `test`: test-mode keys are real ones). */
const SAMPLE_PARTS = new Set(['fake', 'dummy', 'example', 'sample', 'mock', 'bogus', 'placeholder']);
/** A name and its operator: `KEY = `, `"key": `, `key: |`, `key := `, `'key' => `. */
const NAME_BEFORE = /([A-Za-z_$][\w$.-]{0,80})["'\]]?[ \t]{0,4}(?::=|=>|=|:)/g;

/**
 * True when the block is assigned to a name that says fake (`const TEST_FAKE_RSA_KEY_0: &str = "-----BEGIN…`):
 * a name before it on its line, or on the line before when its own holds none (a YAML `example_key: |`).
 */
function namedAsSample(text: string, start: number): boolean {
  const lineStart = lineStartWithin(text, start, 240);
  let names = namesIn(text.slice(lineStart < 0 ? start - 240 : lineStart, start));
  if (names.length === 0 && lineStart > 0) names = namesIn(text.slice(lineStartNear(text, lineStart - 1, 240), lineStart));
  return names.some((name) => nameParts(name).some((p) => SAMPLE_PARTS.has(p)));
}

function namesIn(line: string): string[] {
  return Array.from(line.matchAll(NAME_BEFORE), (m) => m[1] as string);
}

const pem = (label: string, ...lines: string[]): string => [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
const EC_BODY = [
  'MHcCAQEEIE2rbk67c3iHbp59pioPUMSYrCCLogEGpIlpZkpu7RKloAoGCCqGSM49',
  'AwEHoUQDQgAERhCsQBQmwA9XhheyiLdhTg89czeY2oIhlLGgZF7eOI2DWSOHKgDW',
  'IVXAShJalE8C8NQn7/GBYDVf2vVsVzdZ7A==',
];
const ED25519_PKCS8 = 'MC4CAQAwBQYDK2VwBCIEIIKHm5fZiRSHm3N612urriktRmVglSCYk2vYzsRRn0AO';

export const privateKey: Detector = {
  id: 'private-key',
  title: 'Private key',
  secrets: 'generated',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['private key-----'],
  remediation:
    'Treat the key as compromised: revoke or replace it wherever it is trusted (servers, certificates, deploy ' +
    'keys), and keep private keys in a secret manager or mounted at run time, never in the repository.',
  detect: detectPrivateKeys,
  examples: {
    positive: [
      { text: pem('EC PRIVATE KEY', ...EC_BODY), path: 'deploy/signing.pem' },
      {
        text: pem(
          'OPENSSH PRIVATE KEY',
          'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
          'QyNTUxOQAAACDnEDYB2tFmJZ1wPQjfQnFknHYDqJf7ZcQqQvHG7hO5CAAAAJCLJnKviyZy',
          'rwAAAAtzc2gtZWQyNTUxOQAAACDnEDYB2tFmJZ1wPQjfQnFknHYDqJf7ZcQqQvHG7hO5CA',
          'AAAEA+Dphcy72O7bipvTcCvvELei0L2qfS2aiJEBG1DqKaFOcQNgHa0WYlnXA9CN9CcWSc',
          'dgOol/tlxCpC8cbuE7kIAAAADGRlcGxveUBidWlsZAE=',
        ),
        path: 'deploy/id_ed25519',
      },
      { text: `SIGNING_KEY="-----BEGIN PRIVATE KEY-----\\n${ED25519_PKCS8}\\n-----END PRIVATE KEY-----"`, path: '.env', why: 'escaped newlines' },
      {
        text: `const key = "-----BEGIN EC PRIVATE KEY-----\\n" +\n  "${EC_BODY.join('\\n" +\n  "')}\\n" +\n  "-----END EC PRIVATE KEY-----";`,
        path: 'test/sign.test.js',
        why: 'concatenated string literals',
      },
      {
        text: `#define SIGNING_KEY \\\n    "-----BEGIN EC PRIVATE KEY-----\\n"        \\\n${EC_BODY.map((l) => `    "${l}\\n"    \\\n`).join('')}    "-----END EC PRIVATE KEY-----\\n"\n`,
        path: 'src/signing.h',
        why: "a C macro's string literals, each line continued by a backslash",
      },
      {
        text: pem(
          'RSA PRIVATE KEY',
          'Proc-Type: 4,ENCRYPTED',
          'DEK-Info: AES-128-CBC,713952B7B40CB71F6DC16EF2BD1F182B',
          '',
          'Vxjio7iTwbRiwzo0I6ACkPfdheAOh8RA+yPgeO39Y3ZvGTAYFu+MkjvvE9ZFEHFh',
          'I18h5ZR1/lmRi0KA8k15aCA8oQUXvSg2bsiZmqxgwexUtRUhha4Z6+ki5WK2ksj3',
        ),
        why: 'legacy passphrase-protected key',
      },
      {
        text: pem('ENCRYPTED PRIVATE KEY', 'MFEwDQYJKoZIhvcNAQUNMAAEQGEu0e/AAW7ZkbOgAH59Kc4QFf+ctNXr+wwrmGVq', 'iAwPdkVquWlWll/5S3I+r1GPpAAhKtIi0TGh073PGRa+Nxw='),
      },
      {
        text: `const TEST_FAKE_EC_KEY: &str = "${pem('EC PRIVATE KEY', ...EC_BODY)}";`,
        path: 'util/sdk/src/keys.rs',
        why: 'named a fake: reported as test material (context test, high)',
      },
    ],
    negative: [
      { text: pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA...', '...'), why: 'elided documentation key' },
      { text: pem('PRIVATE KEY', '<your private key here>'), why: 'placeholder' },
      { text: pem('OPENSSH PRIVATE KEY', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), why: 'placeholder' },
      { text: pem('EC PRIVATE KEY', ...EC_BODY.slice(0, 2)), why: 'truncated: DER length does not match' },
      { text: ['-----BEGIN EC PRIVATE KEY-----', ...EC_BODY, '-----END RSA PRIVATE KEY-----'].join('\n'), why: 'footer does not match' },
      { text: ['-----BEGIN EC PRIVATE KEY-----', ...EC_BODY].join('\n'), why: 'unterminated' },
      { text: pem('OPENSSH PRIVATE KEY', ...EC_BODY), why: 'not openssh-key-v1' },
      { text: pem('PUBLIC KEY', ED25519_PKCS8), why: 'public key' },
      { text: 'if (line.startsWith("-----BEGIN RSA PRIVATE KEY-----")) return parse(line);', why: 'code that parses keys' },
    ],
  },
};
