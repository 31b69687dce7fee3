// Answers about a path, kept: a history asks the same question of a path for every version and every changed
// window of it, and a tree scan for every detector that reads the file. At most MAX answers are kept (then the
// memory starts over), so a walk of millions of paths holds a bounded map.

const MAX = 20_000;

/** `judge` with its answers kept per path. */
export function memoByPath<T>(judge: (path: string) => T): (path: string) => T {
  const answers = new Map<string, T>();
  return (path) => {
    let answer = answers.get(path);
    if (answer === undefined && !answers.has(path)) {
      if (answers.size >= MAX) answers.clear();
      answer = judge(path);
      answers.set(path, answer);
    }
    return answer as T;
  };
}
