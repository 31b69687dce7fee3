// `init`: adopt the gate on a repository in one step. Writes a starter .secret-hygiene.json, a
// starter .secretsignore and a baseline of today's findings (existing files are kept unless
// --force), and with --hook installs the pre-commit hook.
import type { Command } from 'commander';
import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileSafely } from '../fs/safe-write.js';
import type { CommandContext } from './main.js';

interface RawOptions {
  hook: boolean;
  force: boolean;
}

export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description('adopt secret-hygiene here: write a starter config, a .secretsignore and a baseline of current findings')
    .argument('[path]', 'the repository or folder (default: the current folder)', '.')
    .option('--hook', 'also install the git pre-commit hook', false)
    .option('--force', 'overwrite existing config, ignore and baseline files', false)
    .action(async (path: string, raw: RawOptions) => {
      const [{ resolveScanRoot }, { starterConfig, starterIgnoreFile }, { CONFIG_FILE }, { IGNORE_FILE, displayPath }, { DEFAULT_BASELINE_FILE, entriesFromFindings, writeBaseline }, { scanWorkTree }] =
        await Promise.all([import('../sources/files.js'), import('../config/starter.js'), import('../config/schema.js'), import('./prepare.js'), import('../filters/baseline.js'), import('./baseline.js')]);
      const { newRepositorySalt } = await import('../engine/finding.js');
      const target = await resolveScanRoot(resolve(ctx.io.cwd, path));
      if (target.isFile) throw new UsageError(`${path}: init needs a folder (the repository's top); pass the folder, not a file`);
      const root = target.base;
      const shown = (file: string): string => displayPath(ctx.io.cwd, file);
      const said: string[] = [];
      const write = async (name: string, text: string): Promise<void> => {
        const file = join(root, name);
        if (exists(file) && !raw.force) return void said.push(`kept ${shown(file)} (exists; --force replaces it)`);
        await writeOrFail(file, shown(file), text, root);
        said.push(`wrote ${shown(file)}`);
      };
      await write(CONFIG_FILE, starterConfig(DEFAULT_BASELINE_FILE));
      await write(IGNORE_FILE, starterIgnoreFile());

      const key = { salt: newRepositorySalt() };
      const { prepared, result } = await scanWorkTree([root], {}, ctx, async () => key);
      const baseline = prepared.config?.baseline !== undefined ? resolve(dirname(prepared.config.file), prepared.config.baseline) : join(root, DEFAULT_BASELINE_FILE);
      const entries = entriesFromFindings(result.findings);
      if (exists(baseline) && !raw.force) said.push(`kept ${shown(baseline)} (exists; run 'secret-hygiene baseline update' to refresh it)`);
      else {
        await writeBaseline(baseline, shown(baseline), entries, key);
        said.push(`wrote ${shown(baseline)}: ${entries.length} current finding${entries.length === 1 ? '' : 's'} accepted (fingerprints only, no secret)`);
      }
      if (raw.hook) said.push(await installHook(root, ctx));
      ctx.io.stdout(`${said.map((s) => `  ${s}`).join('\n')}\n\n${nextSteps(entries.length)}`);
    });
}

/** lstat, not stat: a link, even a dangling one, is something already there, never written through. */
function exists(file: string): boolean {
  return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}

async function writeOrFail(file: string, shown: string, text: string, root: string): Promise<void> {
  await writeFileSafely(file, text, shown, { within: root, fix: 'remove the link, then run init again', cannotWrite: (why) => `${shown}: cannot write (${why}); check the folder's permissions` });
}

/** Reuses the `hook install` command in the root; when it is unavailable, says what to run. */
async function installHook(root: string, ctx: CommandContext): Promise<string> {
  const { main } = await import('./main.js');
  let err = '';
  const code = await main(['hook', 'install'], { ...ctx.io, cwd: root, stdout: () => undefined, stderr: (t) => void (err += t) });
  if (code === 0) return 'installed the pre-commit hook';
  ctx.setExitCode(code === 2 ? 2 : 1);
  return `could not install the pre-commit hook (${err.trim().split('\n')[0] || `exit ${code}`}); run 'secret-hygiene hook install' in the repository`;
}

function nextSteps(findings: number): string {
  const lines = [
    'Next: commit these files; `secret-hygiene scan` then fails only on findings that are not in the baseline.',
    'Silence a false positive with `secret-hygiene:allow <detector-id>` on its line, or a rule in .secretsignore.',
  ];
  if (findings > 0) lines.push(`The ${findings} accepted finding${findings === 1 ? ' is' : 's are'} still exposed: rotate those secrets, then run 'secret-hygiene baseline update'.`);
  return `${lines.join('\n')}\n`;
}
