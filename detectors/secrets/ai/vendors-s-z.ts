import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens } from '../../kit/vendor-token.js';

// Tavily API keys: tvly- (with dev- or prod- in newer keys) + 32 alphanumerics.
export const tavilyApiKey: Detector = patternDetector({
  id: 'tavily-api-key',
  title: 'Tavily API key',
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

// Voiceflow API keys: VF.DM. (Dialog Manager) or VF.WS. (workspace) + 24 hex + . + 16 alphanumerics.
export const voiceflowApiKey: Detector = patternDetector({
  id: 'voiceflow-api-key',
  title: 'Voiceflow API key',
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

/** ai vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
export const aiVendorsSZ: readonly Detector[] = [
  ...vendorTokens([
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
  ]),
  tavilyApiKey,
  voiceflowApiKey,
  xaiApiKey,
];
