// The variables a test runner's configuration gives the tests it runs: Vitest's `test.env`, in `vitest.config.ts` or
// in a `vite.config.ts` that configures Vitest too. A key the suite encrypts its fixtures with, a fake service's URL,
// a test database's name: what the tests run with, as a `.env.test` holds. A real key pasted there is still a leak,
// so a finding in one is reported as sample material (context test, one severity lower), never dropped: the engine
// marks every detector's (detect-blob.ts, Placer).

/** A configuration file of Vite or Vitest by its name (`vite.config.ts`, `vitest.config.mts`, `vite.integration.config.ts`). */
const CONFIG_NAME = /(?:^|\/)vite(?:st)?(?:\.[\w-]{1,40})?\.config\.[cm]?[jt]s$/;
/** What says the file configures Vitest: its config helper's import, or the triple-slash reference to its types. */
const VITEST_MARK = /from[ \t]{1,4}["']vitest\/config["']|require\(["']vitest\/config["']\)|\/\/\/[ \t]{0,4}<reference[ \t]{1,4}types=["']vitest(?:\/config)?["']/;

/** True for a Vite or Vitest configuration file that configures Vitest; `head()` gives the file's start (4 KiB are enough), read only for such a name. */
export function isVitestConfig(path: string, head: () => string): boolean {
  return CONFIG_NAME.test(path) && VITEST_MARK.test(head());
}

/** The line that opens the block: `env: {` and nothing after it. Vite's own options are `envDir`, `envPrefix`: no `env`. */
const ENV_OPEN = /^[ \t]{0,80}env[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}$/;
/** A variable of the block before the value's own: `NAME: 'value',` (not opening or closing an object), or a comment. */
const ENV_ENTRY = /^[ \t]{0,80}(?:["']?[A-Za-z_][\w.-]{0,127}["']?[ \t]{0,4}:[^{}\n]{0,1024}|\/\/[^\n]{0,1024})$/;
/** The value's own line up to the value: `NAME: '`. */
const OWN_ENTRY = /^[ \t]{0,80}["']?[A-Za-z_][\w.-]{0,127}["']?[ \t]{0,4}:[ \t]{0,4}["'`]?$/;

/** Read within the 8 lines and 1 KiB a history's window reaches around a change. */
const REACH = 1024;
const LINES = 8;

/** True when the value at `at` is a variable's in the `env: {` block of a Vitest configuration (the caller knows the file is one). */
export function inTestRunnerEnv(text: string, at: number): boolean {
  const from = Math.max(0, at - REACH);
  const lines = text.slice(from, at).split('\n');
  if (!OWN_ENTRY.test(lines[lines.length - 1] as string)) return false;
  // the first line may be cut by the window's edge: it is read only when the window starts the text
  const first = from === 0 ? 0 : 1;
  for (let k = lines.length - 2, n = 0; k >= first && n < LINES; k--, n++) {
    const line = (lines[k] as string).replace(/\r$/, '');
    if (ENV_OPEN.test(line)) return true;
    if (line.trim() !== '' && !ENV_ENTRY.test(line)) return false;
  }
  return false;
}
