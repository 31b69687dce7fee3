// Values that look like credentials but are documentation, templates or references to elsewhere.
// Every detector rejects these unless it opts out; the generic detectors add their own stricter list.

/** References to a value stored elsewhere: environment, template variables, secret managers. */
const REFERENCE = [
  /^\$\{[^}]*\}$/, // ${VAR}
  /^\$\{\{[^}]*\}\}$/, // ${{ secrets.X }}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\$\([^)]*\)$/, // $(command)
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /^\{\{.*\}\}$/, // {{ var }}
  /^<[^<>]*>$/, // <your-token>
  /^\[[^[\]]*\]$/, // [token]
  /^%\([A-Za-z_]+\)s$/, // %(name)s
  /^#\{[^}]*\}$/, // #{var}
  /(?:^|[^A-Za-z])(?:process\.env|os\.environ|os\.getenv|getenv|env\(|ENV\[|System\.getenv|secrets\.)/,
];

/** Words that mark a value as a stand-in. Matched case-insensitively anywhere in the value. */
const STAND_IN_WORDS = /example|placeholder|your[_-]?(?:api|access|secret|token|key|pass|own|app|client|db|auth)|changeme|change[_-]me|replace[_-]?me|insert[_-]?(?:your|key|token|here)|redacted|dummy|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret)|_here\b|xxxx|\*\*\*\*|\.\.\.\.|•|…/i;

/** Runs and sequences that random credentials do not contain. */
const LOW_INFORMATION = /(.)\1{5,}|0123456|1234567|abcdefg|qwerty/i;

/** True when the value is a placeholder, a reference to another value, or obviously not random. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (REFERENCE.some((re) => re.test(v))) return true;
  if (STAND_IN_WORDS.test(v)) return true;
  return LOW_INFORMATION.test(v);
}
