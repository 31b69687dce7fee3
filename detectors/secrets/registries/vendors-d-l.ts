import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

/** What may stand between a Harbor robot's name and its secret: a password flag or a secret key. */
const HARBOR_SECRET_GAP = /secret|passw|token|(?:^|\s)-p(?:\s|=|$)/i;

// Harbor robot accounts authenticate with a secret: 32 letters and digits when Harbor generates it (a set
// secret must hold upper case, lower case and digits). The robot's name, 'robot$' (the default prefix) and
// the project and name ('robot$library+ci'), stands next to it in `docker login -u … -p …`, in the JSON
// Harbor exports on creation and in CI variables; elsewhere the secret is read after a Harbor name.
export const harborRobotSecret: Detector = withVendorForms(
  patternDetector({
    id: 'harbor-robot-secret',
    title: 'Harbor robot account secret',
    vendor: 'Harbor',
    severity: 'high',
    keywords: ['robot$'],
    keywordSpan: { before: 2, after: 320 },
    pattern: /(?<![\w$])robot\$[A-Za-z0-9][\w.+-]{0,99}(?![\w.+-])(?<gap>[^\n]{1,80}?|[^\n]{0,80}\n[^\n]{1,80}?)(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{32})(?![\w-])/,
    minEntropy: 3.5,
    validate: (secret, m) => HARBOR_SECRET_GAP.test(m.groups?.['gap'] ?? '') && mixesDigitsAndCases(secret),
    remediation:
      "Refresh the robot account's secret in Harbor (Robot Accounts > Action > Refresh secret) or delete the " +
      'account, and give CI the new secret from its secret store.',
    examples: {
      positive: [
        { text: "docker login harbor.example.com -u 'robot$library+ci' -p 'Hl5iW6qTMraOdb6l0l9tIAlHY6J57MkA'", path: 'scripts/push.sh' },
        { text: '{"creation_time":"2024-05-02T09:14:11.000Z","expires_at":-1,"id":7,"name":"robot$payments+deployer","secret":"VRnnLXtajMVwlSTwFatxkXtZEKcrFcT5"}', path: 'robot$payments+deployer.json' },
        { text: 'HARBOR_ROBOT_SECRET=l7oKkRzcbbPbK7iBoCqXodTFejsmTgls', path: '.env' },
      ],
      negative: [
        { text: "docker login harbor.example.com -u 'robot$library+ci' -p \"$HARBOR_ROBOT_SECRET\"", why: 'a reference' },
        { text: "docker login harbor.example.com -u 'robot$library+ci' -p 'Hl5iW6qTMraOdb6l0l9tIAlHY6J57Mk'", why: '31 characters' },
        { text: 'robot$library+ci pulled library/nginx@sha256 digest 9b2c4e6a8d0f1b3c5e7a9d1f3b5c7e9a', why: 'a log line, no secret' },
      ],
    },
  }),
  { names: ['harbor'], token: { alphabet: 'alnum', length: 32 } },
  (secret) => mixesDigitsAndCases(secret),
);

/** registries vendors D–L: formats with their own mark, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const registriesVendorsDL: readonly Detector[] = [harborRobotSecret];
