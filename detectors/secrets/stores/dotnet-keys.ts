import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { isPlaceholder } from '../../kit/placeholders.js';
import { inRanges } from './values.js';
import { quotedRanges } from './xml-scan.js';

// ASP.NET's own keys, committed in their configuration: the `<machineKey>` of a web.config (its
// validationKey signs ViewState and forms-authentication tickets, its decryptionKey encrypts them;
// whoever holds them can forge a ViewState the server deserializes, and so run code on it), and a
// Data Protection key ring file (`key-<guid>.xml`) whose master key is stored unencrypted (it protects
// ASP.NET Core's authentication cookies, antiforgery tokens and TempData).

/** `<machineKey …>`: the attributes up to the end of the tag. */
const MACHINE_KEY_TAG = /<machineKey\b([^<>]{0,1200})>/iy;
/** validationKey / decryptionKey attributes and their values. */
const KEY_ATTRIBUTE = /\b(validationKey|decryptionKey)[ \t\r\n]{0,4}=[ \t\r\n]{0,4}(["'])([^"'<>\r\n]{1,600})\2/gi;
/**
 * Key lengths in hex: a validationKey is 20 to 64 bytes (HMACSHA1 to HMACSHA512; IIS generates 64),
 * a decryptionKey 8 (DES), 16, 24 (3DES, AES-192) or 32 bytes (AES-256).
 */
const VALIDATION_HEX = /^(?:[0-9A-Fa-f]{2}){20,64}$/;
const DECRYPTION_HEX = /^(?:[0-9A-Fa-f]{16}|[0-9A-Fa-f]{32}|[0-9A-Fa-f]{48}|[0-9A-Fa-f]{64})$/;

/** A random key: no run of one digit, at least 8 distinct hex digits (a typed stand-in repeats). */
function isRandomHex(value: string): boolean {
  return !isPlaceholder(value) && new Set(value.toUpperCase()).size >= 8 && !/(.)\1{5}/.test(value) && !/^(?:0123456789ABCDEF)+/i.test(value);
}

function* detectMachineKeys({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  let quoted: [number, number][] | undefined;
  let done = 0;
  for (const hit of keywordStarts(text, given, MACHINE_KEY_FINDER)) {
    const open = hit - 1;
    if (open < done || text.charCodeAt(open) !== 0x3c /* < */) continue;
    MACHINE_KEY_TAG.lastIndex = open;
    const tag = MACHINE_KEY_TAG.exec(text);
    if (!tag) continue;
    done = MACHINE_KEY_TAG.lastIndex;
    quoted ??= quotedRanges(text); // a tag inside a comment or CDATA is a sample
    if (inRanges(quoted, open)) continue;
    const attributes = tag[1] as string;
    const base = open + tag[0].length - attributes.length - 1;
    for (const a of attributes.matchAll(KEY_ATTRIBUTE)) {
      const name = a[1] as string;
      const value = a[3] as string;
      const shape = name.toLowerCase() === 'validationkey' ? VALIDATION_HEX : DECRYPTION_HEX;
      if (!shape.test(value) || !isRandomHex(value)) continue; // AutoGenerate,IsolateApps; [KEY]; a stand-in
      const start = base + (a.index as number) + a[0].length - value.length - 1;
      yield { start, end: start + value.length, secret: value, detail: `the ${name} of a <machineKey> element` };
    }
  }
}

const MACHINE_KEY_FINDER = keywordRegExp(['machinekey']);

export const aspnetMachineKey: Detector = {
  id: 'aspnet-machine-key',
  title: 'ASP.NET machine key',
  policy: 'no-committed-credentials',
  severity: 'critical',
  keywords: ['machinekey'],
  secrets: 'generated',
  remediation:
    'Treat the key as public: anyone holding a validationKey (and the decryptionKey) can forge ViewState that the ' +
    'server deserializes, which runs their code. Generate new keys (IIS Manager, Machine Key, Generate Keys, or ' +
    'RandomNumberGenerator), deploy them outside the repository (encrypt the section with ' +
    '`aspnet_regiis -pe "system.web/machineKey"`, or set them on the server only), and remove the element from the committed web.config.',
  detect: detectMachineKeys,
  examples: {
    positive: [
      {
        path: 'src/Shop.Web/Web.config',
        text: '<system.web>\n  <machineKey validationKey="471BB5F4AF2DC6714A6EC2A6BCC3B78BC3BD93C82E21E9A66A27780821A78141717563CA9D51B961482233E3638C37038DD74A15A4360B22D2543B4FDE216DD1"\n              decryptionKey="23E66C23C97580FDFC296173567BC1E88EF4AFC65756E898BCAC975AE2DFB024"\n              validation="HMACSHA256" decryption="AES" />\n</system.web>\n',
      },
      { path: 'Web.Release.config', text: "<machineKey decryption='3DES' decryptionKey='4311AA4BA5D6C9B55D65022F79E9C729C553C1ED5695A155' validationKey='D4D6D8BAF4B58E10BEB9D0257A77E2C747BA4D70' validation='SHA1' />", why: 'a 3DES key and an HMACSHA1 key, single quotes' },
    ],
    negative: [
      { path: 'Web.config', text: '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />', why: 'generated per machine at run time' },
      { path: 'Web.config', text: '<!-- <machineKey validationKey="471BB5F4AF2DC6714A6EC2A6BCC3B78BC3BD93C82E21E9A66A27780821A78141" decryptionKey="23E66C23C97580FDFC296173567BC1E88EF4AFC65756E898" /> -->', why: 'commented out' },
      { path: 'Web.config', text: '<machineKey validationKey="[VALIDATION_KEY]" decryptionKey="0000000000000000000000000000000000000000000000000000000000000000" />', why: 'placeholders' },
      { path: 'Web.config', text: '<machineKey validationKey="0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF" validation="HMACSHA256" />', why: 'the hex digits in order: a stand-in' },
      { path: 'docs/keys.md', text: 'The machineKey element has a validationKey attribute; see below.', why: 'prose, no element' },
    ],
  },
};

/** `<masterKey …>` then, after an optional comment, `<value>base64</value>`: an unencrypted Data Protection key. */
const MASTER_KEY = /<masterKey\b[^<>]{0,400}>[ \t\r\n]{0,40}(?:<!--[^<>]{0,200}-->[ \t\r\n]{0,40})?<value>[ \t\r\n]{0,8}([A-Za-z0-9+/]{40,684}={0,2})[ \t\r\n]{0,8}<\/value>/iy;

function* detectDataProtectionKeys({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  let done = 0;
  for (const hit of keywordStarts(text, given, MASTER_KEY_FINDER)) {
    const open = hit - 1;
    if (open < done || text.charCodeAt(open) !== 0x3c /* < */) continue;
    MASTER_KEY.lastIndex = open;
    const m = MASTER_KEY.exec(text);
    if (!m) continue;
    done = MASTER_KEY.lastIndex;
    const value = m[1] as string;
    if (isPlaceholder(value) || new Set(value).size < 16) continue;
    const start = text.lastIndexOf(value, MASTER_KEY.lastIndex);
    yield { start, end: start + value.length, secret: value, detail: 'the key ring holds its master key in clear' };
  }
}

const MASTER_KEY_FINDER = keywordRegExp(['masterkey']);

export const aspnetDataProtectionKey: Detector = {
  id: 'aspnet-data-protection-key',
  title: 'ASP.NET Core Data Protection key (unencrypted)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['masterkey'],
  secrets: 'generated',
  remediation:
    'Revoke the key (IKeyManager.RevokeKey, or delete the key ring so that a new key is made) and delete the file from ' +
    'the repository: with it anyone can forge the authentication cookies and antiforgery tokens it protects. Keep the key ' +
    'ring out of source control (a persisted store: Azure Blob Storage, Redis, a database) and encrypt it at rest ' +
    '(ProtectKeysWithCertificate, ProtectKeysWithAzureKeyVault, ProtectKeysWithDpapi).',
  detect: detectDataProtectionKeys,
  examples: {
    positive: [
      {
        path: 'keys/key-7d1f0a3c-5b2e-4c8d-9f6a-1e3b5d7c9a2f.xml',
        text: '<?xml version="1.0" encoding="utf-8"?>\n<key id="7d1f0a3c-5b2e-4c8d-9f6a-1e3b5d7c9a2f" version="1">\n  <creationDate>2026-03-02T09:14:11Z</creationDate>\n  <descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection">\n    <descriptor>\n      <encryption algorithm="AES_256_CBC" />\n      <validation algorithm="HMACSHA256" />\n      <masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">\n        <!-- Warning: the key below is in an unencrypted form. -->\n        <value>hiPfVwhyBp1K3tXE4zIacGqUsB0/pmLs5zJtXti5Iy/6z0Tqhkv35eGxwDIA0cTHYzuz65o1bSijrRSxUn7i/w==</value>\n      </masterKey>\n    </descriptor>\n  </descriptor>\n</key>\n',
      },
      {
        path: 'src/Web/DataProtection-Keys/key-2b9e4d61-0c7a-4f35-8e12-6d3a9b5c7f04.xml',
        text: '<descriptor>\n  <encryption algorithm="AES_256_GCM" />\n  <masterKey xmlns:p4="http://schemas.asp.net/2015/03/dataProtection" p4:requiresEncryption="true"><value>U2WxNdfCSF095u5/1xz7ZGWgn6Dz5riGoyOebb8SUtqK10cgnbHzvcJjqRFSXjcDqAoyD88Qut5Fm3lZSiICGA==</value></masterKey>\n</descriptor>',
        why: 'the GCM layout, no warning comment',
      },
    ],
    negative: [
      {
        path: 'keys/key-7d1f0a3c-5b2e-4c8d-9f6a-1e3b5d7c9a2f.xml',
        text: '<masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">\n  <encryptedSecret decryptorType="Microsoft.AspNetCore.DataProtection.XmlEncryption.CertificateXmlDecryptor, Microsoft.AspNetCore.DataProtection">\n    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">\n      <CipherData><CipherValue>2Tp0fmdHkF7sLW7PzpB30e0+Fuom5idl3yAx1FCRPSU8mMlOyr2fTIerXHoZm2MmRY8krHhrCGfrouJXsA2kUw==</CipherValue></CipherData>\n    </EncryptedData>\n  </encryptedSecret>\n</masterKey>\n',
        why: 'encrypted at rest with a certificate',
      },
      { path: 'docs/data-protection.md', text: 'The masterKey element holds <value>…</value> when no XML encryptor is configured.', why: 'prose' },
    ],
  },
};
