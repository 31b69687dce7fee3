import type { Detector } from '../../src/types.js';
import { tlsRuleDetector, type TlsRule } from './rules.js';

// npm and yarn with registry certificate checks off: `strict-ssl=false` in .npmrc, `strict-ssl false`
// in .yarnrc, `enableStrictSsl: false` in .yarnrc.yml, `npm config set strict-ssl false`,
// `--strict-ssl=false`, NPM_CONFIG_STRICT_SSL=false. The same key in the `request` library's options
// (`strictSSL: false`) also turns verification off and is reported too.

const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w])(?:npm_config_)?(?:enable)?strict[-_]?ssl['"]?(?:[ \t]{0,16}[:=][ \t]{0,16}|[ \t]{1,16})(['"]?)false\1(?![\w-])/dgi,
    detail: 'the strict-ssl setting, switched off, turns off registry certificate verification',
  },
  { re: /(?<![\w-])--no-strict-ssl(?![\w-])/dg, detail: 'the no-strict-ssl flag turns off registry certificate verification' },
];

export const tlsNpmStrictSslDisabled: Detector = tlsRuleDetector({
  id: 'tls-npm-strict-ssl-disabled',
  title: 'npm / yarn strict-ssl disabled',
  severity: 'high',
  keywords: ['strict-ssl', 'strict_ssl', 'strictssl'],
  remediation:
    'Remove the setting that switches strict-ssl (enableStrictSsl in .yarnrc.yml) off; if the registry or proxy uses a private CA, set ' +
    '`cafile=` in .npmrc (httpsCaFilePath in .yarnrc.yml) or NODE_EXTRA_CA_CERTS instead.',
  rules: RULES,
  examples: {
    positive: [
      { text: 'registry=https://npm.internal/\nstrict-ssl=false\n', path: '.npmrc' },
      { text: 'FROM node:20\nRUN npm config set strict-ssl false && npm ci\n', path: 'Dockerfile' },
      { text: 'npmRegistryServer: "https://npm.internal"\nenableStrictSsl: false\n', path: '.yarnrc.yml' },
      { text: 'env:\n  NPM_CONFIG_STRICT_SSL: "false"\n', path: '.github/workflows/build.yml' },
      { text: 'strict-ssl false\n', path: '.yarnrc' },
      { text: 'npm ci --no-strict-ssl\n', path: 'ci/build.sh' },
    ],
    negative: [
      { text: 'registry=https://npm.internal/\nstrict-ssl=true\ncafile=/etc/ssl/internal-ca.pem\n', path: '.npmrc' },
      { text: 'FROM node:20\nRUN npm config set cafile /etc/ssl/ca.pem && npm ci\n', path: 'Dockerfile' },
      { text: 'npmRegistryServer: "https://npm.internal"\n# enableStrictSsl: false\n', path: '.yarnrc.yml' },
      { text: 'env:\n  NPM_CONFIG_STRICT_SSL: "true"\n', path: '.github/workflows/build.yml' },
      { text: 'Do not set strict-ssl false in your .npmrc.\n', path: 'CONTRIBUTING.md', why: 'prose' },
      { text: 'npm ci --strict-ssl\n', path: 'ci/build.sh' },
    ],
  },
});
