// Verifiers of this kind's credentials (--verify), one <vendor>.verify.ts each.
import type { Verifier } from '../../../src/verify/types.js';
import { awsVerifier } from './aws.verify.js';
import { cloudflareVerifier } from './cloudflare.verify.js';
import { digitaloceanVerifier } from './digitalocean.verify.js';
import { fastlyVerifier } from './fastly.verify.js';
import { gcpServiceAccountVerifier } from './gcp-service-account.verify.js';
import { googleVerifier } from './google.verify.js';
import { herokuVerifier } from './heroku.verify.js';
import { netlifyVerifier } from './netlify.verify.js';
import { vercelVerifier } from './vercel.verify.js';
import { vultrVerifier } from './vultr.verify.js';

export const verifiers: readonly Verifier[] = [
  awsVerifier,
  cloudflareVerifier,
  digitaloceanVerifier,
  fastlyVerifier,
  gcpServiceAccountVerifier,
  googleVerifier,
  herokuVerifier,
  netlifyVerifier,
  vercelVerifier,
  vultrVerifier,
];
