// --verify: ask each vendor whether the credentials found still work (never by default). The flags,
// their checks, and the step that runs after the filters and before the reports.
import { Option, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { VerifyConfig } from '../config/schema.js';
import { ConfigError, UsageError } from '../errors.js';
import type { Finding } from '../types.js';
import type { VerifySettings } from '../verify/run.js';
import type { CliIo } from './io.js';

export interface RawVerifyOptions {
  verify?: boolean;
  verifyOnlyLive?: boolean;
  verifyEndpointOverride?: string;
}

/** The environment variable without which --verify-endpoint-override is refused: only the project's tests set it. */
export const TEST_ENDPOINTS_ENV = 'SECRET_HYGIENE_TEST_ENDPOINTS';

export function addVerifyOptions(command: Command): Command {
  return command
    .option('--verify', "ask each credential's vendor whether it is live, with one read-only request per distinct credential, sent only to the vendor's own API over HTTPS (never the default)")
    .option('--verify-only-live', 'with --verify implied: report only credentials the vendor says are live')
    .addOption(new Option('--verify-endpoint-override <url>', 'tests only').hideHelp());
}

export interface VerifyPlan {
  /** Fingerprint → secret, filled by the engine during the scan (ScanOptions.secretVault); never written anywhere. */
  readonly vault: Map<string, string>;
  readonly settings: VerifySettings;
  readonly onlyLive: boolean;
  readonly endpointOverride?: URL;
  /** The CA to trust with the override (the tests' CA, from NODE_EXTRA_CA_CERTS). */
  readonly ca?: string;
  /** The environment the proxy settings come from (HTTPS_PROXY, NO_PROXY). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The plan when --verify or --verify-only-live is given, else undefined. Bad values are one-line usage errors. */
export async function resolveVerify(raw: RawVerifyOptions, io: CliIo, config: { readonly verify?: VerifyConfig; readonly shown: string } | undefined): Promise<VerifyPlan | undefined> {
  const override = raw.verifyEndpointOverride;
  if (!raw.verify && !raw.verifyOnlyLive) {
    if (override !== undefined) throw new UsageError('--verify-endpoint-override: only with --verify');
    return undefined;
  }
  const { DEFAULT_VERIFY_SETTINGS } = await import('../verify/run.js');
  const { allVerifiers } = await import('../../detectors/verifiers.js');
  const known = new Set(allVerifiers.map((v) => v.id));
  const c = config?.verify;
  for (const id of c?.disable ?? []) {
    if (!known.has(id)) throw new ConfigError(`${config?.shown}: verify.disable: unknown verifier '${/^[a-z0-9-]{1,40}$/.test(id) ? id : '(name not shown)'}'; known: ${[...known].sort().join(', ')}`);
  }
  const settings: VerifySettings = {
    ...DEFAULT_VERIFY_SETTINGS,
    disabled: new Set(c?.disable ?? []),
    ...(c?.concurrency !== undefined ? { concurrency: c.concurrency } : {}),
    ...(c?.perVendor !== undefined ? { perVendor: c.perVendor } : {}),
    ...(c?.timeoutSeconds !== undefined ? { timeoutMs: c.timeoutSeconds * 1000 } : {}),
  };
  const plan: VerifyPlan = { vault: new Map(), settings, onlyLive: raw.verifyOnlyLive === true, env: io.env };
  if (override === undefined) return plan;
  return { ...plan, ...(await testEndpoint(override, io)) };
}

/**
 * The tests' local vendor server. Refused unless the tests' environment variable is set, and only a
 * loopback https URL: even a tricked user cannot send credentials anywhere else with it.
 */
async function testEndpoint(value: string, io: CliIo): Promise<{ endpointOverride: URL; ca?: string }> {
  if (io.env[TEST_ENDPOINTS_ENV] !== '1') throw new UsageError('--verify-endpoint-override: for the project\'s own tests only; remove it');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError('--verify-endpoint-override: not a URL');
  }
  if (url.protocol !== 'https:' || !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new UsageError('--verify-endpoint-override: must be an https URL on this machine (127.0.0.1, localhost or [::1])');
  const caFile = io.env.NODE_EXTRA_CA_CERTS;
  const ca = caFile ? await readFile(caFile, 'utf8').catch(() => undefined) : undefined;
  return { endpointOverride: url, ...(ca !== undefined ? { ca } : {}) };
}

/**
 * Verifies the findings' credentials; with --verify-only-live keeps only the live ones. Returns the
 * findings and a secret-free note for the reader ('--verify: 5 distinct credentials asked about: 1 live, 3 revoked, 1 unknown (1 timeout)').
 */
export async function applyVerification(findings: readonly Finding[], plan: VerifyPlan, places: { root: string; repo?: string }, io?: CliIo): Promise<{ findings: Finding[]; note: string }> {
  const [{ verifyFindings }, { httpsTransport }, { contextReader }, { allVerifiers }] = await Promise.all([
    import('../verify/run.js'),
    import('../verify/http.js'),
    import('../verify/context.js'),
    import('../../detectors/verifiers.js'),
  ]);
  const transport = await httpsTransport({ env: plan.env, ...(plan.endpointOverride ? { endpointOverride: plan.endpointOverride } : {}), ...(plan.ca !== undefined ? { ca: plan.ca } : {}) });
  try {
    const verified = await verifyFindings(findings, plan.settings, {
      verifiers: allVerifiers,
      transport,
      secretOf: (fp) => plan.vault.get(fp),
      textOf: contextReader(places),
      ...(io?.stderrIsTTY ? { onProgress: (done: number, total: number) => io.stderr(`\r\u001b[K--verify: ${done}/${total} credentials asked about`) } : {}),
    });
    if (io?.stderrIsTTY) io.stderr('\r\u001b[K');
    const note = verificationNote(verified);
    return { findings: plan.onlyLive ? verified.filter((f) => f.verification?.status === 'live') : verified, note };
  } finally {
    await transport.close();
  }
}

/** '--verify: 5 distinct credentials: 1 live, 3 revoked, 1 unknown (1 timeout)'; a credential without a verifier counts as unknown (no-verifier). */
function verificationNote(findings: readonly Finding[]): string {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (f.verification) seen.set(`${f.detectorId}\0${f.fingerprint}`, f);
  const all = [...seen.values()];
  const count = (s: string): number => all.filter((f) => f.verification?.status === s).length;
  const reasons = new Map<string, number>();
  for (const f of all) if (f.verification?.reason) reasons.set(f.verification.reason, (reasons.get(f.verification.reason) ?? 0) + 1);
  const why = reasons.size > 0 ? ` (${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} ${r}`).join(', ')})` : '';
  return `--verify: ${all.length} distinct credential${all.length === 1 ? '' : 's'}: ${count('live')} live, ${count('revoked')} revoked, ${count('unknown')} unknown${why}`;
}
