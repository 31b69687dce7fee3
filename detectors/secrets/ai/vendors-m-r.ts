import type { Detector } from '../../../src/types.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { patternDetector } from '../../kit/pattern.js';
import { isStandIn } from '../../kit/placeholders.js';
import { decodeJsonObject } from '../shared/payloads.js';

/** ai vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  // Mem0 platform API keys: m0- + letters and digits (40 in the keys seen); the prefix is short, so the value
  // needs Mem0's name (MEM0_API_KEY, MemoryClient under a mem0 name).
  {
    id: 'mem0-api-key',
    title: 'Mem0 API key',
    vendor: 'Mem0',
    names: ['mem0'],
    token: { alphabet: 'alnum', length: [32, 48], prefix: 'm0-' },
    remediation: 'Delete the key on the API Keys page of the Mem0 dashboard (app.mem0.ai), create a new one and keep it in a secret store (MEM0_API_KEY).',
    examples: {
      positive: [
        { text: 'MEM0_API_KEY=m0-pL76X0e5GXKxErCfxdzIeLWVf8DDnNhjitqxyOQx', path: '.env' },
        { text: 'os.environ["MEM0_API_KEY"] = "m0-CpWxLI5oZJvgpalbLdC99rbEUz9t2x1ZpQWL3hVU"', path: 'agent/memory.py' },
      ],
      negative: [
        { text: 'MEM0_API_KEY=m0-xxx', why: 'placeholder' },
        { text: 'MEM0_API_KEY=m0-pL76X0e5GXKxErCfxdzIe', why: 'too short' },
        { text: 'client = MemoryClient(api_key="m0-hjyboorG0dtbdD4VDaocOuzezepNKAnF1m3xNHhh")', why: 'no Mem0 name' },
      ],
    },
  },
  // Moonshot AI (Kimi API) keys: sk- + 48 letters and digits, the shape of OpenAI's keys before their
  // T3BlbkFJ marker and of other OpenAI-compatible vendors' keys: only after a Moonshot or Kimi name.
  {
    id: 'moonshot-api-key',
    title: 'Moonshot AI (Kimi) API key',
    vendor: 'Moonshot AI',
    names: ['moonshot', 'kimi'],
    token: { alphabet: 'alnum', length: 48, prefix: 'sk-' },
    remediation:
      'Delete the key under API Key management in the Moonshot AI (Kimi) platform console (platform.moonshot.ai or ' +
      'platform.moonshot.cn), check the account balance for use you did not make, and keep the replacement in a secret store (MOONSHOT_API_KEY).',
    examples: {
      positive: [
        { text: 'MOONSHOT_API_KEY=sk-AKk4GFjCGoFuDQxwSnX76TKH0Q5hK6DPvmqp563frnfHED0F', path: '.env' },
        { text: 'kimi = OpenAI(api_key="sk-nTisb1zl3vgH48Zn5qbAtxGiLFYbn09pl62B9hdRsS2MQWfN", base_url="https://api.moonshot.cn/v1")', path: 'app/chat.py' },
      ],
      negative: [
        { text: 'MOONSHOT_API_KEY=sk-AKk4GFjCGoFuDQxwSnX76TKH0Q5hK6DPvmqp563frnfHED0', why: '47 characters' },
        { text: 'MOONSHOT_API_KEY=sk-...', why: 'placeholder' },
        { text: 'OPENAI_API_KEY=sk-imCMN8V0ZXMUGAqhL2ngSTIZhUkOLERwP0jKqnioIozTbR0p', why: 'no Moonshot or Kimi name' },
      ],
    },
  },
  // Novita AI API keys: sk_ + 43 URL-safe base64 characters; the prefix alone says little.
  {
    id: 'novita-api-key',
    title: 'Novita AI API key',
    vendor: 'Novita AI',
    names: ['novita'],
    token: { alphabet: 'base64url', length: [40, 48], prefix: 'sk_' },
    remediation: 'Delete the key under Key Management in the Novita AI console, create a new one and keep it in a secret store (NOVITA_API_KEY).',
    examples: {
      positive: [
        { text: 'NOVITA_API_KEY=sk_WaQV3vUwPzsfkNgQijfQmlaoCScjHhpWgYSQgElDH4n', path: '.env' },
        { text: 'novita_client = OpenAI(base_url="https://api.novita.ai/v3/openai", api_key="sk_NpwahrEfDG1wVnn5L_6YZ_O3amzLtukv4sIvGLDvzrF")', path: 'app/llm.py' },
      ],
      negative: [
        { text: 'NOVITA_API_KEY=sk_your-novita-key', why: 'placeholder' },
        { text: 'NOVITA_API_KEY=sk_WaQV3vUwPzsfkNgQijfQmlaoCScjHhpW', why: 'too short' },
      ],
    },
  },
  // PromptLayer API keys: pl_ + 32 hex characters; the short prefix needs PromptLayer's name.
  {
    id: 'promptlayer-api-key',
    title: 'PromptLayer API key',
    vendor: 'PromptLayer',
    names: ['promptlayer'],
    token: { alphabet: 'hex', length: 32, prefix: 'pl_' },
    remediation: 'Delete the key under Settings > API keys in PromptLayer, create a new one and keep it in a secret store (PROMPTLAYER_API_KEY).',
    examples: {
      positive: [
        { text: 'PROMPTLAYER_API_KEY=pl_04398a832da08d364391371b8e441510', path: '.env' },
        { text: 'promptlayer_client = PromptLayer(api_key="pl_2b705144f3f45734919046620be306d9")', path: 'app/prompts.py' },
      ],
      negative: [
        { text: 'PROMPTLAYER_API_KEY=pl_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: 'PROMPTLAYER_API_KEY=pl_04398a832da08d364391371b8e44151', why: '31 hex' },
        { text: 'llm = PromptLayerOpenAI(pl_tags=["langchain"])', why: 'tags, no key' },
      ],
    },
  },
  // Runway API keys: key_ + 128 hex characters (the SDKs read RUNWAYML_API_SECRET).
  {
    id: 'runway-api-key',
    title: 'Runway API key',
    vendor: 'Runway',
    names: ['runwayml'],
    compoundNames: ['runway'],
    token: { alphabet: 'hex', length: 128, prefix: 'key_' },
    remediation:
      'Disable the key under API Keys in the Runway developer portal (keys belong to the organization, not a user), ' +
      'create a new one and keep it in a secret store (RUNWAYML_API_SECRET).',
    examples: {
      positive: [
        { text: 'RUNWAYML_API_SECRET=key_51347855046ac0a039539fc52e2bc7bffd70b6bfa79f1d2b7fd601c0dc720d461e6bbfea22cf1c14d3e9fb89938835c1dde8cd4556814ce0142301241e107cf6', path: '.env' },
        { text: "const runwayClient = new RunwayML({ apiKey: 'key_b346f6d969551f5758efaac1bb716bdacfb01d43c06d3a9dd5d2fef1389884a6669a74b5100940d10bf3f39381a8845f88733d7e9907bc0639fd3301a51aa78c' });", path: 'src/video.ts' },
      ],
      negative: [
        { text: 'RUNWAYML_API_SECRET=key_xxxxx', why: 'placeholder' },
        { text: 'RUNWAYML_API_SECRET=key_51347855046ac0a039539fc52e2bc7bffd70b6bfa79f1d2b7fd601c0dc720d461e6bbfea22cf1c14d3e9fb89938835c1dde8cd4556814ce0142301241e107cf', why: '127 hex' },
      ],
    },
  },
  {
    id: 'mistral-api-key',
    title: 'Mistral AI API key',
    vendor: 'Mistral AI',
    names: ['mistral'],
    token: { alphabet: 'alnum', length: 32 },
    remediation:
      'Delete the key under API keys in Mistral AI Studio (keys are scoped to a workspace), create a new one with an ' +
      'expiry date, and load it from a secret store (MISTRAL_API_KEY).',
    examples: {
      positive: [
        { text: 'MISTRAL_API_KEY=OvuknEA9fkperYfXWmdV3n9eMZgSHwJH', path: '.env' },
        { text: 'client = Mistral(api_key="vP9yR1gRF4PDGoKiR0G0XGUon0uQtFwA")', path: 'app/llm.py' },
      ],
      negative: [
        { text: 'MISTRAL_API_KEY=keknBAcb1xRGTEOfZRc67AS0TMJqzr5', why: '31 characters' },
        { text: 'model = "mistralai/Mistral-7B-Instruct-v0.3"', why: 'a model name, no key' },
      ],
    },
  },
  // Legacy (pre-2024) Pinecone keys are UUIDs; a UUID counts only under a key-like Pinecone name.
  {
    id: 'pinecone-legacy-api-key',
    title: 'Pinecone API key (legacy UUID)',
    vendor: 'Pinecone',
    names: ['pinecone'],
    token: { alphabet: 'uuid' },
    remediation:
      'Delete the key on the API keys page of the Pinecone project, create a new one with the least permissions it ' +
      'needs, and load it from a secret store (PINECONE_API_KEY).',
    examples: {
      positive: [
        { text: 'PINECONE_API_KEY=f1b69d6f-e741-4039-8210-b85684602fcb', path: '.env' },
        { text: "pinecone.init(api_key='13e1983e-5b57-4c5f-8ba6-1ac2029f3e7e', environment='us-west1-gcp')", path: 'ingest.py' },
      ],
      negative: [
        { text: 'PINECONE_PROJECT_ID=f1b69d6f-e741-4039-8210-b85684602fcb', why: 'a project id' },
        { text: 'PINECONE_API_KEY=f1b69d6f-e741-4039-8210-b85684602fc', why: 'not a UUID' },
      ],
    },
  },
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

// Pinecone API keys: pcsk_ (pckey_ in Pinecone's Admin API reference), a short public label, '_', and
// the secret part: pcsk_<6 letters and digits>_<63 letters and digits>.
export const pineconeApiKey: Detector = patternDetector({
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  vendor: 'Pinecone',
  severity: 'high',
  keywords: ['pcsk_', 'pckey_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?:pcsk|pckey)_[A-Za-z0-9]{6}_[A-Za-z0-9]{60,66})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Delete the key on the API keys page of the Pinecone project, create a new one with the least permissions it ' +
    'needs, and load it from a secret store (PINECONE_API_KEY).',
  examples: {
    positive: [
      { text: 'PINECONE_API_KEY=pcsk_11YR1z_upCpvb9N2tdg7cMMhUDi5YG385yg4nPig6B9fI565QtbdI3NUsArYCcWrPD8CE6', path: '.env' },
      { text: "const pc = new Pinecone({ apiKey: 'pcsk_0jzpuW_aqyy6yHy1kDXMhzDBzJAR9WSDFiUF3ZBIAaIyrRVHSYgFgHii8GLkEq0xEAgO2c' });", path: 'src/vectors.ts' },
    ],
    negative: [
      { text: 'PINECONE_API_KEY=pcsk_HvzLfz_qh9uqjPyOC9Lk8lDGsEOWMjCu79yTLK9f2I9brIyFNUN5MuiA5TJAr9wk3', why: 'secret part too short' },
      { text: 'PINECONE_API_KEY=pcsk_...', why: 'placeholder' },
      { text: 'placeholder: "pcsk_xxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
    ],
  },
});

// Private AI API keys: 32 hex characters under a Private AI key name (PRIVATEAI_API_KEY, private_ai.api_key).
// The name holds the key-like word `private`, so the pattern asks for key or token after it.
export const privateAiApiKey: Detector = patternDetector({
  id: 'private-ai-api-key',
  title: 'Private AI API key',
  vendor: 'Private AI',
  severity: 'high',
  keywords: ['privateai', 'private-ai', 'private_ai'],
  // each spelling ends where the word does: PRIVATE_AIRTABLE_TOKEN is not Private AI's
  pattern:
    /(?:private[_-]?ai(?![a-z])|PRIVATE[_-]?AI(?![A-Z])|[Pp]rivate[_-]?A[Ii](?![a-z]))[^\n]{0,40}?(?:[Kk][Ee][Yy]|[Tt][Oo][Kk][Ee][Nn])["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}["'`]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation:
    'Ask Private AI to revoke the key (or rotate it in the Private AI portal), and load the replacement from the ' +
    'environment or a secret store (PRIVATEAI_API_KEY).',
  examples: {
    positive: [
      { text: 'PRIVATEAI_API_KEY=657d830aff4c8c9cf14c0c0572c3add4', path: '.env' },
      { text: 'const PRIVATE_AI_CONFIG = { BASE_URL: "https://api.private-ai.com", API_KEY: "546f7b04c05f1812cbbf577338d7a489" };', path: 'src/pii.js' },
    ],
    negative: [
      { text: 'PRIVATEAI_API_KEY=091c380ca79d9e58f0f78b887690766', why: '31 hex' },
      { text: 'private_ai_enabled = "546f7b04c05f1812cbbf577338d7a489"', why: 'no key-like word' },
      { text: 'PRIVATEAI_API_KEY=${PRIVATEAI_API_KEY}', why: 'a reference' },
      { text: 'PRIVATE_AIRTABLE_TOKEN=657d830aff4c8c9cf14c0c0572c3add4', why: 'another vendor whose name starts the same' },
    ],
  },
});

// RunPod API keys (created since November 2024): rpa_ + 40 upper-case letters and digits + 6 lower-case ones.
export const runpodApiKey: Detector = patternDetector({
  id: 'runpod-api-key',
  title: 'RunPod API key',
  vendor: 'RunPod',
  severity: 'high',
  keywords: ['rpa_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>rpa_[A-Z0-9]{40}[a-z0-9]{6})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  priority: 50,
  remediation:
    'Disable or delete the key under Settings > API Keys in the RunPod console, check for pods and endpoints you ' +
    'did not start, and keep the replacement, with restricted permissions, in a secret store (RUNPOD_API_KEY).',
  examples: {
    positive: [
      { text: 'RUNPOD_API_KEY=rpa_7GPVYD850920YMF1BEA83PA0CQA3JX8T8ASB9P078kzsqu', path: '.env' },
      { text: "headers: { Authorization: 'Bearer rpa_H6SOL240EWKBPISTV7YYSJ0JTP333V7YTKZTBA9Eej0t2j' }", path: 'src/gpu.js' },
    ],
    negative: [
      { text: 'RUNPOD_API_KEY=rpa_E7G56RC0W1VURWGHKLXKPIPMM0150MS6CLKD717Uiaqyp', why: 'one character short' },
      { text: 'RUNPOD_API_KEY=rpa_FAKEPENTECTSCAN1234567890abcdef', why: 'too short' },
      { text: 'RUNPOD_API_KEY=rpa_xxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

/**
 * The API key of Neptune's public anonymous user, which the Python client ships inside its `ANONYMOUS` token
 * (neptune.internal.constants, ANONYMOUS_API_TOKEN_CONTENT) for logging to public example projects: the same in
 * every copy of the client, no one's credential.
 */
const NEPTUNE_ANONYMOUS_KEY = 'b706bc8f-76f9-4c2e-939d-4ba036f932e4';

/** A Neptune token's payload: the address of the Neptune instance it was issued by, and an API key that is not a stand-in. */
function isNeptuneToken(secret: string): boolean {
  const payload = decodeJsonObject(secret);
  const address = payload?.['api_address'];
  const key = payload?.['api_key'];
  return (
    typeof address === 'string' && /^https?:\/\//.test(address) && typeof key === 'string' && key.length >= 16 && key !== NEPTUNE_ANONYMOUS_KEY && !isStandIn(key)
  );
}

// Neptune (neptune.ai) API tokens (NEPTUNE_API_TOKEN, `neptune.init_run(api_token=…)`): standard base64 of a JSON object
// that names the instance first, `{"api_address":"https://app.neptune.ai","api_url":…,"api_key":…}` (the client decodes
// it to find where to connect, so self-hosted instances' tokens have the same shape). The encoded `{"api_address":`
// is a fixed 20-character head; the payload is decoded and checked, so another base64 JSON blob is not reported.
export const neptuneApiToken: Detector = patternDetector({
  id: 'neptune-api-token',
  title: 'Neptune API token',
  vendor: 'Neptune',
  severity: 'high',
  keywords: ['eyjhcglfywrkcmvzcyi6'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJhcGlfYWRkcmVzcyI6[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  validate: isNeptuneToken,
  priority: 50,
  remediation:
    'Reset the API token in the Neptune app (user menu > Get your API token > reset, or the service account\'s settings), ' +
    'and read the new one from NEPTUNE_API_TOKEN in the environment or a secret store.',
  examples: {
    positive: [
      {
        text: 'NEPTUNE_API_TOKEN=eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiI5OTc0ZDc1Yi0zMzM4LTQ0ZmUtYTE3OS0wMTM0Njc2YjFiNjkifQ==',
        path: '.env',
      },
      {
        text: 'run = neptune.init_run(project="ml-team/churn", api_token="eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vbmVwdHVuZS5pbnRlcm5hbC5leGFtcGxlLm9yZyIsImFwaV9rZXkiOiIyMjFjNGUwMC0zZjk5LTQxZWUtYmFmMi03ZjgwMmRjNWZkM2QifQ==")',
        path: 'notebooks/train.py',
        why: 'a self-hosted instance: another address, the same shape',
      },
    ],
    negative: [
      {
        text: 'NEPTUNE_API_TOKEN=eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiJiNzA2YmM4Zi03NmY5LTRjMmUtOTM5ZC00YmEwMzZmOTMyZTQifQo=',
        why: "the anonymous user's token the client ships",
      },
      {
        text: 'NEPTUNE_API_TOKEN=eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiJ5b3VyLWFwaS1rZXktaGVyZSJ9',
        why: 'a placeholder encoded as its key',
      },
      {
        text: 'token = "eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSJ9"',
        why: 'no API key in the payload',
      },
      { text: 'NEPTUNE_API_TOKEN="eyJhcGlfYWRkcmVzcyI6...6Lc"', why: 'cut short, as the documentation shows one' },
    ],
  },
});

// NVIDIA API catalog (build.nvidia.com / NIM) keys: nvapi- and 64 base64url characters.
export const nvidiaApiKey: Detector = patternDetector({
  id: 'nvidia-api-key',
  title: 'NVIDIA API key (nvapi-)',
  vendor: 'NVIDIA',
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
  vendor: 'OpenRouter',
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
// Modal tokens: a token id (ak- + 22 letters and digits) and its token secret (as- + 22); only the secret
// is reported. The pattern reads the secret under a token-secret name (MODAL_TOKEN_SECRET, the
// token_secret of ~/.modal.toml, `modal token set --token-secret`); the kit's forms add `modal_token…`,
// `modalSecret` and the like in any syntax it reads.
export const modalTokenSecret: Detector = withVendorForms(
  patternDetector({
    id: 'modal-token-secret',
    title: 'Modal token secret',
    vendor: 'Modal',
    severity: 'high',
    keywords: ['token_secret', 'token-secret', 'tokensecret'],
    pattern: /token[_-]?secret["']?(?:[ \t]{0,3}(?:=|:)[ \t]{0,3}|[ \t]{1,3})["']?(?<secret>as-[A-Za-z0-9]{22})(?![A-Za-z0-9_-])/i,
    minEntropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret.slice(3)) && /[A-Z]/.test(secret),
    priority: 50,
    remediation:
      'Revoke the token under Settings > API Tokens of the Modal workspace (or `modal token new` and delete the old one), ' +
      'and keep the new pair in a secret store (MODAL_TOKEN_ID, MODAL_TOKEN_SECRET).',
    examples: {
      positive: [
        { text: 'MODAL_TOKEN_ID=ak-hdL0TsgnxqP2pZb0lXnTry\nMODAL_TOKEN_SECRET=as-bHCfrIM3UEGsTRAFdvZmEi', path: '.env' },
        { text: '[default]\ntoken_id = "ak-hdL0TsgnxqP2pZb0lXnTry"\ntoken_secret = "as-jNibRM6HcALBQ7wtIWOOG5"', path: '.modal.toml' },
        { text: 'const modalClient = new ModalClient({ tokenId: process.env.MODAL_TOKEN_ID, modalSecret: "as-bHCfrIM3UEGsTRAFdvZmEi" });', path: 'src/sandbox.ts' },
      ],
      negative: [
        { text: 'MODAL_TOKEN_ID=ak-hdL0TsgnxqP2pZb0lXnTry', why: 'the token id' },
        { text: 'MODAL_TOKEN_SECRET=as-xxxxx', why: 'placeholder' },
        { text: 'MODAL_TOKEN_SECRET=as-bHCfrIM3UEGsTRAFdvZmE', why: '21 characters' },
      ],
    },
  }),
  { names: [], compoundNames: ['modal'], token: { alphabet: 'alnum', length: 22, prefix: 'as-' } },
);

export const aiVendorsMR: readonly Detector[] = [...named, modalTokenSecret, neptuneApiToken, nvidiaApiKey, openrouterApiKey, pineconeApiKey, privateAiApiKey, runpodApiKey];
