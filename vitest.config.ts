import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest test files (3-15 s each on 2 busy cores), longest first, started before the rest so
 * that no worker ends the run alone on one of them. Vitest orders by the last run's durations when it has them
 * (node_modules/.vite); a clean clone has none and ordered by size, which started the pre-commit
 * hook's install (14 s) at 75 s of a 91 s run. Refresh from a run's JSON report when it drifts.
 */
const LONGEST_FIRST = [
  'test/install/pre-commit.test.ts',
  'test/engine/copies.test.ts',
  'test/engine/delta.test.ts',
  'test/install/pack.test.ts',
  'test/detectors/assignment-forms.test.ts',
  'test/security/trust.test.ts',
  'test/verify/verifiers.test.ts',
  'test/cli/audit-accepted.test.ts',
  'test/detectors/secrets/hostile-input.test.ts',
  'test/detectors/secrets/stores/stores.test.ts',
  'test/cli/allocator.test.ts',
  'test/audit/bench.test.ts',
  'test/cli/version.test.ts',
  'test/security/git.test.ts',
  'test/security/output.test.ts',
  'test/cli/audit.test.ts',
  'test/detectors/redos.test.ts',
  'test/sources/blob-reader.test.ts',
  'test/detectors/lazy.test.ts',
  'test/detectors/many-findings.test.ts',
  'test/filters/peers-gitleaks.test.ts',
  'test/detectors/secrets/platforms/adversarial.test.ts',
  'test/security/redos-custom.test.ts',
  'test/security/walk-ignore.test.ts',
  'test/install/action.test.ts',
  'test/cli/hook.test.ts',
  'test/security/writes-reads.test.ts',
  'test/detectors/secrets/password-hashes.test.ts',
  'test/engine/pool.test.ts',
  'test/audit/test-credentials.test.ts',
  'test/cli/output-format.test.ts',
  'test/engine/notebook.test.ts',
  'test/verify/cli.test.ts',
  'test/cli/archive.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => {
      const i = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, f.moduleId));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    const sorted = await super.sort(files);
    return sorted.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  }
}

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
    sequence: { sequencer: LongestFirst },
    pool: 'forks',
    isolate: false,
    // vitest leaves a core to its main process by default: on 2 cores that is one worker, and the
    // suite ran serially (194 s against 119 s with two). One worker more than the cores: workers
    // wait on git (through the relay, test/helpers/relay.ts) and on npm installs, and a third
    // worker on 2 cores fills those waits (83-86 s against 90 s, paired runs)
    maxWorkers: availableParallelism() + 1,
  },
});
