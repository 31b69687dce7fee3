import { describe, expect, it } from 'vitest';
import { isPerlFile, perlPodSections } from '../../src/engine/perl-pod.js';
import { compileDetectors, detectBlob } from '../../src/engine/detect-blob.js';
import { allDetectors } from '../../detectors/index.js';
import { randomRun } from '../helpers/random.js';

// the passwords are made at run time: a literal here would be a finding of this repository's own scan
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const CODE_PASSWORD = randomRun(B62, 16, 31);
const DOC_PASSWORD = randomRun(B62, 16, 32);

/** Whether the first occurrence of `marker` in `text` lies in a POD section. */
function inPod(text: string, marker: string): boolean {
  const at = text.indexOf(marker);
  return perlPodSections(Buffer.from(text, 'latin1')).some(([from, to]) => at >= from && at < to);
}

describe('perlPodSections', () => {
  const file = [
    'package Shop::Client;',
    "my $default = 'VALUE0';",
    '',
    '=head2 socks_pass',
    '',
    "  socks_pass => 'VALUE1'",
    '',
    '=cut',
    '',
    "sub connect { my $x = 'VALUE2' }",
    '',
    '=pod',
    '',
    "  Shop::Client->new(password => 'VALUE3');",
  ].join('\n');

  it('covers a section from its command to =cut, and an unclosed one to the end of the file; not the code between', () => {
    expect(inPod(file, 'VALUE0')).toBe(false);
    expect(inPod(file, 'VALUE1')).toBe(true);
    expect(inPod(file, '=cut')).toBe(true);
    expect(inPod(file, 'VALUE2')).toBe(false);
    expect(inPod(file, 'VALUE3')).toBe(true);
  });

  it('takes a command only at a line start and followed by a word: an expression continued on a new line is code', () => {
    const code = ['my $x', "  = 'VALUE0';", "if ($a\n=~ /VALUE1/) {}", '=cut', "my $y = 'VALUE2';", ' =head1 not at the start', "my $z = 'VALUE3';"].join('\n');
    for (const marker of ['VALUE0', 'VALUE1', 'VALUE2', 'VALUE3']) expect(inPod(code, marker), marker).toBe(false);
  });

  it('knows the files perl reads POD from, by name or by their #! line', () => {
    const none = Buffer.from('print 1;\n');
    for (const path of ['lib/Mojo/URL.pm', 'script/app.pl', 'lib/Shop.pod', 't/client.t']) expect(isPerlFile(path, none), path).toBe(true);
    for (const path of ['lib/url.py', 'app.pm.bak', 'docs/pod.md']) expect(isPerlFile(path, none), path).toBe(false);
    expect(isPerlFile('devel/tools/rt-apache', Buffer.from('#!/usr/bin/env perl\nuse strict;\n'))).toBe(true);
    expect(isPerlFile('bin/shop', Buffer.from('#!/usr/bin/perl -w\n'))).toBe(true);
    expect(isPerlFile('bin/shop', Buffer.from('#!/bin/sh\n# runs perlcritic\n'))).toBe(false);
  });

  it("marks a password in a module's POD as sample material (context test), and the module's own as code", () => {
    const compiled = compileDetectors(allDetectors);
    const text = [
      'package Shop::Client;',
      `my %defaults = (password => '${CODE_PASSWORD}');`,
      '',
      '=head2 new',
      '',
      `  my $client = Shop::Client->new(password => '${DOC_PASSWORD}');`,
      '',
      '=cut',
      '',
      '1;',
      '',
    ].join('\n');
    const found = detectBlob(compiled, 'lib/Shop/Client.pm', Buffer.from(text)).findings;
    const byLine = new Map(found.map((f) => [f.line, f.sample === true]));
    expect(byLine.get(2)).toBe(false);
    expect(byLine.get(6)).toBe(true);
    // the same text in a Python file has no POD
    const python = detectBlob(compiled, 'lib/shop/client.py', Buffer.from(text)).findings;
    const six = python.find((f) => f.line === 6);
    expect(six).toBeDefined();
    expect(six?.sample).toBeUndefined();
  });
});
