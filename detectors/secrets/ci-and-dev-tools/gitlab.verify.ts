import { bodyHas, field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// gitlab.com only. A personal, project or group token (glpat-) is asked GET /api/v4/personal_access_tokens/self
// (PRIVATE-TOKEN), a CI/CD job token (glcbt-) GET /api/v4/job (JOB-TOKEN): 200 with the token's or the
// job's record means it works, and so does 403 insufficient_scope (a token limited to Git or the
// registry). 401: revoked, expired, or the job has ended. The other service tokens are accepted only
// by calls that act (trigger a pipeline, register a runner) or by other protocols: not checkable.
const HOST = 'gitlab.com';

/** An optional instance prefix (self-managed only), then the GitLab prefix that names the kind. */
const PREFIX = /^(?:[A-Za-z0-9]{1,16}-)?(gl(?:pat|cbt|dt|rt|ptt|ft|imt|soat|oas|agent|ffct|wt)-|GR1348941)/;

/** Why each service token has no read-only check. */
const UNCHECKABLE: Readonly<Record<string, string>> = {
  'gldt-': 'a deploy token works only for Git, the registry and packages, which need a project to name',
  'glrt-': 'a runner token is checked only by the runner API, whose calls act as the runner',
  'glptt-': 'a trigger token is accepted only by the call that starts a pipeline',
  'glft-': 'a feed token is read only by RSS and calendar feeds, which answer no documented status for a bad one',
  'glimt-': 'an incoming mail token is part of an e-mail address, not an API credential',
  'glsoat-': 'a SCIM token needs the group path of its SCIM endpoint',
  'gloas-': 'an OAuth application secret is checked only by a token exchange, which needs a grant',
  'glagent-': 'an agent token is accepted only by the agent server (KAS), not the REST API',
  'glffct-': "a feature flags client token needs its project's Unleash URL",
  'glwt-': 'a workspace token is accepted only by the workspace proxy',
  GR1348941: 'a runner registration token is accepted only by the call that registers a runner',
};

/** Hosts of gitlab.com itself (the site, its subdomains, Pages): any other GitLab host is self-managed. */
function isGitlabCom(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'gitlab.com' || h.endsWith('.gitlab.com') || h.endsWith('.gitlab.io');
}

export const gitlabVerifier: Verifier = {
  id: 'gitlab',
  vendor: 'GitLab',
  detectors: ['gitlab-token', 'gitlab-service-token'],
  hosts: [HOST],
  call: 'GET https://gitlab.com/api/v4/personal_access_tokens/self (job tokens: GET /api/v4/job)',
  companions: {
    // a GitLab URL in the file: a self-managed one means gitlab.com would refuse a token that works there
    instance: {
      pattern: /https?:\/\/((?:[a-z0-9-]{1,63}\.){0,4}gitlab[a-z0-9-]{0,20}(?:\.[a-z0-9-]{1,63}){1,4})/gi,
      describe: 'the GitLab instance URL',
      required: false,
    },
  },
  requests: ({ secret, companions }) => {
    const m = PREFIX.exec(secret);
    const kind = m?.[1];
    if (!m || kind === undefined) return notCheckable('not a GitLab token prefix this verifier knows');
    if (m[0].length > kind.length) return notCheckable('a token with an instance prefix belongs to a self-managed GitLab; only gitlab.com is asked');
    if (companions.instance !== undefined && !isGitlabCom(companions.instance)) {
      return notCheckable('the file names a self-managed GitLab instance; only gitlab.com is asked');
    }
    if (kind === 'glpat-') return [get(HOST, '/api/v4/personal_access_tokens/self', { 'private-token': secret })];
    if (kind === 'glcbt-') return [get(HOST, '/api/v4/job', { 'job-token': secret })];
    return notCheckable(UNCHECKABLE[kind] ?? 'this kind of GitLab token has no read-only check');
  },
  live: (a) => (a.status === 200 && typeof field(a, 'id') === 'number') || (a.status === 403 && bodyHas(a, 'insufficient_scope')),
  revoked: [401],
};
