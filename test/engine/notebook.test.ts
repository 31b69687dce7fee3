// Jupyter notebooks: a cell's code and printed output are JSON strings, one per line; the engine
// decodes them so that detectors see the code (`DB_PASSWORD = "…"`, not `DB_PASSWORD = \"…\"`), and
// places each finding on the notebook's own line and column.
import { describe, expect, it } from 'vitest';
import { bestTime } from '../helpers/timing.js';
import { allDetectors } from '../../detectors/index.js';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { compileDetectors, detectBlob, type RawFinding } from '../../src/engine/detect-blob.js';
import { notebookPieces } from '../../src/engine/decode.js';
import { randomRun } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);
const idOf = (f: RawFinding): string => (compiled.detectors[f.detector] as { id: string }).id;
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PASSWORD = randomRun(B62, 16, 11);
const TOKEN = fakeGithubToken(77);

/** A notebook as nbformat writes it (indent 1, one JSON string per line of code or output). */
function notebook(source: readonly string[], output: readonly string[] = []): string {
  const cell = {
    cell_type: 'code',
    execution_count: 1,
    metadata: {},
    outputs: output.length > 0 ? [{ name: 'stdout', output_type: 'stream', text: output }] : [],
    source,
  };
  return JSON.stringify({ cells: [cell], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

const scan = (path: string, text: string): RawFinding[] => [...detectBlob(compiled, path, Buffer.from(text)).findings];
const lineOf = (text: string, n: number): string => text.split('\n')[n - 1] as string;

describe('a Jupyter notebook', () => {
  it("finds a password in a cell's code, placed on the notebook's line and column of the value", () => {
    const nb = notebook(['import psycopg2\n', `DB_PASSWORD = "${PASSWORD}"\n`, "conn = psycopg2.connect(host='db.internal', password=DB_PASSWORD)"]);
    const [f, ...rest] = scan('analysis/explore.ipynb', nb).filter((x) => idOf(x) === 'generic-secret-assignment');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ secret: PASSWORD, encoding: 'notebook' });
    expect(f?.detail).toContain('in a notebook cell');
    const line = lineOf(nb, f?.line as number);
    expect(line.slice((f?.column as number) - 1)).toMatch(new RegExp(`^${PASSWORD}\\\\"`));
  });

  it('finds a key passed by name in a call over several lines of code, and a token the cell printed', () => {
    const nb = notebook(['client = Client(\n', `    api_key="${PASSWORD}",\n`, ')\n'], [`logged in with ${TOKEN}\n`]);
    const found = scan('nb/api.ipynb', nb);
    expect(found.filter((x) => idOf(x) === 'generic-secret-assignment').map((x) => [x.secret, x.encoding])).toEqual([[PASSWORD, 'notebook']]);
    expect(found.filter((x) => idOf(x) === 'github-token').map((x) => lineOf(nb, x.line).trim())).toEqual([`"logged in with ${TOKEN}\\n"`]);
  });

  it('is decoded only in .ipynb files; a placeholder in a cell is not a secret', () => {
    const nb = notebook([`DB_PASSWORD = "${PASSWORD}"\n`]);
    expect(scan('data/cells.json', nb).filter((x) => idOf(x) === 'generic-secret-assignment')).toEqual([]);
    expect(scan('a.ipynb', notebook(['DB_PASSWORD = "<your-password>"\n', 'API_KEY = os.environ["API_KEY"]\n']))).toEqual([]);
  });

  it('decodes JSON escapes to the bytes they stand for, each knowing its offset; other lines end a run', () => {
    const raw = Buffer.from(' "a = \\"x\\\\y\\u00e9\\"\\n",\n "b",\n "source": [\n');
    const pieces = notebookPieces(raw);
    expect(pieces.map((p) => p.bytes.toString('utf8'))).toEqual(['a = "x\\yé"\nb\n']);
    const piece = pieces[0]!;
    // the decoded `x` (byte 5) is at file offset 8; `é` (two bytes) comes from the 6-character \u00e9
    expect(piece.source(5, 6)).toEqual([8, 9]);
    expect(piece.source(8, 10)).toEqual([12, 18]);
    // a surrogate pair is one character; \b and \f are JSON's too
    expect(notebookPieces(Buffer.from(' "ok \\ud83d\\ude00 \\b\\f\\n"\n')).map((p) => p.bytes.toString('utf8'))).toEqual(['ok \u{1F600} \b\f\n']);
  });

  it('reads a notebook written on one line, and a cell whose source is one string', () => {
    const cell = { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: ['import os\n', `os.environ["COMET_API_KEY"] = "${PASSWORD}"\n`] };
    const compact = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['# Setup'] }, cell], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    const [f, ...rest] = scan('kaggle/eda.ipynb', compact).filter((x) => idOf(x) === 'generic-secret-assignment');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ secret: PASSWORD, encoding: 'notebook', line: 1 });
    expect(compact.slice((f?.column as number) - 1)).toMatch(new RegExp(`^${PASSWORD}\\\\"`));
    const oneString = JSON.stringify({ cells: [{ ...cell, source: `import os\nDB_PASSWORD = "${PASSWORD}"\n` }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
    expect(scan('nb/one.ipynb', oneString).filter((x) => idOf(x) === 'generic-secret-assignment').map((x) => x.secret)).toEqual([PASSWORD]);
    // a printed value in a one-line notebook's output, under text/plain
    const printed = JSON.stringify({ cells: [{ ...cell, source: ['login()'], outputs: [{ output_type: 'execute_result', data: { 'text/plain': [`'${TOKEN}'`] } }] }] });
    expect(scan('nb/printed.ipynb', printed).filter((x) => idOf(x) === 'github-token')).toHaveLength(1);
  });

  it("finds a key a cell sets with IPython's %env magic or a !export shell command", () => {
    const nb = notebook(['%env SEARCH_API_KEY=' + PASSWORD + '\n', '!export COMET_API_KEY=' + PASSWORD.split('').reverse().join('') + '\n', '%env MODEL_NAME=gpt-4o\n']);
    expect(scan('nb/setup.ipynb', nb).filter((x) => idOf(x) === 'generic-secret-assignment')).toHaveLength(2);
  });

  it('decodes only the strings under a cell-text key on a longer line, one piece per key', () => {
    const raw = Buffer.from('{"metadata":{"name":"text","x":"DB_PASSWORD = \\"no\\""},"source":["a = \\"1\\"\\n","b"],"text": "c\\n","image/png":"iVBORw0KGgo"}\n');
    expect(notebookPieces(raw).map((p) => p.bytes.toString('utf8'))).toEqual(['a = "1"\nb\n', 'c\n']);
  });

  it('hostile lines cost little and never throw: huge outputs, broken strings, invalid escapes', () => {
    const huge = `  "${'A'.repeat(5_000_000)}",\n`;
    const broken = ['  "unterminated\n', '  "bad \\q escape",\n', '  "\\u12",\n', '  "x" "y",\n', '  "\\',].join('');
    const text = huge + broken + notebook([`DB_PASSWORD = "${PASSWORD}"\n`]);
    expect(() => scan('big.ipynb', text)).not.toThrow();
    // (the best of up to three runs: a busy machine slows one run, a super-linear decoder every one)
    expect(bestTime((t) => scan('big.ipynb', t), text, 3000).ms).toBeLessThan(3000);
    expect(notebookPieces(Buffer.from(broken))).toEqual([]);
    // a one-line notebook of 100,000 keys, broken strings among them: each byte read a bounded number of times
    const manyKeys = `{"cells":[${'{"source":["x = 1\\n","\\u12"],"text":"'.repeat(100_000)}]}\n`;
    expect(bestTime((t) => notebookPieces(Buffer.from(t)), manyKeys, 1500).ms).toBeLessThan(1500);
  });
});
