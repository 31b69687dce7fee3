import type { Detector } from '../../src/types.js';
import { tlsRuleDetector, type TlsRule } from './rules.js';
import { lineStartNear } from '../kit/name-value.js';
import { notSkippingVerification } from './custom-verification.js';

// Go's `tls.Config{InsecureSkipVerify: true}` and the same switch in configuration files
// (`insecureSkipVerify: true` in Traefik/Kubernetes YAML, `insecure_skip_verify: true` in
// Prometheus/Grafana, `insecure-skip-tls-verify: true` in kubeconfig) and CLI flags
// (`kubectl --insecure-skip-tls-verify`).

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w-])(['"]?)(?:InsecureSkipVerify|insecureSkipVerify|insecure_skip_verify|insecure-skip-tls-verify)\1[ \t]{0,8}[:=][ \t]{0,8}(?<value>true|True|"true"|'true')(?![\w])/dg,
    detail: 'InsecureSkipVerify accepts any certificate for any host',
    bare: true,
    // a Go config whose VerifyConnection/VerifyPeerCertificate hook verifies instead, a WebSocket's origin check
    accept: (m, text, _ctx, path) => !notSkippingVerification(text, m.index, path),
  },
  {
    re: /(?<![\w-])--insecure-skip-tls-verify(?:=true)?(?![\w=-])/dg,
    detail: 'the insecure-skip-tls-verify flag accepts any certificate for any host',
    accept: (m, text, _ctx, path) => !inCompletionTable(m.index, text, path) && !namedAsFlag(m, text),
  },
];

/**
 * The flag named in a sentence (`"The --insecure-skip-tls-verify flag can also be used to accept any certificate"`,
 * an error's hint, a help text): the word `flag` or `option` right after it says the text is about the flag, not a
 * command passing it. A command line goes on with another argument. Only the next 16 characters are read.
 */
const NAMED_AS_FLAG = /^[ \t]{1,4}(?:flag|option|switch)s?\b/i;

function namedAsFlag(m: RegExpExecArray, text: string): boolean {
  const end = m.index + m[0].length;
  return NAMED_AS_FLAG.test(text.slice(end, end + 16));
}

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
  return FLAG_TABLE_ENTRY.test(text.slice(lineStartNear(text, at, 200), at));
}

export const tlsInsecureSkipVerify: Detector = tlsRuleDetector({
  id: 'tls-insecure-skip-verify',
  title: 'TLS verification skipped (InsecureSkipVerify)',
  severity: 'high',
  keywords: ['insecureskipverify', 'insecure_skip_verify', 'insecure-skip-tls-verify'],
  remediation:
    'Remove InsecureSkipVerify; add the server\'s CA to `RootCAs` (or `ca_file` / `certificate-authority` ' +
    'in the config) so the certificate is verified.',
  rules: RULES,
  examples: {
    positive: [
      { text: 'tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}\n', path: 'internal/client.go' },
      { text: 'cfg := &tls.Config{}\ncfg.InsecureSkipVerify = true\n', path: 'cmd/agent/main.go' },
      { text: 'if debugMode {\n\tcfg.InsecureSkipVerify = true\n}\n', path: 'cmd/agent/main.go', why: 'a branch chosen by a debug flag, not a verification setting' },
      { text: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      insecure_skip_verify: true\n', path: 'prometheus.yml' },
      { text: 'clusters:\n- cluster:\n    insecure-skip-tls-verify: true\n    server: https://10.0.0.1:6443\n', path: 'kubeconfig' },
      { text: 'kubectl --insecure-skip-tls-verify apply -f deploy.yaml\n', path: 'deploy.sh' },
      { text: '\tif !opts.Insecure {\n\t\tlog.Println("checking peer")\n\t\tcfg.InsecureSkipVerify = true\n\t}\n', path: 'pkg/peer/dial.go', why: 'the branch runs when the user did not opt out' },
      { text: '\tif settings.VerifyCertificates {\n\t\tcfg.InsecureSkipVerify = true\n\t}\n', path: 'internal/remote/dial.go', why: 'a verify option that holds: not an opt-out' },
      { text: '\tcfg := &tls.Config{\n\t\tInsecureSkipVerify: true,\n\t\tVerifyConnection:   nil,\n\t}\n', path: 'internal/relay/dial.go', why: 'a nil hook verifies nothing' },
      { text: 'func dial(c, other *tls.Config) {\n\tc.InsecureSkipVerify = true\n\tother.VerifyPeerCertificate = verifyChain\n}\n', path: 'net/dialer/tls.go', why: "another config's hook" },
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
      {
        text: 'if opts.SkipTLSVerify {\n\t// opt-in for endpoints behind a private CA\n\tclient.Transport = wrap(func(t *http.Transport) {\n\t\tt.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}\n\t})\n}\n',
        path: 'internal/blob/client.go',
        why: 'on a branch the user\'s skip-verify setting chooses',
      },
      {
        text: '\tcfg := &tls.Config{\n\t\tInsecureSkipVerify: true, // the hook below checks the chain against our pinned root\n\t\tVerifyConnection: func(cs tls.ConnectionState) error {\n\t\t\treturn verifyPinned(cs, pool)\n\t\t},\n\t}\n',
        path: 'internal/relay/dial.go',
        why: 'a VerifyConnection hook verifies the peer in place of the default check',
      },
      {
        text: 'func dial(c *tls.Config) {\n\tc.InsecureSkipVerify = true\n\tc.VerifyPeerCertificate = func(raw [][]byte, _ [][]*x509.Certificate) error {\n\t\treturn checkChain(raw, dnsName)\n\t}\n}\n',
        path: 'net/dialer/tls.go',
        why: 'the same config gets a VerifyPeerCertificate hook',
      },
      { text: '\tconn, err := websocket.Accept(w, r, &websocket.AcceptOptions{\n\t\tInsecureSkipVerify: true,\n\t})\n', path: 'cmd/relay/ws.go', why: "a WebSocket server's origin check, not TLS" },
      {
        text: '\t\treturn fmt.Errorf("%s\\n\\nthe --insecure-skip-tls-verify flag accepts any certificate, at the risk of interception", err)\n',
        path: 'pkg/cmd/fetch/fetch.go',
        why: "an error's hint naming the flag, not a command passing it",
      },
      { text: 'echo "Pass the --insecure-skip-tls-verify option only for a lab cluster"\n', path: 'hack/lab.sh', why: 'a sentence about the option' },
      { text: '#compdef kubectl\n_arguments \\\n  \'--insecure-skip-tls-verify[If true, the server certificate will not be checked]\' \\\n', path: 'completions/_kubectl', why: 'a completion script' },
    ],
  },
});
