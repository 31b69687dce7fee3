// Vendor formats the vendor-token kit's alphabet shapes cannot say (`1a2b-3c4d-…`, `v2/<300+>`, a
// JWT): a value of its own structure after the vendor's name on the same line. One definition of
// "after the name", shared by the catalogue files that need a pattern of their own.
import type { Detector, Example } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { LONG_TOKEN, withVendorForms } from '../../kit/vendor-token.js';
import { decodeJsonObject } from './payloads.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface NamedSpec {
  readonly id: string;
  readonly title: string;
  /** The vendor's name as its users write it (`Livestorm`). */
  readonly vendor: string;
  /** Lowercase vendor names, as in kit/vendor-token.ts. */
  readonly names: readonly string[];
  readonly remediation: string;
  readonly examples: { readonly positive: readonly Example[]; readonly negative: readonly Example[] };
}

/**
 * A JSON Web Token assigned to a vendor-named key: the vendors that issue their API keys as JWTs
 * (Livestorm, Form.io, Front …). The header must decode to a JSON object naming its type or
 * algorithm. Wins over the generic jwt detector, which reports the same span without the vendor.
 * Also read the kit's way (withVendorForms): under a YAML mapping or TOML section named after the
 * vendor, in a name/value pair, a block or on the line after the name.
 */
export function vendorJwt(spec: NamedSpec): Detector {
  const names = spec.names.map(escape).join('|');
  const own = patternDetector({
    id: spec.id,
    vendor: spec.vendor,
    title: spec.title,
    severity: 'high',
    keywords: spec.names,
    priority: 55,
    pattern: new RegExp(
      // the vendor's name, then within the same line (its identifier, an operator, a type, a flag:
      // `[] = "`, ` string = "`, ` <- "`, ` --api-key `) a header.payload.signature
      `(?:${names})[^\\n]{0,64}?(?<![\\w.-])` + '(?<secret>eyJ[\\w-]{10,512}\\.[\\w-]{10,4096}\\.[\\w-]{20,1024})(?![\\w.-])',
      'i',
    ),
    validate: isSignedJwt,
    remediation: spec.remediation,
    examples: spec.examples,
  });
  return withVendorForms(own, { names: spec.names, token: { alphabet: 'token', prefix: 'eyJ', length: [40, LONG_TOKEN] } }, isSignedJwt);
}

/** header.payload.signature, the header a JSON object naming its type or algorithm. */
const SIGNED_JWT = /^eyJ[\w-]{10,512}\.[\w-]{10,4096}\.[\w-]{20,1024}$/;
function isSignedJwt(secret: string): boolean {
  if (!SIGNED_JWT.test(secret)) return false;
  const header = decodeJsonObject(secret.slice(0, secret.indexOf('.')));
  return header !== undefined && (typeof header['alg'] === 'string' || typeof header['typ'] === 'string');
}

/**
 * The vendor's name (any case), then at most 48 characters of the same line, then `value` (a regex
 * source, matched case-insensitively) not glued to a longer word on either side:
 * `screenshotapi_key: ABC1234-…`, `selectpdf-access-key-<id>`, `everhour token 1a2b-…`.
 */
export function afterVendorName(names: readonly string[], value: string): RegExp {
  return new RegExp(`(?:${names.map(escape).join('|')})[^\\n]{0,48}?(?<![A-Za-z0-9])(?<secret>${value})(?![\\w=-])`, 'i');
}

/**
 * A value with a structure of its own (`1a2b-3c4d-…`) within a few words after a vendor's name on
 * the same line. `value` is a regex source matched case-insensitively, like the names.
 */
export function nearVendorName(spec: NamedSpec & { readonly value: string; readonly minEntropy?: number }): Detector {
  return patternDetector({
    id: spec.id,
    vendor: spec.vendor,
    title: spec.title,
    severity: 'high',
    keywords: spec.names,
    pattern: afterVendorName(spec.names, spec.value),
    minEntropy: spec.minEntropy ?? 3,
    remediation: spec.remediation,
    examples: spec.examples,
  });
}

