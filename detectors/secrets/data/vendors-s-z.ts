import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';

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
];
