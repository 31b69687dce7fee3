import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { JWT_SOURCE, jwtClaims } from '../shared/payloads.js';

// Legacy API keys are JWTs signed with the project's JWT secret. Only the service_role key is
// secret (it bypasses row-level security); the anon key is public by design. The prefilter keys
// are `"service_role"` base64-encoded at each of the three byte alignments, so the detector runs
// only on files that hold such a payload. Priority 60 over the generic JWT detector.
export const supabaseServiceRoleKey: Detector = patternDetector({
  id: 'supabase-service-role-key',
  title: 'Supabase service_role key',
  vendor: 'Supabase',
  severity: 'high',
  priority: 60,
  keywords: ['innlcnzpy2vfcm9s', 'zxj2awnlx3jvbgui', 'c2vydmljzv9yb2xl'],
  pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${JWT_SOURCE})(?![A-Za-z0-9_.-])`),
  // iss "supabase-demo" marks the key every local `supabase start` prints: public, not a secret.
  validate: (secret) => {
    const claims = jwtClaims(secret);
    return claims?.['role'] === 'service_role' && claims['iss'] === 'supabase';
  },
  remediation:
    'Rotate the JWT secret (or move to the new sb_secret_ keys) under Project Settings > API in Supabase; ' +
    'the service_role key belongs only in server-side secret stores, never in client code.',
  examples: {
    positive: [
      { text: 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImtxeXFzcWlqcXFxb2xxeWdqcXFmIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.SOd2jVq_U2yvHbEeA_v4U8njZ-amj97_8p-7urP6RaQ', path: '.env' },
      { text: "createClient(url, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1pM3RldGFoemU2anBvYWxuM2FrIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMDAwMDAwMCwiZXhwIjoyMDI1NTc2MDAwfQ.EFKxToRbZUMpvwI-DpLzgaVswKOXsDSZ7WlNmRBDAQC')" },
    ],
    negative: [
      { text: 'SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImtxeXFzcWlqcXFxb2xxeWdqcXFmIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.Nyh9W-Wojsw7NlL1uX1lGC1V3-CJdAgH76EC5zS6EHl', why: 'anon key: public' },
      { text: 'SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU', why: 'the local-development demo key (iss supabase-demo)' },
      { text: 'SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ...', why: 'placeholder' },
    ],
  },
});

// Management API personal access tokens: sbp_ + 40 hex (lower-case letters beyond f are accepted too:
// the prefix is Supabase's own, and peers match [a-z0-9]{40}).
export const supabaseAccessToken: Detector = patternDetector({
  id: 'supabase-access-token',
  title: 'Supabase personal access token',
  vendor: 'Supabase',
  severity: 'high',
  keywords: ['sbp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sbp_[a-z0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation:
    'Revoke the token at supabase.com/dashboard/account/tokens; it manages every project of the account. ' +
    'Keep the replacement in a secret store (SUPABASE_ACCESS_TOKEN).',
  examples: {
    positive: [
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_5e2686d4494d198fb8718e6300cd8a127a014a3e', path: '.github/workflows/env' },
      { text: '"SUPABASE_ACCESS_TOKEN": "sbp_a661435b53335fc21f5e34de868e96942a25abfe"', path: '.mcp.json' },
    ],
    negative: [
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_5e2686d4494d198fb8718e6300cd8a127a014a3', why: '39 characters' },
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_5E2686D4494D198FB8718E6300CD8A127A014A3E', why: 'upper case' },
    ],
  },
});

/** The secret key every local `supabase start` prints: public knowledge, not a credential. */
const LOCAL_DEV_SECRET_KEY = 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz';

// Current secret API keys: sb_secret_ + base64url (22 random characters, '_', 8 checksum characters today).
export const supabaseSecretKey: Detector = patternDetector({
  id: 'supabase-secret-key',
  title: 'Supabase secret API key',
  vendor: 'Supabase',
  severity: 'high',
  keywords: ['sb_secret_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sb_secret_[A-Za-z0-9_-]{30,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => secret !== LOCAL_DEV_SECRET_KEY,
  remediation:
    'Delete the secret key under Project Settings > API Keys in Supabase and create a new one; keep it in ' +
    'server-side secret stores only (SUPABASE_SECRET_KEY).',
  examples: {
    positive: [
      { text: 'SUPABASE_SECRET_KEY=sb_secret_o3NYPER95378ZAXLsKJOuJ_0ssPBD1Y', path: '.env' },
      { text: "const admin = createClient(url, 'sb_secret_29VSk7IohPqIcovQTuGASR_rAd6OMMy');" },
    ],
    negative: [
      { text: 'SUPABASE_SECRET_KEY=sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz', why: 'the local-development key' },
      { text: "SUPABASE_SECRET_KEY: 'sb_secret_qa'", why: 'too short' },
      { text: 'SUPABASE_PUBLISHABLE_KEY=sb_publishable_o3NYPER95378ZAXLsKJOuJ_0ssPBD1Y', why: 'publishable key: public' },
    ],
  },
});
