// Runs before each test file. The test files share one module graph per worker (vitest.config.ts:
// isolate false), so a hook a helper module registered when first imported would belong to the
// first file only: the temp folders are removed here, after every file.
import { afterAll } from 'vitest';
import { removeTmpDirs } from './helpers/tmp.js';

afterAll(removeTmpDirs);
