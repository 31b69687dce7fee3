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
  },
  {
    re: /(?<![\w-])--insecure-skip-tls-verify(?:=true)?(?![\w=-])/dg,
    detail: 'the insecure-skip-tls-verify flag accepts any certificate for any host',
  },
];

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
    ],
    negative: [
      { text: 'tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: false}}\n', path: 'internal/client.go' },
      { text: 'cfg := &tls.Config{}\ncfg.InsecureSkipVerify = *insecureFlag\n', path: 'cmd/agent/main.go' },
      { text: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      # insecure_skip_verify: true\n', path: 'prometheus.yml' },
      { text: 'clusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTi...\n    server: https://10.0.0.1:6443\n', path: 'kubeconfig' },
      { text: 'kubectl --insecure-skip-tls-verify=false apply -f deploy.yaml\n', path: 'deploy.sh' },
      { text: 'fmt.Println("set InsecureSkipVerify: true only in tests")\n', path: 'internal/doc.go', why: 'inside a string' },
    ],
  },
};
