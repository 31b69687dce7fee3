// Whether a repository works with env files at all, for the posture rule gitignore-missing-env: a
// repository that never uses them has none to leak, and a C or Docker-only project gets no
// finding. A detector sees one file, so the evidence is gathered here, beside the scan: env files
// by name among the paths the source names (observe), and the root's manifests, compose files and
// .gitignore read once after it (dependencies on dotenv and its kin, frameworks that read .env,
// env_file:, patterns naming env files). The rule's own evidence test is envUsageIn.
import { join } from 'node:path';
import { isShellStartupFile } from '../../detectors/files/dotenv-file.js';
import { envUsageIn, evidenceClause, lastMatchingRule, missingGitignore, type EnvUsage } from '../../detectors/files/gitignore-missing-env.js';
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
/** Env files by name kept as candidate evidence: a few shell startup files are passed over, never a whole tree. */
const MAX_NAMED = 16;
/** The nearest folders above an env file whose own .gitignore is read (bounded: never a walk to the root of a deep tree). */
const MAX_OWN_GITIGNORES = 4;

export class EnvUsageFacts {
  /**
   * Env files by name, the first MAX_NAMED in path order. A dotfiles repository's `system/.env` sourced by its
   * `.bashrc` (shopt, ulimit, if … fi: a shell startup file, see isShellStartupFile) is named like one but shows no
   * use of env files: each is read once, when the rule's finding needs the evidence, and such files are passed over.
   * More candidates than that, or one that cannot be read (history paths), count as evidence: unsure, keep.
   */
  private readonly named: EnvUsage[] = [];
  private namedOverflow = false;
  private byName: EnvUsage | undefined;
  private byNameJudged = false;
  /** The root files' evidence, read once per root (the audit asks for its tree, its history and its posture). */
  private readonly rootEvidence = new Map<string, Promise<{ use: EnvUsage | undefined; gitignore: boolean }>>();

  /** Every path the source names: the first env file by name is evidence. */
  readonly observe = (path: string): void => {
    if (this.namedOverflow || !path.includes('env')) return;
    const use = envUsageIn(path, '');
    if (!use) return;
    if (this.named.length >= MAX_NAMED) this.namedOverflow = true;
    else this.named.push(use);
    this.byNameJudged = false;
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
    // the root .gitignore's finding, told per file without the repository's facts: the evidence is said too, as
    // judgeGitignore says it (`…, and package.json uses vite, which reads .env files`), so a reader sees why it applies
    if (gitignore) {
      const evidence = evidenceClause(use);
      return findings.map((f) => (f.detectorId === RULE && f.path === '.gitignore' && !f.message.endsWith(evidence) ? { ...f, message: `${f.message}${evidence}` } : f));
    }
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
    return { use: (await this.namedEvidence(root)) ?? use, gitignore };
  }

  /** The first observed env file that is not a shell startup file (read once per set of observed names). */
  private async namedEvidence(root: string): Promise<EnvUsage | undefined> {
    if (this.byNameJudged) return this.byName;
    this.byName = undefined;
    for (const use of this.named) {
      const text = await readRoot(root, use.path);
      if (text !== undefined && (await ownGitignoreIgnoresEnv(root, use.path))) continue;
      if (text === undefined || !isShellStartupFile(text)) {
        this.byName = use;
        break;
      }
    }
    if (this.byName === undefined && this.namedOverflow) this.byName = this.named[0];
    this.byNameJudged = true;
    return this.byName;
  }
}

/**
 * Whether an env file in a sub-project (`examples/app/.env.sample`) sits under a folder whose own .gitignore ignores
 * `.env` (`examples/app/.gitignore`: `.env`): that sub-project keeps its env files out of version control itself, so
 * its template shows no use of a `.env` at the repository root. A pattern with a slash, a re-include, or a .gitignore
 * that cannot be read decides nothing: the file stays evidence (unsure, keep). Folders below the root only, the
 * nearest MAX_OWN_GITIGNORES of them.
 */
async function ownGitignoreIgnoresEnv(root: string, path: string): Promise<boolean> {
  const dirs = path.split('/').slice(0, -1);
  for (let n = dirs.length, seen = 0; n > 0 && seen < MAX_OWN_GITIGNORES; n--, seen++) {
    const text = await readRoot(root, `${dirs.slice(0, n).join('/')}/.gitignore`);
    if (text === undefined) continue;
    const rule = lastMatchingRule(text, '.env');
    if (rule) return !rule.negate;
  }
  return false;
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
