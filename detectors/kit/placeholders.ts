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
  /^_{1,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_{1,2}$/, // _admin_password_, __DB_PASSWORD__: a marker a setup script replaces
  /(?:^|[^A-Za-z])(?:process\.env|os\.environ|os\.getenv|getenv|env\(|ENV\[|System\.getenv|secrets\.)/,
];

/**
 * Words that mark a value as a stand-in. Matched case-insensitively anywhere in the value. "Change me",
 * "change this" and "change it" (the JDK keystores' published `changeit`) also typed with digits for
 * letters (`ch4n63m3`, wallabag's `ch4n63m31fy0uc4n`).
 */
const STAND_IN_WORDS = /example|placeholder|your[_-]?(?:api|access|secret|token|key|pass|own|app|client|db|auth)|your[_-](?:[a-z0-9]{1,20}[_-]){1,3}(?:pass(?:word|wd)?|pwd|secret|token|key)|ch[a4@]n[g6][e3][-_]?(?:m[e3]|th[i1]s|[i1]t\b)|replace[_-]?me|insert[_-]?(?:your|key|token|here)|redacted|dummy|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret)|_here\b|^your.{0,24}pass(?:word|wd)|^this[_-]?is[_-]?(?:a|an|my|our|your|the|not)[_-]|^insecure$|^minioadmin$|xxxx|\*\*\*\*|\.\.\.\.|•|…/i;

/**
 * Credentials their vendor publishes as fixed defaults, the same on every machine: the account keys of
 * the Azure Storage emulator (Azurite) and of the Cosmos DB emulator, and a public search key a tool ships. Documentation,
 * not a leak, wherever they appear (a generic `emulatorAccountKey = "…"` too).
 */
export const PUBLISHED_DEFAULT_KEYS: ReadonlySet<string> = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
  // the search-only Algolia key of the npm-search index that Yarn 2+ ships in every release and in
  // its interactive-tools plugin (committed as .yarn/releases/yarn-*.cjs in Yarn projects)
  '6fe4476ee5a1832882e326b506d14126',
]);

/**
 * Example secrets printed in documentation, copied into tests and configs, often repeated to a
 * required length: Google Authenticator's TOTP example `JBSWY3DPEHPK3PXP` (base32 of "Hello!" and
 * 0xDEADBEEF); AWS's example secret access key (`wJalrXUtnFEMI/K7MDENG/…`), often cut short; the PHP
 * manual's crypt() example salt (`$2y$04$usesomesillystringfor…`); the test API key of Mollie's PHP
 * client README and documentation (`test_dHar4XY7…`), pasted into countless integrations.
 */
const PUBLISHED_EXAMPLES = /JBSWY3DPEHPK3PXP|^wJalrXUtnFEMI|usesomesillystringfor|^(?:test_)?dHar4XY7LxsDOtmnk/;

/** A run of one character: no issued credential holds one. */
const RUN = /(.)\1{5,}/;

/** Counting and keyboard sequences: rare in random values, common in values typed by hand. */
const SEQUENCE = /0123456|1234567|abcdefg|qwerty/i;

/**
 * True when the value stands in for a credential: empty, a reference to another value, a stand-in
 * word or a run of one character. What vendor-format detectors reject: when the format itself (a
 * prefix, a checksum, the vendor's name and a key word) says "credential", a value typed by hand
 * (`sk_test_1234567890abcdef…`) is still one, pasted into a file as such.
 */
export function isStandIn(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || PUBLISHED_DEFAULT_KEYS.has(v) || PUBLISHED_EXAMPLES.test(v)) return true;
  if (REFERENCE.some((re) => re.test(v))) return true;
  if (STAND_IN_WORDS.test(v)) return true;
  return RUN.test(v);
}

/**
 * isStandIn, or a counting/keyboard sequence: what generic detectors reject, whose only evidence is
 * a name and a value's shape, where `1234567890` is far more often a sample than a secret.
 */
export function isPlaceholder(value: string): boolean {
  return isStandIn(value) || SEQUENCE.test(value.trim());
}

/**
 * Separate runs of three ascending letters or digits (`abc`, `123`, `def`): a value typed to look like
 * a key (`abc123def456ghi789`) has many, a random one of 40 characters almost never three. Not part of
 * isPlaceholder: a rule's own examples are typed this way, and where a name says "credential" such a
 * value is still reported; a detector with weaker evidence (a URL parameter) asks for it.
 */
export function steppedRuns(value: string): number {
  let runs = 0;
  for (let i = 0; i + 2 < value.length; i++) {
    const a = value.charCodeAt(i);
    const alnum = (a >= 48 && a <= 55) || (a >= 65 && a <= 88) || (a >= 97 && a <= 120); // the run stays in its class
    if (alnum && value.charCodeAt(i + 1) === a + 1 && value.charCodeAt(i + 2) === a + 2) {
      runs++;
      i += 2;
    }
  }
  return runs;
}

/** Words typed where a password goes: the slot's own name, defaults (`admin`, `root`), test passwords (`testpass`). */
const PASSWORD_WORDS =
  /^(?:pass(?:word|wd|phrase)?\d{0,4}|pwd|pw|(?:super|top|my)?[-_]?secret\d{0,4}|token|my[-_]?(?:token|key)|mypass(?:word)?|yourpass(?:word)?|user(?:name)?|admin|root|toor|test(?:ing)?[_-]?(?:pass(?:word|wd)?|pwd|pw|secret)?\d{0,4}|login|foo|bar|foobar|none|null|empty|x+|\*+|\.+|-+)$/i;

/** An UPPER_SNAKE name where a password goes (`USERNAME:PERSONAL_ACCESS_TOKEN`, `DB_USER:DB_PASSWORD`): a slot to fill in. */
const CONSTANT_NAME = /^[A-Z]{2,30}\d{0,2}(?:_[A-Z]{2,30}\d{0,2}){1,6}$/;

/**
 * True for passwords that are stand-ins (in a URL, a connection string, a compose file's URL, a store):
 * too short, templates, variables, route parameters, words, or the user name again.
 */
export function isPlaceholderPassword(password: string, user = ''): boolean {
  if (password.length < 4 || isPlaceholder(password) || PASSWORD_WORDS.test(password)) return true;
  if (/\$\{|\{\{|%\(|%[sdv](?![0-9A-Fa-f])|\{\w*\}|^\$|^:/.test(password)) return true;
  if (CONSTANT_NAME.test(password)) return true;
  return user.length > 0 && password.toLowerCase() === user.toLowerCase();
}
