import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { npmLegacyAuthToken } from './npm.js';

/** registries vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    // keys without the oy2 prefix: older NuGet.org keys and other NuGet feeds (GUIDs)
    id: 'nuget-named-api-key',
    title: 'NuGet API key (by name)',
    vendor: 'NuGet',
    names: ['nuget'],
    token: [{ alphabet: 'lower-alnum', length: 46 }, { alphabet: 'uuid' }],
    remediation:
      'Delete or regenerate the key on the NuGet feed that issued it (API keys on nuget.org), then publish ' +
      'with trusted publishing or keep a scoped key in your CI secret store.',
    examples: {
      positive: [
        { text: 'NUGET_API_KEY=eczqjqq6hj4zylh6dt5lkydjgkv59omcahio0wooo8h7c3' },
        { text: 'nuget setApiKey 3dd80ae7-6c80-4bc8-8caf-613b78849dd3 -Source https://www.myget.org/F/contoso/api/v2/package' },
      ],
      negative: [
        {
          text: 'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "NuGet.Credentials", "src\\NuGet.Credentials\\NuGet.Credentials.csproj", "{5E1A0C7B-2D94-4F38-A6B1-93C8D2E07F4A}"',
          path: 'NuGet.sln',
          why: 'a project GUID in a solution file',
        },
      ],
    },
  },
  {
    id: 'packagecloud-api-token',
    title: 'packagecloud API token',
    vendor: 'packagecloud',
    names: ['packagecloud'],
    token: { alphabet: 'hex', length: 48 },
    remediation:
      'Regenerate the API token under Account settings on packagecloud.io and keep the new one in your CI ' +
      'secret store.',
    examples: {
      positive: [
        { text: 'PACKAGECLOUD_TOKEN=c87cd61668974b3b9a86d6f97ef2519b1fe3122d7a865be7' },
        { text: '{"url":"https://packagecloud.io","token":"3c0c4b4428648452a7d8bd80bd1196244e16ebf7931c3410"}  ', path: '.packagecloud' },
      ],
      negative: [
        { text: 'PACKAGECLOUD_API_KEY=c87cd61668974b3b9a86d6f97ef2519b1fe3122d7a865be', why: '47 characters' },
      ],
    },
  },
]);

/** What may stand between a Quay robot's name and its token: a password flag or a token key. */
const QUAY_TOKEN_GAP = /token|secret|passw|(?:^|\s)-p(?:\s|=|$)/i;

// Quay (quay.io and Red Hat Quay) robot account tokens: 64 upper-case letters and digits, used as the
// password of the robot 'namespace+name'. Read next to that name (docker login -u="acme+ci" -p="…" quay.io)
// within a few lines of a Quay name, or after a Quay name with a key-like word (QUAY_ROBOT_TOKEN).
export const quayRobotToken: Detector = withVendorForms(
  patternDetector({
    id: 'quay-robot-token',
    title: 'Quay robot account token',
    vendor: 'Quay',
    severity: 'high',
    keywords: ['quay'],
    keywordSpan: { before: 240, after: 240 },
    pattern: /(?<![\w.+$-])[a-z0-9][a-z0-9_]{0,63}\+[a-z0-9][a-z0-9_]{0,63}(?![\w.+-])(?<gap>[^\n]{1,48}?|[^\n]{0,48}\n[^\n]{1,48}?)(?<![A-Za-z0-9])(?<secret>[A-Z0-9]{64})(?![A-Za-z0-9])/,
    minEntropy: 4,
    validate: (_secret, m) => QUAY_TOKEN_GAP.test(m.groups?.['gap'] ?? ''),
    remediation:
      "Regenerate the robot's token in Quay (the robot account's settings > Regenerate token, or the API's " +
      '/robots/<name>/regenerate) and give CI the new token from its secret store.',
    examples: {
      positive: [
        { text: 'docker login -u="acme+ci_pusher" -p="SO7OY9POXFUM2LIL7JTDKMC97A16NTMFO736H0ZIM3FVVAW96C69HW8BH3PXRTFN" quay.io', path: 'scripts/push.sh' },
        { text: '      QUAY_ROBOT_TOKEN: OS0XGK5PL3L8WT97XODJKHRPR2OUBPIMFFG7OCRIQQQAH200XVFHCMNUSDIYCLPC', path: '.github/workflows/image.yml' },
        {
          text: 'registry: quay.io\nusername: platform+builder\npassword: V80RQ0P9M11DL3K137ESE0GKTS0XEJ99B41BYLXQ5F19YTO8ARBPOYCBRMJHF8UR',
          path: 'ci/registry.yml',
        },
      ],
      negative: [
        { text: 'docker login -u="acme+ci_pusher" -p="$QUAY_TOKEN" quay.io', why: 'a reference' },
        { text: 'docker login -u="acme+ci_pusher" -p="SO7OY9POXFUM2LIL7JTDKMC97A16NTMFO736H0ZIM3FVVAW96C69HW8BH3PXRTF" quay.io', why: '63 characters' },
        { text: 'FROM quay.io/acme/base@sha256:4C9D2E7A1B3F5D8E0A2C4E6B8D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8C0E2B4D6F', why: 'an image digest' },
      ],
    },
  }),
  { names: ['quay'], token: { alphabet: 'upper-alnum', length: 64 } },
);

/** registries vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const registriesVendorsMR: readonly Detector[] = [...named, npmLegacyAuthToken, quayRobotToken];
