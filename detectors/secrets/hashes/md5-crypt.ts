import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { quietOnStandInHashesInTests } from './stand-in-hash.js';
import { CRYPT64, DOLLAR, MD5_CRYPT, PHPASS, canonicalDollars, isAssignedToStandIn, isDocumentationSalt, lastCharFits, outsideHtpasswdFiles } from './encoding.js';

// MD5-based hashes, fast enough to crack at billions of guesses a second:
// - md5crypt `$1$` (Linux shadow, Cisco type 5) and Apache's `$apr1$`: a salt of up to 8 characters,
//   `$`, then the 16-byte digest in 22 crypt characters (the last carries 2 bits: . / 0 1);
// - phpass `$P$` (WordPress, phpBB's `$H$`): one character for log2 of the rounds (7-30: 5-9, A-S),
//   an 8-character salt, the same 22-character digest.

const SALTED = String.raw`(?:1|apr1)${DOLLAR}[./0-9A-Za-z]{0,8}${DOLLAR}[./0-9A-Za-z]{22}`;
const ROUNDS_SALT = String.raw`[PH]${DOLLAR}[./0-9A-Za-z]{31}`;

function kind(secret: string): string | undefined {
  const hash = canonicalDollars(secret) ?? '';
  const crypt = MD5_CRYPT.exec(hash);
  if (crypt) {
    if (isDocumentationSalt(crypt[2] as string) || !lastCharFits(crypt[3] as string, CRYPT64, 2, true)) return undefined;
    return crypt[1] === '1' ? 'md5crypt' : 'Apache apr1 MD5';
  }
  const phpass = PHPASS.exec(hash);
  if (phpass && !isDocumentationSalt(phpass[1] as string) && lastCharFits(phpass[2] as string, CRYPT64, 2, true)) return 'phpass MD5';
  return undefined;
}

export const passwordHashMd5Crypt: Detector = quietOnStandInHashesInTests(outsideHtpasswdFiles(
  patternDetector({
    id: 'password-hash-md5-crypt',
    title: 'MD5-based password hash (md5crypt, Apache apr1, phpass)',
    severity: 'high',
    keywords: ['$1$', '$apr1$', '$p$', '$h$', '\\$1\\$', '\\$apr1\\$', '\\$p\\$', '\\$h\\$'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9./\\$])(?<secret>${DOLLAR}(?:${SALTED}|${ROUNDS_SALT}))(?![./0-9A-Za-z$])`),
    keywordSpan: { before: 2, after: 64 },
    validate: (secret, m, text) => kind(secret) !== undefined && !isAssignedToStandIn(text, m.index),
    detail: (m) => `${kind(m.groups?.secret ?? '') ?? 'MD5'} password hash (fast to crack)`,
    remediation:
      'MD5-based password hashes fall to offline cracking quickly: change the password of the account (and wherever it ' +
      'was reused), remove the hash from the repository and its history, and provision the account at deploy time ' +
      'with a slow hash (yescrypt, bcrypt, argon2) from a secret store.',
    examples: {
      positive: [
        { text: 'root:$1$kZmW4//o$eu7GH3j62rSawnGYaUsrh0:19000:0:99999:7:::', path: 'rootfs/etc/shadow' },
        { text: ' enable secret 5 $1$3slrhHsd$nahz4W4X0vbAu.bvpUH0K0', path: 'configs/core-switch.cfg', why: 'Cisco type 5' },
        { text: "      - 'traefik.http.middlewares.admin.basicauth.users=admin:$$apr1$$pxNLkbf.$$DkaOpKYnx/5r.WnG7tDel.'", path: 'docker-compose.yml' },
        { text: "INSERT INTO `wp_users` VALUES (1,'admin','$P$BT7J4z2wjdV8R85OOg1PKV1XgN8ry3.','admin','admin@blog.test');", path: 'backup/wordpress.sql' },
        { text: "define('ADMIN_HASH', '$H$9PpeGlRUpnmoeMuSYSl1aNApksEmN91');", path: 'config.php' },
        { text: '# old account, kept for the migration:\n# admin:$apr1$Hq3vN8sL$wseT3tXWiLmMy4QgB8N3b/\n', path: 'deploy/nginx/users.conf', why: 'commented out, but not the hash of a stand-in: the line may be the live one' },
        { text: '      - "traefik.http.middlewares.auth.basicauth.users=demo:$$apr1$$Zq7xW2pL$$6bWtYL05e2SI.M9IZoOFX."', path: 'deploy/docker-compose.yml', why: 'the hash of the user name: outside test material a weak password is still a credential' },
      ],
      negative: [
        { text: 'print "$1$2$3"; # joins the captures', why: 'Perl variables' },
        { text: "crypt($password, '$1$' . $salt . '$')", why: 'code building the salt string' },
        { text: 'root:$1$saltsalt$eu7GH3j62rSawnGYaUsrh0:19000:0:99999:7:::', why: 'documentation salt' },
        { text: 'assert do_encrypt(secret, "md5_crypt", salt="12345678") == "$1$12345678$xOJA2QhXyCliytXEnYy8r0"', why: 'a counting salt: a test pins the hash' },
        { text: 'root:$1$kZmW4//o$eu7GH3j62rSawnGYaUsrh2:19000:0:99999:7:::', why: 'last character carries bits no MD5 digest has' },
        { text: "'$P$BT7J4z2wjdV8R85OOg1PKV1XgN8ry3'", why: 'phpass one character short' },
        { text: "'$P$ZT7J4z2wjdV8R85OOg1PKV1XgN8ry3.'", why: 'phpass round count outside 7-30' },
        { text: 'admin:$apr1$pxNLkbf.$DkaOpKYnx/5r.WnG7tDel.', path: 'nginx/.htpasswd', why: 'the htpasswd-file detector reports it' },
        { text: '      - "traefik.http.middlewares.auth.basicauth.users=demo:$$apr1$$Zq7xW2pL$$6bWtYL05e2SI.M9IZoOFX."', path: 'docs/middlewares/basic-auth.md', why: 'documentation: the hash opens with the user name' },
        { text: 'root:$1$r4Tq9vKe$Xm5ZuF41bDOAXPjcMBK2V/:19000:0:99999:7:::', path: 'tests/fixtures/shadow', why: 'a test fixture: the hash of changeme' },
        { text: 'ingress:\n  basicAuth:\n    data: {}\n  #   auth: |\n  #     alice:$apr1$W7kQ2mZp$Kf3l/6qTtZSZhwUVwYZe7.\n', path: 'charts/app/values.yaml', why: "a commented example: the hash of 'test'" },
      ],
    },
  }),
));
