// Command lines that carry a password as an argument: in scripts, CI files, docs and runbooks. The
// secret is the password argument alone. A variable (`$PASS`, `%PASS%`, `${{ secrets.X }}`) never
// matches: value characters exclude `$` and `%`. A command line runs to the end of its line, or on
// over `\`-continued lines (curl, wget).

/** One argument: optionally quoted, no blanks, no shell metacharacters, no variable. */
export const ARG = String.raw`(?<q>["']?)(?<secret>[^\s"'$%;&|<>\`]{1,256})\k<q>(?=$|[\s;&|)"',\]])`;
/**
 * The rest of a command line before an option: bounded, lazy, never past the end of the line nor
 * into the next occurrence of the command (so that a text full of the command word stays linear).
 */
export const SAME_LINE = (command: string): string => String.raw`(?:(?!${command})[^\r\n;&|]){0,400}?`;
/** The same across `\`-continued lines. */
export const CONTINUED = (command: string): string => String.raw`(?:(?!${command})(?:[^\r\n;&|\\]|\\[^\r\n]|\\\r?\n)){0,600}?`;

export const REMEDIATION = (what: string, instead: string): string =>
  `Change the ${what}: command lines are kept in shell history, CI logs and process lists as well as in the repository. ${instead}`;

/** The match and what follows it on its line (at most 300 characters): where a command's other options are. */
export function restOfCommand(text: string, index: number, length: number): string {
  let to = index + length;
  while (to < text.length && to - index - length < 300 && text[to] !== '\n') to++;
  return text.slice(index, to);
}
