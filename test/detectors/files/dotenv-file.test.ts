import { describe, expect, it } from 'vitest';
import { dotenvFile, dotenvFileWithoutSecrets, dotenvTemplateWithValues } from '../../../detectors/files/dotenv-file.js';
import { parseDotenv } from '../../../detectors/files/dotenv-parse.js';
import type { Detector, Match } from '../../../src/types.js';

const run = (d: Detector, path: string, text: string): Match[] => [...d.detect({ path, text })];
const all = (path: string, text: string): string[] =>
  [dotenvFile, dotenvFileWithoutSecrets, dotenvTemplateWithValues].flatMap((d) => run(d, path, text).map(() => d.id));

describe('parseDotenv', () => {
  it('reads export, spaces, colons, quotes, inline comments, CRLF and multi-line quoted values', () => {
    const text = 'export A=1\r\nB = "two # not a comment"\nC: three # comment\nD=\'x\ny\'\nE=`e`\n# F=6\nG=\n';
    expect(parseDotenv(text).map((e) => [e.name, e.value])).toEqual([
      ['A', '1'], ['B', 'two # not a comment'], ['C', 'three'], ['D', 'x\ny'], ['E', 'e'], ['G', ''],
    ]);
  });
  it('points at each name', () => {
    const text = 'A=1\n  export BB=2\n';
    for (const e of parseDotenv(text)) expect(text.slice(e.nameStart, e.nameStart + e.name.length)).toBe(e.name);
  });
  it('treats an unclosed quote as a one-line value and goes on', () => {
    expect(parseDotenv('A="open\nB=2\n').map((e) => e.name)).toEqual(['A', 'B']);
  });
});

describe('dotenv detectors', () => {
  it('report a .env once, at the first secret name, listing names and never values', () => {
    const text = 'PORT=3000\nAPI_SECRET=Qm8vT2kLw9XrB4zN7cYp1HdF6sJe3GaU\nDB_PASSWORD=Hq7!vR2m#Lp9\nSTRIPE_KEY=rk_live_8ipZ47dYwy5GXINDWA0ukIHp\n';
    const matches = run(dotenvFile, 'apps/web/.env', text);
    expect(matches).toHaveLength(1);
    const [m] = matches as [Match];
    expect(text.slice(m.start, m.end)).toBe('API_SECRET');
    expect(m.detail).toBe('holds values for API_SECRET, DB_PASSWORD, STRIPE_KEY');
    expect(m.secret).toBeUndefined();
    expect(m.detail).not.toContain('Qm8v');
  });

  it('choose exactly one outcome per file', () => {
    const secret = 'API_TOKEN=flE7ivLRqKrb2LLaabTwqKIQ8ipZ47dYwy5G\n';
    expect(all('.env', secret)).toEqual(['dotenv-file']);
    expect(all('.env', 'NODE_ENV=production\n')).toEqual(['dotenv-file-without-secrets']);
    expect(all('.env', '')).toEqual(['dotenv-file-without-secrets']);
    expect(all('.env.example', secret)).toEqual(['dotenv-template-with-values']);
    expect(all('.env.example', 'API_TOKEN=\n')).toEqual([]);
    expect(all('prod.env.sample', 'API_TOKEN=<token>\n')).toEqual([]);
    expect(all('.env.vault', secret)).toEqual([]);
    expect(all('src/env.d.ts', secret)).toEqual([]);
  });

  it.each([
    ['NODE_ENV=production', false], ['PORT=3000', false], ['DEBUG=true', false], ['LOG_LEVEL=info', false],
    ['API_URL=https://api.example.org/v1', false], ['REDIS_URL=redis://cache:6379/0', false],
    ['DATABASE_URL=postgres://app:${DB_PASS}@db/app', false], ['DATABASE_URL=postgres://app:Zt9qW3xk@db/app', true],
    ['API_KEY=${API_KEY}', false], ['API_KEY=changeme', false], ['API_KEY=your-api-key', false], ['API_KEY=xxx', false],
    ['API_KEY=<api key>', false], ['API_KEY=...', false], ['API_KEY=…', false], ['API_KEY=', false],
    ['NEXT_PUBLIC_MAPS_KEY=AIzaflE7ivLRqKrb2LLaabTwqKIQ8ipZ47dY', false], ['TOKEN_TTL=3600', false],
    ['SECRET_KEY_BASE=9f2c7a1e4b8d3f6a0c5e2b7d1a4f8c3e', true], ['DB_PASSWORD=postgres', true],
    ['BUILD_ID=a7Kq2Xv9Lm4Tz8Bw1Np6Hc3Rf5Jd0Gs', true], ['GIT_SHA=abc', false],
    ['DB_PASSWORD="encrypted:BNexEwjKwt87k9aEgaSng1JY6uW8OQrs0Zx4bAbt"', false],
  ])('in a .env, %s holds a secret: %s', (line, expected) => {
    expect(run(dotenvFile, '.env', `${line}\n`).length > 0).toBe(expected);
  });

  it('excuse word-like defaults in templates only', () => {
    expect(run(dotenvTemplateWithValues, '.env.example', 'DB_PASSWORD=postgres\nJWT_SECRET=secret123\n')).toEqual([]);
    expect(run(dotenvTemplateWithValues, '.env.example', 'DB_PASSWORD=Pg!9xQ2w\n')).toHaveLength(1);
  });

  it('parse hostile dotenv files in linear time', () => {
    const MiB = 1 << 20;
    const cases = ['A='.repeat(MiB / 2), '='.repeat(MiB), '"'.repeat(MiB), 'A="\n'.repeat(MiB / 4), "A='\nB=\"\n".repeat(MiB / 8), `K=${'aZ3'.repeat(MiB / 3)}`];
    const times = cases.map((text) => {
      let ms = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        const t0 = process.cpuUsage(); // CPU time, best of three
        const fresh = `${text}${'\n'.repeat(attempt)}`; // a new text each time: the shared parse is not reused
        for (const d of [dotenvFile, dotenvFileWithoutSecrets, dotenvTemplateWithValues]) run(d, '.env', fresh);
        const used = process.cpuUsage(t0);
        ms = Math.min(ms, (used.user + used.system) / 1000);
      }
      expect(ms, JSON.stringify(text.slice(0, 12))).toBeLessThan(3000); // CPU time, best of three
      return `${JSON.stringify(text.slice(0, 12))}: ${ms.toFixed(1)} ms`;
    });
    console.log(`dotenv detectors (all three) on 1 MiB:\n${times.join('\n')}`);
  });
});
