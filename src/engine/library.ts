// The engine as a library, bundled to dist/engine.js for benchmarks and profiling scripts.
export { allDetectors } from '../../detectors/index.js';
export { compileDetectors, detectBlob } from './detect-blob.js';
export { compilePathMatcher } from './path-match.js';
export { buildPrefilter } from './prefilter.js';
export { CopyTable } from './copy-table.js';
export { RawLogParser } from '../history/introductions.js';
