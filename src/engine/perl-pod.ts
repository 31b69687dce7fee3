// Perl's documentation is written in the source file it documents, as POD (Plain Old Documentation):
//
//     =head2 password
//
//       my $password = $url->password;
//
//       # "s3cret"
//       Mojo::URL->new('http://isabel:s3cret@example.com')->password;
//
//     =cut
//
// The perl compiler skips everything from a line that opens with `=` and a word up to the line that opens with
// `=cut` (or to the end of the file); perldoc and MetaCPAN render it. What it shows is the documentation a reader
// copies from, as in docs/: a finding there is marked sample material (context test, one severity lower), not
// dropped, since a real key pasted into an example is still a leak. The code between sections is judged as code.

/** A POD command paragraph's first line: `=` and a word at the line's start (`=head1`, `=item`, `=pod`, `=cut`). */
const COMMAND = /^=([A-Za-z]\w{0,30})/gm;

/** The files perl reads POD from: modules, scripts, `.pod` pages, tests, and a script named without an extension whose `#!` line runs perl. */
export function isPerlFile(path: string, bytes: Buffer): boolean {
  return /\.(?:pm|pl|pod|t)$/i.test(path) || (bytes[0] === 0x23 && bytes[1] === 0x21 && /^#![^\n]{0,80}\bperl\b/.test(bytes.subarray(0, 100).toString('latin1')));
}

/**
 * Byte ranges of a Perl file's POD sections: from a command line to the end of the `=cut` line that closes it, or
 * to the end of the file. A `=cut` outside POD changes nothing (perl ignores it too).
 */
export function perlPodSections(bytes: Buffer): [number, number][] {
  const text = bytes.toString('latin1');
  const sections: [number, number][] = [];
  let start = -1;
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m; m = COMMAND.exec(text)) {
    const cut = m[1] === 'cut';
    if (start < 0 && !cut) start = m.index;
    else if (start >= 0 && cut) {
      const eol = text.indexOf('\n', m.index);
      sections.push([start, eol < 0 ? text.length : eol + 1]);
      start = -1;
    }
  }
  if (start >= 0) sections.push([start, text.length]);
  return sections;
}
