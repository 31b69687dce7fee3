import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { PUBLISHED_DEFAULT_KEYS } from '../../kit/placeholders.js';
import { around, isBase64OfLength } from '../shared/context.js';

// Azure account keys are 64 random bytes in standard base64: 86 characters and '=='. A bare
// 88-character base64 string is not evidence enough, so every pattern needs its context: a
// connection-string field or a name that says which key it is.


/** Between a name and its value: `=`, `:`, `=>`, or whitespace as in `-StorageAccountKey <value>`. */
const SEP = String.raw`(?:["']?\s{0,8}(?:[:=]|=>)\s{0,8}["']?|\s{1,8}["']?)`;
/** 64 bytes of standard base64, not part of a longer run. */
const KEY64 = String.raw`(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`;

export const azureStorageAccountKey: Detector = patternDetector({
  id: 'azure-storage-account-key',
  title: 'Azure Storage account key',
  vendor: 'Microsoft Azure',
  severity: 'critical',
  keywords: ['accountkey', 'account_key', 'account-key', 'storage'],
  pattern: new RegExp(
    String.raw`(?:(?<![A-Za-z0-9])AccountKey\s{0,4}=\s{0,4}` + // connection string field
      String.raw`|(?:storage|account)[_.-]?(?:account[_.-]?)?(?:access[_.-]?|primary[_.-]?|secondary[_.-]?)?key\d?${SEP})` + // a name
      KEY64,
    'i',
  ),
  validate: (secret, m, text) =>
    !PUBLISHED_DEFAULT_KEYS.has(secret) &&
    isBase64OfLength(secret, 64) &&
    !/AccountEndpoint\s*=|documents\.azure|cosmos/i.test(around(text, m, 300)),
  remediation:
    'Rotate the key under the storage account\'s "Access keys" in the Azure portal (az storage account keys renew), ' +
    'then use a managed identity, or keep the connection string in Key Vault or app settings, not in the repository.',
  examples: {
    positive: [
      {
        text: 'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=CMCI1ayiT9LhDIe891iQbOgyiDEWvsA3mW8LfTLim+5oPruN1CzqYWGp/pEoH8FAoEQPhGjMcGpuWzdC90LKkA==;EndpointSuffix=core.windows.net"',
        path: '.env',
      },
      { text: 'storage_account_key = "/KRNcgURv2v1d9Qk9u46Szn+OZ10BeNShN6T04yYxyKhHvvAyprPFI3unYACEluAAF43Dv/jq3TjQHVPzmcSZA=="', path: 'main.tf' },
      { text: 'az storage blob upload --account-name contosodata --account-key /KRNcgURv2v1d9Qk9u46Szn+OZ10BeNShN6T04yYxyKhHvvAyprPFI3unYACEluAAF43Dv/jq3TjQHVPzmcSZA== -f a.zip' },
    ],
    negative: [
      {
        text: 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
        why: 'the published Azurite development key',
      },
      {
        text: 'AccountName=contosodata;AccountKey=CMCI1ayiT9LhDIe891iQbOgyiDEWvsA3mW8LfTLim+5oPruN1CzqYWGp/pEoH8FAoEQPhGjMcGpuWzdC90LKk==;',
        why: 'one character short of 64 bytes',
      },
      { text: 'AccountName=contosodata;AccountKey=<storage-account-key>;', why: 'placeholder' },
      { text: 'storage_account_key = "${STORAGE_ACCOUNT_KEY}"' },
      {
        text: 'AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=xHfOkqPIlN55SKVckKsQNzzo0dytzqCm2ClR/KD2gOLSDG0+fD4/gpDN3Kbk6nGsVcVWx/5IWnauGxIfNuw5bw==;',
        why: 'a Cosmos DB key: reported by azure-cosmos-db-key',
      },
    ],
  },
});

export const azureCosmosDbKey: Detector = patternDetector({
  id: 'azure-cosmos-db-key',
  title: 'Azure Cosmos DB account key',
  vendor: 'Microsoft Azure',
  severity: 'critical',
  keywords: ['accountendpoint', 'cosmos'],
  pattern: new RegExp(
    String.raw`(?:(?<![A-Za-z0-9])AccountEndpoint\s{0,4}=\s{0,4}https?://[^;\s"'<>]{1,200};\s{0,4}AccountKey\s{0,4}=\s{0,4}` +
      String.raw`|cosmos(?:[_.-]?db)?[_.-]?(?:account[_.-]?|primary[_.-]?|secondary[_.-]?|master[_.-]?|auth[_.-]?)?key${SEP})` +
      KEY64,
    'i',
  ),
  validate: (secret, m) =>
    !PUBLISHED_DEFAULT_KEYS.has(secret) && isBase64OfLength(secret, 64) && !/\/\/(?:localhost|127\.0\.0\.1)[:/;]/i.test(m[0]),
  remediation:
    'Regenerate the key under the Cosmos DB account\'s "Keys" in the Azure portal, then use Microsoft Entra ' +
    'role-based access or keep the connection string in Key Vault, not in the repository.',
  examples: {
    positive: [
      { text: 'COSMOS_CONNECTION="AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=xHfOkqPIlN55SKVckKsQNzzo0dytzqCm2ClR/KD2gOLSDG0+fD4/gpDN3Kbk6nGsVcVWx/5IWnauGxIfNuw5bw==;"' },
      { text: 'const cosmosKey = "cQMAUBIz73rHW/aOZOPn3vdEzM+VjzW2wTC2T8T4B1HsIJpbC8Du5hp8Z5U26QzWqoWcxSFouljsAE4G6x61Rw==";' },
    ],
    negative: [
      {
        text: 'AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;',
        why: 'the published emulator key',
      },
      { text: 'const cosmosKey = "cQMAUBIz73rHW/aOZOPn3vdEzM+VjzW2wTC2T8T4B1HsIJpbC8Du5hp8Z5U26QzWqoWcxSFouljsAE4G6x61Rw=";', why: 'not 64 bytes' },
      { text: 'AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=${COSMOS_KEY};' },
    ],
  },
});

// Service Bus, Event Hubs, Relay, IoT Hub and SignalR connection strings: a 32-byte key in a
// `SharedAccessKey=` field, or an `AccessKey=` field next to `Endpoint=` or `HostName=`.
export const azureSharedAccessKey: Detector = patternDetector({
  id: 'azure-shared-access-key',
  title: 'Azure shared access key in a connection string',
  vendor: 'Microsoft Azure',
  severity: 'high',
  keywords: ['sharedaccesskey', 'accesskey='],
  pattern: /(?<![A-Za-z0-9])(?:Shared)?AccessKey\s{0,4}=\s{0,4}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
  validate: (secret, m, text) =>
    isBase64OfLength(secret, 32) && (/^shared/i.test(m[0]) || /(?:Endpoint|HostName)\s*=/i.test(around(text, m, 400))),
  remediation:
    'Regenerate the key on the namespace or hub\'s "Shared access policies" page, then use a managed identity ' +
    'or keep the connection string in Key Vault or app settings.',
  examples: {
    positive: [
      { text: 'Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=OslRKe0g6cywBGbZx36V6IOYFON5uje7w2xRFWi9Yog=' },
      { text: '"IoTHub": "HostName=contoso.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=LRYAb3xuoEKhZyM1wm19QZo8zB7CXy9dNYiYBY5H/KM="' },
      { text: 'Endpoint=https://contoso.service.signalr.net;AccessKey=LRYAb3xuoEKhZyM1wm19QZo8zB7CXy9dNYiYBY5H/KM=;Version=1.0;' },
    ],
    negative: [
      { text: 'Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>' },
      { text: 'Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKey=OslRKe0g6cywBGbZx36V6IOYFON5uje7w2xRFWi9Yoh=', why: 'not canonical base64' },
      { text: 'AccessKey=OslRKe0g6cywBGbZx36V6IOYFON5uje7w2xRFWi9Yog=', why: 'a bare AccessKey field without an endpoint' },
    ],
  },
});
