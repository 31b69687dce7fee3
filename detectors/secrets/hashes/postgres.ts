import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { base64Bytes, isAssignedToStandIn, isMadeUp } from './encoding.js';

// PostgreSQL stores role passwords as `md5` + MD5(password || role name) in hex (fast, salted only by
// the role name) or as SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>. pg_dumpall,
// CREATE/ALTER ROLE ... PASSWORD '...' and PgBouncer's userlist.txt carry them.
const USERLIST_LINE = /^\s{0,16}"[^"\n]{1,128}"\s{1,16}"$/;
const PASSWORD_BEFORE = /password/i;

/** A password context just before the value on its line, or a PgBouncer userlist line. */
function hasPasswordContext(m: RegExpExecArray, text: string): boolean {
  const back = text.slice(Math.max(0, m.index - 200), m.index);
  const line = back.slice(back.lastIndexOf('\n') + 1);
  return PASSWORD_BEFORE.test(line) || USERLIST_LINE.test(line);
}

export const passwordHashPostgresMd5: Detector = patternDetector({
  id: 'password-hash-postgres-md5',
  title: 'PostgreSQL md5 password hash',
  severity: 'high',
  keywords: ['md5'],
  pattern: /(?<=['"])(?<secret>md5[0-9a-f]{32})(?=['"])/,
  validate: (secret, m, text) => hasPasswordContext(m, text) && !isMadeUp(secret.slice(3)) && !isAssignedToStandIn(text, m.index),
  detail: () => 'PostgreSQL md5 role password hash (fast to crack)',
  remediation:
    'PostgreSQL md5 hashes are fast to crack: change the role password, switch the server to scram-sha-256, remove the ' +
    'dump or userlist from the repository, and set role passwords at deploy time from a secret store.',
  examples: {
    positive: [
      { text: "ALTER ROLE app WITH NOSUPERUSER INHERIT LOGIN PASSWORD 'md554dc0621fe7fd9028011ddfb09ca0768';", path: 'backup/globals.sql' },
      { text: '"pgbouncer" "md56d1a6bfdbf226c4f577fb087da1bcbd0"\n"app" "md5e1b609e22f8a39fa4b773d6ebaca99e8"', path: 'pgbouncer/userlist.txt' },
    ],
    negative: [
      { text: 'etag = "md554dc0621fe7fd9028011ddfb09ca0768"', why: 'no password context' },
      { text: "CREATE ROLE app LOGIN PASSWORD 'md5' || md5('secret' || 'app');", why: 'computed, not stored' },
      { text: "ALTER ROLE app PASSWORD 'md500000000000000000000000000000000';", why: 'placeholder' },
    ],
  },
});

const SCRAM = /(?<![A-Za-z0-9])(?<secret>SCRAM-SHA-256\$(\d{1,7}):([A-Za-z0-9+/]{4,88}={0,2})\$([A-Za-z0-9+/]{43}=):([A-Za-z0-9+/]{43}=))/;

export const passwordHashScram: Detector = patternDetector({
  id: 'password-hash-scram',
  title: 'PostgreSQL SCRAM-SHA-256 password verifier',
  severity: 'medium',
  keywords: ['scram-sha-256$'],
  pattern: SCRAM,
  allowPlaceholders: true,
  validate: (_secret, m, text) => {
    if (isAssignedToStandIn(text, m.index)) return false;
    const [, , iterations, salt, stored, server] = m as unknown as [string, string, string, string, string, string];
    return Number(iterations) >= 1000 && base64Bytes(salt) !== undefined && base64Bytes(stored, 32) !== undefined && base64Bytes(server, 32) !== undefined && !isMadeUp(salt, stored, server);
  },
  detail: () => 'PostgreSQL SCRAM-SHA-256 verifier',
  remediation:
    'A SCRAM verifier lets anyone run offline guesses against the password (and the stored key alone can impersonate ' +
    'the role to servers that trust it): change the role password, remove the dump or userlist from the repository, ' +
    'and set role passwords at deploy time from a secret store.',
  examples: {
    positive: [
      { text: "CREATE ROLE app; ALTER ROLE app WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:TQoI4D0MJm4Mt7ZP7jOKEw==$DeFNIjhqQKYxfe6pEhFYbT5CmKmt/VZR5sS/thp1SuQ=:AnGZpuPbGkoBir/JLwsnn4Q8nkXKA1sFXHb08AHPH/k=';", path: 'globals.sql' },
      { text: '"app" "SCRAM-SHA-256$4096:6goVu2l61uLgjFaVGIlpVQ==$i95+z4KuOBni5/FJl87zqncxgp2HlNxoAibYT4DY37c=:SyyFdZ7W0gqikw+G66ffrFfEoykpcifuakK8JUeFvXk="', path: 'userlist.txt' },
    ],
    negative: [
      { text: 'host all all 0.0.0.0/0 scram-sha-256', path: 'pg_hba.conf', why: 'the authentication method, no verifier' },
      { text: "PASSWORD 'SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>'", why: 'documentation shape' },
      { text: "PASSWORD 'SCRAM-SHA-256$4096:TQoI4D0MJm4Mt7ZP7jOKEw==$DeFNIjhqQKYxfe6pEhFYbT5CmKmt/VZR5sS/thp1SuQ=:AnGZpuPbGkoBir/JLwsnn4Q8nkXKA1sFXHb08AHPH/='", why: 'server key with bits no encoder leaves' },
    ],
  },
});
