// Settings written in syntaxes where something other than an operator stands between a credential's
// name and its value: a typed declaration (`apiKey: string = "…"`, `const ACME_TOKEN: &str = "…"`,
// `acme_key: str = "…"` in a pydantic settings class), an Objective-C string (`kAcmeApiKey = @"…"`), an
// XML element (`<acmeApiKey>…</acmeApiKey>`, Android's `<string name="acme_api_key">…</string>`), a
// call that sets one (`define('ACME_KEY', '…')`, `os.Setenv("ACME_KEY", "…")`, `System.setProperty`), a
// settings table's row in a SQL dump (`(7, 'acme_api_key', '…')`),
// a C `#define`, a command-line flag (`--acme-api-key …`, `-Dacme.api.key=…`), Clojure's `(def …)`,
// Make's `?=`, R's `<-` and a Terraform variable's default. A vendor's detector reads `NAME = value`;
// pairs.ts rewrites each of these in place, in one copy of the part, to `NAME=value` (the same length),
// and only vendor detectors read that copy. The generic detector reads the file as it stands.
//
// A form is read only in the files that write it, on the lines where a vendor's name stands (the
// engine's keyword starts of vendor detectors) and one of its markers occurs, and only a name that holds
// a key-like word is rewritten: the copy costs the vendor detectors a second pass over the part, paid
// only by the few files that set a credential so.

import { PROSE_EXTENSIONS } from '../../detectors/kit/prose.js';

/** One syntax: the files it is read in, literals of which every match holds one, and the pattern. */
export interface SettingForm {
  readonly name: string;
  /** Tested on the file's name alone (pairs.ts keeps the answer by name). */
  readonly files: RegExp;
  readonly markers: readonly string[];
  /** Lines the form spreads over, from the one the vendor's name is on (default 1). */
  readonly lines?: number;
  /**
   * Global, with groups `name` and one of `dq` / `sq` / `bare` (the value). The rewrite runs from the
   * match's start or the name's, whichever comes first, to the value.
   */
  readonly pattern: RegExp;
}

/** A value in double or single quotes, at most 2 KiB, on one line. */
const QUOTED = String.raw`(?:"(?<dq>[^\n"]{1,2048})"|'(?<sq>[^\n']{1,2048})')`;
/** A quoted value, or a bare one up to a blank, a quote or a shell operator. */
const VALUE = String.raw`(?:${QUOTED}|(?<bare>[^\s"'\\;|&<>()\x60][^\s"'\\;|&<>()\x60]{0,2047}))`;
/** A name as code writes it. */
const IDENT = String.raw`[A-Za-z_][\w]{0,80}`;

/** Prose (kit/prose.ts): Markdown, reStructuredText, AsciiDoc, text. */
const PROSE_FILES = new RegExp(`\\.(?:${[...PROSE_EXTENSIONS].join('|')})$`, 'i');
const CODE_FILES = /\.(?:[cm]?[jt]sx?|py|pyi|rb|go|java|kts?|scala|groovy|gradle|cs|php\d?|swift|rs|c|cc|cpp|cxx|h|hh|hpp|m|mm|ino|dart|lua|pl|pm|exs?|r)$/i;
const SCRIPT_FILES =
  /\.(?:sh|bash|zsh|ksh|fish|ps1|psm1|bat|cmd|ya?ml|json|md|mdx|rst|txt|adoc|mk|toml|conf|cfg|ini|service|desktop|plist|xml)$|(?:^|\/)(?:Makefile|GNUmakefile|Dockerfile|Containerfile|Jenkinsfile|Procfile|Vagrantfile|Earthfile)[^/]*$|(?:^|\/)\.[\w-]*rc$/i;

export const SETTING_FORMS: readonly SettingForm[] = [
  {
    // TypeScript, Rust, Python, Kotlin, Swift, Scala: `name: string = "…"`, `NAME: &'static str = "…"`
    name: 'typed declaration',
    files: /\.(?:[cm]?tsx?|rs|pyi?|kts?|swift|scala|sc)$/i,
    markers: ['str =', 'str=', 'String =', 'String=', 'string =', 'string=', 'Str ='],
    // (the match starts at the colon, the name is read behind it: a pattern starting with a name is tried at every identifier)
    pattern: new RegExp(
      String.raw`(?<=(?<![\w$.])(?<name>${IDENT})\??[ \t]{0,4}):[ \t]{0,4}(?:&(?:'static[ \t]{1,4})?str|String|string|str|SecretStr)[ \t]{0,4}=[ \t]{0,4}(?:r#?)?${QUOTED}`,
      'g',
    ),
  },
  {
    // Objective-C: `NSString *const kAcmeApiKey = @"…"` (a constant's k prefix is not the name's), and `@"acmeKey": @"…"`
    name: 'Objective-C string',
    files: /\.(?:m|mm|h)$/i,
    markers: ['@"'],
    pattern: new RegExp(String.raw`(?<![\w$@"])(?:k(?=[A-Z]))?(?<name>${IDENT})"?[ \t]{0,4}[=:][ \t]{0,4}@"(?<dq>[^\n"]{1,2048})"`, 'g'),
  },
  {
    // `<acmeApiKey>…</acmeApiKey>` (.NET and Java config, Maven properties)
    name: 'XML element',
    files: /\.(?:xml|config|csproj|vbproj|fsproj|props|targets|xaml|resx|jelly|wsdl)$/i,
    markers: ['</'],
    pattern: /<(?<name>[A-Za-z_][\w.-]{0,80})(?:[ \t][^<>\n]{0,200})?>(?<bare>[^<\s]{1,2048})<\/\k<name>>/g,
  },
  {
    // Android's `<string name="acme_api_key">…</string>`, `<entry key="…">…</entry>`, `<property name="…">…</property>`
    name: 'named XML element',
    files: /\.(?:xml|config|props|targets|resx)$/i,
    markers: ['</'],
    pattern: /<(?<tag>[A-Za-z][\w.:-]{0,40})[ \t](?:[^<>\n]{0,200}[ \t])?(?:name|key)=(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,80})\k<nq>[^<>\n]{0,200}>(?<bare>[^<\s]{1,2048})<\/\k<tag>>/g,
  },
  {
    // PHP's define, setenv (C, Go's os.Setenv, Rust's env::set_var), Java's System.setProperty, .NET's SetEnvironmentVariable
    name: 'setting call',
    files: CODE_FILES,
    markers: ['define', 'etenv', 'putenv', 'set_var', 'setProperty', 'SetEnvironmentVariable', 'setdefault'],
    pattern: new RegExp(
      String.raw`(?<![\w$])(?:define|setenv|Setenv|putenv|set_var|setProperty|SetEnvironmentVariable|setdefault)[ \t]{0,2}\([ \t]{0,4}(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,80})\k<nq>[ \t]{0,4},[ \t]{0,4}${QUOTED}`,
      'g',
    ),
  },
  {
    // `os.environ["ACME_KEY"] = "…"`, `ENV['ACME_KEY'] = '…'`, `process.env["ACME_KEY"] = "…"`
    name: 'environment entry',
    files: CODE_FILES,
    markers: ['environ[', 'ENV[', 'env['],
    pattern: new RegExp(String.raw`(?<![\w$])(?:environ|ENV|env)\[[ \t]{0,2}(?<nq>["'])(?<name>[A-Za-z_][\w.-]{0,80})\k<nq>[ \t]{0,2}\][ \t]{0,4}=(?!=)[ \t]{0,4}${QUOTED}`, 'g'),
  },
  {
    // C, C++, Objective-C, Arduino sketches: `#define ACME_API_KEY "…"`
    name: 'C define',
    files: /\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|ino|pde)$/i,
    markers: ['define'],
    pattern: new RegExp(String.raw`#[ \t]{0,4}define[ \t]{1,8}(?<name>${IDENT})[ \t]{1,8}(?:[LuU]8?|@)?"(?<dq>[^\n"]{1,2048})"`, 'g'),
  },
  {
    // a Java system property on a command line: `-Dacme.api.key=…` (before flags: `-D…` is one too)
    name: 'system property',
    files: SCRIPT_FILES,
    markers: ['-D'],
    pattern: new RegExp(String.raw`(?<=[\s"'(=\[,])-D(?<name>[A-Za-z_][\w.-]{0,80})=${VALUE}`, 'g'),
  },
  {
    // a command line's flag and its value: `--acme-api-key …`, `--acme-api-key=…`, `-apikey …`
    name: 'command-line flag',
    files: SCRIPT_FILES,
    markers: [' -', '"-', "'-", '(-', '=-', '[-', ',-', '\t-'],
    pattern: new RegExp(String.raw`(?<=[\s"'(=\[,])--?(?<name>[A-Za-z][\w.-]{1,80})(?:=|[ \t]{1,4})${VALUE}`, 'g'),
  },
  {
    // Clojure: `(def acme-api-key "…")`, and an EDN map's `:acme-api-key "…"`
    name: 'Clojure definition',
    files: /\.(?:clj|cljs|cljc|edn)$/i,
    markers: ['(def', ':'],
    pattern: /(?:\((?:def|defonce)[ \t]{1,4}(?:\^:[\w-]{1,20}[ \t]{1,4})?|(?<![\w:-]):)(?<name>[A-Za-z_*][\w*.-]{0,80})[ \t]{1,4}"(?<dq>[^\n"]{1,2048})"/g,
  },
  {
    // Make's conditional, appending and immediate assignments: `ACME_KEY ?= …`, `ACME_KEY += …`, `ACME_KEY ::= …`
    name: 'Make assignment',
    files: /\.mk$|(?:^|\/)(?:GNU)?[Mm]akefile[^/]*$/,
    markers: ['?=', '+=', ':=', '!='],
    pattern: new RegExp(String.raw`^[ \t]{0,8}(?:export[ \t]{1,4}|override[ \t]{1,4})?(?<name>${IDENT})[ \t]{0,4}(?:\?|\+|::?:?|!)=[ \t]{0,4}${VALUE}`, 'gm'),
  },
  {
    // R: `acme_api_key <- "…"`
    name: 'R assignment',
    files: /\.(?:r|rmd|qmd)$/i,
    markers: ['<-'],
    pattern: new RegExp(String.raw`(?<![\w$.])(?<name>[A-Za-z_.][\w.]{0,80})[ \t]{0,4}<<?-[ \t]{0,4}${QUOTED}`, 'g'),
  },
  {
    // a settings table's row in a SQL dump or seed: `INSERT INTO wp_options VALUES (7, 'acme_api_key', '…', 'yes')`
    name: 'SQL row',
    files: /\.sql$/i,
    markers: ["','", "', '"],
    pattern: /(?<=[(,][ \t]{0,4})'(?<name>[A-Za-z_][\w.-]{0,80})'[ \t]{0,4},[ \t]{0,4}'(?<sq>[^\n'\\]{1,2048})'/g,
  },
  {
    // a documentation table's row naming a setting and its value: `| ACME_API_KEY | 9c1f… |`, `` | `ACME_API_KEY` | `9c1f…` | ``
    name: 'documentation table row',
    files: PROSE_FILES,
    markers: ['|'],
    pattern: new RegExp(String.raw`^[ \t]{0,8}\|?[ \t]{0,8}\x60?(?<name>${IDENT})\x60?[ \t]{0,8}\|[ \t]{0,8}\x60?(?<bare>[^\s|\x60]{8,2048})\x60?[ \t]{0,8}(?:\|[^\n]{0,400})?$`, 'gm'),
  },
  {
    // a setting named and given in a sentence's code spans: `` Set `ACME_API_KEY` to `9c1f…`. ``, `` `ACME_API_KEY`: `9c1f…` ``
    name: 'documentation code spans',
    files: PROSE_FILES,
    markers: ['\x60'],
    pattern: new RegExp(String.raw`\x60(?<name>${IDENT})\x60[ \t]{0,4}(?:to|=|:|is|as)[ \t]{0,4}\x60(?<bare>[^\s\x60]{8,2048})\x60`, 'g'),
  },
  {
    // a Terraform variable's default: `variable "acme_api_key" {` then, after its type and description, `default = "…"`
    name: 'Terraform variable',
    files: /\.tf$/i,
    markers: ['variable'],
    lines: 6,
    pattern: new RegExp(
      String.raw`variable[ \t]{1,4}"(?<name>[A-Za-z_][\w-]{0,80})"[ \t]{0,4}\{[ \t]*\r?\n(?:[ \t]{0,40}(?:type|description|sensitive|nullable|ephemeral)[ \t]{0,4}=[^\n]{0,300}\n){0,4}[ \t]{0,40}default[ \t]{0,4}=[ \t]{0,4}${QUOTED}`,
      'g',
    ),
  },
];

/** A name worth a rewrite: it says key, token, secret, password or credential. */
export const KEY_LIKE_NAME = /key|token|secret|passw|pwd|auth|credential|bearer|private|sid|signature|login|cert/i;
