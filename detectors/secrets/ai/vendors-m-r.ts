import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { patternDetector } from '../../kit/pattern.js';

/** ai vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    id: 'monkeylearn-api-key',
    title: 'MonkeyLearn API key',
    vendor: 'MonkeyLearn',
    names: ['monkeylearn'],
    token: { alphabet: 'hex', length: 40 },
    examples: {
      positive: [
        { text: 'MONKEYLEARN_API_KEY=342fe5a1a5f0ebaceae0726961a2f72ae0fe85d8', path: '.env' },
        { text: `ml = MonkeyLearn('493d15c34aabf9b03681a348dee1f407fe60d290')` },
      ],
      negative: [{ text: 'MONKEYLEARN_API_KEY=342fe5a1a5f0ebaceae0726961a2f72ae0fe85d', why: '39 characters' }],
    },
  },
  {
    id: 'paralleldots-api-key',
    title: 'ParallelDots API key',
    vendor: 'ParallelDots',
    names: ['paralleldots'],
    token: { alphabet: 'alnum', length: 43 },
    examples: {
      positive: [
        { text: 'PARALLELDOTS_API_KEY=7EVuh9YnYdvbcnkCZfFq0ghN6qqi9k7UNiGgfRM6Eth', path: '.env' },
        { text: `paralleldots.set_api_key('6kVF9BU3pnyGAkWqf1Sug2NpvhFxThqh1iK89ipff59')` },
      ],
      negative: [{ text: 'PARALLELDOTS_API_KEY=7EVuh9YnYdvbcnkCZfFq0ghN6qqi9k7UNiGgfRM6Et', why: '42 characters' }],
    },
  },
]);

// ------------------------------------------------------------------ formats with their own mark

// NVIDIA API catalog (build.nvidia.com / NIM) keys: nvapi- and 64 base64url characters.
export const nvidiaApiKey: Detector = patternDetector({
  id: 'nvidia-api-key',
  title: 'NVIDIA API key (nvapi-)',
  severity: 'high',
  keywords: ['nvapi-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the key under API Keys on build.nvidia.com (or NGC Setup > API keys) and create a new one; keep it in ' +
    'a secret store (NVIDIA_API_KEY).',
  examples: {
    positive: [
      { text: 'NVIDIA_API_KEY=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', path: '.env' },
      { text: 'client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="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")' },
    ],
    negative: [
      { text: 'NVIDIA_API_KEY=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', why: '63 characters' },
      { text: 'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// OpenRouter API keys: sk-or-v1- and 64 lower-case hex characters.
export const openrouterApiKey: Detector = patternDetector({
  id: 'openrouter-api-key',
  title: 'OpenRouter API key',
  severity: 'high',
  keywords: ['sk-or-v1-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation:
    'Delete the key at openrouter.ai/settings/keys, check its usage and credit, and load a new one from the ' +
    'environment or a secret store.',
  examples: {
    positive: [
      { text: 'OPENROUTER_API_KEY=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', path: '.env' },
      { text: 'client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="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")' },
    ],
    negative: [
      { text: 'OPENROUTER_API_KEY=sk-or-v1-12f5cc0fa862f30962c2cc4d70266beab02899b049d2eef7e836370db8027fd', why: '63 hex characters' },
      { text: 'OPENROUTER_API_KEY=sk-or-v1-...', why: 'placeholder' },
    ],
  },
});

/** ai vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const aiVendorsMR: readonly Detector[] = [...named, nvidiaApiKey, openrouterApiKey];
