import type { Detector } from '../../../src/types.js';
import { passwordHashArgon2 } from './argon2.js';
import { passwordHashBcrypt } from './bcrypt.js';
import { passwordHashDesCrypt } from './des-crypt.js';
import { passwordHashDjangoLegacy } from './django-legacy.js';
import { passwordHashKerberos } from './kerberos.js';
import { passwordHashLdap } from './ldap.js';
import { passwordHashMd5Crypt } from './md5-crypt.js';
import { passwordHashMysqlCachingSha2, passwordHashMysqlNative } from './mysql.js';
import { passwordHashPbkdf2 } from './pbkdf2.js';
import { passwordHashPostgresMd5, passwordHashScram } from './postgres.js';
import { passwordHashScrypt } from './scrypt.js';
import { passwordHashShaCrypt } from './sha-crypt.js';
import { passwordHashTransmission } from './transmission.js';
import { passwordHashZnc } from './znc.js';

/**
 * Password hashes committed in any file: offline-crackable credentials (policy no-committed-credentials).
 * Fast hashes (MD5-based, DES, unsalted or single-round SHA) are high; slow ones medium.
 */
export const passwordHashDetectors: readonly Detector[] = [
  passwordHashArgon2,
  passwordHashBcrypt,
  passwordHashDesCrypt,
  passwordHashDjangoLegacy,
  passwordHashKerberos,
  passwordHashLdap,
  passwordHashMd5Crypt,
  passwordHashMysqlCachingSha2,
  passwordHashMysqlNative,
  passwordHashPbkdf2,
  passwordHashPostgresMd5,
  passwordHashScram,
  passwordHashScrypt,
  passwordHashShaCrypt,
  passwordHashTransmission,
  passwordHashZnc,
];
