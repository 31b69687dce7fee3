// Writes and removes the git hooks that run the scanner. A hook we wrote carries MARKER; any other
// file in its place is the user's and is replaced only with --force (kept beside it, restored on
// uninstall).
import { mkdir, readFile, realpath, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describeSystemError, SourceError, UsageError } from '../errors.js';
import { writeFileSafely } from '../fs/safe-write.js';
import { hooksDirectory } from '../git.js';
import { resolveRepository } from './repository.js';

export type HookName = 'pre-commit' | 'pre-push';

/** The line that says a hook file is ours. */
export const MARKER = '# managed-by: secret-hygiene (remove with: secret-hygiene hook uninstall)';
const BACKUP_SUFFIX = '.before-secret-hygiene';

/** Installs the hook; returns the message for the user. */
export async function installHook(cwd: string, repo: string, hook: HookName, force: boolean): Promise<string> {
  const file = await hookFile(cwd, repo, hook);
  const existing = await readIfExists(file);
  let kept = '';
  if (existing !== undefined && !existing.includes(MARKER)) {
    if (!force) {
      throw new UsageError(`${file}: a ${hook} hook that secret-hygiene did not write is already there; merge it by hand, or pass --force to replace it (the old one is then kept as ${basename(file)}${BACKUP_SUFFIX})`);
    }
    await rename(file, `${file}${BACKUP_SUFFIX}`);
    kept = `; the previous hook is kept as ${file}${BACKUP_SUFFIX}`;
  }
  const cannotWrite = (why: string): string => `${file}: cannot write the hook (${why}); check the permissions of the hooks folder`;
  const folder = join(file, '..');
  await mkdir(folder, { recursive: true }).catch((error: unknown) => {
    throw new SourceError(cannotWrite(describeSystemError(error)));
  });
  // Atomic, so that a failed write never leaves git a truncated hook to run. The hooks folder
  // comes from git, not from the scanned files, so only the hook itself is checked for a link.
  await writeFileSafely(file, hookScript(hook, await installedBin()), file, { within: folder, mode: 0o755, fix: 'remove the link, then install the hook again', cannotWrite });
  const runs = hook === 'pre-commit' ? 'secret-hygiene staged' : 'secret-hygiene history on the pushed commits';
  return `${existing !== undefined && kept === '' ? 'updated' : 'installed'} ${hook} hook ${file} (runs ${runs})${kept}`;
}

/** Removes the hook if we wrote it (and puts back the one --force replaced); returns the message. */
export async function uninstallHook(cwd: string, repo: string, hook: HookName): Promise<string> {
  const file = await hookFile(cwd, repo, hook);
  const existing = await readIfExists(file);
  if (existing === undefined) return `no ${hook} hook at ${file}: nothing to remove`;
  if (!existing.includes(MARKER)) {
    throw new UsageError(`${file}: this ${hook} hook was not written by secret-hygiene; left as it is (remove it by hand if you want it gone)`);
  }
  await rm(file);
  const backup = `${file}${BACKUP_SUFFIX}`;
  if ((await readIfExists(backup)) !== undefined) {
    await rename(backup, file);
    return `removed the secret-hygiene ${hook} hook and restored the previous one at ${file}`;
  }
  return `removed the secret-hygiene ${hook} hook ${file}`;
}

async function hookFile(cwd: string, repo: string, hook: HookName): Promise<string> {
  const { dir } = await resolveRepository(cwd, repo, false);
  const hooks = await hooksDirectory(dir);
  if (hooks === undefined) throw new SourceError(`${repo}: cannot find the hooks folder of this repository`);
  return join(hooks, hook);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw new SourceError(`${file}: cannot read the existing hook (${describeSystemError(error)})`);
  }
}

/** The node and bin script running now, when this process is the secret-hygiene CLI (not a test runner). */
async function installedBin(): Promise<{ readonly node: string; readonly bin: string } | undefined> {
  const script = process.argv[1];
  if (script === undefined || !/secret-hygiene(\.js)?$/.test(script)) return undefined;
  return { node: process.execPath, bin: await realpath(script).catch(() => script) };
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * How the hook finds the scanner, first that works: `secret-hygiene` on PATH; the bin that installed
 * the hook (absolute path, if it still exists); `npx --no-install secret-hygiene` (a project-local install).
 */
export function hookScript(hook: HookName, bin: { readonly node: string; readonly bin: string } | undefined): string {
  const fallback = bin ? `  elif [ -f ${quote(bin.bin)} ] && [ -x ${quote(bin.node)} ]; then ${quote(bin.node)} ${quote(bin.bin)} "$@"\n` : '';
  const finder = `secret_hygiene() {
  if command -v secret-hygiene >/dev/null 2>&1; then secret-hygiene "$@"
${fallback}  elif command -v npx >/dev/null 2>&1; then npx --no-install secret-hygiene "$@"
  else
    echo "secret-hygiene: not found; install it from its checkout (npm ci && npm install -g .) or remove this hook (secret-hygiene hook uninstall)" >&2
    return 2
  fi
}`;
  const head = `#!/bin/sh\n${MARKER}\n`;
  if (hook === 'pre-commit') {
    return `${head}# Blocks a commit that adds credentials. Skip once with: git commit --no-verify\n${finder}\nsecret_hygiene staged --quiet\n`;
  }
  return `${head}# Blocks a push whose commits add credentials. Skip once with: git push --no-verify
${finder}
status=0
while read -r local_ref local_sha remote_ref remote_sha; do
  case "$local_sha" in *[!0]*) ;; *) continue ;; esac # a deleted branch: nothing to scan
  case "$remote_sha" in
    *[!0]*) if git cat-file -e "$remote_sha^{commit}" 2>/dev/null; then
        secret_hygiene history --range "$remote_sha..$local_sha" --quiet </dev/null || status=1
        continue
      fi ;;
  esac
  # a new branch, or a remote tip we do not have: the commits no remote-tracking branch holds
  secret_hygiene history --branch "$local_sha" --exclude-remotes --quiet </dev/null || status=1
done
exit $status
`;
}
