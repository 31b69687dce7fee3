// Settings written in other syntaxes than `NAME = value` (setting-forms.ts) and settings in a block a vendor's
// name opens (`datadog:` then `  api_key: …`): the vendor's own detector reads them, as it reads an assignment, and
// the finding stands on the value's bytes with no encoding said.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { compileDetectors, detectBlob, type RawFinding } from '../../src/engine/detect-blob.js';
import { blockPieces, nestedPieces, pairPieces } from '../../src/engine/pairs.js';
import { randomRun } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);
const idOf = (f: RawFinding): string => (compiled.detectors[f.detector] as { id: string }).id;
/** A Datadog API key's shape: 32 hex. */
const KEY = randomRun('0123456789abcdef', 32, 41);

function found(path: string, text: string): { id: string; value: string; encoding?: string }[] {
  return detectBlob(compiled, path, Buffer.from(text)).findings.map((f) => ({ id: idOf(f), value: text.slice(f.start, f.end), ...(f.encoding ? { encoding: f.encoding } : {}) }));
}

const FORMS: readonly (readonly [string, string, string])[] = [
  ['a TypeScript typed constant', 'src/config.ts', `export const datadogApiKey: string = "${KEY}";`],
  ['a Rust constant', 'src/lib.rs', `const DATADOG_API_KEY: &str = "${KEY}";`],
  ['a pydantic settings field', 'app/settings.py', `class Settings(BaseSettings):\n    datadog_api_key: str = "${KEY}"`],
  ['a Kotlin constant', 'app/Keys.kt', `const val DATADOG_API_KEY: String = "${KEY}"`],
  ['an Objective-C string constant', 'ios/Keys.m', `NSString *const kDatadogApiKey = @"${KEY}";`],
  ['an Android string resource', 'app/src/main/res/values/strings.xml', `<resources>\n    <string name="datadog_api_key">${KEY}</string>\n</resources>`],
  ['an XML element', 'conf/app.config', `<settings>\n  <DatadogApiKey>${KEY}</DatadogApiKey>\n</settings>`],
  ["PHP's define", 'wp-config.php', `<?php\ndefine('DATADOG_API_KEY', '${KEY}');`],
  ["Go's os.Setenv", 'main.go', `os.Setenv("DATADOG_API_KEY", "${KEY}")`],
  ['an environment entry set in Python', 'run.py', `os.environ["DATADOG_API_KEY"] = "${KEY}"`],
  ["C's #define", 'firmware/secrets.h', `#define DATADOG_API_KEY "${KEY}"`],
  ['a command-line flag', 'deploy.sh', `agent run --datadog-api-key ${KEY} --site eu`],
  ['a flag with =', '.github/workflows/ci.yml', `      - run: agent run --datadog-api-key="${KEY}"`],
  ['a Java system property', 'run.sh', `java -Ddatadog.api.key=${KEY} -jar app.jar`],
  ["Make's ?=", 'Makefile', `DATADOG_API_KEY ?= ${KEY}`],
  ["R's <-", 'analysis.R', `datadog_api_key <- "${KEY}"`],
  ["Clojure's def", 'src/core.clj', `(def datadog-api-key "${KEY}")`],
  ["a settings table's row in a SQL dump", 'backup/wordpress.sql', `INSERT INTO wp_options VALUES (7,'datadog_api_key','${KEY}','yes');`],
  ['a YAML mapping named after the vendor', 'config/app.yml', `datadog:\n  site: datadoghq.eu\n  api_key: ${KEY}`],
  ['a JSON object named after the vendor', 'config/app.json', `{"datadog": {"site": "datadoghq.eu", "apiKey": "${KEY}"}}`],
  ['a TOML section named after the vendor', 'config/app.toml', `[datadog]\nsite = "datadoghq.eu"\napi_key = "${KEY}"`],
  ["a documentation table's row", 'docs/deploy.md', `| Variable | Value |\n|---|---|\n| \`DATADOG_API_KEY\` | \`${KEY}\` |`],
  ["a sentence's code spans", 'README.md', `Set \`DATADOG_API_KEY\` to \`${KEY}\` before you start.`],
];

describe('settings in other syntaxes, and in a block named after the vendor', () => {
  it.each(FORMS)("%s is read by the vendor's own detector, on the value's bytes", (_, path, text) => {
    expect(found(path, text)).toContainEqual({ id: 'datadog-api-key', value: KEY });
  });

  it('needs a key-like name and the vendor named on the line: other settings in these forms are not rewritten', () => {
    expect(pairPieces(Buffer.from(`const datadogSite: string = "${KEY}";\n`), 'src/config.ts', [6])).toEqual([]);
    expect(pairPieces(Buffer.from(`const apiKey: string = "${KEY}";\n`), 'src/config.ts', [])).toEqual([]);
    // the form belongs to other files: a typed declaration is not read in a shell script
    expect(pairPieces(Buffer.from(`datadogApiKey: string = "${KEY}"\n`), 'run.sh', [0])).toEqual([]);
    expect(found('src/config.ts', `export const apiKey: string = "${KEY}";`).filter((f) => f.id === 'datadog-api-key')).toEqual([]);
  });

  it('rewrites in place and reads only the lines around the rewrite', () => {
    const head = '// config\n'.repeat(40);
    const text = `${head}export const datadogApiKey: string = "${KEY}";\n${'// more\n'.repeat(40)}`;
    const at = text.indexOf('datadog');
    const [piece] = pairPieces(Buffer.from(text), 'src/config.ts', [at]);
    const body = piece?.bytes.toString() ?? '';
    expect(body).toContain(`datadogApiKey="${KEY}";`);
    expect(body.split('\n').length).toBeLessThan(20);
    const value = body.indexOf(KEY);
    const [start, end] = piece?.report(value, value + KEY.length) ?? [0, 0];
    expect(text.slice(start, end)).toBe(KEY);
  });

  it('reads a key under any named parent for vendors named by a common word (canny:, [serpapi]), and nothing else there', () => {
    const serp = randomRun('0123456789abcdef', 64, 43);
    expect(found('config/search.yml', `serpapi:\n  engine: google\n  api_key: ${serp}\n`)).toContainEqual({ id: 'serpapi-api-key', value: serp });
    expect(found('config/search.toml', `[serpapi]\nengine = "google"\napi_key = "${serp}"\n`)).toContainEqual({ id: 'serpapi-api-key', value: serp });
    expect(found('config/search.json', `{\n  "serpapi": {\n    "apiKey": "${serp}"\n  }\n}\n`)).toContainEqual({ id: 'serpapi-api-key', value: serp });
    // the parent names no vendor: the generic detector's finding only, and no piece
    expect(found('config/search.yml', `search:\n  api_key: ${serp}\n`).map((f) => f.id)).toEqual(['generic-secret-assignment']);
    const parents = new Set(['serpapi', 'search']);
    expect(nestedPieces(Buffer.from(`search:\n  api_key: ${serp}\n`), [14], new Set(['serpapi']))).toEqual([]);
    expect(nestedPieces(Buffer.from(`search:\n  api_key: ${serp}\n`), [14], parents).map((p) => p.bytes.toString())).toEqual([`search_api_key=${serp}\n`]);
    // a key word in a value, or in a key that does not open its line, opens nothing
    expect(nestedPieces(Buffer.from(`search:\n  engine: api_key ${serp}\n`), [22], parents)).toEqual([]);
  });

  it('places the finding on the value when the lines read around a rewrite are cut inside a character', () => {
    for (const lead of ['', 'x']) {
      const text = `${lead}${'\u00e9'.repeat(1500)}\nconst datadogApiKey: string = "${KEY}";\n${'\u00e9'.repeat(1500)}\n`;
      const f = detectBlob(compiled, 'src/config.ts', Buffer.from(text)).findings.find((x) => idOf(x) === 'datadog-api-key');
      expect(f && Buffer.from(text).subarray(f.start, f.end).toString(), lead).toBe(KEY);
    }
  });

  it('leaves a value in a block named after the vendor that the file publishes where it stands (a search widget\'s key)', () => {
    // Docusaurus's DocSearch block, its themeConfig far above: the detector judged the rewritten line alone before
    const docSearch = `${'      navbar: {},\n'.repeat(30)}      algolia: {\n        appId: 'Q7WX2LMB9K',\n        apiKey: '${KEY}',\n        indexName: 'handbook',\n        contextualSearch: false,\n      },\n`;
    expect(found('website/docusaurus.config.js', docSearch)).toEqual([]);
    // the same block in a backend's settings, with nothing of a search widget around it
    const backend = `algolia:\n  appId: Q7WX2LMB9K\n  apiKey: ${KEY}\n`;
    expect(found('config/search.yml', backend)).toContainEqual({ id: 'algolia-api-key', value: KEY });
  });

  it("reads a block's first lines only, and only keys that say key", () => {
    const far = `datadog:\n${'  site: datadoghq.eu\n'.repeat(8)}  api_key: ${KEY}\n`;
    expect(blockPieces(Buffer.from(far), [0])).toEqual([]);
    const near = `datadog:\n  site: datadoghq.eu\n  api_key: ${KEY}\n`;
    expect(blockPieces(Buffer.from(near), [0]).map((p) => p.bytes.toString())).toEqual([`datadog_api_key=${KEY}\n`]);
    // not a block: the vendor's name as a value, or a key on a line that goes on
    expect(blockPieces(Buffer.from(`provider: datadog\napi_key: ${KEY}\n`), [10])).toEqual([]);
    expect(blockPieces(Buffer.from(`datadog: enabled\n  api_key: ${KEY}\n`), [0])).toEqual([]);
  });

  it('stays linear on hostile lines: endless flags, typed names and blocks that never close', () => {
    const flags = `${'--datadog-api-key '.repeat(60_000)}\n`;
    const typed = `${'datadogApiKey: string = '.repeat(40_000)}\n`;
    const blocks = `${'"datadog": {"a": "'.repeat(50_000)}\n`;
    for (const [path, text] of [['deploy.sh', flags], ['src/a.ts', typed], ['config/a.json', blocks]] as const) {
      const started = performance.now();
      found(path, text);
      expect(performance.now() - started, path).toBeLessThan(3000);
    }
  });
});
