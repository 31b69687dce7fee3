import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';

/** ai vendors A–C: prefixed formats above, and keys recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
export const aiVendorsAC: readonly Detector[] = [
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
