// The engine as a library, bundled to dist/engine.js for benchmarks, profiling scripts and the
// copy table's test across threads.
export { allDetectors } from '../../detectors/index.js';
export { isVendorToken } from '../../detectors/kit/vendor-token.js';
export { compileDetectors, detectBlob } from './detect-blob.js';
export { compilePathMatcher } from './path-match.js';
export { buildPrefilter } from './prefilter.js';
export { CopyTable } from './copy-table.js';
