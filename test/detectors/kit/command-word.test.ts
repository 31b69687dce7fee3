// The command-word test the curl/wget detectors use to skip keyword occurrences that cannot start
// their patterns: it may reject only places the patterns could not match.
import { describe, expect, it } from 'vitest';
import { commandWordAt } from '../../../detectors/kit/command-word.js';

describe('commandWordAt', () => {
  it('accepts a command word followed by whitespace, after .exe too', () => {
    for (const text of ['curl -k x', 'run: curl\t-k', '"curl.exe -k"', '(wget --x)', 'curl\nnext']) expect(commandWordAt(text, text.search(/curl|wget/), '-', 'space'), text).toBe(true);
  });

  it('rejects the word inside an identifier or glued to what may not precede it', () => {
    for (const text of ['curl_easy_setopt(h)', 'libcurl x', '-curl x', 'curlx y', 'CURLOPT_URL']) expect(commandWordAt(text, text.search(/curl/i), '-', 'space'), text).toBe(false);
    expect(commandWordAt('$curl -k', 1, '.$-', 'blank-or-continued')).toBe(false);
    expect(commandWordAt('a.curl -k', 2, '.$-', 'blank-or-continued')).toBe(false);
    expect(commandWordAt('a.curl -k', 2, '-', 'space')).toBe(true);
  });

  it('with blank-or-continued, takes a blank or a backslash ending the line, not a newline', () => {
    expect(commandWordAt('curl \\\n -k', 0, '.$-', 'blank-or-continued')).toBe(true);
    expect(commandWordAt('curl\\\r\n -k', 0, '.$-', 'blank-or-continued')).toBe(true);
    expect(commandWordAt('curl\\x', 0, '.$-', 'blank-or-continued')).toBe(false);
    expect(commandWordAt('curl\n-k', 0, '.$-', 'blank-or-continued')).toBe(false);
  });
});
