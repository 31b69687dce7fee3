import type { Detector, DetectorInput, Match } from '../../src/types.js';
import { runRules, type TlsRule } from './rules.js';

// Go's `tls.Config{InsecureSkipVerify: true}` and the same switch in configuration files
// (`insecureSkipVerify: true` in Traefik/Kubernetes YAML, `insecure_skip_verify: true` in
// Prometheus/Grafana, `insecure-skip-tls-verify: true` in kubeconfig) and CLI flags
// (`kubectl --insecure-skip-tls-verify`).

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w-])(['"]?)(?:InsecureSkipVerify|insecureSkipVerify|insecure_skip_verify|insecure-skip-tls-verify)\1[ \t]{0,8}[:=][ \t]{0,8}(?<value>true|True|"true"|'true')(?![\w])/dg,
    detail: 'InsecureSkipVerify accepts any certificate for any host',
    bare: true,
    accept: (m, text) => !isOptInBranch(text, m.index),
  },
  {
    re: /(?<![\w-])--insecure-skip-tls-verify(?:=true)?(?![\w=-])/dg,
    detail: 'the insecure-skip-tls-verify flag accepts any certificate for any host',
    accept: (m, text, _ctx, path) => !inCompletionTable(m.index, text, path),
  },
];

/** A shell completion script (`kubectl_bash_completion.sh`, `completions/_helm`): it lists every flag a CLI has. */
function isCompletionScript(path: string): boolean {
  const parts = path.toLowerCase().split('/');
  const name = parts.pop() ?? '';
  return name.includes('completion') || parts.some((folder) => folder === 'completion' || folder === 'completions');
}
/** An entry of a cobra-generated completion table: `flags+=("--insecure-skip-tls-verify")`, `local_nonpersistent_flags+=(`. */
const FLAG_TABLE_ENTRY = /\bflags\+=\([ \t]*["']?$/;

/** The flag named in a completion script's table of a CLI's flags, not passed to a command. */
function inCompletionTable(at: number, text: string, path: string): boolean {
  if (isCompletionScript(path)) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return FLAG_TABLE_ENTRY.test(text.slice(Math.max(lineStart, at - 200), at));
}

// The switch set only where the user asked for it: `if insecure {`, `if !cfg.VerifyTLS {`, `case
// "tls_insecure_skip_verify":` around the line. That is `InsecureSkipVerify = *insecureFlag` written as a
// branch (a CLI flag or a config directive an operator turns on), which is not reported either.
/** A name that says verification is off when it holds: `insecure`, `skipVerify`, `tls_skip_verify`, `noVerify`. */
const OPT_OUT_NAME = /insecure|skip[_-]?(?:tls[_-]?|ssl[_-]?|cert[_-]?)?verif|no[_-]?(?:tls[_-]?|ssl[_-]?)?verify|(?:disable|ignore)[_-]?(?:tls|ssl|cert)/i;
/** A name that says verification is on when it holds (`VerifyTLS`, `verify_ssl`), judged only when negated. */
const VERIFY_NAME = /verify|verification/i;
/** A branch opener: `if cond {`, `} else if cond {`, `elif cond:`, `case "name":`, `when :insecure`. */
const BRANCH = /^[ \t]*(?:\}[ \t]*)?(?:else[ \t]+if|elif|elsif|if|unless|case|when)\b(?<cond>[^\n]*)$/;
/** Enclosing lines looked at, and how far up. */
const MAX_LEVELS = 4;
const MAX_LINES = 16;

function indentOf(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4;
    else break;
  }
  return width;
}

/** True when the condition holds only where verification was turned off: an opt-out name, or a verify name negated. */
function isOptOutCondition(cond: string): boolean {
  if (/^\s*unless\b/.test(cond)) return false;
  for (const m of cond.matchAll(/[A-Za-z_][\w.]*(?:\(\))?|"[^"\n]*"|'[^'\n]*'/g)) {
    const word = m[0];
    const before = cond.slice(0, m.index).trimEnd();
    const after = cond.slice(m.index + word.length);
    const negated = (before.endsWith('!') && !before.endsWith('!=')) || /\bnot$/.test(before) || /^\s*[!=]=\s*(?:false|False|"false")\b/.test(after);
    if (OPT_OUT_NAME.test(word) && !negated) return true;
    if (VERIFY_NAME.test(word) && !OPT_OUT_NAME.test(word) && negated) return true;
  }
  return false;
}

/** True when the line at `at`, or a branch enclosing it (by indentation, up to a function's start), is taken only on the user's opt-out. */
function isOptInBranch(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const own = BRANCH.exec(text.slice(lineStart, at));
  if (own?.groups && isOptOutCondition(own.groups['cond'] as string)) return true;
  let threshold = indentOf(text.slice(lineStart, at));
  let end = lineStart - 1;
  for (let lines = 0, levels = 0; end > 0 && lines < MAX_LINES && levels < MAX_LEVELS && threshold > 0; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const body = line.trim();
    if (body === '' || body.startsWith('//') || body.startsWith('#') || body.startsWith('*') || body.startsWith('/*')) continue;
    const indent = indentOf(line);
    if (indent >= threshold) continue;
    const branch = BRANCH.exec(line);
    if (branch?.groups && isOptOutCondition(branch.groups['cond'] as string)) return true;
    if (/^(?:func|def|function|fn|class)\b/.test(body)) return false;
    threshold = indent;
    levels++;
  }
  return false;
}

export const tlsInsecureSkipVerify: Detector = {
  id: 'tls-insecure-skip-verify',
  title: 'TLS verification skipped (InsecureSkipVerify)',
  reach: 'code-lines', // a code fence in prose opens before the lines it governs
  policy: 'tls-verified',
  severity: 'high',
  keywords: ['insecureskipverify', 'insecure_skip_verify', 'insecure-skip-tls-verify'],
  remediation:
    'Remove InsecureSkipVerify; add the server\'s CA to `RootCAs` (or `ca_file` / `certificate-authority` ' +
    'in the config) so the certificate is verified.',
  detect: (input: DetectorInput): Iterable<Match> => runRules(RULES, input),
  examples: {
    positive: [
      { text: 'tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}\n', path: 'internal/client.go' },
      { text: 'cfg := &tls.Config{}\ncfg.InsecureSkipVerify = true\n', path: 'cmd/agent/main.go' },
      { text: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      insecure_skip_verify: true\n', path: 'prometheus.yml' },
      { text: 'clusters:\n- cluster:\n    insecure-skip-tls-verify: true\n    server: https://10.0.0.1:6443\n', path: 'kubeconfig' },
      { text: 'kubectl --insecure-skip-tls-verify apply -f deploy.yaml\n', path: 'deploy.sh' },
      { text: '\tif !opts.Insecure {\n\t\tlog.Println("checking peer")\n\t\tcfg.InsecureSkipVerify = true\n\t}\n', path: 'pkg/peer/dial.go', why: 'the branch runs when the user did not opt out' },
      { text: '\tif settings.VerifyCertificates {\n\t\tcfg.InsecureSkipVerify = true\n\t}\n', path: 'internal/remote/dial.go', why: 'a verify option that holds: not an opt-out' },
      { text: 'func insecureClient() *http.Client {\n\treturn &http.Client{Transport: &http.Transport{\n\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: true},\n\t}}\n}\n', path: 'internal/probe/client.go', why: 'a function name is no user option' },
    ],
    negative: [
      { text: 'tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: false}}\n', path: 'internal/client.go' },
      { text: 'cfg := &tls.Config{}\ncfg.InsecureSkipVerify = *insecureFlag\n', path: 'cmd/agent/main.go' },
      { text: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      # insecure_skip_verify: true\n', path: 'prometheus.yml' },
      { text: 'clusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTi...\n    server: https://10.0.0.1:6443\n', path: 'kubeconfig' },
      { text: 'kubectl --insecure-skip-tls-verify=false apply -f deploy.yaml\n', path: 'deploy.sh' },
      { text: 'fmt.Println("set InsecureSkipVerify: true only in tests")\n', path: 'internal/doc.go', why: 'inside a string' },
      { text: 'func transport(opts Options) *http.Transport {\n\ttr := &http.Transport{}\n\tif opts.SkipTLSVerify {\n\t\ttr.TLSClientConfig = &tls.Config{\n\t\t\tInsecureSkipVerify: true,\n\t\t}\n\t}\n\treturn tr\n}\n', path: 'pkg/client/http.go', why: 'set only when the user turned a skip-verify option on' },
      { text: '\tcfg := &tls.Config{MinVersion: tls.VersionTLS12}\n\tif !settings.VerifyCertificates {\n\t\tcfg.InsecureSkipVerify = true\n\t}\n', path: 'internal/remote/dial.go', why: 'set only when the user turned verification off' },
      { text: '\t\tswitch d.Val() {\n\t\tcase "upstream_insecure_tls":\n\t\t\tif d.NextArg() {\n\t\t\t\treturn d.ArgErr()\n\t\t\t}\n\t\t\tt.TLS.InsecureSkipVerify = true\n', path: 'modules/proxy/parse.go', why: "a config directive's own switch case" },
      { text: '_kubectl_config()\n{\n    flags+=("--certificate-authority=")\n    flags+=("--insecure-skip-tls-verify")\n}\n', path: 'roles/master/files/kubectl-bash.sh', why: "a completion script's table of flags" },
      { text: '#compdef kubectl\n_arguments \\\n  \'--insecure-skip-tls-verify[If true, the server certificate will not be checked]\' \\\n', path: 'completions/_kubectl', why: 'a completion script' },
    ],
  },
};
