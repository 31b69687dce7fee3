import type { Detector, DetectorInput, Match } from '../../src/types.js';
import type { CodeContext } from './context.js';
import { runRules, type TlsRule } from './rules.js';

// JVM code that trusts every certificate or every host name: an X509TrustManager whose
// checkServerTrusted body is empty, the allow-all hostname verifiers, and verifiers that return
// true for every host (lambdas, anonymous classes, Kotlin). Imports are not findings; usages are.

/** True when the `checkServerTrusted(` at `m` declares a method whose body does nothing. */
function emptyBody(m: RegExpExecArray, text: string): boolean {
  const limit = Math.min(text.length, m.index + 800);
  let i = m.index + m[0].length;
  for (let depth = 1; depth > 0; i++) {
    const c = text[i];
    if (i >= limit || c === ';' || c === '{' || c === '}') return false;
    if (c === '(' && ++depth > 3) return false;
    if (c === ')') depth--;
  }
  // Up to the body: `throws …`, Kotlin's `: Unit`; a `;` means a call or an abstract declaration.
  for (; i < limit && text[i] !== '{' && text[i] !== '='; i++) if (text[i] === ';' || text[i] === '}' || text[i] === '(') return false;
  if (text[i] === '=') return /^=\s{0,16}Unit\b/.test(text.slice(i, i + 40));
  return EMPTY_BODY.test(text.slice(i, Math.min(limit, i + 400)));
}
const EMPTY_BODY = /^\{(?:\s|\/\/[^\n]{0,200}\n|\/\*(?:[^*]|\*(?!\/)){0,200}\*\/)*(?:return\s{0,4};\s*)?\}/;

function notImport(m: RegExpExecArray, text: string, ctx: CodeContext): boolean {
  const [start] = ctx.line(m.index);
  return !/^\s*import\s/.test(text.slice(start, Math.min(start + 40, m.index)));
}

const ID = String.raw`[\w$]{1,64}`;
const PARAM = String.raw`(?:final\s{1,8})?(?:${ID}\??\s{1,8})?${ID}(?:\s{0,8}:\s{0,8}${ID}\??)?`;
/** The SSLSession parameter: Java `SSLSession s`, Kotlin `s: SSLSession?`. */
const SESSION = String.raw`(?:(?:final\s{1,8})?SSLSession\s{1,8}${ID}|${ID}\s{0,8}:\s{0,8}SSLSession\??)`;
const RULES: readonly TlsRule[] = [
  {
    re: /(?<![\w$])checkServerTrusted\s{0,16}\(/dg,
    detail: 'a trust manager whose checkServerTrusted accepts every certificate',
    bare: true,
    accept: (m, text) => emptyBody(m, text),
  },
  {
    re: /(?<![\w$])(?:ALLOW_ALL_HOSTNAME_VERIFIER|AllowAllHostnameVerifier|NoopHostnameVerifier)(?![\w$])/dg,
    detail: 'an allow-all hostname verifier accepts certificates issued for any host',
    bare: true,
    accept: notImport,
  },
  {
    // setHostnameVerifier((h, s) -> true), .hostnameVerifier((host, session) -> { return true; })
    re: new RegExp(String.raw`[hH]ostnameVerifier\s{0,8}\(\s{0,8}\(\s{0,8}${PARAM}\s{0,8},\s{0,8}${PARAM}\s{0,8}\)\s{0,8}->\s{0,8}(?:true|\{\s{0,32}return\s{1,8}true\s{0,8};\s{0,32}\})`, 'dg'),
    detail: 'a hostname verifier that returns true for every host',
    bare: true,
  },
  {
    // Kotlin: hostnameVerifier { _, _ -> true }
    re: new RegExp(String.raw`[hH]ostnameVerifier\s{0,8}(?:\(\s{0,8})?\{\s{0,8}${ID}\s{0,8},\s{0,8}${ID}\s{0,8}->\s{0,8}true\s{0,8}\}`, 'dg'),
    detail: 'a hostname verifier that returns true for every host',
    bare: true,
  },
  {
    // boolean verify(String hostname, SSLSession session) { return true; }   /   fun verify(…: SSLSession?): Boolean = true
    re: new RegExp(String.raw`(?<![\w$])verify\s{0,8}\(\s{0,8}${PARAM}\s{0,8},\s{0,8}${SESSION}\s{0,8}\)\s{0,8}(?::\s{0,8}Boolean\s{0,8})?(?:=\s{0,8}true(?![\w$])|\{\s{0,32}return\s{1,8}true\s{0,8};?\s{0,32}\})`, 'dg'),
    detail: 'a hostname verifier that returns true for every host',
    bare: true,
  },
];

export const tlsTrustAllJava: Detector = {
  id: 'tls-trust-all-java',
  title: 'JVM trust-all certificates or host names',
  policy: 'tls-verified',
  severity: 'high',
  keywords: ['checkservertrusted', 'hostnameverifier', 'hostname_verifier', 'sslsession'],
  reach: 'lines', // a method body is read at most 800 characters on
  paths: ['*.java', '*.kt', '*.kts', '*.scala', '*.groovy'],
  remediation:
    'Delete the trust-all TrustManager / HostnameVerifier and use the platform defaults; to trust a private CA, ' +
    'load it into a KeyStore and build the TrustManagerFactory from it.',
  detect: (input: DetectorInput): Iterable<Match> => runRules(RULES, input),
  examples: {
    positive: [
      { text: 'public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n  // trust everyone\n}\n', path: 'src/main/java/net/Tls.java' },
      { text: 'override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {}\n', path: 'app/src/Net.kt' },
      { text: 'HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();\n', path: 'src/Client.java' },
      { text: 'conn.setHostnameVerifier((hostname, session) -> true);\n', path: 'src/Http.java' },
      { text: 'builder.hostnameVerifier { _, _ -> true }\n', path: 'app/src/Http.kt' },
      { text: 'new HostnameVerifier() {\n  public boolean verify(String host, SSLSession session) { return true; }\n};\n', path: 'src/Legacy.java' },
    ],
    negative: [
      { text: 'public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n  delegate.checkServerTrusted(chain, authType);\n}\n', path: 'src/main/java/net/Tls.java' },
      { text: 'void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException;\n', path: 'app/src/Api.java', why: 'interface declaration' },
      { text: 'import org.apache.http.conn.ssl.NoopHostnameVerifier;\n', path: 'src/Client.java' },
      { text: 'conn.setHostnameVerifier((hostname, session) -> hostname.equals(expected));\n', path: 'src/Http.java' },
      { text: 'builder.hostnameVerifier { host, _ -> host == "api.internal" }\n', path: 'app/src/Http.kt' },
      { text: '// never do: conn.setHostnameVerifier((h, s) -> true);\n', path: 'src/Legacy.java', why: 'comment' },
    ],
    knownMisses: [
      { text: 'public void checkServerTrusted(X509Certificate[] chain, String authType) {\n  log.debug("trusting {}", chain[0]);\n}\n', path: 'src/Tls.java', why: 'a body that only logs' },
    ],
  },
};
