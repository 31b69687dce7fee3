import { describe, expect, it } from 'vitest';
import { allDetectors } from '../../detectors/index.js';
import { fakeGithubToken } from '../../fixtures/repos/history.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';
import { inDocCommentExample, opensWithFillInNote } from '../../src/engine/doc-examples.js';

/** Whether the line holding `marker` (its first) is in a documentation example of `text`. */
function at(text: string, marker: string, path = 'src/a.ts'): boolean {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(marker)) + 1;
  const column = (lines[line - 1] as string).indexOf(marker);
  return inDocCommentExample((n) => lines[n - 1] ?? '', line, column, path);
}

describe('inDocCommentExample', () => {
  it('finds the @example section of a doc block, up to the next tag', () => {
    const text = ['/**', ' * Signs.', ' * @example', " * sign(payload, 'VALUE1')", ' * @param key VALUE2', ' */', "const k = 'VALUE3'"].join('\n');
    expect(at(text, 'VALUE1')).toBe(true);
    expect(at(text, 'VALUE2')).toBe(false);
    expect(at(text, 'VALUE3')).toBe(false);
  });

  it('finds a fenced sample in a doc block or in /// comments, not the prose around it', () => {
    const block = ['/**', ' * Usage:', ' * ```ts', " * verify(token, 'VALUE1')", ' * ```', ' * The VALUE2 here.', ' */'].join('\n');
    expect(at(block, 'VALUE1')).toBe(true);
    expect(at(block, 'VALUE2')).toBe(false);
    const rust = ['/// # Examples', '/// ```', '/// let key = "VALUE1";', '/// ```', '/// VALUE2', 'const K: &str = "VALUE3";'].join('\n');
    expect(at(rust, 'VALUE1', 'src/lib.rs')).toBe(true);
    expect(at(rust, 'VALUE2', 'src/lib.rs')).toBe(false);
    expect(at(rust, 'VALUE3', 'src/lib.rs')).toBe(false);
  });

  it('finds a value on a commented line under a comment announcing an example, in one run of comment lines', () => {
    const values = ['## @param gossipKey Gossip key for all members', '## Example:', '## gossipKey: "VALUE1"', '##', 'gossipKey: "VALUE2"', '# token: VALUE3'].join('\n');
    expect(at(values, 'VALUE1', 'charts/consul/values.yaml')).toBe(true);
    expect(at(values, 'VALUE2', 'charts/consul/values.yaml')).toBe(false);
    expect(at(values, 'VALUE3', 'charts/consul/values.yaml')).toBe(false);
    const ini = ['; e.g.', '; api_key = VALUE1', 'api_key = VALUE2'].join('\n');
    expect(at(ini, 'VALUE1', 'conf/app.ini')).toBe(true);
    expect(at(ini, 'VALUE2', 'conf/app.ini')).toBe(false);
    // a code line between the header and the value ends the comment run
    const broken = ['# Example:', 'enabled: true', '# secret: VALUE1'].join('\n');
    expect(at(broken, 'VALUE1', 'values.yaml')).toBe(false);
    // YARD's @example section in Ruby comments, up to the next tag
    const yard = ['  # @example Example: Create a token', '  #', '  #   resp = client.create_token({', '  #     client_secret: "VALUE1",', '  #   })', '  # @return [Types::Token] VALUE2', '  #   token: "VALUE3"', 'client_secret = "VALUE4"'].join('\n');
    expect(at(yard, 'VALUE1', 'lib/client.rb')).toBe(true);
    expect(at(yard, 'VALUE2', 'lib/client.rb')).toBe(false);
    expect(at(yard, 'VALUE3', 'lib/client.rb')).toBe(false);
    expect(at(yard, 'VALUE4', 'lib/client.rb')).toBe(false);
    // an example header nine lines up is past what a history's window reads
    const far = ['# Examples:', ...Array.from({ length: 8 }, (_, i) => `# line ${i}`), '# secret: VALUE1'].join('\n');
    expect(at(far, 'VALUE1', 'values.yaml')).toBe(false);
    // commented entries right under a key whose default is an empty list or map: what may go there
    const chart = ['secrets: []', '#  - name: "env"', '#    value:', '#      API_KEY: VALUE1', 'extraEnv: {}', '# TOKEN: VALUE2', 'env:', '  - name: A', '# TOKEN: VALUE3', 'keys: [a]', '# TOKEN: VALUE4'].join('\n');
    expect(at(chart, 'VALUE1', 'charts/app/values.yaml')).toBe(true);
    expect(at(chart, 'VALUE2', 'charts/app/values.yaml')).toBe(true);
    expect(at(chart, 'VALUE3', 'charts/app/values.yaml')).toBe(false); // under a filled-in list
    expect(at(chart, 'VALUE4', 'charts/app/values.yaml')).toBe(false);
  });

  it("finds a value a doc block's prose gives as an example (e.g., for example), on its line or opening the line after", () => {
    const wrapped = ['  /**', '   * An API key used for requests from your app, e.g.', '   * "VALUE1", used to identify your app.', '   */', '  apiKey?: string;'].join('\n');
    expect(at(wrapped, 'VALUE1')).toBe(true);
    const inline = ['/**', ' * The project id, for example `VALUE1`.', ' * The signing key VALUE2 of the project.', ' */', "const key = 'VALUE3'; // e.g. VALUE4"].join('\n');
    expect(at(inline, 'VALUE1')).toBe(true);
    expect(at(inline, 'VALUE2')).toBe(false);
    expect(at(inline, 'VALUE3')).toBe(false);
    // a block line that only mentions an example before the value's line is prose, not its introduction
    const prose = ['/**', ' * See the README for an example.', ' * Uses the key VALUE1.', ' */'].join('\n');
    expect(at(prose, 'VALUE1')).toBe(false);
  });

  it("finds the sample a comment titles as an example or as what a format looks like, in Javadoc's {@code} too", () => {
    const javadoc = ['/**', ' * <p>Example crypt string is:', ' *      {@code VALUE1}.</p>', ' * The stored string VALUE2.', ' */'].join('\n');
    expect(at(javadoc, 'VALUE1', 'src/main/java/Hash.java')).toBe(true);
    expect(at(javadoc, 'VALUE2', 'src/main/java/Hash.java')).toBe(false);
    const expected = ['    public static Hash parse(String input) {', '        // expected:', '        // VALUE1', '        // the salt is VALUE2', '        String s = "VALUE3";'].join('\n');
    expect(at(expected, 'VALUE1', 'src/main/java/Hash.java')).toBe(true);
    expect(at(expected, 'VALUE3', 'src/main/java/Hash.java')).toBe(false);
    // a sentence that only starts with the word and goes on is prose, not a title
    const sentence = ['// Expected the caller to pass the stored hash here', '// VALUE1'].join('\n');
    expect(at(sentence, 'VALUE1', 'src/check.go')).toBe(false);
  });

  it('takes a one-line block only after its @example tag', () => {
    expect(at('/** @example VALUE1 */', 'VALUE1')).toBe(true);
    expect(at('/** the VALUE1 default */', 'VALUE1')).toBe(false);
  });

  it('needs the block to be a documentation block: starred lines with no /** above are not', () => {
    expect(at(['/*', ' * @example', ' * VALUE1', ' */'].join('\n'), 'VALUE1')).toBe(false);
    expect(at(['const a = b', ' * VALUE1'].join('\n'), 'VALUE1')).toBe(false);
  });

  it('finds doctest prompts and their output in Python, not code after an Ellipsis body', () => {
    const doc = ['def f():', '    """', '    >>> f()', "    'VALUE1'", '', "    VALUE2", '    """'].join('\n');
    expect(at(doc, 'VALUE1', 'a.py')).toBe(true);
    expect(at(doc, 'VALUE2', 'a.py')).toBe(false);
    const stub = ['def g():', '    ...', "KEY = 'VALUE1'"].join('\n');
    expect(at(stub, 'VALUE1', 'a.py')).toBe(false);
  });

  it("finds a shell session in a CLI's usage text or a comment: the prompt line and the output under it", () => {
    const usage = ['const usage = `Examples:', '', '    $ keygen', '    # created: today', '    VALUE1', '', '    $ tool unseal VALUE2', '`', 'const K = "VALUE3"'].join('\n');
    expect(at(usage, 'VALUE1', 'cmd/keygen/main.go')).toBe(true);
    expect(at(usage, 'VALUE2', 'cmd/keygen/main.go')).toBe(true);
    expect(at(usage, 'VALUE3', 'cmd/keygen/main.go')).toBe(false);
    const comment = ['\t// $ client login', '\tcfg.Token = "VALUE1"'].join('\n');
    expect(at(comment, 'VALUE1', 'cmd/client.go')).toBe(false);
    expect(at(['# $ deploy', 'API_KEY=VALUE1'].join('\n'), 'VALUE1', 'deploy.sh')).toBe(false);
    expect(at(['const x = $ + 1', 'VALUE1'].join('\n'), 'VALUE1', 'a.js')).toBe(false);
  });
});

describe('a file that opens with a note to fill in one\'s own values', () => {
  it.each([
    '# Instructions: https://plugin.example/docs\n# Replace with your values\ndns_acme_api_token = VALUE\n',
    '; Replace with your API token from your account.\ntoken = VALUE\n',
    '// Please fill in your credentials below\nconst KEY = "VALUE";\n',
    '# Enter your API key here\n# and the region\nregion = eu\nkey = VALUE\n',
  ])('%j is a template', (text) => expect(opensWithFillInNote(Buffer.from(text))).toBe(true));

  it.each([
    // the note is a sentence of code or prose, not a comment
    'replace = "with your values"\nkey = VALUE\n',
    // a comment about something else
    '# Replaced the old keys after the incident\nkey = VALUE\n',
    // past the file's first 12 lines
    `${'x = 1\n'.repeat(12)}# Replace with your values\nkey = VALUE\n`,
  ])('%j is not', (text) => expect(opensWithFillInNote(Buffer.from(text))).toBe(false));

  it('holds sample material: its secrets are reported, marked as such', () => {
    const compiled = compileDetectors(allDetectors);
    const token = fakeGithubToken(5151);
    const scan = (text: string) => [...detectBlob(compiled, 'root/defaults/dns-conf/acme.ini', Buffer.from(text)).findings].filter((f) => f.secret === token);
    const [template] = scan(`# Replace with your values\ngithub_token = ${token}\n`);
    expect(template?.sample).toBe(true);
    const [config] = scan(`# The token of the deploy bot\ngithub_token = ${token}\n`);
    expect(config).toBeDefined();
    expect(config?.sample).toBeUndefined();
  });
});

describe("a Python docstring's reStructuredText literal blocks", () => {
  const q = '"'.repeat(3);
  const doc = [
    `r${q}`,
    'It may also be necessary to disable hostname checking::',
    '',
    '    import ssl',
    '',
    '    ctx.verify_mode = ssl.CERT_NONE  # VALUE1',
    '',
    'Or with a directive:',
    '',
    '.. code-block:: python',
    '',
    '    engine = create_engine(url, token="VALUE2")',
    '',
    'Back in prose, VALUE3.',
    q,
    'ctx.verify_mode = ssl.CERT_NONE  # VALUE4',
    'x = data[1::]',
    '    y = "VALUE5"',
  ].join('\n');

  it('are examples; the prose around them and code outside them are not', () => {
    expect(at(doc, 'VALUE1', 'lib/dialects/pg8000.py')).toBe(true);
    expect(at(doc, 'VALUE2', 'lib/dialects/pg8000.py')).toBe(true);
    expect(at(doc, 'VALUE3', 'lib/dialects/pg8000.py')).toBe(false);
    expect(at(doc, 'VALUE4', 'lib/dialects/pg8000.py')).toBe(false);
    // a slice ending a line is not an opener
    expect(at(doc, 'VALUE5', 'lib/dialects/pg8000.py')).toBe(false);
  });

  it('hold the nested lines of a value shown in one, and only up to the code after the docstring', () => {
    const source = [
      '    def get_users(self):',
      `        ${q}`,
      '        Returns the configured users.',
      '',
      '        Example::',
      '',
      '            {',
      "                'admin': {",
      "                    'level': 15,",
      "                    'password': 'VALUE1',",
      '                }',
      '            }',
      `        ${q}`,
      '        users = {',
      "            'ops': {",
      "                'password': 'VALUE2',",
    ].join('\n');
    expect(at(source, 'VALUE1', 'napalm/base/base.py')).toBe(true);
    expect(at(source, 'VALUE2', 'napalm/base/base.py')).toBe(false);
  });

  it('hold what a sentence introduces as an example, ending in a colon; code ending in a colon is code', () => {
    const source = [
      'class KeycloakOAuth2(BaseOAuth2):',
      `    ${q}Keycloak OAuth authentication backend.`,
      '',
      '    7. Configure your web backend. Example setting values for Django settings',
      '       could be:',
      '',
      "        SOCIAL_AUTH_ACME_SECRET = 'VALUE1'",
      `    ${q}`,
      '    for example in examples:',
      "        secret = 'VALUE2'",
    ].join('\n');
    expect(at(source, 'VALUE1', 'social_core/backends/acme.py')).toBe(true);
    expect(at(source, 'VALUE2', 'social_core/backends/acme.py')).toBe(false);
  });

  it("hold a Google-style docstring's Example section", () => {
    const source = ['def account_of(key_id):', `    ${q}Return the account a key id belongs to.`, '', '    Example:', '        "VALUE1" => "123456789012"', `    ${q}`, '    return "VALUE2"'].join('\n');
    expect(at(source, 'VALUE1', 'pkg/accounts.py')).toBe(true);
    expect(at(source, 'VALUE2', 'pkg/accounts.py')).toBe(false);
  });

  it('hold sample material for practice detectors too: the TLS switch a docstring shows', () => {
    const compiled = compileDetectors(allDetectors);
    // the docstring opens more than 1 KiB above (nearer, the TLS detector's own look back for an open string drops it)
    const prose = Array.from({ length: 24 }, (_, i) => `Paragraph ${i} of the dialect's notes on connecting, pooling and isolation.`);
    const text = [
      `${q}The pg8000 dialect.`,
      ...prose,
      '',
      'It may also be necessary to disable hostname checking::',
      '',
      '    import ssl',
      '',
      '    ssl_context = ssl.create_default_context()',
      '    ssl_context.check_hostname = False',
      '    ssl_context.verify_mode = ssl.CERT_NONE',
      q,
      '',
      'context = ssl.create_default_context()',
      'context.verify_mode = ssl.CERT_NONE',
      '',
    ].join('\n');
    const tls = [...detectBlob(compiled, 'lib/dialects/pg8000.py', Buffer.from(text)).findings].filter((f) => (compiled.detectors[f.detector] as { policy: string }).policy === 'tls-verified');
    const inDoc = tls.filter((f) => f.line <= 34);
    expect(inDoc.length).toBeGreaterThan(0);
    expect(inDoc.every((f) => f.sample === true)).toBe(true);
    expect(tls.filter((f) => f.line > 34).map((f) => f.sample)).toEqual([undefined]);
  });
});

describe("Elixir's documentation: doctests and Markdown code blocks in @doc and @moduledoc", () => {
  const q = '"'.repeat(3);
  const source = [
    'defmodule Shop.Endpoint do',
    `  @moduledoc ${q}`,
    '  Endpoints are configured in the application environment.',
    '  For example:',
    '',
    '      config :shop, Shop.Endpoint,',
    '        secret_key_base: "VALUE1"',
    '',
    '  Tokens are signed with it:',
    '',
    '      iex> secret = "VALUE2"',
    '      iex> Shop.Token.sign(secret, "auth", 1)',
    '      "VALUE3"',
    `  ${q}`,
    '',
    '  def config do',
    '    [',
    '      secret_key_base: "VALUE4",',
    '          other: "VALUE5"',
    '    ]',
    '  end',
    'end',
  ].join('\n');

  it('are examples; code outside them is not, nor a deeper continuation under code', () => {
    expect(at(source, 'VALUE1', 'lib/shop/endpoint.ex')).toBe(true);
    expect(at(source, 'VALUE2', 'lib/shop/endpoint.ex')).toBe(true);
    expect(at(source, 'VALUE3', 'lib/shop/endpoint.ex')).toBe(true); // the doctest's expected output
    expect(at(source, 'VALUE4', 'lib/shop/endpoint.ex')).toBe(false);
    expect(at(source, 'VALUE5', 'lib/shop/endpoint.ex')).toBe(false);
    // the same text in another language's file is judged by that language's rules
    expect(at(source, 'VALUE1', 'lib/shop/endpoint.rb')).toBe(false);
  });
});
