// Repository posture: does anything scan for secrets before a commit, is .env ignored, and what the
// hygiene detectors found about .env and credential files, containers and TLS.
import { MAX_CONFIG_BYTES, readProjectFile } from '../fs/safe-read.js';
import { join } from 'node:path';
import { hooksDirectory, runGit } from '../git.js';
import { MARKER } from '../sources/git-hooks.js';
import type { PolicyId } from '../types.js';
import type { AuditFinding, Posture, PostureCheck } from './model.js';

/** Scanners whose name in a hook or a pre-commit config counts as "secret scanning in place". */
const SCANNERS = ['secret-hygiene', 'gitleaks', 'trufflehog', 'detect-secrets', 'git-secrets', 'ggshield'];
const HOOK_FILES = ['pre-commit', 'pre-push'];
/** Hook managers' files in the work tree. */
const MANAGER_FILES: readonly [string, string][] = [
  ['.pre-commit-config.yaml', 'pre-commit framework'],
  ['.pre-commit-config.yml', 'pre-commit framework'],
  ['.husky/pre-commit', 'husky'],
  ['lefthook.yml', 'lefthook'],
];

/** Practice detectors whose finding is a committed file holding credentials (rotated like a secret). */
export const CREDENTIAL_FILE_DETECTORS: ReadonlySet<string> = new Set([
  'dotenv-file', 'dotenv-template-with-values', 'private-key-file', 'cloud-cli-credentials', 'gcp-service-account-file',
  'docker-config-auth', 'kubeconfig-credentials', 'htpasswd-file', 'terraform-state-file', 'npmrc-auth-token',
  'pypirc-password', 'netrc-password', 'git-credentials-file',
]);

/** What runs a secret scanner before commits or pushes, as readable labels. */
export async function findHooks(dir: string, top: string | undefined): Promise<string[]> {
  const found: string[] = [];
  const hooks = await hooksDirectory(dir);
  for (const name of hooks ? HOOK_FILES : []) {
    const text = await readIfExists(join(hooks as string, name));
    if (text === undefined) continue;
    if (text.includes(MARKER)) found.push(`git ${name} hook (secret-hygiene)`);
    else {
      const scanner = SCANNERS.find((s) => text.includes(s));
      if (scanner) found.push(`git ${name} hook (${scanner})`);
    }
  }
  for (const [file, manager] of top ? MANAGER_FILES : []) {
    const text = await readIfExists(join(top as string, file));
    const scanners = text === undefined ? [] : SCANNERS.filter((s) => text.includes(s));
    if (scanners.length > 0) found.push(`${manager} (${scanners.join(', ')})`);
  }
  return found;
}

/** Whether git would ignore a new `.env` at the top of the work tree; null in a bare repository. */
export async function envIgnored(top: string | undefined): Promise<boolean | null> {
  if (top === undefined) return null;
  const r = await runGit(top, ['check-ignore', '-q', '--no-index', '--', '.env']);
  return r.code === 0 ? true : r.code === 1 ? false : null;
}

interface Split {
  readonly inTree: number;
  readonly historyOnly: number;
}

/** Distinct paths of the matching findings, split by whether one of them is still in the tree. */
function pathsSplit(findings: readonly AuditFinding[], match: (f: AuditFinding) => boolean): Split {
  const paths = new Map<string, boolean>();
  for (const f of findings) if (match(f)) paths.set(f.path, (paths.get(f.path) ?? false) || f.inTree);
  const inTree = [...paths.values()].filter(Boolean).length;
  return { inTree, historyOnly: paths.size - inTree };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * What the audit's scans could see: a check whose policy no selected detector enforces says so, and
 * one that found nothing in a narrowed scan does not claim "none" (see the audit's "Not scanned").
 */
export interface PostureScope {
  readonly checked: (policy: PolicyId) => boolean;
  readonly narrowed: boolean;
}

const FULL_SCOPE: PostureScope = { checked: () => true, narrowed: false };

function splitCheck(id: PostureCheck['id'], policy: PolicyId, split: Split, what: string, fix: string, scope: PostureScope): PostureCheck {
  if (!scope.checked(policy)) return { id, ok: null, sentence: `Not checked: the settings switched ${policy} off, so ${what} were not looked for.` };
  if (split.inTree + split.historyOnly === 0) {
    return scope.narrowed
      ? { id, ok: null, sentence: `No ${what} found in what was scanned, but the scan was narrowed: see "Not scanned".` }
      : { id, ok: true, sentence: `No ${what} found.` };
  }
  const history = split.historyOnly > 0 ? `${split.inTree > 0 ? ', and ' : ''}${plural(split.historyOnly, 'path')} only in history` : '';
  const tree = split.inTree > 0 ? `${plural(split.inTree, 'path')} in the current tree` : '';
  return { id, ok: split.inTree === 0 ? null : false, sentence: `${what[0]?.toUpperCase()}${what.slice(1)}: ${tree}${history}. ${fix}` };
}

/** What to do about committed .env files: rotate only where one held a secret value (dotenv-file-without-secrets holds none). */
function envFilesFix(findings: readonly AuditFinding[]): string {
  const heldSecrets = findings.some((f) => f.detectorId === 'dotenv-file' || f.detectorId === 'dotenv-template-with-values');
  return heldSecrets ? 'Remove them from git and rotate what they held.' : 'Remove them from git (they hold settings only: nothing to rotate).';
}

/** Builds the posture section from the hook and .env facts and the audit's findings. */
export function buildPosture(hooks: readonly string[], ignored: boolean | null, findings: readonly AuditFinding[], scope: PostureScope = FULL_SCOPE, envFilesUsed = true): Posture {
  const committedEnvFiles = pathsSplit(findings, (f) => f.policy === 'env-files-out-of-vcs' && f.detectorId !== 'gitignore-missing-env');
  const credentialFiles = pathsSplit(findings, (f) => f.policy !== 'env-files-out-of-vcs' && CREDENTIAL_FILE_DETECTORS.has(f.detectorId));
  const rootContainers = pathsSplit(findings, (f) => f.policy === 'non-root-containers');
  const tlsDisabled = pathsSplit(findings, (f) => f.policy === 'tls-verified');
  const checks: PostureCheck[] = [
    hooks.length > 0
      ? { id: 'secret-scanning-hook', ok: true, sentence: `A secret scanner runs before commits: ${hooks.join('; ')}.` }
      : { id: 'secret-scanning-hook', ok: false, sentence: 'No secret-scanning hook is installed: run `secret-hygiene hook install` or add it to .pre-commit-config.yaml.' },
    ignored === null
      ? { id: 'env-ignored', ok: null, sentence: 'Cannot tell whether .env is ignored (no work tree).' }
      : ignored
        ? { id: 'env-ignored', ok: true, sentence: '.env files are ignored by git.' }
        : !envFilesUsed
          ? { id: 'env-ignored', ok: true, sentence: 'No env files in use (no env file, dotenv dependency or env_file:), so none to ignore.' }
          : { id: 'env-ignored', ok: false, sentence: '.env is not ignored: add `.env` and `.env.*` (with `!.env.example`) to .gitignore.' },
    splitCheck('committed-env-files', 'env-files-out-of-vcs', committedEnvFiles, 'committed .env files', envFilesFix(findings), scope),
    splitCheck('credential-files', 'credentials-from-environment', credentialFiles, 'committed credential files', 'Remove them and rotate the credentials they held.', scope),
    splitCheck('root-containers', 'non-root-containers', rootContainers, 'containers running as root', 'Add a non-root USER to the final stage.', scope),
    splitCheck('tls-disabled', 'tls-verified', tlsDisabled, 'places where TLS verification is switched off', 'Turn certificate checks back on.', scope),
  ];
  return { hooks, envIgnored: ignored, committedEnvFiles, credentialFiles, rootContainers, tlsDisabled, checks };
}

/**
 * A hook or tool config, only searched for a scanner's name: a link is followed (hooks are often
 * links), but only a regular file is read, and only its first MiB (a link to /dev/zero or a pipe in
 * the audited repository must not exhaust memory or hang the audit).
 */
async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readProjectFile(file, { shown: file, what: 'a hook', fix: '', maxBytes: MAX_CONFIG_BYTES, required: false, followLinks: true });
  } catch {
    return undefined;
  }
}
