import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Kubernetes bootstrap tokens join nodes to a cluster (kubeadm join --token, kubelet
// --tls-bootstrap-token): `<6 [a-z0-9]>.<16 [a-z0-9]>`, the part after the dot being the secret.
// The shape alone is common (`abcdef.0123456789abcdef` is kubeadm's documented sample), so a
// bootstrap-token name or flag must stand before it on the line. The Secret form
// (`token-secret: …` in a bootstrap-token-<id> Secret) is judged by kubernetes-secret-manifest.
export const kubernetesBootstrapToken: Detector = patternDetector({
  id: 'kubernetes-bootstrap-token',
  title: 'Kubernetes bootstrap token',
  vendor: 'Kubernetes',
  severity: 'high',
  keywords: ['bootstrap-token', 'bootstrap_token', 'kubeadm join', 'discovery-token', '--token'],
  pattern:
    /(?:bootstrap[-_]token|kubeadm\s{1,4}join\b[^\n]{0,200}?--token|--token|discovery[-_]token)["'\s:=]{1,6}(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9])/i,
  rejectSequences: true,
  minEntropy: 3,
  validate: (secret) => secret !== 'abcdef.0123456789abcdef' && /[0-9]/.test(secret) && /[a-z]/.test(secret),
  remediation:
    'Delete the token on the cluster (kubeadm token delete <id>) and create a short-lived one when a node joins ' +
    '(kubeadm token create --ttl 1h); pass it to the join step from a secret store, not a committed script.',
  examples: {
    positive: [
      { text: 'BOOTSTRAP_TOKEN: "7k2p9x.q4m8v1z6r3t5w0n2"', path: 'cluster/vars.yml' },
      { text: 'kubeadm join 10.0.0.10:6443 --token 3f9k2a.8d7v1m4q6x2z9p5w --discovery-token-ca-cert-hash sha256:ab12', path: 'scripts/join.sh' },
      { text: 'kubelet --tls-bootstrap-token=h6w2q8.m3k9v5z1x7p4r2t8 --kubeconfig=/etc/kubernetes/kubelet.conf' },
    ],
    negative: [
      { text: 'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef', why: "kubeadm's documented sample token" },
      { text: 'BOOTSTRAP_TOKEN: "${BOOTSTRAP_TOKEN}"', why: 'a reference' },
      { text: 'version = "1a2b3c.4d5e6f7a8b9c0d1e"  # release build id', why: 'no bootstrap-token name or flag' },
      { text: 'kubeadm token create --print-join-command', why: 'the command that makes one, no token' },
    ],
  },
});
