// The declarative shape of a verifier: which detectors' credentials it checks, the vendor hosts it
// may call, the request it makes and what the answer means. Verifiers live beside the detectors they
// verify (detectors/secrets/<kind>/<vendor>.verify.ts); src/verify/ runs them.

/** What a verification concluded about one credential. */
export type VerificationStatus = 'live' | 'revoked' | 'unknown';

/** Why a credential's status is unknown. */
export type UnknownReason =
  /** No verifier knows this detector's credentials. */
  | 'no-verifier'
  /** The config's `verify.disable` names the verifier. */
  | 'disabled'
  /** The verifier needs a value found next to the secret (an account SID, a key id) and none was. */
  | 'missing-context'
  /** This kind of the vendor's tokens has no read-only check (a refresh token, a webhook URL). */
  | 'not-checkable'
  | 'network-error'
  | 'timeout'
  | 'rate-limited'
  /** The vendor answered, but neither as live nor as revoked (a 5xx, a changed API, a malformed body). */
  | 'unexpected-response';

export interface Verification {
  readonly status: VerificationStatus;
  /** Set when status is 'unknown'. */
  readonly reason?: UnknownReason;
  /** The verifier's id ('github'), when one ran. */
  readonly verifier?: string;
  /** Secret-free words for the reader: 'HTTP 503', 'needs the account SID (AC…) in the same file'. */
  readonly detail?: string;
}

/** The vendor's answer, as a verifier judges it. */
export interface Answer {
  readonly status: number;
  /** Lowercase header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text, at most 64 KiB of it. */
  readonly body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

/** One HTTPS request; the URL is always `https://${host}${path}`. */
export interface VerifyRequest {
  /** Must be one of the verifier's `hosts` (a `*.` entry allows one label in its place). */
  readonly host: string;
  readonly method: 'GET' | 'POST' | 'HEAD';
  /** Starts with '/'; includes the query string. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What a verifier gets: the secret and the values its `companions` found next to it. */
export interface Credential {
  readonly secret: string;
  readonly companions: Readonly<Record<string, string>>;
  /** The time to sign with (AWS SigV4); tests pass a fixed one. */
  readonly now: Date;
}

/** Why a credential cannot be checked, from `requests`: secret-free words for the reader. */
export interface CannotCheck {
  readonly unknown: 'missing-context' | 'not-checkable';
  /** 'needs the account SID (AC…) in the same file', 'a refresh token is only accepted by the OAuth token exchange'. */
  readonly detail: string;
}

/** A value a verifier needs from the finding's file, besides the secret (Twilio's account SID). */
export interface Companion {
  /** Global regex; group 1 (else the whole match) is the value. The occurrence nearest the secret is taken. */
  readonly pattern: RegExp;
  /** For the reader, when none is found: 'the account SID (AC…)'. */
  readonly describe: string;
  /** Without it the verifier cannot run (default true). */
  readonly required?: boolean;
}

/** How an answer is judged: by status codes, or by a function of the whole answer. */
export type AnswerTest = readonly number[] | ((answer: Answer) => boolean);

export interface Verifier {
  /** Stable kebab-case id, used by the config's `verify.disable`. */
  readonly id: string;
  readonly vendor: string;
  /** The detector ids whose secrets this verifier checks. */
  readonly detectors: readonly string[];
  /** Every host a request may go to ('api.github.com', or '*.myshopify.com' for one label under it). */
  readonly hosts: readonly string[];
  /** Values read from the finding's file next to the secret. */
  readonly companions?: Readonly<Record<string, Companion>>;
  /**
   * The requests to make, tried in order (a vendor's regions): the first answer that is live decides;
   * the credential is revoked only when every answer says so. Or why it cannot be checked.
   */
  requests(credential: Credential): readonly VerifyRequest[] | CannotCheck;
  /** The answer that means the credential works. */
  readonly live: AnswerTest;
  /** The answer that means it does not (revoked, expired, never valid). */
  readonly revoked: AnswerTest;
  /** Besides HTTP 429: an answer that means "slow down" (GitHub's 403 with no requests left). */
  readonly rateLimited?: AnswerTest;
  /**
   * For a credential checked together with an account named next to it (an e-mail, a user name, a
   * shop): the vendor refuses a wrong pairing as it refuses a revoked token, so a revoked verdict
   * carries this as its `detail`: 'refused with the e-mail found next to it; …'.
   */
  readonly revokedMeans?: string;
  /** What the read-only call is, for the README and `detectors --explain`: 'GET /user'. */
  readonly call: string;
}
