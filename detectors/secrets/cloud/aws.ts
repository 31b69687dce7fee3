import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { shannonEntropy } from '../../kit/entropy.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { anchorNear, anchorsIn, squashedNameBefore } from '../shared/nearby.js';

// Access key ids: a 4-letter kind (AKIA long-term, ASIA temporary STS, ABIA/ACCA service-issued)
// and 16 characters of the RFC 4648 base32 alphabet.
const KEY_ID = /(?<![A-Za-z0-9/+])(?<secret>(?<kind>AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9/+=])/;

export const awsAccessKeyId: Detector = patternDetector({
  id: 'aws-access-key-id',
  title: 'AWS access key id',
  vendor: 'AWS',
  secrets: 'identifier', // names a key; the vendor calls it no secret
  severity: 'high',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern: KEY_ID,
  minEntropy: 3,
  validate: (secret) => !secret.endsWith('EXAMPLE'),
  detail: (m) => (m.groups?.kind === 'ASIA' ? 'temporary (STS) access key id' : 'access key id'),
  remediation:
    'Deactivate and delete the access key in IAM (and its secret key with it), then give the workload a role ' +
    'or read short-lived credentials from the environment or a credentials file outside the repository.',
  examples: {
    positive: [
      { text: 'aws_access_key_id = AKIAAB7WQMOHRXIEYQGL', path: 'config/aws-credentials.ini' },
      { text: '"AccessKeyId": "ASIAJRJ7H4GEEJRYC5RT",', path: 'cache/sts.json', why: 'temporary key id' },
    ],
    negative: [
      { text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE', why: "AWS's documentation key" },
      { text: 'aws_access_key_id = AKIAAB7WQMOHRXIEYQG', why: 'one character short' },
      { text: 'aws_access_key_id = AKIAAB7WQMOHRXIEYQ18', why: '1 and 8 are not base32' },
      { text: 'aws_access_key_id = AKIAXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});

// Secret access keys have no prefix: 40 characters of base64 that count only when assigned to a
// secret-access-key name or written within a few lines of an access key id.
const SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const KEY_ID_ANCHOR = new RegExp(KEY_ID.source, 'g');
const SECRET_NAME = /secretaccesskey|awssecret|secretkey$/;
/**
 * Clouds and object stores that took AWS's `secret_access_key` name for their own keys: under a name
 * that holds one of them (and does not say aws), the key is theirs, for their detector or the
 * generic one to report under the right vendor.
 */
const OTHER_STORE_NAME = /huawei|tencent|qcloud|aliyun|alibaba|scaleway|wasabi|linode|digitalocean|minio|backblaze|oracle|volcengine|byteplus|baidu|ksyun|ucloud|jdcloud|exoscale|ovh|yandex|^gs(?=secret)/;
const NEAR = 400;

const SECRET_KEYWORDS = ['akia', 'asia', 'abia', 'acca', 'secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws.secret', 'awssecret'];
const KEYWORD_FINDER = keywordRegExp(SECRET_KEYWORDS);
const BASE64_CHAR = /[A-Za-z0-9/+=]/;

/**
 * Regions within NEAR characters of a keyword (a key id or a secret-key name): a named secret or
 * one near a key id always lies in one, so the 40-character candidate search skips the rest of a file.
 */
function regionsNearKeywords(text: string, starts: readonly number[] | undefined): [number, number][] {
  const at = keywordStarts(text, starts, KEYWORD_FINDER);
  const regions: [number, number][] = [];
  for (const k of at) {
    const from = Math.max(0, k - NEAR - 64);
    const to = Math.min(text.length, k + NEAR + 64);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}

function* candidates(text: string, starts: readonly number[] | undefined): Generator<{ secret: string; start: number }> {
  for (const [from, to] of regionsNearKeywords(text, starts)) {
    for (const m of text.slice(from, to).matchAll(SECRET_CANDIDATE)) {
      const start = from + m.index;
      const end = start + m[0].length;
      // a region edge may cut a longer base64 run: look at the real neighbours
      if ((start > 0 && BASE64_CHAR.test(text[start - 1] as string) && text[start - 1] !== '=') || (end < text.length && BASE64_CHAR.test(text[end] as string))) continue;
      yield { secret: m[0], start };
    }
  }
}

/** The key of a JSON pair written inside a string literal, `"{\"awsSecretKey\":\"<value>`: squashed, lowercased. */
function escapedJsonName(text: string, index: number): string | undefined {
  if (!text.startsWith('\\":\\"', index - 5)) return undefined;
  const end = index - 5;
  let i = end;
  while (i > 0 && end - i < 80 && /[\w.-]/.test(text[i - 1] as string)) i--;
  return text.startsWith('\\"', i - 2) && end > i ? text.slice(i, end).replace(/[^A-Za-z0-9]/g, '').toLowerCase() : undefined;
}

function detectSecretKey({ text, keywordStarts }: DetectorInput): Match[] {
  const ids = anchorsIn(text, KEY_ID_ANCHOR);
  const found: Match[] = [];
  for (const { secret, start } of candidates(text, keywordStarts)) {
    const end = start + secret.length;
    if (!/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || !/[0-9/+]/.test(secret)) continue;
    if (shannonEntropy(secret) < 4 || isPlaceholder(secret)) continue;
    const name = squashedNameBefore(text, start) ?? escapedJsonName(text, start);
    const named = name !== undefined && SECRET_NAME.test(name) && (name.includes('aws') || (name.includes('access') && !OTHER_STORE_NAME.test(name)));
    if (named || anchorNear(ids, start, end, NEAR)) found.push({ start, end, secret });
  }
  return found;
}

export const awsSecretAccessKey: Detector = {
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  vendor: 'AWS',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: SECRET_KEYWORDS,
  remediation:
    'Deactivate and delete the access key pair in IAM, review CloudTrail for its use, and replace it with a role ' +
    'or with credentials read from the environment or a secrets manager.',
  detect: detectSecretKey,
  examples: {
    positive: [
      {
        text: '[default]\naws_access_key_id = AKIAV6T52BFLNACYLNO6\naws_secret_access_key = jiLM88wKCeL2hwZqfw7XfvzrczzZq0XKkZm+ZqRf',
        path: 'config/aws-credentials.ini',
      },
      { text: 'AWS_SECRET_ACCESS_KEY: "lZJF01yre0dcj/H/fpdr8/WaAPDqtlg/clzVEbos"', path: 'ci/deploy.yml', why: 'named' },
      { text: 'new Credentials("ASIAJRJ7H4GEEJRYC5RT", "CZUXBGSUA0B16u+3BPVkNNojpXpQaIXn5GqqnRMw")', path: 'src/s3.ts' },
      { text: 'backup.archive.aws.secretkey=Rk3vQ8nW2+hTzL0yPcX7mJ5uBd9sE1aG4fKoIq6V', path: 'conf/backup.properties', why: 'dotted name' },
      { text: 'String body = "{\\"awsSecretKey\\":\\"Rk3vQ8nW2+hTzL0yPcX7mJ5uBd9sE1aG4fKoIq6V\\"}";', path: 'src/Upload.java', why: 'JSON inside a string literal' },
    ],
    negative: [
      { text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', why: "AWS's documentation key" },
      { text: 'aws_secret_access_key = jiLM88wKCeL2hwZqfw7XfvzrczzZq0XKkZm+ZqR', why: '39 characters' },
      { text: 'build_checksum = "jiLM88wKCeL2hwZqfw7XfvzrczzZq0XKkZm+ZqRf"', why: 'no AWS name and no key id near' },
      { text: 'aws_secret_access_key = 4f0c2a9e1b7d3c5a8e6f2b1d9c7a5e3f1b2d4c6a', why: 'lowercase hex: a digest' },
      { text: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}' },
      { text: 'HUAWEICLOUD_SECRET_ACCESS_KEY=Tq4wVx8Nr2LmZp6Ks0JdHy3Bc7Fg1Re5Ua9XoWiE', why: "another cloud's key under AWS's slot name (Huawei's detector reports it)" },
    ],
  },
};
