import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// A repository, project or workspace access token belongs to one repository, project or
// workspace, and Bitbucket documents it against that repository's API. So the token is sent
// (Bearer) with GET /2.0/repositories/{workspace}/{repo} for a repository named next to it:
// 200 with the repository, or 403 (a Bitbucket error: the token lacks that scope or that
// repository), means Bitbucket took the token. 401 means it did not: revoked, expired, or its
// repository, project or workspace was deleted. A 404 (no such repository in its reach) stays unknown.
const HOST = 'api.bitbucket.org';

/** Slugs: letters, digits, '_', '.', '-', not starting with a dot (no '..' in a path). */
const SLUG = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}$/;

export const bitbucketVerifier: Verifier = {
  id: 'bitbucket',
  vendor: 'Bitbucket Cloud',
  detectors: ['bitbucket-access-token'],
  hosts: [HOST],
  call: 'GET https://api.bitbucket.org/2.0/repositories/{workspace}/{repo} (a repository named in the file)',
  companions: {
    // a bitbucket.org clone or API URL, or BITBUCKET_REPO_FULL_NAME (Pipelines) / repo_full_name
    repoFullName: {
      pattern:
        /(?:bitbucket\.org(?:\/2\.0\/repositories)?[/:]|(?:bitbucket_)?repo_?full_?name["']?\s{0,4}[:=]\s{0,4}["']?)([A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100})/gi,
      describe: 'a Bitbucket repository (a bitbucket.org URL or BITBUCKET_REPO_FULL_NAME)',
    },
  },
  requests: ({ secret, companions }) => {
    const [workspace = '', name = ''] = (companions.repoFullName ?? '').split('/');
    // a clone URL ends in .git; a sentence may end right after the URL
    const repo = name.replace(/\.{1,3}$/, '').replace(/\.git$/i, '');
    if (!SLUG.test(workspace) || !SLUG.test(repo)) return notCheckable('the repository named next to it is not a workspace/repository pair');
    return [get(HOST, `/2.0/repositories/${encodeURIComponent(workspace)}/${encodeURIComponent(repo)}`, { authorization: `Bearer ${secret}`, accept: 'application/json' })];
  },
  live: (a) => (a.status === 200 && typeof field(a, 'full_name') === 'string') || (a.status === 403 && field(a, 'type') === 'error'),
  revoked: [401],
};
