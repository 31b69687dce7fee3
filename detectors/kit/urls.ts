// Small judgements about URLs that several detectors make the same way.

/** A loopback host: `localhost` (and `*.localhost`), 127.x.x.x, 0.0.0.0, `[::1]` in any spelling. */
export const LOCAL_HOST = /^(?:localhost|.*\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|\[0{0,4}(?::0{0,4}){2,6}:0{0,3}1\])$/i;

/**
 * A lowercase DNS host name of three labels or more, ending in a top-level domain of letters
 * (`s3.dualstack.eu-west-1.amazonaws.com`, `acme-cd-x7k2.edge.tenants.auth0.com`, a CNAME in a tracker list):
 * an address, not a secret. Generated secrets hold upper case, or no dot, or end in digits or symbols.
 */
export const HOST_NAME = /^(?:[a-z0-9][a-z0-9-]{0,62}\.){2,10}[a-z]{2,12}$/;

/**
 * `host:port@number` read as userinfo: a "password" of a port's digits before a "host" of digits alone, which no host
 * name is. Anvil's and Foundry's `--fork-url http://localhost:8545@1400000` forks a chain at that block.
 */
export function isPortAtNumber(password: string, host: string): boolean {
  return /^\d{1,5}$/.test(password) && /^\d{1,20}$/.test(host);
}

/** A URL with a scheme (`postgres://`, JDBC's `jdbc:mariadb://`), at the start of `value`. */
export const URL_SCHEME = /^(?:jdbc:)?[a-z][a-z0-9+.-]{0,20}:\/\//i;

/**
 * The user and password of a URL's userinfo (`scheme://user:pass@host`), or undefined when `value`
 * is no URL or holds no password. Detectors that meet URLs in a setting's value (compose, .env) judge
 * the password as url-credentials does, with isPlaceholderPassword.
 */
export function urlCredentials(value: string): { user: string; password: string } | undefined {
  const m = /^(?:jdbc:)?[a-z][a-z0-9+.-]{0,20}:\/\/([^\s/?#@:]{0,128}):([^\s/?#@]{1,256})@/i.exec(value);
  return m ? { user: m[1] as string, password: m[2] as string } : undefined;
}

/** `value` percent-decoded as a server reads it, or as written when it is not valid percent-encoding. */
export function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
