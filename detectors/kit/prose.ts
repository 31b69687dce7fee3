/**
 * Prose files: only their fenced code blocks hold code, and whether a line is inside a fence depends
 * on every fence before it. The TLS detectors read code there and nowhere else; the engine widens the
 * changed part of such a file's next version to the fenced blocks it touches (Detector.reach
 * 'code-lines', src/engine/delta.ts). One list, so the two cannot drift.
 */
export const PROSE_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc', 'txt']);

export function isProsePath(path: string): boolean {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash && PROSE_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
