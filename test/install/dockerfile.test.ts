// The scanner's own container image (Dockerfile, .dockerignore) passes the scanner's Dockerfile
// rules, and every file its build copies from the context exists and is let through by
// .dockerignore. Docker itself is not run here (no daemon on the test machines).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from './helpers.js';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8');

/** Instructions with continuation lines joined, comments left out. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

describe('Dockerfile of the scanner', () => {
  it('has no findings, with every detector and no repository settings to hide one', async () => {
    const r = await runCli(['scan', '--no-repo-config', '--format', 'json', 'Dockerfile', '.dockerignore'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('is judged by the Dockerfile rules (without its USER it is a finding)', async () => {
    const rootImage = dockerfile.replace(/^USER node$/m, '');
    const r = await runCli(['scan', '-', '--stdin-name', 'Dockerfile', '--no-repo-config', '--format', 'json'], { cwd: ROOT, stdin: rootImage });
    expect((JSON.parse(r.stdout) as { findings: { detectorId: string }[] }).findings.map((f) => f.detectorId)).toEqual(['dockerfile-root-user']);
  });

  it('builds in stages and ends small, unprivileged, in /scan, with the CLI as entrypoint', () => {
    const froms = instructions.filter((l) => /^FROM /i.test(l));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(froms.at(-1)).toMatch(/^FROM node:20-(?:slim|alpine)$/);
    const final = instructions.slice(instructions.lastIndexOf(froms.at(-1) as string));
    expect(final).toContain('USER node');
    expect(final).toContain('WORKDIR /scan');
    expect(final).toContain('ENTRYPOINT ["secret-hygiene"]');
    // no dev dependencies in the final stage: its node_modules come from the --omit=dev stage
    expect(final.filter((l) => /^COPY .*node_modules/.test(l))).toEqual(['COPY --from=deps /src/node_modules node_modules']);
    expect(instructions).toContain('RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts');
  });

  it('copies from the build context only files that exist and that .dockerignore lets through', () => {
    const allowed = dockerignore
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1).replace(/\/$/, ''));
    expect(dockerignore.split('\n')).toContain('*'); // everything else stays out of the context
    const sources = instructions
      .filter((l) => /^COPY /.test(l) && !/--from=/.test(l))
      .flatMap((l) => l.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      expect(allowed.some((a) => source === a || source.startsWith(`${a}/`)), `${source} is let through by .dockerignore`).toBe(true);
    }
  });
});
