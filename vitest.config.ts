import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Threads without per-file isolation: the test files share one module graph per worker, so the
// catalogue of 800 detectors is transformed and evaluated once per worker, not once per file
// (isolated forks spent longer loading modules than running tests). No test relies on fresh
// module state; a test that sets a module-level hook restores it.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'threads',
    isolate: false,
    // vitest leaves a core to its main process by default: on 2 cores that is one worker, and the
    // suite ran serially (194 s against 119 s with two)
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
