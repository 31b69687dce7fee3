// Is this `curl` (`wget`, `git`, …) a command that runs? Only where a file runs commands — shell
// scripts, Dockerfile instructions, CI and other YAML command values, Makefile recipes, Jenkinsfile
// and Terraform scripts, shell-like fenced blocks in prose, JSON/TOML command strings, and strings
// handed to a process-spawning call in code — and only at a command position there: the start of a
// line or a `;` `&&` `|` `(` `` ` `` `{` separator, after a wrapper (`sudo`, `exec`, `RUN`, `- ` in
// YAML, a `$ ` prompt) or variable assignments. Test titles ("Verify curl -k"), completion tables
// (`complete -c curl -k`), option tables and prose name the command without running it.
// Everything is decided from the text near the word (a line or two back, a few lines up for a YAML
// key): bounded work per match, and the same answer on the part of a file a history scan reads.
import { PROSE_EXTENSIONS } from '../kit/prose.js';

export type CommandFileKind = 'shell' | 'dockerfile' | 'yaml' | 'makefile' | 'host' | 'config' | 'code' | 'prose' | 'none';

const SHELL_EXTENSIONS = new Set(['sh', 'bash', 'zsh', 'ksh', 'dash', 'ash', 'bats', 'fish', 'command', 'ps1', 'psm1', 'bat', 'cmd', 'envrc']);
const SHELL_NAMES = new Set(['.bashrc', '.bash_profile', '.profile', '.zshrc', '.zprofile', '.envrc', 'bashrc', 'profile']);
const CODE_EXTENSIONS = new Set([
  'py', 'pyw', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'rb', 'rake', 'php', 'pl', 'pm', 'go', 'java', 'kt', 'kts',
  'scala', 'cs', 'rs', 'swift', 'lua', 'r', 'c', 'h', 'cc', 'cpp', 'hpp', 'ex', 'exs', 'dart', 'ipynb',
]);
const CONFIG_EXTENSIONS = new Set(['json', 'json5', 'jsonc', 'toml', 'ini', 'cfg', 'conf', 'properties']);
/** Template suffixes: `install.sh.in` is judged as `install.sh`. */
const TEMPLATE_SUFFIX = /\.(?:in|tpl|tmpl|template|j2|jinja|jinja2|erb|dist|example|sample)$/;
const SHELL_SHEBANG = /^#![ \t]{0,4}\S{0,64}(?:\/|[ \t])(?:env[ \t]{1,4}(?:-\S{1,16}[ \t]{1,4}){0,3})?(?:ba|z|k|da|a|fi)?sh\b|^#![ \t]{0,4}\S{0,64}(?:pwsh|powershell)\b/;

/** What kind of file `path` is for running commands (a shebang decides files without a known extension). */
export function commandFileKind(path: string, text: string): CommandFileKind {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase().replace(TEMPLATE_SUFFIX, '');
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  if (base === 'dockerfile' || base === 'containerfile' || base.startsWith('dockerfile.') || ext === 'dockerfile' || ext === 'containerfile') return 'dockerfile';
  if (base === 'makefile' || base === 'gnumakefile' || base === 'bsdmakefile' || ext === 'mk' || ext === 'mak') return 'makefile';
  if (base === 'jenkinsfile' || base.startsWith('jenkinsfile.') || base === 'vagrantfile' || ext === 'groovy' || ext === 'tf' || ext === 'hcl') return 'host';
  if (SHELL_EXTENSIONS.has(ext) || SHELL_NAMES.has(base)) return 'shell';
  if (ext === 'yml' || ext === 'yaml') return 'yaml';
  if (PROSE_EXTENSIONS.has(ext)) return 'prose';
  if (CODE_EXTENSIONS.has(ext)) return 'code';
  if (CONFIG_EXTENSIONS.has(ext)) return 'config';
  // Scripts without an extension (bin/deploy, hooks); other unknown extensions only with a shell shebang.
  return ext === '' || SHELL_SHEBANG.test(text.slice(0, 128)) ? 'shell' : 'none';
}

/** Fence info strings whose body runs commands, and how to read it. */
const FENCE_KINDS: Readonly<Record<string, CommandFileKind>> = {
  '': 'shell', sh: 'shell', bash: 'shell', shell: 'shell', zsh: 'shell', ksh: 'shell', fish: 'shell', console: 'shell',
  terminal: 'shell', 'shell-session': 'shell', shellsession: 'shell', 'sh-session': 'shell', 'bash-session': 'shell',
  shellscript: 'shell', 'shell-script': 'shell', ps: 'shell', ps1: 'shell', powershell: 'shell', pwsh: 'shell', posh: 'shell',
  cmd: 'shell', bat: 'shell', batch: 'shell', bash_session: 'shell', dockerfile: 'dockerfile', docker: 'dockerfile',
  containerfile: 'dockerfile', yaml: 'yaml', yml: 'yaml', make: 'makefile', makefile: 'makefile', mk: 'makefile',
};

interface Fence {
  readonly start: number; // first character of the body
  readonly end: number; // the closing fence line's start (or the end of the text)
  readonly kind: CommandFileKind | undefined;
}

/** Fenced blocks (``` or ~~~) of a prose file with the kind of their info string, in order. */
function fencedBlocks(text: string): Fence[] {
  const blocks: Fence[] = [];
  const fence = /^ {0,3}(`{3,64}|~{3,64})[ \t]{0,8}\{?\.?([^\s`{}.,]{0,40})/gm;
  let open: { marker: string; start: number; kind: CommandFileKind | undefined } | undefined;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const marker = m[1] as string;
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    if (!open) {
      const info = (m[2] as string).toLowerCase();
      open = { marker, start: lineEnd + 1, kind: Object.hasOwn(FENCE_KINDS, info) ? FENCE_KINDS[info] : undefined };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      blocks.push({ start: open.start, end: m.index, kind: open.kind });
      open = undefined;
    }
    fence.lastIndex = lineEnd;
  }
  if (open) blocks.push({ start: open.start, end: text.length, kind: open.kind });
  return blocks;
}

/** Words after which a command follows: wrappers, shell keywords, Dockerfile instructions, prompts. */
const WRAPPERS = new Set([
  'sudo', 'doas', 'exec', 'time', 'nohup', 'env', 'command', 'builtin', 'nice', 'ionice', 'stdbuf', 'timeout', 'xargs', 'watch',
  'then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'call', 'start', 'shell', 'eval',
  'RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD', '$', '%', '>',
]);
const DOCKER_INSTRUCTIONS = new Set(['run', 'cmd', 'entrypoint', 'healthcheck', 'onbuild']);
/** YAML and JSON keys whose values are words for people, not commands. */
const PROSE_KEYS = new Set([
  'name', 'description', 'desc', 'title', 'summary', 'help', 'message', 'msg', 'comment', 'comments', 'text', 'label', 'body',
  'usage', 'about', 'details', 'note', 'notes', 'doc', 'docs', 'documentation', 'example', 'examples', 'purpose', 'reason',
  'info', 'caption', 'hint', 'tip', 'warning', 'keywords', 'if', 'when', 'homepage', 'url', 'author',
]);
/** A call that runs a command string: `os.system(`, `subprocess.run(`, `execSync(`, `Runtime.getRuntime().exec(`, `sh `. */
const SPAWN_CALL =
  /(?:\b(?:system|exec\w{0,16}|spawn\w{0,16}|popen\d?|run|call|check_call|check_output|getoutput|getstatusoutput|shell_exec|passthru|proc_open|execute|execa\w{0,16}|shell|command)[ \t]{0,4}\(?[ \t]{0,4}\[?|\b(?:sh|bat|powershell|pwsh)[ \t]{0,4}\(?[ \t]{0,4}(?:script[ \t]{0,4}:[ \t]{0,4})?|\b\w{0,40}(?:cmd|command|script)s?[ \t]{0,4}(?::[ \t]{0,4}\w{1,40}[ \t]{0,4})?[:=][ \t]{0,4}\[?|%x[({[])\s{0,64}$/i;
/** Exec-form arrays that hand the next string to a shell: `["sh", "-c", "…"]`, compose's `["CMD-SHELL", "…"]`. */
const EXEC_FORM = /["'](?:-c|CMD-SHELL)["'][ \t]{0,8},\s{0,64}$/;
/** Languages whose backquoted strings run as shell commands (in JavaScript and Go they are plain strings). */
const BACKQUOTE_RUNS = new Set(['rb', 'rake', 'pl', 'pm', 'php']);
const SEPARATORS = new Set([';', '&', '|', '(', '`', '!']);
const MAX_STEPS = 24;

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && !/[\s;&|()<>`'"!]/.test(c);
}

export class CommandSites {
  readonly kind: CommandFileKind;
  private readonly fences?: Fence[];
  private readonly ext: string;

  constructor(path: string, private readonly text: string) {
    this.kind = commandFileKind(path, text);
    if (this.kind === 'prose') this.fences = fencedBlocks(text);
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    this.ext = base.slice(base.lastIndexOf('.') + 1);
  }

  /** True when the command word starting at `at` runs as a command. */
  invoked(at: number): boolean {
    if (this.kind === 'none') return false;
    if (this.kind !== 'prose') return this.atCommandPosition(at, this.kind, 0);
    const fence = this.fenceAt(at);
    return fence?.kind !== undefined && this.atCommandPosition(at, fence.kind, fence.start);
  }

  /**
   * In prose, true when the option at `at` is an argument of a command run in a command-like fenced
   * block (not a row of an option table or help text); elsewhere always true.
   */
  inCommandLine(at: number): boolean {
    if (this.kind !== 'prose') return true;
    const fence = this.fenceAt(at);
    if (fence?.kind === undefined) return false;
    if (this.text[at - 1] === '[') return false; // `[-SkipCertificateCheck]` in a syntax synopsis
    const first = this.commandStart(at, fence.start);
    return first !== undefined && this.atCommandPosition(first, fence.kind, fence.start);
  }

  private fenceAt(at: number): Fence | undefined {
    for (const f of this.fences ?? []) {
      if (at < f.start) return undefined;
      if (at < f.end) return f;
    }
    return undefined;
  }

  /** Start of the first word of the simple command holding `at`, when that word is not an option. */
  private commandStart(at: number, floor: number): number | undefined {
    const text = this.text;
    let i = at;
    let first = at;
    for (let steps = 0; steps < 64 && i > floor; steps++) {
      let j = i - 1;
      while (j >= floor && isBlank(text[j])) j--;
      if (j >= floor && text[j] === '\n') {
        let k = j - 1;
        if (text[k] === '\r') k--;
        if (k < floor || (text[k] !== '\\' && text[k] !== '`')) break;
        i = k; // a continued line (`\`, PowerShell's backquote)
        continue;
      }
      if (j < floor || SEPARATORS.has(text[j] as string)) break;
      while (j >= floor && !isBlank(text[j]) && text[j] !== '\n' && !SEPARATORS.has(text[j] as string)) j--;
      first = j + 1;
      i = first;
    }
    return /[A-Za-z_.\/\\~$@]/.test(text[first] ?? '') ? first : undefined; // a command's name, not an option or `[…]`
  }

  /** The word whose first character is `at` (a path such as `/usr/bin/curl` counts from its first `/`). */
  private atCommandPosition(at: number, kind: CommandFileKind, floor: number): boolean {
    const text = this.text;
    let start = at;
    while (start > floor && isWordChar(text[start - 1])) start--;
    const prefix = text.slice(start, at);
    if (!/^[@+-]{0,2}(?:[\w.~$%{}:\\/-]{0,256}[\\/])?$/.test(prefix)) return false;
    if (kind === 'code' || kind === 'config') {
      // Only a command string runs there: the string opened before the word on its line must be one,
      // and the word must start a command inside it.
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      let q = start - 1;
      while (q >= lineStart && q >= floor && text[q] !== '"' && text[q] !== "'" && text[q] !== '`') q--;
      return q >= Math.max(lineStart, floor) && this.quoteOpensCommand(q, kind, floor) && this.commandBoundary(start, 'shell', q + 1, 0);
    }
    return this.commandBoundary(start, kind, floor, 0);
  }

  /** Is what comes before `start` (skipping wrappers, assignments and their options) a command boundary? */
  private commandBoundary(start: number, kind: CommandFileKind, floor: number, depth: number): boolean {
    const text = this.text;
    let i = start;
    let options = false; // options or their arguments seen: only a wrapper may come before them
    for (let steps = 0; steps < MAX_STEPS; steps++) {
      let j = i - 1;
      while (j >= floor && isBlank(text[j])) j--;
      if (j < floor) return !options && this.lineStart(floor, kind, floor);
      const c = text[j] as string;
      if (c === '\n') {
        let k = j - 1;
        if (text[k] === '\r') k--;
        if (k >= floor && text[k] === '\\' && kind !== 'code' && kind !== 'config') {
          i = k; // a continued line: what precedes the backslash decides
          continue;
        }
        return !options && this.lineStart(j + 1, kind, floor);
      }
      if (c === '"' || c === "'") return !options && this.quoteOpensCommand(j, kind, floor);
      if (SEPARATORS.has(c)) return !options;
      if (c === ':' && kind === 'yaml') return !options && this.yamlKeyAllows(j);
      // a word
      let w = j;
      while (w > floor && isWordChar(text[w - 1])) w--;
      const word = text.slice(w, j + 1);
      if (word === '--') return true; // `kubectl exec pod -- curl …`: a command follows
      if (this.isWrapper(word, kind)) return depth < 6 && this.commandBoundary(w, kind, floor, depth + 1);
      if (kind === 'yaml' && word === '-') return !options && this.yamlListItem(w, floor);
      if (/^[A-Za-z_]\w{0,64}=/.test(word) && !options) {
        i = w; // `FOO=1 curl …`
        continue;
      }
      if (word[0] === '-' || /^\d{1,6}[smhd]?$/.test(word)) {
        options = true;
        i = w;
        continue;
      }
      // a plain word: an option's argument (`sudo -u root curl`) when an option precedes it
      let p = w - 1;
      while (p >= floor && isBlank(text[p])) p--;
      let q = p;
      while (q > floor && isWordChar(text[q - 1])) q--;
      if (p >= floor && text[q] === '-' && q <= p) {
        options = true;
        i = w;
        continue;
      }
      return false;
    }
    return false;
  }

  private isWrapper(word: string, kind: CommandFileKind): boolean {
    if (WRAPPERS.has(word)) return true;
    if (/^PS[^>]{0,80}>$|^[A-Za-z]:\\[^>]{0,80}>$/.test(word)) return true; // PowerShell and cmd prompts
    return kind === 'dockerfile' && DOCKER_INSTRUCTIONS.has(word.toLowerCase());
  }

  /** A command word at the start of a line (after indentation) of this kind of file. */
  private lineStart(lineStart: number, kind: CommandFileKind, floor: number): boolean {
    switch (kind) {
      case 'shell':
      case 'dockerfile': // a continuation is handled above; otherwise a heredoc body line
      case 'host': // a line of a multi-line `sh '''…'''` string or a heredoc
        return true;
      case 'makefile':
        return this.text[lineStart] === '\t';
      case 'yaml':
        return this.yamlParentAllows(lineStart, floor);
      default:
        return false;
    }
  }

  /** The quote at `q` opens a string that is run as a command. */
  private quoteOpensCommand(q: number, kind: CommandFileKind, floor: number): boolean {
    const text = this.text;
    let j = q;
    while (j > floor && (text[j - 1] === '"' || text[j - 1] === "'")) j--; // `'''`, `"""`
    const before = text.slice(Math.max(floor, j - 160), j);
    if (EXEC_FORM.test(before)) return true; // ["sh", "-c", "curl …"]
    const trimmed = before.trimEnd();
    const word = /(\S{1,64})$/.exec(trimmed)?.[1] ?? '';
    switch (kind) {
      case 'code':
        return (text[q] === '`' && BACKQUOTE_RUNS.has(this.ext)) || SPAWN_CALL.test(before);
      case 'host':
        return SPAWN_CALL.test(before) || /\b(?:inline|commands?|script)[ \t]{0,4}=[ \t]{0,4}\[?\s{0,64}$|<<-?\s{0,64}$/.test(before);
      case 'config':
      case 'yaml':
        if (trimmed.endsWith(':') || trimmed.endsWith('=')) return this.keyAllows(trimmed.slice(0, -1));
        if (kind === 'yaml' && /(?:^|\n)[ \t]{0,64}(?:-[ \t]{1,8}){1,4}$/.test(before)) return this.yamlListItem(j - 1, floor);
        return false;
      default:
        // shell-like: `bash -c "…"`, `eval '…'`, `watch "…"`, `ssh host '…'`
        return word === '-c' || word === 'eval' || word === 'watch' || word === 'exec';
    }
  }

  /** `key:` at `colon` (YAML): a command value unless the key names words for people. */
  private yamlKeyAllows(colon: number): boolean {
    return this.keyAllows(this.text.slice(Math.max(0, colon - 120), colon));
  }

  /** The key that ends `before` (quotes and list markers stripped) does not hold prose. */
  private keyAllows(before: string): boolean {
    const key = /["']?([\w.$/@-]{1,100})["']?\s{0,8}$/.exec(before)?.[1];
    if (key === undefined) return false;
    const last = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    return !PROSE_KEYS.has(last);
  }

  /** A `- ` item at `dash`: judged by the key its list belongs to. */
  private yamlListItem(dash: number, floor: number): boolean {
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
    if (!/^[ \t]{0,64}(?:-[ \t]{1,8}){0,4}-?$/.test(text.slice(Math.max(lineStart, floor), dash + 1))) return false;
    return this.yamlParentAllows(Math.max(lineStart, floor), floor);
  }

  /**
   * The line starting at `lineStart` is inside a block scalar or list: the nearest key above with less
   * indentation decides (looked for at most 6 lines and 800 characters up; unknown counts as a command).
   */
  private yamlParentAllows(lineStart: number, floor: number): boolean {
    const text = this.text;
    const indentOf = (s: number): number => {
      let k = s;
      while (text[k] === ' ' || text[k] === '\t') k++;
      return k - s;
    };
    let indent = indentOf(lineStart);
    const isItem = (s: number): boolean => text[s + indentOf(s)] === '-' && /[ \t\n]/.test(text[s + indentOf(s) + 1] ?? '\n');
    let item = isItem(lineStart);
    let end = lineStart - 1;
    const limit = Math.max(floor, lineStart - 800);
    for (let lines = 0; lines < 6 && end > limit; lines++) {
      const s = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(s, end);
      end = s - 1;
      if (s < floor) return true;
      if (/^[ \t]{0,200}(?:#[^\n]{0,1000}|\{\{[^\n]{0,1000}\}\}[ \t]{0,8})?\r?$/.test(line)) continue; // blank, comment, template directive
      const ind = indentOf(s);
      if (ind > indent || (ind === indent && !(item && /:[ \t]{0,8}(?:#[^\n]{0,1000})?\r?$/.test(line)))) continue;
      const keyed = /^[ \t]{0,200}(?:-[ \t]{1,8}){0,4}["']?([\w.$/@-]{1,100})["']?[ \t]{0,8}:(?:[ \t]|\r?$)/.exec(line);
      if (keyed) return !PROSE_KEYS.has((keyed[1] as string).slice((keyed[1] as string).lastIndexOf('.') + 1).toLowerCase());
      // a list item, or a less indented line of the same block scalar (a script's own indentation)
      indent = ind;
      item = isItem(s);
    }
    return true;
  }
}

/** The last file's command sites: the rules of one detector ask about the same text in a row. */
let last: { path: string; text: string; sites: CommandSites } | undefined;

export function commandSites(path: string, text: string): CommandSites {
  if (last?.text !== text || last.path !== path) last = { path, text, sites: new CommandSites(path, text) };
  return last.sites;
}
