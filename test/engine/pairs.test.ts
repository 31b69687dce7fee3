// Settings written as a name field and a value field (a Kubernetes env list, an ECS task definition,
// Terraform's env blocks): vendor detectors read them as `NAME=value` (pairs.ts), and the finding is
// placed on the value's own bytes, with no encoding said.
import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { compileDetectors, detectBlob, type RawFinding } from '../../src/engine/detect-blob.js';
import { mayHoldPairs, pairPieces } from '../../src/engine/pairs.js';
import { randomRun } from '../helpers/random.js';

const compiled = compileDetectors(allDetectors);
const idOf = (f: RawFinding): string => (compiled.detectors[f.detector] as { id: string }).id;
const HEX = '0123456789abcdef';

/** A UUID of random hex (Postmark's server tokens are UUIDs, reported only where a Postmark name stands before them). */
function uuid(seed: number): string {
  const h = randomRun(HEX, 32, seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

function findings(path: string, text: string): readonly RawFinding[] {
  const outcome = detectBlob(compiled, path, Buffer.from(text));
  return outcome.findings;
}

describe('name/value pairs', () => {
  it('reads a Kubernetes env entry as one setting, in either field order, and places the finding on the value', () => {
    const [a, b] = [uuid(1), uuid(2)];
    const text = `env:\n  - name: POSTMARK_TOKEN\n    value: "${a}"\n  - value: ${b}\n    name: POSTMARK_SERVER_TOKEN\n`;
    const found = findings('k8s/deploy.yaml', text).filter((f) => idOf(f) === 'postmark-server-token').sort((x, y) => x.line - y.line);
    expect(found.map((f) => [f.secret, f.line, text.slice(f.start, f.end)])).toEqual([
      [a, 3, a],
      [b, 4, b],
    ]);
    expect(found.every((f) => f.encoding === undefined)).toBe(true);
  });

  it('reads an ECS task definition and a Terraform env block', () => {
    const [a, b] = [uuid(3), uuid(4)];
    const json = `{"environment": [{ "name": "POSTMARK_API_TOKEN", "value": "${a}" }, { "name": "LOG_LEVEL", "value": "info" }]}`;
    const hcl = `env {\n  name  = "POSTMARK_TOKEN"\n  value = "${b}"\n}\n`;
    expect(findings('ecs/task-def.json', json).map((f) => [idOf(f), f.secret])).toEqual([['postmark-server-token', a]]);
    expect(findings('infra/main.tf', hcl).map((f) => [idOf(f), f.secret, f.line])).toEqual([['postmark-server-token', b, 3]]);
  });

  it('needs the pair: the same value under a name that is no vendor\'s, or after valueFrom, is not a Postmark token', () => {
    const a = uuid(5);
    expect(findings('deploy.yaml', `- name: REQUEST_ID\n  value: "${a}"\n`).filter((f) => idOf(f) === 'postmark-server-token')).toEqual([]);
    expect(findings('deploy.yaml', `- name: POSTMARK_TOKEN\n  valueFrom:\n    secretKeyRef: {name: pm, key: token}\n`)).toEqual([]);
  });

  it('is read in manifests, task definitions and HCL, not in code', () => {
    const a = uuid(6);
    const pair = `- name: POSTMARK_TOKEN\n  value: "${a}"\n`;
    expect(mayHoldPairs('charts/app/templates/deployment.yaml')).toBe(true);
    expect(mayHoldPairs('src/app.js')).toBe(false);
    expect(findings('src/app.js', pair).filter((f) => idOf(f) === 'postmark-server-token')).toEqual([]);
  });

  it('runs only vendor detectors on a pair: a generic finding is not doubled', () => {
    const password = randomRun('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 20, 7);
    const found = findings('deploy.yaml', `- name: DB_PASSWORD\n  value: "${password}"\n`);
    expect(found.filter((f) => f.secret === password).length).toBe(1);
  });

  it('rewrites a pair in place, keeping every offset, and makes a piece of a pair whose value comes first', () => {
    const text = `- name: ACME_KEY\n  value: 'abc123'\n- value: xyz789\n  name: OTHER_KEY\n`;
    const pieces = pairPieces(Buffer.from(text), 'deploy.yaml');
    const whole = pieces.find((p) => p.bytes.length === text.length);
    expect(whole?.bytes.toString()).toBe(`-${' '.repeat(16)}ACME_KEY='abc123'\n- value: xyz789\n  name: OTHER_KEY\n`);
    expect(whole?.report(27, 33)).toEqual([27, 33]);
    expect(text.slice(27, 33)).toBe('abc123');
    const own = pieces.find((p) => p !== whole);
    expect(own?.bytes.toString()).toBe('OTHER_KEY=xyz789\n');
    const [start, end] = own?.report(10, 16) ?? [0, 0];
    expect(text.slice(start, end)).toBe('xyz789');
  });

  it('keeps the surroundings a detector judges by: a Firebase mock project stays one', () => {
    const plist = `<dict>\n\t<key>API_KEY</key>\n\t<string>AIza${randomRun('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789', 35, 8)}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>123456789000</string>\n\t<key>PROJECT_ID</key>\n\t<string>mockproject-1234</string>\n</dict>\n`;
    expect(findings('app/GoogleService-Info.plist', plist)).toEqual([]);
  });

  it('stays linear on a line of many value fields with no name after them', () => {
    // each `value:` once read to the line's end: 4 MB took seconds
    const text = `${`${'value: '.repeat(290)}\n`.repeat(2000)}name: z\n`;
    const started = performance.now();
    pairPieces(Buffer.from(text), 'deploy.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('bounds the pairs of a hostile file and leaves values of other bytes alone', () => {
    const many = '- name: K\n  value: v\n'.repeat(5000);
    const [whole] = pairPieces(Buffer.from(many), 'deploy.yaml');
    expect((whole?.bytes.toString() ?? '').split('K=v').length - 1).toBe(2000);
    expect(pairPieces(Buffer.from('- name: K\n  value: "caf\u00e9"\n'), 'deploy.yaml')).toEqual([]);
  });
});
