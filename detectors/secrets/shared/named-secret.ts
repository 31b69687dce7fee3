// The vendors whose public key and secret have the same shape (Pusher's app key and app secret are
// both 20 hex, Amplitude's API key and secret key both 32 hex): the vendor-token kit would report the
// public one, since any key-like word lets it through. Here the value counts only under a name that
// says which half it is — `PUSHER_APP_SECRET=…`, `amplitude.secret_key: …` — or, within a few hundred
// characters after the vendor's name, under a bare member name of its config object (`secret: '…'`
// in `new Pusher({ appId, key, secret })`).
import type { Detector, Example, Severity } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

export interface NamedSecretSpec {
  readonly id: string;
  readonly title: string;
  readonly vendor: string;
  /** Lowercase words that name the vendor (the detector's keywords): `pusher`. */
  readonly names: readonly string[];
  /** Tested on the name squashed to lowercase letters and digits: `/secret/`, `/cert/`. */
  readonly kind: RegExp;
  /** Squashed member names accepted without the vendor's name in them: `secret`, `apisecret`. */
  readonly bareNames: readonly string[];
  /** The value's regex source (no capturing groups): `[0-9a-f]{20}`. */
  readonly value: string;
  /** Characters that may not follow the value (a regex class): `[A-Za-z0-9]`. */
  readonly after: string;
  readonly severity: Severity;
  readonly minEntropy?: number;
  readonly remediation: string;
  readonly examples: { readonly positive: readonly Example[]; readonly negative: readonly Example[] };
}

/** How far before the vendor's name a match may start (a dotted name: `config.pusher.secret`). */
const BEFORE = 80;
/** How far after the vendor's name a match may end: the few lines of a config object. */
const AFTER = 320;

export function namedSecret(spec: NamedSecretSpec): Detector {
  const bare = new Set(spec.bareNames);
  return patternDetector({
    id: spec.id,
    title: spec.title,
    vendor: spec.vendor,
    severity: spec.severity,
    keywords: spec.names,
    // a name (identifier, dotted path or env var), its closing quote or bracket, an operator (or, in XML,
    // the sibling attribute of `<add key="PusherSecret" value="…" />`), an opening quote, the value
    pattern: new RegExp(
      String.raw`(?<![\w$.-])(?<name>[A-Za-z_$][\w$.-]{0,60})["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=]|value[ \t]{0,2}=)[ \t]{0,3}["'\x60]?(?<secret>${spec.value})(?!${spec.after})`,
    ),
    keywordSpan: { before: BEFORE, after: AFTER },
    minEntropy: spec.minEntropy ?? 3,
    validate: (secret, m) => {
      if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret)) return false;
      const name = (m.groups?.['name'] ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
      if (!spec.kind.test(name) || /(?:id|ids|uuid)$/.test(name)) return false;
      return bare.has(name) || spec.names.some((n) => name.includes(n.replace(/[^a-z0-9]/g, '')));
    },
    priority: 45,
    remediation: spec.remediation,
    examples: spec.examples,
  });
}
