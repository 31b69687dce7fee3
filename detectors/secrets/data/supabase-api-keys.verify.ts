import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';
import { jwtClaims } from '../shared/payloads.js';

// A project's service_role key (a JWT) or secret key (sb_secret_) is checked on that project,
// <ref>.supabase.co, read from the same file. The Auth admin API answers only to those keys, so
// GET /auth/v1/admin/users/<a nil UUID> asks for a user that cannot exist: 404 user_not_found
// means the key was accepted, and no user's data comes back. 401 means it was not: deleted, the
// JWT secret rotated, legacy keys turned off, or a key of another project. A JWT names its own
// project (ref); when that is not the project in the file, the key is not checked.
const NIL_USER = '/auth/v1/admin/users/00000000-0000-0000-0000-000000000000';

/** Project refs: 20 lower-case letters and digits, one DNS label. */
const REF = /^[a-z0-9]{20}$/;

export const supabaseApiKeysVerifier: Verifier = {
  id: 'supabase-api-keys',
  vendor: 'Supabase',
  detectors: ['supabase-service-role-key', 'supabase-secret-key'],
  hosts: ['*.supabase.co'],
  call: 'GET https://<ref>.supabase.co/auth/v1/admin/users/<nil UUID> (a user that cannot exist)',
  companions: {
    // https://<ref>.supabase.co, or the database host db.<ref>.supabase.co
    project: {
      pattern: /(?:(?<=(?<![A-Za-z0-9.-])db\.)|(?<![A-Za-z0-9.-]))([A-Za-z0-9]{20})\.supabase\.co(?![A-Za-z0-9-])/gi,
      describe: 'the project URL (<ref>.supabase.co)',
    },
  },
  requests: ({ secret, companions }) => {
    const ref = (companions.project ?? '').toLowerCase();
    if (!REF.test(ref)) return notCheckable('the project URL named next to it has no project ref');
    // a secret key goes in the apikey header only
    if (secret.startsWith('sb_secret_')) return [get(`${ref}.supabase.co`, NIL_USER, { apikey: secret, accept: 'application/json' })];
    const own = jwtClaims(secret)?.['ref'];
    if (typeof own === 'string' && own !== ref) return notCheckable('the key names another project than the URL found next to it');
    return [get(`${ref}.supabase.co`, NIL_USER, { apikey: secret, authorization: `Bearer ${secret}`, accept: 'application/json' })];
  },
  live: (a) => (a.status === 404 && (field(a, 'error_code') === 'user_not_found' || field(a, 'msg') === 'User not found')) || (a.status === 200 && typeof field(a, 'id') === 'string'),
  revoked: [401],
  revokedMeans: 'refused by the project found next to it: deleted or rotated, or a key of another project',
};
