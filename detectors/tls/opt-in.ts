// A switch that turns verification off only on a branch a setting chooses is that setting's
// implementation, not a choice the code makes: `if s3Config.InsecureSkipTlsVerify { … InsecureSkipVerify:
// true … }`, Python's `if configuration.verify_ssl: … else: cert_reqs = ssl.CERT_NONE`, an SMTP hook's
// `elif mode == VERIFY_OPTIONAL: … else: ctx.verify_mode = ssl.CERT_NONE`, a client that copies
// `process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0'` onto its agent. The user who sets the option asked
// for it; code that turns verification off unconditionally, or on a branch chosen by anything else (a
// debug flag, a failed `verify(…)` call), stays a finding.

/**
 * Words of a setting about certificate checks, in an identifier or a variable's name with `_`/`-`
 * dropped: `insecure`, `verify_ssl`, `ssl_verify_mode`, `skipTlsVerify`, `NODE_TLS_REJECT_UNAUTHORIZED`,
 * `allowSelfSigned`, `ignoreSslErrors`, `trustAllCerts`, `check_server_cert`.
 */
const SETTING =
  /insecure|verify|verification|rejectunauthori[sz]ed|selfsigned|(?:allow|accept|ignore|trust|skip|disable|no)(?:invalid|untrusted|any|all|bad|ssl|tls|cert)|check(?:server|peer|host)?(?:ssl|tls|cert)|(?:ssl|tls|cert)(?:check|validat)|validate(?:ssl|tls|cert)/i;
/** A block that starts a definition: the walk out of nested blocks stops there. */
const DEFINITION = /^(?:export[ \t]+)?(?:async[ \t]+)?(?:func|def|function|class|fn|pub[ \t]+fn|public|private|protected|static|module)\b/;
/** A branch header and its condition: `if (…) {`, `} else if …`, `elif …:`, `elsif`, `unless`, `case …:`, `when`. */
const BRANCH = /^(?:\}[ \t]*)?(?:(else[ \t]+if|elif|elsif)|if|unless|case|when)\b(.*)$/;
const ELSE = /^(?:\}[ \t]{0,8})?else\b[ \t]{0,8}(?::|\{)?[ \t]{0,8}$/;
const LINES_BACK = 30;
const HEADERS = 4;
/** How far back the lines are read, and how long a line may be before it is taken for minified code (no blocks to walk). */
const REACH = 3000;
const LONG_LINE = 400;

/** The condition names a certificate-check setting (a called function's name does not count: `verify(cert)` is a check, not a setting). */
function namesSetting(condition: string): boolean {
  return SETTING.test(condition.replace(/[A-Za-z_$][\w$]{0,80}(?=[ \t]{0,8}\()/g, ' ').replace(/[-_]/g, ''));
}

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].length : 0;
}

/** The lines before `lineStart`, last first, as [start, text] pairs, at most `max`. */
function* linesBefore(text: string, lineStart: number, max: number): Generator<readonly [number, string]> {
  const floor = Math.max(0, lineStart - REACH);
  const window = text.slice(floor, lineStart); // the search back stays within it
  let end = window.length - 1;
  for (let n = 0; end > 0 && n < max; n++) {
    const nl = window.lastIndexOf('\n', end - 1);
    if (nl < 0 && floor > 0) return; // a line cut by the window's edge
    yield [floor + nl + 1, window.slice(nl + 1, end)];
    end = nl;
  }
}

function blank(trimmed: string): boolean {
  return trimmed === '' || /^(?:#|\/\/|\/\*|\*)/.test(trimmed);
}

/** An `else`/`elif` at `headerStart` (indent `indent`): does some condition of its `if … elif …` chain above name a setting? */
function chainNamesSetting(text: string, headerStart: number, indent: number): boolean {
  for (const [, line] of linesBefore(text, headerStart, LINES_BACK)) {
    const t = line.trim();
    if (blank(t)) continue;
    const ind = indentOf(line);
    if (ind > indent || t === '}') continue;
    if (ind < indent) return false;
    const branch = BRANCH.exec(t);
    if (!branch) return false;
    if (namesSetting(branch[2] as string)) return true;
    if (!branch[1]) return false; // the chain's `if`
  }
  return false;
}

/** True when the switch at `at` is on a branch a certificate-check setting chooses. */
export function behindOptIn(at: number, text: string): boolean {
  const from = Math.max(0, at - LONG_LINE);
  const nlBefore = text.slice(from, at).lastIndexOf('\n');
  const long = nlBefore < 0 && from > 0;
  const lineStart = nlBefore < 0 ? from : from + nlBefore + 1;
  const nl = text.indexOf('\n', at);
  const lineEnd = Math.min(nl < 0 ? text.length : nl, at + LONG_LINE);
  const prefix = text.slice(lineStart, at);
  // on the same line: `insecure ? { rejectUnauthorized: false } : {}`, `if opts.Insecure { cfg.InsecureSkipVerify = true }`
  if (/\?|&&|\bif\b|\band\b/.test(prefix) && namesSetting(prefix)) return true;
  // Python's conditional expression: `ssl.CERT_NONE if not verify_ssl else ssl.CERT_REQUIRED`
  // (a comment after the switch is no condition: `check_hostname = False  # True if you want hostname checks`)
  const after = /[ \t]if[ \t]([^\n]{0,400}?)(?:[ \t]else\b|$)/.exec(text.slice(at, lineEnd).replace(/(?:#|\/\/)[^\n]{0,400}$/, ''));
  if (after && namesSetting(after[1] as string)) return true;
  if (long) return false; // minified: no blocks to walk
  let indent = indentOf(text.slice(lineStart, lineEnd));
  let headers = 0;
  for (const [start, line] of linesBefore(text, lineStart, LINES_BACK)) {
    const t = line.trim();
    if (blank(t)) continue;
    const ind = indentOf(line);
    if (ind >= indent) continue;
    indent = ind;
    if (DEFINITION.test(t) || ++headers > HEADERS) return false;
    const branch = BRANCH.exec(t);
    if (branch && namesSetting(branch[2] as string)) return true;
    if ((branch?.[1] || ELSE.test(t)) && chainNamesSetting(text, start, ind)) return true;
  }
  return false;
}
