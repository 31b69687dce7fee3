import type { Detector } from '../../../src/types.js';
import { vendorToken, vendorTokens, type VendorTokenSpec } from '../../kit/vendor-token.js';
import { namedSecret } from '../shared/named-secret.js';
import { patternDetector } from '../../kit/pattern.js';
import { withVendorForms } from '../../kit/vendor-token.js';
import { around } from '../shared/context.js';
import { JWT_SOURCE, jwtClaims } from '../shared/payloads.js';
import { newRelicLegacyApiKey, newRelicLegacyLicenseKey, newRelicPixieKey } from './new-relic.js';
import { lineStartNear } from '../../kit/name-value.js';

/** saas vendors M–R whose keys are recognised by the vendor's name next to the value (see kit/vendor-token.ts). */
const named: readonly Detector[] = vendorTokens([
  {
    id: 'madkudu-api-key',
    title: 'MadKudu API key',
    vendor: 'MadKudu',
    names: ['madkudu'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'MADKUDU_API_KEY=28bfb4542fd3299e4851aab644b345c4', path: '.env' },
        { text: `const madkuduSecret = '8a788b63a9b479bcf44a53d0029d90ec';` },
      ],
      negative: [{ text: 'MADKUDU_API_KEY=28bfb4542fd3299e4851aab644b345c', why: '31 characters' }],
    },
  },
  {
    // 'magnetic' alone is a common word: only the compound names
    id: 'magnetic-api-token',
    title: 'Magnetic API token',
    vendor: 'Magnetic',
    names: ['magnetichq', 'magnetic_api', 'magnetic_token'], compoundNames: ['magnetic'],
    token: { alphabet: 'uuid' },
    examples: {
      positive: [
        { text: 'MAGNETIC_API_TOKEN=ccc358a5-cd9c-43ee-854b-e96c574b4239', path: '.env' },
        { text: 'magnetic_token: 44b54eab-f237-4ddd-94c2-c5efdd1ed706' },
      ],
      negative: [
        { text: 'MAGNETIC_API_KEY=ccc358a5-cd9c-43ee-854b-e96c574b423', why: 'a UUID one digit short' },
        { text: 'magnetic_field_strength = 0.45  # tesla, key value for the sensor', why: 'the word magnetic in physics code' },
      ],
    },
  },
  {
    id: 'mailboxlayer-api-key',
    title: 'mailboxlayer access key',
    vendor: 'mailboxlayer',
    names: ['mailboxlayer'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: `mailboxlayer: { accessKey: '4652257a572669693add5bcd33096839' },` },
        { text: '  mailboxlayer_token: "b2f97957db851d0414cd6ab5d335f2c8"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'MAILBOXLAYER_API_KEY=4652257a572669693add5bcd3309683', why: '31 characters' }],
    },
  },
  {
    id: 'mapquest-api-key',
    title: 'MapQuest API key',
    vendor: 'MapQuest',
    names: ['mapquest'],
    token: { alphabet: 'alnum', length: 32 },
    examples: {
      positive: [
        { text: 'MAPQUEST_API_KEY=jSxvGYt4tkjwmUMpoSYUUSheVBD1oPzr', path: '.env' },
        { text: `L.mapquest.key = 'zyvrn9sSQ11mvH1vHXHHWwgsyL6FPyRi';` },
      ],
      negative: [{ text: 'MAPQUEST_API_KEY=jSxvGYt4tkjwmUMpoSYUUSheVBD1oPz', why: '31 characters' }],
    },
  },
  {
    id: 'marketstack-api-key',
    title: 'marketstack access key',
    vendor: 'marketstack',
    names: ['marketstack'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'MARKETSTACK_ACCESS_KEY=158b12e2ffa346f478a5dfa01398286c' },
        { text: `url = f'https://api.marketstack.com/v1/eod?access_key=0e2299db9acf79e579eacea507447ce4&symbols=AAPL'` },
      ],
      negative: [{ text: 'MARKETSTACK_API_KEY=158b12e2ffa346f478a5dfa01398286', why: '31 characters' }],
    },
  },
  {
    id: 'mavenlink-api-token',
    title: 'Mavenlink (Kantata) API token',
    vendor: 'Mavenlink',
    names: ['mavenlink'],
    token: { alphabet: 'hex', length: 64 },
    examples: {
      positive: [
        { text: 'MAVENLINK_API_KEY=99cacebe93f43be01963e8ac8c026de8bd1bde23184f56224bd9c1bb36ca92ae', path: '.env' },
        { text: '  mavenlink_token: "4629d92597990cd79bc678a3bb9344fee65d7c9f9e7dd4d52308d6465b59448e"', path: 'config/settings.yml' },
      ],
      negative: [
        { text: 'MAVENLINK_API_KEY=99cacebe93f43be01963e8ac8c026de8bd1bde23184f56224bd9c1bb36ca92a', why: '63 characters' },
      ],
    },
  },
  {
    // apilayer keys are 32 hex; lower-case alphanumerics accepted as well
    id: 'mediastack-api-key',
    title: 'mediastack access key',
    vendor: 'mediastack',
    names: ['mediastack'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'MEDIASTACK_ACCESS_KEY=ng9cy07pe7d75fzo6m7eec4z799i1v82' },
        { text: `mediastack_params = {'access_key': 'swwyesbaxlqm46g2siu0yh0ommdlqm6m'}` },
      ],
      negative: [{ text: 'MEDIASTACK_API_KEY=ng9cy07pe7d75fzo6m7eec4z799i1v8', why: '31 characters' }],
    },
  },
  {
    id: 'meistertask-api-token',
    title: 'MeisterTask personal access token',
    vendor: 'MeisterTask',
    names: ['meistertask'],
    token: { alphabet: 'alnum', length: 43 },
    examples: {
      positive: [
        { text: 'MEISTERTASK_API_KEY=O1eZlRs0wmsmScv3E1Nw2UnLT6zvGbGnPprVyW9TI2o', path: '.env' },
        { text: 'export MEISTERTASK_ACCESS_TOKEN="JHM2IQVtgrrRM4XOWJIDLz5hfOSKCYxsT68CdjsOdKd"' },
      ],
      negative: [{ text: 'MEISTERTASK_API_KEY=O1eZlRs0wmsmScv3E1Nw2UnLT6zvGbGnPprVyW9TI2', why: '42 characters' }],
    },
  },
  {
    id: 'metrilo-api-token',
    title: 'Metrilo API token',
    vendor: 'Metrilo',
    names: ['metrilo'],
    token: { alphabet: 'lower-alnum', length: 16 },
    examples: {
      positive: [
        { text: 'METRILO_API_KEY=hkt6mayu8hmfqjs8', path: '.env' },
        { text: '  "metrilo_api_key": "7mijj6y7z1vbqcjj",', path: 'config.json' },
      ],
      negative: [{ text: 'METRILO_API_KEY=hkt6mayu8hmfqjs', why: '15 characters' }],
    },
  },
  {
    id: 'mindmeister-api-token',
    title: 'MindMeister personal access token',
    vendor: 'MindMeister',
    names: ['mindmeister'],
    token: { alphabet: 'alnum', length: 43 },
    examples: {
      positive: [
        { text: '  mindmeister_token: "ktBv48OZum1IKR9NWfbiDXsDWB5viyhxpTYgzR8TpWK"', path: 'config/settings.yml' },
        { text: 'MINDMEISTER_API_KEY=2FKcMjAPRXMREM9ACg4MYndu2JFqPDXFehSNXC4DokQ', path: '.env' },
      ],
      negative: [{ text: 'MINDMEISTER_API_KEY=ktBv48OZum1IKR9NWfbiDXsDWB5viyhxpTYgzR8TpW', why: '42 characters' }],
    },
  },
  {
    // legacy 27-character tokens, and the current ones: base64url {"miro.origin":"<region>"}, _, a random part
    id: 'miro-access-token',
    title: 'Miro access token',
    vendor: 'Miro',
    names: ['miro'],
    token: [{ alphabet: 'alnum', length: 27 }, { alphabet: 'token', length: [30, 60], prefix: 'eyJtaXJvLm9yaWdpbiI6I' }],
    examples: {
      positive: [
        { text: 'MIRO_API_KEY=MjJS4f59X0eKitvJTY8nAlESAJ4', path: '.env' },
        { text: `  miroAccessToken: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_TEedyixf2hqvN_aCOvy9cTu2M_F',` },
      ],
      negative: [{ text: 'const mirrorToken = "Zk8mQv2Lr9XbT4nWc7YpHs1JdE6";', why: 'mirror, not miro' }],
    },
  },
  {
    id: 'mixmax-api-token',
    title: 'Mixmax API token',
    vendor: 'Mixmax',
    names: ['mixmax'],
    token: { alphabet: 'uuid' },
    examples: {
      positive: [
        { text: 'MIXMAX_API_KEY=8013a2f6-032f-4425-9673-f537f476fe5d', path: '.env' },
        { text: `mixmax_headers = {'X-API-Token': '9541eaa1-f6dd-4b63-a86c-29f91f45bdc1'}` },
      ],
      negative: [{ text: 'MIXMAX_API_KEY=8013a2f6-032f-4425-9673-f537f476fe5', why: 'a UUID one digit short' }],
    },
  },
  {
    // 'monday' alone is a weekday: only the compound names
    id: 'monday-api-token',
    title: 'monday.com API token',
    vendor: 'monday.com',
    names: ['monday_api', 'monday_token', 'mondaycom', 'monday.com'],
    compoundNames: ['monday'],
    token: { alphabet: 'token', length: [100, 512], prefix: 'eyJ' },
    examples: {
      positive: [
        { text: 'MONDAY_API_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0aWQiOjkxMDIxOTQ4NSwiYWFpIjoxMSwidWlkIjoxNDEyLCJpYWQiOiIyMDI0LTAzLTA0VDEwOjExOjEyLjAwMFoiLCJwZXIiOiJtZTp3cml0ZSIsInJnbiI6InVzZTEifQ.U0MT_uUtzq0OZCv_khKF6qFzEolYZlotrAy5-7btPLG', path: '.env' },
        { text: `monday_api_headers = {'Authorization': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0aWQiOjMyOTYzNTQ0NSwiYWFpIjoxMSwidWlkIjo2NTEwOSwiaWFkIjoiMjAyNC0wMy0wNFQxMDoxMToxMi4wMDBaIiwicGVyIjoibWU6d3JpdGUiLCJyZ24iOiJ1c2UxIn0.byOC6cxKfzM-E7Yt-RFcx7EzUK80zMvQBxs-LMP9iCo'}` },
        { text: 'MONDAY_ACCESS_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0aWQiOjI3MTEyMTYwNywiYWFpIjoxMSwidWlkIjozMTAyMjA0LCJpYWQiOiIyMDI1LTAyLTExVDA5OjE0OjAzLjAwMFoiLCJwZXIiOiJtZTp3cml0ZSIsInJnbiI6ImV1YzEifQ.E_FyH_jSbQ6z533IVwFSmcEQIFmNGbSaqrGdq4aJ4Hm', path: '.env' },
      ],
      negative: [
        { text: 'MONDAY_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0aWQiOjkxMDIxOTQ4NSwiYWFpIjoxMSwidWlkIjoxNDEyLCJpYWQiOiIyMDI0L', why: '99 characters' },
        { text: 'schedule: every monday_api_sync at 09:00, token refresh on Tuesday', why: 'no value' },
        { text: 'const mondayKeys = ["Ovi0KrSEjT6bj6fikzKL"];', path: 'src/calendar.ts', why: 'monday glued to a plural' },
      ],
    },
  },
  {
    id: 'moralis-api-key',
    title: 'Moralis API key',
    vendor: 'Moralis',
    names: ['moralis'],
    token: [{ alphabet: 'alnum', length: 64 }, { alphabet: 'token', length: [100, 512], prefix: 'eyJ' }],
    examples: {
      positive: [
        { text: 'MORALIS_API_KEY=d8xFjCEGpmQAlPJfHBwNxqG8JnOBrez4ybGZsFi8yMeWmu3MmhIBcEsuo9zhB6l1', path: '.env' },
        { text: `await Moralis.start({ apiKey: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJub25jZSI6Im4xNDk0OTM0OTIiLCJvcmdJZCI6IjgxOTUiLCJ1c2VySWQiOiIxNDk0OTM0OTIiLCJ0eXBlSWQiOiJhMSIsInR5cCI6IkpXVCIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjo0ODU1NzYwMDAwfQ.4WIKrqnKS2ivdvc0uZbx4FCBX8zHJIjrlYZkQeF9Jl4' });` },
      ],
    },
  },
  {
    id: 'myintervals-api-token',
    title: 'Intervals (myintervals) API token',
    vendor: 'Intervals',
    names: ['myintervals'],
    token: { alphabet: 'lower-alnum', length: 11 },
    examples: {
      positive: [
        { text: 'MYINTERVALS_API_KEY=aynixa3fi58', path: '.env' },
        { text: '  myintervals_token: "d2c4tqfa9or"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'MYINTERVALS_API_KEY=aynixa3fi5', why: '10 characters' }],
    },
  },
  {
    id: 'nasdaq-data-link-api-key',
    title: 'Nasdaq Data Link (Quandl) API key',
    vendor: 'Nasdaq Data Link',
    names: ['nasdaq', 'quandl'],
    token: { alphabet: 'token', length: 20 },
    examples: {
      positive: [
        { text: 'NASDAQ_DATA_LINK_API_KEY=ufdSbecuJc0R59oCPs9x' },
        { text: `quandl.ApiConfig.api_key = 'uU19HncDRot9zOSXf-0I'` },
      ],
      negative: [{ text: 'NASDAQ_API_KEY=ufdSbecuJc0R59oCPs9', why: '19 characters' }],
    },
  },
  {
    id: 'newsapi-api-key',
    title: 'NewsAPI key',
    vendor: 'NewsAPI',
    names: ['newsapi'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'NEWSAPI_API_KEY=06df56eadd0935cb936cc729f5f608ee', path: '.env' },
        { text: `newsapi = NewsApiClient(api_key='3010f7d9ff41949c05489bac909ea3f2')` },
      ],
      negative: [{ text: 'NEWSAPI_API_KEY=06df56eadd0935cb936cc729f5f608e', why: '31 characters' }],
    },
  },
  {
    id: 'newscatcher-api-key',
    title: 'Newscatcher API key',
    vendor: 'Newscatcher',
    names: ['newscatcher'],
    token: { alphabet: 'token', length: 43 },
    examples: {
      positive: [
        { text: 'NEWSCATCHER_API_KEY=JkeGTTUdRvdU5ngNqWgp5SGdud1yYTppvGmJ6FFZviy', path: '.env' },
        { text: `newscatcher_headers = {'x-api-key': 'nOvIPUUrD_fqzme2zV9iy3N2hI7Bvj3dlJZTkuoPyGo'}` },
      ],
      negative: [{ text: 'NEWSCATCHER_API_KEY=JkeGTTUdRvdU5ngNqWgp5SGdud1yYTppvGmJ6FFZvi', why: '42 characters' }],
    },
  },
  {
    // The New York Times developer portal's API keys (the api-key query parameter of its Article Search,
    // Top Stories, Books… APIs): 32 letters and digits, one key per registered app.
    id: 'nytimes-api-key',
    title: 'New York Times developer API key',
    vendor: 'The New York Times',
    names: ['nytimes', 'nyt_api', 'nyt-api', 'newyorktimes'],
    token: { alphabet: 'alnum', length: 32 },
    remediation:
      'Delete the app (or its key) under Apps in the New York Times developer portal, create a new one, and keep ' +
      'the key in the environment or a secret store.',
    examples: {
      positive: [
        { text: 'NYTIMES_API_KEY=grAY6fGKGliHEcndBu6sOz6CXFoYNm0L', path: '.env' },
        { text: "url = f'https://api.nytimes.com/svc/topstories/v2/home.json?api-key=Py2uooCwY2xTNduZICigXJGRRehyR9uw'", path: 'news/fetch.py' },
      ],
      negative: [
        { text: 'NYTIMES_API_KEY=grAY6fGKGliHEcndBu6sOz6CXFoYNm0', why: '31 characters' },
        { text: "url = 'https://api.nytimes.com/svc/topstories/v2/home.json?api-key=' + key", why: 'read from a variable' },
      ],
    },
  },
  {
    id: 'nftport-api-key',
    title: 'NFTPort API key',
    vendor: 'NFTPort',
    names: ['nftport'],
    token: { alphabet: 'uuid' },
    examples: {
      positive: [
        { text: 'NFTPORT_API_KEY=877ab9dc-6672-4cb1-bb73-8400cb1fd7bb', path: '.env' },
        { text: `nftport: { headers: { Authorization: 'ae966de0-ae04-457f-90c5-a4bb587f9bdf' } },` },
      ],
      negative: [{ text: 'NFTPORT_API_KEY=877ab9dc-6672-4cb1-bb73-8400cb1fd7b', why: 'a UUID one digit short' }],
    },
  },
  {
    id: 'nicereply-api-key',
    title: 'Nicereply API key',
    vendor: 'Nicereply',
    names: ['nicereply'],
    token: { alphabet: 'hex', length: 40 },
    examples: {
      positive: [
        { text: 'NICEREPLY_API_KEY=655d5c32a0b15c04b4918783f6c6b13c251e6bc8', path: '.env' },
        { text: '  nicereply_token: "9d65c1d1f2c81db0894a45bae57008f4cc2b4277"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'NICEREPLY_API_KEY=655d5c32a0b15c04b4918783f6c6b13c251e6bc', why: '39 characters' }],
    },
  },
  {
    id: 'nimble-api-key',
    title: 'Nimble CRM API key',
    vendor: 'Nimble',
    names: ['nimble'],
    token: { alphabet: 'alnum', length: 30 },
    examples: {
      positive: [
        { text: 'NIMBLE_API_KEY=EuE4grP3Zb5qKjjGBf7cQ2bK6bj9Bd', path: '.env' },
        { text: `nimble_headers = {'Authorization': 'Bearer 6xG4NhmHq4Y15PRcXwuf50H35rd7Q7'}` },
      ],
      negative: [
        { text: 'NIMBLE_API_KEY=EuE4grP3Zb5qKjjGBf7cQ2bK6bj9B', why: '29 characters' },
        { text: 'Nimble: 5fdc0c0ee0a8cc1b0a3e2c5c4f4e1f9c8b7d6a5e', path: 'Podfile.lock', why: 'a Podfile.lock checksum of the Nimble test framework' },
      ],
    },
  },
  {
    // 'noticeable' alone is an English word: only the compound names
    id: 'noticeable-api-key',
    title: 'Noticeable API key',
    vendor: 'Noticeable',
    names: ['noticeable_api', 'noticeableapi', 'noticeable.io'],
    token: { alphabet: 'alnum', length: 20 },
    examples: {
      positive: [
        { text: 'NOTICEABLE_API_KEY=5IzWd7l4xtQf35eM4xeh', path: '.env' },
        { text: `noticeable_api_token: 'bs9RdyRxWlAx9LXkGoD5'` },
      ],
      negative: [
        { text: 'NOTICEABLE_API_KEY=5IzWd7l4xtQf35eM4xe', why: '19 characters' },
        { text: 'a noticeable api slowdown; key metric dropped 4kT9mQ2vX7bN1pR8sL5w', why: 'prose' },
      ],
    },
  },
  {
    id: 'numverify-api-key',
    title: 'numverify access key',
    vendor: 'numverify',
    names: ['numverify'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'NUMVERIFY_ACCESS_KEY=c0bc3f16884c3e0680a9176570d88d7c' },
        { text: '  numverify_token: "564e0e285ca4754d4fcc038f377c82c6"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'NUMVERIFY_API_KEY=c0bc3f16884c3e0680a9176570d88d7', why: '31 characters' }],
    },
  },
  {
    id: 'onfleet-api-key',
    title: 'Onfleet API key',
    vendor: 'Onfleet',
    names: ['onfleet'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'ONFLEET_API_KEY=70943902c0ce44c501a27c52893e2eb4', path: '.env' },
        { text: `const onfleet = new Onfleet('4d9da074c0784939604358df9172dc9d');` },
      ],
      negative: [{ text: 'ONFLEET_API_KEY=70943902c0ce44c501a27c52893e2eb', why: '31 characters' }],
    },
  },
  {
    id: 'oopspam-api-key',
    title: 'OOPSpam API key',
    vendor: 'OOPSpam',
    names: ['oopspam'],
    token: { alphabet: 'alnum', length: 40 },
    examples: {
      positive: [
        { text: 'OOPSPAM_API_KEY=CniXW7YiRmNRcAhtCCSfgaeeSAikO9puiLUEFYBZ', path: '.env' },
        { text: `oopspam_headers = {'X-Api-Key': 'VnPPEyAvsayYpcIKR6vfFiPXPROIXUH8n1qghcAK'}` },
      ],
      negative: [{ text: 'OOPSPAM_API_KEY=CniXW7YiRmNRcAhtCCSfgaeeSAikO9puiLUEFYB', why: '39 characters' }],
    },
  },
  {
    id: 'opencage-api-key',
    title: 'OpenCage geocoding API key',
    vendor: 'OpenCage',
    names: ['opencage'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'OPENCAGE_API_KEY=yr2ea54nloxixsc4zrywok0o5zfxhskf' },
        { text: `geocoder = OpenCageGeocode('tb8rh452i1klcj1g4xkr4vy839hkrfii')` },
      ],
      negative: [{ text: 'OPENCAGE_API_KEY=yr2ea54nloxixsc4zrywok0o5zfxhsk', why: '31 characters' }],
    },
  },
  {
    id: 'openuv-api-key',
    title: 'OpenUV API key',
    vendor: 'OpenUV',
    names: ['openuv'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'OPENUV_API_KEY=9c3usz50a7mwkf580fes0yw8vc5pgy9v', path: '.env' },
        { text: `const openuvHeaders = { 'x-access-token': '2rfdkwzxl0pbgtaiifxdy057zfgipld9' };` },
      ],
      negative: [{ text: 'OPENUV_API_KEY=9c3usz50a7mwkf580fes0yw8vc5pgy9', why: '31 characters' }],
    },
  },
  {
    id: 'openweather-api-key',
    title: 'OpenWeather API key',
    vendor: 'OpenWeather',
    names: ['openweather', 'pyowm'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'OPENWEATHERMAP_API_KEY=22wcw0qfkdhffhmnfkhtcqm3hz6cmxj8' },
        { text: `owm = pyowm.OWM('uee16a7z8qhrvzkyb0calzf0wu3eg1bg')` },
      ],
      negative: [{ text: 'OPENWEATHER_API_KEY=22wcw0qfkdhffhmnfkhtcqm3hz6cmxj', why: '31 characters' }],
    },
  },
  {
    id: 'opsgenie-api-key',
    title: 'Opsgenie API key',
    vendor: 'Opsgenie',
    names: ['opsgenie'],
    token: { alphabet: 'uuid' },
    remediation:
      'Delete the API integration (or the API key under Settings > API key management) in Opsgenie and ' +
      'create a new one; keep it in a secret store.',
    examples: {
      positive: [
        { text: 'OPSGENIE_API_KEY=89a1fd10-ba48-4cb9-bde3-0f0ec8bf1e61', path: '.env' },
        { text: `opsgenie_headers = {'Authorization': 'GenieKey 4ae37f85-1582-48fd-aeda-5a107565d7ef'}` },
      ],
      negative: [{ text: 'OPSGENIE_API_KEY=89a1fd10-ba48-4cb9-bde3-0f0ec8bf1e6', why: 'a UUID one digit short' }],
    },
  },
  {
    id: 'overloop-api-key',
    title: 'Overloop API key',
    vendor: 'Overloop',
    names: ['overloop'],
    token: { alphabet: 'token', length: [48, 56] },
    examples: {
      positive: [
        { text: 'OVERLOOP_API_KEY=Zwlxp8wmBQsxaXakGPKp8Gust-PhMMwd-kJh1Fcs1AEuausBruq', path: '.env' },
        { text: '  overloop_token: "7xLnu3fxubEITEyX3LhM9e96sMQqf_i5blbt1WD2XKqutapO"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'OVERLOOP_API_KEY=Zwlxp8wmBQsxaXakGPKp8Gust-PhMMwd-kJh1Fcs1AEuaus', why: '47 characters' }],
    },
  },
  {
    id: 'owlbot-api-token',
    title: 'Owlbot dictionary API token',
    vendor: 'Owlbot',
    names: ['owlbot'],
    token: { alphabet: 'hex', length: 40 },
    examples: {
      positive: [
        { text: 'OWLBOT_API_KEY=16601623e36dab056f31f3f54948d3587510eda2', path: '.env' },
        { text: `owlbot_headers = {'Authorization': 'Token f9d11c005386a3a95582d88707671afda8f53654'}` },
      ],
      negative: [{ text: 'OWLBOT_API_KEY=16601623e36dab056f31f3f54948d3587510eda', why: '39 characters' }],
    },
  },
  {
    id: 'pandadoc-api-key',
    title: 'PandaDoc API key',
    vendor: 'PandaDoc',
    names: ['pandadoc'],
    token: { alphabet: 'alnum', length: 40 },
    remediation:
      'Regenerate the key under Settings > Integrations > API in PandaDoc (the old one stops working) and ' +
      'keep it in a secret store.',
    examples: {
      positive: [
        { text: 'PANDADOC_API_KEY=zC2X3bK6CRuAWa6j3Ww6YFoHNpY5PrXBZ0GjOj16', path: '.env' },
        { text: `pandadoc_headers = {'Authorization': 'API-Key zeNkaCkFujTtg2KFWZPhiaHIK7Hum3KiUFizfU2z'}` },
      ],
      negative: [{ text: 'PANDADOC_API_KEY=zC2X3bK6CRuAWa6j3Ww6YFoHNpY5PrXBZ0GjOj1', why: '39 characters' }],
    },
  },
  {
    id: 'pandascore-api-token',
    title: 'PandaScore API token',
    vendor: 'PandaScore',
    names: ['pandascore'],
    token: { alphabet: 'token', length: [40, 60] },
    examples: {
      positive: [
        { text: 'PANDASCORE_API_KEY=tb_jNEM2zb4Cwvsq45viey0fZ94rgFSDOVOaTRWNPnX3T', path: '.env' },
        { text: 'export PANDASCORE_ACCESS_TOKEN="kYm1nYsgcURyhoj1RTIpIo9e_zth1ViA9khHtUUG7H"' },
      ],
      negative: [{ text: 'PANDASCORE_API_KEY=tb_jNEM2zb4Cwvsq45viey0fZ94rgFSDOVOaTRW', why: '39 characters' }],
    },
  },
  {
    id: 'parseur-api-key',
    title: 'Parseur API key',
    vendor: 'Parseur',
    names: ['parseur'],
    token: { alphabet: 'hex', length: 40 },
    examples: {
      positive: [
        { text: 'PARSEUR_API_KEY=05b347eedaffea3def03a5cf4dd28a8c549954a5', path: '.env' },
        { text: `parseur_headers = {'Authorization': 'Token 9a2a45c984c2f6ea23dd6786d93e978211f857e2'}` },
      ],
      negative: [{ text: 'PARSEUR_API_KEY=05b347eedaffea3def03a5cf4dd28a8c549954a', why: '39 characters' }],
    },
  },
  {
    id: 'partnerstack-api-key',
    title: 'PartnerStack API key',
    vendor: 'PartnerStack',
    names: ['partnerstack'],
    token: { alphabet: 'alnum', length: 64 },
    examples: {
      positive: [
        { text: 'PARTNERSTACK_API_KEY=2HNDQoz8EKIPHWejL3HG9PkuGhEPPDy9yuvtjH2LAGTbH0HuQe5l983tw1DZdVXa', path: '.env' },
        { text: '  "partnerstack_api_key": "8G7sprWhbOpxYjRknFdGwxBx08eUQLrTDcUmSz4blwPyNII31V3AeqyA9L84HOEw",', path: 'config.json' },
      ],
      negative: [
        { text: 'PARTNERSTACK_API_KEY=2HNDQoz8EKIPHWejL3HG9PkuGhEPPDy9yuvtjH2LAGTbH0HuQe5l983tw1DZdVX', why: '63 characters' },
      ],
    },
  },
  {
    // the CLI's example token is 32 characters; tokens issued on the profile page are 20
    id: 'papertrail-api-token',
    title: 'Papertrail API token',
    vendor: 'Papertrail',
    names: ['papertrail'],
    token: [{ alphabet: 'alnum', length: 20 }, { alphabet: 'alnum', length: 32 }],
    remediation:
      'Regenerate the API token on the Profile page in Papertrail (the old one stops working) and keep the new ' +
      'one in PAPERTRAIL_API_TOKEN from a secret store.',
    examples: {
      positive: [
        { text: 'PAPERTRAIL_API_TOKEN=6ypMudYDBg5JFAVb5nwb', path: '.env' },
        { text: "conn = requests.get(url, headers={'X-Papertrail-Token': '95WWtcIElvQW6ixaC63x'})", path: 'tools/search_logs.py' },
        { text: 'papertrail_token: rpNOX6fuel9XkI6JgCRBVhig0fK068wW', path: 'config/papertrail.yml' },
      ],
      negative: [
        { text: 'PAPERTRAIL_API_TOKEN=6ypMudYDBg5JFAVb5nw', why: '19 characters' },
        { text: 'PAPERTRAIL_HOST=logs5.papertrailapp.com:41517', why: 'a log destination' },
      ],
    },
  },
  {
    id: 'pastebin-api-key',
    title: 'Pastebin developer API key',
    vendor: 'Pastebin',
    names: ['pastebin'],
    token: { alphabet: 'token', length: 32 },
    examples: {
      positive: [
        { text: 'PASTEBIN_API_DEV_KEY=LkiSkIhx8TIhj9hNxn-cQHp4Bat9sN0J' },
        { text: `pastebin_data = {'api_dev_key': 's4JC1nzjfcTha2m5FW8y7anScS2qUzBN', 'api_option': 'paste'}` },
      ],
      negative: [{ text: 'PASTEBIN_API_KEY=LkiSkIhx8TIhj9hNxn-cQHp4Bat9sN0', why: '31 characters' }],
    },
  },
  {
    id: 'paydirt-api-key',
    title: 'Paydirt API key',
    vendor: 'Paydirt',
    names: ['paydirtapp', 'paydirt_api'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'PAYDIRTAPP_API_KEY=3f3a413cc2fe8c812f33da04da4f87ce', path: '.env' },
        { text: '  paydirtapp_token: "a004a2b4ec826398d1628b5b90da40ee"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'PAYDIRTAPP_API_KEY=3f3a413cc2fe8c812f33da04da4f87c', why: '31 characters' }],
    },
  },
  {
    id: 'paymo-api-key',
    title: 'Paymo API key',
    vendor: 'Paymo',
    names: ['paymoapp', 'paymo_api', 'paymo_key', 'paymo_token'], compoundNames: ['paymo'],
    token: { alphabet: 'alnum', length: 44 },
    examples: {
      positive: [
        { text: 'PAYMO_API_KEY=HYm6EVGqDRaEnsyaNSQnv29kUtN5WPqQhqw2g6UsB0Yx', path: '.env' },
        { text: `paymoapp_token: 'soSpqHNw3C1gOZMuU0TEJkPzUemsmrlV48R2Mrp1xMLe'` },
      ],
      negative: [{ text: 'PAYMO_API_KEY=HYm6EVGqDRaEnsyaNSQnv29kUtN5WPqQhqw2g6UsB0Y', why: '43 characters' }],
    },
  },
  {
    id: 'pdflayer-api-key',
    title: 'pdflayer access key',
    vendor: 'pdflayer',
    names: ['pdflayer'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'PDFLAYER_ACCESS_KEY=vuhgq99oaejdhkv6ufvcl4o6kgkw4w44' },
        { text: `pdflayer_params = {'access_key': 'xa9cem4lk0fh7hl4q22in547z1of583c', 'document_url': url}` },
      ],
      negative: [{ text: 'PDFLAYER_API_KEY=vuhgq99oaejdhkv6ufvcl4o6kgkw4w4', why: '31 characters' }],
    },
  },
  {
    id: 'pdfshift-api-key',
    title: 'PDFShift API key',
    vendor: 'PDFShift',
    names: ['pdfshift'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'PDFSHIFT_API_KEY=bf86f7f5b3260e0c079d003c580294f3', path: '.env' },
        { text: `pdfshift.api_key = '3df5f428ff108b1df3e3f2260153469a'` },
      ],
      negative: [{ text: 'PDFSHIFT_API_KEY=bf86f7f5b3260e0c079d003c580294f', why: '31 characters' }],
    },
  },
  {
    id: 'peopledatalabs-api-key',
    title: 'People Data Labs API key',
    vendor: 'People Data Labs',
    names: ['peopledatalabs'],
    token: { alphabet: 'hex', length: 64 },
    examples: {
      positive: [
        { text: 'PEOPLEDATALABS_API_KEY=491926694db39af1c6a16dc58d174fda9ec7df5d21f5a907464394abc90f7afb', path: '.env' },
        { text: `peopledatalabs_client = PDLPY(api_key='2ab9b40d322b46c1776f283181dffe7db610e8946b4ce95a68113192b5ff7286')` },
      ],
      negative: [
        { text: 'PEOPLEDATALABS_API_KEY=491926694db39af1c6a16dc58d174fda9ec7df5d21f5a907464394abc90f7af', why: '63 characters' },
      ],
    },
  },
  {
    id: 'pipedream-api-key',
    title: 'Pipedream API key',
    vendor: 'Pipedream',
    names: ['pipedream'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'PIPEDREAM_API_KEY=7idt1seej7p5zfkffkd5avcvszdaox0e', path: '.env' },
        { text: `pipedream_headers = {'Authorization': 'Bearer qimik27hwnm9hgwib8qwz3dfuupovn8c'}` },
      ],
      negative: [{ text: 'PIPEDREAM_API_KEY=7idt1seej7p5zfkffkd5avcvszdaox0', why: '31 characters' }],
    },
  },
  {
    id: 'pipedrive-api-token',
    title: 'Pipedrive API token',
    vendor: 'Pipedrive',
    names: ['pipedrive'],
    token: { alphabet: 'lower-alnum', length: 40 },
    remediation:
      'Regenerate the personal API token under Personal preferences > API in Pipedrive and keep the new one ' +
      'in a secret store.',
    examples: {
      positive: [
        { text: 'PIPEDRIVE_API_KEY=6j11n5oz1x6dss58xqu3dpxgfk9wmtc3kv3cxiuv', path: '.env' },
        { text: `url = 'https://api.pipedrive.com/v1/deals?api_token=5wkcinzdzyxhi8f18or1hq3ikgtwc0lwxklloxph'` },
      ],
      negative: [{ text: 'PIPEDRIVE_API_KEY=6j11n5oz1x6dss58xqu3dpxgfk9wmtc3kv3cxiu', why: '39 characters' }],
    },
  },
  {
    // the account number, a dash and 25 hex characters
    id: 'pixabay-api-key',
    title: 'Pixabay API key',
    vendor: 'Pixabay',
    names: ['pixabay'],
    token: { alphabet: 'token', length: [32, 36] },
    examples: {
      positive: [
        { text: 'PIXABAY_API_KEY=41938275-3f9d0c7b1e4a62d8f5b0c9e71' },
        { text: `url = 'https://pixabay.com/api/?key=25480913-a7c21e9f04b6d83e5f1c0a942&q=tree'` },
      ],
      negative: [
        { text: 'PIXABAY_API_KEY=41938275-3f9d0c7b1e4a62d8f5b0c', why: '8 characters short' },
        { text: 'PIXABAY_USER_ID=41938275', why: 'the account number alone' },
      ],
    },
  },
  {
    id: 'planyo-api-key',
    title: 'Planyo API key',
    vendor: 'Planyo',
    names: ['planyo'],
    token: { alphabet: 'alnum', length: 62 },
    examples: {
      positive: [
        { text: 'PLANYO_API_KEY=sm7hG8GSxHYvQO7Y6IXckyfgOoymvZ1AKn6amAERddrU7UY7r1kgyKw6B5McLR', path: '.env' },
        { text: '  planyo_token: "XB0C2DJRCf9eRzUNdwGbEak4AFoQQow6muluPLTA8372ZtZGIO550epghcJhex"', path: 'config/settings.yml' },
      ],
      negative: [
        { text: 'PLANYO_API_KEY=sm7hG8GSxHYvQO7Y6IXckyfgOoymvZ1AKn6amAERddrU7UY7r1kgyKw6B5McL', why: '61 characters' },
      ],
    },
  },
  {
    id: 'podio-api-token',
    title: 'Podio API token',
    vendor: 'Podio',
    names: ['podio'],
    token: { alphabet: 'lower-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'PODIO_CLIENT_SECRET=uggui9lgorcyowo31pe4wljwurrfqtaa' },
        { text: `podio_app_token: 'od8dgxlt69jtv9bcph3zkb9xbxoidycy'` },
      ],
      negative: [{ text: 'PODIO_API_KEY=uggui9lgorcyowo31pe4wljwurrfqta', why: '31 characters' }],
    },
  },
  {
    id: 'pollsapi-api-key',
    title: 'PollsAPI key',
    vendor: 'PollsAPI',
    names: ['pollsapi'],
    token: { alphabet: 'upper-alnum', length: 28 },
    examples: {
      positive: [
        { text: 'POLLSAPI_API_KEY=SB889CUSS8ALSIH6VYUGUVNJPTYL', path: '.env' },
        { text: `pollsapi_headers = {'api-key': '2JNMSQGISE8W2HSD747EQKDTGCJ9'}` },
      ],
      negative: [{ text: 'POLLSAPI_API_KEY=SB889CUSS8ALSIH6VYUGUVNJPTY', why: '27 characters' }],
    },
  },
  {
    // 'polygon' alone is a geometry word: only the compound names
    id: 'polygon-io-api-key',
    title: 'Polygon.io (Massive) API key',
    vendor: 'Polygon.io',
    names: ['polygon_io', 'polygonio', 'polygon.io', 'polygon_api'],
    compoundNames: ['polygon'],
    token: { alphabet: 'alnum', length: 32 },
    examples: {
      positive: [
        { text: 'POLYGON_IO_API_KEY=2PwZdl4aXPZgBQubMeqNK6EZrG1tffz6', path: '.env' },
        { text: `url = 'https://api.polygon.io/v1/open-close?apiKey=UprO9lYOMoFPYl3VnLmaNYUbnNQiDqvj'` },
        { text: 'POLYGON_KEY=lgngmTdbdhLsbdeE7umylAUIdxs5uUmm', path: '.env' },
      ],
      negative: [
        { text: 'POLYGON_IO_API_KEY=2PwZdl4aXPZgBQubMeqNK6EZrG1tffz', why: '31 characters' },
        { text: 'polygon_io_version = "Zk8mQv2Lr9XbT4nWc7YpHs1JdE6uFa2f"', why: 'no key-like word' },
        { text: 'multipolygon_key = "7mtXH48oQKWvk6hz6kM5c0W77RwtZy8e"', path: 'gis/tiles.py', why: 'a longer word ending in "polygon"' },
      ],
    },
  },
  {
    id: 'positionstack-api-key',
    title: 'positionstack access key',
    vendor: 'positionstack',
    names: ['positionstack'],
    token: { alphabet: 'alnum', length: 32 },
    examples: {
      positive: [
        { text: 'POSITIONSTACK_ACCESS_KEY=ojGWI81p1mBCCcEi5vTY3AdE2yLwwbTG' },
        { text: '  positionstack_token: "spzplOPWHCMtdyhK3Slxs2kAkCIG6vVS"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'POSITIONSTACK_API_KEY=ojGWI81p1mBCCcEi5vTY3AdE2yLwwbT', why: '31 characters' }],
    },
  },
  {
    id: 'powrbot-api-key',
    title: 'Powrbot API key',
    vendor: 'Powrbot',
    names: ['powrbot'],
    token: { alphabet: 'alnum', length: 40 },
    examples: {
      positive: [
        { text: 'POWRBOT_API_KEY=LeLFQb4Ni1P7PrHibTblgUJtDOv15hiQbCeSRPpl', path: '.env' },
        { text: `powrbot_headers = {'Authorization': 'Zek5lKWbNKDaEUH054WTCVabTgkt5j6ygVZkyCA6'}` },
      ],
      negative: [{ text: 'POWRBOT_API_KEY=LeLFQb4Ni1P7PrHibTblgUJtDOv15hiQbCeSRPp', why: '39 characters' }],
    },
  },
  {
    id: 'prodpad-api-key',
    title: 'ProdPad API key',
    vendor: 'ProdPad',
    names: ['prodpad'],
    token: { alphabet: 'hex', length: 64 },
    examples: {
      positive: [
        { text: 'PRODPAD_API_KEY=51d86e96f249d03b9d2cac1b72ba1efbdf4b8dc56f2a2b0d2e7e6d0b103cc941', path: '.env' },
        { text: `prodpad_headers = {'Authorization': 'Bearer 7ed26811258dbf934f7a6e008c398a372b946420c57b38e57b2fa27d07ca5d4f'}` },
      ],
      negative: [
        { text: 'PRODPAD_API_KEY=51d86e96f249d03b9d2cac1b72ba1efbdf4b8dc56f2a2b0d2e7e6d0b103cc94', why: '63 characters' },
      ],
    },
  },
  {
    // 'prospect' alone is an English word: only the compound names
    id: 'prospectcrm-api-key',
    title: 'Prospect CRM API key',
    vendor: 'Prospect CRM',
    names: ['prospectcrm', 'prospect_crm'],
    compoundNames: ['prospect'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'PROSPECTCRM_API_KEY=2d1d819f093650832aa8a6ef6c7c7b69', path: '.env' },
        { text: `prospect_crm_token: 'b7f6b230af9e4a2a9e81bc26884eae09'` },
        { text: 'PROSPECT_API_KEY=818a9f3c72a93526e18bc35f00a05242', path: '.env' },
      ],
      negative: [{ text: 'PROSPECTCRM_API_KEY=2d1d819f093650832aa8a6ef6c7c7b6', why: '31 characters' }, { text: 'const prospectKeyword = "42c1f492417c8ba02ce69641826fe534";', path: 'src/search.ts', why: 'prospect glued to a longer word' }],
    },
  },
  {
    // 'protocols' alone is a programming word: only the compound names
    id: 'protocols-io-api-token',
    title: 'protocols.io API token',
    vendor: 'protocols.io',
    names: ['protocols_io', 'protocolsio', 'protocols.io'],
    compoundNames: ['protocols'],
    token: { alphabet: 'hex', length: 64 },
    examples: {
      positive: [
        { text: 'PROTOCOLS_IO_ACCESS_TOKEN=e172cc36789eacfc2206e5c60aa9350f9fc3dd1541ede355b4f1861060ffc764', path: '.env' },
        { text: 'protocols.io token: 354c0b1179f7897a13e9d9f61fbd69255eb45a28ae5b94c24fc168d48798e73e' },
        { text: 'protocols_token: 18a2d12f6e98c1479ffb45e7ea622e1735194f869f1741229b311529e299f73c', path: 'config/lab.yml' },
      ],
      negative: [
        { text: 'PROTOCOLS_IO_API_KEY=e172cc36789eacfc2206e5c60aa9350f9fc3dd1541ede355b4f1861060ffc76', why: '63 characters' },
        { text: 'supported_protocols_key = "5b7e7de67a9db5634b338af17113a8806129005b8ade81c20e65bf4651019da4"', path: 'net/config.py', why: '"protocols" is not the first word of the identifier' },
      ],
    },
  },
  {
    id: 'proxycrawl-api-token',
    title: 'ProxyCrawl (Crawlbase) token',
    vendor: 'Crawlbase',
    names: ['proxycrawl', 'crawlbase'],
    token: { alphabet: 'token', length: 22 },
    examples: {
      positive: [
        { text: 'PROXYCRAWL_TOKEN=TEulG-Q0WSiOf3sdoyVdz7' },
        { text: `crawlbase_api = CrawlingAPI({'token': 'lrHS6G6ktmKKcM-sEzbgii'})` },
      ],
      negative: [{ text: 'PROXYCRAWL_API_KEY=TEulG-Q0WSiOf3sdoyVdz', why: '21 characters' }],
    },
  },
  {
    id: 'qualaroo-api-key',
    title: 'Qualaroo API key',
    vendor: 'Qualaroo',
    names: ['qualaroo'],
    token: { alphabet: 'alnum', length: 64 },
    examples: {
      positive: [
        { text: 'QUALAROO_API_KEY=CBFaCu3XnDibsuamM4ZkYbWvlUy7KS6DWhYteoKZ4pMqojair1cregc85NJyKxBR', path: '.env' },
        { text: '  qualaroo_token: "Hdtn1xutBjMsLMKW2lHjfOym9NRqycUioYY4Ses3XQfpfNnNkUDZTyXaAJTJO9fk"', path: 'config/settings.yml' },
      ],
      negative: [
        { text: 'QUALAROO_API_KEY=CBFaCu3XnDibsuamM4ZkYbWvlUy7KS6DWhYteoKZ4pMqojair1cregc85NJyKxB', why: '63 characters' },
      ],
    },
  },
  {
    id: 'rapidapi-key',
    title: 'RapidAPI key',
    vendor: 'RapidAPI',
    names: ['rapidapi'],
    token: { alphabet: 'alnum', length: 50 },
    examples: {
      positive: [
        { text: `headers: { 'X-RapidAPI-Key': 'XVW41wwvvNQNrO4kwXyqbPIVMzQz5lgs4mjqE5Sd6VxdAfWmid', 'X-RapidAPI-Host': 'weather.p.rapidapi.com' }` },
        { text: 'RAPIDAPI_API_KEY=0HEOeLwqsDcwNnmfxcc8Sujo94dcoIBuxU62t8DyQZMkzE1G8u', path: '.env' },
      ],
      negative: [{ text: 'RAPIDAPI_API_KEY=XVW41wwvvNQNrO4kwXyqbPIVMzQz5lgs4mjqE5Sd6VxdAfWmi', why: '49 characters' }],
    },
  },
  {
    // 'rawg' alone is inside drawGrid, drawGradient: only with a separator or a compound
    id: 'rawg-api-key',
    title: 'RAWG video game database API key',
    vendor: 'RAWG',
    names: ['rawg_', 'rawg-', 'rawg ', 'rawg.io', 'rawgapi', 'rawgkey'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'RAWG_API_KEY=ca55acd0cd873647b3c5289924df1c6c' },
        { text: 'fetch(`https://api.rawg.io/api/games?key=8e6d1c61aafe8643935512879c49079f&page_size=5`)' },
      ],
      negative: [
        { text: 'RAWG_API_KEY=ca55acd0cd873647b3c5289924df1c6', why: '31 characters' },
        { text: 'ctx.drawGradient(key, "4f1c2a9e7b3d5f608a1c2e3b4d5f6a7b")', why: 'drawGradient, not RAWG' },
      ],
    },
  },
  {
    id: 'rebrandly-api-key',
    title: 'Rebrandly API key',
    vendor: 'Rebrandly',
    names: ['rebrandly'],
    token: { alphabet: 'hex', length: 32 },
    examples: {
      positive: [
        { text: 'REBRANDLY_API_KEY=9251923b6515cb35e999b27d3fca87d5', path: '.env' },
        { text: `rebrandly_headers = {'apikey': 'fd3cc813c7fb77ca41676691646ed6cc'}` },
      ],
      negative: [{ text: 'REBRANDLY_API_KEY=9251923b6515cb35e999b27d3fca87d', why: '31 characters' }],
    },
  },
  {
    // 'refiner' alone is a common word: only the compound names
    id: 'refiner-api-key',
    title: 'Refiner API key',
    vendor: 'Refiner',
    names: ['refiner.io', 'refinerio', 'refiner_api'],
    compoundNames: ['refiner'],
    token: { alphabet: 'uuid' },
    examples: {
      positive: [
        { text: 'REFINER_API_KEY=43d8f362-91f6-4b00-8db9-6faebd95789a', path: '.env' },
        { text: `refinerio_secret: 'dcab88dc-ff54-46f4-b25a-857924411ef8'` },
        { text: 'REFINER_TOKEN=d8076904-4a15-43fb-a6ec-b940bb1016ed', path: '.env' },
      ],
      negative: [{ text: 'REFINER_API_KEY=43d8f362-91f6-4b00-8db9-6faebd95789', why: 'a UUID one digit short' }, { text: 'query_refiner_key = "b8104c10-8c35-4eda-a141-97414b2b7553"', path: 'search/config.py', why: '"refiner" is not the first word of the identifier' }],
    },
  },
  {
    id: 'rentman-api-token',
    title: 'Rentman API token',
    vendor: 'Rentman',
    names: ['rentman'],
    token: { alphabet: 'token', length: [100, 512], prefix: 'eyJ' },
    examples: {
      positive: [
        { text: 'RENTMAN_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJtZWRld2Vya2VyIjozOCwiYWNjb3VudCI6ImFjY3QzMzQxIiwiY2xpZW50X3R5cGUiOiJvcGVuYXBpIiwiY2xpZW50X25hbWUiOiJyZW50bWFuIiwiZXhwIjo0ODU1NzYwMDAwLCJpYXQiOjE3MDAwMDAwMDB9.ybErfKxpXLC-vnHtEPW54HYQToWg1x8BmRe27kU6pCI', path: '.env' },
        { text: `rentman_headers = {'Authorization': 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJtZWRld2Vya2VyIjo5MDMsImFjY291bnQiOiJhY2N0Mjg4OCIsImNsaWVudF90eXBlIjoib3BlbmFwaSIsImNsaWVudF9uYW1lIjoicmVudG1hbiIsImV4cCI6NDg1NTc2MDAwMCwiaWF0IjoxNzAwMDAwMDAwfQ.CHfcjffLpmuzZVODixf2OzPwMoleYOMctuFRUnEbmNg'}` },
      ],
      negative: [
        { text: 'RENTMAN_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJtZWRld2Vya2VyIjozOCwiYWNjb3VudCI6ImFjY3QzMzQxIiwiY2xpZW50X3R5c', why: '99 characters' },
      ],
    },
  },
  {
    id: 'replyio-api-key',
    title: 'Reply.io API key',
    vendor: 'Reply.io',
    names: ['replyio', 'reply.io'],
    token: { alphabet: 'alnum', length: 24 },
    examples: {
      positive: [
        { text: 'REPLYIO_API_KEY=2TwdB4MLG4gWndYPTFnLjMzg', path: '.env' },
        { text: `replyio_headers = {'x-api-key': '1xSlZmpQyEfzoP0BV73q7F3A'}` },
      ],
      negative: [{ text: 'REPLYIO_API_KEY=2TwdB4MLG4gWndYPTFnLjMz', why: '23 characters' }],
    },
  },
  {
    id: 'restpack-api-token',
    title: 'Restpack API token',
    vendor: 'Restpack',
    names: ['restpack'],
    token: { alphabet: 'alnum', length: 48 },
    examples: {
      positive: [
        { text: 'RESTPACK_API_KEY=mhEdY2iGrDLDTFWXcSD6iHogGvZZltOAehLqdw0Iwm3VBMsS', path: '.env' },
        { text: `restpack_headers = {'x-access-token': 'P2Gw0MqfIDNwXmPsD4zr4P9XqK8BCgSylPzV5PFScA3AumHu'}` },
      ],
      negative: [
        { text: 'RESTPACK_API_KEY=mhEdY2iGrDLDTFWXcSD6iHogGvZZltOAehLqdw0Iwm3VBMs', why: '47 characters' },
        { text: 'const token = findNearestPackageData(root, "7d3b9f1e2a4c6d8e0f1a3b5c7d9e1f2a3b4c5d6e7f8a9b0c");', why: 'nearestPackage, not Restpack' },
      ],
    },
  },
  {
    id: 'ritekit-api-key',
    title: 'RiteKit client secret',
    vendor: 'RiteKit',
    names: ['ritekit'],
    token: { alphabet: 'hex', length: 44 },
    examples: {
      positive: [
        { text: 'RITEKIT_CLIENT_SECRET=234af43a86fbf93d6570fad24873723f6f58eb4c48e9' },
        { text: '  ritekit_token: "a5d5f8c997e449b98c540a3a2fbd1fb53a0035472291"', path: 'config/settings.yml' },
      ],
      negative: [{ text: 'RITEKIT_API_KEY=234af43a86fbf93d6570fad24873723f6f58eb4c48e', why: '43 characters' }],
    },
  },
  {
    id: 'rocketreach-api-key',
    title: 'RocketReach API key',
    vendor: 'RocketReach',
    names: ['rocketreach'],
    token: { alphabet: 'lower-alnum', length: [36, 40] },
    examples: {
      positive: [
        { text: 'ROCKETREACH_API_KEY=38m9j2htfp80iq48144rdu04ppenhaz2r3tl03th', path: '.env' },
        { text: `rocketreach_headers = {'Api-Key': 'gyx3fciu4x00txum2k73w4xqa808e3875608ep77'}` },
      ],
      negative: [{ text: 'ROCKETREACH_API_KEY=38m9j2htfp80iq48144rdu04ppenhaz2r3t', why: '35 characters' }],
    },
  },
  {
    id: 'route4me-api-key',
    title: 'Route4Me API key',
    vendor: 'Route4Me',
    names: ['route4me'],
    token: { alphabet: 'upper-alnum', length: 32 },
    examples: {
      positive: [
        { text: 'ROUTE4ME_API_KEY=VY7EPWU7X86YSF7GD4LBHWGW02M5CHCM', path: '.env' },
        { text: `route4me = Route4Me('EN4210CXZOTASDRM0SRPU8CA53B8FALG')` },
      ],
      negative: [{ text: 'ROUTE4ME_API_KEY=VY7EPWU7X86YSF7GD4LBHWGW02M5CHC', why: '31 characters' }],
    },
  },
]);

// ------------------------------------------------------------------ formats with their own mark

const MAPBOX_KINDS: Readonly<Record<string, string>> = { sk: 'secret token', tk: 'temporary token' };

// Mapbox access tokens: pk. (public), sk. (secret) or tk. (temporary), then a base64url JSON payload
// that always opens with {"u":" (the user name), a dot and a 22-character signature.
const MAPBOX_BODY = String.raw`\.eyJ1Ijoi[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,50}`;

export const mapboxSecretToken: Detector = patternDetector({
  id: 'mapbox-secret-token',
  title: 'Mapbox secret or temporary access token',
  vendor: 'Mapbox',
  severity: 'high',
  keywords: ['sk.eyj1ijoi', 'tk.eyj1ijoi'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_.-])(?<secret>(?<kind>sk|tk)${MAPBOX_BODY})(?![A-Za-z0-9_.-])`),
  minEntropy: 4,
  detail: (m) => MAPBOX_KINDS[m.groups?.kind ?? ''],
  priority: 50,
  remediation:
    'Delete the token on the Access tokens page of your Mapbox account and create a new one with the fewest ' +
    'scopes; keep secret tokens on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiY29udG9zby1tYXBzIiwiYSI6ImNsazNuZHA4dTY1eXI5am11MW9ldWk5NDEifQ.XsnXGqVi5vbyKVGd5do6-g', path: 'android/gradle.properties' },
      { text: "mapboxgl.accessToken = 'tk.eyJ1IjoiZ2VvLXRlYW0iLCJhIjoiY2x3YWc0cWFlamxyY3luY2IyMmhkNW5jeiJ9.KN91JXdB0oYZGaMR5MYOuC';" },
    ],
    negative: [
      { text: "mapboxgl.accessToken = 'pk.eyJ1IjoiZmxlZXR2aWV3IiwiYSI6ImNsNGttYXZuNmg3ZDc2c3NiZDZqY2IzdmoifQ.jsCwxIZ5a37xEmZbi46WhY';", why: 'a public token (its own detector, low severity)' },
      { text: 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiY29udG9zby1tYXBzIiwiYSI6ImNsazNuZHA4dTY1eXI5am11MW9ldWk5NDEifQ', why: 'no signature part' },
      { text: 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjb250b3NvIn0.XsnXGqVi5vbyKVGd5do6-g', why: 'not a Mapbox payload' },
    ],
  },
});

// Public tokens are meant for browsers and apps; a committed one is worth knowing about (scope it
// with URL restrictions), not an incident: low severity.
export const mapboxPublicToken: Detector = patternDetector({
  id: 'mapbox-public-token',
  title: 'Mapbox public access token',
  vendor: 'Mapbox',
  severity: 'low',
  keywords: ['pk.eyj1ijoi'],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_.-])(?<secret>pk${MAPBOX_BODY})(?![A-Za-z0-9_.-])`),
  minEntropy: 4,
  priority: 50,
  remediation:
    'Public tokens ship to every client by design: restrict this one to your URLs on the Mapbox Access tokens ' +
    'page, or rotate it there if it was meant to stay private.',
  examples: {
    positive: [
      { text: "mapboxgl.accessToken = 'pk.eyJ1IjoiZmxlZXR2aWV3IiwiYSI6ImNsNGttYXZuNmg3ZDc2c3NiZDZqY2IzdmoifQ.jsCwxIZ5a37xEmZbi46WhY';" },
      { text: '  mapboxApiKey:\n    "pk.eyJ1IjoiYXRsYXMtZGV2IiwiYSI6ImNsZTVobnNoN3B3MjFtM2RkcHN3aW56ZnEifQ.hSTA86JdYMOL8VaTnp2hc3",' },
    ],
    negative: [
      { text: "mapboxgl.accessToken = 'pk.eyJ1IjoiZmxlZXR2aWV3IiwiYSI6ImNsNGttYXZuNmg3ZDc2c3NiZDZqY2IzdmoifQ';", why: 'no signature part' },
      { text: "mapboxgl.accessToken = '<your-public-token>';", why: 'placeholder' },
    ],
  },
});

// GeoIP license keys (2024 format): 6 alphanumerics, _, 29 alphanumerics, _mmk.
export const maxmindLicenseKey: Detector = patternDetector({
  id: 'maxmind-license-key',
  title: 'MaxMind license key',
  vendor: 'MaxMind',
  severity: 'high',
  keywords: ['_mmk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?![A-Za-z0-9_])/,
  keywordSpan: { before: 37, after: 4 },
  minEntropy: 3.5,
  priority: 50,
  remediation:
    'Deactivate the key under Manage License Keys in your MaxMind account, generate a new one and give it to ' +
    'geoipupdate (GeoIP.conf) or your build from a secret store.',
  examples: {
    positive: [
      { text: 'LicenseKey 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', path: 'GeoIP.conf' },
      { text: 'MAXMIND_LICENSE_KEY=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', path: '.env' },
    ],
    negative: [
      { text: 'MAXMIND_LICENSE_KEY=8GbWh9_AB9ngRBo2nyZfn4AZ3PBWomOoAGh_mmk', why: '28 characters in the middle' },
      { text: 'MAXMIND_LICENSE_KEY=XXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX_mmk', why: 'placeholder' },
      { text: 'const total_mmk = sum_mmk + tax_mmk;', why: 'Myanmar kyat amounts' },
    ],
  },
});

// NASA Open APIs (api.nasa.gov) keys: 40 alphanumerics, as api_key in an api.nasa.gov URL or after a
// nasa key name. DEMO_KEY is NASA's shared public key.
export const nasaApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'nasa-api-key',
    title: 'NASA Open APIs key',
    vendor: 'NASA Open APIs',
    severity: 'medium',
    keywords: ['nasa'],
    pattern:
      /(?:api\.nasa\.gov\/[^\s'"`?]{0,100}\?[^\s'"`]{0,200}?[?&]?api_key=|nasa[A-Za-z0-9_.-]{0,24}(?:key|token)["']?\s{0,3}[:=]\s{0,3}["'`]?)(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    minEntropy: 3.5,
    validate: (secret) => /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
    priority: 50,
    remediation:
      'NASA API keys cannot be revoked by their owner: sign up at api.nasa.gov for a new key, stop using the old ' +
      'one, and load the key from the environment rather than the source.',
    examples: {
      positive: [
        { text: "fetch('https://api.nasa.gov/planetary/earth/imagery?lon=100.75&lat=1.5&api_key=usf3LYRp5MOKPLWuXaBadi1jXrl0SGDZjuV9QVNd')" },
        { text: 'NASA_API_KEY=um1qylFcaXN6645QOyOeSMLaZp7CiYDZZGjJbAGI', path: '.env' },
        { text: 'var nasaApiKey string = "um1qylFcaXN6645QOyOeSMLaZp7CiYDZZGjJbAGI"', path: 'apod/main.go', why: 'a typed Go declaration' },
      ],
      negative: [
        { text: "fetch('https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY')", why: "NASA's shared demo key" },
        { text: 'NASA_API_KEY=${NASA_API_KEY}', why: 'reference' },
        { text: "fetch('https://images.nasa.gov/search?q=moon&page=2&sha=9f1c2a0e7b3d5f608a1c2e3b4d5f6a7b8c9d0e1f')", why: 'not an api_key parameter' },
      ],
    },
  }),
  { names: ['nasa'], token: { alphabet: 'alnum', length: 40 } },
);

// Nightfall DLP API keys: NF- and 32 alphanumerics.
export const nightfallApiKey: Detector = patternDetector({
  id: 'nightfall-api-key',
  title: 'Nightfall API key',
  vendor: 'Nightfall',
  severity: 'high',
  keywords: ['nf-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NF-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (secret) => /[0-9]/.test(secret.slice(3)) && /[A-Za-z]/.test(secret.slice(3)),
  priority: 50,
  remediation:
    'Delete the key under Manage API keys in the Nightfall dashboard and create a new one; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'NIGHTFALL_API_KEY=NF-493dVkxuOixQVMaES86t5atW3tEJMPqC', path: '.env' },
      { text: 'nightfall = Nightfall("NF-QwBWFzIwNaPYHpntyzX1rNknlzSqRFEg")' },
    ],
    negative: [
      { text: 'NIGHTFALL_API_KEY=NF-493dVkxuOixQVMaES86t5atW3tEJMPq', why: '31 characters' },
      { text: 'the NF-KAPPABINDINGPROTEINCOMPLEXREGULATORS gene family', why: 'upper-case words, no digits' },
    ],
  },
});

// Nozbe Teams API keys: 16 alphanumerics, _, 64 base64url characters (sometimes with = padding).
// The shape is specific, but common enough in encoded data that the vendor's name must be on the line.
export const nozbeTeamsApiKey: Detector = patternDetector({
  id: 'nozbe-teams-api-key',
  title: 'Nozbe Teams API key',
  vendor: 'Nozbe Teams',
  severity: 'high',
  keywords: ['nozbe'],
  pattern: /nozbe[^\n]{0,48}?(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{16}_[A-Za-z0-9_-]{64}(?:={1,2})?)(?![A-Za-z0-9_=-])/i,
  minEntropy: 4,
  priority: 50,
  remediation: 'Delete the API token in Nozbe (Settings > API) and create a new one; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'NOZBE_API_KEY=JEvgsjOaoQzPJB1s_Y98Rz8ikgNQLCk01GR8R448cmY3ah5Gd5mBNCdLwl9XFGPfEn7_mp6JO2FcUZcU8', path: '.env' },
      { text: "nozbe_client = Nozbe(token='rjLoB0SGEdony3YF_5_WyvjOv8YFPXTfSELmfwAfKUYiDqLAR-rFSas1DpJX9ixVDp71Zr7OoYVO2aDBX')" },
    ],
    negative: [
      { text: 'cache = "JEvgsjOaoQzPJB1s_Y98Rz8ikgNQLCk01GR8R448cmY3ah5Gd5mBNCdLwl9XFGPfEn7_mp6JO2FcUZcU8"', why: 'no nozbe name' },
      { text: 'NOZBE_API_KEY=JEvgsjOaoQzPJB1s_Y98Rz8ikgNQLCk01GR8R448cmY3ah5Gd5mBNCdLwl9XFGPfEn7_mp6JO2Fc', why: '59 characters after _' },
    ],
  },
});

// Particle (particle.io) access tokens: 40 hex, passed as access_token= or a Bearer header in calls to
// api.particle.io. The token is often before the URL in a curl line, or on the line next to it.
export const particleAccessToken: Detector = patternDetector({
  id: 'particle-access-token',
  title: 'Particle (particle.io) access token',
  vendor: 'Particle',
  severity: 'high',
  keywords: ['particle.io'],
  pattern: /(?:access_token["']?\s{0,2}[:=]\s{0,2}["']?|[Bb]earer\s{1,3})(?<secret>[a-f0-9]{40})(?![A-Za-z0-9])/,
  minEntropy: 3,
  validate: (_secret, m, text) => /particle\.io/i.test(around(text, m, 300, false)),
  priority: 50,
  remediation:
    'Delete the token with `particle token revoke` (or the console) and create a new one with an expiry; keep it ' +
    'in a secret store, never in scripts.',
  examples: {
    positive: [
      { text: 'curl https://api.particle.io/v1/devices -d access_token=3d0a947d5dbcbae81b0b343516b1cb6089c36283' },
      { text: 'curl -d access_token=a66e01dfb697b24fcbef8eaba225d5dc8483da09 \\\n  https://api.particle.io/v1/devices/events' },
    ],
    negative: [
      { text: 'curl https://api.example.com/v1/devices -d access_token=3d0a947d5dbcbae81b0b343516b1cb6089c36283', why: 'not particle.io' },
      { text: 'curl https://api.particle.io/v1/devices -d access_token=$PARTICLE_TOKEN', why: 'reference' },
    ],
  },
});

// PostHog personal API keys: phx_ and a 43-character url-safe random part. (Project keys, phc_, are
// public by design and not reported.)
export const posthogPersonalApiKey: Detector = patternDetector({
  id: 'posthog-personal-api-key',
  title: 'PostHog personal API key',
  vendor: 'PostHog',
  severity: 'high',
  keywords: ['phx_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>phx_[A-Za-z0-9_-]{40,48})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Delete the key under Settings > Personal API keys in PostHog (it acts with your full permissions) and create ' +
    'a scoped one; keep it on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'POSTHOG_PERSONAL_API_KEY=phx_0W7wIw4HKPH9vTDuDZy0vDX5viceZrV9vqIVxHLcweS', path: '.env' },
      { text: "headers = {'Authorization': 'Bearer phx_gThawsZfwOgzWWVFgIWfPFXZBcuCSqCG5P9Cc3bsejy'}" },
    ],
    negative: [
      { text: "posthog.init('phc_0W7wIw4HKPH9vTDuDZy0vDX5viceZrV9vqIVxHLcweS', { api_host: 'https://eu.i.posthog.com' })", why: 'a public project key' },
      { text: 'POSTHOG_PERSONAL_API_KEY=phx_0W7wIw4HKPH9vTDuDZy0vDX5viceZrV9v', why: '33 characters' },
      { text: 'POSTHOG_PERSONAL_API_KEY=phx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// ReadMe API keys: rdme_ and 70 lower-case alphanumerics.
export const readmeApiKey: Detector = patternDetector({
  id: 'readme-api-key',
  title: 'ReadMe API key',
  vendor: 'ReadMe',
  severity: 'high',
  keywords: ['rdme_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  priority: 50,
  remediation:
    'Revoke the key in the ReadMe dashboard (Developers > API keys) and create a new one; give rdme in CI the ' +
    'replacement through README_API_KEY from its secret store.',
  examples: {
    positive: [
      { text: 'README_API_KEY=rdme_0ooaop75f6510x72ombesa09b18eytzosmz579tqyvp1j0hckja898cvluchhm9ikju8a7', path: '.env' },
      { text: '      - run: npx rdme openapi spec.yml --key=rdme_1umfnkd8htf9pxyrzmf803hrdzhypic44norq359xh8b66hujt4bv89ygdogbfvn1w517h', path: '.github/workflows/docs.yml' },
    ],
    negative: [
      { text: 'README_API_KEY=rdme_0ooaop75f6510x72ombesa09b18eytzosmz579tqyvp1j0hckja898cvluchhm9ikju8a', why: '69 characters' },
      { text: 'README_API_KEY=rdme_0OOAOP75F6510X72OMBESA09B18EYTZOSMZ579TQYVP1J0HCKJA898CVLUCHHM9IKJU8A7', why: 'upper case' },
    ],
  },
});

/** The test keys Google publishes for automated tests (always pass, protect nothing). */
const RECAPTCHA_TEST_KEYS = new Set(['6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI', '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe']);

// reCAPTCHA keys are 6L + 38 base64url characters; the site key is public, the secret key is not. So a
// recaptcha name with a secret/private/server word before the value, or the siteverify secret= parameter.
export const recaptchaSecretKey: Detector = patternDetector({
  id: 'recaptcha-secret-key',
  title: 'reCAPTCHA secret key',
  vendor: 'reCAPTCHA',
  severity: 'medium',
  keywords: ['recaptcha'],
  pattern:
    /recaptcha(?:[A-Za-z0-9_.-]{0,30}(?:secret|private|server)[A-Za-z0-9_.-]{0,20}["']?\s{0,3}(?:=>|:=|[:=])\s{0,3}["'`]?|[^\s'"`]{0,80}?[?&]secret=)(?<secret>6L[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/i,
  minEntropy: 3.5,
  validate: (secret) => secret.startsWith('6L') && !RECAPTCHA_TEST_KEYS.has(secret),
  priority: 50,
  remediation:
    'Move the site to a new key pair in the reCAPTCHA admin console (or Google Cloud reCAPTCHA keys) and keep the ' +
    'secret key on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'RECAPTCHA_SECRET_KEY=6L3CzkZl8MysmKMpyIq5u6z2DonSwH0wwipLLI6Y', path: '.env' },
      { text: "requests.post('https://www.google.com/recaptcha/api/siteverify?secret=6LcnGAKjRAhqz5XT6tEHARDr8r0gNwN2466S-EU_&response=' + token)" },
    ],
    negative: [
      { text: 'RECAPTCHA_SITE_KEY=6L3CzkZl8MysmKMpyIq5u6z2DonSwH0wwipLLI6Y', why: 'the site key is public' },
      { text: 'RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', why: "Google's published test secret" },
      { text: 'RECAPTCHA_SECRET_KEY=6L3CzkZl8MysmKMpyIq5u6z2DonSwH0wwipLLI6', why: '39 characters' },
    ],
  },
});

// Mixpanel: the project token (public, in every page that tracks) identifies the project; the project's
// API secret (32 hex) and service-account secrets (32 letters and digits) import and export its data.
// Only a value under a secret name is reported.
export const mixpanelApiSecret: Detector = namedSecret({
  id: 'mixpanel-api-secret',
  title: 'Mixpanel API secret or service account secret',
  vendor: 'Mixpanel',
  names: ['mixpanel'],
  kind: /secret/,
  bareNames: ['secret', 'apisecret', 'projectsecret', 'serviceaccountsecret'],
  value: '[A-Za-z0-9]{32}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  minEntropy: 3.3,
  remediation:
    "Reset the project's API secret under Project Settings > Access Keys, or delete the service account and " +
    'create a new one, in Mixpanel; keep the new secret on the server, in a secret store.',
  examples: {
    positive: [
      { text: 'MIXPANEL_TOKEN=84359dcbc880ee317ac31e158f334010\nMIXPANEL_API_SECRET=b0101e3027611b65cf514681434881d8', path: '.env' },
      { text: "MIXPANEL_SERVICE_ACCOUNT = 'etl-export.8f2c1a.mp-service-account'\nMIXPANEL_SERVICE_ACCOUNT_SECRET = 'RazrfPtmP6tW7JKDbLbWktYgtJXf0wXh'", path: 'etl/settings.py' },
    ],
    negative: [
      { text: 'MIXPANEL_TOKEN=84359dcbc880ee317ac31e158f334010', why: 'the project token is public' },
      { text: "mixpanel.init('84359dcbc880ee317ac31e158f334010', { track_pageview: true });", why: 'the browser SDK takes the project token' },
      { text: 'MIXPANEL_API_SECRET=b0101e3027611b65cf514681434881d', why: '31 characters' },
    ],
  },
});

// Rollbar project access tokens: 32 hex. New projects get one token per scope: post_server_item, read
// and write tokens belong on servers; post_client_item tokens ship in browser and mobile code by design,
// so a token named for the client (or set in the browser snippet's _rollbarConfig) is reported at medium.
const ROLLBAR_CLIENT = /client/i;

/** True when the value's line names a client-side token, or the value is in the browser snippet's `_rollbarConfig`. */
function rollbarClientToken(text: string, start: number): boolean {
  return ROLLBAR_CLIENT.test(text.slice(lineStartNear(text, start, 160), start)) || text.slice(Math.max(0, start - 300), start).includes('_rollbarConfig');
}

function rollbarTokens(client: boolean, spec: Omit<VendorTokenSpec, 'names' | 'token'>): Detector {
  const kit = vendorToken({ ...spec, names: ['rollbar'], token: { alphabet: 'hex', length: 32 } });
  return {
    ...kit,
    detect: (input) => [...kit.detect(input)].filter((m) => rollbarClientToken(input.text, m.start) === client),
  };
}

export const rollbarAccessToken: Detector = rollbarTokens(false, {
  id: 'rollbar-access-token',
  title: 'Rollbar access token',
  vendor: 'Rollbar',
  remediation:
    'Regenerate (or delete) the token under Project Settings > Project Access Tokens in Rollbar and keep the ' +
    'new one in ROLLBAR_ACCESS_TOKEN from a secret store.',
  examples: {
    positive: [
      { text: 'ROLLBAR_ACCESS_TOKEN=3ad0c04f525c3a55fc1e113b10eb80bc', path: '.env' },
      { text: "import rollbar\n\nrollbar.init('7ccc0cf886b32d1dcc8d3d05b38b17d0', environment='production')", path: 'app/errors.py' },
    ],
    negative: [
      { text: 'ROLLBAR_CLIENT_TOKEN=a30f77516a8c8d1cdccf1effc67f8de9', why: 'a client-side token: reported by rollbar-client-access-token' },
      { text: 'ROLLBAR_ACCESS_TOKEN=3ad0c04f525c3a55fc1e113b10eb80b', why: '31 hex' },
    ],
  },
});

export const rollbarClientAccessToken: Detector = rollbarTokens(true, {
  id: 'rollbar-client-access-token',
  title: 'Rollbar client-side (post_client_item) access token',
  vendor: 'Rollbar',
  severity: 'medium',
  remediation:
    'Client tokens ship to browsers by design: keep the token limited to post_client_item, rate-limit it under ' +
    'Project Settings > Project Access Tokens in Rollbar, and regenerate it if it is abused.',
  examples: {
    positive: [
      { text: 'NEXT_PUBLIC_ROLLBAR_CLIENT_TOKEN=a30f77516a8c8d1cdccf1effc67f8de9', path: '.env' },
      { text: "var _rollbarConfig = {\n  accessToken: '34689b3874aea9469cc2ea10134dccf3',\n  captureUncaught: true,\n};", path: 'public/index.html' },
    ],
    negative: [
      { text: 'ROLLBAR_ACCESS_TOKEN=3ad0c04f525c3a55fc1e113b10eb80bc', why: 'a server token: reported by rollbar-access-token' },
    ],
  },
});

/** saas vendors M–R: the name-plus-value table above, then the formats that carry their own mark. */
// OneLogin API credentials: a client id and a client secret, both 64 hex. Only a value under a secret name is
// reported (`ONELOGIN_CLIENT_SECRET`, `client_secret` right after a OneLogin name).
export const oneloginClientSecret: Detector = namedSecret({
  id: 'onelogin-client-secret',
  title: 'OneLogin API client secret',
  vendor: 'OneLogin',
  names: ['onelogin'],
  kind: /secret/,
  bareNames: ['clientsecret', 'secret'],
  value: '[0-9a-f]{64}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  remediation:
    'Delete the API credential pair in the OneLogin admin portal (Developers > API Credentials) and create a new ' +
    'one with the least scope that works; keep the secret in ONELOGIN_CLIENT_SECRET from a secret store.',
  examples: {
    positive: [
      { text: 'ONELOGIN_CLIENT_ID=f02c147790de492655ee2544c391c35467f565efdb557e9163376968292be31e\nONELOGIN_CLIENT_SECRET=583d9cebcc0c60cd96ad0ec6a1ce8e6a6a806eb060397bbcd9bc95d2ccc20cf7', path: '.env' },
      { text: "from onelogin.api.client import OneLoginClient\nclient = OneLoginClient(\n    client_id='a9bc464b78ec949f42f4635302d312445f19dc59c619752547adc6f406e7ab07',\n    client_secret='da21fbb6a6ab3f0f5f6b504369f47bcdf5256ba4366b0ed265a07af9b2a5fdd6',\n    region='us')", path: 'sync/users.py' },
    ],
    negative: [
      { text: 'ONELOGIN_CLIENT_ID=f02c147790de492655ee2544c391c35467f565efdb557e9163376968292be31e', why: 'the client id' },
      { text: 'ONELOGIN_CLIENT_SECRET=583d9cebcc0c60cd96ad0ec6a1ce8e6a6a806eb060397bbcd9bc95d2ccc20cf', why: '63 hex' },
    ],
  },
});

// n8n public API keys (X-N8N-API-KEY): HS256 JWTs signed by the instance, issuer "n8n", audience
// "public-api". The prefilter keys are `"iss":"n8n"` base64-encoded at each byte alignment. Priority 60
// over the generic JWT detector. Keys made before JWTs were n8n_api_ + 80 hex (n8nLegacyApiKey).
export const n8nApiKey: Detector = patternDetector({
  id: 'n8n-api-key',
  title: 'n8n API key',
  vendor: 'n8n',
  severity: 'high',
  priority: 60,
  keywords: ['imlzcyi6im44bi', 'jpc3mioijuog4i', 'iaxnzijoibjhui'],
  pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>${JWT_SOURCE})(?![A-Za-z0-9_.-])`),
  validate: (secret) => {
    const claims = jwtClaims(secret);
    return claims?.['iss'] === 'n8n' && claims['aud'] === 'public-api';
  },
  remediation:
    'Delete the key under Settings > n8n API on the instance and create a new one with only the scopes it needs; ' +
    'keep it in the calling system\'s secret store (N8N_API_KEY).',
  examples: {
    positive: [
      { text: 'N8N_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3ODVkYmVlNy04YTJiLTRkYjUtYWI0Ni0yNDlhN2E0ODVlMzEiLCJpc3MiOiJuOG4iLCJhdWQiOiJwdWJsaWMtYXBpIiwiaWF0IjoxNzQzMjI2MTI2fQ.eqdDfwNJFrBb0Qzcl4KgbmJQeRp2JGTzq1ftUm899lE', path: '.env' },
      { text: "headers = {'X-N8N-API-KEY': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzMjBhMzg0YS01NmU4LTQyMmItODM1Zi00OGQ3NGExOGRhMWQiLCJpc3MiOiJuOG4iLCJhdWQiOiJwdWJsaWMtYXBpIiwiaWF0IjoxNzQ0OTc1NzQ2fQ.K4Llf-dAfWpol0oZrpNR6FW0RctMmESfibFyGyRjViG'}", path: 'tools/deploy_workflows.py' },
    ],
    negative: [
      { text: 'n8n-auth=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjU0YjhiYzA3LTU3ZmMtNDFiYS1iNjFjLTFjNWEzNzNmMzdlYSIsImhhc2giOiJ3MGRGM2txOUFiIiwiaWF0IjoxNzUwMDAwMDAwLCJleHAiOjE3NTA2MDAwMDB9.n9zcVs9gAVfT3q4C2YWpXdvWHBY3pf_asyI9hN1PC-_', why: 'a browser session token: no n8n issuer, expires' },
      { text: 'N8N_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ...', why: 'placeholder' },
    ],
  },
});

// n8n API keys created before keys became JWTs: n8n_api_ + 80 hex (40 random bytes).
export const n8nLegacyApiKey: Detector = patternDetector({
  id: 'n8n-legacy-api-key',
  title: 'n8n API key (legacy)',
  vendor: 'n8n',
  severity: 'high',
  keywords: ['n8n_api_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>n8n_api_[0-9a-f]{80})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the key under Settings > n8n API on the instance and create a new one; keep it in the calling system\'s ' +
    'secret store (N8N_API_KEY).',
  examples: {
    positive: [
      { text: 'N8N_API_KEY=n8n_api_01f6796a1ba4503cee0c7d1c49bf4b8cecb76871982895069d6f120f9330db5cb74c4238881c655f', path: '.env' },
      { text: "curl -H 'X-N8N-API-KEY: n8n_api_170b281ae089bbbbf054d4ee9d8b557987fbddb1f26a11b24c7c29be2e189e5608e84f1508adcc8d' https://n8n.internal/api/v1/workflows", path: 'scripts/list.sh' },
    ],
    negative: [
      { text: "N8N_INSTANCE_API_KEY: `n8n_api_${'a'.repeat(64)}`", why: 'a test stand-in' },
      { text: 'N8N_API_KEY=n8n_api_01f6796a1ba4503cee0c7d1c49bf4b8cecb76871982895069d6f120f9330db5cb74c4238881c655', why: '79 hex' },
    ],
  },
});

// Retool Workflows API keys: retool_wk_ + 32 hex, sent as the X-Workflow-Api-Key header (or the
// workflowApiKey query parameter) to a workflow's startTrigger URL; anyone holding one runs the workflow.
export const retoolWorkflowApiKey: Detector = patternDetector({
  id: 'retool-workflow-api-key',
  title: 'Retool Workflows API key',
  vendor: 'Retool',
  severity: 'high',
  keywords: ['retool_wk_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>retool_wk_[0-9a-f]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  remediation:
    'Rotate the API key in the workflow\'s webhook trigger settings in Retool and update the callers; keep it in a ' +
    'secret store on the calling side, never in browser code (NEXT_PUBLIC_…).',
  examples: {
    positive: [
      { text: 'RETOOL_WORKFLOW_API_KEY=retool_wk_6ef5c55b67c277b1f2a25f41ca02ae96', path: '.env' },
      { text: "curl -X POST https://api.retool.com/v1/workflows/1f0b6a2c-3d4e-4f50-8a9b-0c1d2e3f4a5b/startTrigger -H 'X-Workflow-Api-Key: retool_wk_7e89f445b1219b8460f0f61dcad7c497'", path: 'scripts/trigger.sh' },
    ],
    negative: [
      { text: "-H 'X-Workflow-Api-Key: retool_wk_fdsedgf3t4t3grg34354656'", why: 'the stand-in of Retool\'s own documentation' },
      { text: 'RETOOL_API_KEY=retool_wk_1234567890abcdef', why: 'placeholder, too short' },
    ],
  },
});

export const saasVendorsMR: readonly Detector[] = [...named, retoolWorkflowApiKey, n8nApiKey, n8nLegacyApiKey, mapboxPublicToken, mapboxSecretToken, maxmindLicenseKey, mixpanelApiSecret, nasaApiKey, newRelicLegacyApiKey, newRelicLegacyLicenseKey, newRelicPixieKey, nightfallApiKey, nozbeTeamsApiKey, oneloginClientSecret, particleAccessToken, posthogPersonalApiKey, readmeApiKey, recaptchaSecretKey, rollbarAccessToken, rollbarClientAccessToken];
