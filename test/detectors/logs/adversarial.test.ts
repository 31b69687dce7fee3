import { describe, expect, it } from 'vitest';
import { logFileSecret } from '../../../detectors/logs/log-file-secret.js';
import { loggingCallSecret } from '../../../detectors/logs/logging-call-secret.js';
import type { Detector } from '../../../src/types.js';
import { scaledTime } from '../../helpers/timing.js';

// 512 KiB of near-matches per case, each timed on 128 KiB first and at full size only when that is
// not clearly linear (scaledTime): results and time are asserted (npm run bench times every detector on 1 MiB).
const SIZE = 1 << 19;
const BUDGET_MS = 3000;
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));
/** A distinct password-named shell variable for each i (letters only: `Xq_PASSWORD`, `Xr_PASSWORD`…). */
const counter = (i: number): string => `X${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)}_PASSWORD`;

const CASES: readonly (readonly [Detector, string, (size: number) => string, (size: number) => number])[] = [
  [logFileSecret, 'app.log', (n) => fill('Authorization: Bearer ', n), () => 0],
  [logFileSecret, 'app.log', (n) => fill('=', n), () => 0],
  [logFileSecret, 'app.log', (n) => fill('a=', n), () => 0],
  [logFileSecret, 'app.log', (n) => fill('password=', n), () => 0],
  [logFileSecret, 'app.log', (n) => fill('token=\\"', n), () => 0],
  [logFileSecret, 'app.log', (n) => fill('Cookie: a=', n), () => 0],
  [logFileSecret, 'app.log', (n) => `Cookie: ${fill('x=1;', n)}`, () => 0],
  [logFileSecret, 'app.log', (n) => fill('"password":', n), () => 0],
  [logFileSecret, 'a.har', (n) => fill('{"name": "Authorization", "value": "', n), () => 0],
  [logFileSecret, 'a.har', (n) => fill('"cookies": {"name": "sid", "value": "x"}', n), () => 0],
  [logFileSecret, 'app.log', (n) => fill('x', n), () => 0],
  [loggingCallSecret, 'a.js', (n) => fill('console.log(', n), () => 0],
  [loggingCallSecret, 'a.js', (n) => `console.log(${fill('(', n)}`, () => 0],
  [loggingCallSecret, 'a.js', (n) => `console.log(\`${fill('${`', n)}`, () => 0],
  [loggingCallSecret, 'a.js', (n) => fill('console.log(token);', n), () => 0], // a bare token with no word of authentication near
  [loggingCallSecret, 'a.js', (n) => fill('console.log(authToken);', n), (n) => Math.ceil(n / 23)],
  [loggingCallSecret, 'a.js', (n) => fill('=', n), () => 0],
  [loggingCallSecret, 'a.js', (n) => fill('a.', n), () => 0],
  [loggingCallSecret, 'a.js', (n) => `console.log(${fill('a+', n)}`, () => 0],
  [loggingCallSecret, 'a.py', (n) => `print(f"${fill('{', n)}`, () => 0],
  [loggingCallSecret, 'a.py', (n) => `print(${fill('"', n)}`, () => 0],
  [loggingCallSecret, 'a.rb', (n) => `puts "${fill('#{', n)}`, () => 0],
  [loggingCallSecret, 'a.rb', (n) => fill('puts x\n', n), () => 0],
  [loggingCallSecret, 'a.sh', (n) => fill('echo $', n), () => 0],
  [loggingCallSecret, 'a.sh', (n) => `echo ${fill('${', n)}`, () => 0],
  [loggingCallSecret, 'a.sh', (n) => `echo ${fill('$(', n)}`, () => 0],
  // many distinct secret-named counters, each echoed: the script's assignments are read once, not per name
  [loggingCallSecret, 'a.sh', (n) => Array.from({ length: n / 64 }, (_, i) => `${counter(i)}=0\necho "$${counter(i)}"\n`).join(''), () => 0],
  // thousands of redirected groups, each printing a password: one pass pairs the braces, a binary search places each echo
  [loggingCallSecret, 'a.sh', (n) => fill('{ echo "$DB_PASSWORD"; } >> .env\n{\n', n), () => 0],
  [loggingCallSecret, 'a.go', (n) => fill('fmt.Fprintf(', n), () => 0],
];

describe('log detectors on hostile input', () => {
  it.each(CASES.map(([detector, path, textOf, expected]) => [`${detector.id} ${path} ${JSON.stringify(textOf(64).slice(0, 24))}`, detector, path, textOf, expected] as const))(
    '%s: linear, and only what is there',
    (_name, detector, path, textOf, expected) => {
      let size = 0;
      const sized = (n: number): string => ((size = n), textOf(n));
      const { ms, result } = scaledTime((text) => [...detector.detect({ path, text })].length, sized, SIZE, BUDGET_MS);
      expect(ms).toBeLessThan(BUDGET_MS);
      expect(result).toBe(expected(size));
    },
  );
});
