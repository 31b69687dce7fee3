import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { decodeBase64 } from '../../kit/checksums.js';
import { afterVendorName } from '../shared/named-value.js';

/** A password value, not a reference or an expression: `os.environ[...]`, `config.password`, `getPass()`. */
function looksLikePassword(value: string): boolean {
  if (/^[A-Za-z_][\w.]{0,63}(?:\(.{0,60}\)|\[.{0,60}\])?$/.test(value) && !/[0-9]/.test(value)) return false;
  return !/^(?:null|none|nil|true|false|undefined|password|secret)$/i.test(value);
}

// Snowflake passwords written under a Snowflake-named key: SNOWFLAKE_PASSWORD=…, snowflake password: …,
// "snowflakePassword": "…". Connection URLs with a password are the URL-credentials detector's.
export const snowflakePassword: Detector = patternDetector({
  id: 'snowflake-password',
  title: 'Snowflake password',
  severity: 'high',
  keywords: ['snowflake'],
  pattern:
    /snowflake[\w. -]{0,24}?(?:password|passwd|pwd)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}(?<q>["']?)(?<secret>[^\s"'`$;,{}<>]{6,64})\k<q>(?=[\s,;)}]|$)/i,
  keywordSpan: { before: 0, after: 140 },
  validate: looksLikePassword,
  remediation:
    'Change the Snowflake user\'s password (ALTER USER … SET PASSWORD) or, better, move the integration to ' +
    'key-pair or OAuth authentication; keep whatever it uses in a secret store.',
  examples: {
    positive: [
      { text: 'SNOWFLAKE_PASSWORD=Of9tEdhvzA!wQ1dXq', path: '.env' },
      { text: '  snowflake_password: "Kp7#vWq2-Lm9zT"', path: 'profiles.yml' },
    ],
    negative: [
      { text: 'SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}', why: 'a reference' },
      { text: "snowflake_password = os.environ['SNOWFLAKE_PASSWORD']", why: 'read from the environment' },
      { text: 'snowflake_password: "{{ env_var(\'SNOWFLAKE_PASSWORD\') }}"', why: 'a template' },
      { text: 'snowflakePassword = config.password', why: 'a reference to another value' },
    ],
  },
});

/** A Weaviate Cloud key: 88 base64 characters that decode to a base64 secret, '=' and a version tag (`=_v200`). */
function isWeaviateCloudKey(secret: string): boolean {
  const bytes = decodeBase64(secret);
  return bytes !== undefined && /^[A-Za-z0-9+/_-]{40,80}={1,2}_v\d{3}$/.test(bytes.toString('latin1'));
}

// Weaviate Cloud API keys (clusters with RBAC, v1.30 and later): base64 of a random secret followed by
// `=_v200`, 88 characters. Read after a Weaviate name; the decoded tag is checked, so a base64 blob of
// another kind is not reported.
export const weaviateApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'weaviate-api-key',
    title: 'Weaviate Cloud API key',
    vendor: 'Weaviate',
    severity: 'high',
    keywords: ['weaviate'],
    pattern: afterVendorName(['weaviate'], '[A-Za-z0-9+/]{88}'),
    validate: isWeaviateCloudKey,
    priority: 50,
    remediation:
      'Delete or rotate the key in the API Keys section of the cluster in the Weaviate Cloud console, and keep the ' +
      'replacement in a secret store (WEAVIATE_API_KEY).',
    examples: {
      positive: [
        { text: 'WEAVIATE_URL=https://q7x2k9.c0.europe-west3.gcp.weaviate.cloud\nWEAVIATE_API_KEY=dGdSRndOT2tmU3VuZjFQX25aR25QaGV5RzBHbVlfWkE1TCsxNWFPK1FuVmJUbGx2d0Q4SFc4eVdaK1BYPV92MjAw', path: '.env' },
        { text: 'os.environ["WEAVIATE_API_KEY"] = "ZUlncWxkVkhBeV9oRHRFTzFacjJMVnFkWEJXOV8yd1VaN0hySnJQVEFVZ0NXdGdIUU9TaVJ3YVJmcmJHPV92MjAw"', path: 'app/vectors.py' },
      ],
      negative: [
        { text: 'WEAVIATE_API_KEY=Fsqw2I3HJP39EnlX/HO7hDCqPNBagJxlmvSgsH9ju2axUnBrYktGH8HIIYKIk74FX8uUb9uD78BbH1Hd0wRea0lS', why: '88 base64 characters without the version tag' },
        { text: 'WEAVIATE_API_KEY=M2Zya2hfZUJFWlNGMEtPcHJfM3dkY1VhVjRzNHpMZW5zSDU4aTlEa1kvZm1xOFdwMkloMmt1SWZtUWF3PV92MjA', why: 'one character short' },
        { text: 'WEAVIATE_API_KEY=your-weaviate-api-key', why: 'placeholder' },
      ],
    },
  }),
  { names: ['weaviate'], token: { alphabet: 'base64', length: 88 } },
  isWeaviateCloudKey,
);

/** data vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
export const dataVendorsSZ: readonly Detector[] = [
  ...vendorTokens([
    {
      id: 'stitch-api-token',
      title: 'Stitch API token',
      vendor: 'Stitch',
      names: ['stitchdata'],
      token: { alphabet: 'lower-alnum', length: 35 },
      examples: {
        positive: [
          { text: 'stitchdata_token: "0732y0tivrst71mfz6idsff9dhen7bzc5wq"', path: 'config/settings.yml' },
          { text: 'client = StitchdataClient(api_key="j0qhe2wch14y791hgttj0hjk2kdpo5b9rm3")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'stitchdata_token: "0732y0tivrst71mfz6idsff9dhen7bzc5w"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
  ]),
  snowflakePassword,
  weaviateApiKey,
];
