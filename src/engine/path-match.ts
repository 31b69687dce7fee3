import picomatch from 'picomatch';

/**
 * Compiles a detector's or a rule's path globs. A glob without '/' matches the basename at any
 * depth (`*.pem`, `Dockerfile.*`); a glob with '/' matches the whole repository-relative path
 * (`logs/**`, `**\/.docker/config.json`). Dot files match.
 */
export function compilePathMatcher(globs: readonly string[]): (path: string) => boolean {
  const base = globs.filter((g) => !g.includes('/'));
  const full = globs.filter((g) => g.includes('/'));
  const matchBase = base.length ? picomatch(base, { dot: true }) : undefined;
  const matchFull = full.length ? picomatch(full, { dot: true }) : undefined;
  return (path: string) => {
    if (matchFull?.(path)) return true;
    if (!matchBase) return false;
    const slash = path.lastIndexOf('/');
    return matchBase(slash < 0 ? path : path.slice(slash + 1));
  };
}
