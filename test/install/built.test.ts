// The end-to-end tests run the built command (bin/secret-hygiene.js loads dist/cli.cjs) and skip when it
// is missing, so that a checkout without a build still runs the rest. Here the build must be there:
// `npm ci` and `npm install` build it (package.json's prepare), and a skip would otherwise hide whole
// suites, as when dist/cli.js became dist/cli.cjs and the git-hook end-to-end tests stopped running.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_FILES, builtPath } from '../helpers/built.js';

describe('the build the end-to-end tests run', () => {
  it('is present (run npm run build, or npm ci)', () => {
    expect(BUILT_FILES.filter((file) => !existsSync(builtPath(file)))).toEqual([]);
  });
});
