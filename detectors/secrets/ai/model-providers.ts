import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';
import { namedAssignment, vendorName } from '../shared/assignment.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Hugging Face user tokens: hf_ + 34 letters; older organization tokens: api_org_ + 34 letters.
export const huggingfaceToken: Detector = patternDetector({
  id: 'huggingface-token',
  title: 'Hugging Face access token',
  vendor: 'Hugging Face',
  severity: 'high',
  keywords: ['hf_', 'api_org_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:hf|api_org)_[A-Za-z]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Invalidate the token at huggingface.co/settings/tokens and create a fine-grained one; keep it in a ' +
    'secret store (HF_TOKEN).',
  examples: {
    positive: [
      { text: 'HF_TOKEN=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', path: '.env' },
      { text: 'login(token="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")' },
      { text: 'HUGGINGFACEHUB_API_TOKEN=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' },
    ],
    negative: [
      { text: 'HF_TOKEN=hf_VdlfTPlzGLcaCFmDkudYhgXmzxlXCvtgz', why: '33 letters' },
      { text: 'HF_TOKEN=hf_VdlfTPlzGLcaCFmDkudYhgXmzxlXCvt9zE', why: 'digit: wrong charset' },
      { text: 'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

export const replicateApiToken: Detector = patternDetector({
  id: 'replicate-api-token',
  title: 'Replicate API token',
  vendor: 'Replicate',
  severity: 'high',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: 'Disable the token at replicate.com/account/api-tokens and keep the new one in a secret store (REPLICATE_API_TOKEN).',
  examples: {
    positive: [
      { text: 'REPLICATE_API_TOKEN=r8_aDCTorZ03CRDmDeFRlM84T7dXQFzZzLZ7Q5Fg', path: '.env' },
      { text: "const replicate = new Replicate({ auth: 'r8_HJiarkWzDQSBqb4q8iAFisaCYqcKGSOde04HP' });" },
    ],
    negative: [
      { text: 'REPLICATE_API_TOKEN=r8_aDCTorZ03CRDmDeFRlM84T7dXQFzZzLZ7Q5F', why: '36 characters' },
      { text: 'REPLICATE_API_TOKEN=r8_************************************', why: 'masked' },
    ],
  },
});

export const groqApiKey: Detector = patternDetector({
  id: 'groq-api-key',
  title: 'Groq API key',
  vendor: 'Groq',
  severity: 'high',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: 'Delete the key at console.groq.com/keys and keep the replacement in a secret store (GROQ_API_KEY).',
  examples: {
    positive: [
      { text: 'GROQ_API_KEY=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', path: '.env' },
      { text: 'client = Groq(api_key="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")' },
    ],
    negative: [
      { text: 'GROQ_API_KEY=gsk_VydyVJqHkZypdpoBuGviTqtErXKNVgWcFEfgV9eN4eZ9BrQB6yu', why: '51 characters' },
      { text: '"gsk_j2jsr3sgMCymJq81aPG9",  # Groq key', why: 'truncated' },
      { text: 'GROQ_API_KEY=gsk_your_groq_api_key_here', why: 'placeholder' },
    ],
  },
});

export const perplexityApiKey: Detector = patternDetector({
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  vendor: 'Perplexity',
  severity: 'high',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: 'Revoke the key in the Perplexity API settings and keep the replacement in a secret store (PERPLEXITY_API_KEY).',
  examples: {
    positive: [
      { text: 'PERPLEXITY_API_KEY=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', path: '.env' },
      { text: "const client = new OpenAI({ apiKey: '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', baseURL: 'https://api.perplexity.ai' });" },
    ],
    negative: [
      { text: 'PERPLEXITY_API_KEY=pplx-yx6KZaBncD5Y21XJFrUQy13GVp4kF6yj7g8G4qY3LONkuUZ', why: '47 characters' },
      { text: 'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Cohere keys are 40 alphanumerics with no prefix: only under a cohere name (COHERE_API_KEY,
// cohereKey), the SDK's own CO_API_KEY, or as the argument of cohere.Client(…) / ClientV2(…).
const COHERE_NAME = namedAssignment(`${vendorName('cohere', 'key|token')}|co[_-]api[_-]?key`);
const COHERE_CALL = 'cohere\\.(?:Async)?Client(?:V2)?\\(\\s{0,3}(?:api_key\\s{0,2}=\\s{0,2})?["\']';

export const cohereApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'cohere-api-key',
    title: 'Cohere API key',
    vendor: 'Cohere',
    severity: 'high',
    keywords: ['cohere', 'co_api_key', 'co-api-key'],
    pattern: new RegExp(`(?:${COHERE_NAME.source}|${COHERE_CALL})(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_-])`, 'i'),
    minEntropy: 3.8,
    validate: (secret, m, text) =>
      mixesDigitsAndCases(secret) && COHERE_NAME.isNamed(m, text),
    remediation: 'Delete the key at dashboard.cohere.com/api-keys and keep the replacement in a secret store (CO_API_KEY).',
    examples: {
      positive: [
        { text: 'COHERE_API_KEY=vJDkPDoTbnhH4XsaVAtdGMaDAgWH9IaSewnR1bGS', path: '.env' },
        { text: 'co = cohere.ClientV2("HwNdkDEttKmA6uFdwxUfEPsXtuTAB9Pcogu3j7Vo")' },
        { text: 'export CO_API_KEY="vJDkPDoTbnhH4XsaVAtdGMaDAgWH9IaSewnR1bGS"', path: 'scripts/env.sh' },
        { text: 'cohere:\n  api_key: vJDkPDoTbnhH4XsaVAtdGMaDAgWH9IaSewnR1bGS', path: 'config/llm.yml', why: 'a YAML mapping named after the vendor' },
      ],
      negative: [
        { text: 'COHERE_API_KEY=CohereProductionKeyFromTheSecretsManager', why: 'no digits: a name, not a key' },
        { text: 'sha = "vJDkPDoTbnhH4XsaVAtdGMaDAgWH9IaSewnR1bGS"  # cohere', why: 'no cohere key name' },
        { text: 'COHERE_API_KEY=vJDkPDoTbnhH4XsaVAtdGMaDAgWH9IaSewnR1bG', why: '39 characters' },
        { text: 'COHERE_API_KEY=os.environ["CO_API_KEY"]', why: 'reference' },
      ],
    },
  }),
  { names: ['cohere'], token: { alphabet: 'alnum', length: 40 } },
);
