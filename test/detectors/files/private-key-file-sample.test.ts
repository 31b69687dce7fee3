import { describe, expect, it } from 'vitest';
import { privateKeyFile } from '../../../detectors/files/private-key-file.js';

const found = (path: string) => [...privateKeyFile.detect({ path, text: '\u0003\u00d9\u00a2\u009a', binary: true })];

describe('private-key-file: stores named as a demo or a blank', () => {
  it('reports them as sample material', () => {
    for (const path of ['share/demo.kdbx', 'share/demo.old.kdbx', 'share/empty4.kdbx', 'certs/example.p12', 'res/dummy-keys.jks']) {
      const matches = found(path);
      expect(matches.length, path).toBe(1);
      expect(matches[0]?.sample, path).toBe(true);
    }
  });
  it('leaves other stores as they were, a word merely starting so too', () => {
    for (const path of ['secrets/passwords.kdbx', 'android/app/release.keystore', 'keys/democracy.p12', 'vault/emptyset.kdbx']) {
      const matches = found(path);
      expect(matches.length, path).toBe(1);
      expect(matches[0]?.sample, path).toBeUndefined();
    }
  });
});
