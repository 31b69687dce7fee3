import { describe, expect, it } from 'vitest';
import { rustTestModules } from '../../src/engine/rust-tests.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';
import { allDetectors } from '../../detectors/index.js';
import { randomRun } from '../helpers/random.js';

// the passwords are made at run time: a literal here would be a finding of this repository's own scan
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LIBRARY_PASSWORD = randomRun(B62, 16, 21);
const TEST_PASSWORD = randomRun(B62, 16, 22);

/** Whether the first occurrence of `marker` in `text` lies in a test module. */
function inTests(text: string, marker: string): boolean {
  const at = text.indexOf(marker);
  return rustTestModules(Buffer.from(text, 'latin1')).some(([from, to]) => at >= from && at < to);
}

describe('rustTestModules', () => {
  const file = [
    'pub fn parse(s: &str) -> Msg { todo!() } // VALUE0',
    '',
    '#[cfg(test)]',
    'mod tests {',
    '    use super::*;',
    '',
    '    #[test]',
    '    fn reads_a_token() {',
    '        let m = parse(r#"{"password": "VALUE1"}"#);',
    '    }',
    '}',
    '',
    'const AFTER: &str = "VALUE2";',
  ].join('\n');

  it('covers the module compiled for cargo test, not the code around it', () => {
    expect(inTests(file, 'VALUE0')).toBe(false);
    expect(inTests(file, 'VALUE1')).toBe(true);
    expect(inTests(file, 'VALUE2')).toBe(false);
  });

  it('takes cfg(all(test, …)) and attributes between, not cfg(not(test)) nor an unclosed module', () => {
    const all = ['#[cfg(all(test, feature = "net"))]', '#[allow(unused)]', 'pub(crate) mod net_tests {', '    const K: &str = "VALUE1";', '}'].join('\n');
    expect(inTests(all, 'VALUE1')).toBe(true);
    const not = ['#[cfg(not(test))]', 'mod real {', '    const K: &str = "VALUE1";', '}'].join('\n');
    expect(inTests(not, 'VALUE1')).toBe(false);
    const open = ['#[cfg(test)]', 'mod tests {', '    const K: &str = "VALUE1";'].join('\n');
    expect(inTests(open, 'VALUE1')).toBe(false);
  });

  it('follows a nested module by its indent', () => {
    const nested = ['mod outer {', '    #[cfg(test)]', '    mod tests {', '        const K: &str = "VALUE1";', '    }', '    const L: &str = "VALUE2";', '}'].join('\n');
    expect(inTests(nested, 'VALUE1')).toBe(true);
    expect(inTests(nested, 'VALUE2')).toBe(false);
  });

  it("marks a secret in a test module as sample material (context test), and the library's own as code", () => {
    const compiled = compileDetectors(allDetectors);
    const text = [
      `const PASSWORD: &str = "${LIBRARY_PASSWORD}";`,
      '#[cfg(test)]',
      'mod tests {',
      `    const PASSWORD: &str = "${TEST_PASSWORD}";`,
      '}',
      '',
    ].join('\n');
    const found = detectBlob(compiled, 'src/auth.rs', Buffer.from(text)).findings;
    const byLine = new Map(found.map((f) => [f.line, f.sample === true]));
    expect(byLine.get(1)).toBe(false);
    expect(byLine.get(4)).toBe(true);
  });
});
