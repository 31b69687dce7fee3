import { describe, expect, it } from 'vitest';
import { behindOptIn } from '../../../detectors/tls/opt-in.js';

/** Whether the first `MARK` (removed) sits behind a certificate-check setting. */
function judged(source: string): boolean {
  const at = source.indexOf('MARK');
  return behindOptIn(at, source.replace('MARK', ''));
}

describe('behindOptIn', () => {
  it.each([
    ['if cfg.Insecure {\n\ttr.TLSClientConfig = &tls.Config{MARKInsecureSkipVerify: true}\n}\n', true],
    ['if (opts.rejectSelfSigned === false) {\n  a = { MARKrejectUnauthorized: false };\n}\n', true],
    ['if self.verify_certs:\n    m = ssl.CERT_REQUIRED\nelif x:\n    m = ssl.CERT_OPTIONAL\nelse:\n    m = MARKssl.CERT_NONE\n', true],
    ['if (mode === "strict") {\n  a = 1;\n} else if (!settings.tlsVerify) {\n  a = { MARKrejectUnauthorized: false };\n}\n', true],
    ['agent = skipTlsVerify ? new Agent({ MARKrejectUnauthorized: false }) : undefined;\n', true],
    // the branch runs where verification is on: the setting negated the other way, or compared with true
    ['if !opts.Insecure {\n\tcfg.MARKInsecureSkipVerify = true\n}\n', false],
    ['if settings.VerifyCertificates {\n\tcfg.MARKInsecureSkipVerify = true\n}\n', false],
    ["if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') {\n  a = { MARKrejectUnauthorized: false };\n}\n", false],
    ["if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {\n  a = { MARKrejectUnauthorized: false };\n}\n", true],
    ['unless verify_ssl\n  http.MARKverify_mode = OpenSSL::SSL::VERIFY_NONE\nend\n', true],
    ['if not cfg.insecure:\n    x = 1\nelse:\n    m = MARKssl.CERT_NONE\n', true],
    ['if config.NoVerifySSL {\n\tt.TLSClientConfig = &tls.Config{MARKInsecureSkipVerify: true}\n}\n', true],
    ['if BoolValue(runtime.IgnoreSSL) != true {\n\tx = 1\n} else {\n\tt.TLSClientConfig = &tls.Config{MARKInsecureSkipVerify: true}\n}\n', true],
    ['if !tlsConfig.StrictValidation {\n\treturn &tls.Config{MARKInsecureSkipVerify: true}\n}\n', true],
    // a test that the setting is given, then its value: the value decides
    ['if (conf.reject_unauthorized !== undefined && !conf.reject_unauthorized) {\n  opts.MARKrejectUnauthorized = false;\n}\n', true],
    ['if cfg.verify_tls is not None and not cfg.verify_tls:\n    ctx.verify_mode = MARKssl.CERT_NONE\n', true],
    ['if (conf.reject_unauthorized !== undefined && conf.reject_unauthorized) {\n  opts.MARKrejectUnauthorized = false;\n}\n', false],
    // not a setting: a debug flag, the result of a verification call, no branch at all
    ['if debug {\n\tcfg.MARKInsecureSkipVerify = true\n}\n', false],
    ['if err := verify(cert); err != nil {\n\tcfg.MARKInsecureSkipVerify = true\n}\n', false],
    ['cfg.MARKInsecureSkipVerify = true\n', false],
    ['ctx.MARKcheck_hostname = False  # set True if you want hostname verification\n', false],
    // the setting belongs to another function
    ['func a() {\n\tif insecure {\n\t\treturn\n\t}\n}\nfunc b() {\n\tcfg.MARKInsecureSkipVerify = true\n}\n', false],
    // the else of a debug check
    ['if debug:\n    x = 1\nelse:\n    m = MARKssl.CERT_NONE\n', false],
  ] as const)('%j', (source, expected) => {
    expect(judged(source)).toBe(expected);
  });

  it('stays linear on one long line', () => {
    const line = 'requests.get(u, verify=False); '.repeat(40_000);
    const started = performance.now();
    for (let at = 0; at < line.length; at += 31) behindOptIn(at, line);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
