// Ways of giving a secret-named setting a literal without a plain assignment operator right after
// the name, each read forward from the name (bounded, linear in what it reads):
//   C and Arduino      #define WIFI_PASSWORD "…"        char wifi_password[] = "…";
//   Go, R              var apiSecret string = "…"       api_secret <- "…"
//   XML                <apiSecret>…</apiSecret>         <add key="ApiSecret" value="…" />
//                      <string name="maps_api_key">…</string>
//                      <key>ApiSecret</key><string>…</string>   <name>fs.s3a.secret.key</name><value>…</value>
//   command-line flags --api-key …, --client-secret=…, -password "…"
//   subscripts, calls  os.environ["API_SECRET"] = "…"   knife[:api_secret] = "…"   System.setProperty("API_SECRET", "…")
//   SQL rows           INSERT INTO settings VALUES (7, 'smtp_password', '…')     (a settings table in a dump or seed)
//   Clojure            (def api-secret "…")
//   C# properties      public string ApiSecret { get; set; } = "…";
import { lineStartWithin, quotedSpan, type LiteralSpan } from '../../kit/name-value.js';

const MAX_VALUE = 300;

/** `#define NAME "value"`: the quoted value after a name that a #define opens. */
function defineValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  const lineStart = lineStartWithin(text, nameStart, 40);
  if (lineStart < 0 || !/^[ \t]{0,8}#[ \t]{0,4}define[ \t]{1,8}$/.test(text.slice(lineStart, nameStart))) return undefined;
  let at = nameEnd;
  while (at < text.length && at - nameEnd < 40 && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at === nameEnd || text[at] !== '"') return undefined;
  return quotedSpan(text, at);
}

/** `<name>value</name>`: an element's text on one line, when the element is named by the name alone. */
function elementValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  if (text[nameStart - 1] !== '<' || text[nameEnd] !== '>') return undefined;
  const start = nameEnd + 1;
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE && text[end] !== '<' && text[end] !== '\n') end++;
  if (end === start || !text.startsWith(`</${text.slice(nameStart, nameEnd)}>`, end)) return undefined;
  return { start, end, quoted: true };
}

/** The element names of a name/value pair and the element its value is in: plists, Hadoop, servlet parameters. */
const PAIR_VALUE_ELEMENT: Readonly<Record<string, string>> = { key: 'string', name: 'value', 'param-name': 'param-value' };

/**
 * `<key>ApiSecret</key> <string>value</string>` (a property list: an iOS or macOS app's Info.plist or
 * settings), `<name>fs.s3a.secret.key</name> <value>v</value>` (Hadoop), `<param-name>…</param-name>
 * <param-value>…` (a servlet's web.xml): the value element after the name's, up to 200 blanks apart.
 */
function pairElementValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  let open = nameStart - 2; // before the '>'; an element name of the table is at most 10 characters
  while (open >= 0 && nameStart - open <= 12 && text[open] !== '<') open--;
  if (open < 0 || text[open] !== '<') return undefined;
  const element = text.slice(open + 1, nameStart - 1);
  const valueElement = PAIR_VALUE_ELEMENT[element];
  if (valueElement === undefined || !text.startsWith(`</${element}>`, nameEnd)) return undefined;
  let at = nameEnd + element.length + 3;
  const from = at;
  while (at < text.length && at - from < 200 && /[ \t\r\n]/.test(text[at] as string)) at++;
  if (!text.startsWith(`<${valueElement}>`, at)) return undefined;
  const start = at + valueElement.length + 2;
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE && text[end] !== '<' && text[end] !== '\n') end++;
  if (end === start || !text.startsWith(`</${valueElement}>`, end)) return undefined;
  return { start, end, quoted: true };
}

/**
 * `--api-key value`, `--api-key=value`, `-password "value"`: the flag's argument. `name` is the flag
 * with its dashes; the value is quoted, or bare up to the next blank.
 */
export function flagValue(text: string, flagStart: number, flagEnd: number): LiteralSpan | undefined {
  // a flag stands after a blank, a quote or an opening bracket, never inside a word (`a--b`)
  const before = text[flagStart - 1];
  if (flagStart > 0 && before !== ' ' && before !== '\t' && before !== '"' && before !== "'" && before !== '[' && before !== '(') return undefined;
  let at = flagEnd;
  if (text[at] === '=') at++;
  else {
    const from = at;
    while (at < text.length && at - from < 4 && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at === from) return undefined;
  }
  const q = text[at];
  if (q === '"' || q === "'") return quotedSpan(text, at);
  let end = at;
  while (end < text.length && end - at <= MAX_VALUE && !/[\s"'`;|&)\\]/.test(text[end] as string)) end++;
  // another flag, a variable; a usage line's argument (`--auth [F</path/to/htpasswd>]`, `--token <TOKEN>`): optional or named, not given;
  // a file the tool reads the value from (`--private-key @AuthKey.p8`, as curl's `-d @body.json`)
  if (end === at || text[at] === '-' || text[at] === '$' || text[at] === '[' || text[at] === '<' || text[at] === '@') return undefined;
  return { start: at, end, quoted: false };
}


/**
 * Typed declarations that put something other than `=` or `:` right after the name:
 *   C arrays      char wifi_password[] = "…";      (Arduino sketches)
 *   Go            var apiSecret string = "…"
 *   R             api_secret <- "…"
 * Quoted values only: in code a bare value is an expression.
 */
function typedValue(text: string, nameStart: number, nameEnd: number, lang: FileLanguage): LiteralSpan | undefined {
  const c = text[nameEnd];
  let at = nameEnd;
  if (c === '[') {
    at++;
    while (at < text.length && at - nameEnd <= 7 && text[at] !== ']') {
      if (text.charCodeAt(at) < 0x30 || text.charCodeAt(at) > 0x39) return undefined;
      at++;
    }
    if (text[at] !== ']') return undefined;
    at = skipBlanks(text, at + 1);
    if (text[at] !== '=' || text[at + 1] === '=') return undefined;
    return quotedAfter(text, at + 1);
  }
  if ((c === ' ' || c === '\t') && lang.go) {
    // `var name string = "…"`, `name []byte = "…"` (a var or const block)
    const m = /^[ \t]{1,4}(?:string|\[\]byte)[ \t]{0,4}=(?!=)/.exec(text.slice(nameEnd, nameEnd + 24));
    return m ? quotedAfter(text, nameEnd + m[0].length) : undefined;
  }
  if (lang.r) {
    at = skipBlanks(text, nameEnd);
    if (text[at] !== '<' || text[at + 1] !== '-') return undefined;
    return quotedAfter(text, at + 2);
  }
  return undefined;
}

/**
 * A name in an XML attribute that names the element's setting, its value the element's text or a
 * sibling `value` attribute:
 *   Android resources   <string name="maps_api_key">…</string>
 *   .NET appSettings    <add key="ApiSecret" value="…" />
 *   .NET settings       <setting name="ApiSecret" serializeAs="String"> <value>…</value>
 */
function attributeValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  const q = text[nameStart - 1];
  if ((q !== '"' && q !== "'") || text[nameEnd] !== q || text[nameStart - 2] !== '=') return undefined;
  const key = text.slice(Math.max(0, nameStart - 6), nameStart - 2);
  if (!/(?:^|[ \t])(?:name|key)$/.test(key)) return undefined;
  const lineStart = lineStartWithin(text, nameStart, 160);
  if (lineStart < 0 || !/<[\w:.-]{1,40}[ \t][^<>]{0,100}$/.test(text.slice(lineStart, nameStart))) return undefined;
  const after = nameEnd + 1;
  if (text[after] === '>') {
    const start = after + 1;
    let end = start;
    while (end < text.length && end - start <= MAX_VALUE && text[end] !== '<' && text[end] !== '\n') end++;
    return end > start && text.startsWith('</', end) ? { start, end, quoted: true } : undefined;
  }
  const m = /^[ \t]{1,8}value=(["'])/.exec(text.slice(after, after + 16));
  if (m) return quotedSpan(text, after + m[0].length - 1);
  return settingValueElement(text, after);
}

/**
 * .NET's application and user settings (app.config, Settings.settings): `<setting name="ApiSecret" serializeAs="String">`
 * then, on the next line, `<value>…</value>`. Other attributes may follow the name; the element opens next.
 */
const SETTING_OPEN = /^(?:[ \t]{1,8}[\w:-]{1,40}=(["'])[^"'<>\r\n]{0,80}\1){0,3}[ \t]{0,8}>[ \t\r\n]{0,200}<[Vv]alue>/;

function settingValueElement(text: string, after: number): LiteralSpan | undefined {
  const m = SETTING_OPEN.exec(text.slice(after, after + 560));
  if (!m) return undefined;
  const start = after + m[0].length;
  let end = start;
  while (end < text.length && end - start <= MAX_VALUE && text[end] !== '<' && text[end] !== '\n') end++;
  return end > start && /^<\/[Vv]alue>/.test(text.slice(end, end + 8)) ? { start, end, quoted: true } : undefined;
}

function skipBlanks(text: string, at: number): number {
  const from = at;
  while (at < text.length && at - from < 8 && (text[at] === ' ' || text[at] === '\t')) at++;
  return at;
}

/** A quoted value after an operator (and blanks). */
function quotedAfter(text: string, at: number): LiteralSpan | undefined {
  at = skipBlanks(text, at);
  const q = text[at];
  return q === '"' || q === "'" ? quotedSpan(text, at) : undefined;
}

/** What a file's name says about the forms worth trying in it (decided once per file). */
export interface FileLanguage {
  readonly go: boolean;
  readonly csharp: boolean;
  readonly r: boolean;
  readonly sql: boolean;
  readonly clojure: boolean;
  /** Erlang and Elixir: terms and keyword tuples, `{db_password, "…"}`, `{:api_key, "…"}`. */
  readonly erlang: boolean;
  /** C++: a variable initialised directly, `std::string password("…")`, `auto kApiKey{"…"}`. */
  readonly cpp: boolean;
  /** fish, Windows batch files and CMake: a variable set by a command (`set -x NAME value`, `setx NAME value`, `set(NAME "value")`). */
  readonly setsByCommand: boolean;
}

export function fileLanguage(path: string): FileLanguage {
  return { go: /\.go$/.test(path), csharp: /\.cs$/.test(path), r: /\.[rR]$/.test(path), sql: /\.sql$/i.test(path), clojure: /\.(?:clj[sc]?|edn)$/.test(path), erlang: /\.(?:erl|hrl|config|app\.src|exs?)$/.test(path), cpp: /\.(?:cc|cpp|cxx|c\+\+|hpp|hh|hxx|h|ino)$/.test(path), setsByCommand: /\.(?:fish|bat|cmd|cmake)$|(?:^|\/)CMakeLists\.txt$/i.test(path) };
}

/**
 * The literal one of the forms above gives the name at [nameStart, nameEnd) (no operator follows
 * it), and which form. The characters around the name pick the one form worth reading, so that the
 * many keyword hits in code that are none of them cost a few comparisons.
 */
export function operatorlessValue(text: string, nameStart: number, nameEnd: number, lang: FileLanguage): { span: LiteralSpan; form: 'define' | 'call' | 'other' } | undefined {
  const before = text.charCodeAt(nameStart - 1);
  const after = text.charCodeAt(nameEnd);
  let span: LiteralSpan | undefined;
  if (before === 0x3c /* < */) span = after === 0x3e /* > */ ? elementValue(text, nameStart, nameEnd) : undefined;
  else if (before === 0x3e /* > */) span = after === 0x3c /* < */ ? pairElementValue(text, nameStart, nameEnd) : undefined;
  else if (before === 0x22 || before === 0x27) {
    if (after !== before) return undefined;
    span = attributeValue(text, nameStart, nameEnd) ?? subscriptValue(text, nameEnd) ?? (lang.sql ? sqlRowValue(text, nameStart, nameEnd) : undefined);
    if (!span) {
      const call = callValue(text, nameStart, nameEnd);
      return call ? { span: call, form: 'call' } : undefined;
    }
  }
  else if (before === 0x3a /* : */ && after === 0x5d /* ] */ && text.charCodeAt(nameStart - 2) === 0x5b /* [ */) span = symbolSubscriptValue(text, nameEnd);
  else if (lang.clojure && before === 0x3a /* : */ && (after === 0x20 || after === 0x09 || after === 0x2c)) span = keywordMapValue(text, nameEnd);
  else if (lang.erlang && after === 0x2c /* , */ && (before === 0x7b /* { */ || (before === 0x3a && text.charCodeAt(nameStart - 2) === 0x7b))) span = tupleValue(text, nameEnd);
  else if (after === 0x5b /* [ */) span = typedValue(text, nameStart, nameEnd, lang);
  else if ((before === 0x20 || before === 0x09) && precededByDefine(text, nameStart)) {
    span = defineValue(text, nameStart, nameEnd);
    return span ? { span, form: 'define' } : undefined;
  } else if (lang.clojure && (before === 0x20 || before === 0x09)) span = clojureDefValue(text, nameStart, nameEnd);
  else if (lang.csharp && (after === 0x20 || after === 0x7b /* { */)) span = propertyInitializer(text, nameEnd);
  else if ((before === 0x20 || before === 0x09 || before === 0x28 /* ( */) && (after === 0x20 || after === 0x09) && lang.setsByCommand) span = setCommandValue(text, nameStart, nameEnd);
  else if (lang.cpp && (after === 0x28 /* ( */ || after === 0x7b /* { */) && (before === 0x20 || before === 0x09 || before === 0x2a /* * */ || before === 0x26 /* & */)) span = directInitValue(text, nameStart, nameEnd);
  else if (lang.go || lang.r) span = typedValue(text, nameStart, nameEnd, lang);
  return span ? { span, form: 'other' } : undefined;
}

/** C#'s auto-property with an initializer: `{ get; set; } = "…"`, `{ get; init; }`, `{ get; private set; }`, `{ get; }`. */
const PROPERTY_ACCESSORS = /^[ \t]{0,4}\{[ \t]{0,4}get;[ \t]{0,4}(?:(?:(?:private|protected|internal)[ \t]{1,4})?(?:set|init);[ \t]{0,4})?\}[ \t]{0,4}=(?!=)/;

function propertyInitializer(text: string, nameEnd: number): LiteralSpan | undefined {
  const m = PROPERTY_ACCESSORS.exec(text.slice(nameEnd, nameEnd + 80));
  return m ? quotedAfter(text, nameEnd + m[0].length) : undefined;
}

/**
 * What declares a C++ variable before its name, from the start of its line or statement: specifiers, then a type
 * (`std::string`, `const QString &`, `std::basic_string<char>`, `auto`). A call (`check_password(`) has none: an
 * operator, a comma, a parenthesis or `return` stands there instead.
 */
const CPP_DECLARATION = /(?:^|[;{}])[ \t]{0,40}(?:(?:static|const|constexpr|constinit|inline|thread_local|extern)[ \t]{1,4}){0,3}(?!return\b|else\b|case\b|new\b|delete\b|throw\b)[A-Za-z_][\w:]{0,60}(?:<[\w:, ]{1,60}>)?(?:[ \t]{1,4}const)?[ \t*&]{1,6}$/;

/** A C++ variable initialised directly from a literal: `std::string password("…");`, `QString apiKey{"…"};`. */
function directInitValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  const lineStart = lineStartWithin(text, nameStart, 120);
  if (lineStart < 0 || !CPP_DECLARATION.test(text.slice(lineStart, nameStart))) return undefined;
  const close = text[nameEnd] === '(' ? ')' : '}';
  const span = quotedAfter(text, nameEnd + 1);
  if (!span) return undefined;
  const end = skipBlanks(text, span.end + 1);
  return text[end] === close ? span : undefined;
}

/** `define` and blanks right before `at` (a few comparisons, no search). */
function precededByDefine(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < 8 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  return k < at && text.startsWith('define', k - 6);
}

/**
 * A settings table's row in SQL: the quoted name as a value of a row (after `(` or `,`), the next value quoted,
 * `(7, 'smtp_password', 'hunter22', 'yes')` (WordPress's options, a CMS's settings, a seed's).
 */
function sqlRowValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  // a setting's key is a compound name (`smtp_password`, `mail.secret`, `apiToken`): a bare `password` in a row is
  // a value of a column (a credential's type beside its hash, in Ory Kratos's test data), not a key
  if (!/[A-Za-z0-9][._-][A-Za-z0-9]|[a-z0-9][A-Z]/.test(text.slice(nameStart, nameEnd))) return undefined;
  let k = nameStart - 2; // before the opening quote
  while (k >= 0 && nameStart - k < 8 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (text[k] !== '(' && text[k] !== ',') return undefined;
  const at = skipBlanks(text, nameEnd + 1);
  if (text[at] !== ',') return undefined;
  const value = quotedAfter(text, at + 1);
  return value && text[value.start - 1] === "'" ? value : undefined;
}

/** A Clojure or EDN map's keyword and its string: `{:user "shop" :password "…"}` (blanks or commas between). */
function keywordMapValue(text: string, nameEnd: number): LiteralSpan | undefined {
  let at = nameEnd;
  while (at < text.length && at - nameEnd < 8 && (text[at] === ' ' || text[at] === '\t' || text[at] === ',')) at++;
  return text[at] === '"' ? quotedSpan(text, at) : undefined;
}

/** An Erlang or Elixir two-element tuple, the name first: `{db_password, "…"}`, `{db_password, <<"…">>}`, `{:api_key, "…"}`. */
function tupleValue(text: string, nameEnd: number): LiteralSpan | undefined {
  let at = skipBlanks(text, nameEnd + 1);
  if (text.startsWith('<<', at)) at += 2;
  if (text[at] !== '"') return undefined;
  const span = quotedSpan(text, at);
  if (!span) return undefined;
  let end = span.end + 1;
  if (text.startsWith('>>', end)) end += 2;
  return text[skipBlanks(text, end)] === '}' ? span : undefined;
}

/** Clojure's `(def api-secret "…")`, `(defonce api-secret "…")`: the string after the defined name. */
function clojureDefValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  let k = nameStart;
  while (k > 0 && nameStart - k < 8 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
  if (!text.startsWith('(def', k - 4) && !text.startsWith('(defonce', k - 8)) return undefined;
  const at = skipBlanks(text, nameEnd);
  return at > nameEnd && text[at] === '"' ? quotedSpan(text, at) : undefined;
}

/** `os.environ["API_SECRET"] = "…"`, `ENV['API_SECRET'] = '…'`, `config["api_secret"] = "…"`: after the name's closing quote. */
function subscriptValue(text: string, nameEnd: number): LiteralSpan | undefined {
  if (text.charCodeAt(nameEnd + 1) !== 0x5d /* ] */) return undefined;
  const at = skipBlanks(text, nameEnd + 2);
  if (text[at] !== '=' || text[at + 1] === '=') return undefined;
  return quotedAfter(text, at + 1);
}

/** Ruby's symbol subscript: `knife[:aws_secret_access_key] = "…"`, `config[:api_secret] = '…'` (after the `]`). */
function symbolSubscriptValue(text: string, nameEnd: number): LiteralSpan | undefined {
  const at = skipBlanks(text, nameEnd + 1);
  if (text[at] !== '=' || text[at + 1] === '=') return undefined;
  return quotedAfter(text, at + 1);
}

/**
 * A call whose first argument names the setting and whose second is its value:
 * `System.setProperty("API_SECRET", "…")`, `os.Setenv("API_SECRET", "…")`, `props.put("api.secret", "…")`,
 * `headers.set("X-Api-Key", "…")`.
 */
function callValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  let k = nameStart - 2; // before the opening quote
  while (k >= 0 && nameStart - k < 8 && (text[k] === ' ' || text[k] === '\t')) k--;
  // a call names its function right before the parenthesis: `("auth", "0013_auto")` is a tuple (a Django migration's dependency)
  if (text[k] !== '(' || !/[\w$]/.test(text[k - 1] ?? '')) return undefined;
  let at = skipBlanks(text, nameEnd + 1);
  if (text[at] !== ',') return undefined;
  const value = quotedAfter(text, at + 1);
  if (!value) return undefined;
  at = skipBlanks(text, value.end + 1);
  // a third argument, a word or a short string: .NET's `SetEnvironmentVariable("API_SECRET", "…", "User")`
  if (text[at] === ',') {
    const third = THIRD_ARGUMENT.exec(text.slice(at, at + 64));
    if (third) at += third[0].length;
  }
  return text[at] === ')' ? value : undefined;
}

/** `, "User"`, `, EnvironmentVariableTarget.Machine`, `, true`: a short last argument after the value. */
const THIRD_ARGUMENT = /^,[ \t]{0,8}(?:"[\w .:-]{0,40}"|'[\w .:-]{0,40}'|[\w.]{1,48})[ \t]{0,8}/;

/**
 * A variable set by a command at the start of its line, name and value apart: fish's `set -x NAME value` (`-gx`,
 * `-Ux`), Windows' `setx NAME value`, CMake's `set(NAME "value")` (then maybe `CACHE STRING "…"`).
 */
const SET_COMMAND = /(?:^|\n)[ \t]{0,8}(?:setx[ \t]{1,8}|set[ \t]{1,4}(?:-[a-zA-Z]{1,4}[ \t]{1,4}){1,3}|set\([ \t]{0,4})$/i;
const SET_VALUE = /[ \t]{1,8}(?:"([^"\r\n]{1,300})"|'([^'\r\n]{1,300})'|([^\s"'()$%;&|]{1,300}))(?=[ \t]{0,8}(?:$|[\r\n)]|[ \t]CACHE\b|[ \t]\/[MmSs]\b))/y;

function setCommandValue(text: string, nameStart: number, nameEnd: number): LiteralSpan | undefined {
  if (!SET_COMMAND.test(text.slice(Math.max(0, nameStart - 24), nameStart))) return undefined;
  SET_VALUE.lastIndex = nameEnd;
  const m = SET_VALUE.exec(text);
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? (m[3] as string);
  const end = nameEnd + m[0].length - (m[3] === undefined ? 1 : 0);
  return { start: end - value.length, end, quoted: m[3] === undefined };
}
