// The README's table of verifiers is the catalogue's: every verifier, its call and its hosts.
// Refresh it with UPDATE_README=1 npx vitest run test/verify/readme.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allVerifiers } from '../../detectors/verifiers.js';

const README = new URL('../../README.md', import.meta.url);
const START = '<!-- verifiers:start -->';
const END = '<!-- verifiers:end -->';

function table(): string {
  const rows = [...allVerifiers]
    .sort((a, b) => a.vendor.localeCompare(b.vendor) || a.id.localeCompare(b.id))
    .map((v) => `| ${v.vendor} | \`${v.id}\` | ${v.detectors.map((d) => `\`${d}\``).join(', ')} | ${v.call.replace(/\|/g, '\\|')} | ${v.hosts.map((h) => `\`${h}\``).join(', ')} |`);
  return [`${allVerifiers.length} verifiers, for ${new Set(allVerifiers.map((v) => v.vendor)).size} vendors:`, '', '| vendor | verifier | detectors | the read-only call | hosts it may reach |', '|---|---|---|---|---|', ...rows].join('\n');
}

describe('README verifiers table', () => {
  it('lists every verifier with its call and hosts', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const block = `${START}\n${table()}\n${END}`;
    if (process.env.UPDATE_README === '1') writeFileSync(README, text.slice(0, start) + block + text.slice(end + END.length));
    else expect(text.slice(start, end + END.length)).toBe(block);
  });
});
