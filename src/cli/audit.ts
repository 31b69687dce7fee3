import type { Command } from 'commander';
import type { CommandContext } from './main.js';

export function registerAudit(program: Command, ctx: CommandContext): void {
  void program;
  void ctx;
}
