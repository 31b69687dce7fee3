// Builds 64 KiB near-miss inputs for a detector from its own keywords and positive examples: keyword
// floods, a real prefix followed by runs of the token's own charset (far too long), '=' runs, base64
// runs and digit runs, and the positives with one character of each secret broken. None of them
// holds a well-formed secret, so every detector must return no match, and return it quickly.
import type { Detector } from '../../../../src/types.js';
import { mulberry32 } from '../../../helpers/random.js';

/**
 * 64 KiB: the suite asserts results and a time budget that a quadratic detector misses by seconds
 * (npm run bench times every detector on 1 MiB near-misses, scripts/bench-hostile.mjs).
 */
export const SIZE = 64 << 10;

/**
 * An input as its repeated unit: the 64 KiB text is made by `fill(unit)` in the test that runs it,
 * so that the suite does not hold every detector's inputs at once (1,600 of them: 400 MB, which made
 * every process the test workers spawned slow to fork).
 */
export interface HostileInput {
  readonly name: string;
  readonly unit: string;
}

/** Deterministic pseudo-random numbers, so the inputs are the same on every run. */
const random = mulberry32;

function run(charset: string, length: number, seed: number): string {
  const next = random(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += charset[Math.floor(next() * charset.length)];
  return out;
}

/**
 * Repeats `unit` to exactly 1 MiB: whole units, then spaces. Cutting the last unit short would turn
 * a far-too-long run into one of a valid length at the end of the text (a real token, not a near miss).
 */
export function fill(unit: string): string {
  if (unit.length >= SIZE) return unit.slice(0, SIZE);
  const whole = Math.floor(SIZE / unit.length);
  return unit.repeat(whole) + ' '.repeat(SIZE - whole * unit.length);
}

/**
 * Detectors whose secret may hold any printable character (a typed password, a Freemius secret key
 * with punctuation in it), so a "broken" one is still one.
 */
const FREE_FORM_PASSWORDS = new Set(['phpmailer-smtp-password', 'vmware-viserver-password', 'freemius-secret-key']);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const RUN = 4096;

/** Units aimed at one pattern's structure (bounded gaps, optional groups, repeated parameters); each is filled to 1 MiB. */
const TARGETED: Readonly<Record<string, readonly string[]>> = {
  'azure-storage-account-key': ['AccountKey=', `storage_account_key = ${'A1b+'.repeat(22)}= `],
  'azure-cosmos-db-key': ['AccountEndpoint=https://x', `AccountEndpoint=https://c.documents.azure.com:443/;AccountKey=${'Qz9/'.repeat(25)}`],
  'azure-shared-access-key': [`Endpoint=sb://x/;SharedAccessKey=${'k7P+'.repeat(11)}`],
  'azure-sas-token': [`sv=2022-11-02${'&sp=r'.repeat(20)}`, `sv=2022-11-02&sig=${'%2B'.repeat(50)}`],
  'azure-logic-app-trigger-url': [
    `/workflows/30ddf3a7309d20c80fe3cf6f68225218/triggers/manual/paths/invoke?${'a=b&'.repeat(20)}`,
    `/workflows/30ddf3a7309d20c80fe3cf6f68225218/triggers/${'m'.repeat(81)}`,
  ],
  'azure-entra-client-secret': ['ab1Q~', `abc1Q~${'a.b~'.repeat(10)}`],
  'azure-devops-pat': [`AZURE_DEVOPS_EXT_PAT=${'abc2'.repeat(13)}x `, `https://u:${'abc2'.repeat(13)}@dev.azure.co `],
  'alibaba-access-key-secret': ['alibaba_cloud_access_key_secret = ', 'LTAI5tEpHM0YMfO7ZBMjy6Sz", "'],
  'ibm-cloud-api-key': ['apikey: ', `ibmcloud_api_key = ${'a_B-'.repeat(12)}`],
  'ibm-cos-hmac-secret': [`"cos_hmac_keys": {${'a'.repeat(290)}`],
  'bitbucket-access-token': [`ATCTT3x${'Ab_-'.repeat(70)}=`],
  'pypi-upload-token': [`pypi-AgEIcHlwaS5vcmc${'Ab'.repeat(600)} `],
  'adyen-api-key': [`adyen AQE${'Ab+/'.repeat(60)}==-`],
  'square-access-token': ['square EAAA'],
  'discord-bot-token': ['MTQ1MzgwMjEwNjA4OTQyMjI5.', 'MTQ1MzgwMjEwNjA4OTQyMjI5.WS3c2-.'],
  'telegram-bot-token': ['/bot123456789:', 'telegram 1234567890:'],
  'microsoft-teams-webhook-url': ['https://contoso.webhook.office.com/webhookb2/50ba19f4-3b47-410e-a1f8-fe0055324087@'],
  'mailgun-api-key': ['mailgun key-'],
  'mailchimp-api-key': ['0123456789abcdef0123456789abcdef-us'],
  'postmark-server-token': ['postmark token 00000000-0000-0000-0000-'],
};

export function hostileInputs(detector: Detector): HostileInput[] {
  const inputs: HostileInput[] = (TARGETED[detector.id] ?? []).map((unit, i) => ({ name: `targeted #${i}`, unit: unit }));
  for (const k of detector.keywords) {
    inputs.push({ name: `keyword ${k} repeated`, unit: k });
    inputs.push({ name: `keyword ${k} + base64url run`, unit: k + run(BASE64URL, RUN, 1) });
  }
  detector.examples.positive.slice(0, 2).forEach((example, i) => {
    const matches = [...detector.detect({ path: example.path ?? 'example.txt', text: example.text })];
    const first = matches[0];
    if (!first) return;
    const before = example.text.slice(0, first.start);
    const secret = example.text.slice(first.start, first.end);
    const head = secret.slice(0, Math.min(12, secret.length - 1));
    // the body's own characters: a prefix's '.' (ya29.) would cut the run into tokens of valid length
    const ownCharset = [...new Set(secret.slice(head.length))].join('');
    let broken = example.text;
    for (const m of matches) {
      const at = m.start + Math.min(8, Math.floor((m.end - m.start) / 2));
      broken = `${broken.slice(0, at)}!${broken.slice(at + 1)}`;
    }
    if (!FREE_FORM_PASSWORDS.has(detector.id)) {
      inputs.push(
        { name: `positive #${i} with a broken secret, one line`, unit: `${broken.replace(/\n/g, ' ')} ` },
        { name: `positive #${i} with a broken secret, many lines`, unit: `${broken}\n` },
      );
    }
    inputs.push(
      { name: `positive #${i} prefix + own-charset run`, unit: before + head + run(ownCharset, RUN, 2 + i) },
      { name: `positive #${i} prefix + '=' run`, unit: `${before}${'='.repeat(RUN)} ` },
      { name: `positive #${i} prefix + base64 run + '=='`, unit: `${before}${run(BASE64, RUN, 4 + i)}== ` },
      { name: `positive #${i} prefix + digit run`, unit: `${before}${run('0123456789', RUN, 6 + i)} ` },
    );
  });
  return inputs;
}
