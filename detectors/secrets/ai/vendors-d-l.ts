import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { vendorJwt } from '../shared/named-value.js';

// E2B API keys: e2b_ + 40 hex characters (the SDKs reject any other shape: "e2b_" followed by hex).
export const e2bApiKey: Detector = patternDetector({
  id: 'e2b-api-key',
  title: 'E2B API key',
  vendor: 'E2B',
  severity: 'high',
  keywords: ['e2b_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>e2b_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation:
    'Delete the key on the API keys page of the E2B dashboard, check for sandboxes you did not start, and keep the ' +
    'replacement in a secret store (E2B_API_KEY).',
  examples: {
    positive: [
      { text: 'E2B_API_KEY=e2b_e896d31f348e2327083f306bab7808073f879e82', path: '.env' },
      { text: 'sbx = Sandbox.create(api_key="e2b_a04822829ec3d2951754c052e1ef4f29d330bc5b")', path: 'agent/run.py' },
    ],
    negative: [
      { text: 'E2B_API_KEY=e2b_4d39a9b41ad9c3acf80f32c238d2e9821a4a346', why: '39 hex' },
      { text: 'E2B_API_KEY=e2b_0000000000000000000000000000000000000000', why: 'placeholder' },
      { text: 'from e2b_code_interpreter import Sandbox', why: 'a module name' },
    ],
  },
});

// ElevenLabs API keys: sk_ + 48 hex (older keys are 32 hex with no prefix: the catalogue entry below).
export const elevenlabsApiKey: Detector = patternDetector({
  id: 'elevenlabs-api-key',
  title: 'ElevenLabs API key',
  vendor: 'ElevenLabs',
  severity: 'high',
  keywords: ['sk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk_[a-f0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  priority: 50,
  remediation: 'Delete the key in the ElevenLabs console (Developers > API keys) and keep the replacement in a secret store (ELEVENLABS_API_KEY).',
  examples: {
    positive: [
      { text: 'ELEVENLABS_API_KEY=sk_19114c5c18ecbb2d730006799210e8a0c7536379ecd3aa0e', path: '.env' },
      { text: "client = ElevenLabs(api_key='sk_32ce6852242941a39de9fd1e284357e23d4ec7deb6b143ec')" },
    ],
    negative: [
      { text: 'ELEVENLABS_API_KEY=sk_8cfb353729eac07ec5c421c58452152a4d6826afbd01826', why: '47 hex' },
      { text: 'STRIPE_KEY=sk_live_j40pfmxZQS3Ye2wsLVGvphQg', why: 'a Stripe key' },
      { text: 'task_b55fb92be3d150c16c8765f221751e855d7bfb30e42f51e2', why: 'part of a longer word' },
    ],
  },
});

// Jina AI API keys: jina_ + 32 hex + 28 base62 characters.
export const jinaApiKey: Detector = patternDetector({
  id: 'jina-api-key',
  title: 'Jina AI API key',
  vendor: 'Jina AI',
  severity: 'high',
  keywords: ['jina_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>jina_[a-f0-9]{32}[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation: 'Revoke the key in the Jina AI dashboard (API keys) and keep the replacement in a secret store (JINA_API_KEY).',
  examples: {
    positive: [
      { text: 'JINA_API_KEY=jina_ed055ac16d6940693fa204aaa85e12b2D62vdokNWaA40gNW8bVQkK6gZs3W', path: '.env' },
      { text: 'headers = {"Authorization": "Bearer jina_b5810df3e1ae3482694e7b6c97991116RdlCzxltW8l6Ah7Ry4GZqvqQy76l"}' },
    ],
    negative: [
      { text: 'JINA_API_KEY=jina_604c92051a2ab88bffbe6a68e6c286b4LiQHb3uYskMP9e5bvWJX', why: 'too short' },
      { text: 'JINA_API_KEY=jina_jwKsafWRz8kr5rAeylOuZtrgnrsmAFUiiB0E1kqtaZTgBuMoHLc4sWr29vjU', why: 'the first 32 are not hex' },
    ],
  },
});

// LangSmith (LangChain) API keys: lsv2_pt_ (personal) or lsv2_sk_ (service) + 32 hex + '_' + 10 hex.
export const langsmithApiKey: Detector = patternDetector({
  id: 'langsmith-api-key',
  title: 'LangSmith API key',
  vendor: 'LangSmith',
  severity: 'high',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation: 'Delete the key under Settings > API Keys in LangSmith and keep the replacement in a secret store (LANGSMITH_API_KEY).',
  examples: {
    positive: [
      { text: 'LANGCHAIN_API_KEY=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', path: '.env' },
      { text: "os.environ['LANGSMITH_API_KEY'] = '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'" },
    ],
    negative: [
      { text: 'LANGCHAIN_API_KEY=lsv2_pt_ad63a53fed259a19b264f4e4dc2c7829_f2ba05daa', why: 'checksum part too short' },
      { text: 'LANGCHAIN_API_KEY=lsv2_pt_...', why: 'placeholder' },
    ],
  },
});

// Langfuse secret keys: sk-lf- + a UUID (the public key is pk-lf-, not a secret).
export const langfuseSecretKey: Detector = patternDetector({
  id: 'langfuse-secret-key',
  title: 'Langfuse secret key',
  vendor: 'Langfuse',
  severity: 'high',
  keywords: ['sk-lf-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation: 'Delete the key pair in the Langfuse project settings (API keys) and keep the new secret key in a secret store (LANGFUSE_SECRET_KEY).',
  examples: {
    positive: [
      { text: 'LANGFUSE_SECRET_KEY=sk-lf-f5acc79a-860f-4553-963a-4611de13e9d7', path: '.env' },
      { text: "langfuse = Langfuse(public_key='pk-lf-bc22cd09-9f3a-43d7-9eae-490d7e792370', secret_key='sk-lf-8186d181-037b-42a7-bb9b-c027b725b3a8')" },
    ],
    negative: [
      { text: 'LANGFUSE_PUBLIC_KEY=pk-lf-8f028594-11a2-4c9f-876b-2e998f916c86', why: 'the public key' },
      { text: 'LANGFUSE_SECRET_KEY=sk-lf-00000000-0000-0000-0000-000000000000', why: 'placeholder' },
    ],
  },
});

export const edenaiApiKey: Detector = vendorJwt({
  id: 'edenai-api-key',
  title: 'Eden AI API key',
  vendor: 'Eden AI',
  names: ['edenai', 'eden_ai', 'eden-ai'],
  remediation: 'Regenerate the key in the Eden AI dashboard (Account > API settings) and keep it in a secret store.',
  examples: {
    positive: [
      { text: 'EDENAI_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiNGE3YzkxZTIiLCJ0b2tlbl90eXBlIjoiYXBpX3Rva2VuIn0.xLqMgyeo3AD9celD-8rtCfasg2Qei1sxvgz39hbzrYX', path: '.env' },
      { text: 'edenai_api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZDJmOWE4MWM0ZTciLCJpYXQiOjE3MTgwMDAwMDAsInNjb3BlIjoicHJvamVjdCJ9.ewU7HDX6qLcNwKFxCT-eVWyBhWwIGeIA4Bn0AI65O7s"', path: 'config.yml' },
    ],
    negative: [
      { text: 'EDENAI_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', why: 'a header alone' },
      { text: 'EDENAI_API_KEY=os.environ["EDENAI_API_KEY"]', why: 'a reference' },
    ],
  },
});

/** AI and model-provider vendors D–L: prefixed keys above, then keys known by the vendor's name (kit/vendor-token.ts). */
// Helicone API keys: sk-helicone- (read and write) + four groups of seven base32 characters, with eu-
// before the groups for keys of the EU region. Helicone's write-only keys (pk-helicone-…) are its
// documented "public" keys, meant for the gateway URL of client code: not reported.
export const heliconeApiKey: Detector = patternDetector({
  id: 'helicone-api-key',
  title: 'Helicone API key',
  vendor: 'Helicone',
  severity: 'high',
  keywords: ['sk-helicone-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-helicone-(?:eu-)?[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(12)),
  priority: 50,
  remediation:
    'Delete the key under Settings > API Keys in Helicone, create a new one (write-only where reading is not needed), ' +
    'and keep it in a secret store (HELICONE_API_KEY).',
  examples: {
    positive: [
      { text: 'HELICONE_API_KEY=sk-helicone-ya6st5y-6iirymm-yc5dgk3-pjgqhqt', path: '.env' },
      { text: 'defaultHeaders: { "Helicone-Auth": "Bearer sk-helicone-eu-tiu3kut-sylezrk-cy2mrxr-hiw7rqm" },', path: 'src/llm.ts' },
    ],
    negative: [
      { text: 'baseURL: "https://oai.helicone.ai/pk-helicone-ya6st5y-6iirymm-yc5dgk3-pjgqhqt/v1"', why: 'a write-only public key, made for client URLs' },
      { text: 'HELICONE_API_KEY=sk-helicone-ya6st5y-6iirymm-yc5dgk3-pjgqhq', why: 'last group one short' },
      { text: 'export const TEST_ORG_API_KEY = "sk-helicone-aizk36y-5yue2my-qmy5tza-n7x3aqa";', why: "the test key of Helicone's own repository" },
    ],
  },
});

// Humanloop API keys: hl_sk_ + 48 hex characters.
export const humanloopApiKey: Detector = patternDetector({
  id: 'humanloop-api-key',
  title: 'Humanloop API key',
  vendor: 'Humanloop',
  severity: 'high',
  keywords: ['hl_sk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>hl_sk_[a-f0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation: 'Revoke the key in the Humanloop organization settings (API Keys), create a new one and keep it in a secret store (HUMANLOOP_API_KEY).',
  examples: {
    positive: [
      { text: 'HUMANLOOP_API_KEY=hl_sk_56f9fef0b609d4b0406005ad997ec0487bac103258313bc2', path: '.env' },
      { text: 'client = Humanloop(api_key="hl_sk_8a5ad980c5275d15213aa1f8641382f61fd2af84cfd399a3")', path: 'app/prompts.py' },
    ],
    negative: [
      { text: 'HUMANLOOP_API_KEY=hl_sk_56f9fef0b609d4b0406005ad997ec0487bac103258313bc', why: '47 hex' },
      { text: 'HUMANLOOP_API_KEY=hl_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// LangWatch API keys: sk-lw- + 48 letters and digits (Langfuse's are sk-lf- + a UUID).
export const langwatchApiKey: Detector = patternDetector({
  id: 'langwatch-api-key',
  title: 'LangWatch API key',
  vendor: 'LangWatch',
  severity: 'high',
  keywords: ['sk-lw-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-lw-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret.slice(6)) && /[a-z]/.test(secret.slice(6)) && /[A-Z]/.test(secret),
  priority: 50,
  remediation:
    'Rotate the project\'s API key in the LangWatch project settings, and keep the new one in a secret store ' +
    '(LANGWATCH_API_KEY); a self-hosted instance rotates it the same way.',
  examples: {
    positive: [
      { text: 'LANGWATCH_API_KEY=sk-lw-CNAQuzLjcMsJtPl3fFzTTkeSJsPcbxhruciUSchmypn6JxW3', path: '.env' },
      { text: 'langwatch.setup(api_key="sk-lw-whZNiz6pF7GiM6Waj8Nyh5VMdOMpZD5rLt4OOdfZaWojypLS")', path: 'agent/main.py' },
    ],
    negative: [
      { text: 'LANGWATCH_API_KEY=sk-lw-local-development-key', why: 'a stand-in' },
      { text: 'LANGWATCH_API_KEY=sk-lw-CNAQuzLjcMsJtPl3fFzTTkeSJsPcbxhruciUSchmypn6JxW', why: '47 characters' },
      { text: 'LANGFUSE_SECRET_KEY=sk-lf-5ee7538c-8379-47b4-aabe-3c2bfe7cdc2f', why: 'a Langfuse key' },
    ],
  },
});

// Luma AI (Dream Machine) API keys: luma- + two UUIDs joined by a dash.
const LUMA_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const lumaApiKey: Detector = patternDetector({
  id: 'luma-api-key',
  title: 'Luma AI API key',
  vendor: 'Luma AI',
  severity: 'high',
  keywords: ['luma-'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>luma-${LUMA_UUID}-${LUMA_UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  priority: 50,
  remediation: 'Delete the key on the API keys page of the Luma AI dashboard, create a new one and keep it in a secret store (LUMAAI_API_KEY).',
  examples: {
    positive: [
      { text: 'LUMAAI_API_KEY=luma-5ee7538c-8379-47b4-aabe-3c2bfe7cdc2f-16d8efc7-b6d4-4afe-a505-fb85048e2331', path: '.env' },
      { text: 'client = LumaAI(auth_token="luma-2f54e19f-67fb-4b3a-b384-040022f3db2e-a9f622e5-ea6b-46da-949b-1effd0894883")', path: 'video/generate.py' },
    ],
    negative: [
      { text: 'LUMAAI_API_KEY=luma-5ee7538c-8379-47b4-aabe-3c2bfe7cdc2f', why: 'one UUID' },
      { text: 'LUMAAI_API_KEY=luma-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Gladia API keys (the x-gladia-key header): sk_gladia_ + 32 hex. Keys made before the prefix were UUIDs,
// which say nothing about their vendor and are not matched here.
export const gladiaApiKey: Detector = patternDetector({
  id: 'gladia-api-key',
  title: 'Gladia API key',
  vendor: 'Gladia',
  severity: 'high',
  keywords: ['sk_gladia_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk_gladia_[0-9a-f]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  remediation:
    'Delete the key on the API keys page of app.gladia.io and create a new one; keep it on the server ' +
    '(GLADIA_API_KEY), since anyone holding it transcribes on the account\'s credit.',
  examples: {
    positive: [
      { text: 'GLADIA_API_KEY=sk_gladia_a731bbe072a5f8c44e6c66d73d175471', path: '.env' },
      { text: "headers = {'x-gladia-key': 'sk_gladia_69d6f91c545816675709740c57132da2'}", path: 'stt/gladia.py' },
    ],
    negative: [
      { text: 'x-gladia-key: sk_gladia_REDACTED', why: 'redacted' },
      { text: 'GLADIA_API_KEY=sk_gladia_69d6f91c545816675709740c57132da', why: '31 hex' },
    ],
  },
});

export const aiVendorsDL: readonly Detector[] = [
  gladiaApiKey,
  e2bApiKey,
  edenaiApiKey,
  elevenlabsApiKey,
  heliconeApiKey,
  humanloopApiKey,
  jinaApiKey,
  langfuseSecretKey,
  langsmithApiKey,
  langwatchApiKey,
  lumaApiKey,
  ...vendorTokens([
    {
      id: 'deepai-api-key', title: 'DeepAI API key', vendor: 'DeepAI', names: ['deepai'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'DEEPAI_API_KEY=aefe2580-1670-42d9-88da-a5fdaa21d48c', path: '.env' }, { text: 'deepai_api_key = "69ae350e-2f1f-4af4-bec8-804423eaf318"' }],
        negative: [{ text: 'DEEPAI_API_KEY=562be6842f0849875bf02c79159903c3', why: 'not a UUID' }],
      },
    },
    {
      id: 'deepgram-api-key', title: 'Deepgram API key', vendor: 'Deepgram', names: ['deepgram'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'DEEPGRAM_API_KEY=dc00f88058e0ed2bbb626bfedd372bbcfd726799', path: '.env' }, { text: "const deepgram = createClient({ key: 'd033aa936ddac91ded130333aa38d76d69f1cf82' });" }],
        negative: [{ text: 'DEEPGRAM_API_KEY=648b9e21aefd4e1fc8f2a05d6dab5540b1f4646', why: '39 characters' }],
      },
    },
    {
      id: 'deepseek-api-key', title: 'DeepSeek API key', vendor: 'DeepSeek', names: ['deepseek'],
      token: { alphabet: 'hex', length: 32, prefix: 'sk-' },
      examples: {
        positive: [{ text: 'DEEPSEEK_API_KEY=sk-d384ef38cb101a69aa17ae27719fea67', path: '.env' }, { text: 'deepseek = OpenAI(api_key="sk-9f9dc2ac79c0feb1d71e4359e73f31c9", base_url="https://api.deepseek.com")' }],
        negative: [{ text: 'DEEPSEEK_API_KEY=sk-5c36849ce6f642eeb2f5f32583a7643', why: '31 hex' }],
      },
    },
    // Alibaba Cloud Model Studio (DashScope, Bailian; the Qwen models' API) pay-as-you-go API keys: sk- + 32
    // hex, DeepSeek's shape too, so only after a DashScope, Bailian or Qwen name. The sk-sp- keys of its
    // Token and Coding Plans have no published body shape and are not matched.
    {
      id: 'dashscope-api-key', title: 'Alibaba Cloud Model Studio (DashScope) API key', vendor: 'Alibaba Cloud Model Studio',
      names: ['dashscope', 'bailian', 'qwen', 'tongyi'],
      token: { alphabet: 'hex', length: 32, prefix: 'sk-' },
      remediation:
        'Delete the key on the API Key page of the Model Studio console (in the region it was created in), check the ' +
        "workspace's usage, and keep the replacement in a secret store (DASHSCOPE_API_KEY).",
      examples: {
        positive: [
          { text: 'DASHSCOPE_API_KEY=sk-fe6c897c821500642df09cfae7ef84b8', path: '.env' },
          { text: 'dashscope.api_key = "sk-1b695edc36a7be1511f591a581da3e6d"', path: 'app/qwen.py' },
          { text: '  qwen_api_key: sk-5b81c45d3085163186c6a0b8833f4c79', path: 'config/llm.yaml' },
        ],
        negative: [
          { text: 'DASHSCOPE_API_KEY=sk-fe6c897c821500642df09cfae7ef84b', why: '31 hex' },
          { text: 'DASHSCOPE_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
          { text: 'DEEPSEEK_API_KEY=sk-1b695edc36a7be1511f591a581da3e6d', why: 'no DashScope name: a DeepSeek key' },
        ],
      },
    },
    // Fireworks AI API keys: fw_ + 20 to 40 letters and digits; the short prefix needs the vendor's name.
    {
      id: 'fireworks-api-key', title: 'Fireworks AI API key', vendor: 'Fireworks AI', names: ['fireworks'],
      token: { alphabet: 'alnum', length: [20, 40], prefix: 'fw_' },
      remediation: 'Delete the key under Settings > API Keys in the Fireworks AI account, create a new one (a service-account key for servers) and keep it in a secret store (FIREWORKS_API_KEY).',
      examples: {
        positive: [{ text: 'FIREWORKS_API_KEY=fw_9vGacmIzrsVKE8RnkUeS4B', path: '.env' }, { text: 'client = Fireworks(api_key="fw_vpo2dsHaVczaXCwhNl7bZfm1KSaBN96Uh")', path: 'app/llm.py' }],
        negative: [{ text: 'FIREWORKS_API_KEY=fw_test_key', why: 'a stand-in' }, { text: 'firmware = "fw_H3FfWS7GkL7YNmQXa3hDe70a"', why: 'no Fireworks name' }],
      },
    },
    // LlamaCloud (LlamaParse, LlamaExtract, LlamaCloud indexes) API keys: llx- + letters and digits (48 in the
    // keys seen); the prefix is short, so the value needs a LlamaCloud or LlamaParse name.
    {
      id: 'llamacloud-api-key', title: 'LlamaCloud API key', vendor: 'LlamaCloud',
      names: ['llama_cloud', 'llamacloud', 'llama-cloud', 'llamaparse', 'llama_parse', 'llamaextract', 'llama_extract'],
      token: { alphabet: 'alnum', length: [40, 64], prefix: 'llx-' },
      remediation:
        'Revoke the key on the API Key page of LlamaCloud (cloud.llamaindex.ai, or the EU region\'s console), create a new ' +
        'one and keep it in a secret store (LLAMA_CLOUD_API_KEY).',
      examples: {
        positive: [
          { text: 'LLAMA_CLOUD_API_KEY=llx-vu48ndWI6RAlkltaJ8fsFTdq44zLvW7p7ilmTIRR9iLwTEzK', path: '.env' },
          { text: 'parser = LlamaParse(api_key="llx-rr19yoko9HdDWqEUuFOXfF1lhs3mGHpM3UZ007WLvSvCJMwE", result_type="markdown")', path: 'ingest/parse.py' },
        ],
        negative: [
          { text: 'LLAMA_CLOUD_API_KEY=llx-...', why: 'placeholder' },
          { text: 'LLAMA_CLOUD_API_KEY=llx-vu48ndWI6RAlkltaJ8fsFTdq44zLvW7p', why: 'too short' },
          { text: 'token = "llx-Ez3UrHRISBuubgQxivgL5ossCjtA04xW6rMxm3Ajx6cvfoGo"', why: 'no LlamaCloud name' },
        ],
      },
    },
    {
      id: 'elevenlabs-legacy-api-key', title: 'ElevenLabs API key (legacy)', vendor: 'ElevenLabs', names: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [{ text: 'ELEVENLABS_API_KEY=00551ae9094291654f1cf0e6db197c71', path: '.env' }, { text: 'curl -H "xi-api-key: 65c224e237e14370ec30c54c75e1de85" https://api.elevenlabs.io/v1/voices' }],
        negative: [{ text: 'ELEVENLABS_API_KEY=4faadf62299bad25a8c2d3b8338439d', why: '31 hex' }],
      },
    },
  ]),
];
