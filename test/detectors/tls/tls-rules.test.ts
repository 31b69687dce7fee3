import { describe, expect, it } from 'vitest';
import { credentialsOverHttp } from '../../../detectors/tls/credentials-over-http.js';
import { tlsCurlInsecure } from '../../../detectors/tls/curl-insecure.js';
import { tlsGitSslVerifyDisabled } from '../../../detectors/tls/git-ssl-verify.js';
import { tlsDetectors } from '../../../detectors/tls/index.js';
import { tlsInsecureSkipVerify } from '../../../detectors/tls/insecure-skip-verify.js';
import { tlsTrustAllJava } from '../../../detectors/tls/java-trust-all.js';
import { tlsNpmStrictSslDisabled } from '../../../detectors/tls/npm-strict-ssl.js';
import { tlsVerifyDisabledPython } from '../../../detectors/tls/python-verify.js';
import { tlsRejectUnauthorizedDisabled } from '../../../detectors/tls/reject-unauthorized.js';
import type { Detector } from '../../../src/types.js';

/** The reported tokens. */
function tokens(detector: Detector, text: string, path = 'x.sh'): string[] {
  return [...detector.detect({ path, text })].map((m) => text.slice(m.start, m.end));
}

describe('tls-curl-insecure', () => {
  it.each([
    ['curl -k https://x', ['-k']],
    ['curl -sSkL https://x', ['-sSkL']],
    ['curl -sko out https://x', ['-sko']],
    ['curl -sSo -k https://x', []], // -o takes the next word
    ['curl -sSokfile https://x', []], // 'kfile' is -o's argument
    ['curl -K cfg https://x', []],
    ['curl --header "X: -k" https://x', []],
    ['curl --insecure \\\n  https://x', ['--insecure']],
    ['curl https://x && tar -xkf a.tar', []], // -k of tar
    ['/usr/bin/curl -k https://x', ['-k']],
    ['sh -c "curl -k https://x"', ['-k']],
    ['wget -q --no-check-certificate https://x', ['--no-check-certificate']],
    ['wget -q https://x; echo --no-check-certificate', []],
    ['git -c http.sslVerify=false fetch', ['http.sslVerify=false']],
    ['git -c http.https://git.internal/.sslVerify=false clone x', ['http.https://git.internal/.sslVerify=false']],
    ['git -c http.sslVerify=true fetch', []],
    ['echo curl_easy_setopt -k', []],
  ] as const)('%s', (text, expected) => {
    expect(tokens(tlsCurlInsecure, text)).toEqual(expected);
  });

  it('reads Markdown code fences but not sentences', () => {
    const md = 'Avoid `curl -k`.\n\n```bash\ncurl -k https://x\n```\n\nThen curl -k again.\n';
    expect([...tlsCurlInsecure.detect({ path: 'docs/README.md', text: md })].length).toBe(1);
  });
});

describe('tls-verify-disabled-python', () => {
  it.each([
    ['requests.get(u, verify=False)', 1],
    ['requests.get(u, params={"a": 1}, verify=False)', 1],
    ['s.verify = False', 1],
    ['jwt.decode(t, key, verify=False)', 0],
    ['def get(u, verify=False): pass', 0],
    ['x = f"verify=False"', 0],
    ['requests.get(u)  # not verify=False', 0],
    ['ctx.verify_mode = ssl.CERT_NONE', 1],
    ['ssl.wrap_socket(s, cert_reqs=ssl.CERT_NONE)', 1],
    ['assert ctx.verify_mode != ssl.CERT_NONE', 0],
    ['urllib3.PoolManager(assert_hostname=False)', 1],
  ] as const)('%s', (text, count) => {
    expect(tokens(tlsVerifyDisabledPython, text, 'a.py').length).toBe(count);
  });
});

describe('other TLS detectors', () => {
  const cases: readonly (readonly [Detector, string, string, number])[] = [
    [tlsRejectUnauthorizedDisabled, '{"rejectUnauthorized": false}', 'cfg.json', 1],
    [tlsRejectUnauthorizedDisabled, 'NODE_TLS_REJECT_UNAUTHORIZED=0', '.env', 1],
    [tlsRejectUnauthorizedDisabled, 'NODE_TLS_REJECT_UNAUTHORIZED=01', '.env', 0],
    [tlsRejectUnauthorizedDisabled, "  * rejectUnauthorized: false", 'a.ts', 0],
    [tlsInsecureSkipVerify, 'InsecureSkipVerify: true, // #nosec G402', 'a.go', 1],
    [tlsInsecureSkipVerify, '// InsecureSkipVerify: true', 'a.go', 0],
    [tlsTrustAllJava, 'public void checkServerTrusted(X509Certificate[] c, String a) { return; }', 'A.java', 1],
    [tlsTrustAllJava, 'override fun checkServerTrusted(c: Array<X509Certificate>, a: String) = Unit', 'A.kt', 1],
    [tlsTrustAllJava, 'public void checkServerTrusted(X509Certificate[] c, String a) { check(c); }', 'A.java', 0],
    [tlsTrustAllJava, 'override fun verify(hostname: String?, session: SSLSession?): Boolean = true', 'A.kt', 1],
    [tlsTrustAllJava, 'override fun verify(hostname: String?, session: SSLSession?): Boolean = hostname == h', 'A.kt', 0],
    [tlsTrustAllJava, 'SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER', 'A.java', 1],
    [tlsNpmStrictSslDisabled, 'npm install --strict-ssl=false', 'ci.sh', 1],
    [tlsNpmStrictSslDisabled, 'request({ url, strictSSL: false })', 'a.js', 1],
    [tlsNpmStrictSslDisabled, '; strict-ssl=false', '.npmrc', 0],
    [tlsGitSslVerifyDisabled, '[http "https://h/"]\n  proxy = x\n  sslVerify = 0 ; legacy\n', '.gitconfig', 1],
    [tlsGitSslVerifyDisabled, '[http]\n[core]\n  sslVerify = false\n', '.gitconfig', 0],
    [tlsGitSslVerifyDisabled, 'git config --file .gitmodules http.sslverify "false"', 'a.sh', 1],
    [tlsGitSslVerifyDisabled, 'export GIT_SSL_NO_VERIFY=true', 'a.sh', 1],
  ];
  it.each(cases.map(([d, text, path, count]) => [d.id, text, d, path, count] as const))('%s: %s', (_id, text, detector, path, count) => {
    expect(tokens(detector, text, path).length).toBe(count);
  });
});

describe('credentials-over-http', () => {
  it('points at the scheme, carries no secret, names the host', () => {
    const text = 'url = "http://deploy:Q9vLk2mXw7Rt@Registry.Corp.lan:5000/v2/"';
    const [m] = [...credentialsOverHttp.detect({ path: 'a.toml', text })];
    expect(m && text.slice(m.start, m.end)).toBe('http://');
    expect(m?.secret).toBeUndefined();
    expect(m?.detail).toBe('credentials sent over plain http to registry.corp.lan');
  });

  it.each([
    ['http://u:Q9vLk2mXw7Rt@[::1]:80/', 0],
    ['http://u:Q9vLk2mXw7Rt@127.0.0.2/', 0],
    ['http://u:Q9vLk2mXw7Rt@api.test/', 0],
    ['http://u:Q9vLk2mXw7Rt@10.1.2.3/', 1],
    ['HTTP://u:Q9vLk2mXw7Rt@files.internal/', 1],
    ['http://u:pass@files.internal/', 0],
    ['http://u:{password}@files.internal/', 0],
  ] as const)('%s', (text, count) => {
    expect([...credentialsOverHttp.detect({ path: 'a.txt', text })].length).toBe(count);
  });
});

describe('adversarial TLS input (1 MiB)', () => {
  const mib = (s: string): string => s.repeat(Math.ceil((1 << 20) / s.length));
  const cases: readonly (readonly [Detector, string, string, number])[] = [
    [tlsVerifyDisabledPython, 'a.py', mib('verify='), 0],
    [tlsVerifyDisabledPython, 'a.py', mib('verify=verify =False'), 0],
    [tlsVerifyDisabledPython, 'a.py', 'requests.get(u, verify=False); '.repeat(34_000), 34_000],
    [tlsVerifyDisabledPython, 'a.py', mib('# verify=False '), 0],
    [tlsRejectUnauthorizedDisabled, 'a.js', mib('rejectUnauthorized: '), 0],
    [tlsRejectUnauthorizedDisabled, 'a.js', mib('NODE_TLS_REJECT_UNAUTHORIZED '), 0],
    [tlsInsecureSkipVerify, 'a.go', mib('InsecureSkipVerify: '), 0],
    [tlsTrustAllJava, 'A.java', mib('checkServerTrusted('), 0],
    [tlsTrustAllJava, 'A.java', mib('setHostnameVerifier((a, b) -> '), 0],
    [tlsCurlInsecure, 'a.sh', mib('curl '), 0],
    [tlsCurlInsecure, 'a.sh', 'curl ' + mib('-H -k '), 0],
    [tlsCurlInsecure, 'a.sh', mib('curl -k; '), Math.ceil((1 << 20) / 9)],
    [tlsCurlInsecure, 'a.sh', 'curl "' + mib('-k '), 0],
    [tlsNpmStrictSslDisabled, '.npmrc', mib('strict-ssl '), 0],
    [tlsGitSslVerifyDisabled, '.gitconfig', mib('[http]\nsslverify = tru\n'), 0],
    [tlsGitSslVerifyDisabled, 'a.sh', mib('git config http.http.'), 0],
    [credentialsOverHttp, 'a.txt', mib('http://a:b'), 0],
    [credentialsOverHttp, 'a.txt', mib('http://http://a:'), 0],
  ];

  it('gives correct results in linear time', () => {
    const times: [string, number][] = [];
    for (const [detector, path, text, count] of cases) {
      const t = performance.now();
      const n = [...detector.detect({ path, text })].length;
      times.push([`${detector.id} ${JSON.stringify(text.slice(0, 24))}`, performance.now() - t]);
      expect(n, `${detector.id} on ${text.slice(0, 30)}`).toBe(count);
    }
    times.sort((a, b) => b[1] - a[1]);
    console.log(`slowest TLS adversarial inputs: ${times.slice(0, 4).map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`).join('; ')}`);
    expect(times[0]?.[1] ?? 0, times[0]?.[0]).toBeLessThan(3000);
  });

  it('every TLS detector finishes a megabyte of its own keyword', () => {
    for (const d of tlsDetectors) {
      const text = mib(`${d.keywords[0]} = `);
      const t = performance.now();
      [...d.detect({ path: 'x.txt', text })];
      expect(performance.now() - t, d.id).toBeLessThan(3000);
    }
  });
});
