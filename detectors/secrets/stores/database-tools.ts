import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { isStoredPassword, storeRemediation } from './values.js';

// Saved connections of database GUIs: DBeaver projects and Robo 3T. The secret is the stored password.

const JSON_PASSWORD = /"(password|userPassword|sshUserPassword|passphrase|sshPassphrase|pemPassPhrase)"[ \t]{0,8}:[ \t]{0,8}"((?:[^"\\\r\n]|\\.){1,512})"/g;

/** `"password": "..."`-style string values of the given keys, JSON-unescaped for judging. */
function* jsonPasswords(text: string, keys: ReadonlySet<string>, what: string): Iterable<Match> {
  JSON_PASSWORD.lastIndex = 0;
  for (let m = JSON_PASSWORD.exec(text); m !== null; m = JSON_PASSWORD.exec(text)) {
    const key = m[1] as string;
    const raw = m[2] as string;
    if (!keys.has(key) || !isStoredPassword(raw.replace(/\\(.)/g, '$1'))) continue;
    const start = m.index + m[0].length - 1 - raw.length;
    yield { start, end: start + raw.length, secret: raw, detail: `"${key}" in ${what}` };
  }
}

const DBEAVER_KEYS = new Set(['password']);

function* detectDbeaver({ path, text, binary }: DetectorInput): Iterable<Match> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'credentials-config.json' && (binary || /^[^{[]/.test(text))) {
    yield { start: 0, end: 0, detail: 'DBeaver credential store (encrypted with a key that is the same in every DBeaver install)' };
    return;
  }
  if (!binary) yield* jsonPasswords(text, DBEAVER_KEYS, 'a DBeaver connection');
}

export const dbeaverCredentials: Detector = {
  id: 'dbeaver-credentials',
  title: 'DBeaver saved connection credentials',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['credentials-config.json', '**/.dbeaver/data-sources*.json'],
  includeBinary: true,
  priority: 30,
  remediation: storeRemediation(
    'database passwords saved in the DBeaver project',
    'keep .dbeaver/credentials-config.json out of the repository (commit data-sources.json only, without saved passwords).',
  ),
  detect: detectDbeaver,
  examples: {
    positive: [
      { path: '.dbeaver/credentials-config.json', text: '\u00b7\u0012\u00f3\u0099k\u0004\u00d1\u00aa\u0007', why: 'encrypted store, by name' },
      {
        path: 'project/.dbeaver/data-sources.json',
        text: '{\n "connections": {\n  "postgres-jdbc-1": {\n   "provider": "postgresql",\n   "configuration": {\n    "host": "db.shop.internal",\n    "user": "report",\n    "password": "Hq7vR2mLp9xT"\n   }\n  }\n }\n}\n',
      },
    ],
    negative: [
      { path: '.dbeaver/credentials-config.json', text: '', why: 'empty file' },
      {
        path: 'project/.dbeaver/data-sources.json',
        text: '{\n "connections": {\n  "postgres-jdbc-1": {\n   "save-password": false,\n   "configuration": {\n    "host": "db.shop.internal",\n    "user": "report"\n   }\n  }\n }\n}\n',
        why: 'password not saved',
      },
    ],
  },
};

const ROBO3T_KEYS = new Set(['userPassword', 'sshUserPassword', 'passphrase', 'sshPassphrase', 'pemPassPhrase']);

export const robo3tPassword: Detector = {
  id: 'robo3t-password',
  title: 'Robo 3T saved MongoDB connection password',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['robo3t.json', 'robomongo.json'],
  priority: 30,
  remediation: storeRemediation(
    'MongoDB (and SSH) passwords saved by Robo 3T',
    'keep robo3t.json out of the repository and save connections without passwords.',
  ),
  detect: ({ text }) => jsonPasswords(text, ROBO3T_KEYS, 'a Robo 3T connection'),
  examples: {
    positive: [
      {
        path: 'robo3t.json',
        text: '{"connections": [{"connectionName": "prod", "serverHost": "mongo.shop.internal", "credentials": [{"databaseName": "admin", "userName": "ops", "userPassword": "Hq7vR2mLp9xT"}]}]}',
      },
      { path: 'home/.3T/robo-3t/1.4.4/robo3t.json', text: '"ssh" : {\n  "host" : "bastion.shop.internal",\n  "userName" : "ops",\n  "userPassword" : "hunter22"\n}\n', why: 'SSH tunnel, weak' },
    ],
    negative: [
      { path: 'robo3t.json', text: '{"credentials": [{"databaseName": "admin", "userName": "ops", "userPassword": ""}]}', why: 'empty' },
      { path: 'robo3t.json', text: '{"ssl": {"pemKeyFile": "", "pemPassPhrase": ""}}', why: 'empty' },
    ],
  },
};
