import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EnvUsageFacts } from '../../src/engine/env-usage-facts.js';
import type { Finding } from '../../src/types.js';

const RULE_FINDING = {
  detectorId: 'gitignore-missing-env',
  path: '.gitignore',
  title: '.gitignore does not ignore .env files',
  message: '.gitignore does not ignore .env files: no pattern in .gitignore ignores ".env" at the repository root',
} as unknown as Finding;

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'qb-envfacts-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function kept(files: Record<string, string>, observed: string[]): Promise<boolean> {
  const root = tree(files);
  const facts = new EnvUsageFacts();
  for (const p of observed) facts.observe(p);
  return (await facts.apply([RULE_FINDING], root)).some((f) => f.detectorId === 'gitignore-missing-env');
}

describe('EnvUsageFacts: env files by name as evidence', () => {
  const shellEnv = 'export EDITOR="vim"\nexport HISTSIZE=10000\n\nshopt -s histappend\nulimit -S -n 2048\n';

  it('passes over a dotfiles shell startup file named .env', async () => {
    expect(await kept({ '.gitignore': '.DS_Store\n', 'shell/.env': shellEnv }, ['shell/.env'])).toBe(false);
  });

  it('keeps a dotenv file as evidence', async () => {
    expect(await kept({ '.gitignore': '.DS_Store\n', 'web/.env': 'PORT=3000\nLOG_LEVEL=info\n' }, ['web/.env'])).toBe(true);
  });

  it('keeps the evidence of a later dotenv file after a shell startup file', async () => {
    const files = { '.gitignore': 'node_modules\n', 'shell/.env': shellEnv, 'web/.env.example': 'PORT=3000\n' };
    expect(await kept(files, ['shell/.env', 'web/.env.example'])).toBe(true);
  });

  it('passes over a sub-project env template whose own .gitignore ignores .env there', async () => {
    const files = { '.gitignore': 'node_modules\n', 'samples/chat-app/.gitignore': 'dist/\n.env\n', 'samples/chat-app/.env.sample': 'BOT_TOKEN=\nSIGNING_SECRET=\n' };
    expect(await kept(files, ['samples/chat-app/.env.sample'])).toBe(false);
    const nested = { '.gitignore': 'coverage\n', 'apps/.gitignore': '*.env\n.env*\n!.env.sample\n', 'apps/relay/config/.env.sample': 'PORT=8080\n' };
    expect(await kept(nested, ['apps/relay/config/.env.sample'])).toBe(false);
  });

  it('keeps a sub-project env file when its own .gitignore does not ignore .env, re-includes it, or only anchors a path', async () => {
    const plain = { '.gitignore': 'node_modules\n', 'bots/echo/.gitignore': 'dist/\n', 'bots/echo/.env.example': 'PORT=3000\n' };
    expect(await kept(plain, ['bots/echo/.env.example'])).toBe(true);
    const reincluded = { '.gitignore': 'node_modules\n', 'bots/.gitignore': '.env\n', 'bots/echo/.gitignore': '!.env\n', 'bots/echo/.env.example': 'PORT=3000\n' };
    expect(await kept(reincluded, ['bots/echo/.env.example'])).toBe(true);
    const anchored = { '.gitignore': 'node_modules\n', 'bots/.gitignore': 'other/.env\n', 'bots/echo/.env.example': 'PORT=3000\n' };
    expect(await kept(anchored, ['bots/echo/.env.example'])).toBe(true);
    const second = { '.gitignore': 'dist\n', 'a/.gitignore': '.env\n', 'a/.env.sample': 'X=\n', 'web/.env.example': 'PORT=3000\n' };
    expect(await kept(second, ['a/.env.sample', 'web/.env.example'])).toBe(true);
  });

  it('keeps an env file it cannot read (a path from history) as evidence', async () => {
    expect(await kept({ '.gitignore': 'dist\n' }, ['old/.env'])).toBe(true);
  });
});
