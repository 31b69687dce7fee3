// Strings cut from a file's text that outlive the scan of that file (cache keys, findings), and the
// per-name memo the detectors judge names with.

/**
 * A copy of `s` that does not hold on to the text it was cut from. V8 makes a slice of 13 or more
 * characters a view of its parent, so a name kept as a cache key, or a finding kept for a later
 * version, would keep the whole decoded file alive (20 MB of file texts at the peak of a 20k-commit
 * history). Slicing a concatenation copies it first.
 */
export function own(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

/**
 * `judge` remembered per name: identifiers recur across the files of a scan, so each distinct one is
 * judged once. Bounded (forgotten all at once when full); the keys are own copies.
 */
export function memoByName<T>(limit: number, judge: (name: string) => T): (name: string) => T {
  const memo = new Map<string, T>();
  return (name) => {
    let value = memo.get(name);
    if (value === undefined) {
      if (memo.size >= limit) memo.clear();
      value = judge(name);
      memo.set(own(name), value);
    }
    return value;
  };
}

/**
 * `compute` remembered for the last text it was asked about: a fact of the whole file (its default user, whether it
 * is a script) that a detector needs at each of its matches is computed once per file, not once per match.
 */
export function perText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: compute(text) };
    return last.value;
  };
}
