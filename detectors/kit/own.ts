// Strings cut from a file's text that outlive the scan of that file (cache keys, findings).

/**
 * A copy of `s` that does not hold on to the text it was cut from. V8 makes a slice of 13 or more
 * characters a view of its parent, so a name kept as a cache key, or a finding kept for a later
 * version, would keep the whole decoded file alive (20 MB of file texts at the peak of a 20k-commit
 * history). Slicing a concatenation copies it first.
 */
export function own(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}
