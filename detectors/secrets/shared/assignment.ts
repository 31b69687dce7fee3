// Formats that are only recognisable next to the vendor's name: a bare 32- or 40-hex string is not a
// secret, `DD_API_KEY=<32 hex>` is. The pattern is anchored on the value: it matches the operator
// and opening quote right after an identifier, then the value; `isNamed` then reads the identifier
// just before the match. Matching value-first keeps hostile text cheap: a megabyte of `dd_dd_dd_`
// or `datadog` gives the regex nothing to start on.

/**
 * Operator and opening quote right after a name: `=`, `: "`, `": "`, ` := "`, `' => '`, `"] = "`, `>`.
 * No lookbehind in front: a leading consuming class lets the engine skip ahead to candidate
 * characters, and the leftmost match starts right after the identifier anyway.
 */
const OPERATOR = `["'\\]]{0,2}\\s{0,3}(?:=>|:=|[:=>])\\s{0,3}["'\`]?`;

/** Identifier characters that may sit between a vendor and a kind: `DD_AGENT_API_KEY`, `datadog.app_key`. */
export function vendorName(vendor: string, kind: string): string {
  return `(?:${vendor})[A-Za-z0-9_.-]{0,24}(?:${kind})`;
}

export interface NamedAssignment {
  /** Regex source of the operator part, as the group `assign`: put it right before the value. */
  readonly source: string;
  /**
   * True when the identifier just before the match is `name` (case-insensitive, not the tail of
   * a longer word), or when the match came through another alternative than `assign`.
   */
  readonly isNamed: (match: RegExpExecArray, text: string) => boolean;
}

/** A value assigned to, keyed by, or sent in a header named `name` (a regex source). */
export function namedAssignment(name: string): NamedAssignment {
  const nameAtEnd = new RegExp(`(?:^|[^A-Za-z0-9])(?:${name})$`, 'i');
  return {
    source: `(?<assign>${OPERATOR})`,
    isNamed: (m, text) => m.groups?.['assign'] === undefined || nameAtEnd.test(text.slice(Math.max(0, m.index - 64), m.index)),
  };
}
