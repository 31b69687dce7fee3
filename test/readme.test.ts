// The README shows real output: each fenced block after an `<!-- output: NAME -->` comment is what
// scenario NAME below prints on its fixture (timings aside), and the catalogue's counts in the
// Detectors section are the live ones. A README that drifts from the CLI fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awsAccessKeyId } from '../detectors/secrets/cloud/aws.js';
import { allDetectors } from '../detectors/index.js';
import { summarize } from '../detectors/catalogue.js';
import { runCli } from './helpers/run-cli.js';
import { tmpRepo } from './helpers/tmp.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The fenced block after `<!-- output: name -->`. */
function shown(name: string): string {
  const m = new RegExp(`<!-- output: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!m) throw new Error(`README has no output block named ${name}`);
  return m[1] as string;
}

const timing = (text: string): string => text.replace(/; \d+\.\d+ s$/gm, '; N s');

/** A fake, well-formed key id from the detector's own example (never a real one). */
const KEY_ID = /AKIA[A-Z0-9]{16}/.exec(awsAccessKeyId.examples.positive[0]?.text ?? '')?.[0] as string;

const SCENARIOS: Record<string, { files: Record<string, string | Buffer>; argv: string[] }> = {
  'scan-text': {
    files: {
      'config/settings.py': [
        '# settings for the app', 'import os', '', 'DEBUG = False', 'ALLOWED_HOSTS = ["app.example.com"]', '',
        'DATABASES = {', '    "default": {"ENGINE": "django.db.backends.sqlite3"},', '}', '',
        '# TODO: move to the environment', `AWS_ACCESS_KEY_ID = "${KEY_ID}"`, 'AWS_REGION = "eu-west-1"', '',
      ].join('\n'),
      'assets/logo.png': Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), Buffer.alloc(64)]),
      'assets/font.woff2': Buffer.concat([Buffer.from('wOF2\0\x01\0\0', 'latin1'), Buffer.alloc(64)]),
      'app.py': 'from config.settings import DEBUG\nprint(DEBUG)\n',
      '.gitignore': '.env\n',
    },
    argv: ['scan', '.'],
  },
};

describe('README', () => {
  it.each(Object.keys(SCENARIOS))('shows what %s prints', async (name) => {
    const scenario = SCENARIOS[name] as (typeof SCENARIOS)[string];
    const dir = tmpRepo(scenario.files);
    const r = await runCli(scenario.argv, { cwd: dir });
    expect(timing(r.stdout)).toBe(timing(shown(name)));
  });

  it("states the catalogue's live counts", () => {
    const summary = summarize(allDetectors);
    const m = /(\d+) detectors today, (\d+) of them for credentials, covering (\d+) vendors/.exec(README);
    expect(m?.slice(1).map(Number)).toEqual([allDetectors.length, summary.byPolicy['no-committed-credentials'], summary.vendors]);
  });
});
