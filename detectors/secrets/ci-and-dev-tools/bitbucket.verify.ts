import { basic, field, get, missing, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A repository, project or workspace access token belongs to one repository, project or
// workspace, and Bitbucket documents it against that repository's API. So the token is sent
// (Bearer) with GET /2.0/repositories/{workspace}/{repo} for a repository named next to it:
// 200 with the repository, or 403 (a Bitbucket error: the token lacks that scope or that
// repository), means Bitbucket took the token. 401 means it did not: revoked, expired, or its
// repository, project or workspace was deleted. A 404 (no such repository in its reach) stays unknown.
// An app password (ATBB…) is the password of Basic auth with its owner's Bitbucket username, and
// GET /2.0/user answers who that is: 200, or 403 (no account scope), when the pair works, 401
// when not. Atlassian stopped new app passwords on 9 September 2025 and turned every one off
// on 9 June 2026, so from then on an app password is refused like a revoked one.
const HOST = 'api.bitbucket.org';

/** Slugs: letters, digits, '_', '.', '-', not starting with a dot (no '..' in a path). */
const SLUG = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$/;

/** Bitbucket usernames: letters, digits, '_' and '-'. */
const USERNAME = /^[A-Za-z0-9_-]{1,30}$/;

const REPOSITORY = 'a Bitbucket repository (a bitbucket.org URL or BITBUCKET_REPO_FULL_NAME)';
const USER = 'the Bitbucket username (BITBUCKET_USERNAME, or the user of a bitbucket.org URL)';

export const bitbucketVerifier: Verifier = {
  id: 'bitbucket',
  vendor: 'Bitbucket Cloud',
  detectors: ['bitbucket-access-token', 'bitbucket-app-password'],
  hosts: [HOST],
  call: 'GET https://api.bitbucket.org/2.0/repositories/{workspace}/{repo} (a repository named in the file); an app password: GET /2.0/user (Basic auth with the username)',
  companions: {
    // a bitbucket.org clone or API URL, or BITBUCKET_REPO_FULL_NAME (Pipelines) / repo_full_name
    repoFullName: {
      pattern:
        /(?:bitbucket\.org(?:\/2\.0\/repositories)?[/:]|(?:bitbucket_)?repo_?full_?name["']?\s{0,4}[:=]\s{0,4}["']?)([A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100})/gi,
      describe: REPOSITORY,
      required: false,
    },
    // BITBUCKET_USERNAME=…, or the user part of https://user:…@bitbucket.org/… (not the fixed
    // user names that access tokens and API tokens go with)
    username: {
      pattern: /bitbucket[_.-]?user(?:name)?["']?\s{0,4}[:=]\s{0,4}["']?([A-Za-z0-9_-]{1,30})(?![A-Za-z0-9_-])|(?<=\/\/)(?!x-token-auth:|x-bitbucket-api-token-auth:)[A-Za-z0-9_-]{1,30}(?=(?::[^@\s/]{1,200})?@bitbucket\.org)/gi,
      describe: USER,
      required: false,
    },
  },
  requests: ({ secret, companions }) => {
    if (secret.startsWith('ATBB')) {
      const user = companions.username;
      if (user === undefined) return missing(USER);
      if (!USERNAME.test(user)) return notCheckable('the username named next to it is not a Bitbucket username');
      return [get(HOST, '/2.0/user', { authorization: basic(user, secret), accept: 'application/json' })];
    }
    if (companions.repoFullName === undefined) return missing(REPOSITORY);
    const [workspace = '', name = ''] = companions.repoFullName.split('/');
    // a clone URL ends in .git; a sentence may end right after the URL
    const repo = name.replace(/\.{1,3}$/, '').replace(/\.git$/i, '');
    if (!SLUG.test(workspace) || !SLUG.test(repo)) return notCheckable('the repository named next to it is not a workspace/repository pair');
    return [get(HOST, `/2.0/repositories/${encodeURIComponent(workspace)}/${encodeURIComponent(repo)}`, { authorization: `Bearer ${secret}`, accept: 'application/json' })];
  },
  live: (a) =>
    (a.status === 200 && (typeof field(a, 'full_name') === 'string' || (field(a, 'type') === 'user' && typeof field(a, 'username') === 'string'))) ||
    (a.status === 403 && field(a, 'type') === 'error'),
  revoked: [401],
  revokedMeans: 'refused: revoked or expired (app passwords all stopped working on 9 June 2026), or an app password not of the username found next to it',
};
