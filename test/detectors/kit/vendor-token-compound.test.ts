// The vendor-token kit's wider readings: a vendor called by a common word, named only as the first
// word of a key's identifier (`compoundNames`); a name that opens a block whose first lines hold the
// value (Terraform variables, JSON objects, HCL providers); and long formats (LONG_TOKEN).
import { describe, expect, it } from 'vitest';
import { BLOCK_LINES, COMPOUND_WORDS, LONG_TOKEN, vendorToken } from '../../../detectors/kit/vendor-token.js';
import type { Detector } from '../../../src/types.js';
import { randomRun } from '../../helpers/random.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const value32 = randomRun(ALNUM, 32, 11);
const hex40 = randomRun(HEX, 40, 12);

const secrets = (detector: Detector, text: string, path = 'x.txt'): string[] => [...detector.detect({ path, text })].map((m) => m.secret ?? '');

/** A vendor called by the common word `box`, with one longer name of its own. */
const boxy = vendorToken({
  id: 'boxy-api-token',
  title: 'Boxy API token',
  vendor: 'Boxy',
  names: ['boxyapp'],
  compoundNames: ['box'],
  token: { alphabet: 'alnum', length: 32 },
  examples: { positive: [{ text: `BOX_API_KEY=${value32}` }, { text: `boxyapp token: ${value32}` }] },
});

describe('vendorToken compoundNames', () => {
  it.each([
    `BOX_API_KEY=${value32}`,
    `BOX_TOKEN="${value32}"`,
    `  boxSecret: '${value32}',`,
    `box-api-key: ${value32}`,
    `const BoxAccessToken = "${value32}";`,
    `box_apikey = "${value32}"`,
    `BOX_CLIENT_SECRET=${value32}`,
    `boxPrivateKey = "${value32}"`,
    `app --box-token ${value32}`,
    `this._boxKey = '${value32}';`,
    `env: { BOX_ACCESS_TOKEN: "${value32}" }`,
    `export BOXTOKEN=${value32}`,
    `{"box_key": "${value32}"}`,
    `box.client.secret=${value32}`,
    `box.api.key: ${value32}`,
  ])('finds the value in %s', (text) => {
    expect(secrets(boxy, text)).toEqual([value32]);
  });

  it.each([
    [`SANDBOX_KEY=${value32}`, 'sandbox: a letter before the word'],
    [`inbox_token = "${value32}"`, 'inbox'],
    [`checkbox_token = "${value32}"`, 'checkbox'],
    [`"x-box-token": "${value32}"`, 'a word and a dash before it'],
    [`MY_BOX_KEY=${value32}`, 'not the first word of the identifier'],
    [`box2_key = "${value32}"`, 'a digit glued to the word'],
    [`box = "${value32}"`, 'the word alone'],
    [`box token: ${value32}`, 'the word and a key word apart: prose, not an identifier'],
    [`box_keys = ["${value32}"]`, 'a plural: the key word goes on'],
    [`BOX_KEYS=${value32}`, 'a plural in upper case'],
    [`box_tokenizer = "${value32}"`, 'a longer word'],
    [`boxKeyboard = "${value32}"`, 'a longer word, camelCase'],
    [`box_client_id = "${value32}"`, 'a client id: no key-like word before the value'],
    [`box_shadow_key = "${value32}"`, 'box glued to another word'],
    [`.box { box-sizing: border-box; } /* box-key ${value32.slice(0, 20)} */`, 'CSS; and the value short'],
    [`BOX_API_KEY="\${BOX_API_KEY}"`, 'a reference'],
    [`BOX_TOKEN=box${value32.slice(3)}`, 'the value holds the vendor word'],
  ])('refuses %s (%s)', (text) => {
    expect(secrets(boxy, text)).toEqual([]);
  });

  it('real code around common words stays quiet', () => {
    const front = vendorToken({
      id: 'fronty-api-token', title: 'Fronty', vendor: 'Fronty', names: ['frontyapp'], compoundNames: ['front'],
      token: { alphabet: 'alnum', length: 32 },
      examples: { positive: [{ text: `FRONT_SECRET=${value32}` }, { text: `frontyapp token ${value32}` }] },
    });
    const float = vendorToken({
      id: 'floaty-api-token', title: 'Floaty', vendor: 'Floaty', names: ['floatyapp'], compoundNames: ['float'],
      token: { alphabet: 'base64', length: [59, 60] },
      examples: { positive: [{ text: 'x' }, { text: 'y' }] },
    });
    expect(secrets(front, `FRONT_SECRET=${value32}`)).toEqual([value32]);
    expect(secrets(front, `// the front-end token ${value32} is refreshed by the SPA`)).toEqual([]);
    expect(secrets(front, `frontend_token = "${value32}"`)).toEqual([]);
    expect(secrets(front, `storefront_api_key = "${value32}"`)).toEqual([]);
    expect(secrets(float, 'float_key = 3.4028234663852886e+38; FLOAT_TOKEN = 17; const floatKeys = [1.5, 2.25];')).toEqual([]);
    expect(secrets(float, "cache.set('float_key', 3.141592653589793238462643383279502884197169399375105820974944)")).toEqual([]);
  });

  it('adds the compound forms as keywords, never the bare word', () => {
    expect(boxy.keywords).toContain('boxyapp');
    expect(boxy.keywords).not.toContain('box');
    for (const join of ['_', '-', '', '.']) for (const word of COMPOUND_WORDS) expect(boxy.keywords).toContain(`box${join}${word}`);
    expect(boxy.keywords.length).toBe(1 + 4 * COMPOUND_WORDS.length);
  });

  it('its own negatives rename the compound word too', () => {
    const renamed = boxy.examples.negative.find((e) => e.why === 'the same value without the vendor name');
    expect(renamed?.text).toBe(`widget_API_KEY=${value32}`);
    expect(secrets(boxy, renamed?.text ?? '')).toEqual([]);
  });

  it('refuses malformed compound names, at definition time', () => {
    const make = (compoundNames: string[], names: string[] = []) => () =>
      vendorToken({ id: 'x-key', title: 'x', vendor: 'x', names, compoundNames, token: { alphabet: 'hex', length: 32 }, examples: { positive: [] } });
    expect(make(['Box'])).toThrow(/one lowercase word/);
    expect(make(['bx'])).toThrow(/one lowercase word/);
    expect(make(['box_'])).toThrow(/one lowercase word/);
    expect(make([])).toThrow(/no vendor name/);
    expect(make(['box'])).not.toThrow();
  });
});

describe('vendorToken blocks the name opens', () => {
  const acme = vendorToken({
    id: 'acmeblock-api-key', title: 'AcmeBlock', vendor: 'AcmeBlock', names: ['acmeblock'],
    token: [{ alphabet: 'hex', length: 40 }, { alphabet: 'uuid' }],
    examples: { positive: [{ text: `ACMEBLOCK_KEY=${hex40}` }, { text: `acmeblock token ${hex40}` }] },
  });
  const uuid = '6b0e2f4a-93d1-4c7e-b5a8-2f1d9e7c3a60';

  it.each([
    [`variable "acmeblock_api_key" {\n  type      = string\n  sensitive = true\n  default   = "${hex40}"\n}`, 'a Terraform default two lines down'],
    [`variable "acmeblock_token" {\n  default = "${uuid}"\n}`, 'a uuid under a key-named variable'],
    [`provider "acmeblock" {\n  region  = "eu-west-1"\n  api_key = "${hex40}"\n}`, 'a provider block'],
    [`{\n  "acmeblock": {\n    "endpoint": "https://api.acmeblock.io",\n    "apiToken": "${hex40}"\n  }\n}`, 'a JSON object'],
    [`const acmeblockConfig = {\r\n  secret: '${hex40}',\r\n};`, 'a JS object, CRLF lines'],
  ])('finds the value: %#', (text) => {
    const found = secrets(acme, text);
    expect(found.length).toBe(1);
    expect([hex40, uuid]).toContain(found[0]);
  });

  it.each([
    [`variable "acmeblock_region" {\n  default = "${hex40}"\n}`, 'default under a name without a key-like word'],
    [`provider "acmeblock" {\n  project_id = "${hex40}"\n}`, 'a key without a key-like word'],
    [`"acmeblock": {\n  "build": "${hex40}"\n}`, 'a build id'],
    [`variable "acmeblock_api_key" {\n  type = string\n}\nvariable "region" {\n  default = "${hex40}"\n}`, 'the next block'],
    [`"acmeblock": {\n  "auth": {\n    "token": "${hex40}"\n  }\n}`, 'a nested block (not read)'],
    [`variable "acmeblock_api_key" {\n${'  # note\n'.repeat(BLOCK_LINES)}  default = "${hex40}"\n}`, 'past the block lines read'],
    [`acmeblock {\n  "api_key": "\${ACMEBLOCK_API_KEY}"\n}`, 'a reference'],
    [`acmeblock description: {\n  key = "${hex40}"\n}`, 'not a block opened on the name: prose before the brace'],
  ])('refuses %s (%s)', (text) => {
    expect(secrets(acme, text)).toEqual([]);
  });
});

describe('vendorToken long formats', () => {
  const TOKEN = `${ALNUM}_-`;
  const jwtLike = (seed: number, payload: number): string =>
    `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomRun(TOKEN, payload, seed)}.${randomRun(TOKEN, 683, seed + 1)}`;
  const longy = vendorToken({
    id: 'longy-access-token', title: 'Longy', vendor: 'Longy', names: ['longyapp'],
    token: { alphabet: 'token', length: [600, 1500] },
    examples: { positive: [{ text: 'x' }, { text: 'y' }] },
  });

  it('reads a value of ~1,000 characters whole', () => {
    const token = jwtLike(21, 300);
    expect(token.length).toBeGreaterThan(1000);
    expect(secrets(longy, `LONGYAPP_ACCESS_TOKEN=${token}`)).toEqual([token]);
  });

  it('a long random value may hold a camelCase word part by chance', () => {
    const token = `${jwtLike(23, 200)}.aIdB${randomRun(ALNUM, 20, 24)}`;
    expect(secrets(longy, `longyapp_token: "${token}"`)).toEqual([token]);
  });

  it('refuses a value shorter or longer than the range', () => {
    expect(secrets(longy, `LONGYAPP_ACCESS_TOKEN=${jwtLike(25, 10).slice(0, 590)}`)).toEqual([]);
    expect(secrets(longy, `LONGYAPP_ACCESS_TOKEN=${randomRun(ALNUM, 1501, 26)}`)).toEqual([]);
  });

  it(`refuses a shape longer than LONG_TOKEN (${LONG_TOKEN}), at definition time`, () => {
    const make = (max: number) => () =>
      vendorToken({ id: 'x-key', title: 'x', vendor: 'x', names: ['xvendor'], token: { alphabet: 'token', length: [600, max] }, examples: { positive: [] } });
    expect(make(LONG_TOKEN)).not.toThrow();
    expect(make(LONG_TOKEN + 1)).toThrow(/out of range/);
  });
});

describe('vendorToken wider readings on hostile input', () => {
  const MIB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
  const longy = vendorToken({
    id: 'longy2-access-token', title: 'Longy', vendor: 'Longy', names: ['longyapp'],
    token: { alphabet: 'token', length: [600, LONG_TOKEN] },
    examples: { positive: [{ text: 'x' }, { text: 'y' }] },
  });
  it.each([
    ['compound names glued to a word before', boxy, fill('sandbox_api_key=')],
    ['compound names, no value', boxy, fill(' box_api_key_token_secret=')],
    ['block openers, no value', boxy, fill('boxyapp {\n  default = "x"\n')],
    ['block openers with key lines', boxy, fill(`boxyapp_key {\n${'  api_key = zz\n'.repeat(8)}`)],
    ['a name then a long run past the longest shape', longy, `longyapp_key=${randomRun(ALNUM, MIB - 20, 9)}`],
    ['a name and a too-long value, repeated', longy, fill(`longyapp_key=${randomRun(ALNUM, LONG_TOKEN + 1, 10)} `)],
  ])('%s: no match, linear', (_name, detector, text) => {
    const started = performance.now();
    expect(secrets(detector, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
