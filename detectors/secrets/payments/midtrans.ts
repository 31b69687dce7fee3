import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Midtrans server keys: Mid-server- (production) or SB-Mid-server- (sandbox) and 24 URL-safe characters;
// they authenticate every server-side API call (Basic auth, the key as the user name). Client keys
// (Mid-client-, SB-Mid-client-) are meant for the browser and are not reported.

/** 24 random URL-safe characters hold a digit and both cases; stand-ins (`YOUR_SERVER_KEY_HERE_12`) do not. */
function isServerKey(secret: string): boolean {
  const body = secret.slice(secret.lastIndexOf('server-') + 7);
  return mixesDigitsAndCases(body);
}

export const midtransServerKey: Detector = patternDetector({
  id: 'midtrans-server-key',
  title: 'Midtrans production server key',
  vendor: 'Midtrans',
  severity: 'critical',
  keywords: ['mid-server-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>Mid-server-[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: isServerKey,
  priority: 50,
  remediation:
    'Ask Midtrans support to regenerate the production access keys (the dashboard\'s Settings > Access Keys cannot ' +
    'change them), review recent transactions and refunds, and keep the new server key on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'MIDTRANS_SERVER_KEY=Mid-server-r7T7yax8s2vFv7-bnOxdiVT2\nMIDTRANS_IS_PRODUCTION=true', path: '.env.production' },
      { text: "Config::$serverKey = 'Mid-server-pI4V7fk00N3XN5EfCz6_vSNP';", path: 'app/Http/Controllers/PaymentController.php' },
    ],
    negative: [
      { text: 'MIDTRANS_CLIENT_KEY=Mid-client-b8xQEACE_S6lMYSzw5S8PGxa', why: 'the client key is public' },
      { text: 'MIDTRANS_SERVER_KEY=SB-Mid-server-LBliQ2vbAk1c_bFEGvy1Br5j', why: 'a sandbox key: its own detector' },
      { text: 'MIDTRANS_SERVER_KEY=Mid-server-r7T7yax8s2vFv7-bnOxdiVT', why: '23 characters' },
      { text: 'MIDTRANS_SERVER_KEY=Mid-server-xxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

export const midtransSandboxServerKey: Detector = patternDetector({
  id: 'midtrans-sandbox-server-key',
  title: 'Midtrans sandbox server key',
  vendor: 'Midtrans',
  severity: 'medium',
  keywords: ['sb-mid-server-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>SB-Mid-server-[A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: isServerKey,
  priority: 50,
  remediation:
    'Regenerate the sandbox keys of the Midtrans sandbox account (or ask Midtrans support to) and load the server key ' +
    'from the environment; sandbox keys move no money, but they open the account\'s sandbox data.',
  examples: {
    positive: [
      { text: 'MIDTRANS_SERVER_KEY=SB-Mid-server-LBliQ2vbAk1c_bFEGvy1Br5j', path: '.env' },
      { text: "const snap = new midtransClient.Snap({ isProduction: false, serverKey: 'SB-Mid-server-b8xQEACE_S6lMYSzw5S8PGxa' });", path: 'routes/checkout.js' },
    ],
    negative: [
      { text: "serverKey: 'SB-Mid-server-GwUP_WGbJPXsDzsNEBRs8IYA'", why: "the sandbox key of Midtrans's own client examples, published" },
      { text: 'MIDTRANS_CLIENT_KEY=SB-Mid-client-I8C5iExng68yncuY', why: 'the client key is public' },
      { text: 'MIDTRANS_SERVER_KEY=SB-Mid-server-abc123cde456', why: "the documentation's short stand-in" },
    ],
  },
});

export const midtransDetectors: readonly Detector[] = [midtransServerKey, midtransSandboxServerKey];
