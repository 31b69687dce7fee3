// A test certificate authority and a server certificate for 127.0.0.1 and localhost, made with the
// openssl command at test time (nothing secret is committed). Made once per test file at most.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from '../helpers/tmp.js';

export interface TestTls {
  /** The CA certificate (PEM) a client must trust, and its file. */
  readonly ca: string;
  readonly caFile: string;
  readonly cert: string;
  readonly key: string;
}

let made: TestTls | undefined;

export function testTls(): TestTls {
  // test files share modules (isolate: false) while each file's temp folders are removed after it
  if (made && existsSync(made.caFile)) return made;
  const dir = tmpDir('sh-tls-');
  const run = (args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=secret-hygiene test CA']);
  run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n');
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf']);
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
  made = { ca: read('ca.pem'), caFile: join(dir, 'ca.pem'), cert: read('server.pem'), key: read('server.key') };
  return made;
}
