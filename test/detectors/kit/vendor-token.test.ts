// The vendor-name-plus-value matcher that most catalogue entries share: what it accepts, what it
// refuses, and that it stays linear on hostile input (once here, not once per vendor).
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../../detectors/index.js';
import { COMMON_WORDS, isVendorToken, REACH, vendorToken } from '../../../detectors/kit/vendor-token.js';
import type { Detector } from '../../../src/types.js';
import { randomRun } from '../../helpers/random.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const value20 = randomRun(ALNUM, 20, 3);
const hex32 = randomRun(HEX, 32, 4);

const acme = vendorToken({
  id: 'acmequotes-api-key',
  title: 'AcmeQuotes API key',
  vendor: 'AcmeQuotes',
  names: ['acmequotes', 'acme_quotes'],
  token: [{ alphabet: 'alnum', length: 20 }, { alphabet: 'hex', length: 32 }],
  examples: { positive: [{ text: `ACMEQUOTES_API_KEY=${value20}` }, { text: `acmequotes secret: ${hex32}` }] },
});

const secrets = (detector: Detector, text: string): string[] => [...detector.detect({ path: 'x.txt', text })].map((m) => m.secret ?? '');

describe('vendorToken', () => {
  it.each([
    [`ACMEQUOTES_API_KEY=${value20}`, value20],
    [`  acme_quotes_token: "${value20}"`, value20],
    [`acmequotes SECRET ${hex32}`, hex32],
    [`export MY_ACMEQUOTES_KEY='${value20}'`, value20],
    [`"x-acmequotes-key": "${hex32}",`, hex32],
    [`client = AcmeQuotes("${value20}")`, value20],
    [`acmequotes = {"api_key": "${value20}"}`, value20],
    [`https://api.acmequotes.com/v1/quote?apikey=${hex32}&symbol=X`, hex32],
    [`acmequotes API key:\n  ${value20}`, value20],
    [`acmequotes = "${hex32}"`, hex32],
    [`ACMEQUOTES: ${value20}`, value20],
    ['acmequotes_token = "k3vIdOq9Lm2Xw8Rt5Zp1"', 'k3vIdOq9Lm2Xw8Rt5Zp1'],
    [`ACMEQUOTES_PAT=${value20}`, value20],
    [`ACMEQUOTES_KEY=\n"${hex32}"`, hex32],
    [`https://acmequotes.io/api/v2/accounts/self/quotes/latest/${hex32}/feed`, hex32],
    // name/value pairs: Kubernetes env, ECS task definitions, Terraform blocks
    [`env:\n  - name: ACMEQUOTES_API_KEY\n    value: "${value20}"`, value20],
    [`{\n  "name": "ACMEQUOTES_API_KEY",\n  "value": "${hex32}"\n}`, hex32],
    [`{"name": "ACMEQUOTES_TOKEN", "value": "${value20}"}`, value20],
    [`  name  = "ACMEQUOTES_API_KEY"\n  # set by ops\n  value = "${hex32}"`, hex32],
    // a name with `_` inside, written with dots (Java properties)
    [`acme.quotes.api.key=${value20}`, value20],
  ])('finds the value in %s', (text, secret) => {
    expect(secrets(acme, text)).toEqual([secret]);
  });

  it.each([
    [`widget_api_key=${value20}`, 'no vendor name'],
    [`- name: ACMEQUOTES_API_KEY\n  valueFrom:\n    secretKeyRef: { name: acme, key: ${value20} }`, 'read from a Secret'],
    [`- name: ACMEQUOTES_API_KEY\n  image: registry/acme\n  value: "${value20}"`, 'the value key is not the next line of the pair'],
    [`- name: ACMEQUOTES_REGION\n  value: "${value20}"`, 'no key-like word in the name'],
    [`acmequotes_api_key = "\${ACMEQUOTES_API_KEY}"`, 'a reference'],
    [`acmequotes_api_key = process.env.ACMEQUOTES_KEY2`, 'an identifier with a digit'],
    [`acmequotes_key=$ACMEQUOTES_KEY_2024`, 'a shell variable'],
    [`acmequotes commit ${hex32}`, 'no key-like word'],
    [`acmequotes = "k3Xq9Lm2Xw8Rt5Zp1aB7c"`, 'no key-like word, and not the vendor shape'],
    [`acmequotes_path = "${value20}"`, 'pat only as a word'],
    [`acmequotes_key = "${value20}X"`, 'one character too long for every shape'],
    [`acmequotes_key = "${value20.slice(0, 19)}"`, 'one character short'],
    [`acmequotes_api_key = "abcdefghijklmnopqrst"`, 'letters only'],
    [`acmequotes_api_key = "xxxxxxxxxxxxxxxxxxxx"`, 'a stand-in'],
    [`acmequotes_api_key = "your_api_key_here_00"`, 'a stand-in word'],
    [`acmequotes api key is\n${value20}`, 'the value on another line, after prose'],
    [`acmequotes_api_key:\n\n${value20}`, 'the value two lines down'],
    [`acmequotes api key is used here. Then we read the token and ${value20}`, 'a sentence, not an assignment'],
    [`acmequotes_api_key = "${' '.repeat(REACH)}${value20}"`, 'past the reach'],
    [`acmequotes_key = "00000000-0000-0000-0000-000000000000"`, 'not the shape, and a nil uuid'],
    [`"X-AcmeQuotes-Signature": "${value20}/k9Qz+w2Lp=",`, 'a piece of a longer base64 value (a signature)'],
    [`acmequotes_signature = "Zr8+${value20}"`, 'a piece of base64 after a plus'],
    [`"user_id": "https://acmequotes.io/webapps/auth/identity/user/${value20}",`, 'a user id in a URL path, after a key-like path word'],
    [`"avatar": "https://acmequotes-assets.s3.amazonaws.com/c/photos/2015/Feb/26/${value20}.png",`, "a file name in a URL's path"],
    [`"href": "https://api.acmequotes.io/2.0/repositories/ops/app/diff/${hex32}"`, 'a commit in a diff URL'],
  ])('refuses %s (%s)', (text) => {
    expect(secrets(acme, text)).toEqual([]);
  });

  it('finds several vendors values on one line once each', () => {
    expect(secrets(acme, `acmequotes_key=${value20} acmequotes_secret=${hex32}`)).toEqual([value20, hex32]);
  });

  it('base64 padding ends a value and never joins a name to one; a uuid is not glued to the dash before it', () => {
    const b64 = 'q3Jm8Vb0xKp2Zr7LwN4tYc9Ae1Hs6Ud5Gi0Fo8Pk2M==';
    const d = vendorToken({
      id: 'acme-b64', title: 'Acme b64', vendor: 'Acme', names: ['acmebee'],
      token: [{ alphabet: 'base64', length: [40, 48] }, { alphabet: 'uuid' }],
      examples: { positive: [{ text: `ACMEBEE_KEY=${b64}` }, { text: `acmebee secret ${b64}` }] },
    });
    expect(secrets(d, `ACMEBEE_KEY=${b64}`)).toEqual([b64]);
    expect(secrets(d, `acmebee_key="${b64}"`)).toEqual([b64]);
    expect(secrets(d, 'acmebee-key-3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d')).toEqual(['3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d']);
  });

  it('a uuid needs a key-like word: a bare name or a client call holds an id as often as a key; a braced GUID is never one', () => {
    const uuid = '6b0e2f4a-93d1-4c7e-b5a8-2f1d9e7c3a60';
    const d = vendorToken({
      id: 'acme-uuid', title: 'Acme uuid', vendor: 'Acme', names: ['acmeuuid'],
      token: { alphabet: 'uuid' },
      examples: { positive: [{ text: `ACMEUUID_API_KEY=${uuid}` }, { text: `acmeuuid token ${uuid}` }] },
    });
    expect(secrets(d, `ACMEUUID_API_KEY=${uuid}`)).toEqual([uuid]);
    expect(secrets(d, `new AcmeUuidTransport('${uuid}', 'api_key', $recipient)`)).toEqual([]);
    expect(secrets(d, `acmeuuid = "${uuid}"`)).toEqual([]);
    expect(secrets(d, `Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "AcmeUuid.Credentials", "src\\AcmeUuid.Credentials.csproj", "{${uuid.toUpperCase()}}"`)).toEqual([]);
  });

  it('a shape wider than a uuid (base64url) does not take one: it is an id', () => {
    const d = vendorToken({
      id: 'acme-wide', title: 'Acme wide', vendor: 'Acme', names: ['acmewide'],
      token: { alphabet: 'base64url', length: [32, 64] },
      examples: { positive: [{ text: 'ACMEWIDE_SECRET=q3Jm8Vb0xKp2Zr7LwN4tYc9Ae1Hs6Ud5Gi0F' }, { text: 'acmewide secret q3Jm8Vb0xKp2Zr7LwN4tYc9Ae1Hs6Ud5Gi0F' }] },
    });
    expect(secrets(d, 'ACMEWIDE_SECRET=q3Jm8Vb0xKp2Zr7LwN4tYc9Ae1Hs6Ud5Gi0F')).toEqual(['q3Jm8Vb0xKp2Zr7LwN4tYc9Ae1Hs6Ud5Gi0F']);
    expect(secrets(d, 'ACMEWIDE_SECRET=6b0e2f4a-93d1-4c7e-b5a8-2f1d9e7c3a60')).toEqual([]);
    expect(secrets(d, '"href": "https://api.acmewide.org/2.0/users/%7B6b0e2f4a-93d1-4c7e-b5a8-2f1d9e7c3a60%7D"')).toEqual([]);
  });

  it('a uuid shape with a prefix and a digits shape', () => {
    const uuid = '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d';
    const d = vendorToken({
      id: 'acme-two', title: 'Acme two', vendor: 'Acme', names: ['acmetwo'],
      token: [{ alphabet: 'uuid', prefix: 'api-' }, { alphabet: 'digits', length: 12 }],
      examples: { positive: [{ text: `acmetwo_key=api-${uuid}` }, { text: 'acmetwo_token=482915730166' }] },
    });
    expect(secrets(d, `acmetwo_key=api-${uuid}`)).toEqual([`api-${uuid}`]);
    expect(secrets(d, `acmetwo_key=${uuid}`)).toEqual([]);
    expect(secrets(d, 'acmetwo_token=482915730166')).toEqual(['482915730166']);
    expect(secrets(d, 'acmetwo_token=111111111111')).toEqual([]);
  });

  it('refuses names that are too short or too common, at definition time', () => {
    const make = (name: string) => () =>
      vendorToken({ id: 'x-key', title: 'x', vendor: 'x', names: [name], token: { alphabet: 'hex', length: 32 }, examples: { positive: [] } });
    expect(make('abc')).toThrow(/4\+ characters/);
    expect(make('Acme')).toThrow(/lowercase/);
    expect(make('line')).toThrow(/too common/);
  });

  it('adds its own negatives to every entry, and every catalogue entry has unique, vendor-specific names', () => {
    expect(acme.examples.negative.length).toBe(2);
    const entries = allDetectors.filter(isVendorToken);
    for (const d of entries) for (const k of d.keywords) expect(COMMON_WORDS.has(k), `${d.id}: ${k}`).toBe(false);
  });
});

describe('vendorToken on hostile input', () => {
  const MIB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
  it.each([
    ['the name repeated', fill('acmequotes')],
    ['name and key word repeated', fill('acmequotes_api_key=')],
    ['name then a long alphanumeric run', `acmequotes_key=${randomRun(ALNUM, MIB, 9)}`],
    ['name, key word and a too-long value, repeated', fill(`acmequotes_key=${value20}Z `)],
    ['names given as values on one endless line', fill('{name:"ACMEQUOTES_API_KEY"},')],
    ['names given as values, a line each, no value key', fill('- name: ACMEQUOTES_API_KEY\n')],
  ])('%s: no match, linear', (_name, text) => {
    const started = performance.now();
    expect(secrets(acme, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  // a shape with a literal prefix looks for it after each name, within reach only: searched to the
  // end of the text, a megabyte of names took 52 s
  const prefixed = vendorToken({
    id: 'acmequotes-live-key',
    title: 'AcmeQuotes live key',
    vendor: 'AcmeQuotes',
    names: ['acmequotes'],
    token: { alphabet: 'alnum', prefix: 'aq_live_', length: 24 },
    examples: { positive: [{ text: `ACMEQUOTES_KEY=aq_live_${value20}Xy7Q` }] },
  });
  it.each([
    ['the name repeated, no prefix anywhere', fill('acmequotes')],
    ['name and key word repeated, the prefix far after', `${fill('acmequotes_api_key=').slice(0, MIB - 40)}aq_live_${value20}Xy7Q`],
  ])('prefixed shape, %s: no match, linear', (_name, text) => {
    const started = performance.now();
    expect(secrets(prefixed, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
