import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { variantsDetector } from '../shared/variants.js';

// Microsoft Entra ID (Azure AD) application client secrets issued since 2021 carry a marker:
// 3 characters, a digit, 'Q~', then 31 to 34 characters, all from [A-Za-z0-9_.~-].
export const azureEntraClientSecret: Detector = patternDetector({
  id: 'azure-entra-client-secret',
  title: 'Microsoft Entra ID (Azure AD) client secret',
  vendor: 'Microsoft Azure',
  severity: 'critical',
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_.~-])(?<secret>[A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{31,34})(?![A-Za-z0-9_.~-])/,
  minEntropy: 4,
  remediation:
    'Delete the secret under the app registration\'s "Certificates & secrets" in the Entra admin center, then ' +
    'switch to a managed identity or certificate credential, or keep a new secret in Key Vault.',
  examples: {
    positive: [
      { text: 'AZURE_CLIENT_SECRET=zsr8Q~9qXMZiMKb9iQ6g~HcjAsw.Vs5~mcFBhWmY', path: '.env' },
      { text: '"ClientSecret": "eOC3Q~WQSla0or4blVTpFJsUlFsBaIMHB~vcV5NJ",', path: 'appsettings.json' },
    ],
    negative: [
      { text: 'AZURE_CLIENT_SECRET=zsr8Q~9qXMZiMKb9iQ6g~HcjAsw', why: 'too short' },
      { text: 'AZURE_CLIENT_SECRET=zsrXQ~9qXMZiMKb9iQ6g~HcjAsw.Vs5~mcFBhWmY', why: 'no digit before Q~' },
      { text: 'AZURE_CLIENT_SECRET=abc1Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'client_secret = os.environ["AZURE_CLIENT_SECRET"]' },
    ],
  },
});

/** The name of a variable that holds an Azure DevOps PAT: AZURE_DEVOPS_EXT_PAT, ADO_TOKEN, azdoPat, VSTS_PAT ... */
const ADO_NAME = String.raw`(?<![A-Za-z0-9])(?:azure[_.-]?devops|ado|azdo|vsts)[_.-]?(?:ext[_.-]?)?(?:pat|token|personal[_.-]?access[_.-]?token)`;
const SEP = String.raw`["']?\s{0,8}(?:[:=]|=>)\s{0,8}["']?`;

// Azure DevOps personal access tokens. Since 2024: 84 characters, 52 random base62 characters then
// Microsoft's fixed 'JQQJ' signature, two digits and two letters (version and date fields), 16 more
// characters of reserved fields, 'AZDO' and a checksum;
// recognisable anywhere. Before that: 52 lowercase base32 characters, which are only a PAT when a
// variable name or a dev.azure.com URL says so.
export const azureDevopsPat: Detector = variantsDetector(
  {
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    vendor: 'Microsoft Azure',
    severity: 'critical',
    // The reserved fields of the new format are runs of 'A': each variant checks only its random part.
    allowPlaceholders: true,
    keywords: ['azdo', 'azure_devops', 'azure-devops', 'azuredevops', 'ado_', 'vsts', 'dev.azure.com', 'visualstudio.com'],
    remediation:
      'Revoke the token under User settings > Personal access tokens in Azure DevOps, then use Microsoft Entra ' +
      'tokens or keep a new, narrowly scoped PAT in your pipeline\'s secret variables.',
    examples: {
      positive: [
        { text: 'AZURE_DEVOPS_EXT_PAT=WLI42XxUgr3HSLa9cAr2NmEhQHlqmjItHUfzw3A6xvo21aYJimLKJQQJ99BF0QCMEZwkzT56qqvcAZDO095H' },
        { text: 'token: WdreFQZzMirPoGCQqy7NFHXsqbjfWGB5rTVQTGzPFQS3mniJN0e6JQQJ99AKSW1z0Vda0P21ZsXoAZDOQnsl', why: 'new format needs no name' },
        { text: 'pat = "84y5ew03uGUsOuwJPa5MOvW3dVguNwRcQYwL5LKorUx9nRdB1Tb9JQQJ77BAACAAAAAAAAAAAAASAZDObDag"', why: 'another version and date field' },
        { text: 'ado_pat = "udrvspna7wmtoo3pdgwnlldxon23n5apcmfrhbzhszmflasrhpyn"' },
        { text: 'git clone https://build:ewmywubgqxc3twmxllbbfo4xoj4dhvv6r6hroap6uj5bhza36xxe@dev.azure.com/contoso/app/_git/app' },
      ],
      negative: [
        { text: 'AZURE_DEVOPS_EXT_PAT=WLI42XxUgr3HSLa9cAr2NmEhQHlqmjItHUfzw3A6xvo21aYJimLKJQQJ99BF0QCMEZwkzT56qqvcAZDX095H', why: 'wrong provider signature' },
        { text: 'x = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V2w3X4y5Z6a7B8c9D0e1F2g3H4i5J6k7L8m9AZDOn0p1"', why: 'AZDO without the JQQJ signature' },
        { text: 'commit: udrvspna7wmtoo3pdgwnlldxon23n5apcmfrhbzhszmflasrhpyn', why: 'legacy shape without a PAT name: could be anything base32' },
        { text: 'ado_pat = "udrvspna7wmtoo3pdgwnlldxon23n5apcmfrhbzhszmflasrhpy"', why: '51 characters' },
        { text: 'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)' },
      ],
    },
  },
  [
    {
      pattern:
        /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9]{52}JQQJ[0-9]{2}[A-Z]{2}[A-Za-z0-9]{16}AZDO[A-Za-z0-9+/]{4})(?![A-Za-z0-9+/])/,
      validate: (secret) => !isPlaceholder(secret.slice(0, 52)),
      minEntropy: 4,
      // AZDO stands 76 characters into the token: read around each keyword, never a whole file (a
      // 4 MB base64 image holds `azdo` or `vsts` by chance, case folded)
      keywordSpan: { before: 96, after: 24 },
    },
    {
      pattern: new RegExp(`${ADO_NAME}${SEP}(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])`, 'i'),
      validate: (secret) => /^[a-z2-7]+$/.test(secret) && !isPlaceholder(secret), // the 'i' flag is for the name only
      minEntropy: 3.5,
      keywordSpan: { before: 8, after: 160 }, // the name opens with the keyword
    },
    {
      pattern: /:\/\/[^\s:@\/"']{1,100}:(?<secret>[a-z2-7]{52})@(?:dev\.azure\.com|[a-z0-9-]{1,63}\.visualstudio\.com)(?![A-Za-z0-9.-])/,
      validate: (secret) => !isPlaceholder(secret),
      minEntropy: 3.5,
      keywordSpan: { before: 240, after: 40 }, // the host's keyword follows user, ':' and the token
    },
  ],
);

// Keys of other Azure services in the same identifiable format (Azure AI services and Azure OpenAI since
// late 2024, AI Search, Event Grid and more): 84 characters, 52 random base62 characters, the fixed
// 'JQQJ' signature with its version and date fields, 16 reserved characters, the service's 4-character
// signature and a checksum. The format is Microsoft's own and recognisable anywhere; a DevOps PAT (AZDO)
// is azure-devops-pat's.
export const azureIdentifiableKey: Detector = patternDetector({
  id: 'azure-identifiable-key',
  title: 'Azure service key (Microsoft identifiable format)',
  vendor: 'Microsoft Azure',
  severity: 'critical',
  keywords: ['jqqj'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9]{52}JQQJ[0-9]{2}[A-Z]{2}[A-Za-z0-9]{16}(?!AZDO)[A-Za-z0-9]{4}[A-Za-z0-9+/]{4})(?![A-Za-z0-9+/])/,
  validate: (secret) => !isPlaceholder(secret.slice(0, 52)),
  detail: (m) => `service signature ${(m.groups?.['secret'] ?? '').slice(76, 80)}`,
  minEntropy: 4,
  // JQQJ stands 52 characters into the key: read around each keyword, never a whole file
  keywordSpan: { before: 64, after: 40 },
  remediation:
    "Regenerate the key on the Azure resource's Keys page (switch clients to the other key first), then prefer " +
    'Microsoft Entra authentication (managed identities) or keep the key in Key Vault.',
  examples: {
    positive: [
      { text: 'AZURE_OPENAI_API_KEY=AU4G9BPcH62ymXeZp2tDLuPEYyAFnIzr5kV3C4tdKdcvwEFdAD47JQQJ99BLlUz7TqF30J4RnlzeACOGesXu', path: '.env', why: 'an Azure OpenAI key of the 84-character format' },
      { text: '{ "Search": { "AdminKey": "SUQ0uAg57d31zjj7tlVuSdjWXVFNCxxYzNbsrZs8Q48v1HmsMI3BJQQJ99BFCXea3dqIogTjQHz6AZSEQDGS" } }', path: 'appsettings.json' },
      { text: 'speech_config = SpeechConfig(subscription="KDbiLCqw8yp3rkvLamPh7O7DZRLg93P3exbpBfZX8U7kk2q6p3g6JQQJ99ACoF7oPp3xyeq8Yg2zACOGbWjX", region="westeurope")', path: 'app/speech.py', why: 'no name needed' },
    ],
    negative: [
      { text: 'AZURE_DEVOPS_EXT_PAT=WLI42XxUgr3HSLa9cAr2NmEhQHlqmjItHUfzw3A6xvo21aYJimLKJQQJ99BF0QCMEZwkzT56qqvcAZDO095H', why: "a DevOps PAT: azure-devops-pat's" },
      { text: 'AZURE_OPENAI_API_KEY=AU4G9BPcH62ymXeZp2tDLuPEYyAFnIzr5kV3C4tdKdcvwEFdAD47JQQK99BLlUz7TqF30J4RnlzeACOGesXu', why: 'no JQQJ signature' },
      { text: 'AZURE_OPENAI_API_KEY=AU4G9BPcH62ymXeZp2tDLuPEYyAFnIzr5kV3C4tdKdcvwEFdAD4JQQJ99BLlUz7TqF30J4RnlzeACOGesXu', why: '83 characters: the signature is not at its place' },
      { text: 'AZURE_OPENAI_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxJQQJ99BLAAAAAAAAAAAAAAAAACOGAAAA', why: 'placeholder' },
    ],
  },
});
