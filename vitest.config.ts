import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Workers without per-file isolation: the test files share one module graph per worker, so the
// catalogue of 800 detectors is transformed and evaluated once per worker, not once per file
// (isolated forks spent longer loading modules than running tests). No test relies on fresh
// module state; a test that sets a module-level hook restores it.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Forks, not threads: the suite spawns git ~2,700 times, and a spawn costs the kernel a copy of
    // the spawning process's page tables. In one threaded process of 1.5 GB that was 30–60 ms a
    // spawn (100 s of system time); two forked workers of ~500 MB each halve it (npm test 135 s → 105 s).
    pool: 'forks',
    isolate: false,
    // vitest leaves a core to its main process by default: on 2 cores that is one worker, and the
    // suite ran serially (194 s against 119 s with two). One worker more than the cores: workers
    // wait on git (through the relay, test/helpers/relay.ts) and on npm installs, and a third
    // worker on 2 cores fills those waits (83-86 s against 90 s, paired runs)
    maxWorkers: availableParallelism() + 1,
  },
});
