import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// API keys: 'SG.' + 22-character base64url key id + '.' + 43-character base64url secret.
export const sendgridApiKey: Detector = patternDetector({
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  vendor: 'SendGrid',
  severity: 'high',
  keywords: ['sg.'],
  pattern: /(?<![\w.-])(?<secret>SG\.[\w-]{22}\.[\w-]{43})(?![\w-])/,
  minEntropy: 4,
  remediation:
    'Delete the key in SendGrid (Settings > API Keys), create one with only the permissions needed, and read ' +
    'it from the environment or a secret store.',
  examples: {
    positive: [
      { text: 'sendgrid.setApiKey("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");', path: 'mail/send.js' },
      { text: 'SENDGRID_API_KEY=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' },
    ],
    negative: [
      { text: 'sendgrid.setApiKey("SG.jXd8kpzolbA-dVl9BLFcjg.gUT1FA09ZD7WaYGIBoLL1PQtuxXcPoDQc3jdeD0EU8");', why: '42-character secret' },
      { text: 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'msg.setApiKey(process.env.SENDGRID_API_KEY)' },
    ],
  },
});
