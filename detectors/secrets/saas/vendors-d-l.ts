import type { Detector } from '../../../src/types.js';
import { nearVendorName, vendorJwt } from '../shared/named-value.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { around } from '../shared/context.js';
import { namedSecret } from '../shared/named-secret.js';
import { datadogKeyNearName } from './datadog.js';
import { hubspotApiKey } from './hubspot.js';
import { JWT_SOURCE, jwtClaims } from '../shared/payloads.js';
import { jiraApiToken } from './issue-trackers.js';
import { mixesDigitsAndCases } from '../../kit/entropy.js';

// Dynatrace API tokens: dt0c01. + a 24-character public part + '.' + a 64-character secret part,
// both upper-case base32-like.
export const dynatraceApiToken: Detector = patternDetector({
  id: 'dynatrace-api-token',
  title: 'Dynatrace API token',
  vendor: 'Dynatrace',
  severity: 'high',
  keywords: ['dt0c01.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.5,
  priority: 50,
  remediation:
    'Revoke the token under Access tokens in Dynatrace (Settings > Integration) and create a new one with the ' +
    'narrowest scopes; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'apiToken: dt0c01.YVBXTNLRHES7NKDHARUBG0JN.EV965WCMR7JDLLUW8SD8L5GKYY8A55QRGVA13TBJ2I6YLRB4HGQI4P83LXIVDT0K', path: 'dynakube.yaml' },
      { text: 'DT_API_TOKEN=dt0c01.53EV0UWONBNYKLF92M6UVTUK.MFCWRZ3B3TIVRP5OGZOZ0WOFCKHENRWXY7KXG5NAKZKQQBPP2SX0NS8XRHMTZ2KS' },
    ],
    negative: [
      { text: 'DT_API_TOKEN=dt0c01.VQTC2A4IB8TINXJH4CEPAPBP.PROL3JD2C63JXJMRI802DYBDM8L012YCHCXAV7H68Q49O7BXS33RQCQQ1NZ9G1I', why: '63-character secret part' },
      { text: 'DT_API_TOKEN=dt0c01.y7wrenmwlvdoxv3fn1f2lfi0.wu4wm8vlz6hq9asfces94w5heofgos5lcs0okspdhb24xg9su11q93b9b3ygfzns', why: 'lower case' },
      { text: 'DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
    ],
  },
});

// EasyPost API keys: EZAK (production) or EZTK (test) + 54 alphanumerics.
export const easypostApiKey: Detector = patternDetector({
  id: 'easypost-api-key',
  title: 'EasyPost API key',
  vendor: 'EasyPost',
  severity: 'high',
  keywords: ['ezak', 'eztk'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  detail: (m) => (m.groups?.['secret']?.startsWith('EZAK') ? 'production key' : 'test key'),
  remediation: 'Delete the key under Account settings > API keys in EasyPost, create a new one and keep it in a secret store.',
  examples: {
    positive: [
      { text: 'EASYPOST_API_KEY=EZAKt0FJAT6O5O4q44LvDVNtDf9LBAwsksvi9dZZn6wD8IODgd89JDOluq', path: '.env' },
      { text: "client = easypost.EasyPostClient('EZTKtzssDfQ059PmAbQOYbONRWr5eeOhbIma4bQvs2KfY3ffnln3tKg9Ot')" },
    ],
    negative: [
      { text: 'EASYPOST_API_KEY=EZAKUHXBeRZdRfUwv4ickSYeVfZyNvPL06eRqPaU3HGIQ9zLuCyVPXj8E', why: '53 characters' },
      { text: 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Dropbox short-lived access tokens: sl. (or sl.u. for the newer scoped ones) + 130 or more base64url.
export const dropboxAccessToken: Detector = patternDetector({
  id: 'dropbox-access-token',
  title: 'Dropbox access token',
  vendor: 'Dropbox',
  severity: 'high',
  keywords: ['sl.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_-])/,
  minEntropy: 4.5,
  priority: 50,
  validate: (secret) => mixesDigitsAndCases(secret),
  remediation:
    'Revoke the token (the app\'s settings in the Dropbox App Console, or /2/auth/token/revoke) and have the app ' +
    'obtain tokens through OAuth at run time instead of committing one.',
  examples: {
    positive: [
      { text: 'DROPBOX_ACCESS_TOKEN=sl.IkwAXavAQG9_KYswa8Ag0WRs8f76mAkZTJs-9V8uXzzxdrtLUSRYxHCf1hXAuuFtKr67Ps9oYGtDbol6CGV7WwMbnpIyvhqQsC4CxGHe_xtILB10aaeBloCYSYDvV7kOInkcDej9eQ', path: '.env' },
      { text: 'dbx = dropbox.Dropbox("sl.u.olc9FG3mhj-mFALx5EKQwGGirL7yfGAOuiyuz52DL4o6VXrOLnMvvB-3gPUFAP_2qPoOyEB_h1fjRJTpXzKc-Rn-Zjrzc7Z3xq9DipDop2Gbj0H_xPZRkOu_VVaaKOa1IyrWw2LlM75UOsd0veYaf88dZVRm6WLS_JaVixQlRuRFwUUqfRimAbYO5DX-gFoG8wRcN4oqcOP0zpzPyE45gSnr0Pq7pVHs3bXIUTzaHq9OFCSIpSWvtR8aP0Vpw-BSxqAkTDymn0MawVgjEVLdKGvuooMd39pMc2")' },
    ],
    negative: [
      { text: 'DROPBOX_ACCESS_TOKEN=sl.rnZlk3ZWKRKALexWsQy2rGu4eaAce2RYnMz1Tz4MHpWa3SFG0kWQ-8fPvISmUgY95rc6dhJ2JM6i5ukiRzdbSPzE-vSIgfq3qj50', why: 'too short' },
      { text: 'import ssl.WXAE7_LOKVS_pmf0xzBOxDFQiCbB3_27k4EGAhW5tPZxTsa_E8fyEyv_wLILRPzyf0Cpcp1B-3Ri3fANSZEJWz4-huYZfgRlpUsN7zAZV8dlyd6ns7hm_If2EGX00O_BTgbptNLOU2', why: 'part of a longer word' },
    ],
  },
});

// Dropbox long-lived access tokens (no longer issued, still valid): 11 characters, ten A's and 43
// more. The run of A's makes them look like a placeholder, so they are checked here instead.
export const dropboxLongLivedToken: Detector = patternDetector({
  id: 'dropbox-long-lived-token',
  title: 'Dropbox long-lived access token',
  vendor: 'Dropbox',
  severity: 'high',
  keywords: ['dropbox'],
  pattern: /(?:dropbox|Dropbox|DROPBOX)[^\n]{0,60}?(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
  allowPlaceholders: true,
  priority: 50,
  validate: (secret) => {
    const random = secret.slice(0, 11) + secret.slice(21);
    return /[0-9]/.test(random) && /[a-z]/.test(random) && !/(.)\1{4,}|xxxx/i.test(random);
  },
  remediation:
    'Revoke the token in the Dropbox App Console (the app\'s settings) and move the app to short-lived tokens ' +
    'with refresh tokens kept in a secret store.',
  examples: {
    positive: [
      { text: 'DROPBOX_TOKEN=Ids65qVp30eAAAAAAAAAAgGZN8XxgXTy0XFzbozuoSCOYqVe8SpMgqcYV9TwtSEn' },
      { text: 'dropbox_access_token: "x4Cm1o9HsnZAAAAAAAAAAemkja4G9aGL4OW1OI4bdVCGoLjQtfyODoU2Bnfcrs0W"', path: 'config.yml' },
    ],
    negative: [
      { text: 'DROPBOX_TOKEN=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', why: 'all A' },
      { text: 'DROPBOX_TOKEN=H6EV87XuSKRAAAAAAAAAAPJcypk9GQwtpjHz--QjLc94R_JBMsQvrnOT05RaB11', why: '63 characters' },
    ],
  },
});

// Duffel access tokens: duffel_test_ or duffel_live_ + 43 base64url characters.
export const duffelApiToken: Detector = patternDetector({
  id: 'duffel-api-token',
  title: 'Duffel access token',
  vendor: 'Duffel',
  severity: 'high',
  keywords: ['duffel_test_', 'duffel_live_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>duffel_(?:test|live)_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation: 'Revoke the token under Developers > Access tokens in the Duffel dashboard and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'DUFFEL_ACCESS_TOKEN=duffel_live_r8oyK03EFFcQpnn65LfM9EPof-9Er546wKqxbwIrGzq', path: '.env' },
      { text: "const duffel = new Duffel({ token: 'duffel_test_HRtJ_8mit9wJkUE0MZ8R_UdBa4434q0hGkQV6NxwNIm' });" },
    ],
    negative: [
      { text: 'DUFFEL_ACCESS_TOKEN=duffel_live_F9_MlvTQMg1gm7eHNQNxV5_ct1ffMuvd32jiYi9H3a', why: '42 characters' },
      { text: 'DUFFEL_ACCESS_TOKEN=duffel_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Fleetbase API keys: flb_live_ + 20 alphanumerics.
export const fleetbaseApiKey: Detector = patternDetector({
  id: 'fleetbase-api-key',
  title: 'Fleetbase API key',
  vendor: 'Fleetbase',
  severity: 'high',
  keywords: ['flb_live_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>flb_live_[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  priority: 50,
  remediation: 'Delete the key under Developers > API keys in the Fleetbase console and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'FLEETBASE_API_KEY=flb_live_ayHw6Crv3x5LfdeR1Su3', path: '.env' },
      { text: "const fleetbase = new Fleetbase('flb_live_97AlVM8mksnraH1PYtsa');" },
    ],
    negative: [
      { text: 'FLEETBASE_API_KEY=flb_live_jnijKD9COL1b6hizwlF', why: '19 characters' },
      { text: 'FLEETBASE_API_KEY=flb_live_xxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Flexport API keys: shltm_ + 40 base64url characters.
export const flexportApiKey: Detector = patternDetector({
  id: 'flexport-api-key',
  title: 'Flexport API key',
  vendor: 'Flexport',
  severity: 'high',
  keywords: ['shltm_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>shltm_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation: 'Revoke the key in the Flexport developer portal and keep the replacement in a secret store.',
  examples: {
    positive: [
      { text: 'FLEXPORT_API_KEY=shltm_Y6gcTTt626ykGWi64FnNSJ28MuI3xFYfPIf7nn-Z', path: '.env' },
      { text: 'headers = {"Authorization": "Bearer shltm_Y2cRNQW2DniaA4bJ4Xgw5BPciNd1R-QNvQH3d1xc"}' },
    ],
    negative: [
      { text: 'FLEXPORT_API_KEY=shltm_KnSLw1aGVqH2sijBRS3v80yfnahgX9AFmUFq5fZ', why: '39 characters' },
      { text: 'FLEXPORT_API_KEY=shltm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Frame.io developer tokens: fio-u- + 64 base64url characters.
export const frameioApiToken: Detector = patternDetector({
  id: 'frameio-api-token',
  title: 'Frame.io developer token',
  vendor: 'Frame.io',
  severity: 'high',
  keywords: ['fio-u-'],
  pattern: /(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  priority: 50,
  remediation: 'Delete the token in the Frame.io developer site (Tokens) and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'FRAMEIO_TOKEN=fio-u-VRLqMld7YldhG1106IcHtfVN4esso6YJIt0ETPLmoBwZ9-F4t7PtXu_FvQCqhYGC', path: '.env' },
      { text: "headers: { Authorization: 'Bearer fio-u-1h5St-ErTFYl1CRGx1JKMVK4X9rvKIYGOOrrqUtQfOVaHI_-evcUC7z3DIW3GHpI' }" },
    ],
    negative: [
      { text: 'FRAMEIO_TOKEN=fio-u-ZAlMhRdwvgxwlAH1m6i784JbRajB_GqPH1f9HH3_JxRtda36Y5LzqH2JMbcWMvO', why: '63 characters' },
      { text: 'FRAMEIO_TOKEN=fio-u-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// 42 Network (intra.42.fr) application secrets: s-s4t2ud- or s-s4t2af- + 64 hex.
export const intra42ClientSecret: Detector = patternDetector({
  id: 'intra42-client-secret',
  title: '42 Network (intra) client secret',
  vendor: '42 Network',
  severity: 'high',
  keywords: ['s-s4t2ud-', 's-s4t2af-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>s-s4t2(?:ud|af)-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  priority: 50,
  remediation: 'Replace the secret of the application in the 42 intra (API > your application) and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'FT_CLIENT_SECRET=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', path: '.env' },
      { text: "secret: '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'", path: 'config.yml' },
    ],
    negative: [
      { text: 'FT_CLIENT_SECRET=s-s4t2ud-788b8413a049a4646b0c1610c4caa9b8277c2f54c7d0d8c12e9e06f5e3fd953', why: '63 hex' },
      { text: 'FT_CLIENT_SECRET=s-s4t2ud-J5JDPPRTLNF2S41783989R51SMBQOP97H76X7VUW7MEP5A5A5DCPKTSQZ4KGGDR8', why: 'not hex' },
    ],
  },
});

const rotate = (vendor: string, where: string): string =>
  `Revoke the key in ${where} in ${vendor} and issue a new one; load it from the environment or a secret store at run time.`;

export const everhourApiKey: Detector = nearVendorName({
  id: 'everhour-api-key',
  title: 'Everhour API key',
  vendor: 'Everhour',
  names: ['everhour'],
  value: '[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{6}-[0-9a-f]{6}-[0-9a-f]{8}',
  remediation: rotate('Everhour', 'Settings > Profile (API token)'),
  examples: {
    positive: [
      { text: 'EVERHOUR_API_KEY=3c9c-0fe7-1c50aa-eb4b60-33a3de03', path: '.env' },
      { text: "const everhour = new Everhour('9cbd-13b3-7b5eeb-773efc-8f3dbc62');" },
    ],
    negative: [
      { text: 'EVERHOUR_API_KEY=caf9-c1b9-7be87a-5a6e47-e4ed764', why: 'last group short' },
      { text: 'build id c83a-744a-fcbc76-7ff9d8-3152be51', why: 'no vendor name' },
    ],
  },
});

export const formbucketApiToken: Detector = vendorJwt({
  id: 'formbucket-api-token',
  title: 'FormBucket API token',
  vendor: 'FormBucket',
  names: ['formbucket'],
  remediation: rotate('FormBucket', 'account settings'),
  examples: {
    positive: [
      { text: 'FORMBUCKET_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiNGE3YzkxZTIiLCJ0b2tlbl90eXBlIjoiYXBpX3Rva2VuIn0.T1mgwwSoF9sNv3GRPE4DSjsnAO1sy-L2mNwZjkLpnns' },
      { text: 'formbucket_api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZWFtX2lkIjoiYjgxZjQwYzciLCJuYW1lIjoiZGVwbG95In0.HF6U-GI3UhIAXejDgp_iF6AGad5T-vjxcLhoSuNT7Cj"' },
    ],
    negative: [
      { text: 'FORMBUCKET_TOKEN=eyJub3RoaW5nIjoiaGVyZSJ9.eyJ1c2VyX2lkIjoiNGE3YzkxZTIifQ.zpQShpl84OIgPAmJyzfiWZ82uQZ50eEWW1APZpueJlo', why: 'header names no type or algorithm' },
      { text: 'TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiNGE3YzkxZTIifQ.crQrkntN0wEz3DxIvYoqU46HXejVDoQV0T5gvidw-xc', why: 'no vendor name' },
    ],
  },
});

export const formioApiToken: Detector = vendorJwt({
  id: 'formio-api-token',
  title: 'Form.io API token',
  vendor: 'Form.io',
  names: ['formio', 'form.io'],
  remediation: rotate('Form.io', 'the project\'s API keys'),
  examples: {
    positive: [
      { text: 'FORMIO_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwcm9qZWN0IjoiNjZkMWYwYTJjOWU0IiwicGVybWlzc2lvbnMiOlsicmVhZCJdLCJpYXQiOjE3MTIwMDAwMDB9.mFdTwSr0FUE8BTaBVLNpstp8vSzPakGlCjioa4Lz0cy' },
      { text: "Formio.setToken('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZDJmOWE4MWM0ZTciLCJpYXQiOjE3MTgwMDAwMDAsInNjb3BlIjoicHJvamVjdCJ9.6IhkIvyP1D-IpwXQ32wVXcKCmL2lr3pntENMxtfXFPb');" },
    ],
    negative: [
      { text: 'FORMIO_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJwcm9qZWN0IjoiNjZkMWYwYTJjOWU0In0', why: 'no signature' },
      { text: "Formio.setToken(localStorage.getItem('formioToken'));", why: 'a reference' },
    ],
  },
});

export const frontApiToken: Detector = vendorJwt({
  id: 'front-api-token',
  title: 'Front API token',
  vendor: 'Front',
  names: ['frontapp', 'front_api', 'front-api'],
  remediation: rotate('Front', 'Settings > Developers > API tokens'),
  examples: {
    positive: [
      { text: 'FRONT_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiIxIiwianRpIjoiZTRiOWE3IiwiaWF0IjoxNzE5NDEyMDAwLCJzdWIiOiI3MyIsInNjb3BlcyI6W119.euXdw0MTHZxyHMWbAIQhnxCU7RRCpwLfsIFPGeliuEA' },
      { text: "frontapp_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZWFtX2lkIjoiYjgxZjQwYzciLCJuYW1lIjoiZGVwbG95In0.fbHXGWMXVfPHrMG6MAWl6qBsdfSyYgyS4wY4a68JVIp'" },
    ],
    negative: [
      { text: 'FRONT_API_TOKEN=${FRONT_API_TOKEN}', why: 'a reference' },
      { text: 'front_token = eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZWFtX2lkIjoiYjgxZjQwYzcifQ.pb8NEMKgvukSYPIIj0TpFnxWeDQyWmLP8U29Yg06mi4', why: 'the common word front alone' },
    ],
  },
});

export const flightlabsApiKey: Detector = vendorJwt({
  id: 'flightlabs-api-key',
  title: 'FlightLabs API key',
  vendor: 'FlightLabs',
  names: ['flightlabs'],
  remediation: rotate('FlightLabs', 'the account dashboard'),
  examples: {
    positive: [
      { text: 'FLIGHTLABS_ACCESS_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJmbF80YzFlOWIiLCJwbGFuIjoic3RhcnRlciIsImlhdCI6MTcxNjAwMDAwMH0.JnMzDDREZJ8BBP5Uq6H9v5yi_EXZPdrgl-WKa6iBU3ykfXBHHULdIKW3cL2Z_BY1LGpS7ROYwRWUqEttNIn9DE' },
      { text: "flightlabs_access_key: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJmbF80YzFlOWIiLCJwbGFuIjoic3RhcnRlciIsImlhdCI6MTcxNjAwMDAwMH0.aAwjtUcZRw9-eWdgPgYTGwzKoNIVx2suSsJnndg7VN46tD64XPS2cBX8R-pByFe8wslAELXo1GhjbDUpRQ4IOF'" },
    ],
    negative: [
      { text: 'FLIGHTLABS_ACCESS_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9', why: 'a header alone' },
      { text: 'FLIGHTLABS_ACCESS_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJmbF80YzFlOWIifQ', why: 'no signature' },
    ],
  },
});

export const livestormApiToken: Detector = vendorJwt({
  id: 'livestorm-api-token',
  title: 'Livestorm API token',
  vendor: 'Livestorm',
  names: ['livestorm'],
  remediation: rotate('Livestorm', 'Account settings > Integrations > Public API'),
  examples: {
    positive: [
      { text: 'LIVESTORM_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJhcGkubGl2ZXN0b3JtLmNvIiwianRpIjoiNmYxZDBjOGUtMmI3YS00ZTU1LTlhMGMtM2MxZjhkMmU3YjQxIiwiaXNzIjoiYXBpLmxpdmVzdG9ybS5jbyIsIm9yZyI6ImE4YzNlNmQxIn0.82FS82HIilvPnzDO8urA_JIfVrNXTMpDVHdgQ6TCoLS' },
      { text: 'livestorm_key = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZDJmOWE4MWM0ZTciLCJpYXQiOjE3MTgwMDAwMDAsInNjb3BlIjoicHJvamVjdCJ9.F6vMX6WyKYHbOozQKHEQ3x21N4TYEvyUNygruomGiJL"' },
      { text: 'char livestorm_token[] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZDJmOWE4MWM0ZTciLCJpYXQiOjE3MTgwMDAwMDAsInNjb3BlIjoicHJvamVjdCJ9.F6vMX6WyKYHbOozQKHEQ3x21N4TYEvyUNygruomGiJL";', path: 'src/webinar.c', why: 'a C array' },
      { text: 'livestorm:\n  api_token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZDJmOWE4MWM0ZTciLCJpYXQiOjE3MTgwMDAwMDAsInNjb3BlIjoicHJvamVjdCJ9.F6vMX6WyKYHbOozQKHEQ3x21N4TYEvyUNygruomGiJL', path: 'config/webinars.yml', why: 'a YAML mapping named after the vendor' },
    ],
    negative: [
      { text: 'LIVESTORM_API_TOKEN="<livestorm-api-token>"', why: 'placeholder' },
      { text: 'LIVESTORM_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

export const lemonsqueezyApiKey: Detector = vendorJwt({
  id: 'lemonsqueezy-api-key',
  title: 'Lemon Squeezy API key',
  vendor: 'Lemon Squeezy',
  names: ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy'],
  remediation: rotate('Lemon Squeezy', 'Settings > API'),
  examples: {
    positive: [
      { text: 'LEMONSQUEEZY_API_KEY=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiIxIiwianRpIjoiZTRiOWE3IiwiaWF0IjoxNzE5NDEyMDAwLCJzdWIiOiI3MyIsInNjb3BlcyI6W119.apUbyX0bSQL7vjBk-EVDIb6P7m84Dr4SKtoyQz1LbXhKJX09LCE6L2RSPELAJMsCbJQX-xiwDFijIiFS0UMbMgcGUfY_KBvvlH9-qRJyWk50nqLU2T0CqE3itm8NKhUasjeXZcLt3SvSwSr6Cm7hOTKjMnzpTwJqqgGKwLT2qEtA-ALJyhayAu0c3csQUIp-eKq008yCwkl_nxW79eCe47AN3xUHo3D57JRym7_IWVZ1zCQi8WTctKfFIX4_hhjeMr_Zc5a9LG55UL674iVQiDTGZcGtDtEE6OdW5eg4fBkq7DwzCLfKLlg9MFRdnKcNyuX-0Oy6CRpU6QonXoBElg' },
      { text: "lemonsqueezy_api_key = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZDJmOWE4MWM0ZTciLCJpYXQiOjE3MTgwMDAwMDAsInNjb3BlIjoicHJvamVjdCJ9.KHKxq0Q6sKzOvsjPH0blVbJFMi8U09Dch58n568dkOYxZZPJarAMMdb-aH4BlcMn7bZ_Ga1mdsJD_DUXBXuZY3iXOA1Td6dFWFO5ct8NCRxjPZU9XVkYWUeOrxOXpIBXPiFqWsztMlKJSvBS1c9Pb6HjlT7kraWRBxkcvAQqKNJn8w9bDu268gOk9D8MrhzCcAhGlK38a3I1BK78XHpmC5bFoU2v3sfgKlIMO1vnxz-IOZf1HBW2ObPgJ_jr3wkcVXjoVHOCCHt7sMgounTNqScLD0PZTRs6kbWOXwJDUcy6-5TwTTyO-eYSL-sQ_20FKgVXxVCoZmqbEvu1RctHVv'" },
    ],
    negative: [
      { text: "lemonSqueezySetup({ apiKey: process.env.LEMONSQUEEZY_API_KEY });", why: 'a reference' },
      { text: 'LEMONSQUEEZY_API_KEY=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9', why: 'a header alone' },
    ],
  },
});

// Ghost Admin API keys: the key id (24 hex), ':', and the secret (64 hex) that signs the short-lived JWTs
// of the Admin API (write access to the site). Content API keys (26 hex) are public and not reported.
export const ghostAdminApiKey: Detector = patternDetector({
  id: 'ghost-admin-api-key',
  title: 'Ghost Admin API key',
  vendor: 'Ghost',
  severity: 'high',
  keywords: ['ghost'],
  pattern: /(?<![A-Za-z0-9:])(?<secret>[0-9a-f]{24}:[0-9a-f]{64})(?![A-Za-z0-9:])/,
  minEntropy: 3.2,
  priority: 50,
  remediation:
    'Regenerate the Admin API key of the custom integration under Settings > Integrations in Ghost Admin (or ' +
    'delete the integration) and keep the new key in GHOST_ADMIN_API_KEY from a secret store.',
  examples: {
    positive: [
      { text: 'GHOST_API_URL=https://blog.acme.dev\nGHOST_ADMIN_API_KEY=02c4ff38e13467a73003e6e4:2a9477c3f1394ea40ebbb47c8c06312e5e535989a5d7e516fbdaba9c7d722572', path: '.env' },
      { text: "const api = new GhostAdminAPI({\n  url: 'https://blog.acme.dev',\n  key: 'bcfdbf7a2c16f570a9d6a96f:bded706fda11d5280a84d6fafee1a1e15e7761c67c370b075a53d5d1e518e487',\n  version: 'v5.0',\n});", path: 'scripts/publish.js' },
    ],
    negative: [
      { text: 'GHOST_CONTENT_API_KEY=acbdb11b8f1fdee501bcf98571', why: 'the Content API key is public' },
      { text: 'GHOST_ADMIN_API_KEY=02c4ff38e13467a73003e6e4:2a9477c3f1394ea40ebbb47c8c06312e5e535989a5d7e516fbdaba9c7d72257', why: '63 hex in the secret' },
      { text: 'ETAG=02c4ff38e13467a73003e6e4:2a9477c3f1394ea40ebbb47c8c06312e5e535989a5d7e516fbdaba9c7d722572', why: 'no Ghost name near' },
    ],
  },
});

// Liveblocks secret keys: sk_prod_ or sk_dev_ and 64 characters of letters, digits, '_' and '-'. The
// prefix alone is not Liveblocks' own, so the file must name Liveblocks; the pk_ public keys are not reported.
export const liveblocksSecretKey: Detector = patternDetector({
  id: 'liveblocks-secret-key',
  title: 'Liveblocks secret key',
  vendor: 'Liveblocks',
  severity: 'high',
  keywords: ['sk_prod_', 'sk_dev_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk_(?:prod|dev)_[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: (_secret, _m, text) => /liveblocks/i.test(text),
  priority: 50,
  remediation:
    "Roll the project's secret key on the API keys page of the Liveblocks dashboard and update the auth " +
    'endpoint with the new one; keep it in LIVEBLOCKS_SECRET_KEY from a secret store.',
  examples: {
    positive: [
      { text: 'NEXT_PUBLIC_LIVEBLOCKS_PUBLIC_KEY=pk_dev_J2ov5Uyc0S0kvSsg7O8pwx3cLxRcvRN5lIWmtRsGrmWwwTnQY1a2UXQkPSa7ChNh\nLIVEBLOCKS_SECRET_KEY=sk_dev_j34BXW_T3BCVby8Wgj_ctFkze_qTH3v7WPxqt1p3nqZx-wWhEk83YsJ0-TmAhiKR', path: '.env.local' },
      { text: "import { Liveblocks } from '@liveblocks/node';\n\nconst liveblocks = new Liveblocks({ secret: 'sk_prod_fLw4_ZjGPqzmD5zUzU0BEx_0y9ttenxILZZpg2TfKEKhKOMM9KNigA3bxHAIZHXE' });", path: 'app/api/liveblocks-auth/route.ts' },
    ],
    negative: [
      { text: 'LIVEBLOCKS_SECRET_KEY=sk_dev_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: 'LIVEBLOCKS_SECRET_KEY=sk_dev_j34BXW_T3BCVby8Wgj_ctFkze_qTH3v7WPxqt1p3nqZx-wWhEk83YsJ0-TmAhiK', why: '63 characters' },
      { text: 'PAYMENTS_KEY=sk_prod_j34BXW_T3BCVby8Wgj_ctFkze_qTH3v7WPxqt1p3nqZx-wWhEk83YsJ0-TmAhiKR', why: 'no Liveblocks in the file' },
    ],
  },
});

// Loggly customer tokens (UUIDs) in the URL of the HTTP/S event endpoint: logs-01.loggly.com/inputs/<token>/….
export const logglyInputUrl: Detector = patternDetector({
  id: 'loggly-input-url',
  title: 'Loggly customer token in an input URL',
  vendor: 'Loggly',
  severity: 'medium',
  keywords: ['loggly.com/'],
  pattern: /loggly\.com\/(?:inputs|bulk)\/(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/i,
  minEntropy: 3,
  priority: 50,
  remediation:
    'Create a new customer token under Source Setup > Customer Tokens in Loggly, move the log shippers to it and ' +
    'delete the exposed one; build the URL from a token kept in the environment.',
  examples: {
    positive: [
      { text: 'curl -H "content-type:text/plain" -d "deploy finished" https://logs-01.loggly.com/inputs/28b9d5d6-7a8b-460d-9b33-7712156c3a58/tag/http/', path: 'scripts/notify.sh' },
      { text: "LOGGLY_URL = 'https://logs-01.loggly.com/bulk/57f15749-c0ef-453b-a19f-0d338cbc577a/tag/bulk/'", path: 'app/logging.py' },
    ],
    negative: [
      { text: 'https://logs-01.loggly.com/inputs/TOKEN/tag/http/', why: 'the documentation placeholder' },
      { text: 'https://logs-01.loggly.com/inputs/28b9d5d6-7a8b-460d-9b33-7712156c3a5/tag/http/', why: 'a UUID one digit short' },
    ],
  },
});

/**
 * SaaS and web-API vendors D–L: the prefixed tokens above, keys of the existing Datadog, HubSpot and Jira
 * modules that are known by name, then the catalogue of keys known by the vendor's name (kit/vendor-token.ts).
 */
// DocuSign apps: an integration key (a UUID, the OAuth client id, public) and secret keys (UUIDs too) for the
// authorization-code grant. Only a value under a secret-key name is reported; the RSA key of the JWT grant is
// a PEM block, found by the private-key detectors.
export const docusignSecretKey: Detector = namedSecret({
  id: 'docusign-secret-key',
  title: 'DocuSign integration secret key',
  vendor: 'DocuSign',
  names: ['docusign'],
  kind: /secret/,
  bareNames: ['secretkey', 'clientsecret', 'integrationsecret'],
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  after: '[A-Za-z0-9-]',
  severity: 'high',
  remediation:
    'Delete the secret key on the app\'s page in DocuSign (Apps and Keys > the app > Secret Keys) and add a new one; ' +
    'keep it in a secret store, never in the client.',
  examples: {
    positive: [
      { text: 'DOCUSIGN_INTEGRATION_KEY=6c952fe3-da0a-441d-b2cf-15b915c0bd76\nDOCUSIGN_SECRET_KEY=10179b9b-e4b2-49ac-bcba-3101bd10cfba', path: '.env' },
      { text: "docusign:\n  integration_key: e5d44c24-309b-4cae-99d6-9e196a2c3ec4\n  secret_key: a03e48cf-c5ee-4f1f-a58e-2ad1addb82bb", path: 'config/esign.yml' },
    ],
    negative: [
      { text: 'DOCUSIGN_INTEGRATION_KEY=6c952fe3-da0a-441d-b2cf-15b915c0bd76', why: 'the integration key is the public client id' },
      { text: 'DOCUSIGN_ACCOUNT_ID=5d5206a7-95fd-4a41-96b6-e50f11d2b7de', why: 'an account id' },
      { text: 'DOCUSIGN_SECRET_KEY=10179b9b-e4b2-49ac-bcba-3101bd10cfb', why: 'short last group' },
    ],
  },
});

// Duo applications: an integration key (ikey: 'DI' and 18 upper-case letters and digits, an id), a secret key
// (skey: 40 letters and digits) and an API hostname (api-XXXXXXXX.duosecurity.com). Only the secret key is
// reported, under a name that says so (`DUO_SECRET_KEY`, `skey` in a [duo] section, `client_secret` near Duo).
export const duoSecretKey: Detector = namedSecret({
  id: 'duo-secret-key',
  title: 'Duo integration secret key',
  vendor: 'Duo',
  names: ['duosecurity', '[duo]', 'duo_', 'duo-', 'duo.', 'duoskey', 'duosecret', 'duoapi', 'duoadmin', 'duoauth', 'duoclient'],
  kind: /skey|secret/,
  bareNames: ['skey', 'secretkey', 'clientsecret', 'secret'],
  value: '[A-Za-z0-9]{40}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  minEntropy: 3.5,
  remediation:
    'Reset the secret key on the application\'s page in the Duo Admin Panel (Applications > the application > Reset ' +
    'Secret Key) and update the integration (pam_duo, duo_universal, Admin API client) from a secret store.',
  examples: {
    positive: [
      { text: '[duo]\nikey = DI7ISYNQHMLZKN52Z6BV\nskey = nBN6tDsxQUuQGv5qU1sTrl2cudffbsjwOYRtvOAQ\nhost = api-4f2a91c3.duosecurity.com\n', path: 'etc/duo/pam_duo.conf' },
      { text: 'DUO_CLIENT_ID=DIVMV3KUVMRA18CY04UP\nDUO_CLIENT_SECRET=ERecfjkWmeFuEyBzd86vpoJJNJbqkdDdrD8OfbSm\nDUO_API_HOST=api-4f2a91c3.duosecurity.com', path: '.env' },
    ],
    negative: [
      { text: '[duo]\nikey = DI7ISYNQHMLZKN52Z6BV\nhost = api-4f2a91c3.duosecurity.com\n', why: 'the integration key and host alone' },
      { text: 'DUO_CLIENT_SECRET=ERecfjkWmeFuEyBzd86vpoJJNJbqkdDdrD8OfbS', why: '39 characters' },
      { text: "duo_client.Admin(ikey='DI7ISYNQHMLZKN52Z6BV', skey=os.environ['DUO_SKEY'], host='api-4f2a91c3.duosecurity.com')", why: 'read from the environment' },
      { text: "actual = duo_client.client.sign(\n    sig_version=2,\n    ikey=ikey,\n    skey='gtdfxv9YgVBYcF6dl2Eq17KUQJN2PLM2ODVTkvoT',\n)", path: 'tests/test_client.py', why: "the signing test vector of Duo's SDKs, copied into every port" },
    ],
  },
});

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// Keycloak confidential clients: the client secret (32 letters and digits on current servers, a UUID on older
// ones) in the adapter's keycloak.json (`"credentials": { "secret": … }`, next to `auth-server-url` or `realm`),
// in Spring's `keycloak.credentials.secret`, or after a Keycloak name (`KEYCLOAK_CLIENT_SECRET=`).
export const keycloakClientSecret: Detector = withVendorForms(
  patternDetector({
    id: 'keycloak-client-secret',
    title: 'Keycloak client secret',
    vendor: 'Keycloak',
    severity: 'high',
    keywords: ['"credentials"', 'keycloak.credentials.secret'],
    pattern: new RegExp(
      String.raw`(?:(?<json>"credentials"\s{0,8}:\s{0,8}\{\s{0,8}"secret"\s{0,8}:\s{0,8}")|keycloak\.credentials\.secret[ \t]{0,3}[=:][ \t]{0,3}["']?)` +
        String.raw`(?<secret>${UUID}|[A-Za-z0-9]{32})(?![A-Za-z0-9-])`,
    ),
    minEntropy: 3,
    validate: (secret, m, text) =>
      /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && (m.groups?.['json'] === undefined || /auth-server-url|"realm"|keycloak/i.test(around(text, m, 600, false))),
    remediation:
      'Regenerate the client secret in the Keycloak admin console (Clients > the client > Credentials > Regenerate) ' +
      'and give it to the application from the environment or a secret store, not keycloak.json in the repository.',
    examples: {
      positive: [
        { text: '{\n  "realm": "northwind",\n  "auth-server-url": "https://sso.northwind.io/",\n  "resource": "orders-api",\n  "credentials": {\n    "secret": "VppfgPZY9uvLIe3HY56LBmdi63AqOkOs"\n  }\n}', path: 'src/main/resources/keycloak.json' },
        { text: 'keycloak.realm=northwind\nkeycloak.resource=orders-api\nkeycloak.credentials.secret=219e432f-c0de-4c35-930c-fd1b550c2da0', path: 'src/main/resources/application.properties' },
        { text: 'KEYCLOAK_CLIENT_SECRET=mn5BAeG3ryo9GWvonVnlPPF0HNH9ZrJS', path: '.env' },
      ],
      negative: [
        { text: '{\n  "type": "service_account",\n  "credentials": {\n    "secret": "LfvJhqs3xx5Wfx58nnDlKC8JaoUhi7u8"\n  }\n}', path: 'deploy/creds.json', why: 'no Keycloak adapter setting near' },
        { text: 'keycloak.credentials.secret=${KEYCLOAK_SECRET}', why: 'a reference' },
        { text: 'KEYCLOAK_CLIENT_ID=orders-api', why: 'the client id' },
      ],
    },
  }),
  { names: ['keycloak'], token: [{ alphabet: 'alnum', length: 32 }, { alphabet: 'uuid' }] },
);

// Hygraph (formerly GraphCMS) permanent auth tokens: RS256 JWTs issued by https://management.graphcms.com/
// (audience the project's content API and the management API). The prefilter keys are the issuer's host
// base64-encoded at each byte alignment (graphcms and hygraph), so only files holding such a payload are read.
// Priority 60 over the generic JWT detector.
export const hygraphPermanentAuthToken: Detector = patternDetector({
  id: 'hygraph-permanent-auth-token',
  title: 'Hygraph permanent auth token',
  vendor: 'Hygraph',
  severity: 'high',
  priority: 60,
  keywords: [
    'bwfuywdlbwvudc5ncmfwagntcy5jb2', '1hbmfnzw1lbnquz3jhcghjbxmuy29t', 'tyw5hz2vtzw50lmdyyxboy21zlmnvb',
    'bwfuywdlbwvudc5oewdyyxbolmnvb', '1hbmfnzw1lbnquahlncmfwac5jb2', 'tyw5hz2vtzw50lmh5z3jhcgguy29t',
  ],
  pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${JWT_SOURCE})(?![A-Za-z0-9_.-])`),
  validate: (secret) => {
    const iss = jwtClaims(secret)?.['iss'];
    return typeof iss === 'string' && /^https:\/\/management\.(?:graphcms|hygraph)\.com\/?$/.test(iss);
  },
  remediation:
    'Delete the token under Project settings > Permanent Auth Tokens in Hygraph and create a new one with only the ' +
    'content and management permissions it needs; keep it on the server (HYGRAPH_TOKEN).',
  examples: {
    positive: [
      { text: 'HYGRAPH_TOKEN=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImdjbXMtbWFpbi1wcm9kdWN0aW9uIn0.eyJ2ZXJzaW9uIjozLCJpYXQiOjE3MDM4NTI3ODIsImF1ZCI6WyJodHRwczovL2FwaS1ldS1jZW50cmFsLTEtc2hhcmVkLWV1YzEtMDIuaHlncmFwaC5jb20vdjIvY3EzdzhlM3o1a210aG11bGo5dGtjbmVyaS9tYXN0ZXIiLCJodHRwczovL21hbmFnZW1lbnQtbmV4dC5ncmFwaGNtcy5jb20iXSwiaXNzIjoiaHR0cHM6Ly9tYW5hZ2VtZW50LmdyYXBoY21zLmNvbS8iLCJzdWIiOiJjZTgyMTE2YS0wYmQ2LTRjNzItODhmZi05MDkzZjVhNDZiNjIiLCJqdGkiOiJkODFtaW1jdnowb205bHgxZWs3dnlzYWtzIn0.50-jhWGnTp861GOVsE9D4Y3BpLvxnMHEKjLIuT3tXEDkMgZ_SU73fe6zjl9wkQxvcP7vG-g4xJMAUyMpkOPLI6ej1E88CJRW8XoxBy0v0r7hITAIbCDj1b1AydWx0LUqlEnCfmQcrRWiyasVmIxRNLy2CmAGeyOyOPf60kIrla1KqurFbMbWGLVfv2alb67JeGeuwl73wHTwsyMZVxA6c0vfNUGn84RuHH8ygSSAq_ATKZfcKEnnx-IR2_QZDaqbp7XlApGVZgKaGBqvAHzIeOU9sY1jsotbBFaZgg2Pk-KmR1aY-WavxKvcTyF00mOA88uzIHXppx34cw6KRF3fR4', path: '.env' },
      { text: "const client = new GraphQLClient(endpoint, { headers: { Authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImdjbXMtbWFpbi1wcm9kdWN0aW9uIn0.eyJ2ZXJzaW9uIjozLCJpYXQiOjE3MDg2NDM3ODEsImF1ZCI6WyJodHRwczovL2FwaS1ldS1jZW50cmFsLTEtc2hhcmVkLWV1YzEtMDIuaHlncmFwaC5jb20vdjIvOTNzMHl1bzg4bHFndHRnMWVjYWY4aXd6ZC9tYXN0ZXIiLCJodHRwczovL21hbmFnZW1lbnQtbmV4dC5ncmFwaGNtcy5jb20iXSwiaXNzIjoiaHR0cHM6Ly9tYW5hZ2VtZW50LmdyYXBoY21zLmNvbS8iLCJzdWIiOiI1MjIzMzdiMy1iNzFkLTQ4MGEtYTkwMS05NDVlNjgwYzA4MGEiLCJqdGkiOiJmZjVwOHM2dzV6cTBwNTBqNzdrc2x6em5hIn0.D7c7PwPm9_he4A95bgBBw0zKUWqGpgxBj1pwRXayOg9HAqBeAJ6--TdvHHha0gFeNOoib_iePsSMMJQ9-l02290dR9zQV7kUQnbukhLp7Smr0DrTwlYHbb5D0FoWp27x_KaaNXLsEja0C6XA_D7aYD1-wHlkdo87dntu4jqYcuF6ftqAeflsH3OWARjaXxR4SRS__CvEq8VAkeH5rXZQqvS2INNpYk5SbhvHhyLoYYn77Txqh_Zfol2AZ8FDojqDI0tavaBiJa2t0JXXr0SUKMqgbknDCAsdnJ3Mrtz8XbDx6BSdFZhv_7jsUyMcRcCUNn41f3RFO40LonYnvAMF54' } });", path: 'lib/cms.ts' },
    ],
    negative: [
      { text: 'AUTH_TOKEN=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS1hcHAuaW8vIiwiYXVkIjoiaHR0cHM6Ly9tYW5hZ2VtZW50LW5leHQuZ3JhcGhjbXMuY29tIiwic3ViIjoiMTg2YjJiMzItNDg4MS00NjZhLWFkZmUtYmM2OWNmYjdmYjcwIn0.MXKeqz3sFZsHv4sipjLRA6WsJbKcB8pikRZEpm7h_s6juVZf0FpvCiVDfYfySED29CYRTpObAp391lozxbVGWm-Ehpiw1UObz8qhnm1LbidVUvG_oOsroq0TwWo0NYdpPMRN6pPv-HclyVkEiQtvS8i6P_6XshEH6TSAt76Bqj7iCnf_x8UUu55BMwOCmQuwRTKs92kDVY2gStOdQU6OBk1rsHKsMD9J2uuKIOS6v_0TX7iGin9HG0m1AXI5x2_lfJDQcUSk2fVU6f7uTWCFpNjQn8_a5vwEj2vXXSaYBONYEKEwlPCjakj_hURWigXz6bQxaXuSg-cUwSbWtt1Q76', why: 'another issuer, though its audience names Hygraph' },
      { text: 'HYGRAPH_TOKEN=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ...', why: 'placeholder' },
    ],
  },
});

export const saasVendorsDL: readonly Detector[] = [
  hygraphPermanentAuthToken,
  datadogKeyNearName,
  dropboxAccessToken,
  dropboxLongLivedToken,
  duffelApiToken,
  dynatraceApiToken,
  easypostApiKey,
  everhourApiKey,
  fleetbaseApiKey,
  flexportApiKey,
  ghostAdminApiKey,
  flightlabsApiKey,
  formbucketApiToken,
  formioApiToken,
  frameioApiToken,
  frontApiToken,
  hubspotApiKey,
  intra42ClientSecret,
  jiraApiToken,
  lemonsqueezyApiKey,
  liveblocksSecretKey,
  livestormApiToken,
  logglyInputUrl,
  docusignSecretKey,
  duoSecretKey,
  keycloakClientSecret,
  ...vendorTokens([
    {
      id: 'hibp-api-key',
      title: 'Have I Been Pwned API key',
      vendor: 'Have I Been Pwned',
      names: ['haveibeenpwned', 'hibp'],
      // 32 hex, sent as the hibp-api-key header
      token: { alphabet: 'hex', length: 32 },
      severity: 'medium',
      remediation:
        'Regenerate the key on haveibeenpwned.com/API/Key (the dashboard of the subscription) and keep the new one in ' +
        'the environment or a secret store.',
      examples: {
        positive: [
          { text: 'HIBP_API_KEY=0caec016537e0b44f1862f83d6cd29c0', path: '.env' },
          { text: "headers = {'hibp-api-key': '9b4f09c25e98411d76ba841da1632255', 'user-agent': 'breach-check'}", path: 'tools/breach.py' },
        ],
        negative: [
          { text: 'HIBP_API_KEY=0caec016537e0b44f1862f83d6cd29c', why: '31 hex' },
          { text: 'haveibeenpwned_range_sha1 = "af8e05071dd2d904032b052805a22e9e"', why: 'no key-like word' },
        ],
      },
    },
    {
      id: 'dandelion-api-token', title: 'Dandelion API token', vendor: 'Dandelion', names: ['dandelion'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'DANDELION_TOKEN=mhxt3dzybnsfemro8a6iiu8yoypbqdr1', path: '.env' }, { text: 'dandelion_api_token: "bjyc2ajmu7jgvwsw18hy8jxls9gfkkbs"', path: 'config.yml' }],
        negative: [{ text: 'DANDELION_TOKEN=wmuosgr51un7itn1g4f44a6cvio4ahm', why: '31 characters' }],
      },
    },
    {
      id: 'dareboost-api-key', title: 'Dareboost API key', vendor: 'Dareboost', names: ['dareboost'],
      token: { alphabet: 'alnum', length: 60 },
      examples: {
        positive: [{ text: 'DAREBOOST_API_KEY=BbW6ZtVstT390hfi4qaV5nK8Wlr70LJ1Eib8X6tYFsZiw27KVu2L7OrJklZc', path: '.env' }, { text: "const dareboost = { token: 'C4p7g31x5fem54Pl1IL7hvOnAiFoAllxKUUQGGHSsxwD5JXoIL1QrIjiLCHR' };" }],
        negative: [{ text: 'DAREBOOST_API_KEY=JGadZtDHQh6gvw7dqljxJWDhhXi6bXVaUvbW3UaB3aHQU8wpRQU2BIGuJDX', why: '59 characters' }],
      },
    },
    {
      id: 'databox-api-token', title: 'Databox API token', vendor: 'Databox', names: ['databox'],
      token: { alphabet: 'alnum', length: 21 },
      examples: {
        positive: [{ text: 'DATABOX_TOKEN=FwJXS39L5qAjm1pPrVqfQ', path: '.env' }, { text: "client = Databox('GQEZX80SA8cyfKyhxe8pc')" }],
        negative: [{ text: 'DATABOX_TOKEN=jGUcuSNxD56Vp0EWzWUO', why: '20 characters' }],
      },
    },
    {
      id: 'datagov-api-key', title: 'api.data.gov API key', vendor: 'api.data.gov', names: ['data.gov', 'data_gov', 'datagov_', 'datagov-'], compoundNames: ['datagov'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'DATA_GOV_API_KEY=W1R4sv52NBCtsNqGFRxMKh4aEtdI41Ykchn2XMl8', path: '.env' }, { text: 'curl "https://api.data.gov/ed?api_key=DPhC8kiwYWDv0DfQbVVvaBHZzztLnakU8G1voPb4"' }],
        negative: [{ text: 'DATA_GOV_API_KEY=L4OqQN1EeidgcHOpuUZmtyCdVdqF5zqPjpolzXs', why: '39 characters' }],
      },
    },
    {
      id: 'debounce-api-key', title: 'DeBounce API key', vendor: 'DeBounce', names: ['debounce.io', 'debounceio', 'debounce_api', 'debounce-api'],
      compoundNames: ['debounce'],
      token: { alphabet: 'alnum', length: 13 },
      examples: {
        positive: [{ text: 'DEBOUNCE_API_KEY=rcfFuvjPk5Qdg', path: '.env' }, { text: 'curl "https://api.debounce.io/v1/?api=Sd5oW5gBtpEEt&email=a@b.c"' }, { text: 'DEBOUNCE_KEY=eygie3YzlO7c9', path: '.env' }],
        negative: [{ text: 'const debounced = debounce(fn, 300); const key = "2NCeg1OC4vxzM";', why: 'the debounce function, not the vendor' }, { text: 'const debounceKeystrokes = "mjZw7AoTzAbsO";', path: 'src/search.js', why: 'debounce glued to a longer word' }],
      },
    },
    {
      id: 'delighted-api-key', title: 'Delighted API key', vendor: 'Delighted', names: ['delighted'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'DELIGHTED_API_KEY=j4Bpsd6gtfjOCXEB0jsIHexgMo7YCuMc', path: '.env' }, { text: "Delighted.api_key = 'lYfcZa0zRtRFpA5NOXXqyewn9inEPjca'" }],
        negative: [{ text: 'DELIGHTED_API_KEY=tGekvomNZm50jYPt46her5pRnbQXGV8', why: '31 characters' }],
      },
    },
    {
      id: 'detectify-api-key', title: 'Detectify API key', vendor: 'Detectify', names: ['detectify'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'DETECTIFY_API_KEY=a86c80794a6692521b92df616a8fd797', path: '.env' }, { text: 'curl -H "X-Detectify-Key: 1Kj78CVFMteJzPMJWeJALt9bODLvYU1j" https://api.detectify.com/rest/v2/domains/' }],
        negative: [{ text: 'DETECTIFY_API_KEY=68fe512945b11d5f7b0af1d69ca5535a4', why: '33 characters' }],
      },
    },
    {
      id: 'detectlanguage-api-key', title: 'Detect Language API key', vendor: 'Detect Language', names: ['detectlanguage', 'detect_language'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'DETECTLANGUAGE_API_KEY=z4qkpmq6rgobi2inn8s8jxhvdybuxg37', path: '.env' }, { text: "detectlanguage.configuration.api_key = '4m99qwlguqlgtpejbs1pfskjyxrcl5u4'" }],
        negative: [{ text: 'DETECTLANGUAGE_API_KEY=r9xj6uyyc08r8ysk40prhijthxeq7yc', why: '31 characters' }],
      },
    },
    {
      id: 'dfuse-api-key', title: 'dfuse API key', vendor: 'dfuse', names: ['dfuse'],
      token: [{ alphabet: 'hex', length: 32, prefix: 'web_' }, { alphabet: 'hex', length: 32, prefix: 'server_' }],
      examples: {
        positive: [{ text: 'DFUSE_API_KEY=web_d727d810c3577723d2281fbde1984118', path: '.env' }, { text: "const client = createDfuseClient({ apiKey: 'server_6c48301a1df6f92a93632385a082ba19', network: 'mainnet' })" }],
        negative: [{ text: 'DFUSE_API_KEY=web_27488a82ae1557482d8e46849b17a2d', why: '31 hex' }, { text: 'asset = "web_a5dafcf6f49373e5ea3a4820d329782a.js"', why: 'no vendor name' }],
      },
    },
    {
      id: 'diffbot-api-token', title: 'Diffbot API token', vendor: 'Diffbot', names: ['diffbot'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'DIFFBOT_TOKEN=0fc45132f969f3c75c7f2cadf7c1af88', path: '.env' }, { text: 'https://api.diffbot.com/v3/article?token=df18d47e4def5feb93d9a398c091b20d&url=x' }],
        negative: [{ text: 'DIFFBOT_TOKEN=12902d394fa6952c68e878ae66ad95f', why: '31 characters' }],
      },
    },
    {
      id: 'diggernaut-api-key', title: 'Diggernaut API key', vendor: 'Diggernaut', names: ['diggernaut'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'DIGGERNAUT_API_KEY=7549d4a9f3ec7e2226875ae99b7734a014b4a32e', path: '.env' }, { text: 'diggernaut_token: ei4hquwipkoz99dljrq60y0g2ui19j4edxwg51j4', path: 'config.yml' }],
        negative: [{ text: 'DIGGERNAUT_API_KEY=0c7c2a1eb37248e857e22e54fda309d4db84dfc', why: '39 characters' }],
      },
    },
    {
      id: 'disqus-api-secret', title: 'Disqus API secret', vendor: 'Disqus', names: ['disqus'],
      token: { alphabet: 'alnum', length: 64 },
      examples: {
        positive: [{ text: 'DISQUS_SECRET_KEY=kOJ4j1eE8MqHWXFuCQyHW5BjKPUqkhzXkvFYTjkyUs88b09HGZM1bDUMxIJXEy7E', path: '.env' }, { text: "DISQUS_API_SECRET = 'a3ZDDk4HIjq4meAG0ijQfrxM1CA322JdNdVXScBmLyPnHhyEXVFD8P4CTIrm8303'", path: 'settings.py' }],
        negative: [{ text: 'DISQUS_SECRET_KEY=8Sc0ESpVHubzvy6n7jH5p9EdKzCQfgbRPZuPUhPdhHsmRphn3LhldruKd5Aj7nU', why: '63 characters' }],
      },
    },
    {
      id: 'ditto-api-key', title: 'Ditto API key', vendor: 'Ditto', names: ['dittowords', 'ditto_api', 'ditto-api', 'ditto_key', 'ditto_token', 'ditto_secret'], compoundNames: ['ditto'],
      token: { alphabet: 'token', length: 77 },
      examples: {
        positive: [{ text: 'DITTO_API_KEY=2cc1faa2-3aa4-4e9c-85eb-86d3fe5527ac.be13376059c46c784aed25da20a3affd1c507213', path: '.env' }, { text: 'ditto-api-key: "52730567-f036-45d8-a318-bfe7784a8f24.38a201fdbeba6aa8d1ff23ab238acd2037e16699"', path: 'ditto/config.yml' }],
        negative: [{ text: 'DITTO_API_KEY=b2a61f59-d9ec-4eac-b131-0d47811889af.79ae56d06acda2cc15791e383de6d98cd8a1034', why: '76 characters' }],
      },
    },
    {
      id: 'docparser-api-key', title: 'Docparser API key', vendor: 'Docparser', names: ['docparser'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [{ text: 'DOCPARSER_API_KEY=383bff791bfa2540a2aec03e878e5dab8b662bb6', path: '.env' }, { text: "client = docparser.Client('0dcd457030749d70664f2447f6ecfeeae0501b6c')" }],
        negative: [{ text: 'DOCPARSER_API_KEY=781f60e0dd11abf86194195410b7b6d62c86380', why: '39 hex' }],
      },
    },
    {
      id: 'dronahq-api-key', title: 'DronaHQ API key', vendor: 'DronaHQ', names: ['dronahq'],
      token: { alphabet: 'lower-alnum', length: 50 },
      examples: {
        positive: [{ text: 'DRONAHQ_API_KEY=zstsw6l7i4kr94dukp1in2e0vpfngjvemysuffg0zkrlb9a2d4', path: '.env' }, { text: 'dronahq_token: "jlise37vc2frk4byfl9vfh1k1vkns6bh7vr487z83sr6y9h6hj"', path: 'config.yml' }],
        negative: [{ text: 'DRONAHQ_API_KEY=myfeskqviupgfnvmacz4ak9r4yqwbdhx2uenwgplt0dawb8nx', why: '49 characters' }],
      },
    },
    {
      id: 'dynalist-api-token', title: 'Dynalist API token', vendor: 'Dynalist', names: ['dynalist'],
      token: { alphabet: 'alnum', length: 128 },
      examples: {
        positive: [{ text: 'DYNALIST_TOKEN=85J6It3NxWk8OM2hjIFsSlAZiEdICfQLXvMWTZKathPciGosjVbbbxRdANyAB0sWtBjykyQ10nGV5AqlkYa2UO32V7c1Ksfw6U5xz1s3rqZOPshU17d7R0ZE9rHlRwdg', path: '.env' }, { text: 'dynalist = Dynalist(token="Xg9K1kjVV9jVflu7ciENDtU9wQh1UkeszbMW0z6X9bW8jHanYBDcOCrMzGfYCSW2orGIwUkrFLkwJRy9nwkSwgS9H6T5G0LmxlnVwYv9KVBIBKyg8ycZc8Htm3ceZIw7")' }],
        negative: [{ text: 'DYNALIST_TOKEN=JKYrrwuCpukG3C7TSAu2tVGFDDxnbVXFHLggHxLhDl1WXZBPnEh3n6rctwqVCZeqzzkMp7A2WlSyF4SU7H7obyp2iKxlijzEoWpl5m12Wi1MihV3xOh5ikdyGVqG3ER', why: '127 characters' }],
      },
    },
    {
      id: 'dyspatch-api-key', title: 'Dyspatch API key', vendor: 'Dyspatch', names: ['dyspatch'],
      token: { alphabet: 'alnum', length: 52 },
      examples: {
        positive: [{ text: 'DYSPATCH_API_KEY=ZSOEEO306YR3Z92M5S9WH3BEWCTLP6ZXUZEX8M6DYDVYZAA4DLZJ', path: '.env' }, { text: 'client = DyspatchClient(api_key="SJMB2BANBMVJK8A3O2PQ4TKN5KN3D56MLWXNA1XI70U92KORQARG")' }],
        negative: [{ text: 'DYSPATCH_API_KEY=G9KV9G53OT5BVLCJIC344V6CQHSULM03D066O1P2NA7Y7ZFR6XD', why: '51 characters' }],
      },
    },
    {
      id: 'eagleeyenetworks-api-key', title: 'Eagle Eye Networks API key', vendor: 'Eagle Eye Networks', names: ['eagleeyenetworks', 'eagleeye'],
      token: { alphabet: 'alnum', length: 15 },
      examples: {
        positive: [{ text: 'EAGLEEYE_API_KEY=LLRazN8lpzKDYKS', path: '.env' }, { text: 'eagleeyenetworks api key: WYqM5JTjLWKo2An' }],
        negative: [{ text: 'EAGLEEYE_API_KEY=YSoKzhbi9zokkF', why: '14 characters' }],
      },
    },
    {
      id: 'ecostruxureit-api-key', title: 'EcoStruxure IT API key', vendor: 'EcoStruxure IT', names: ['ecostruxure'],
      token: { alphabet: 'base64', length: [50, 55], prefix: 'AK1' },
      examples: {
        positive: [{ text: 'ECOSTRUXURE_IT_API_KEY=AK1dzf5TMk4eeSaEHc1VCgA7qn1sKGGQuSFGto1gf1q6vpoxhw4YBjZ', path: '.env' }, { text: 'ecostruxure secret: AK10bZRV8bZvi3xhdVbdOgDu6JLSj7fDyHTrfkiYKTktalOyfFl7y' }],
        negative: [{ text: 'ECOSTRUXURE_IT_API_KEY=AK1RleTa0YnK03Fn5qzPVHzZx2soSq2f5oDPPTqQ56ZdMNULhZav', why: 'too short' }],
      },
    },
    {
      id: 'enigma-api-key', title: 'Enigma API key', vendor: 'Enigma', names: ['enigma_api', 'enigma-api', 'enigmaapi'],
      compoundNames: ['enigma'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'ENIGMA_API_KEY=yvhmGnDMZhJ0pHcutMeZ1QtIiAKqFPUGIkvQdnNg', path: '.env' }, { text: 'enigma-api key: iPmJQO2t2wkq5LphObq6JvPan83tKPoaJ9hgHDtU' }, { text: 'ENIGMA_TOKEN=bnHgzf9bbISriereoGCDizHBxSVjlc0MKIbmx9go', path: '.env' }],
        negative: [{ text: 'ENIGMA_API_KEY=SAKwB3TmJ3YxY6V5SqsvTyzUfk8LzuYpxcVwJek', why: '39 characters' }, { text: 'crypto_enigma_key = "n9RbrQyedP02pwvZpm2MUFib6phxgCC4e63wZbKo"', path: 'sim/rotors.py', why: '"enigma" is not the first word of the identifier' }],
      },
    },
    {
      id: 'eraser-api-token', title: 'Eraser API token', vendor: 'Eraser', names: ['eraser.io', 'eraserio', 'eraser_api', 'eraser-api', 'eraser_token', 'eraser_key', 'eraser_secret'], compoundNames: ['eraser'],
      token: { alphabet: 'alnum', length: 22 },
      examples: {
        positive: [{ text: 'ERASER_API_TOKEN=Atk0NIldBhPDgbyVj0Cc7X', path: '.env' }, { text: "eraser_token: 'wgdQmouen1VnlPyAzYMbS6'", path: 'config.yml' }],
        negative: [{ text: 'ERASER_API_TOKEN=GFjLOhaOS4p0gJukti9Dw', why: '21 characters' }, { text: 'const eraser = new Eraser({ size: 12 }); const token = "EFNQtL8Ro0gBVFD7kfgPBm";', why: 'the drawing tool, not the vendor' }],
      },
    },
    {
      id: 'etherscan-api-key', title: 'Etherscan API key', vendor: 'Etherscan', names: ['etherscan'],
      token: { alphabet: 'upper-alnum', length: 34 },
      examples: {
        positive: [{ text: 'ETHERSCAN_API_KEY=T6CW3E47O2PBQXMSN35AWEGH2CIH1Z3VLF', path: '.env' }, { text: "etherscan: { apiKey: 'WAH0TKFMS6IJRP680HH3NH0FVPP3HWA9WW' },", path: 'hardhat.config.ts' }],
        negative: [{ text: 'ETHERSCAN_API_KEY=O670QIPAPWPICKOSJ891A9KGU1YCAFPDO', why: '33 characters' }],
      },
    },
    {
      id: 'ethplorer-api-key', title: 'Ethplorer API key', vendor: 'Ethplorer', names: ['ethplorer'],
      token: { alphabet: 'base64url', length: 19, prefix: 'EK-' },
      examples: {
        positive: [{ text: 'ETHPLORER_API_KEY=EK-ohV0q-dEcUax4-KHW6q', path: '.env' }, { text: 'https://api.ethplorer.io/getAddressInfo/0x0?apiKey=EK-dWmJ3-1NTOU6d-0hiTA' }],
        negative: [{ text: 'ETHPLORER_API_KEY=EK-2t2hF-DQu73ZI-oN5e', why: 'too short' }],
      },
    },
    {
      id: 'etsy-api-key', title: 'Etsy API key', vendor: 'Etsy', names: ['etsy'],
      token: { alphabet: 'lower-alnum', length: 24 },
      examples: {
        positive: [{ text: 'ETSY_API_KEY=jv7a7ccw9apkopo5kl5yb409', path: '.env' }, { text: "etsy_keystring = '9zq260t8gjdytchq8lq75ep5'" }],
        negative: [{ text: 'ETSY_API_KEY=ld0a8jayd0s545v1fcbe1ce', why: '23 characters' }],
      },
    },
    {
      id: 'eventbrite-api-token', title: 'Eventbrite private token', vendor: 'Eventbrite', names: ['eventbrite'],
      token: { alphabet: 'upper-alnum', length: 20 },
      examples: {
        positive: [{ text: 'EVENTBRITE_TOKEN=6H1OHGTQC0718UIH682O', path: '.env' }, { text: "eventbrite = Eventbrite('BMHICPIYHNU74LU5QI4H')" }],
        negative: [{ text: 'EVENTBRITE_TOKEN=E0DC8V9PZYFQFN1R56C', why: '19 characters' }],
      },
    },
    {
      id: 'exchangerateapi-api-key', title: 'ExchangeRate-API key', vendor: 'ExchangeRate-API', names: ['exchangerate'],
      token: { alphabet: 'hex', length: 24 },
      examples: {
        positive: [{ text: 'EXCHANGERATE_API_KEY=e7db47ab1d30255e22d0593d', path: '.env' }, { text: 'fetch(`https://v6.exchangerate-api.com/v6/d10fb6e8fa38cc5cf304d945/latest/USD`)' }],
        negative: [{ text: 'EXCHANGERATE_API_KEY=58bde479dcfae25b65d9d6b', why: '23 hex' }],
      },
    },
    {
      id: 'exchangeratesapi-api-key', title: 'Exchange Rates API key', vendor: 'exchangeratesapi.io', names: ['exchangerates'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'EXCHANGERATES_API_KEY=fyhg4cTPSQYgDwLW90RXVrofYbJzZuIc', path: '.env' }, { text: 'exchangerates access key: 964aa16242da91d0d29e1b28da3cc1da' }],
        negative: [{ text: 'EXCHANGERATES_API_KEY=JWMrDaSfh4jfvEsuAQte6w3BAjkyaLv', why: '31 characters' }],
      },
    },
    {
      id: 'extractorapi-api-key', title: 'ExtractorAPI key', vendor: 'ExtractorAPI', names: ['extractorapi'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'EXTRACTORAPI_KEY=zt8brrx4kw4fdkwn0ikym6seel0rdkcm37oh5huc', path: '.env' }, { text: 'https://extractorapi.com/api/v1/extractor/?apikey=kemmrgmpy4hqlcabxv8ozvwh2b80nrsqaf99geyk&url=x' }],
        negative: [{ text: 'EXTRACTORAPI_KEY=jycaq62l13yxacb0sx0gmo8t6ijiarm4q6fkaiy', why: '39 characters' }],
      },
    },
    {
      id: 'fastforex-api-key', title: 'fastFOREX API key', vendor: 'fastFOREX', names: ['fastforex'],
      token: { alphabet: 'lower-alnum', length: 28 },
      examples: {
        positive: [{ text: 'FASTFOREX_API_KEY=kimms6wxmhknvufzevnfs51jegg2', path: '.env' }, { text: 'https://api.fastforex.io/fetch?api_key=n571ltjlv2vkek1jc174fy5j8zbp' }],
        negative: [{ text: 'FASTFOREX_API_KEY=2ihc0zjpb6i9a9k52xejwuprx6m', why: '27 characters' }],
      },
    },
    {
      id: 'feedier-api-key', title: 'Feedier API key', vendor: 'Feedier', names: ['feedier'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'FEEDIER_API_KEY=V8AS8hb4q7MgPzPxQY3EGqnlT8jXwBzJ', path: '.env' }, { text: 'https://api.feedier.com/v1/carriers?api_key=xHSqsAIPDGWdDrZl9tGryjkwjNfvmJja' }],
        negative: [{ text: 'FEEDIER_API_KEY=aE6zcQsLim7IprOzNwcZRDQQzbSVbDl', why: '31 characters' }],
      },
    },
    {
      id: 'fetchrss-api-key', title: 'FetchRSS API key', vendor: 'FetchRSS', names: ['fetchrss'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'FETCHRSS_API_KEY=iFQR1tqDeB5gmbAXjCA6ri5cc9EmOTp6sDMMWtE8', path: '.env' }, { text: 'http://fetchrss.com/api/v1/list?auth=IYPBn9aV0QEMWa8yHuw5c5rMaeB6hslNk4gZZtzh' }],
        negative: [{ text: 'FETCHRSS_API_KEY=DsvA1I1f4OO460P6Icigom9M9DjmcYilaa9yOhg', why: '39 characters' }],
      },
    },
    {
      id: 'fileio-api-key', title: 'file.io API key', vendor: 'file.io', names: ['fileio', 'file.io', 'file_io'],
      token: { alphabet: 'upper-alnum', length: [39, 40] },
      examples: {
        positive: [{ text: 'FILEIO_API_KEY=EB7041Y18WI4RGGXEEOGP95T8W644602HDEZ88ZM', path: '.env' }, { text: 'file.io api key: "HKQQZKPRMAIH79VDKTA9AQVMEYXFBNPQ8TDOFFV"' }],
        negative: [{ text: 'FILEIO_API_KEY=V7GKH4FA65510EBG5VM9D9Q3483WXT82EUIOXQ', why: '38 characters' }],
      },
    },
    {
      id: 'finage-api-key', title: 'Finage API key', vendor: 'Finage', names: ['finage'],
      token: { alphabet: 'alnum', length: [32, 45] },
      examples: {
        positive: [{ text: 'FINAGE_API_KEY=tQEOZlKGcF9hwg8QpgygZhA6iCNOkNWxEMnt1p', path: '.env' }, { text: 'https://api.finage.co.uk/last?apikey=sQizTZbcbYKKLcJWfmS9z1LKClhAgli8' }],
        negative: [{ text: 'FINAGE_API_KEY=VGwlZobWoDnJ7Kgt7XBATj05uOtzCOe', why: '31 characters' }],
      },
    },
    {
      id: 'financialmodelingprep-api-key', title: 'Financial Modeling Prep API key', vendor: 'Financial Modeling Prep', names: ['financialmodelingprep', 'financial_modeling_prep'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'FINANCIALMODELINGPREP_API_KEY=2Sxx1PffKTojFvzBVE7aX8LR6uXBqPT0', path: '.env' }, { text: 'https://financialmodelingprep.com/api/v3/quote?apikey=rFkxQWmwDJD8F96L6D8XzuIXvHiarNic' }],
        negative: [{ text: 'FINANCIALMODELINGPREP_API_KEY=mMxYYlJtSgiELL4tK0lHnNTd53yMAGx', why: '31 characters' }],
      },
    },
    {
      id: 'findl-api-key', title: 'Findl API key', vendor: 'Findl', names: ['findl_', 'findl.com'], compoundNames: ['findl'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'FINDL_API_KEY=c54b5b14-e2e3-4032-9b6b-0af9773ab021', path: '.env' }, { text: 'findl_token: "828e7f0f-ecd1-4d81-9327-4c8a07987be0"', path: 'config.yml' }],
        negative: [{ text: 'const last = findLast(items, (x) => x.key === "0d85c737-aa4d-4630-9ed5-1e32dc1d5528");', why: 'findLast, not the vendor' }],
      },
    },
    {
      id: 'finnhub-api-key', title: 'Finnhub API key', vendor: 'Finnhub', names: ['finnhub'],
      token: { alphabet: 'lower-alnum', length: 20 },
      examples: {
        positive: [{ text: 'FINNHUB_API_KEY=72guhb62ljqpxkvu4tto', path: '.env' }, { text: "finnhub_client = finnhub.Client(api_key='o12bz9bz4p7l1q7uwgzx')" }],
        negative: [{ text: 'FINNHUB_API_KEY=4xrqrlazjuqk6i13shf', why: '19 characters' }],
      },
    },
    {
      id: 'firecrawl-api-key', title: 'Firecrawl API key', vendor: 'Firecrawl', names: ['firecrawl'],
      token: { alphabet: 'hex', length: 32, prefix: 'fc-' },
      examples: {
        positive: [{ text: 'FIRECRAWL_API_KEY=fc-eb1db6e3c28ca7b667bb70bdf1579d6e', path: '.env' }, { text: 'app = FirecrawlApp(api_key="fc-9fb60f3015bea991bfef0a35607c7f64")' }],
        negative: [{ text: 'FIRECRAWL_API_KEY=fc-7c088da04622cadca88e4933f54793e', why: '31 hex' }, { text: '<div class="fc-064c1c774181bd5efdd433d283f40f58">', why: 'no vendor name' }],
      },
    },
    {
      id: 'fixerio-api-key', title: 'Fixer API key', vendor: 'Fixer', names: ['fixer.io', 'fixerio', 'fixer_api', 'fixer-api'],
      compoundNames: ['fixer'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'FIXER_API_KEY=6a72a1bf18f70b5ea9cd118af3d133c8', path: '.env' }, { text: 'http://data.fixer.io/api/latest?access_key=ab113ebf5694b020c0346dc19ea1da27' }, { text: 'FIXER_ACCESS_KEY=bg0849ue5i1kwcxymmo67bupdxul5pv4', path: '.env' }],
        negative: [{ text: 'FIXER_API_KEY=a3e6a79de876fe627a35dc4e8e64875', why: '31 characters' }, { text: 'autofixer_token = "xg4kwcscrsueg0h5fa06b71hy8mxl6qv"', path: 'lint/config.py', why: 'a longer word ending in "fixer"' }],
      },
    },
    {
      id: 'flatio-api-token', title: 'Flat API token', vendor: 'Flat', names: ['flat.io', 'flat_io', 'flatio_'],
      compoundNames: ['flat'],
      token: { alphabet: 'lower-alnum', length: 128 },
      examples: {
        positive: [{ text: 'FLAT_IO_TOKEN=04b2208bde22a1f01bf846fc1fdaecef6d52e9fcfabbdf022b082c57e807a7707546f2fb409adb17718d155b7d434876d03841dea2ed62d1eae65948e380be4c', path: '.env' }, { text: 'flat.io access token: a3e8deb896c433bfca803a898a329dcf041036e28c579f7ab3b695a25a9ca176edc30559d412df7b3f07751fba2288f98487207bdcc14fdec8902c8306f5dbc9' }, { text: 'flatToken: "nrva8sasqv1l2py2q6sorags63fdr28llpyx6fnkhnwzrgwnzsp2bls8pynougftyyinzrq02g954390f5wydikwj4n5ymfy4kubbev7h52mff24to5akw4xzhatrgym"', path: 'config/scores.yml' }],
        negative: [{ text: 'FLAT_IO_TOKEN=bc533633ea5c8bd5f66fa4dcb8a696c8a5675b194d3495f78b33f0e63e97451167d4a8c4062803462375a0065d3da9a1d8692bf6337911e823c7027328c9ce3', why: '127 characters' }, { text: 'FLAT_KEYS=vimay9jhbl9s56fpdh2drtfiv9fij373d95vspx2xbxgzhfsmidvvs2d4ti7n29g96p7hi9azyitgvx0k1th811dqwv3bdh1xtnc794tf0ho9gv91cykxxda4dz9b0zi', path: '.env', why: 'flat glued to a plural, not a key' }],
      },
    },
    {
      id: 'flickr-api-key', title: 'Flickr API key', vendor: 'Flickr', names: ['flickr'],
      token: [{ alphabet: 'lower-alnum', length: 32 }, { alphabet: 'lower-alnum', length: 16 }],
      examples: {
        positive: [{ text: 'FLICKR_API_KEY=bf3c94787bdff3148955d68785b7ac80', path: '.env' }, { text: "flickr = flickrapi.FlickrAPI('5d464e57917a42c31608f58397aeadc0', secret='0eccbc502d277a70')" }],
        negative: [{ text: 'FLICKR_API_KEY=023a5deb8ab228b414d5ca92b5a2220', why: '31 hex' }],
      },
    },
    {
      id: 'flightapi-api-key', title: 'FlightAPI key', vendor: 'FlightAPI', names: ['flightapi'],
      token: { alphabet: 'lower-alnum', length: 24 },
      examples: {
        positive: [{ text: 'FLIGHTAPI_KEY=f70d73f80832c91077539511', path: '.env' }, { text: 'https://api.flightapi.io/onewaytrip/243ae7273c66c426e75fdece/LHR/LAX/2024-05-20/1/0/0/Economy/USD  # flightapi key' }],
        negative: [{ text: 'FLIGHTAPI_KEY=675a8ed813aecd11f4d9a50', why: '23 characters' }],
      },
    },
    {
      id: 'float-api-token', title: 'Float API token', vendor: 'Float', names: ['float_api', 'floatapi', 'float.com'],
      compoundNames: ['float'],
      token: { alphabet: 'base64', length: [59, 60] },
      examples: {
        positive: [{ text: 'float_api_token: "CefWn7ISvh5K+ZWajwTRZnz3XA5EYHfKWwprzb796s/gRm9DM/zdiiGOkWD"', path: 'config.yml' }, { text: "floatapi.token = 'YGplk8lq/cemGTg6R6M5xoZeCT150MSBIQq++NTo5IzVjClWz5D956xMVv5F'" }, { text: 'FLOAT_ACCESS_TOKEN=E2yFCloJWj89M1npDHhxSHD2EE/awK3C9P8rNGdT+tkA6daXGTm6A2bixGax', path: '.env' }],
        negative: [{ text: 'FLOAT_API_TOKEN=sLsT6CE9/P3FQF+eaBROMTkcvh+CJfpmaM3xaHyCcWFMzxUj5oR/1tWUNf', why: '58 characters' }, { text: 'float_key = 3.4028234663852886e+38; float_token = "FLOAT_LITERAL_1e10"', path: 'src/lexer.c', why: 'a number and a lexer token' }],
      },
    },
    {
      id: 'formcraft-api-key', title: 'FormCraft API key', vendor: 'FormCraft', names: ['formcraft'],
      token: { alphabet: 'alnum', length: 16 },
      examples: {
        positive: [{ text: 'FORMCRAFT_API_KEY=YCHea8emNAPBaF9L', path: '.env' }, { text: "'formcraft_key' => 'UUe62qd8noQY3UII',", path: 'config.php' }],
        negative: [{ text: 'FORMCRAFT_API_KEY=DXZ9Wel8qkBO6Lb', why: '15 characters' }],
      },
    },
    {
      id: 'foursquare-api-key', title: 'Foursquare API key', vendor: 'Foursquare', names: ['foursquare'],
      token: [{ alphabet: 'base64', length: 44, prefix: 'fsq3' }, { alphabet: 'upper-alnum', length: 48 }],
      examples: {
        positive: [{ text: 'FOURSQUARE_API_KEY=fsq3N5BBeNKNqg99YGiIg+5EbXWhnAq9Vu+MelLhO+cJwqmp', path: '.env' }, { text: "foursquare_client_secret = 'Y9IQWAJI71VD3GXCPEWWA1GA67LYC2MVD7MY4918PCZZY69G'" }],
        negative: [{ text: 'FOURSQUARE_CLIENT_SECRET=V5CZT1ZKTSENDT1PXDZ47F34PZQL16VLR3H8GNG01IZK817', why: '47 characters' }],
      },
    },
    {
      id: 'freshdesk-api-key', title: 'Freshdesk API key', vendor: 'Freshdesk', names: ['freshdesk'],
      token: { alphabet: 'alnum', length: 20 },
      examples: {
        positive: [{ text: 'FRESHDESK_API_KEY=hVr20qGwN5cI0bY5JvGP', path: '.env' }, { text: "freshdesk = API('acme.freshdesk.com', 'u8kAep35pDbO4mXJmZ0T')  # api key" }],
        negative: [{ text: 'FRESHDESK_API_KEY=d5q8iYMObIGlCoYc3rB', why: '19 characters' }],
      },
    },
    {
      id: 'fulcrum-api-token', title: 'Fulcrum API token', vendor: 'Fulcrum', names: ['fulcrum'],
      token: { alphabet: 'lower-alnum', length: 80 },
      examples: {
        positive: [{ text: 'FULCRUM_API_TOKEN=8708586bb9267bc9d43a0399046ef96f1d14ed82a513a993ffeb781ee98d983623dbfac37bb90f3e', path: '.env' }, { text: "fulcrum = Fulcrum(key='ec8fa2a8bba224c0f46333fde922a2074ec4721fef418bfed491b47f05a237da256cbddeddb698fd')" }],
        negative: [{ text: 'FULCRUM_API_TOKEN=b6b4eb359cd1ef07473c88284c8d1e6a6e607c642d803d5f2c9b9d89ee087d00c4603e079e829b2', why: '79 characters' }],
      },
    },
    {
      id: 'fullstory-api-key', title: 'FullStory API key', vendor: 'FullStory', names: ['fullstory'],
      token: [
        { alphabet: 'base64', length: [40, 200], prefix: 'na1.' },
        { alphabet: 'base64', length: [40, 200], prefix: 'eu1.' },
        { alphabet: 'base64', length: [60, 200] },
      ],
      examples: {
        positive: [{ text: 'FULLSTORY_API_KEY=na1.Br00Ei9r/fVtrJJ4svllDcZotv4DnKGsVT0n6J2GbGxwEpC7GQBxJGemRRLO6Np4wxEE6XlDr3x3eKY/ICci+v29JZZHXYPJjPic', path: '.env' }, { text: 'fullstory_api_key: "zUYNPeI7Hl/JJpiskWv3v+7o0lC4kDMxU8wxoP9Pje7eHjHRVNDw3Mxmarh910jUmDGKys97l7pQmYMI8GSXJ0qgtJLf49j7"', path: 'config.yml' }],
        negative: [{ text: 'FULLSTORY_API_KEY=na1.PgNEteF320QQrgaFxDi5yOEJ9ztShs', why: 'too short' }],
      },
    },
    {
      id: 'fxmarket-api-key', title: 'FXMarketAPI key', vendor: 'FXMarketAPI', names: ['fxmarket'],
      token: { alphabet: 'base64url', length: 20 },
      examples: {
        positive: [{ text: 'fxmarket_api_key: uJsfigrz6iBeBRc_D7Qq', path: 'config.yml' }, { text: "fxmarket key: '0pQXJL2GCUN90dCDxZb6'" }],
        negative: [{ text: 'FXMARKET_API_KEY=2b08dI7uvMSLUZWVPdy', why: '19 characters' }],
      },
    },
    {
      id: 'geckoboard-api-key', title: 'Geckoboard API key', vendor: 'Geckoboard', names: ['geckoboard'],
      token: { alphabet: 'alnum', length: 44 },
      examples: {
        positive: [{ text: 'GECKOBOARD_API_KEY=EqT1wyAYOB0gwGTAR4l05R0otkgHec5SOVSA5TLBE1tG', path: '.env' }, { text: "geckoboard_api_key: '4AMSxJ0SSlWIA8aGeveZtAfZio2oOtx0apkdDNhzUyZ3'" }],
        negative: [{ text: 'GECKOBOARD_API_KEY=j32mFbZvt4VEeBqDuVIw22AiXolsHHgtsUqwobZ1qtJ', why: '43 characters' }],
      },
    },
    {
      id: 'geoapify-api-key', title: 'Geoapify API key', vendor: 'Geoapify', names: ['geoapify'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'GEOAPIFY_API_KEY=85723fc7ff3556bca9af2783e5d74716', path: '.env' }, { text: 'https://api.geoapify.com/v1/geocode?apiKey=0780ef40937a2f303a847583be963cc0' }],
        negative: [{ text: 'GEOAPIFY_API_KEY=fd1e3b83276fb1444a358778df5818e', why: '31 characters' }],
      },
    },
    {
      id: 'geocode-api-key', title: 'Geocode.xyz API key', vendor: 'Geocode.xyz', names: ['geocode.xyz', 'geocode_xyz', 'geocode_api', 'geocode_key', 'geocode_token', 'geocode_secret'], compoundNames: ['geocode'],
      token: { alphabet: 'lower-alnum', length: 28 },
      examples: {
        positive: [{ text: 'GEOCODE_API_KEY=6venwqkexchkbpw9r9qhu0x520pb', path: '.env' }, { text: 'https://geocode.xyz/51.5,-0.1?json=1&auth=2o0dgttfouuej8v2du4u0m9s1efn' }],
        negative: [{ text: 'GEOCODE_API_KEY=9o6hmguz26x9i564xfcidq3sa1j', why: '27 characters' }, { text: 'geocode(address, { key: "r8vwddktfy60ftjsp31pa69cvk45" })', why: 'the geocode function, not the vendor' }],
      },
    },
    {
      id: 'geocodify-api-key', title: 'Geocodify API key', vendor: 'Geocodify', names: ['geocodify'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'GEOCODIFY_API_KEY=07068c94be2cb9d238b341e263ecc5694c88b73a', path: '.env' }, { text: 'https://api.geocodify.com/v2/geocode?api_key=d5e7e1b3fbc5b8c3b448412d58454f99857ec048&q=x' }],
        negative: [{ text: 'GEOCODIFY_API_KEY=6f96575a8b2a32c45382668237628b31f032def', why: '39 characters' }],
      },
    },
    {
      id: 'getemail-api-key', title: 'GetEmail.io API key', vendor: 'GetEmail.io', names: ['getemail_', 'getemail-', 'getemail.io', 'getemailio'], compoundNames: ['getemail'],
      token: { alphabet: 'alnum', length: 20 },
      examples: {
        positive: [{ text: 'GETEMAIL_API_KEY=IcEikeXazQT316QXMfg4', path: '.env' }, { text: 'getemail-secret: KY8WSERSXYqTs5q3DrIB', path: 'config.yml' }],
        negative: [{ text: 'GETEMAIL_API_KEY=tJ2Kw3A6vMHCYatiyn4', why: '19 characters' }, { text: 'String email = user.getEmail(); String token = "TrlsGJWHRW5tVh94jhri";', why: 'a getter, not the vendor' }],
      },
    },
    {
      id: 'getgeoapi-api-key', title: 'GetGeoAPI key', vendor: 'GetGeoAPI', names: ['getgeoapi'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'GETGEOAPI_KEY=alcw3ks7z02rh0xh3henaeyg8xytpm2r4p2cxscn', path: '.env' }, { text: 'https://api.getgeoapi.com/v2/ip?api_key=6u3eulzlb5gc83fzy2pwfypmct14f3fcltmza5fl' }],
        negative: [{ text: 'GETGEOAPI_KEY=biuowprvwqewb5nbyjhwjbpvrhqeqej92q679ut', why: '39 characters' }],
      },
    },
    {
      id: 'getgist-api-key', title: 'Gist (getgist) API key', vendor: 'Gist', names: ['getgist'],
      token: { alphabet: 'base64', length: [68, 76] },
      examples: {
        positive: [{ text: 'GETGIST_API_KEY=5v4xrtFbUI4RLjw8ThAWnAU2CE4gDR+9qYYR4/kK0J51EPM6l+wak7K+MzlJNllaRsGG', path: '.env' }, { text: "getgist_token = 'P/nnF/E2FhEow13fcUlZ3l4bKNAl5Aenq4RPWThRl2miXlX30LEvnNF4T215mRpo8YHbbV'" }],
        negative: [{ text: 'GETGIST_API_KEY=B6N+a0NTIcs1Sek5WrO8waqYtfx8FIJODpkTW0YTZx5ztM/g3RAxtRrvSKkS', why: 'too short' }],
      },
    },
    {
      id: 'glassnode-api-key', title: 'Glassnode API key', vendor: 'Glassnode', names: ['glassnode'],
      token: { alphabet: 'alnum', length: [27, 28] },
      examples: {
        positive: [{ text: 'GLASSNODE_API_KEY=lIxNYTkIbSQyWlycTO9JuT955bI', path: '.env' }, { text: 'https://api.glassnode.com/v1/metrics?api_key=yMTy03yp2P5VfsLkJg44pHqUYHy' }],
        negative: [{ text: 'GLASSNODE_API_KEY=OgAYplFLp7n8lBysJI8cTKM1Qh', why: '26 characters' }],
      },
    },
    {
      id: 'goodday-api-token', title: 'GoodDay API token', vendor: 'GoodDay', names: ['goodday'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'GOODDAY_API_TOKEN=38c4addacde52a2b995bbd8720f4ece6', path: '.env' }, { text: 'goodday_api_token: d82c47ed1c4ec4823e307dcfe28b8b09', path: 'config.yml' }],
        negative: [{ text: 'GOODDAY_API_TOKEN=a2031ed07b61c27529287c32a4dc88c', why: '31 characters' }],
      },
    },
    {
      id: 'graphhopper-api-key', title: 'GraphHopper API key', vendor: 'GraphHopper', names: ['graphhopper'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'GRAPHHOPPER_API_KEY=10251000-3b7a-4f2c-b8c8-a812b7e96d48', path: '.env' }, { text: 'https://graphhopper.com/api/1/route?key=05a5ef07-aa23-4c56-9c4b-f9a9956618e7' }],
        negative: [{ text: 'GRAPHHOPPER_API_KEY=28ab6c4f82d7a16857edc4abdc7865a2', why: 'not a UUID' }],
      },
    },
    {
      id: 'groovehq-api-token', title: 'Groove API token', vendor: 'Groove', names: ['groovehq'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [{ text: 'GROOVEHQ_TOKEN=a0f1582ea63a10b1035ddf9103c1890a826809a47a934a986b011db97374efad', path: '.env' }, { text: 'https://api.groovehq.com/v1/tickets?access_token=c93eb3015c9b120acf03b215f3e9db2d7d271510b884da2b832f4bb194fe218c' }],
        negative: [{ text: 'GROOVEHQ_TOKEN=a8daeaa9b47e7b0f956b30e5d8aeb5836de7910a3e96f6869a4911358f3b319', why: '63 hex' }],
      },
    },
    {
      id: 'gtmetrix-api-key', title: 'GTmetrix API key', vendor: 'GTmetrix', names: ['gtmetrix'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [{ text: 'GTMETRIX_API_KEY=ceaf41cad2384aaa3eee092773b110ff', path: '.env' }, { text: 'gtmetrix = GTmetrixClient(api_key="1a2f5b3b1a3a2717daeae41e68e427c2")' }],
        negative: [{ text: 'GTMETRIX_API_KEY=f852c528180fe7e5bb3f4ced18b1383', why: '31 hex' }],
      },
    },
    {
      id: 'guardian-api-key', title: 'The Guardian Open Platform API key', vendor: 'The Guardian', names: ['guardianapis', 'theguardian', 'guardian_api', 'guardian-api'],
      compoundNames: ['guardian'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'GUARDIAN_API_KEY=ba29bd88-5e8a-4155-b500-c1e020338183', path: '.env' }, { text: 'https://content.guardianapis.com/search?q=x&api-key=3bab45fe-7736-404d-aeef-8a445b9cf6ea' }, { text: 'GUARDIAN_KEY=19abf662-2150-426b-ade0-1a23ae8534b5', path: '.env' }],
        negative: [{ text: 'guardian = AuthGuardian({ key: "a599afb5-6fe9-4e93-8ae5-750d52bcff5d" })', why: 'the common word guardian alone' }, { text: "const routeGuardianKey = 'bf019e4f-53fb-4422-a537-e1001d8b1e60';", path: 'src/app/routes.ts', why: '"guardian" is not the first word (a route guard)' }],
      },
    },
    {
      id: 'gyazo-access-token', title: 'Gyazo access token', vendor: 'Gyazo', names: ['gyazo'],
      token: [{ alphabet: 'base64url', length: 43 }, { alphabet: 'alnum', length: 43 }],
      examples: {
        positive: [{ text: 'gyazo_access_token: "4QHCUGlz573It4GAgWrZb79N_lkT6wSbMG9O6FVTzVX"', path: 'config.yml' }, { text: 'https://api.gyazo.com/api?access_token=A9l20w6BeWO2oNHq1KHsy7kgswmN0k2JjL1LK0RQkQN' }],
        negative: [{ text: 'GYAZO_ACCESS_TOKEN=YQOxIz22fy7c9MCQxsrrMy3IU4dRbi-91c1DrabJs6', why: '42 characters' }],
      },
    },
    {
      id: 'happyscribe-api-key', title: 'Happy Scribe API key', vendor: 'Happy Scribe', names: ['happyscribe'],
      token: { alphabet: 'alnum', length: 24 },
      examples: {
        positive: [{ text: 'HAPPYSCRIBE_API_KEY=TN6IWVUi7gJDanwNNTr69wuG', path: '.env' }, { text: "client = HappyScribe(api_key='oB2FDljcKkfz4d683Lb94SzN')" }],
        negative: [{ text: 'HAPPYSCRIBE_API_KEY=wnKy2awa3MUeTSJzDeppzs5', why: '23 characters' }],
      },
    },
    {
      id: 'hellosign-api-key', title: 'Dropbox Sign (HelloSign) API key', vendor: 'Dropbox Sign', names: ['hellosign', 'dropbox_sign', 'dropboxsign'],
      token: [{ alphabet: 'hex', length: 64 }, { alphabet: 'base64', length: [64, 66] }],
      examples: {
        positive: [{ text: 'HELLOSIGN_API_KEY=1375dc8df89ec3c623e15c6eb0188305e05d527e055b631e0e21d299de7d4f66', path: '.env' }, { text: "dropbox_sign_api_key = '1674ddcc0e18d54cfcc50223914b5bc8bc44011fbfd1c9e98f3060a72ef88ff0'" }],
        negative: [{ text: 'HELLOSIGN_API_KEY=1567a604af6a62c853793a81e59c879f7d6249e5bfad5dd9652a5d4ced74496', why: '63 hex' }],
      },
    },
    {
      id: 'helpcrunch-api-key', title: 'HelpCrunch API key', vendor: 'HelpCrunch', names: ['helpcrunch'],
      token: { alphabet: 'base64', length: [300, 512] },
      examples: {
        positive: [{ text: 'HELPCRUNCH_API_KEY=ZDqFF6eclybbCp7LEpOJbbWZmaU9bX9G5yyfK/EaGY9bbg13s4FZkBTBwTZOJfQ6tu7nZCOoaEeIYo/yN18OKy/G+/fwaTXzV1ClaPuk/CF5J7Y83Uk9hzQrJb7uhWYuF8fr9IXwWZDLLtBItmB+Qm38jYFkBrVdZUUJy0JN0DS/o0rGnuhy6Bl7HdLXzOpLXxwuFl3TrN0tfIWZgTGuYoLq+ASOn0QRBwjooE0Tn2qPoYsntDDJQiKOjaUvqPdJwrCDMYcRb9Lrdnb60TMwijauQ7ZLfWdgJst/Ew5ByCq31iTY9neDlqZeG22imjlDuyxr0Kva', path: '.env' }, { text: 'helpcrunch_token: "XwysPHmNX6C+I92aJdDJ2bHhZdaHUOCULmUNTZ+UDp8FaWLmJ1RKQ7Hx0W1rh4d6Q7ouz4wNAitVtcE60xLicnhZaJ4L0NkG53uzbo2nF1JszQa3OPleNN5CK5qLh/DUFf6qA+rMDENnWIg6KC6GhNgbdH3xRCg7Y60H/xR8oRSFD5aS8nxIkc6iQlAbHWr8iQS0YRWJRtfzeRW8cd7TRhUToUOz58BqrzdRI+XHR8ZZ34RLQa0tjIQN50enh3VAVSvVhPZqHiLkNUSDoFXlPzzFp9EBtovVQrwOAfAj65z1VMw0f/Hbt/xvhEmOvr3ZumEz/NcSO0"', path: 'config.yml' }],
        negative: [{ text: 'HELPCRUNCH_API_KEY=2eIvjNU3gwAmgYEMOmnF15pPXqUYfSDr5gX7p+rToDAhT+Atm3h4WYtb3AWqmY77zgqYWr5vmW0Dk3z2wecvCyTJCBeGP4muq1sFdJFT33frrRMMkuT15isb', why: 'too short' }],
      },
    },
    {
      id: 'helpscout-api-key', title: 'Help Scout API key', vendor: 'Help Scout', names: ['helpscout', 'help_scout'],
      token: [{ alphabet: 'hex', length: 40 }, { alphabet: 'alnum', length: 32 }],
      examples: {
        positive: [{ text: 'HELPSCOUT_API_KEY=d79cd23c9ca9faf5f171b8c57bcaa3e209c1d37a', path: '.env' }, { text: "helpscout_app_secret = 'WrUckbWPFaJmr8bfxFd3Mg27YwaOlN7b'" }],
        negative: [{ text: 'HELPSCOUT_API_KEY=4954145021cb701e66f43507eac8061d21137c0', why: '39 hex' }],
      },
    },
    {
      id: 'hereapi-api-key', title: 'HERE API key', vendor: 'HERE', names: ['hereapi', 'here_api', 'here-api'],
      token: { alphabet: 'base64url', length: [43, 45] },
      examples: {
        positive: [{ text: 'here_api_key: B6_sXz7uMJ9LK34QLBq8nby2xuEnpBiHsoBNmUuPR-C', path: 'config.yml' }, { text: 'here-api-key: "N5GKNbY53yFHMGjyXr4pGfgWVP0ErPYYYG1lPHTjJq4"', path: 'config.yml' }],
        negative: [{ text: 'HERE_API_KEY=fTkzJh3cf6HO7QPE0G-D0tMJgRC_kaolbEElEVX8MN', why: '42 characters' }],
      },
    },
    {
      id: 'holidayapi-api-key', title: 'Holiday API key', vendor: 'Holiday API', names: ['holidayapi', 'holiday_api'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'HOLIDAYAPI_KEY=712b57b7-ceda-4e34-980d-1ac6ea7ee783', path: '.env' }, { text: "const holidayApi = new HolidayAPI({ key: '7a04c456-3493-4819-814a-cd585bc2e3b6' });" }],
        negative: [{ text: 'HOLIDAYAPI_KEY=c4a68e77df4d2cb171ef13d9b47e44f205b5', why: 'not a UUID' }],
      },
    },
    {
      id: 'holistic-api-key', title: 'Holistic API key', vendor: 'Holistic', names: ['holisticai', 'holistic_ai', 'holistic_api', 'holistic-api'],
      compoundNames: ['holistic'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [{ text: 'HOLISTIC_API_KEY=52f75d2bc55c834fa2deac49e78b2696ab8aa62e6fb48c3d2452b8e8422161e3', path: '.env' }, { text: 'holistic-api token: de284b268b4ff9ff2d831ce169acae83241fe2336f776feb1b94e5adcdda27a4' }, { text: 'holisticToken = "icvi5c1scxpa6a212qgwxr2hy2xu78ga0hi9szl6b0ge0o5og2f2xefvc56336za"', path: 'eval/settings.py' }],
        negative: [{ text: 'HOLISTIC_API_KEY=9e3e7c6ef5e3c483064b3444acdede66a639e5f1f98c5a8f091161dec2f245a', why: '63 characters' }, { text: 'non_holistic_key = "0f46kja6o2y34o782zaq7j4jrkm9lu77hdzc3din5xf8ogts44rla969nmx24v8a"', path: 'eval/settings.py', why: '"holistic" is not the first word of the identifier' }],
      },
    },
    {
      id: 'honeycomb-api-key', title: 'Honeycomb API key', vendor: 'Honeycomb', names: ['honeycomb'],
      token: [{ alphabet: 'alnum', length: 22 }, { alphabet: 'hex', length: 32 }],
      examples: {
        positive: [{ text: 'HONEYCOMB_API_KEY=o7hF9HODmUs17YT3wD6TJA', path: '.env' }, { text: 'honeycomb_write_key: "6203734c2e7b5bfcc397acf4eb3c7745"', path: 'config.yml' }],
        negative: [{ text: 'HONEYCOMB_API_KEY=ix1zFPsc85y0CW5Cuh1m6', why: '21 characters' }, { text: 'HONEYCOMB_DATASET=1f3lfvftgxpmfkmbexe63w', why: 'no key-like word' }],
      },
    },
    {
      id: 'html2pdf-api-key', title: 'html2pdf.app API key', vendor: 'html2pdf.app', names: ['html2pdf'],
      token: { alphabet: 'alnum', length: 64 },
      examples: {
        positive: [{ text: 'HTML2PDF_API_KEY=liiEOGeT8FJm0KlYHctM3Szrcchxfdp5K7TrcxHYhgq19r3Jaomc8iP8GHCxI5j4', path: '.env' }, { text: 'https://api.html2pdf.app/v1/generate?html=x&apiKey=Aun2l3wBtGrMeDSAQMJhsxEDYOrerJ2XBf7E5TdP25TSQbP3Rf5Nydlbttov65kg' }],
        negative: [{ text: 'HTML2PDF_API_KEY=nApV2cAIPO0LQZJWpauOEaeNnnOwQ0IdeyHWxnTyfYk2LhWmnFeGEVXhUHP45WS', why: '63 characters' }, { text: "html2pdf().set({ filename: 'dIURjhFxJSdL4GcWxeT11Py6ehtQEq7efMxj3ZZlfrDUukjIQNNRMYapjBr56lP8.pdf' })", why: 'the html2pdf.js library, no key word' }],
      },
    },
    {
      id: 'humanity-api-token', title: 'Humanity API token', vendor: 'Humanity', names: ['humanity'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'HUMANITY_ACCESS_TOKEN=5b48b3d64bbab2ecab13b3222044636216ab1a93', path: '.env' }, { text: 'https://www.humanity.com/api?access_token=d2b662d4d9d2b13d53cadedd4247a3ecd491b13c' }],
        negative: [{ text: 'HUMANITY_ACCESS_TOKEN=a051b37c13113bda2ae1ee65472e70b8092f469', why: '39 characters' }],
      },
    },
    {
      id: 'hunter-api-key', title: 'Hunter API key', vendor: 'Hunter', names: ['hunter.io', 'hunterio', 'hunter_io', 'hunter_api', 'hunter-api', 'hunter_key', 'hunter_secret', 'hunter_token'], compoundNames: ['hunter'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [{ text: 'HUNTER_API_KEY=3fd731e18f8b597b8198229a12f5c60badea1704', path: '.env' }, { text: 'https://api.hunter.io/v2?api_key=2d39f27fab26e2463cdecd5f4d2cb5890ec3d4be' }],
        negative: [{ text: 'HUNTER_API_KEY=3c798d37e2835eaaa10d9622732659df3659407', why: '39 characters' }, { text: 'password = "hunter2"; token = "cbe440d68f79be3e43eb4edf3ecc6fcab8ebfb90"', why: 'the common word hunter alone' }],
      },
    },
    {
      id: 'hybiscus-api-key', title: 'Hybiscus API key', vendor: 'Hybiscus', names: ['hybiscus'],
      token: { alphabet: 'base64url', length: 43 },
      examples: {
        positive: [{ text: "hybiscus api key = 'pMEVLYnXI5HcuQZPmJOnXxCu6VxOaASAuUDETCZ-iDx'" }, { text: 'hybiscus_api_key: "F-9MlwB2dHGG1oQXsl2XiUqXcaqb-gFy4guxoDMECwk"', path: 'config.yml' }],
        negative: [{ text: 'HYBISCUS_API_KEY=EXO6K9tFlCPaaRpn2t8CgR5YfH5RIpxnLtxrhUCYAg', why: '42 characters' }],
      },
    },
    {
      id: 'iconfinder-api-key', title: 'Iconfinder API key', vendor: 'Iconfinder', names: ['iconfinder'],
      token: { alphabet: 'alnum', length: 64 },
      examples: {
        positive: [{ text: 'ICONFINDER_API_KEY=WyWjunw8xgCwrYlfnYSisLLtqHTgQMslYWyOejMXajExpN4HEzDz2HsI03yIywu8', path: '.env' }, { text: "iconfinder_client_secret = '8n1s0WppLOlMjaQudhdiliR53q2ytpUkSvA8wpxQo7r4jEX7jioSXu0NYQ5fjhaT'" }],
        negative: [{ text: 'ICONFINDER_API_KEY=k8YfoHpkInbFHDBxnIg8LrgspqYLXe0fn8hEMcPFc4R2iPVTIXTqlIWQ2bL4RRJ', why: '63 characters' }],
      },
    },
    {
      id: 'iexcloud-api-token', title: 'IEX Cloud API token', vendor: 'IEX Cloud', names: ['iexapis', 'iexcloud', 'iex_cloud'],
      token: [{ alphabet: 'hex', length: 32, prefix: 'sk_' }, { alphabet: 'hex', length: 32, prefix: 'Tsk_' }],
      examples: {
        positive: [{ text: 'IEXCLOUD_SECRET_TOKEN=sk_9ea9d15fb9f1a9c50a52c0a9f2476171', path: '.env' }, { text: 'https://cloud.iexapis.com/stable?token=sk_3fee8b350bc46f4b19a5905863793503' }],
        negative: [{ text: 'IEXCLOUD_SECRET_TOKEN=sk_c61d0071d2442d2a080fd48405e6ff9', why: '31 hex' }, { text: 'IEXCLOUD_TOKEN=pk_33095a127312480beeb5f059605d4931', why: 'a publishable token' }],
      },
    },
    {
      id: 'imagekit-private-key', title: 'ImageKit private key', vendor: 'ImageKit', names: ['imagekit'],
      token: { alphabet: 'base64', length: 28, prefix: 'private_' },
      examples: {
        positive: [{ text: 'IMAGEKIT_PRIVATE_KEY=private_G51nAM2MZVxeXCGZQ9D4UJ3rRWT=', path: '.env' }, { text: "const imagekit = new ImageKit({ privateKey: 'private_hUzNQXhGRRzSRRlsx0CkpbW24Uy=', urlEndpoint: 'https://ik.imagekit.io/x' });" }],
        negative: [{ text: 'IMAGEKIT_PUBLIC_KEY=public_2re7XO6pKFV5pC/BqvDSKxanoEh=', why: 'the public key' }],
      },
    },
    {
      id: 'imagga-api-key', title: 'Imagga API credentials', vendor: 'Imagga', names: ['imagga'],
      token: { alphabet: 'base64', length: [72, 74] },
      examples: {
        positive: [{ text: 'imagga_auth: "A8sg/0p/pu9Oy2lzPOEjwsCcIjlA5DiB8fb8DJYQuLaTmrH9Z5fs80JkCqmf5UMqAQa1Br=="', path: 'config.yml' }, { text: 'imagga_authorization: Basic Hpv4oS5MhoPYlcijf5y1XSf1rEn06ibxrXW+QkPo9LNB9pQj9xbySayVAokRzldK94wZkkyG' }],
        negative: [{ text: 'IMAGGA_AUTH=oOeJl2/QogPVEN4q+DBtnTGSpgROd6ZON5OnbpY2cEMEtKxK9YF5vGO2alWQ', why: 'too short' }],
      },
    },
    {
      id: 'impala-api-key', title: 'Impala API key', vendor: 'Impala', names: ['impala.travel', 'impalatravel', 'impala_travel'],
      token: { alphabet: 'alnum', length: 46 },
      examples: {
        positive: [{ text: 'IMPALA_TRAVEL_API_KEY=LSnck36pyKm6Wgv8ClpRs7YADMJa6bSNVimp6SYzAkiseY', path: '.env' }, { text: 'impala_travel_key: "H1MADAsQyvjBGaJDT24QfOd2vdr0aeWtEk74pQAcjvMrKj"', path: 'config.yml' }],
        negative: [{ text: 'IMPALA_TRAVEL_API_KEY=GGi8QoYepRyawyTuHRdHjRZMnK3XMRiJefurCTDHE0EGR', why: '45 characters' }],
      },
    },
    {
      id: 'infura-api-key', title: 'Infura API key', vendor: 'Infura', names: ['infura'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [{ text: 'INFURA_API_KEY=6170bc7bd4e60592b72b53205e85e84b', path: '.env' }, { text: 'INFURA_PROJECT_SECRET=67b07883e6172cd6a554103ef052557e', path: '.env' }],
        negative: [{ text: 'INFURA_API_KEY=1758ca64c969b585bec5c00f49c4202', why: '31 hex' }],
      },
    },
    {
      id: 'insightly-api-key', title: 'Insightly API key', vendor: 'Insightly', names: ['insightly'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'INSIGHTLY_API_KEY=9c8cef9b-01a5-4b45-ad4e-46e508d2cb54', path: '.env' }, { text: "insightly = Insightly(apikey='9308b530-dcea-4fce-ae8b-02965b72a28f')" }],
        negative: [{ text: 'INSIGHTLY_API_KEY=72a183f558b3bbd792e7e21b5f582744', why: 'not a UUID' }],
      },
    },
    {
      id: 'instabot-api-key', title: 'Instabot API key', vendor: 'Instabot', names: ['instabot'],
      token: { alphabet: 'base64', length: [40, 56] },
      examples: {
        positive: [{ text: 'INSTABOT_API_KEY=z8uV/k70+6dLK4BCDbo+FTMzbj5SJX2ffIHWb70zxgkN', path: '.env' }, { text: 'instabot_secret: "1wIzb6U5f3uc/iwbJy9TY4xi7JafbJh8FnmJuaoqC5SM4YzE"', path: 'config.yml' }],
        negative: [{ text: 'INSTABOT_API_KEY=g5aetPiLbVKfVwxtmGKKi0Fj86BWYG', why: 'too short' }],
      },
    },
    {
      id: 'interseller-api-key', title: 'Interseller API key', vendor: 'Interseller', names: ['interseller'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'INTERSELLER_API_KEY=88028f70-c4fa-4cf1-9bd1-f2e8387b6848', path: '.env' }, { text: 'interseller_key: "1e255986-781c-4eac-8064-e168c83ab27e"', path: 'config.yml' }],
        negative: [{ text: 'INTERSELLER_API_KEY=bda0cd8a469daf625cf191c1e61642fc', why: 'not a UUID' }],
      },
    },
    {
      id: 'intrinio-api-key', title: 'Intrinio API key', vendor: 'Intrinio', names: ['intrinio'],
      token: { alphabet: 'base64', length: 44 },
      examples: {
        positive: [{ text: 'intrinio_api_key: Vi3QpXEN4oqrkZrtoLdodPC7vwpdP1qZ6fkHyPOPTCtF', path: 'config.yml' }, { text: "intrinio.ApiClient().set_api_key('f88M2EI9E1G638PyJk1pcBebhnqopEousD3a1XYKpsrq')" }],
        negative: [{ text: 'INTRINIO_API_KEY=Fv33A4NEJOpcRoDEDgNg3K14ZktZEfwokFaAuQ4dByF', why: '43 characters' }],
      },
    },
    {
      id: 'ip2location-api-key', title: 'IP2Location API key', vendor: 'IP2Location', names: ['ip2location'],
      token: { alphabet: 'upper-alnum', length: 32 },
      examples: {
        positive: [{ text: 'IP2LOCATION_API_KEY=3X2I8RQZOX3UOP9CTO3K8Q9691Q46ZEU', path: '.env' }, { text: 'https://api.ip2location.io/?key=S04L1YO2RMUCEFIAJY6URE5PWPWJVZJM&ip=8.8.8.8' }],
        negative: [{ text: 'IP2LOCATION_API_KEY=EUQ1FTDNAI13S263ZFAZ4ITBD0XHLWU', why: '31 characters' }],
      },
    },
    {
      id: 'ipapi-api-key', title: 'ipapi API key', vendor: 'ipapi', names: ['ipapi'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'IPAPI_KEY=a74537ae53c21a6db20fb42b83787eea', path: '.env' }, { text: 'http://api.ipapi.com/api/161.185.160.93?access_key=de345a44c4393cfaa4bee5011045a64c' }],
        negative: [{ text: 'IPAPI_KEY=9301f2c861e3de4148650c72f7abe80', why: '31 characters' }],
      },
    },
    {
      id: 'ipgeolocation-api-key', title: 'IPGeolocation API key', vendor: 'IPGeolocation', names: ['ipgeolocation'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'IPGEOLOCATION_API_KEY=b1d471667485db885e26095767025e48', path: '.env' }, { text: 'https://api.ipgeolocation.io/ipgeo?apiKey=9a94e4aad47e43dfeede866e4ee1c709' }],
        negative: [{ text: 'IPGEOLOCATION_API_KEY=9f4fbe20dfec0a07a0a6511e797eac4', why: '31 characters' }],
      },
    },
    {
      id: 'ipify-api-key', title: 'ipify API key', vendor: 'ipify', names: ['ipify', 'ipifi'],
      token: [{ alphabet: 'alnum', length: 29, prefix: 'at_' }, { alphabet: 'alnum', length: 32 }],
      examples: {
        positive: [{ text: 'IPIFY_API_KEY=at_hxVTvJkbjaH2dpqw1Zkpprpom9dqH', path: '.env' }, { text: 'https://geo.ipify.org/api/v2/country?apiKey=at_bgzBiBP8iF2XJJfudzDoi1NPeNjN5&ipAddress=8.8.8.8' }],
        negative: [{ text: 'IPIFY_API_KEY=at_e8S8yMwiiDQGbn4Aw86wtKWx5oHk', why: '28 characters after at_' }],
      },
    },
    {
      id: 'ipinfo-token', title: 'IPinfo access token', vendor: 'IPinfo', names: ['ipinfo'],
      token: { alphabet: 'hex', length: 14 },
      examples: {
        positive: [{ text: 'IPINFO_TOKEN=69bef0f83edd6e', path: '.env' }, { text: 'curl https://ipinfo.io/8.8.8.8?token=91faf99feee202' }],
        negative: [{ text: 'IPINFO_TOKEN=493264d39a228', why: '13 hex' }],
      },
    },
    {
      id: 'ipinfodb-api-key', title: 'IPInfoDB API key', vendor: 'IPInfoDB', names: ['ipinfodb'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [{ text: 'IPINFODB_API_KEY=6a9a29c52cbed8a60a5101b1529f7dc22d4c8d61a1b8bce50dcded082b6c9d06', path: '.env' }, { text: 'http://api.ipinfodb.com/v3/ip-city/?key=2a431228dfb2c2e7189a5517a63d41dea984925746bd25c550646b4b2f2c5a23&ip=8.8.8.8' }],
        negative: [{ text: 'IPINFODB_API_KEY=966c3474137133157a7083463f0005bceeda07cab713b9abfeefe97a1a908a1', why: '63 characters' }],
      },
    },
    {
      id: 'ipqualityscore-api-key', title: 'IPQualityScore API key', vendor: 'IPQualityScore', names: ['ipqualityscore', 'ipquality'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'IPQUALITYSCORE_API_KEY=48JWlu0FRIh7w81K6dTpXAN0UPi7QjoA', path: '.env' }, { text: 'https://ipqualityscore.com/api/json/ip/9zH7inUetlCPo1WyUip1e8LckYnqjD3L/8.8.8.8  # ipquality api key' }],
        negative: [{ text: 'IPQUALITYSCORE_API_KEY=YvtV6DcxW54f1GDrv9Nvd2ka7A2rEW8', why: '31 characters' }],
      },
    },
    {
      id: 'ipstack-api-key', title: 'ipstack API key', vendor: 'ipstack', names: ['ipstack'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'IPSTACK_API_KEY=d3bfe86213a6d5e07a97b53343d03f7d', path: '.env' }, { text: 'http://api.ipstack.com/134.201.250.155?access_key=b61b98f6b344a689576b74a004fba663' }],
        negative: [{ text: 'IPSTACK_API_KEY=e519b156c5718d6fea114b36185a2b6', why: '31 characters' }],
      },
    },
    {
      id: 'jotform-api-key', title: 'Jotform API key', vendor: 'Jotform', names: ['jotform'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'JOTFORM_API_KEY=ea08facb8c1d4f8583f76ae825365418', path: '.env' }, { text: "jotformAPIClient = JotformAPIClient('37e9720bada02f93e3ba567772a1746f')" }],
        negative: [{ text: 'JOTFORM_API_KEY=02048a1cd076965cd8da86f17c18a13', why: '31 characters' }],
      },
    },
    {
      id: 'jumpcloud-api-key', title: 'JumpCloud API key', vendor: 'JumpCloud', names: ['jumpcloud'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'JUMPCLOUD_API_KEY=b02bdf1e180f48d31d33b6e6259dac4d70ca204b', path: '.env' }, { text: 'Connect-JCOnline -JumpCloudApiKey "d1c3125828e0f0f56432ac5e7911731248ca8c49"', path: 'setup.ps1' }],
        negative: [{ text: 'JUMPCLOUD_API_KEY=70ad22532a610c14a361195a22fbd90581aa2e6', why: '39 characters' }],
      },
    },
    {
      id: 'jupiterone-api-key', title: 'JupiterOne API key', vendor: 'JupiterOne', names: ['jupiterone'],
      token: { alphabet: 'alnum', length: [76, 80] },
      examples: {
        positive: [{ text: 'JUPITERONE_API_KEY=4QRZ90RTt6luJf0qPMvvqIYTZ31MYTy8M7UpczP5cKqXMUsGyco8ZvzUmZ3khpNZ6vscGHkom2hu', path: '.env' }, { text: "const j1 = new JupiterOneClient({ account: 'acme', accessToken: 'yUa5G4b7nqaI2nlYZYo6D7xoMuVFRb7EH0IAClNyja6sMMb57jRMER2lhFkCuxeY66euxinmX7pK' });  // jupiterone" }],
        negative: [{ text: 'JUPITERONE_API_KEY=FSr7MJgnl2LXFD42vw9x3xRIRXmPCsThnrgr10J0lx1SihlJAKYbimvvhfnrRYdsFjpOcZEAVmq', why: '75 characters' }],
      },
    },
    {
      id: 'juro-api-key', title: 'Juro API key', vendor: 'Juro', names: ['juro'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [{ text: 'JURO_API_KEY=NuMsI8D6ZuN3GG6Kgm2cxMwlY3MI2h7rgGXqWQQK', path: '.env' }, { text: 'juro api key: VmJqAhZumFsZFtXZPx0i2uq4uBAY1SEezTEGM4Ak' }],
        negative: [{ text: 'JURO_API_KEY=5DMiPRQB5vexPGJoeWtPFg66P2FtlQwybs8WSoV', why: '39 characters' }],
      },
    },
    {
      id: 'kagi-api-key', title: 'Kagi API key or session token', vendor: 'Kagi', names: ['kagi'],
      token: { alphabet: 'token', length: 55 },
      examples: {
        positive: [{ text: "KAGI_API_KEY='USbCvY2eMRq.yiTkHlyvtvD_1OY0YVYI5yi_EeqmTQr8hrPKlIHnt8j'", path: '.env' }, { text: 'https://kagi.com/search?token=DdN0hUfkObk.677HTf4LiZVjxfdQ0Zie2F6Ny-oH9o-QxDozRZDGA8B' }],
        negative: [{ text: 'KAGI_API_KEY=hOJvYNF_2nP.N69tR08xdYs4-xLJ6W6l0duIKKeWYr', why: 'too short' }],
      },
    },
    {
      id: 'karmacrm-api-key', title: 'karmaCRM API key', vendor: 'karmaCRM', names: ['karmacrm'],
      compoundNames: ['karma'],
      token: { alphabet: 'alnum', length: 20 },
      examples: {
        positive: [{ text: 'KARMACRM_API_KEY=yL8OigbS7bZiJhZ6TkWJ', path: '.env' }, { text: 'https://app.karmacrm.com/api?api_token=ZLUybFWjQwIlwvTUGwW8' }, { text: 'KARMA_API_TOKEN=lRrf13SjuJphwyZnU1xj', path: '.env' }],
        negative: [{ text: 'KARMACRM_API_KEY=sJEJrxGTq9ibz12VSG8', why: '19 characters' }, { text: 'KARMA_KEYBOARD_LAYOUT=t5vMAJsmpz1QzoI4uylz', path: '.env', why: 'karma glued to a longer word (the Karma test runner)' }],
      },
    },
    {
      id: 'kickbox-api-key', title: 'Kickbox API key', vendor: 'Kickbox', names: ['kickbox'],
      token: [{ alphabet: 'alnum', length: [64, 66], prefix: 'live_' }, { alphabet: 'alnum', length: [64, 66], prefix: 'test_' }],
      examples: {
        positive: [{ text: 'KICKBOX_API_KEY=live_181272c66c76f98e0de3cbac79ab4a13352b967f430c522b96a5744eb6a9693f', path: '.env' }, { text: "const client = kickbox.client('test_fdb4cb8264c5c63e6ba29559052c0ae1ad4e7e168fb34a07cea403fba3669a99');" }],
        negative: [{ text: 'KICKBOX_API_KEY=live_b68065b71cfca6c395a154bbe9855639cefbd2577a4bab9d5b3caf057253', why: '60 characters' }],
      },
    },
    {
      id: 'klipfolio-api-key', title: 'Klipfolio API key', vendor: 'Klipfolio', names: ['klipfolio'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [{ text: 'KLIPFOLIO_API_KEY=aa069ea5779a76af6f58895bbd8094d824f08db8', path: '.env' }, { text: 'klipfolio api key = 405558604634278feded0617aa9b2d5de19ebd55' }],
        negative: [{ text: 'KLIPFOLIO_API_KEY=29d91aeccde5e08ee3000e2ada13f05d4b7133e', why: '39 hex' }],
      },
    },
    {
      id: 'kontent-api-key', title: 'Kontent.ai API key', vendor: 'Kontent.ai', names: ['kontent'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'KONTENT_MANAGEMENT_API_KEY=1f702044-7fca-45d4-98f6-afcc6726d038', path: '.env' }, { text: "const client = new KontentClient({ secureApiKey: '8120630b-b923-48c7-9de4-e41b3ae9484e' });" }],
        negative: [{ text: 'KONTENT_PROJECT_ID=25e0b9b7-226e-4e5f-abcf-fe409f9b75ce', why: 'an id, no key word' }],
      },
    },
    {
      id: 'kylas-api-key', title: 'Kylas API key', vendor: 'Kylas', names: ['kylas'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'KYLAS_API_KEY=358da3dc-43b3-4ace-92ce-2d4fe7bd41e7', path: '.env' }, { text: 'kylas_api_key = "ff2359fc-c265-4a06-b425-d72860c04a40"' }],
        negative: [{ text: 'KYLAS_API_KEY=e32a6f63f0e0744745b95e30d9eb44fa', why: 'not a UUID' }],
      },
    },
    {
      id: 'languagelayer-api-key', title: 'languagelayer API key', vendor: 'languagelayer', names: ['languagelayer'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [{ text: 'LANGUAGELAYER_API_KEY=066b2d52816f0f44f7b40ede6083a0a6', path: '.env' }, { text: 'http://api.languagelayer.com/detect?access_key=cc4ad6fcca5b1dd880c3f5b4b608a602&query=x' }],
        negative: [{ text: 'LANGUAGELAYER_API_KEY=dce1e2c4597d86e33c95f97bdd93e50', why: '31 characters' }],
      },
    },
    {
      id: 'leadfeeder-api-key', title: 'Leadfeeder API key', vendor: 'Leadfeeder', names: ['leadfeeder'],
      token: { alphabet: 'alnum', length: [43, 58] },
      examples: {
        positive: [{ text: 'LEADFEEDER_API_KEY=ILl3RqQ0QxYBURoGSHRsa6h4wAI2DPjrROor8HcTlLV', path: '.env' }, { text: 'leadfeeder token: PRI7WaAuvcWijEx51gGNtoSKMCkjs3LZgTC6kHxoxzc' }],
        negative: [{ text: 'LEADFEEDER_API_KEY=lxODxTqXZLrBzwWN9APzGPVnLRWYxIVmWKgH5cT0mC', why: '42 characters' }],
      },
    },
    {
      id: 'lexigram-api-key', title: 'Lexigram API key', vendor: 'Lexigram', names: ['lexigram'],
      token: { alphabet: 'alnum', length: [300, 320] },
      examples: {
        positive: [{ text: 'LEXIGRAM_API_KEY=FYoD5pHw60mMU6FkxP5llWNfQBgEPhcYBpyUYBilZqm7vpjuUI7FIkt7WavS0yj0m47fADvDuQQaHcd8lQkUuoepbC5IOImc8TMrUvkCWJZQSh7ntE44rour6ms617moJaUSXxjk3QZaaqnJeR8oyM8YRKJQ14aJJucbpH7pMzmINgjuoyrTdU0GvqmkpYNm82DYyhkiIlBOmJRrw7m6HdUw1b0MKZr509AylZn1juSWx7EDulGz6ivD9g5Ivx33Oe71JXPcrYD4o8M5DQHUJBUnwx7PXSRwXpP88mvNBewBO', path: '.env' }, { text: 'lexigram_token: "W2BhVKDD8OxmK4pLszfyQXPee2yfEKJkQ96DBq0EuKAy5Kvk72CleRFAPD1CQ1l41JXa1ws9ufC96SVo9glaNfgMPxlcJjG4xIaKUAHS48LvxJhMgDqvHXJeI7bK3y9zGB9WTOxHZY6kafuH1ZI4bJwSqKgJqwHsHRGGkcCykDZTGoi3vNyRWgJmPruOUsbovcoCwykYF32zkufVEyLMfHGajqpHiY3y97pVPH2EZPIaODDaJROQ68olo1wP4pLffB2wCxstdRoxhYqgUlMIS6ChMzERis7P3hm5rqmZPQXUACiyFIPrku"', path: 'config.yml' }],
        negative: [{ text: 'LEXIGRAM_API_KEY=ZvW1UfPOOmAfHP4DmMs7EMz6SRUbGoIrDOcwZlzYOdddKS6sg0VbwxJYoL3DxVs6BHX2srT1lynZsCAq6dpWnJ5psM09olcj4yX1oI9yjihs7aGyY05OAAjAcrxQsWKH9wwvStv6irEqHXlSE9H1nLuPUT3LSQ7KYhjHBHyvZw8wkSErE5n9ez1CcHagOGhCF1d7FVoq', why: 'too short' }],
      },
    },
    {
      id: 'linkpreview-api-key', title: 'LinkPreview API key', vendor: 'LinkPreview', names: ['linkpreview'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [{ text: 'LINKPREVIEW_API_KEY=d4c2f972849af5e8a86d0cef0ffba228', path: '.env' }, { text: 'https://api.linkpreview.net/?key=7284fd8c7a90bb6c5da30b571c755732&q=https://example.org' }],
        negative: [{ text: 'LINKPREVIEW_API_KEY=5974c6a6dc1dde66305bec54321102c', why: '31 characters' }],
      },
    },
    {
      id: 'lob-api-key', title: 'Lob API key', vendor: 'Lob', names: ['lob_api', 'lob.com', 'lobapi', 'lob_secret', 'lob_live', 'lob_test'],
      token: [{ alphabet: 'hex', length: 35, prefix: 'live_' }, { alphabet: 'hex', length: 35, prefix: 'test_' }],
      examples: {
        positive: [{ text: 'LOB_API_KEY=live_8c060b2615003ae75e8925bae313d96d7ba', path: '.env' }, { text: "lob_api_key = 'test_18ba12c87302e22cd2794cae390503c7908'" }],
        negative: [{ text: 'LOB_API_KEY=live_pub_a7ac66b1e88a6476a4a91e1680411417', why: 'a publishable key' }],
      },
    },
    {
      id: 'loginradius-api-key', title: 'LoginRadius API key', vendor: 'LoginRadius', names: ['loginradius'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'LOGINRADIUS_API_SECRET=4fd0548b-e589-4a75-b5a1-1da0d64ddc92', path: '.env' }, { text: "loginradius_api_key: 'e1f2b15f-de8d-4ca3-97cd-ae162219c629'", path: 'config.yml' }],
        negative: [{ text: 'LOGINRADIUS_API_KEY=fffdf8ce968b092159b52205ceda84c9', why: 'not a UUID' }],
      },
    },
    {
      id: 'logzio-api-token', title: 'Logz.io token', vendor: 'Logz.io', names: ['logz'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [{ text: 'LOGZIO_API_TOKEN=0a6b5b66-076e-4cac-b9f1-01adde2e3521', path: '.env' }, { text: '<logzioToken>f893e639-040d-43a3-b3eb-a8700650e97e</logzioToken>', path: 'logback.xml' }],
        negative: [{ text: 'LOGZIO_API_TOKEN=a404f955c66d8cdbf758e38b8ef929ff', why: 'not a UUID' }],
      },
    },
    {
      // Loggly tokens only send events to the account (reading needs an API token): medium
      id: 'loggly-customer-token', title: 'Loggly customer token', vendor: 'Loggly', names: ['loggly'],
      token: { alphabet: 'uuid' },
      severity: 'medium',
      remediation: 'Create a new customer token under Source Setup > Customer Tokens in Loggly, move the log shippers to it and delete the exposed one.',
      examples: {
        positive: [{ text: 'LOGGLY_TOKEN=69f33ec6-1aa0-45f7-9088-f328a8d8b663', path: '.env' }, { text: "config.loggly_customer_token = '28b9d5d6-7a8b-460d-9b33-7712156c3a58'", path: 'config/environments/production.rb' }],
        negative: [{ text: 'LOGGLY_TOKEN=69f33ec6-1aa0-45f7-9088-f328a8d8b66', why: 'a UUID one digit short' }, { text: 'LOGGLY_SOURCE_GROUP_ID=69f33ec6-1aa0-45f7-9088-f328a8d8b663', why: 'an id' }],
      },
    },
    {
      id: 'lunchmoney-api-token', title: 'Lunch Money API token', vendor: 'Lunch Money', names: ['lunchmoney', 'lunch_money'],
      token: { alphabet: 'hex', length: 50 },
      examples: {
        positive: [{ text: 'LUNCHMONEY_ACCESS_TOKEN=a36b2a731ca53b99f5ea612d6af669f0c0caf4d57838e72e55', path: '.env' }, { text: "lunch = LunchMoney(access_token='95b99ba7e486185628d5f6ef27343fa6945683739d93f9ecef')" }],
        negative: [{ text: 'LUNCHMONEY_ACCESS_TOKEN=7145724bb9e1e84e58d2c3cfee497d63860a383fb7fdff9c0', why: '49 hex' }],
      },
    },
  ]),
];
