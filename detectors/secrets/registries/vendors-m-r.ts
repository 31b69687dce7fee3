import type { Detector } from '../../../src/types.js';
import { vendorTokens } from '../../kit/vendor-token.js';
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

/** registries vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
export const registriesVendorsMR: readonly Detector[] = [...named, npmLegacyAuthToken];
