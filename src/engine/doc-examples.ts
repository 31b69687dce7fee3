// Examples written in a library's own documentation comments: the `@example` section of a JSDoc, TSDoc,
// Javadoc or PHPDoc block (`/** … @example … */`, the OpenAPI `@example` a generated typing carries), a fenced
// code sample in such a block or in Rust's and C#'s `///` comments, a Python doctest (`>>> jws.sign(…)`
// and the output printed under it) and a docstring's reStructuredText literal block (`…checking::` and the
// indented code under it), an Elixir doctest (`iex> …`) and a Markdown code block indented under the prose of
// a `@doc` or `@moduledoc`, and a shell session shown in help text or a comment (`$ bao operator unseal …`,
// `$ age-keygen` and the key it printed). What they show is the documentation a reader copies from, as in docs/:
// a finding there is marked sample material (context test, one severity lower), not dropped, since a real
// key pasted into an example is still a leak. The code around the comment is judged as code.

/** A line continuing a block comment (`   * text`), not its close: what follows the star. */
const BLOCK_LINE = /^[ \t]*\*(?!\/)[ \t]?(.*)$/;
/** The line that opens a documentation block (`/**`), and what follows on it. */
const BLOCK_OPEN = /^[ \t]*\/\*\*(?!\/)(.*)$/;
/** A `///` or `//!` documentation line, and what follows. */
const SLASH_DOC = /^[ \t]*\/\/[/!][ \t]?(.*)$/;
const FENCE = /^[ \t]*(?:```|~~~)/;
const TAG = /^[ \t]*@([A-Za-z]+)/;
/** A doctest prompt or its continuation. */
const DOCTEST = /^[ \t]*(?:>>>|\.\.\.)(?:[ \t]|$)/;

/**
 * How far up the comment is followed: 8 lines, as far as a history's window reaches above a change
 * (delta.ts), so that a scan and a history judge a value alike; deeper in a longer block, a value is in an
 * example when those 8 lines, all of the block, open a fence or an `@example` section above it.
 */
const MAX_LINES = 8;
/** A line longer than this (minified code, a data line) is no documentation comment's: not read further. */
const MAX_LINE = 4096;

/**
 * True when the text at `column` (0-based) of line `line` lies in a documentation comment's example: after an
 * `@example` tag and before the next tag, or inside a fenced code sample of the comment; in a Python file, on a
 * doctest line or the output under one. `lineText(n)` gives line n (1-based) of the file.
 */
export function inDocCommentExample(lineText: (n: number) => string, line: number, column: number, path: string): boolean {
  const own = bounded(lineText(line));
  if (own === undefined) return false;
  if (inCommentedExample(lineText, line, own)) return true;
  if (/\.pyi?$/.test(path)) return inDoctest(lineText, line) || inLiteralBlock(lineText, line, own);
  if (/\.exs?$/.test(path)) return inIexSession(lineText, line) || inIndentedMarkdownCode(lineText, line, own);
  if (inShellSession(lineText, line)) return true;
  const opened = BLOCK_OPEN.exec(own);
  // a one-line block (`/** @example $argon2id$… */`): the tag before the value
  if (opened) return /@example\b/.test(own.slice(0, column));
  const block = BLOCK_LINE.exec(own);
  if (block) return inBlockExample(lineText, line, block[1] as string) || introducedAsExample(lineText, line, own.slice(0, column));
  const slash = SLASH_DOC.exec(own);
  return slash !== null && inSlashFence(lineText, line);
}

/** A line comment's marker (`#`, `##`, `//`, `;`, `--`) and what follows it. */
const LINE_COMMENT = /^[ \t]*(#+|\/\/|;+|--)[ \t]?(.*)$/;
/**
 * A comment line that announces an example: `Example:`, `Examples:`, `For example:`, `e.g.:`, `## Example gossipKey:`,
 * a longer title ending in a colon (`Example crypt string is:`), or what a format looks like (`// expected:` above a
 * sample of the string a parser reads, Shiro's Argon2 hash format).
 */
const EXAMPLE_HEADER =
  /^(?:<p>[ \t]*)?(?:for[ \t]+)?(?:an?[ \t]+)?(?:examples?|e\.g\.|expected(?:[ \t]+(?:output|format|value|result|string))?)(?:(?:[ \t]+[\w.-]{1,40})?[ \t]*:?|(?:[ \t]+[\w.-]{1,40}){2,5}[ \t]*:)[ \t]*$/i;

/**
 * A YAML key whose default is an empty list or map (`secrets: []`, `extraEnv: {}`): a chart's values.yaml
 * shows what may go there in the commented lines right under it (`#  - name: "env"` / `#    api_key: …`).
 */
const EMPTY_COLLECTION_KEY = /^[ \t]*[\w.-]{1,80}:[ \t]*(?:\[\]|\{\})[ \t]*$/;

/** A tag of YARD (Ruby's documentation comments): `# @example Title`, `# @param name`. */
const YARD_TAG = /^@([a-z]+)\b/;

/**
 * A value on a commented line under a comment that announces an example, in one run of comment lines
 * (`## Example:` / `## gossipKey: "…"` in a chart's values.yaml, `# e.g.` / `# api_key = …` in an INI
 * template, YARD's `# @example Create a token` / `#   client.create_token(client_secret: "…")` in Ruby,
 * up to the next tag), or right under a key whose default is empty (`secrets: []`): the documentation's sample,
 * as in docs/. Read up to 8 lines up, the comment run only.
 */
function inCommentedExample(lineText: (n: number) => string, line: number, own: string): boolean {
  const first = LINE_COMMENT.exec(own);
  if (!first) return false;
  const marker = first[1] as string;
  const ownTag = YARD_TAG.exec((first[2] as string).trim());
  if (ownTag) return ownTag[1] === 'example'; // a tag's own line: its section starts there
  for (let n = line - 1; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    const m = text === undefined ? null : LINE_COMMENT.exec(text);
    if (!m) return text !== undefined && EMPTY_COLLECTION_KEY.test(text);
    if ((m[1] as string)[0] !== marker[0]) return false;
    const comment = (m[2] as string).trim();
    if (EXAMPLE_HEADER.test(comment)) return true;
    const tag = YARD_TAG.exec(comment);
    if (tag) return tag[1] === 'example';
  }
  return false;
}

/**
 * A shell prompt starting a line, maybe after a comment's marker: `$ `, then a command's name. No language writes
 * a statement so (a shell variable is `$name`, glued), so in a source file it is a session shown to a reader: a CLI's
 * usage text (`Examples:` / `    $ bao operator unseal …`), a comment showing how to call a tool. Its indent is (1).
 */
const PROMPT = /^([ \t]*(?:(?:\/\/|#|\*|--)[ \t]?)?[ \t]*)\$[ \t]+[a-z][\w.\/-]{0,40}(?:[ \t]|$)/;

/**
 * A prompt line, or the output printed under one: no blank line between, each line indented as far as the prompt
 * at least (the key `age-keygen` printed under `$ age-keygen`). Judged from the 8 lines above, as doctests are.
 */
function inShellSession(lineText: (n: number) => string, line: number): boolean {
  for (let n = line; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    if (text === undefined || text.trim() === '') return false;
    const prompt = PROMPT.exec(text);
    if (prompt) {
      const indent = (prompt[1] as string).length;
      // every line from the prompt down to the value's is indented under it: the session's output, not code after it
      for (let k = n + 1; k <= line; k++) if ((/^[ \t]*(?:(?:\/\/|#|\*|--)[ \t]?)?[ \t]*/.exec(lineText(k))?.[0].length ?? 0) < indent) return false;
      return true;
    }
  }
  return false;
}

/** The line, or undefined when it is too long to be a comment's. */
function bounded(text: string): string | undefined {
  return text.length > MAX_LINE ? undefined : text;
}

function inBlockExample(lineText: (n: number) => string, line: number, content: string): boolean {
  let tag = TAG.exec(content)?.[1];
  let fences = 0;
  for (let n = line - 1; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    if (text === undefined) return false;
    const opened = BLOCK_OPEN.exec(text);
    const body = opened ? (opened[1] as string) : BLOCK_LINE.exec(text)?.[1];
    if (body === undefined) return false; // not inside a documentation block
    if (FENCE.test(body)) fences++;
    // the nearest tag above the line names the section it is in (a fenced `@decorator` is code, not a tag)
    else if (tag === undefined && fences % 2 === 0) tag = TAG.exec(body)?.[1];
    if (opened) return tag === 'example' || fences % 2 === 1;
  }
  // the block opens further up (a long description before the sample, jose's `@example` prose then a fenced `js`
  // sample): eight lines of the block already tell a fenced sample or an `@example` section, as a history's window reads them
  return tag === 'example' || fences % 2 === 1;
}

/** Words that introduce a sample value in a sentence: `e.g.`, `for example`, `for instance`. */
const EXAMPLE_WORDS = /(?:\be\.g\.|\bfor[ \t]+(?:example|instance))[,:]?[ \t]{0,4}/i;
const EXAMPLE_BEFORE_VALUE = new RegExp(`${EXAMPLE_WORDS.source}["'\`]?$`, 'i');
const EXAMPLE_AT_LINE_END = new RegExp(`${EXAMPLE_WORDS.source}$`, 'i');

/**
 * A value a documentation block's prose gives as an example: `An API key for your app, e.g. "<value>", used to …`,
 * the words right before it on its line, or ending the block line above when the value opens its own
 * (` * An API key used for requests from your app, e.g.` / ` * "<value>", used to identify your app`). A type
 * declaration's doc comment shows the shape of a field so; the value is the documentation's sample.
 */
function introducedAsExample(lineText: (n: number) => string, line: number, before: string): boolean {
  const text = before.replace(/^[ \t]*\*[ \t]?/, '');
  if (EXAMPLE_BEFORE_VALUE.test(text)) return true;
  // the value opens its line, maybe in a Javadoc `{@code …}` or an HTML `<code>`
  if (!/^[ \t]*(?:["'`]|\{@code[ \t]+|<code>|<pre>)?$/.test(text) || line <= 1) return false;
  const above = bounded(lineText(line - 1));
  if (above === undefined) return false;
  const body = BLOCK_OPEN.exec(above)?.[1] ?? BLOCK_LINE.exec(above)?.[1];
  return body !== undefined && (EXAMPLE_AT_LINE_END.test(body.trimEnd()) || EXAMPLE_HEADER.test(body.trim()));
}

function inSlashFence(lineText: (n: number) => string, line: number): boolean {
  let fences = 0;
  for (let n = line - 1; n >= Math.max(1, line - MAX_LINES); n--) {
    const body = SLASH_DOC.exec(bounded(lineText(n)) ?? '')?.[1];
    if (body === undefined) break;
    if (FENCE.test(body)) fences++;
  }
  return fences % 2 === 1;
}

/**
 * The line that opens a reStructuredText literal block in a docstring: a paragraph ending in `::` (`it may also be
 * necessary to disable hostname checking::`), or a code directive (`.. code-block:: python`, `.. sourcecode::`); or
 * a Google-style docstring's `Example:` / `Examples:` section, its lines indented under it. No line of Python code
 * ends in `::` or is a word and a colon alone.
 */
const LITERAL_BLOCK_OPENER = /[^:\s]::[ \t]*$|^[ \t]*\.\.[ \t]+(?:code-block|sourcecode|code)::|^[ \t]*Examples?:[ \t]*$/;
/** A word that says an example follows. */
const EXAMPLE_WORD = /\b(?:[Ee]xamples?|e\.g\.)/;

/**
 * Line `n` (text `text`) ends a docstring's sentence that introduces an example in a colon, the example indented under
 * it (social-core's `7. Configure your web backend. Example setting values for Django settings` / `could be:`): prose
 * (PROSE_LINE: a capital, maybe after a list number, no `=`, brackets or parentheses, as no line of Python code is)
 * naming an example, on the line or wrapped onto it from the line above, read no higher than line `floor`.
 */
function introducesExample(lineText: (n: number) => string, n: number, text: string, floor: number): boolean {
  const own = text.trim();
  if (!own.endsWith(':')) return false;
  const above = n - 1 >= Math.max(1, floor) ? bounded(lineText(n - 1))?.trim() : undefined;
  return isExampleSentence(own) || (above !== undefined && above !== '' && isExampleSentence(`${above} ${own}`));
}

function isExampleSentence(sentence: string): boolean {
  const words = sentence.replace(/^\d{1,2}\.[ \t]+/, '');
  return words.length <= 400 && PROSE_LINE.test(words) && /[ \t]/.test(words) && EXAMPLE_WORD.test(words);
}

/**
 * A line of a reStructuredText literal block (Sphinx docstrings show their examples so): indented deeper than the
 * `::` line above it, blank lines between allowed, within the 8 lines a history's window reads. The block's own
 * lines may step in and out (a dict shown nested, napalm's `Example::` of what `get_users()` returns): every line
 * between is deeper than the opener, and the opener is the first line above them all that ends in `::`.
 */
function inLiteralBlock(lineText: (n: number) => string, line: number, own: string): boolean {
  let least = own.length - own.trimStart().length;
  if (least === 0 || own.trim() === '') return false;
  for (let n = line - 1; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    if (text === undefined) return false;
    if (text.trim() === '') continue;
    const indent = text.length - text.trimStart().length;
    if (indent >= least) continue; // a line of the same block
    if (LITERAL_BLOCK_OPENER.test(text) || introducesExample(lineText, n, text, line - MAX_LINES)) return true;
    if (indent === 0) return false;
    least = indent; // a line of the block nearer its opener, or code
  }
  return false;
}

/** An IEx prompt (`iex>`, `iex(3)>`) or its continuation (`...>`, `...(3)>`), as Elixir's doctests write them. */
const IEX_PROMPT = /^[ \t]*(?:iex|\.\.\.)(?:\(\d{1,4}\))?>(?:[ \t]|$)/;

/**
 * An Elixir doctest line in a `@doc` or `@moduledoc` (`iex> secret = "…"`), or the output under one: no blank line
 * between it and a prompt above, within the 8 lines a history's window reads.
 */
function inIexSession(lineText: (n: number) => string, line: number): boolean {
  for (let n = line; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    if (text === undefined || text.trim() === '' || /"""/.test(text)) return false;
    if (IEX_PROMPT.test(text)) return true;
  }
  return false;
}

/** A sentence of prose: a capital first, words with spaces, ending as a sentence or an introduction does. */
const PROSE_LINE = /^[A-Z][^=(){}\[\]]*[.:]$/;

/**
 * A line of a Markdown code block in Elixir's documentation (`@moduledoc`, `@doc`: ExDoc renders them): indented
 * four or more columns deeper than a line of prose above it (`For example:`, then `    config :app, Endpoint,` and
 * `      secret_key_base: "…"` under it). Code is indented two columns a level (mix format), and a line of code never
 * opens with a capital and ends with a period or a colon; the block's own lines may step in and out between.
 */
function inIndentedMarkdownCode(lineText: (n: number) => string, line: number, own: string): boolean {
  let least = own.length - own.trimStart().length;
  if (least < 4 || own.trim() === '') return false;
  for (let n = line - 1; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    if (text === undefined) return false;
    if (text.trim() === '') continue;
    const indent = text.length - text.trimStart().length;
    if (indent > least - 4) {
      least = Math.min(least, indent); // a line of the same block
      continue;
    }
    const prose = text.trim();
    return PROSE_LINE.test(prose) && /[ \t]/.test(prose); // words with a blank between, tested apart: one run of a class stays linear
  }
  return false;
}

/** A doctest line, or a line of the output under one: no blank line between it and the prompt above. */
function inDoctest(lineText: (n: number) => string, line: number): boolean {
  for (let n = line; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n));
    if (text === undefined) return false;
    if (DOCTEST.test(text)) return /^[ \t]*>>>/.test(text) || scanUpForPrompt(lineText, n);
    if (text.trim() === '' || /"""|'''/.test(text)) return false;
  }
  return false;
}

/** A `...` continuation line: a doctest when a `>>>` prompt heads its run. */
function scanUpForPrompt(lineText: (n: number) => string, line: number): boolean {
  for (let n = line - 1; n >= Math.max(1, line - MAX_LINES); n--) {
    const text = bounded(lineText(n)) ?? '';
    if (/^[ \t]*>>>/.test(text)) return true;
    if (!/^[ \t]*\.\.\./.test(text)) return false;
  }
  return false;
}

/**
 * A comment telling the reader to put their own values in: `# Replace with your values`, `// Fill in your
 * credentials`, `; Enter your API key below`. A verb of filling in, then `your` within a few words.
 */
const FILL_IN_NOTE = /^[ \t]*(?:#+|\/\/+|;+|--|\/?\*+|<!--)[ \t]*(?:please[ \t]+)?(?:replace|fill[ \t]+in|substitute|insert|enter|put)\b[^\n]{0,40}?\byour\b/i;
/** How much of a file's start is read for that note. */
const HEAD_LINES = 12;
const HEAD_BYTES = 1024;

/**
 * True when the file opens with a note to fill in one's own values (within its first 12 lines): a template
 * shipped with the values of its documentation (linuxserver's certbot DNS plugin files under `root/defaults/`
 * with `# Replace with your values` and the plugin docs' sample keys). What it holds is sample material,
 * marked so (context test, one severity lower), not dropped: a real key written into the template is reported.
 */
export function opensWithFillInNote(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('latin1');
  if (!/your/i.test(head)) return false;
  return head.split('\n', HEAD_LINES).some((line) => FILL_IN_NOTE.test(line));
}
