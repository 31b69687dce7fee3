import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Anyscale Endpoints API keys: esecret_ (the prefix Anyscale's own examples show) + 26 lower-case
// letters and digits.
export const anyscaleApiKey: Detector = patternDetector({
  id: 'anyscale-api-key',
  title: 'Anyscale Endpoints API key',
  vendor: 'Anyscale',
  severity: 'high',
  keywords: ['esecret_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>esecret_[a-z0-9]{26})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  priority: 50,
  remediation:
    'Delete the key on the Credentials page of the Anyscale console, check usage for requests you did not make, ' +
    'and load the replacement from the environment or a secret store (ANYSCALE_API_KEY).',
  examples: {
    positive: [
      { text: 'ANYSCALE_API_KEY=esecret_93wuhihg38ytlcrh522w3otdq3', path: '.env' },
      { text: 'client = openai.OpenAI(base_url="https://api.endpoints.anyscale.com/v1", api_key="esecret_5kyvkjraewiqfzn6t7wk2qzy7u")', path: 'app/llm.py' },
    ],
    negative: [
      { text: 'ANYSCALE_API_KEY=esecret_t21wa35lylh1kzmug3372rw7n', why: '25 characters' },
      { text: 'ANYSCALE_API_KEY="esecret_YOUR_API_KEY"', why: 'placeholder' },
      { text: 'function getSourceSecret_(sourceId) { return props.get(sourceId); }', why: 'part of an identifier' },
    ],
  },
});

// Cerebras Inference API keys: csk- + 48 lower-case letters and digits.
export const cerebrasApiKey: Detector = patternDetector({
  id: 'cerebras-api-key',
  title: 'Cerebras API key',
  vendor: 'Cerebras',
  severity: 'high',
  keywords: ['csk-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>csk-[a-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  priority: 50,
  remediation:
    'Delete the key on the API Keys page of the Cerebras Cloud console (deletion is immediate), create a new one and ' +
    'keep it in a secret store (CEREBRAS_API_KEY).',
  examples: {
    positive: [
      { text: 'CEREBRAS_API_KEY=csk-yv64dvg0oldbi8y2jp4jslh4le2g7zwyitbhekpmx6btynkx', path: '.env' },
      { text: 'client = Cerebras(api_key="csk-1hczt482mb0fiq9g4cddj1fovf80egz72sxkhjw2as517n7j")', path: 'app/llm.py' },
    ],
    negative: [
      { text: 'CEREBRAS_API_KEY=csk-38aqo1dv5l2kqr5aqyo92sma94m7xtdd9ajcdbp5pc71bvd', why: '47 characters' },
      { text: 'CEREBRAS_API_KEY=csk-abc123xyz...your-actual-key', why: 'placeholder' },
      { text: 'CEREBRAS_API_KEY=csk-YV64DVG0OLDBI8Y2JP4JSLH4LE2G7ZWYITBHEKPMX6BTYNKX', why: 'upper case' },
    ],
  },
});

// Arize AX service API keys: ak- + a UUID + '-' + 32 URL-safe characters (72 in all). Modal's token ids
// also start ak- but are 22 letters and digits with no UUID.
export const arizeApiKey: Detector = patternDetector({
  id: 'arize-api-key',
  title: 'Arize API key',
  vendor: 'Arize',
  severity: 'high',
  keywords: ['ak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ak-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => {
    const tail = secret.slice(40);
    return mixesDigitsAndCases(tail);
  },
  priority: 50,
  remediation:
    'Delete the key under Settings > API Keys of the Arize space, create a new one (a service key for automation), and ' +
    'keep it in a secret store (ARIZE_API_KEY); the space id beside it is not secret.',
  examples: {
    positive: [
      { text: 'ARIZE_SPACE_ID=U3BhY2U6MTIzNDU6YWJjZA==\nARIZE_API_KEY=ak-b33f4d66-dfb1-40eb-a5ce-b5651a26332c-5BPPwPBoTIdSOWlaD-WRuaissl6DXO1M', path: '.env' },
      { text: 'tracer_provider = register(space_id=SPACE_ID, api_key="ak-7fd2d6cb-6ced-4bc8-84e7-571f718cf4c1-AVeThAdx41Tp_FuwYBXjZWuNEf_bOKTy")', path: 'app/tracing.py' },
    ],
    negative: [
      { text: 'ARIZE_API_KEY=ak-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: 'ARIZE_API_KEY=ak-b33f4d66-dfb1-40eb-a5ce-b5651a26332c-5BPPwPBoTIdSOWlaD-WRuaissl6DXO1', why: '31 characters after the UUID' },
      { text: 'MODAL_TOKEN_ID=ak-9vGacmIzrsVKE8RnkUeS4B', why: 'a Modal token id' },
    ],
  },
});

// Baseten API keys: 8 letters and digits, a dot, and 32 more (the prefix names the key, the rest is its
// secret), sent as `Authorization: Api-Key <key>`. Read after a Baseten name.
const isBasetenKey = (secret: string): boolean => /^[A-Za-z0-9]{8}\.[A-Za-z0-9]{32}$/.test(secret) && mixesDigitsAndCases(secret);

export const basetenApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'baseten-api-key',
    title: 'Baseten API key',
    vendor: 'Baseten',
    severity: 'high',
    keywords: ['baseten'],
    pattern: /baseten[^\n]{0,64}?(?<![A-Za-z0-9.])(?<secret>[A-Za-z0-9]{8}\.[A-Za-z0-9]{32})(?![A-Za-z0-9.])/i,
    minEntropy: 3.5,
    validate: isBasetenKey,
    priority: 50,
    remediation:
      'Revoke the key under Settings > API keys in the Baseten workspace, create a new one (a workspace key scoped to the ' +
      'models it calls where possible), and keep it in a secret store (BASETEN_API_KEY).',
    examples: {
      positive: [
        { text: 'BASETEN_API_KEY=Nq0DxdQA.L5ay3TNndGIML3k9bNW8joLkHxMUTGQm', path: '.env' },
        { text: 'baseten_headers = {"Authorization": "Api-Key qhOeaVCf.5aa2XvJgpyDg137rAkrM6YgMuvXT0Csn"}', path: 'client/predict.py' },
        { text: 'baseten:\n  api_key: "Nq0DxdQA.L5ay3TNndGIML3k9bNW8joLkHxMUTGQm"', path: 'config/models.yml' },
      ],
      negative: [
        { text: 'BASETEN_API_KEY=Nq0DxdQA.L5ay3TNndGIML3k9bNW8joLkHxMUTGQ', why: '31 characters after the dot' },
        { text: 'version = "Nq0DxdQA.L5ay3TNndGIML3k9bNW8joLkHxMUTGQm"', why: 'no Baseten name' },
        { text: 'BASETEN_API_KEY="bsKlILqX...."', why: 'truncated' },
      ],
    },
  }),
  { names: ['baseten'], token: { alphabet: 'token', length: 41 } },
  isBasetenKey,
);

/** ai vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const aiVendorsAC: readonly Detector[] = [
  anyscaleApiKey,
  arizeApiKey,
  basetenApiKey,
  cerebrasApiKey,
  ...vendorTokens([
    {
      id: 'assemblyai-api-key',
      title: 'AssemblyAI API key',
      vendor: 'AssemblyAI',
      names: ['assemblyai', 'assembly_ai'],
      token: { alphabet: 'lower-alnum', length: 32 },
      remediation:
        'Reset the key on the AssemblyAI dashboard (API Keys), check usage for transcriptions you did not ' +
        'run, and load the new key from the environment or a secret store.',
      examples: {
        positive: [
          { text: 'ASSEMBLYAI_API_KEY=4xzhoc41qnucnkj9xxwq7kassl9r1fws', path: '.env' },
          { text: 'assemblyai_api_key: "50ipe2beiz7xurlvnpfgbsr6y38seehk"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'ASSEMBLYAI_API_KEY=8i7rirhhrsnftfd6jts0pwkctp7bjhg', why: '31 characters' },
        ],
      },
    },
    {
      id: 'azure-openai-api-key',
      title: 'Azure OpenAI API key',
      vendor: 'Microsoft Azure',
      names: ['azure_openai', 'azureopenai', 'azure-openai', 'azure openai', 'aoai_'],
      token: { alphabet: 'hex', length: 32 },
      remediation:
        'Regenerate the key under the Azure OpenAI resource\'s "Keys and Endpoint" (regenerate Key 1 or Key ' +
        '2), then prefer Microsoft Entra authentication or keep the key in Key Vault.',
      examples: {
        positive: [
          { text: 'AZURE_OPENAI_API_KEY=65c86b73461d78d88d799fb421e86717', path: '.env' },
          { text: 'client = AzureOpenAI(api_key="d258a974044884619ad353ab3870f35c")', path: 'app/clients.py' },
        ],
        negative: [
          { text: 'AZURE_OPENAI_API_KEY=982769d759a763d1c301c7379fb82eb', why: '31 characters' },
        ],
      },
    },
    // Browserbase API keys: bb_live_ + 27 characters. Other products issue bb_live_ keys too, so the
    // vendor's name must stand before the value (BROWSERBASE_API_KEY, new Browserbase({ apiKey })).
    {
      id: 'browserbase-api-key',
      title: 'Browserbase API key',
      vendor: 'Browserbase',
      names: ['browserbase'],
      token: { alphabet: 'base64url', length: 27, prefix: 'bb_live_' },
      remediation:
        'Delete the key in the Browserbase dashboard (Settings > API keys), review recent sessions, and keep the ' +
        'replacement in a secret store (BROWSERBASE_API_KEY).',
      examples: {
        positive: [
          { text: 'BROWSERBASE_API_KEY=bb_live_0aR3II_KDmnyBGgu-027SGbmLe4', path: '.env' },
          { text: "const bb = new Browserbase({ apiKey: 'bb_live_zTiQwe4hgojwfASsEhhqFoNNprM' });", path: 'src/browser.ts' },
        ],
        negative: [
          { text: 'BROWSERBASE_API_KEY=bb_live_91j8XPQK8szFDupLWV0V_aD6q8', why: '26 characters' },
          { text: "const brain = new Brainbase({ apiKey: 'bb_live_tyvdDoOOos7EciLqYVAF7CslySB' });", why: 'another vendor using the same prefix' },
          { text: 'BROWSERBASE_PROJECT_ID=f1b69d6f-e741-4039-8210-b85684602fcb', why: 'the project id' },
        ],
      },
    },
    // Braintrust API keys: sk- + 48 letters and digits, the shape of OpenAI's legacy user keys without
    // their marker: only a Braintrust name makes one Braintrust's.
    {
      id: 'braintrust-api-key',
      title: 'Braintrust API key',
      vendor: 'Braintrust',
      names: ['braintrust'],
      token: { alphabet: 'alnum', length: 48, prefix: 'sk-' },
      remediation:
        'Delete the key under Settings > API keys in the Braintrust organization, create a new one (a service token for ' +
        'automation), and keep it in a secret store (BRAINTRUST_API_KEY).',
      examples: {
        positive: [
          { text: 'BRAINTRUST_API_KEY=sk-hjoueALtzZQi3gcIwqH3znqxdDOcb9Vjzc7xOm6gublxnoYu', path: '.env' },
          { text: 'braintrust.login(api_key="sk-JdZBhMLghKm2kejIpoQo1oNbYRKU7eLDtXuqA5ZuTkmw3Qx2")', path: 'evals/run.py' },
        ],
        negative: [
          { text: 'BRAINTRUST_API_KEY=sk-hjoueALtzZQi3gcIwqH3znqxdDOcb9Vjzc7xOm6gublxnoY', why: '47 characters' },
          { text: 'OPENAI_API_KEY=sk-hjoueALtzZQi3gcIwqH3znqxdDOcb9Vjzc7xOm6gublxnoYu', why: 'no Braintrust name' },
        ],
      },
    },
    {
      id: 'clarifai-api-key',
      title: 'Clarifai API key',
      vendor: 'Clarifai',
      names: ['clarifai'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'CLARIFAI_API_KEY=mwsjkCvO2Hww0T2oSE5gA4Zzc4jhYjl0', path: '.env' },
          { text: "const clarifaiApiKey = 'SNfoObLlCP33xyGhvswvUEJDjFbrASte';", path: 'src/config.js' },
        ],
        negative: [
          { text: 'CLARIFAI_API_KEY=VZbsIWtC26KioD0p3KRvKkETrWLoQFe', why: '31 characters' },
        ],
      },
    },
  ]),
];
