import { describe, expect, it } from 'vitest';
import { enclosingName } from '../../../detectors/kit/enclosing-name.js';

/** The block name for the key that starts at the first `Key`/`key` after `marker` (or the first one). */
function blockOf(text: string, marker = ''): string | undefined {
  const from = text.indexOf(marker);
  const m = /["']?[Kk]ey["']?\s*[:=]/.exec(text.slice(from));
  if (!m) throw new Error('no key in the test text');
  return enclosingName(text, from + m.index);
}

describe('enclosingName', () => {
  it('names the JSON, JavaScript or HCL member whose object holds the key', () => {
    expect(blockOf('{\n  "Logging": { "Level": "Info" },\n  "Jwt": {\n    "Issuer": "shop",\n    "Key": "v"\n  }\n}')).toBe('Jwt');
    expect(blockOf('{"Auth": {"Jwt": {"Key": "v"}}}')).toBe('Jwt');
    expect(blockOf("export default { hmac: { key: 'v' } }")).toBe('hmac');
    expect(blockOf('jwt = {\n  key = "v"\n}')).toBe('jwt');
    // strings holding braces are skipped
    expect(blockOf('{"Jwt": {"Pattern": "{x}", "Key": "v"}}')).toBe('Jwt');
  });

  it('gives nothing for a key in an array, in a function body or at the top', () => {
    expect(blockOf('{"SigningKeys": [{"Key": "v"}]}')).toBeUndefined();
    expect(blockOf('function jwt() {\n  const key = "v";\n}')).toBeUndefined();
    expect(blockOf('key: v\n')).toBeUndefined();
  });

  it('names the YAML key one indent up, past siblings, deeper lines and comments', () => {
    expect(blockOf('encryption:\n  algorithm: aes\n  nested:\n    depth: 2\n  # rotated\n\n  key: v\n')).toBe('encryption');
    expect(blockOf('spring:\n  security.jwt:\n    key: v\n')).toBe('jwt');
    expect(blockOf('list:\n  - jwt:\n      key: v\n')).toBe('jwt');
    // the line one indent up must open a mapping
    expect(blockOf('auth: {a: 1}\nother: x\n  key: v\n')).toBeUndefined();
  });

  it('names the TOML table or INI section above', () => {
    expect(blockOf('[server]\nport = 80\n\n[auth.jwt]\nissuer = "shop"\nkey = "v"\n')).toBe('jwt');
    expect(blockOf('[[signers]]\nkey = "v"\n')).toBe('signers');
  });

  it('names the parent of a colon-joined configuration path', () => {
    expect(blockOf('Authentication:Jwt:Key=v', 'Key')).toBe('Jwt');
  });

  it('looks no further back than a history window reaches (8 lines)', () => {
    const far = `jwt:\n${'  other: 1\n'.repeat(8)}  key: v\n`;
    const near = `jwt:\n${'  other: 1\n'.repeat(7)}  key: v\n`;
    expect(blockOf(far)).toBeUndefined();
    expect(blockOf(near)).toBe('jwt');
    expect(blockOf(`{"Jwt": {\n${'"a": 1,\n'.repeat(9)}"Key": "v"}}`)).toBeUndefined();
  });

  it('stays bounded on a long line without line breaks', () => {
    const line = `${'x'.repeat(200_000)} key: v`;
    expect(blockOf(line)).toBeUndefined();
  });
});
