// Preloaded (node --import) into ../shared/bench/make-history-repo.mjs by `npm run bench`: the
// generator joins its whole fast-import stream into one string, which at 20,000 commits exceeds V8's
// string-length limit ("Invalid string length"). A join of a long array of strings with '' that would
// be that large returns a Buffer instead, which spawnSync takes as input all the same.
const join = Array.prototype.join;
const LIMIT = 256 * 1024 * 1024;
Array.prototype.join = function (separator) {
  if (separator === '' && this.length > 1000 && typeof this[0] === 'string') {
    let total = 0;
    for (const s of this) total += s.length;
    if (total > LIMIT) return Buffer.concat(this.map((s) => Buffer.from(s, 'utf8')));
  }
  return join.call(this, separator);
};
