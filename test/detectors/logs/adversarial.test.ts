import { describe, expect, it } from 'vitest';
import { logFileSecret } from '../../../detectors/logs/log-file-secret.js';
import { loggingCallSecret } from '../../../detectors/logs/logging-call-secret.js';
import type { Detector } from '../../../src/types.js';

// 512 KiB of near-matches per case. Results are asserted; CPU times (best of three runs) are printed,
// not asserted (npm run bench times every detector on 1 MiB).
const MiB = 1 << 19;
const fill = (unit: string): string => unit.repeat(Math.ceil(MiB / unit.length));
/** A distinct password-named shell variable for each i (letters only: `Xq_PASSWORD`, `Xr_PASSWORD`…). */
const counter = (i: number): string => `X${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] as string)}_PASSWORD`;

const CASES: readonly (readonly [Detector, string, string, number])[] = [
  [logFileSecret, 'app.log', fill('Authorization: Bearer '), 0],
  [logFileSecret, 'app.log', fill('='), 0],
  [logFileSecret, 'app.log', fill('a='), 0],
  [logFileSecret, 'app.log', fill('password='), 0],
  [logFileSecret, 'app.log', fill('token=\\"'), 0],
  [logFileSecret, 'app.log', fill('Cookie: a='), 0],
  [logFileSecret, 'app.log', `Cookie: ${fill('x=1;')}`, 0],
  [logFileSecret, 'app.log', fill('"password":'), 0],
  [logFileSecret, 'a.har', fill('{"name": "Authorization", "value": "'), 0],
  [logFileSecret, 'a.har', fill('"cookies": {"name": "sid", "value": "x"}'), 0],
  [logFileSecret, 'app.log', fill('x'), 0],
  [loggingCallSecret, 'a.js', fill('console.log('), 0],
  [loggingCallSecret, 'a.js', `console.log(${fill('(')}`, 0],
  [loggingCallSecret, 'a.js', `console.log(\`${fill('${`')}`, 0],
  [loggingCallSecret, 'a.js', fill('console.log(token);'), 0], // a bare token with no word of authentication near
  [loggingCallSecret, 'a.js', fill('console.log(authToken);'), Math.ceil(MiB / 23)],
  [loggingCallSecret, 'a.js', fill('='), 0],
  [loggingCallSecret, 'a.js', fill('a.'), 0],
  [loggingCallSecret, 'a.js', `console.log(${fill('a+')}`, 0],
  [loggingCallSecret, 'a.py', `print(f"${fill('{')}`, 0],
  [loggingCallSecret, 'a.py', `print(${fill('"')}`, 0],
  [loggingCallSecret, 'a.rb', `puts "${fill('#{')}`, 0],
  [loggingCallSecret, 'a.rb', fill('puts x\n'), 0],
  [loggingCallSecret, 'a.sh', fill('echo $'), 0],
  [loggingCallSecret, 'a.sh', `echo ${fill('${')}`, 0],
  [loggingCallSecret, 'a.sh', `echo ${fill('$(')}`, 0],
  // many distinct secret-named counters, each echoed: the script's assignments are read once, not per name
  [loggingCallSecret, 'a.sh', Array.from({ length: MiB / 64 }, (_, i) => `${counter(i)}=0\necho "$${counter(i)}"\n`).join(''), 0],
  // thousands of redirected groups, each printing a password: one pass pairs the braces, a binary search places each echo
  [loggingCallSecret, 'a.sh', fill('{ echo "$DB_PASSWORD"; } >> .env\n{\n'), 0],
  [loggingCallSecret, 'a.go', fill('fmt.Fprintf('), 0],
];

describe('log detectors on hostile input', () => {
  it('stay linear on 1 MiB of near-matches', () => {
    const times: [number, string][] = [];
    const counts: [string, number, number][] = [];
    for (const [detector, path, text, expected] of CASES) {
      let n = 0;
      let ms = Infinity;
      for (let run = 0; run < 3; run++) {
        // CPU time, best of three: the algorithm's cost, not JIT warm-up or time waiting for a busy CPU.
        const t0 = process.cpuUsage();
        n = [...detector.detect({ path, text })].length;
        const used = process.cpuUsage(t0);
        ms = Math.min(ms, (used.user + used.system) / 1000);
      }
      times.push([ms, `${detector.id} ${path} ${JSON.stringify(text.slice(0, 24))}: ${ms.toFixed(1)} ms`]);
      counts.push([`${detector.id} ${path} ${text.slice(0, 24)}`, n, expected]);
    }
    times.sort((a, b) => b[0] - a[0]);
    console.log(times.map(([, line]) => line).join('\n'));
    expect(times[0]?.[0] ?? 0, times[0]?.[1]).toBeLessThan(3000); // CPU time, best of three
    for (const [what, n, expected] of counts) expect(n, what).toBe(expected);
  });
});
