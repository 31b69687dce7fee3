import type { Command } from 'commander';
import type { CommandContext } from './main.js';

interface RawOptions {
  prePush: boolean;
  force: boolean;
}

export function registerHook(program: Command, ctx: CommandContext): void {
  program
    .command('hook')
    .description('install or remove the git hook that runs the scanner: pre-commit (secret-hygiene staged) or, with --pre-push, pre-push (history of the pushed commits)')
    .argument('<action>', 'install or uninstall')
    .argument('[repo]', 'the repository (default: the current folder)')
    .option('--pre-push', 'the pre-push hook instead of the pre-commit hook', false)
    .option('--force', 'replace a hook secret-hygiene did not write (it is kept beside it and restored by uninstall)', false)
    .action(async (action: string, repo: string | undefined, raw: RawOptions) => {
      const { installHook, uninstallHook } = await import('../sources/git-hooks.js');
      const hook = raw.prePush ? 'pre-push' : 'pre-commit';
      if (action === 'install') ctx.io.stdout(`${await installHook(ctx.io.cwd, repo ?? '.', hook, raw.force)}\n`);
      else if (action === 'uninstall') ctx.io.stdout(`${await uninstallHook(ctx.io.cwd, repo ?? '.', hook)}\n`);
      else {
        const { UsageError } = await import('../errors.js');
        throw new UsageError(`hook ${action}: unknown action; use 'hook install' or 'hook uninstall'`);
      }
    });
}
