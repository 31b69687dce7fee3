// Whether a repository works with env files at all, for the posture rule gitignore-missing-env: a
// repository that never uses them has none to leak, and a C or Docker-only project gets no
// finding. A detector sees one file, so the evidence is gathered here, beside the scan: env files
// by name among the paths the source names (observe), and the root's manifests, compose files and
// .gitignore read once after it (dependencies on dotenv and its kin, frameworks that read .env,
// env_file:, patterns naming env files). The rule's own evidence test is envUsageIn.
import { join } from 'node:path';
import { envUsageIn, missingGitignore, type EnvUsage } from '../../detectors/files/gitignore-missing-env.js';
import { readProjectFile } from '../fs/safe-read.js';
import type { Finding } from '../types.js';
import { findingMessage } from './finding.js';

const RULE = 'gitignore-missing-env';

/** Root files that tell, by their text, whether env files are in use. */
const ROOT_EVIDENCE = [
  'package.json', 'requirements.txt', 'requirements-dev.txt', 'Pipfile', 'pyproject.toml', 'setup.py', 'setup.cfg',
  'Gemfile', 'go.mod', 'composer.json', 'Cargo.toml', 'pom.xml', 'build.gradle', 'build.gradle.kts',
  'docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml', 'Makefile', 'Procfile', '.gitignore',
];
const MAX_ROOT_FILE = 1 << 20;

export class EnvUsageFacts {
  private byName: EnvUsage | undefined;
  /** The root files' evidence, read once per root (the audit asks for its tree, its history and its posture). */
  private readonly rootEvidence = new Map<string, Promise<{ use: EnvUsage | undefined; gitignore: boolean }>>();

  /** Every path the source names: the first env file by name is evidence. */
  readonly observe = (path: string): void => {
    if (this.byName !== undefined || !path.includes('env')) return;
    const use = envUsageIn(path, '');
    if (use) this.byName = use;
  };

  /**
   * The scan's findings with gitignore-missing-env where it applies: dropped when the repository
   * shows no use of env files, and, when there is no root .gitignore at all, placed at the
   * evidence instead of at a file that does not exist.
   */
  async apply(findings: readonly Finding[], root: string): Promise<Finding[]> {
    if (!findings.some((f) => f.detectorId === RULE && f.path === '.gitignore')) return [...findings];
    const { use, gitignore } = await this.evidence(root);
    if (!use) return findings.filter((f) => !(f.detectorId === RULE && f.path === '.gitignore'));
    if (gitignore) return [...findings];
    const text = use.start > 0 ? ((await readRoot(root, use.path)) ?? '') : '';
    const moved = missingGitignore(use);
    const before = text.slice(0, moved.start);
    const line = before.split('\n').length;
    const column = moved.start - (before.lastIndexOf('\n') + 1) + 1;
    return findings.map((f) =>
      f.detectorId === RULE && f.path === '.gitignore'
        ? { ...f, path: use.path, line, column, endLine: line, endColumn: column, message: findingMessage(f.title, moved.detail, '') }
        : f,
    );
  }

  /** Whether the repository shows it uses env files (after the scan has named its paths). */
  async used(root: string): Promise<boolean> {
    return (await this.evidence(root)).use !== undefined;
  }

  /** Evidence by name (the paths observed so far) first, then the root files'. */
  private async evidence(root: string): Promise<{ use: EnvUsage | undefined; gitignore: boolean }> {
    let read = this.rootEvidence.get(root);
    if (!read) this.rootEvidence.set(root, (read = readRootEvidence(root)));
    const { use, gitignore } = await read;
    return { use: this.byName ?? use, gitignore };
  }
}

async function readRootEvidence(root: string): Promise<{ use: EnvUsage | undefined; gitignore: boolean }> {
  let use: EnvUsage | undefined;
  let gitignore = false;
  for (const name of ROOT_EVIDENCE) {
    const text = await readRoot(root, name);
    if (text === undefined) continue;
    if (name === '.gitignore') gitignore = true;
    use ??= envUsageIn(name, text);
  }
  return { use, gitignore };
}

/** A regular file at the root (never through a link), capped; undefined when absent or unreadable. */
async function readRoot(root: string, name: string): Promise<string | undefined> {
  try {
    return await readProjectFile(join(root, name), { shown: name, what: 'a root file', fix: '', maxBytes: MAX_ROOT_FILE, followLinks: false, required: false });
  } catch {
    return undefined;
  }
}
