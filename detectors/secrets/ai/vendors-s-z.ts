import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';
import { nearVendorName } from '../shared/named-value.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Tavily API keys: tvly- (with dev- or prod- in newer keys) + 32 alphanumerics.
export const tavilyApiKey: Detector = patternDetector({
  id: 'tavily-api-key',
  title: 'Tavily API key',
  vendor: 'Tavily',
  severity: 'high',
  keywords: ['tvly-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tvly-(?:(?:dev|prod)-)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the key in the Tavily dashboard (API Keys) and create a new one; load it through TAVILY_API_KEY from ' +
    'the environment or a secret store.',
  examples: {
    positive: [
      { text: 'TAVILY_API_KEY=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', path: '.env' },
      { text: 'search = TavilySearchResults(tavily_api_key="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")', path: 'agents/tools.py' },
    ],
    negative: [
      { text: 'TAVILY_API_KEY = "tvly-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
      { text: 'TAVILY_API_KEY=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', why: '31 characters' },
    ],
  },
});

// Together AI API keys issued since 2025: tgp_v1_ + 43 URL-safe base64 characters (32 random bytes).
// Older keys are 64 hex characters with no prefix: the table entry below.
export const togetherApiKey: Detector = patternDetector({
  id: 'together-api-key',
  title: 'Together AI API key',
  vendor: 'Together AI',
  severity: 'high',
  keywords: ['tgp_v1_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the key on the API keys page of the Together AI project and create a new one; load it through ' +
    'TOGETHER_API_KEY from the environment or a secret store.',
  examples: {
    positive: [
      { text: 'TOGETHER_API_KEY=tgp_v1_ObdCzll2utbRAhAroskq_qXy9lAu1U4iVGDNxJ4OC4B', path: '.env' },
      { text: 'client = Together(api_key="tgp_v1_Tn_hcWo5ozzEUVX9V49Ug6XGPQNHMb-PH08d9rirDDz")', path: 'app/llm.py' },
    ],
    negative: [
      { text: 'TOGETHER_API_KEY=tgp_v1_mcocQkjYr3Kla8mV690nlCYxJXZkLyWj5ZQDPe5Wxj', why: '42 characters' },
      { text: 'TOGETHER_API_KEY=tgp_v1_your_key_here', why: 'placeholder' },
    ],
  },
});

// Voiceflow API keys: VF.DM. (Dialog Manager) or VF.WS. (workspace) + 24 hex + . + 16 alphanumerics.
export const voiceflowApiKey: Detector = patternDetector({
  id: 'voiceflow-api-key',
  title: 'Voiceflow API key',
  vendor: 'Voiceflow',
  severity: 'high',
  keywords: ['vf.dm.', 'vf.ws.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>VF\.(?:DM|WS)\.[a-fA-F0-9]{24}\.[A-Za-z0-9]{16})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.5,
  remediation:
    'Regenerate the API key in Voiceflow (the agent\'s Integrations > API keys, or workspace settings) and keep ' +
    'the new one in a secret store.',
  examples: {
    positive: [
      { text: 'VOICEFLOW_API_KEY=VF.DM.91b086a1ef4080dfb0085bfc.2APEU3TOsSqltxFk', path: '.env' },
      { text: "headers: { Authorization: 'VF.WS.f09e32d8f96860f34cba4435.ded5brqiMYspBefK' }" },
    ],
    negative: [
      { text: 'VOICEFLOW_API_KEY=VF.DM.91b086a1ef4080dfb0085bfc.2APEU3TOsSqltxF', why: 'suffix 15 characters' },
      { text: 'VOICEFLOW_API_KEY=VF.DM.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// xAI API keys: xai- + 80 characters.
export const xaiApiKey: Detector = patternDetector({
  id: 'xai-api-key',
  title: 'xAI API key',
  vendor: 'xAI',
  severity: 'high',
  keywords: ['xai-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9_]{80})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Delete the key in the xAI console (API Keys) and create a new one; load it through XAI_API_KEY from the ' +
    'environment or a secret store.',
  examples: {
    positive: [
      { text: 'XAI_API_KEY=xai-dmPpO2LabGbTt2W5aXWLZb4bHp3gWN2Uznt3uHGqshJoPm0ZLrqtJoFsM55C0gSMAqquoa9pIdUWRxoj', path: '.env' },
      { text: 'client = OpenAI(api_key="xai-sUPqSRWXeVH06EcMMCptrKHpvH3ch9NOLOVwHX7heLx3osbSvCdOJYeascTNUx2NdUFsmBRmuh53OQ3v", base_url="https://api.x.ai/v1")' },
    ],
    negative: [
      { text: 'XAI_API_KEY=xai-dmPpO2LabGbTt2W5aXWLZb4bHp3gWN2Uznt3uHGqshJoPm0ZLrqtJoFsM55C0gSMAqquoa9pIdUWRxo', why: '79 characters' },
      { text: 'XAI_API_KEY=xai-...', why: 'placeholder' },
    ],
  },
});

// Weights & Biases API keys issued since wandb 0.22.3: about 86 characters (W&B's support article on the "must be 40
// characters" error), `wandb_v1_`, the key ID that the API Keys table shows (the first part of the key), `_` and the
// secret: 27 and 49 letters and digits. The legacy keys are 40 hex, read after a W&B name (wandb-api-key below).
export const wandbV1ApiKey: Detector = patternDetector({
  id: 'wandb-v1-api-key',
  title: 'Weights & Biases API key (v1)',
  vendor: 'Weights & Biases',
  severity: 'high',
  keywords: ['wandb_v1_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>wandb_v1_[A-Za-z0-9]{27}_[A-Za-z0-9]{49})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: (secret) => mixesDigitsAndCases(secret.slice(9)),
  priority: 50,
  remediation:
    'Delete the key under API Keys in the W&B user settings (or the service account\'s), create a new one and load it ' +
    'through WANDB_API_KEY from the environment or a secret store.',
  examples: {
    positive: [
      { text: 'wandb.login(key="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")', path: 'notebooks/train.py' },
      { text: 'export WANDB_API_KEY="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"', path: 'scripts/sweep.sh' },
    ],
    negative: [
      { text: 'WANDB_API_KEY=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', why: '48 characters after the key ID' },
      { text: 'WANDB_API_KEY=wandb_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: '| `WANDB_API_KEY` | Shell or GCP | `wandb_v1_xxxxx` |', why: 'the prefix alone' },
    ],
  },
});

/** ai vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
// Zhipu AI (BigModel, Z.ai: the GLM models' API) keys: {id}.{secret}, an id of 32 hex, a dot and a secret of
// 16 letters and digits; the SDKs split the key at the dot and sign short-lived JWTs with the secret. The
// shape alone could be a hashed file name, so it is read only after a Zhipu, BigModel or Z.ai name.
export const zhipuApiKey: Detector = nearVendorName({
  id: 'zhipu-api-key',
  title: 'Zhipu AI (BigModel / Z.ai) API key',
  vendor: 'Zhipu AI',
  names: ['zhipu', 'bigmodel', 'glm_api', 'glm-api', 'zai_api', 'zai-api', 'z_ai_api'],
  value: '[0-9a-f]{32}\\.[a-z0-9]{16}',
  minEntropy: 3.5,
  remediation:
    'Delete the key on the API keys page of open.bigmodel.cn (or z.ai), create a new one and keep it in a secret ' +
    'store (ZHIPUAI_API_KEY or ZAI_API_KEY); JWTs already signed with the old secret lapse at their expiry.',
  examples: {
    positive: [
      { text: 'ZHIPUAI_API_KEY=4f54c402a4f23134d445b08258b38e05.XNWPxQ9JNQUr1vyy', path: '.env' },
      { text: 'client = ZhipuAI(api_key="3a7d9674f81a2fca25e0d17dc7f094cb.gPnNFLKot8DNjoQT")', path: 'app/glm.py' },
      { text: '  ZAI_API_KEY: c246352077194e4cac079e2cfb58c958.mbVakAVSGdRw9mtd', path: 'deploy/values.yaml' },
    ],
    negative: [
      { text: 'ZHIPUAI_API_KEY=4f54c402a4f23134d445b08258b38e05.XNWPxQ9JNQUr1vy', why: 'secret one short' },
      { text: 'ZHIPUAI_API_KEY=your_id.your_secret', why: 'placeholder' },
      { text: 'asset: 3a7d9674f81a2fca25e0d17dc7f094cb.gPnNFLKot8DNjoQT', why: 'no Zhipu name' },
    ],
  },
});

export const aiVendorsSZ: readonly Detector[] = [
  zhipuApiKey,
  ...vendorTokens([
    // Stability AI API keys: sk- + 48 letters and digits, the shape of OpenAI's legacy user keys without
    // their marker: only a Stability name (or SAI_, the name Stability's own ComfyUI nodes read) makes one
    // Stability's.
    {
      id: 'stability-api-key',
      title: 'Stability AI API key',
      vendor: 'Stability AI',
      names: ['stability'],
      compoundNames: ['sai'],
      token: { alphabet: 'alnum', length: 48, prefix: 'sk-' },
      remediation:
        'Delete the key on the API Keys page of the Stability AI platform account (credits are spent by whoever holds ' +
        'it), create a new one and keep it in a secret store (STABILITY_API_KEY).',
      examples: {
        positive: [
          { text: 'STABILITY_API_KEY=sk-nrY418cXuinrGtcDuWgrFO59WqxnuptHht9FwZoj39NVDQM3', path: '.env' },
          { text: 'SAI_API_KEY = "sk-kQUBX2DR2ccE1lZsdPKMgg92UigrrUQ6qvcOyB6UIrghvPb3"', path: 'custom_nodes/sai/config.py' },
        ],
        negative: [
          { text: 'OPENAI_API_KEY=sk-nrY418cXuinrGtcDuWgrFO59WqxnuptHht9FwZoj39NVDQM3', why: 'no Stability name' },
          { text: 'STABILITY_API_KEY=sk-your-stability-api-key', why: 'placeholder' },
          { text: 'STABILITY_API_KEY=sk-nrY418cXuinrGtcDuWgrFO59WqxnuptHht9FwZoj39NVDQM', why: '47 characters' },
        ],
      },
    },
    {
      id: 'serpapi-api-key',
      title: 'SerpApi API key',
      vendor: 'SerpApi',
      // the name holds the key-like word `api`: it counts only glued to a key word (SERPAPI_API_KEY, serpapiKey)
      names: [],
      compoundNames: ['serpapi'],
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Regenerate the key on the SerpApi dashboard (Api Key page); searches are billed to the account. Load the new ' +
        'key from the environment or a secret store (SERPAPI_API_KEY).',
      examples: {
        positive: [
          { text: 'SERPAPI_API_KEY=6246d9d55cf3a9bccd752ceac263852576cb5a8c881d7bcff49d3b2ed9e11a06', path: '.env' },
          { text: 'search = SerpAPIWrapper(serpapi_api_key="83d8d376ac5769c4da82f57ab589276a0ac9e9983ce41b0eb713f984565025f2")', path: 'tools/search.py' },
        ],
        negative: [
          { text: 'SERPAPI_API_KEY=cd5a5f48cd59f5033d3ef1311ee428d3c076d4f41bacd4a842bf301e68086f9', why: '63 hex' },
          { text: 'serpapi_result_sha256 = "6246d9d55cf3a9bccd752ceac263852576cb5a8c881d7bcff49d3b2ed9e11a06"', why: 'no key-like word' },
        ],
      },
    },
    {
      id: 'sigopt-api-token',
      title: 'SigOpt API token',
      vendor: 'SigOpt',
      names: ['sigopt'],
      token: { alphabet: 'upper-alnum', length: 48 },
      examples: {
        positive: [
          { text: 'client = SigoptClient(api_key="FEDFK9BB6HGOQ9WNOOZJJNC5U5K0UQQZSD6LUP2FVYGBOD0X")', path: 'app/clients.py' },
          { text: 'sigopt_token: "E8WMFTAEB04CYA5JRO21YRJ1TCPLOP1C9WWNE2H1ZRDO45UX"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = SigoptClient(api_key="FEDFK9BB6HGOQ9WNOOZJJNC5U5K0UQQZSD6LUP2FVYGBOD0")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'speechtext-ai-api-key',
      title: 'SpeechText.AI API key',
      vendor: 'SpeechText.AI',
      names: ['speechtext'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [
          { text: "export SPEECHTEXT_SECRET='16dd62f1e01e27112423dd1e49cfc91e'", path: 'scripts/deploy.sh' },
          { text: 'SPEECHTEXT_API_KEY=3edce36dd97c0fb9496c36735acdae75', path: '.env' },
        ],
        negative: [{ text: "export SPEECHTEXT_SECRET='16dd62f1e01e27112423dd1e49cfc91'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'uclassify-api-key',
      title: 'uClassify API key',
      vendor: 'uClassify',
      names: ['uclassify'],
      token: { alphabet: 'alnum', length: 12 },
      examples: {
        positive: [
          { text: "export UCLASSIFY_SECRET='C1QISE5L1XZ4'", path: 'scripts/deploy.sh' },
          { text: 'UCLASSIFY_API_KEY=VZz9MxEFXQjN', path: '.env' },
        ],
        negative: [{ text: "export UCLASSIFY_SECRET='C1QISE5L1XZ'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'voicegain-api-key',
      title: 'Voicegain API key',
      vendor: 'Voicegain',
      names: ['voicegain'],
      token: { alphabet: 'token', length: [150, 400], prefix: 'ey' },
      examples: {
        positive: [
          { text: "export VOICEGAIN_SECRET='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ6XAeQS79VGQPo7gZUoKat5_3MmUxx0jrF_7rkds2qJKQM-PWkRGSE1vjsRsjwLYsYf8DcTTkRmJLsrv68ybMrhjDTtvDdoidVHeTv5AhoesTxKqIOXx4IpjXZvlcZxUxUz9YcRFn.sesBpXAffYplVaEeU7UZB0kV5CXYmXZgzYVPUa5gogx'", path: 'scripts/deploy.sh' },
          { text: 'VOICEGAIN_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJM-3XSt2t7Yu1-VYiDyg2f-9yiBDdFPbr2j_UWFc3yDXiJyWwBAgDb9P-PF7kwH4nfbVio8aBOe_LKfIHKGDbXprqaVJ9NMssmnxfBP223tQa8bpR_GphSFoo4b4d1coRz0hJBdWR.W7RgC1TDX2bmMo0oV0nqNh69gyAg4iyEPLHkt71Gasq', path: '.env' },
        ],
        negative: [{ text: "export VOICEGAIN_SECRET='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ6XAeQS79VGQPo7gZUoKat5_3MmUxx0jrF_7rkds2qJKQM-PWkRGSE1vjsRsjwLYsYf8DcTTkRmJLsrv68ybMrhjDTtvDdoidVHeTv5AhoesTxKq'", path: 'scripts/deploy.sh', why: 'shorter than 150 characters' }],
      },
    },
    {
      id: 'wandb-api-key',
      title: 'Weights & Biases API key',
      vendor: 'Weights & Biases',
      names: ['wandb'],
      token: [{ alphabet: 'hex', length: 40 }, { alphabet: 'hex', length: 40, prefix: 'local-' }],
      remediation:
        'Revoke the key in Weights & Biases (User settings > API keys) and create a new one; load it through ' +
          'WANDB_API_KEY from a secret store.',
      examples: {
        positive: [
          { text: 'wandb login c791e20439210e1485840fc47af16a62deedc9f5', path: 'scripts/train.sh' },
          { text: 'WANDB_API_KEY=f6567fde40980811054277fbdadbe3e34a7b89fa', path: '.env' },
        ],
        negative: [
          { text: 'wandb login c791e20439210e1485840fc47af16a62deedc9f', path: 'scripts/train.sh', why: 'one character short' },
          { text: 'wandb @ git+https://github.com/wandb/wandb.git@5b3c0e9d2a7f41c68e0b9d1f3a2c4e6b8d0f1a3c', why: 'a pinned commit' },
        ],
      },
    },
    // Together AI keys before 2025: 64 hex. `together` is a common word: only TOGETHER_API_KEY-like names count.
    {
      id: 'together-legacy-api-key',
      title: 'Together AI API key (legacy hex)',
      vendor: 'Together AI',
      names: ['togetherai', 'together_ai', 'together-ai'],
      compoundNames: ['together'],
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Revoke the key on the API keys page of the Together AI project and create a new one; load it through ' +
        'TOGETHER_API_KEY from the environment or a secret store.',
      examples: {
        positive: [
          { text: 'TOGETHER_API_KEY=f3bfe9ae64ed3e5556e1378f1d0dc055830ffc6a6954fa7ac411be1438d395c1', path: '.env' },
          { text: 'llm = Together(model="meta-llama/Llama-3-8b-chat-hf", together_api_key="d86df16461e90763e6503c995a48fd1aa9f54bcad14342ce50ecde0dd98b9cf3")', path: 'app/llm.py' },
        ],
        negative: [
          { text: 'TOGETHER_API_KEY=661f582e7039fc88ec91940c10731f7069c70c6e69dcd59d5340a335ef9f9cc', why: '63 hex' },
          { text: 'merged_together_hash = "f3bfe9ae64ed3e5556e1378f1d0dc055830ffc6a6954fa7ac411be1438d395c1"', why: 'together inside a longer name, no key word' },
          { text: 'sha256 of the files put together: f3bfe9ae64ed3e5556e1378f1d0dc055830ffc6a6954fa7ac411be1438d395c1', why: 'the common word' },
        ],
      },
    },
    // Voyage AI API keys: pa- + 43 URL-safe base64 characters; pa- alone is too common a prefix, so the
    // vendor's name must stand before the value (VOYAGE_API_KEY, voyageai.Client(api_key=…)).
    {
      id: 'voyage-ai-api-key',
      title: 'Voyage AI API key',
      vendor: 'Voyage AI',
      names: ['voyage'],
      token: { alphabet: 'base64url', length: 43, prefix: 'pa-' },
      remediation:
        'Delete the key in the Voyage AI dashboard (or the MongoDB Atlas model API keys page), create a new one and load ' +
        'it from a secret store (VOYAGE_API_KEY).',
      examples: {
        positive: [
          { text: 'VOYAGE_API_KEY=pa-y-qS2S_7trLFhw5BVUcP_7YKm9sZk4-v5z7NApg6eFV', path: '.env' },
          { text: 'vo = voyageai.Client(api_key="pa-OlhAzmjS5SJ8HBPD2iahwWM_auN1hyXSmsOSBr4oazs")', path: 'app/embed.py' },
        ],
        negative: [
          { text: 'VOYAGE_API_KEY=pa-2dTscfZFnjy0zP2NQ4KtdDSShUTsHSVLf7AtTZ116r', why: '42 characters' },
          { text: 'VOYAGE_API_KEY=pa-your-voyage-key-here', why: 'placeholder' },
          { text: 'headers = {"api_key": "pa-OlhAzmjS5SJ8HBPD2iahwWM_auN1hyXSmsOSBr4oazs"}', why: 'no Voyage name' },
        ],
      },
    },
  ]),
  tavilyApiKey,
  togetherApiKey,
  voiceflowApiKey,
  wandbV1ApiKey,
  xaiApiKey,
];
