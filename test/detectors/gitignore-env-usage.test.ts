// gitignore-missing-env applies only where a repository works with env files. The facts come from
// the whole repository, which a detector cannot see: `repositoryFacts` below gathers them from real
// files the way the engine would (listed files in path order, the first that shows env-file use),
// and the detector and `missingGitignore` are judged on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  envUsageIn,
  gitignoreMissingEnv,
  missingGitignore,
  type RepositoryFacts,
} from '../../detectors/files/gitignore-missing-env.js';
import type { DetectorInput, Match } from '../../src/types.js';
import { git, tmpRepo } from '../helpers/tmp.js';

function repositoryFacts(dir: string): RepositoryFacts {
  const listed = git(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).split('\0').filter(Boolean).sort();
  for (const path of listed) {
    const use = envUsageIn(path, readFileSync(join(dir, path), 'utf8'));
    if (use) return { rootGitignore: listed.includes('.gitignore'), envUsage: use };
  }
  return { rootGitignore: listed.includes('.gitignore') };
}

/** What the rule reports for the repository: at the root .gitignore, or at the evidence when there is none. */
function judge(dir: string): { path: string; line: number; detail: string }[] {
  const facts = repositoryFacts(dir);
  const lineOf = (path: string, m: Match): number => readFileSync(join(dir, path), 'utf8').slice(0, m.start).split('\n').length;
  if (facts.rootGitignore) {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    const input = { path: '.gitignore', text, repository: facts } as DetectorInput;
    return [...gitignoreMissingEnv.detect(input)].map((m) => ({ path: '.gitignore', line: lineOf('.gitignore', m), detail: m.detail ?? '' }));
  }
  if (!facts.envUsage) return [];
  const m = missingGitignore(facts.envUsage);
  return [{ path: m.path, line: lineOf(m.path, m), detail: m.detail ?? '' }];
}

describe('gitignore-missing-env on real repositories', () => {
  it('reports nothing for a C project or a Docker-only one that use no env files', () => {
    const c = tmpRepo({ '.gitignore': 'build/\n*.o\n', Makefile: 'all:\n\tcc -o app src/main.c\n', 'src/main.c': 'int main(void) { return 0; }\n' });
    const docker = tmpRepo({ '.gitignore': '*.log\n', Dockerfile: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n', 'library/app': 'Tags: 1.0\n' });
    const bare = tmpRepo({ 'README.md': '# tool\n', 'main.go': 'package main\n\nfunc main() {}\n' });
    expect(judge(c)).toEqual([]);
    expect(judge(docker)).toEqual([]);
    expect(judge(bare)).toEqual([]);
  });

  it('reports at the root .gitignore where a dependency, an import, a compose env_file or an env file shows use', () => {
    const node = tmpRepo({ '.gitignore': 'node_modules/\n', 'package.json': '{\n  "name": "api",\n  "dependencies": {\n    "dotenv": "^16.4.5"\n  }\n}\n' });
    expect(judge(node)).toEqual([{ path: '.gitignore', line: 1, detail: 'no pattern in .gitignore ignores ".env" at the repository root, and package.json depends on dotenv' }]);
    const py = tmpRepo({ '.gitignore': '__pycache__/\n', 'app/main.py': 'from dotenv import load_dotenv\n\nload_dotenv()\n' });
    expect(judge(py)[0]?.detail).toMatch(/app\/main\.py loads an env file \(from dotenv import\)$/);
    const compose = tmpRepo({ '.gitignore': 'data/\n', 'compose.yaml': 'services:\n  web:\n    image: nginx\n    env_file:\n      - web.vars\n' });
    expect(judge(compose)[0]?.detail).toMatch(/compose\.yaml loads an env file$/);
    const example = tmpRepo({ '.gitignore': 'dist/\n', '.env.example': 'API_URL=\n' });
    expect(judge(example)[0]?.detail).toMatch(/\.env\.example is an env file$/);
    const variants = tmpRepo({ '.gitignore': 'dist/\n.env.local\n', 'src/a.ts': 'export {};\n' });
    expect(judge(variants)[0]?.detail).toMatch(/, and it names env files \("\.env\.local"\)$/);
  });

  it('reports nothing where .env is ignored, and at the evidence (not at a missing .gitignore) where there is no .gitignore', () => {
    const ignored = tmpRepo({ '.gitignore': 'node_modules/\n.env\n.env.*\n!.env.example\n', 'package.json': '{ "dependencies": { "dotenv": "16" } }\n', '.env.example': 'A=\n' });
    expect(judge(ignored)).toEqual([]);
    const none = tmpRepo({ 'README.md': '# api\n', 'package.json': '{\n  "dependencies": {\n    "express": "4",\n    "dotenv": "16"\n  }\n}\n' });
    expect(judge(none)).toEqual([
      { path: 'package.json', line: 4, detail: 'the repository has no .gitignore, so ".env" files are not ignored, and package.json depends on dotenv' },
    ]);
  });

  it('judges the .gitignore alone when the engine gives no facts (today\'s behaviour)', () => {
    expect([...gitignoreMissingEnv.detect({ path: '.gitignore', text: 'dist/\n' })]).toHaveLength(1);
  });
});

describe('envUsageIn', () => {
  it.each([
    ['.env', 'A=1\n', 'is an env file'],
    ['deploy/web.env', 'A=1\n', 'is an env file'],
    ['package.json', '{ "devDependencies": { "dotenv-cli": "7" } }', 'depends on dotenv-cli'],
    ['package.json', '{ "dependencies": { "next": "14.2.0", "react": "18" } }', 'uses next, which reads .env files'],
    ['package.json', '{ "scripts": { "dev": "node --env-file=.env server.js" } }', 'has a script that loads an env file'],
    ['requirements.txt', 'flask==3.0\npython-dotenv==1.0.1\n', 'depends on python-dotenv'],
    ['pyproject.toml', '[project]\ndependencies = ["httpx", "python-dotenv>=1"]\n', 'depends on python-dotenv'],
    ['Gemfile', "source 'https://rubygems.org'\ngem 'dotenv-rails', groups: [:development]\n", 'depends on dotenv-rails'],
    ['go.mod', 'module x\n\nrequire github.com/joho/godotenv v1.5.1\n', 'depends on github.com/joho/godotenv'],
    ['go.mod', 'module x\n\nrequire (\n\tgithub.com/spf13/viper v1.16.0\n\tgithub.com/subosito/gotenv v1.4.2 // indirect\n\tgithub.com/joho/godotenv v1.5.1\n)\n', 'depends on github.com/joho/godotenv'],
    ['composer.json', '{ "require": { "php": ">=8.1", "vlucas/phpdotenv": "^5.6" } }', 'depends on vlucas/phpdotenv'],
    ['src/server.js', "require('dotenv').config();\n", "loads an env file (require('dotenv'))"],
    ['src/index.ts', "import 'dotenv/config';\n", "loads an env file (import 'dotenv/config')"],
    ['scripts/run.sh', 'set -a\n. ./.env\nset +a\n', 'loads an env file'],
    ['Makefile', '-include .env\nexport\n', 'loads an env file'],
  ])('%s: %s', (path, text, what) => {
    expect(envUsageIn(path, text)?.what).toBe(what);
  });

  it.each([
    ['.envrc', 'use nix\n'],
    ['src/app.ts', 'const port = process.env.PORT;\n'],
    ['composer.json', '{ "replace": { "symfony/dotenv": "self.version" } }'],
    ['package.json', '{ "keywords": ["dotenv", "config"] }'],
    ['.github/workflows/build.yml', 'steps:\n  - run: docker run --env-file <(env | grep CI_) image\n'],
    ['app/settings.py', 'import os\nSECRET = os.environ["SECRET"]\n'],
    ['.gitignore', '.venv/\nenv/\n.env/\n'],
    // a module pulled in by another (viper's gotenv): the repository's code does not load env files through it
    ['go.mod', 'module x\n\ngo 1.21\n\nrequire (\n\tgithub.com/spf13/viper v1.16.0\n\tgithub.com/subosito/gotenv v1.4.2 // indirect\n)\n'],
    ['go.mod', 'module x\n\nrequire github.com/joho/godotenv v1.5.1 // indirect\n'],
  ])('%s is no evidence', (path, text) => {
    expect(envUsageIn(path, text)).toBeUndefined();
  });
});
