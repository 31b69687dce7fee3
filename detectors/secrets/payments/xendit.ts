import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Xendit secret API keys: xnd_production_ (live mode) or xnd_development_ (test mode) and a base64 body
// (60-odd letters and digits in current keys; older ones hold `+`, `/` and `=` padding). Public keys
// start xnd_public_ and only tokenize cards: they are not reported.

const BODY = String.raw`[A-Za-z0-9+/]{40,100}={0,2}`;

/** A random body holds letters of both cases and a digit; an identifier (`xnd_development_key_name`) does not. */
function isXenditSecret(secret: string): boolean {
  const body = secret.slice(secret.indexOf('_', 4) + 1);
  return mixesDigitsAndCases(body);
}

export const xenditSecretKey: Detector = patternDetector({
  id: 'xendit-secret-key',
  title: 'Xendit live secret API key',
  vendor: 'Xendit',
  severity: 'critical',
  keywords: ['xnd_production_'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>xnd_production_${BODY})(?![A-Za-z0-9+/=_-])`),
  minEntropy: 4,
  validate: isXenditSecret,
  priority: 50,
  remediation:
    'Delete the key under Settings > Developers > API Keys in the Xendit dashboard (Live mode), check recent ' +
    'disbursements and payments, add an IP allowlist, and create a replacement with only the product permissions it ' +
    'needs; keep it on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'XENDIT_SECRET_KEY=xnd_production_xS3v1GBIZVY3tdZ7nYdTJF3wsvAJgNQbXWQ7Ka7QHI1pUNabNYIS483o722W6e', path: '.env' },
      { text: "const xendit = new Xendit({ secretKey: 'xnd_production_ticGUncu33GcEqGisR5on9wp4TAWZqTCqCbr077TkR7Ko22NuG0vTvy9ODAG' });", path: 'src/payments.ts' },
    ],
    negative: [
      { text: 'XENDIT_PUBLIC_KEY=xnd_public_production_xS3v1GBIZVY3tdZ7nYdTJF3wsvAJgNQbXWQ7Ka7QHI1pUNabNYIS483o7', why: 'the public key only tokenizes cards' },
      { text: 'XENDIT_SECRET_KEY=xnd_production_xS3v1GBIZVY3tdZ7nYdTJF3wsvAJgNQbX', why: 'too short' },
      { text: 'XENDIT_SECRET_KEY=xnd_production_...', why: 'placeholder' },
    ],
  },
});

export const xenditTestSecretKey: Detector = patternDetector({
  id: 'xendit-test-secret-key',
  title: 'Xendit test secret API key',
  vendor: 'Xendit',
  severity: 'medium',
  keywords: ['xnd_development_'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>xnd_development_${BODY})(?![A-Za-z0-9+/=_-])`),
  minEntropy: 4,
  validate: isXenditSecret,
  priority: 50,
  remediation:
    'Delete the key under Settings > Developers > API Keys in the Xendit dashboard (Test mode) and create a new one; ' +
    'test keys move no money, but the account behind them is real. Load it from the environment.',
  examples: {
    positive: [
      { text: "XENDIT_SECRET_KEY='xnd_development_u3wpm3BYUoR6JXQmZa7HbsuXkkrRaHdfnMqSOvAYgzgiHtfWaquEbuciX1bbjW'", path: '.env.development' },
      { text: 'xendit_instance = Xendit(api_key="xnd_development_pUqZzWCVOWum30j0sYSWKuJ8VsEmJ+H90QOUCYceEZ5KezvMw8/0==")', path: 'billing/client.py' },
    ],
    negative: [
      {
        text: 'api_key = "xnd_development_P4qDfOss0OCpl8RtKrROHjaQYNCk9dN5lSfk+R1l9Wbe+rSiCwZ3jw=="',
        why: "the test key of Xendit's own API reference, published",
      },
      { text: 'XENDIT_SECRET_KEY=xnd_development_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'const DEFAULT = "xnd_development_secret_key_from_the_dashboard_goes_here_please";', why: 'words, not a key' },
    ],
  },
});

export const xenditDetectors: readonly Detector[] = [xenditSecretKey, xenditTestSecretKey];
