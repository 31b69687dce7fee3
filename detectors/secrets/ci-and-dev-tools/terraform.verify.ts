import { field, get, notCheckable } from '../../../src/verify/kit.js';
import type { Verifier } from '../../../src/verify/types.js';

// HCP Terraform (app.terraform.io) only. GET /api/v2/account/details returns the token's user; a
// team or organization token gets the synthetic "service user" it acts as. 200 with the user's id:
// it works. 401: HCP Terraform does not take it (revoked, expired, or the single-sign-on session a
// user token depends on has ended). The same atlasv1 format is issued by Terraform Enterprise and
// was issued by Vagrant Cloud; when the file names another Terraform host or Vagrant, the token is
// left not checkable rather than refused by the wrong service.
const HOST = 'app.terraform.io';

/** A host named by a CLI credentials block, a cloud/backend block, TFE_ADDRESS or a TF_TOKEN_<host> variable. */
const TERRAFORM_HOST =
  /(?:credentials\s{1,4}"|hostname\s{0,4}=\s{0,4}"|TFE_(?:ADDRESS|HOSTNAME)["']?\s{0,4}[:=]\s{0,4}["']?(?:https?:\/\/)?|TF_TOKEN_)([A-Za-z0-9_.-]{1,253})/gi;

/** TF_TOKEN_app_terraform_io spells the host with underscores for dots. */
const isHcpTerraform = (host: string): boolean => host.toLowerCase().replace(/_/g, '.') === HOST;

export const terraformCloudVerifier: Verifier = {
  id: 'terraform-cloud',
  vendor: 'HCP Terraform',
  detectors: ['terraform-cloud-token'],
  hosts: [HOST],
  call: 'GET https://app.terraform.io/api/v2/account/details',
  companions: {
    instance: { pattern: TERRAFORM_HOST, describe: 'the Terraform host the token is for', required: false },
    vagrant: { pattern: /(vagrant)/gi, describe: 'a mention of Vagrant', required: false },
  },
  requests: ({ secret, companions }) => {
    if (companions.vagrant !== undefined) return notCheckable('the file names Vagrant: a Vagrant Cloud token is not an HCP Terraform token');
    if (companions.instance !== undefined && !isHcpTerraform(companions.instance)) {
      return notCheckable('the file names another Terraform host (Terraform Enterprise or another region); only app.terraform.io is asked');
    }
    return [get(HOST, '/api/v2/account/details', { authorization: `Bearer ${secret}`, accept: 'application/vnd.api+json' })];
  },
  live: (a) => a.status === 200 && typeof field(a, 'data.id') === 'string',
  revoked: [401],
  revokedMeans: 'refused by app.terraform.io: revoked or expired, the owner\'s single-sign-on session has ended, or it belongs to a Terraform Enterprise host the file does not name',
};
