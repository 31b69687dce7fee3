// The engine as a library, bundled to dist/engine.js for benchmarks, profiling scripts, the copy
// table's test across threads, and the build (which writes the built-in keywords' automaton).
import { allDetectors } from '../../detectors/index.js';
import { buildTables, distinctKeywords, encodeTables, keywordBinding, keywordListsSignature, setBundledTables } from './automaton.js';
import { prefilterKeywords } from './detect-blob.js';

export { allDetectors };
export { isVendorToken } from '../../detectors/kit/vendor-token.js';
export { compileDetectors, detectBlob } from './detect-blob.js';
export { compilePathMatcher } from './path-match.js';
export { buildPrefilter } from './prefilter.js';
export { CopyTable } from './copy-table.js';

setBundledTables(new URL('./prefilter.bin', import.meta.url));

/** The automaton of every built-in detector's keywords, as dist/prefilter.bin holds it. */
export function builtInAutomaton(): Buffer {
  const lists = prefilterKeywords(allDetectors);
  const tables = buildTables(distinctKeywords(lists));
  const binding = keywordBinding(tables.keywords, lists);
  return encodeTables({ ...tables, ...(binding ? { binding: { ...binding, signature: keywordListsSignature(lists) } } : {}) });
}
