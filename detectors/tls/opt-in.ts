// A switch that turns verification off only on a branch a setting chooses is that setting's
// implementation, not a choice the code makes: `if s3Config.InsecureSkipTlsVerify { … InsecureSkipVerify:
// true … }`, Python's `if configuration.verify_ssl: … else: cert_reqs = ssl.CERT_NONE`, an SMTP hook's
// `elif mode == VERIFY_OPTIONAL: … else: ctx.verify_mode = ssl.CERT_NONE`, a client that copies
// `process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0'` onto its agent. The user who sets the option asked
// for it; code that turns verification off unconditionally, on a branch chosen by anything else (a
// debug flag, a failed `verify(…)` call), or on one that runs where the setting keeps verification on
// (`if !opts.Insecure {`, `if settings.VerifyCertificates {`), stays a finding.

/** What a name says, with `_`/`-` dropped: verification off when it holds (`insecure`, `skipTlsVerify`, `allowSelfSigned`, `trustAllCerts`). */
const OFF_WORD = /insecure|(?:allow|accept|ignore|trust|skip|disable|bypass)\w{0,24}?(?:verif|valid|check|cert|ssl|tls|selfsigned|hostname|untrusted|invalid)|^no(?:verif|valid|check|cert|ssl|tls)|selfsigned/i;
/** Verification on when it holds (`verify_ssl`, `tlsVerify`, `check_server_cert`, `NODE_TLS_REJECT_UNAUTHORIZED`, `rejectSelfSigned`). */
const ON_WORD = /verif|validat|check(?:server|peer|host)?(?:ssl|tls|cert)|(?:ssl|tls|cert)check|rejectunauthori[sz]ed|reject\w{0,12}selfsigned|strictssl/i;
/** A name, a dotted path or a quoted string in a condition. */
const TOKEN = /[A-Za-z_$][\w$]{0,80}(?:\.[A-Za-z_$][\w$]{0,80}){0,8}|"[^"\n]{0,120}"|'[^'\n]{0,120}'/g;
/** A comparison after a name that turns it around: `=== false`, `== "0"`, `is False`, `!= true`. */
const COMPARED_FALSE = /^[ \t)]{0,8}(?:={2,3}[ \t]{0,4}(?:false|False|0|"false"|'false'|"0"|'0')(?!\w)|is[ \t]+False(?!\w)|!={1,2}[ \t]{0,4}(?:true|True|1|"true"|'true'|"1"|'1')(?!\w))/;

/** A comparison after a name that only asks whether it is set: `!== undefined`, `!= null`, `!= nil`, `is not None`. */
const PRESENCE_TEST = /^[ \t)]{0,8}(?:!={1,2}[ \t]{0,4}(?:undefined|null|nil|None)(?![\w$])|is[ \t]+not[ \t]+None(?!\w))/;

/**
 * What a condition holds on: 'off' when only where the user turned verification off (an opt-out
 * name, or a verify name negated: `!cfg.VerifyTLS`, `not verify_ssl`, `=== '0'`), 'on' the other way
 * round, undefined when it names no such setting (a debug flag; a called function's name does not count:
 * `verify(cert)` is a check, not a setting). The first name that says something decides.
 */
export function conditionHolds(condition: string): 'off' | 'on' | undefined {
  const cond = condition.replace(/[A-Za-z_$][\w$]{0,80}(?=[ \t]{0,8}\()/g, ' ');
  for (const m of cond.matchAll(TOKEN)) {
    // a dotted path is judged by its last name: `config.NoVerifySSL`, `tlsConfig.StrictValidation`
    const word = m[0].slice(m[0].startsWith('"') || m[0].startsWith("'") ? 0 : m[0].lastIndexOf('.') + 1).replace(/[-_]/g, '');
    // `reject…` says verification is on (`NODE_TLS_REJECT_UNAUTHORIZED`, `rejectSelfSigned`) whatever else the name holds
    const off = !/reject/i.test(word) && OFF_WORD.test(word);
    if (!off && !ON_WORD.test(word)) continue;
    // a test that the setting is given at all (`cfg.reject_unauthorized !== undefined && !cfg.reject_unauthorized`,
    // `verify_ssl is not None and not verify_ssl`) says nothing of its value: the next mention decides
    if (PRESENCE_TEST.test(cond.slice((m.index as number) + m[0].length))) continue;
    const before = cond.slice(0, m.index).trimEnd();
    const negated = (before.endsWith('!') && !before.endsWith('!=')) || /\bnot$/.test(before) || COMPARED_FALSE.test(cond.slice((m.index as number) + m[0].length));
    return off !== negated ? 'off' : 'on';
  }
  return undefined;
}

/** A branch of this keyword on this condition runs only where the user turned verification off. */
function branchOff(keyword: string, condition: string): boolean {
  const holds = conditionHolds(condition);
  return keyword === 'unless' ? holds === 'on' : holds === 'off';
}

/** A block that starts a definition: the walk out of nested blocks stops there. */
const DEFINITION = /^(?:export[ \t]+)?(?:async[ \t]+)?(?:func|def|function|class|fn|pub[ \t]+fn|public|private|protected|static|module)\b/;
/** A branch header and its condition: `if (…) {`, `} else if …`, `elif …:`, `elsif`, `unless`, `case …:`, `when`. */
const BRANCH = /^(?:\}[ \t]*)?(?:(else[ \t]+if|elif|elsif)|(if|unless|case|when))\b(.*)$/;
const ELSE = /^(?:\}[ \t]{0,8})?else\b[ \t]{0,8}(?::|\{)?[ \t]{0,8}$/;
const LINES_BACK = 30;
const HEADERS = 4;
/** How far back the lines are read, and how long a line may be before it is taken for minified code (no blocks to walk). */
const REACH = 3000;
const LONG_LINE = 400;

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

/** An `else`/`elif` at `headerStart` (indent `indent`): does a condition of its `if … elif …` chain above hold only where verification is on? */
function chainNamesSetting(text: string, headerStart: number, indent: number): boolean {
  for (const [, line] of linesBefore(text, headerStart, LINES_BACK)) {
    const t = line.trim();
    if (blank(t)) continue;
    const ind = indentOf(line);
    if (ind > indent || t === '}') continue;
    if (ind < indent) return false;
    const branch = BRANCH.exec(t);
    if (!branch) return false;
    const holds = conditionHolds(branch[3] as string);
    if (branch[2] === 'unless' ? holds === 'off' : holds === 'on') return true;
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
  if (/\?|&&|\bif\b|\band\b/.test(prefix) && conditionHolds(prefix) === 'off') return true;
  // Python's conditional expression: `ssl.CERT_NONE if not verify_ssl else ssl.CERT_REQUIRED`
  // (a comment after the switch is no condition: `check_hostname = False  # True if you want hostname checks`)
  const after = /[ \t]if[ \t]([^\n]{0,400}?)(?:[ \t]else\b|$)/.exec(text.slice(at, lineEnd).replace(/(?:#|\/\/)[^\n]{0,400}$/, ''));
  if (after && conditionHolds(after[1] as string) === 'off') return true;
  // the `else` of one whose condition holds where verification is on: `ctx = default_ctx() if self.verify else
  // ssl._create_unverified_context()`, or the same spread over the lines of a parenthesised expression
  // (`if self.verify` on the line above an `else ssl._create_unverified_context(…)` that starts its line)
  const elseAt = prefix.lastIndexOf(' else ');
  const ifAt = elseAt < 0 ? -1 : prefix.lastIndexOf(' if ', elseAt);
  if (ifAt >= 0 && !prefix.slice(elseAt).includes(';') && conditionHolds(prefix.slice(ifAt + 4, elseAt)) === 'on') return true;
  if (/^[ \t]{0,80}else[ \t]{1,4}(?:\(?[ \t]{0,4})?$/.test(prefix)) {
    for (const [, line] of linesBefore(text, lineStart, 2)) {
      const cond = /^[ \t]{0,80}if[ \t]([^\n]{0,400})$/.exec(line);
      const body = cond?.[1] ?? '';
      const hash = body.indexOf('#');
      // not a statement's `if …:` header (that is a block, walked below)
      if (cond && !(hash < 0 ? body : body.slice(0, hash)).trimEnd().endsWith(':')) {
        if (conditionHolds(body) === 'on') return true;
        break;
      }
    }
  }
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
    if (branch && branchOff(branch[2] ?? 'if', branch[3] as string)) return true;
    if ((branch?.[1] || ELSE.test(t)) && chainNamesSetting(text, start, ind)) return true;
  }
  return false;
}
