// Runs before each test file. The test files share one module graph per worker (vitest.config.ts:
// isolate false), so a hook a helper module registered when first imported would belong to the
// first file only: the temp folders are removed here, after every file. The scanner's git calls
// that run to completion go through the test relay (test/helpers/relay.ts).
import { afterAll } from 'vitest';
import { installGitRunner } from './helpers/relay.js';
import { removeTmpDirs } from './helpers/tmp.js';

installGitRunner();
afterAll(removeTmpDirs);
