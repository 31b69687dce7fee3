import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { anchorsIn } from '../shared/nearby.js';
import { isStoredPassword, storeRemediation } from './values.js';

// Package feed credentials: NuGet.Config's clear-text feed passwords and Composer's auth.json.

const NUGET_CLEAR = /<add[ \t\r\n]{1,8}(?:key[ \t]{0,4}=[ \t]{0,4}(["'])ClearTextPassword\1[ \t\r\n]{1,8}value[ \t]{0,4}=[ \t]{0,4}(["'])((?:(?!\2)[^<>\r\n]){1,512})\2|value[ \t]{0,4}=[ \t]{0,4}(["'])((?:(?!\4)[^<>\r\n]){1,512})\4[ \t\r\n]{1,8}key[ \t]{0,4}=[ \t]{0,4}(["'])ClearTextPassword\6)/gi;

/** The last of the ascending offsets that is before `index`, or -1. */
function lastBefore(offsets: readonly number[], index: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : (offsets[lo - 1] as number);
}

/** `ClearTextPassword` counts where NuGet reads it: inside `<packageSourceCredentials>`. */
function* detectNuget({ text }: DetectorInput): Iterable<Match> {
  let sections: { open: number[]; close: number[] } | undefined;
  NUGET_CLEAR.lastIndex = 0;
  for (let m = NUGET_CLEAR.exec(text); m !== null; m = NUGET_CLEAR.exec(text)) {
    const value = (m[3] ?? m[5]) as string;
    sections ??= { open: anchorsIn(text, /<packageSourceCredentials>/g), close: anchorsIn(text, /<\/packageSourceCredentials>/g) };
    const open = lastBefore(sections.open, m.index);
    if (open < 0 || lastBefore(sections.close, m.index) > open) continue;
    if (!isStoredPassword(value)) continue;
    const start = m.index + (m[3] !== undefined ? m[0].length - 1 - value.length : m[0].indexOf(m[4] as string) + 1);
    const feed = /<([A-Za-z0-9_.-]{1,100})>[ \t\r\n]{0,200}$/.exec(text.slice(Math.max(0, m.index - 600), m.index))?.[1];
    yield { start, end: start + value.length, secret: value, detail: `ClearTextPassword for package source ${feed ?? ''}`.trimEnd() };
  }
}

export const nugetConfigPassword: Detector = {
  id: 'nuget-config-password',
  title: 'NuGet.Config with a clear-text feed password',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['cleartextpassword'],
  priority: 35,
  reach: 'file',
  remediation: storeRemediation(
    'feed password or personal access token',
    'reference an environment variable (`value="%NUGET_FEED_PAT%"`) or add the source credentials at run time with `dotnet nuget update source --password` in CI.',
  ),
  detect: detectNuget,
  examples: {
    positive: [
      {
        path: 'NuGet.Config',
        text: '<configuration>\n  <packageSourceCredentials>\n    <contoso>\n      <add key="Username" value="ci@contoso.example" />\n      <add key="ClearTextPassword" value="q7x2vlm4wk8c5rbz3h6ndpt9jfys0gae1oiu5kq2w7x4mc8vb3nz" />\n    </contoso>\n  </packageSourceCredentials>\n</configuration>\n',
      },
      { path: 'src/nuget.config', text: '<packageSourceCredentials>\n<internal>\n<add value="hunter22" key="ClearTextPassword"/>\n</internal>\n</packageSourceCredentials>', why: 'attributes reversed, weak' },
      { path: 'build/NuGet.config', text: "<packageSourceCredentials><feed><add key='ClearTextPassword' value='Hq7vR2mLp9xT' /></feed></packageSourceCredentials>", why: 'single quotes' },
    ],
    negative: [
      { path: 'NuGet.Config', text: '<packageSourceCredentials>\n<contoso>\n<add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />\n</contoso>\n</packageSourceCredentials>', why: 'environment reference' },
      { path: 'NuGet.Config', text: '<packageSources>\n<add key="ClearTextPassword" value="Hq7vR2mLp9xT" />\n</packageSources>', why: 'not in packageSourceCredentials: NuGet does not read it' },
      { path: 'NuGet.Config', text: '<packageSourceCredentials>\n<contoso>\n<add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" />\n</contoso>\n</packageSourceCredentials>', why: 'DPAPI-encrypted Password key' },
      { path: 'NuGet.Config', text: "<packageSourceCredentials>\n<internal>\n<add key='Username' value='builder' />\n<add key='ClearTextPassword' value='removed' />\n</internal>\n</packageSourceCredentials>", why: 'a stand-in: the password was taken out' },
    ],
  },
};

/** Composer's auth.json: `http-basic` passwords and the tokens of `github-oauth`, `gitlab-token`, `gitlab-oauth`, `bitbucket-oauth`, `bearer`. */
const COMPOSER_VALUE = /"(password|consumer-secret|[A-Za-z0-9.-]{1,253})"[ \t]{0,8}:[ \t]{0,8}"((?:[^"\\\r\n]|\\.){1,512})"/g;
const COMPOSER_SECTIONS = /"(?:http-basic|github-oauth|gitlab-token|gitlab-oauth|bitbucket-oauth|bearer|custom-headers)"[ \t]{0,8}:/;

/** The key of the innermost JSON object open at `at` (`"gitlab-token": {` → gitlab-token), looked for in the 2000 characters before. */
function objectKeyBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 2000), at);
  const brace = before.lastIndexOf('{');
  if (brace < 0 || before.includes('}', brace)) return undefined;
  return /"([a-z-]{1,20})"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}$/.exec(before.slice(Math.max(0, brace - 48), brace))?.[1];
}

function* detectComposerAuth({ text }: DetectorInput): Iterable<Match> {
  if (!COMPOSER_SECTIONS.test(text)) return;
  COMPOSER_VALUE.lastIndex = 0;
  for (let m = COMPOSER_VALUE.exec(text); m !== null; m = COMPOSER_VALUE.exec(text)) {
    const key = m[1] as string;
    const value = m[2] as string;
    // in http-basic only the password; in the token sections every host's value
    const section = objectKeyBefore(text, m.index);
    const inTokens = section !== undefined && section !== 'http-basic' && section !== 'custom-headers' && /^(?:github|gitlab|bitbucket|bearer)/.test(section);
    const isPassword = key === 'password' || key === 'consumer-secret';
    if (!(isPassword || inTokens) || !isStoredPassword(value)) continue;
    const start = m.index + m[0].length - 1 - value.length;
    yield { start, end: start + value.length, secret: value, detail: isPassword ? `${key} in Composer auth.json` : `${section} token in Composer auth.json` };
  }
}

export const composerAuthCredentials: Detector = {
  id: 'composer-auth-credentials',
  title: 'Composer auth.json with repository credentials',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['auth.json'],
  priority: 30,
  remediation: storeRemediation(
    'repository password or token',
    'keep auth.json out of the repository (Composer reads ~/.composer/auth.json too) or pass it in the COMPOSER_AUTH environment variable from a CI secret.',
  ),
  detect: detectComposerAuth,
  examples: {
    positive: [
      { path: 'auth.json', text: '{\n    "http-basic": {\n        "repo.packagist.com": {\n            "username": "token",\n            "password": "hunter22"\n        }\n    }\n}\n', why: 'weak' },
      { path: 'app/auth.json', text: '{"gitlab-token": {"gitlab.shop.internal": "Hq7vR2mLp9xTq3Zk8wYd"}}' },
    ],
    negative: [
      { path: 'auth.json', text: '{"http-basic": {"repo.packagist.com": {"username": "token", "password": "${COMPOSER_TOKEN}"}}}', why: 'reference' },
      { path: 'public/auth.json', text: '{"client_id": "web", "redirect": "https://shop.example.org/cb"}', why: 'not a Composer auth file' },
    ],
  },
};
