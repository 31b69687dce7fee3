import { describe, expect, it } from 'vitest';
import { parseDockerfile, splitWords, textSpan } from '../../../detectors/kit/dockerfile.js';

function summary(text: string): string[] {
  return parseDockerfile(text).instructions.map((i) => `${i.line}-${i.endLine} ${i.stage} ${i.keyword} ${i.args}`);
}

describe('parseDockerfile', () => {
  it('reads instructions, stages and lines', () => {
    const text = 'ARG V=1\n\nFROM --platform=$BUILDPLATFORM golang:1.22 AS Build\nRUN go build\nFROM build\nUSER app\n';
    const df = parseDockerfile(text);
    expect(summary(text)).toEqual([
      '1-1 -1 ARG V=1',
      '3-3 0 FROM --platform=$BUILDPLATFORM golang:1.22 AS Build',
      '4-4 0 RUN go build',
      '5-5 1 FROM build',
      '6-6 1 USER app',
    ]);
    expect(df.stages).toEqual([
      { index: 0, name: 'build', base: 'golang:1.22', line: 3, from: 1 },
      { index: 1, base: 'build', parent: 0, line: 5, from: 3 },
    ]);
    const from = df.instructions[1];
    expect(text.slice(from?.start, from?.end)).toBe('FROM --platform=$BUILDPLATFORM golang:1.22 AS Build');
  });

  it('joins continuations, skipping comment and blank lines inside them', () => {
    const text = 'FROM alpine\nRUN apk add \\\n    curl \\\n# a comment\n\n    git\nUSER x\n';
    expect(summary(text)).toEqual(['1-1 0 FROM alpine', '2-6 0 RUN apk add     curl     git', '7-7 0 USER x']);
  });

  it('maps args offsets back to the text across continuations', () => {
    const text = 'FROM a\nENV A=1 \\\n  TOKEN=s3cr3tV4lue\n';
    const env = parseDockerfile(text).instructions[1];
    if (!env) throw new Error('no ENV');
    const at = env.args.indexOf('s3cr3t');
    const [s, e] = textSpan(env, at, at + 'value'.length + 6);
    expect(text.slice(s, e)).toBe('s3cr3tV4lue');
  });

  it('honours the escape directive (backtick) and leaves backslashes literal', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nCOPY app c:\\app\\\nRUN dir `\n  c:\\\nUSER ContainerUser\n';
    const df = parseDockerfile(text);
    expect(df.escape).toBe('`');
    expect(summary(text)).toEqual([
      '2-2 0 FROM mcr.microsoft.com/windows/servercore',
      '3-3 0 COPY app c:\\app\\',
      '4-5 0 RUN dir   c:\\',
      '6-6 0 USER ContainerUser',
    ]);
  });

  it('ignores an escape directive after the first instruction or comment', () => {
    expect(parseDockerfile('# hello\n# escape=`\nFROM a\n').escape).toBe('\\');
    expect(parseDockerfile('# syntax=docker/dockerfile:1\n# escape=`\nFROM a\n').escape).toBe('`');
  });

  it('reads heredocs, including <<- and quoted delimiters, and COPY heredocs', () => {
    const text = [
      'FROM alpine',
      'RUN <<EOF',
      'USER root',
      'EOF',
      'RUN <<-"END" sh',
      '\techo hi',
      '\tEND',
      'COPY <<conf /etc/app.conf',
      'token=1',
      'conf',
      'USER app',
    ].join('\n');
    const df = parseDockerfile(text);
    expect(summary(text)).toEqual([
      '1-1 0 FROM alpine',
      '2-4 0 RUN <<EOF',
      '5-7 0 RUN <<-"END" sh',
      '8-10 0 COPY <<conf /etc/app.conf',
      '11-11 0 USER app',
    ]);
    expect(df.instructions[1]?.heredocs[0]).toMatchObject({ delimiter: 'EOF', body: 'USER root', line: 3 });
    expect(df.instructions[2]?.heredocs[0]?.body).toBe('\techo hi');
    const copy = df.instructions[3];
    expect(copy?.heredocs[0]?.body).toBe('token=1');
    expect(text.slice(copy?.start, copy?.end)).toBe('COPY <<conf /etc/app.conf\ntoken=1\nconf');
  });

  it('reads two heredocs on one line in order, and an unterminated one to the end', () => {
    const text = 'FROM a\nRUN <<A cat && <<B cat\none\nA\ntwo\nB\nRUN <<C\nopen';
    const df = parseDockerfile(text);
    expect(df.instructions[1]?.heredocs.map((h) => h.body)).toEqual(['one', 'two']);
    expect(df.instructions[2]?.heredocs[0]?.body).toBe('open');
    expect(df.instructions.length).toBe(3);
  });

  it('does not read here-strings or shifts as heredocs', () => {
    const df = parseDockerfile('FROM a\nRUN cat <<<word && echo $((1 << 2))\nUSER x\n');
    expect(df.instructions[1]?.heredocs).toEqual([]);
    expect(df.instructions.length).toBe(3);
  });

  it('handles CRLF line ends and indented instructions', () => {
    expect(summary('FROM a\r\n  RUN x \\\r\n   y\r\n')).toEqual(['1-1 0 FROM a', '2-3 0 RUN x    y']);
  });

  it('is linear on a megabyte of unterminated continuations', () => {
    const text = 'FROM a\nRUN echo \\\n' + '\\\n'.repeat(512 * 1024);
    const t = performance.now();
    const df = parseDockerfile(text);
    const ms = performance.now() - t;
    expect(df.instructions.length).toBe(2);
    expect(df.instructions[1]?.endLine).toBe(512 * 1024 + 2);
    console.log(`parse 1 MiB of continuations: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(3000); // a quadratic parse takes tens of seconds
  });
});

describe('splitWords', () => {
  it('groups quotes and escapes', () => {
    expect(splitWords(`A="x y" B='p q' C=a\\ b`).map((w) => w.value)).toEqual(['A=x y', 'B=p q', 'C=a b']);
    expect(splitWords('  one\ttwo ').map((w) => [w.start, w.end])).toEqual([[2, 5], [6, 9]]);
  });
});
