import type { Detector } from '../../src/types.js';
import { LOG_FILE_GLOBS } from '../kit/log-files.js';
import { scanLog } from './log-scan.js';

// Credentials inside committed log files: Authorization headers, session cookies, `password=` and token
// query strings or fields, HAR header/cookie/parameter objects. Vendor key formats are not repeated here:
// the engine re-labels vendor findings in log files with this policy. Priority 20: a vendor detector
// reporting the same value at the same place wins (and is re-labelled), a generic one (10) loses.
/** `src/logs/logger.ts` is code that writes logs, not a log: assignments there belong to the code detectors. */
const SOURCE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rb|php|cs|rs|c|h|cc|cpp|hpp|swift|scala|sh|bash|ps1|vue|svelte|html?|css|scss|md|rst|ya?ml|toml|ini|cfg|conf|xml|gradle|tf)$/i;

function isSourceFile(path: string): boolean {
  return SOURCE_EXTENSIONS.test(path);
}

export const logFileSecret: Detector = {
  id: 'log-file-secret',
  title: 'Credential in a committed log file',
  policy: 'no-secrets-in-logs',
  severity: 'high',
  keywords: ['auth', 'cookie', 'pass', 'pwd', 'secret', 'token', 'key', 'sess', 'sid', 'cred'],
  paths: LOG_FILE_GLOBS,  priority: 25, // beats the generic Authorization-header detectors (20) inside log files
  remediation:
    'Revoke the logged tokens, sessions and passwords, delete the log from the repository and its history, ' +
    'and redact credentials in the logger (header and field allow-lists) instead of committing raw logs or HAR captures.',
  detect: ({ path, text }) => (isSourceFile(path) ? [] : scanLog(text)),
  examples: {
    positive: [
      { path: 'app.log', text: '2024-05-01T10:00:00Z DEBUG GET /api/orders headers={"Authorization": "Bearer flE7ivLRqKrb2LLaabTwqKIQ8ipZ47dY"}\n' },
      { path: 'logs/access.log', text: '10.0.0.5 - - [01/May/2024:10:00:00] "GET /callback?state=1&access_token=yd2iMNmruxuUNUsZLvomnsSpa2BH HTTP/1.1" 200\n' },
      { path: 'debug.log', text: '> GET / HTTP/1.1\n> Cookie: _ga=GA1.2.1234567890.1714550000; sessionid=8ipZ47dYwy5GXINDWA0ukIHp\n' },
      { path: 'capture.har', text: '{"log": {"entries": [{"request": {"headers": [{"name": "Authorization", "value": "Basic Y2ktYm90Olp0OXFXM3hrUDJt"}]}}]}}' },
      { path: 'ci/build-log-1234.txt', text: 'Connecting to db with user=app password=Hq7vR2mLp9xT\n' },
      { path: 'server.log.1', text: '< Set-Cookie: connect.sid=s%3AflE7ivLRqKrb2LLaabTwqKIQ.yd2iMNmruxuUNUsZLvomnsSpa2BH; Path=/; HttpOnly\n' },
      { path: 'capture.har', text: '{"cookies": [\n  {\n    "name": "PHPSESSID",\n    "value": "ZiS0emdtafJccDqr7nySe008vr"\n  }\n]}' },
    ],
    negative: [
      { path: 'app.log', text: '2024-05-01T10:00:00Z DEBUG GET /api/orders headers={"Authorization": "Bearer [REDACTED]"}\n' },
      { path: 'logs/access.log', text: '10.0.0.5 - - [01/May/2024:10:00:00] "GET /callback?state=1&access_token=*** HTTP/1.1" 200\n' },
      { path: 'debug.log', text: '> GET / HTTP/1.1\n> Cookie: _ga=GA1.2.1234567890.1714550000; csrftoken=8ipZ47dYwy5GXINDWA0ukIHp\n', why: 'analytics and CSRF cookies' },
      { path: 'capture.har', text: '{"log": {"entries": [{"request": {"headers": [{"name": "Authorization", "value": "Basic <hidden>"}]}}]}}' },
      { path: 'ci/build-log-1234.txt', text: 'Connecting to db with user=app password=[FILTERED]\ntoken_type=bearer expires_in=3600\n' },
      { path: 'server.log.1', text: '< Set-Cookie: connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT\n', why: 'a cleared cookie' },
      { path: 'app.log', text: 'WARN login failed: invalid password for user alice\nINFO token: expired, refreshing\n', why: 'prose' },
      { path: 'capture.har', text: '{"headers": [{"name": "x-request-id", "value": "457b6e93-941a-4245-a0eb-1482673568d7"}]}' },
      {
        path: 'audit/vault-audit.log',
        text: '{"type":"request","auth":{"client_token":"hmac-sha256:cb7feb24abeaaa0889971905738e851238bb55651e6b28aceec3d65bad666902","token_num_uses":0},"request":{"data":{"password":"hmac-sha256:ade91586f7b9e01f6d8200b1f26b8c0c9fcf3b5852ac68026b844426c032a06d"}}}\n',
        why: "Vault's audit device writes keyed hashes, not the token or password",
      },
      { path: 'src/logs/logger.ts', text: 'const password = "Hq7vR2mLp9xT"; // code under a logs/ folder\n', why: 'code, not a log' },
    ],
  },
};
