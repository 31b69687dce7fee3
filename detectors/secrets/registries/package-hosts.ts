import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';

// Package and image registry tokens with fixed prefixes. (npm tokens are reported by npm-token,
// PyPI tokens by pypi-upload-token, JFrog tokens by the jfrog-* detectors.)

// RubyGems.org API keys: 'rubygems_' and 48 lowercase hex characters.
export const rubygemsApiKey: Detector = patternDetector({
  id: 'rubygems-api-key',
  title: 'RubyGems API key',
  vendor: 'RubyGems',
  severity: 'high',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[0-9a-f]{48})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation:
    'Delete the key under Settings > API keys on rubygems.org, then publish with trusted publishing or keep a ' +
    'scoped key in your CI secret store.',
  examples: {
    positive: [
      { text: '---\n:rubygems_api_key: rubygems_387691f27ceb18d32042c6cbb5be759733c18c4ec7a4341f', path: '.gem/credentials' },
      { text: 'GEM_HOST_API_KEY=rubygems_003ed4b2749f2c6a689cde1e6b8f39636920c0d9e29d0191' },
    ],
    negative: [
      { text: 'GEM_HOST_API_KEY=rubygems_003ed4b2749f2c6a689cde1e6b8f39636920c0d9e29d019', why: '47 hex characters' },
      { text: 'GEM_HOST_API_KEY=rubygems_003ED4B2749F2C6A689CDE1E6B8F39636920C0D9E29D0191', why: 'uppercase hex' },
      { text: ':rubygems_api_key: rubygems_<your key>' },
    ],
  },
});

// NuGet.org API keys: 'oy2' and 43 lowercase base32-like characters.
export const nugetApiKey: Detector = patternDetector({
  id: 'nuget-api-key',
  title: 'NuGet.org API key',
  vendor: 'NuGet',
  severity: 'high',
  keywords: ['oy2'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  remediation:
    'Delete or regenerate the key under API keys on nuget.org, then publish with trusted publishing or keep a ' +
    'package-scoped key in your CI secret store.',
  examples: {
    positive: [
      { text: 'dotnet nuget push app.nupkg --api-key oy20qm7hpczwaaay7r5lemu8067acz0pwxuocxx256q3pw --source https://api.nuget.org/v3/index.json' },
      { text: '<add key="ClearTextPassword" value="oy2b3a1i064j59l77xvey8p1ijp77atzamlwp9t774ogfl" />', path: 'NuGet.Config' },
    ],
    negative: [
      { text: 'dotnet nuget push app.nupkg --api-key oy20qm7hpczwaaay7r5lemu8067acz0pwxuocxx256q3p', why: '42 characters' },
      { text: 'dotnet nuget push app.nupkg --api-key oy20QM7HPCZWAAAY7R5LEMU8067ACZ0PWXUOCXX256Q3PW', why: 'uppercase' },
      { text: 'dotnet nuget push app.nupkg --api-key oy2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', why: 'placeholder' },
    ],
  },
});

// Docker Hub personal access tokens: 'dckr_pat_' and 27 base64url characters.
export const dockerHubPat: Detector = patternDetector({
  id: 'docker-hub-pat',
  title: 'Docker Hub personal access token',
  vendor: 'Docker Hub',
  severity: 'high',
  keywords: ['dckr_pat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the token under Account settings > Personal access tokens on Docker Hub, then keep a new one in ' +
    'your CI secret store and pass it with docker login --password-stdin.',
  examples: {
    positive: [
      { text: 'echo dckr_pat_tOE2AB01YjyECelUu3OyINZsHrK | docker login -u ci-bot --password-stdin' },
      { text: 'DOCKERHUB_TOKEN: dckr_pat_Q9o8GGCITv5wZrLP4WE7SbE25tA', path: '.github/workflows/release.yml' },
    ],
    negative: [
      { text: 'DOCKERHUB_TOKEN: dckr_pat_Q9o8GGCITv5wZrLP4WE7SbE25t', why: '26 characters' },
      { text: 'DOCKERHUB_TOKEN: dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'DOCKERHUB_TOKEN: ${{ secrets.DOCKERHUB_TOKEN }}' },
    ],
  },
});
