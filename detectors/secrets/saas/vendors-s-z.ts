import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { vendorTokens, withVendorForms } from '../../kit/vendor-token.js';
import { afterVendorName } from '../shared/named-value.js';
import { around } from '../shared/context.js';
import { namedSecret } from '../shared/named-secret.js';

// Salesforce session (access) tokens: the 15-character organization id (00D…) + '!' + an opaque part.
export const salesforceAccessToken: Detector = patternDetector({
  id: 'salesforce-access-token',
  title: 'Salesforce access token',
  vendor: 'Salesforce',
  severity: 'high',
  keywords: ['00d'],
  pattern: /(?<![A-Za-z0-9!._])(?<secret>00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._])/,
  minEntropy: 4,
  remediation:
    'Revoke the session in Salesforce (Setup > Session Management, or the connected app\'s OAuth usage page) ' +
    'and let the client obtain short-lived tokens through OAuth at run time instead of committing one.',
  examples: {
    positive: [
      { text: 'SF_ACCESS_TOKEN=00DRzy7Izq3eGlx!JIb4G4dazf1b0FJDSu6eLEII6gmLjmuPM8YzvEXpO0LWASvL17itATHr6x5G.fjxS9eF5XiJfNh7ERqtKCX1Qyawgaaw6gQz', path: '.env' },
      { text: 'curl https://acme.my.salesforce.com/services/data/v60.0 -H "Authorization: Bearer 00DjUrDyG2jRqzT!vGBZoFpYvaQwcB95ajC7vjdG189oAJH2RPlXJbcHr80igsjfx5_cfCMIWhExWGpZtaFwiKX3CneElN7xUhdFbVzDNZL1j3CK"' },
    ],
    negative: [
      { text: 'SF_ACCESS_TOKEN=00DRzy7Izq3eGlx!JIb4G4dazf1b0FJDSu6eLEII6gmLjmuPM8', why: 'opaque part too short' },
      { text: 'Access Token      00DE0X0A0M0PeLE!AQcAQH0dMHEXAMPLEzmpkb58urFRkgeBGsxL_QJWwYMfAbUeeG7c1EXAMPLEDUkWe6H34r1AAwOR8B8fLEz6nEXAMPLEAAAA', why: "Salesforce's documentation sample" },
      { text: 'const orgId = "00DRzy7Izq3eGlx";', why: 'an organization id alone' },
    ],
  },
});

// OAuth refresh tokens issued by Salesforce begin 5Aep861 and run some 80 more characters.
export const salesforceRefreshToken: Detector = patternDetector({
  id: 'salesforce-refresh-token',
  title: 'Salesforce OAuth refresh token',
  vendor: 'Salesforce',
  severity: 'high',
  keywords: ['5aep861'],
  pattern: /(?<![A-Za-z0-9._])(?<secret>5Aep861[A-Za-z0-9._]{70,200}={0,2})(?![A-Za-z0-9._=])/,
  minEntropy: 4,
  remediation:
    'Revoke the refresh token in Salesforce (the connected app\'s OAuth usage page, or the user\'s Connected Apps) ' +
    'and keep the new one in a secret store.',
  examples: {
    positive: [
      { text: 'SALESFORCE_REFRESH_TOKEN=5Aep8612UTfXgzFrXXwXcdzxyekdNZ9XltNgxqobaIdY7AT.LXN8ydEYfRP6Pm7vYEUtXCCesItuOfAl8GaOYQa6', path: '.env' },
      { text: '  refresh_token: "5Aep861rEKAH49lHPGhEdmZuuk7Obbu5boPWNPQ358NEBSQTAXf0lZSEbHmq7rbKODJULf7kcpZviNKGnYkjGpU"', path: 'config/sf.yml' },
    ],
    negative: [
      { text: 'SALESFORCE_REFRESH_TOKEN=5Aep8612UTfXgzFrXXwXcdzxyekdNZ9Xlt', why: 'too short' },
      { text: 'refresh_token: 5Aep861...', why: 'placeholder' },
    ],
  },
});

// ScreenshotAPI.net keys: four groups of seven upper-case letters and digits.
export const screenshotapiApiKey: Detector = patternDetector({
  id: 'screenshotapi-api-key',
  title: 'ScreenshotAPI key',
  vendor: 'ScreenshotAPI',
  severity: 'high',
  keywords: ['screenshotapi'],
  pattern: afterVendorName(['screenshotapi'], '[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}-[0-9A-Z]{7}'),
  keywordSpan: { before: 0, after: 120 },
  minEntropy: 3.5,
  remediation:
    'Regenerate the API key in the ScreenshotAPI dashboard and load the new one from the environment or a secret ' +
    'store; the old value stays in git history.',
  examples: {
    positive: [
      { text: 'SCREENSHOTAPI_TOKEN=RF12W1P-UJ2NC8U-8MT8DGR-MFM8PNW', path: '.env' },
      { text: "const url = `https://shot.screenshotapi.net/screenshot?token=W75MGO5-PP2HQ8Y-AUY6OKV-XEJT91H&url=${page}`;" },
    ],
    negative: [
      { text: 'SCREENSHOTAPI_TOKEN=RF12W1P-UJ2NC8U-8MT8DGR-MFM8PN', why: 'last group six characters' },
      { text: 'SCREENSHOTAPI_TOKEN=XXXXXXX-XXXXXXX-XXXXXXX-XXXXXXX', why: 'placeholder' },
      { text: 'LICENSE=RF12W1P-UJ2NC8U-8MT8DGR-MFM8PNW', why: 'no vendor name' },
    ],
  },
});

// Shutterstock OAuth access tokens: v2/ + some 388 alphanumerics, next to the vendor's name.
export const shutterstockOauthToken: Detector = patternDetector({
  id: 'shutterstock-oauth-token',
  title: 'Shutterstock OAuth token',
  vendor: 'Shutterstock',
  severity: 'high',
  keywords: ['shutterstock'],
  pattern: afterVendorName(['shutterstock'], 'v2/[A-Za-z0-9]{300,500}'),
  keywordSpan: { before: 0, after: 560 },
  minEntropy: 4.5,
  remediation:
    'Revoke the token by deleting or resetting the app in the Shutterstock developer portal (My apps) and have ' +
    'the client request a new one at run time; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'SHUTTERSTOCK_API_TOKEN=v2/JwBa8gsTEaMjPCAa0JjbWIyGRnofyJhMQtjqOXA9uSBKWM0gvq3pvEvLsfojSULuoqbTYcZwDpyfcGGAn7XQE1SUXF62VEA1xIIN4KPhzwSV3laSm9GSFeZk5iFqypC0zYWCmD0hrRgYTFtGcr9JU4llTx3W4JkxDo49FTou8vTWeWELi7icXboPAlIySgKT1i22AMKKRrszpUOyhUzqcSU8ztuP2rw6YS37JnZcYWuk5wydMgKHOs3JynXUxAKgN5VWpoQ9KUfeN5kfjJA0Mtl9ycy7OxRmtNqQ81YODLaNbxwOXPBGkKz0aYRn3pMJIavwDI4vi6vifh5idBp3PvdUXOvho4mmfF0FnszE5GnnwEpY50dObncgBMQLbcSddZF1', path: '.env' },
      { text: "shutterstock.setAccessToken('v2/YD5EOBaeI8YxyXxJN6MWa50qKX2VjiF552G6ZDIbuW9xwLOw4IYg0lIO77UpX2xWoP4XRlGSUlnXk5S2PFYe2ez1Tl8Mgoxg9honwIaCejPdvzCprv3bbYeeOcUhx5XD4ydgHcZaSg4T8hY67aHSeYv3nSly4kWOZMWmXaoGEi5Yw1zFcgMkYgMo5WBTkwmneqajDnFvGKLnApJYfWHpKSMD2QG4UvGKq9fRKz0AZM6vjuli43QUVc0U3TPq1NFFV9L10mDiUCyrFBpg6BYLLWVwMqfEX8TLeXFKpuQyIyITFyLm5DxB5vAjMcMuf3DGt5RSkDHmUvSEozpaBrqWN9riO1HlO8VwVnmUUuyqPRXHzeVYPE8aJavF0Wy58AOGYnTB');", path: 'src/images.js' },
    ],
    negative: [
      { text: 'SHUTTERSTOCK_API_TOKEN=v2/JwBa8gsTEaMjPCAa0JjbWIyGRnofyJhMQtjqOXA9uSBKWM0gvq3pvEvLsfojSULuoqbTYcZwDpyfcGGAn7XQE1SUXF62VEA1xIIN4KPhzwSV3laSm9GSFeZk', why: 'too short' },
      { text: 'SHUTTERSTOCK_API_TOKEN=v2/<access-token>', why: 'placeholder' },
    ],
  },
});

// Segment Public API tokens: sgp_ + 64 alphanumerics (Sourcegraph's sgp_ tokens are 40 hex).
export const segmentPublicApiToken: Detector = patternDetector({
  id: 'segment-public-api-token',
  title: 'Segment public API token',
  vendor: 'Segment',
  severity: 'high',
  keywords: ['sgp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation:
    'Revoke the token in Segment (Settings > Workspace settings > Access Management > Tokens) and create a new ' +
    'one with the least role; keep it in a secret store.',
  examples: {
    positive: [
      { text: 'SEGMENT_PUBLIC_API_TOKEN=sgp_L0wSXDv4cRYklK1biYXHvVWrGotfcZKck1f25OuLUk4L4QJ6ycZqeweBsHqQAWot', path: '.env' },
      { text: '"token": "sgp_v8rhrhyg035EGqVqiNlJoBbmHzqkEiG2imGWhTn75FvrdYSxJOA0URcRNI0oINjF"' },
    ],
    negative: [
      { text: 'SEGMENT_PUBLIC_API_TOKEN=sgp_L0wSXDv4cRYklK1biYXHvVWrGotfcZKck1f25OuLUk4L4QJ6ycZqeweBsHqQAWo', why: '63 characters' },
      { text: 'SRC_ACCESS_TOKEN=sgp_b066c56d6cdf449f18d912b4dd6cfe834a0d0c41', why: "a Sourcegraph token (40 hex)" },
    ],
  },
});

// SelectPdf keys: a hexadecimal id of 8-4-4-12 (or a full 8-4-4-4-12 UUID) next to the vendor's name.
export const selectpdfApiKey: Detector = patternDetector({
  id: 'selectpdf-api-key',
  title: 'SelectPdf API key',
  vendor: 'SelectPdf',
  severity: 'high',
  keywords: ['selectpdf'],
  pattern: afterVendorName(['selectpdf'], '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-(?:[a-f0-9]{4}-)?[a-f0-9]{12}'),
  keywordSpan: { before: 0, after: 120 },
  minEntropy: 3,
  remediation:
    'Regenerate the license key in the SelectPdf member area and load the new one from the environment or a ' +
    'secret store; the old value stays in git history.',
  examples: {
    positive: [
      { text: 'SELECTPDF_KEY=1a5a9164-3f47-4a3e-9eb6-a9831027eade', path: '.env' },
      { text: 'client = SelectPdf.HtmlToPdfClient("97eb6713-b503-40fa-c7c073f32a22")', path: 'pdf/render.py' },
    ],
    negative: [
      { text: 'SELECTPDF_KEY=1a5a9164-3f47-4a3e-9eb6-a9831027ead', why: 'last group eleven characters' },
      { text: 'LICENSE_KEY=1a5a9164-3f47-4a3e-9eb6-a9831027eade', why: 'no vendor name' },
    ],
  },
});

// Shippo API tokens: shippo_live_ or shippo_test_ + 40 hex.
export const shippoApiToken: Detector = patternDetector({
  id: 'shippo-api-token',
  title: 'Shippo API token',
  vendor: 'Shippo',
  severity: 'high',
  keywords: ['shippo_live_', 'shippo_test_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>shippo_(?<mode>live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  detail: (m) => (m.groups?.['mode'] === 'test' ? 'test-mode token' : 'live token'),
  remediation:
    'Revoke the token in the Shippo dashboard (Settings > API) and create a new one; load it from the ' +
    'environment or a secret store.',
  examples: {
    positive: [
      { text: 'SHIPPO_API_KEY=shippo_live_9590df5f99ad32d997fb7401b7a823f4640b81ea', path: '.env' },
      { text: "shippo.config.api_key = 'shippo_test_c5abb17bf5b1be7780e05e0810d3674ceda68d69'", path: 'ship/labels.py' },
    ],
    negative: [
      { text: 'SHIPPO_API_KEY=shippo_live_9590df5f99ad32d997fb7401b7a823f4640b81e', why: '39 characters' },
      { text: 'SHIPPO_API_KEY=shippo_live_<your-token>', why: 'placeholder' },
    ],
  },
});

// Teamwork (Projects, CRM, Desk, Spaces) API tokens: tkn.v1_ + base64.
export const teamworkApiToken: Detector = patternDetector({
  id: 'teamwork-api-token',
  title: 'Teamwork API token',
  vendor: 'Teamwork',
  severity: 'high',
  keywords: ['tkn.v1_'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>tkn\.v1_[A-Za-z0-9+/_-]{60,100}={0,2})(?![A-Za-z0-9+/_=-])/,
  minEntropy: 4,
  remediation:
    'Revoke the token in Teamwork (profile > Edit my details > API & mobile) and issue a new one; keep it in a ' +
    'secret store.',
  examples: {
    positive: [
      { text: 'TEAMWORK_API_TOKEN=tkn.v1_u9fVq8hOnxhb4oldUfRDpNjhJHvaI2js0u0IzUfdp90R9wI31ZSAWc7P7MlVmQJKPPnbu3F=', path: '.env' },
      { text: "headers = {'Authorization': 'Bearer tkn.v1_bDobhVXWKdhWudyDjZLvWTFGlg88fXstbj2IRaO3109jfIeWdAFs3uBX5hAJ5v6Eg2BteoA='}" },
    ],
    negative: [
      { text: 'TEAMWORK_API_TOKEN=tkn.v1_u9fVq8hOnxhb4oldUfRDpNjhJHvaI2js0u0Iz', why: 'too short' },
      { text: 'TEAMWORK_API_TOKEN=tkn.v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=', why: 'placeholder' },
    ],
  },
});

// ThingsBoard device access tokens travel in the device API path: /api/v1/<token>/telemetry.
export const thingsboardAccessToken: Detector = patternDetector({
  id: 'thingsboard-access-token',
  title: 'ThingsBoard device access token',
  vendor: 'ThingsBoard',
  severity: 'medium',
  keywords: ['thingsboard'],
  pattern:
    /(?:https?|coaps?|mqtts?):\/\/[A-Za-z0-9.-]{0,64}thingsboard[A-Za-z0-9.-]{0,64}(?::\d{1,5})?\/api\/v1\/(?<secret>[A-Za-z0-9_-]{20})\/(?:telemetry|attributes|rpc|claim)\b/,
  minEntropy: 3,
  remediation:
    'Change the device credentials in ThingsBoard (Devices > the device > Manage credentials) and provision the ' +
    'new token to the device from a secret store, not from the source.',
  examples: {
    positive: [
      { text: 'curl -X POST https://thingsboard.cloud/api/v1/zh9yufzz5f4nt9pp61ll/telemetry -d \'{"t": 21}\'' },
      { text: 'const URL = "http://demo.thingsboard.io:8080/api/v1/dGW8CEXvzmMvbSuGvEDi/attributes";' },
    ],
    negative: [
      { text: 'https://thingsboard.cloud/api/v1/$ACCESS_TOKEN/telemetry', why: 'a variable' },
      { text: 'https://thingsboard.cloud/api/v1/zh9yufzz5f4nt9pp61l/telemetry', why: '19 characters' },
      { text: 'https://iot.example.com/api/v1/zh9yufzz5f4nt9pp61ll/telemetry', why: 'not a ThingsBoard host' },
    ],
  },
});

// Device provisioning secrets, sent with the provision key in the provisioning request's JSON.
export const thingsboardProvisionSecret: Detector = patternDetector({
  id: 'thingsboard-provision-secret',
  title: 'ThingsBoard device provisioning secret',
  vendor: 'ThingsBoard',
  severity: 'medium',
  keywords: ['provisiondevicesecret'],
  pattern: /"provisionDeviceSecret\\?"\s{0,3}:\s{0,3}\\?"(?<secret>[A-Za-z0-9]{16,64})\\?"/,
  minEntropy: 3,
  remediation:
    'Change the device profile\'s provisioning secret in ThingsBoard (Device profiles > Device provisioning) and ' +
    'load it on the device from a secret store.',
  examples: {
    positive: [
      { text: '{"deviceName": "pump-7", "provisionDeviceKey": "zh9yufzz5f4nt9pp61ll", "provisionDeviceSecret": "jc869lcb3818phmvyxha"}' },
      { text: 'payload = "{\\"provisionDeviceKey\\": \\"u1k2\\", \\"provisionDeviceSecret\\": \\"dGW8CEXvzmMvbSuGvEDi\\"}"' },
    ],
    negative: [
      { text: '{"provisionDeviceSecret": "PROVISION_SECRET"}', why: 'a name, not a value' },
      { text: '{"provisionDeviceSecret": ""}', why: 'empty' },
      { text: '      "  \\"provisionDeviceSecret\\": \\"jpmwdn8ptlswmf4m29bw\\"\\n" +', path: 'transport/http/src/main/java/org/acme/ProvisionApi.java', why: "the vendor's own API documentation example, published with every server" },
    ],
  },
});

// Tines webhook URLs: https://<tenant>.tines.com/webhook/<path>/<32-hex secret>. The URL triggers the story.
export const tinesWebhookUrl: Detector = patternDetector({
  id: 'tines-webhook-url',
  title: 'Tines webhook URL',
  vendor: 'Tines',
  severity: 'medium',
  keywords: ['.tines.com/webhook/'],
  pattern: /(?<secret>https:\/\/[a-z0-9-]{1,63}\.tines\.com\/webhook\/[A-Za-z0-9_-]{1,64}\/[a-f0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation:
    'Change the webhook\'s secret in the Tines story (the Webhook action\'s settings) and keep the URL in a ' +
    'secret store; anyone holding it can trigger the story.',
  examples: {
    positive: [
      { text: 'TINES_WEBHOOK=https://acme.tines.com/webhook/0d9c905b83748f43cac74c6052364f82/603779f813fffdc687e41672b6e07882' },
      { text: 'requests.post("https://sec-ops.tines.com/webhook/phishing-report/e6d6bb688735c5a6149c6fbd4ea91fd6", json=event)' },
    ],
    negative: [
      { text: 'https://acme.tines.com/webhook/0d9c905b83748f43cac74c6052364f82/<secret>', why: 'placeholder' },
      { text: 'https://acme.tines.com/webhook/phishing-report/e6d6bb688735c5a6149c6fbd4ea91fd', why: '31 hex characters' },
    ],
  },
});

// Typeform personal access tokens: tfp_ + 40 to 64 characters.
export const typeformPersonalToken: Detector = patternDetector({
  id: 'typeform-personal-token',
  title: 'Typeform personal access token',
  vendor: 'Typeform',
  severity: 'high',
  keywords: ['tfp_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tfp_[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the token in Typeform (Account > Personal tokens) and create a new one with the least scopes; keep it ' +
    'in a secret store.',
  examples: {
    positive: [
      { text: 'TYPEFORM_TOKEN=tfp_CpXglOOJ6kr8SAHy83Ok9uyM08gS56KaEcZYrtb5O7lb_q6FXPoXQLyXmnk', path: '.env' },
      { text: "createClient({ token: 'tfp_cGVsmEyxwSPvtTqpLGBDwGwMVnFSTQ9SAHlTWozx4_0U' })" },
    ],
    negative: [
      { text: 'TYPEFORM_TOKEN=tfp_CpXglOOJ6kr8SAHy83Ok9uyM08gS56KaEcZ', why: 'too short' },
      { text: 'TYPEFORM_TOKEN=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
    ],
  },
});

// Ubidots tokens: BBFF- (older accounts) or BBUS- + 30 alphanumerics.
export const ubidotsToken: Detector = patternDetector({
  id: 'ubidots-token',
  title: 'Ubidots token',
  vendor: 'Ubidots',
  severity: 'high',
  keywords: ['bbff-', 'bbus-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>BB(?:FF|US)-[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation:
    'Delete the token in Ubidots (API Credentials > Tokens) and create a new one; provision devices with it from a ' +
    'secret store.',
  examples: {
    positive: [
      { text: 'UBIDOTS_TOKEN = "BBFF-qBUd72QuJT5CcOUtCCZPB6KlWH7qKI"', path: 'firmware/config.py' },
      { text: '#define TOKEN "BBUS-AUPNrcgZoGNv03CNXMVPejkJ9plNtC"', path: 'src/main.ino' },
    ],
    negative: [
      { text: 'UBIDOTS_TOKEN = "BBFF-qBUd72QuJT5CcOUtCCZPB6KlWH7qK"', why: '29 characters' },
      { text: 'UBIDOTS_TOKEN = "BBFF-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', why: 'placeholder' },
    ],
  },
});

// Zapier catch hooks: https://hooks.zapier.com/hooks/catch/<account id>/<hook id>/. Anyone with it runs the Zap.
export const zapierWebhookUrl: Detector = patternDetector({
  id: 'zapier-webhook-url',
  title: 'Zapier webhook URL',
  vendor: 'Zapier',
  severity: 'medium',
  keywords: ['hooks.zapier.com/hooks/catch/'],
  pattern: /(?<secret>https?:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{3,12}\/[A-Za-z0-9]{4,12})(?![A-Za-z0-9])/,
  minEntropy: 3,
  remediation:
    'Turn the Zap off, give its Webhooks by Zapier trigger a new URL, and keep that URL in a secret store; anyone ' +
    'holding it can run the Zap.',
  examples: {
    positive: [
      { text: 'ZAPIER_HOOK=https://hooks.zapier.com/hooks/catch/6724145/92v7h0/' },
      { text: 'fetch("https://hooks.zapier.com/hooks/catch/86520405/hy3etck/", { method: "POST", body })' },
    ],
    negative: [
      { text: 'https://hooks.zapier.com/hooks/catch/<account>/<hook>/', why: 'placeholder' },
      { text: 'see https://hooks.zapier.com/hooks/catch/ in the Zapier docs', why: 'no ids' },
    ],
  },
});

// Zoho OAuth access and refresh tokens: 1000. + 32 hex + . + 32 hex.
export const zohoOauthToken: Detector = patternDetector({
  id: 'zoho-oauth-token',
  title: 'Zoho OAuth token',
  vendor: 'Zoho',
  severity: 'high',
  keywords: ['1000.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>1000\.[a-f0-9]{32}\.[a-f0-9]{32})(?![A-Za-z0-9_.-])/,
  minEntropy: 3,
  remediation:
    'Revoke the token in the Zoho API Console (or the user\'s Connected Apps) and let the client refresh it at ' +
    'run time from a secret store.',
  examples: {
    positive: [
      { text: 'ZOHO_REFRESH_TOKEN=1000.677c51df6b0bc4c723647916665b2677.90bac91c37f901e1ca008db30dc68bb0', path: '.env' },
      { text: "headers = {'Authorization': 'Zoho-oauthtoken 1000.fa15d865894ed680893b2ab43f3709fe.36166fb5166c4fe65d15a3f4da957d28'}" },
    ],
    negative: [
      { text: 'ZOHO_REFRESH_TOKEN=1000.677c51df6b0bc4c723647916665b2677.90bac91c37f901e1ca008db30dc68bb', why: '31 hex characters' },
      { text: 'version = "1000.0"', why: 'a number' },
    ],
  },
});

// Stytch project secrets: secret-live- or secret-test- and 36 characters of URL-safe base64 (the project
// id beside them, project-live-<uuid>, is an identifier). A secret authenticates as the project's backend.
export const stytchProjectSecret: Detector = patternDetector({
  id: 'stytch-project-secret',
  title: 'Stytch project secret',
  vendor: 'Stytch',
  severity: 'high',
  keywords: ['secret-live-', 'secret-test-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-(?<env>live|test)-[A-Za-z0-9_-]{34,44}={0,2})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret.slice(12)) && /[A-Z]/.test(secret.slice(12)) && /[a-z]/.test(secret.slice(12)),
  detail: (m) => (m.groups?.['env'] === 'live' ? 'live environment' : 'test environment'),
  priority: 50,
  remediation:
    'Create a new secret on the Project & API keys page of the Stytch dashboard, move the backend to it and ' +
    'delete the exposed one; keep it in STYTCH_SECRET from a secret store.',
  examples: {
    positive: [
      { text: 'STYTCH_PROJECT_ID=project-live-5c1f8a2e-7d3b-4e69-a0f4-2b8c6d9e1a37\nSTYTCH_SECRET=secret-live-fu-uF8v0jsRfiGOfRESARFAjdJ3xcKZrBuF=', path: '.env' },
      { text: "client = stytch.Client(project_id=PROJECT_ID, secret='secret-test-J8v282_RyR_L7pVyyrOvq51ko2xEVij7BiB=')", path: 'auth/stytch_client.py' },
    ],
    negative: [
      { text: 'STYTCH_SECRET=secret-live-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      { text: 'STYTCH_PROJECT_ID=project-live-5c1f8a2e-7d3b-4e69-a0f4-2b8c6d9e1a37', why: 'the project id' },
      { text: 'STYTCH_SECRET=secret-live-fu-uF8v0jsRfiGOfRESARF', why: 'too short' },
    ],
  },
});

/** saas vendors S–Z: the vendor-name-plus-value catalogue (kit/vendor-token.ts) and the self-identifying formats. */
// Tenable Vulnerability Management (Tenable.io) API keys: an access key and a secret key, both 64 hex, sent
// together as `X-ApiKeys: accessKey=…; secretKey=…;`. Only the secret key is reported, under a name that
// says so, near a Tenable name or that header.
export const tenableSecretKey: Detector = namedSecret({
  id: 'tenable-secret-key',
  title: 'Tenable API secret key',
  vendor: 'Tenable',
  names: ['tenable', 'x-apikeys'],
  kind: /secret/,
  bareNames: ['secretkey', 'secret', 'apisecretkey'],
  value: '[0-9a-f]{64}',
  after: '[A-Za-z0-9]',
  severity: 'high',
  remediation:
    'Generate new API keys for the user in Tenable (Settings > My Account > API Keys, or the user\'s page as an ' +
    'administrator), which replaces the old pair; keep the secret key in a secret store.',
  examples: {
    positive: [
      { text: 'TENABLE_ACCESS_KEY=a9bc464b78ec949f42f4635302d312445f19dc59c619752547adc6f406e7ab07\nTENABLE_SECRET_KEY=7527d8c25a8aebd08dbaf9e4b7593ed9c015e8f9e14a516dcabe81aab864af59', path: '.env' },
      { text: 'curl -H "X-ApiKeys: accessKey=a9bc464b78ec949f42f4635302d312445f19dc59c619752547adc6f406e7ab07; secretKey=2ac74a4aa4e2c40991eba287665624632e2f5019828e83ac9555f215df0b6261;" https://cloud.tenable.com/scans', path: 'scripts/scans.sh' },
    ],
    negative: [
      { text: 'TENABLE_ACCESS_KEY=a9bc464b78ec949f42f4635302d312445f19dc59c619752547adc6f406e7ab07', why: 'the access key alone' },
      { text: 'TENABLE_SECRET_KEY=7527d8c25a8aebd08dbaf9e4b7593ed9c015e8f9e14a516dcabe81aab864af5', why: '63 hex' },
      { text: 'X-ApiKeys: accessKey=ACCESS_KEY; secretKey=SECRET_KEY;', why: 'placeholders' },
    ],
  },
});

const WP_GROUP = '[A-Za-z0-9]{4}';
const WP_APP_PASSWORD = Array.from({ length: 6 }, () => WP_GROUP).join(' ');
/** Names of a WordPress application password, squashed to lowercase letters and digits. */
const WP_NAME = /app(?:lication)?pass|wp(?:app)?pass|wordpress(?:app)?pass/;

// WordPress application passwords (core since 5.6): 24 letters and digits shown as six groups of four
// separated by spaces, used with the user name for HTTP basic auth on the REST API. The shape is only looked
// for under an application-password name, or as the password of `curl --user` against a wp-json URL.
export const wordpressApplicationPassword: Detector = patternDetector({
  id: 'wordpress-application-password',
  title: 'WordPress application password',
  vendor: 'WordPress',
  severity: 'high',
  keywords: ['application_password', 'application-password', 'applicationpassword', 'app_password', 'app-password', 'apppassword', 'wp_password', 'wp-json'],
  pattern: new RegExp(
    String.raw`(?:(?<![\w$.-])(?<name>[A-Za-z_$][\w$.-]{0,60})["'\]]{0,2}[ \t]{0,3}(?:=>|:=|[:=])[ \t]{0,3}["'\x60]?|(?:--user|-u)[ \t]{1,3}["']?[^\s:"']{1,64}:)` +
      `(?<secret>${WP_APP_PASSWORD})(?![A-Za-z0-9])`,
  ),
  validate: (secret, m, text) => {
    const groups = secret.split(' ');
    if (!/[0-9]/.test(secret) || !/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || new Set(groups).size < 6) return false;
    const name = m.groups?.['name'];
    if (name !== undefined) return WP_NAME.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
    return /wp-json|wordpress/i.test(around(text, m));
  },
  remediation:
    'Revoke the application password in WordPress (Users > Profile > Application Passwords > Revoke) and create a ' +
    'new one for the integration; keep it in the environment or a secret store.',
  examples: {
    positive: [
      { text: 'WP_APPLICATION_PASSWORD="bxBo 4zCo jp9Q 50fO v9gG OdIh"', path: '.env' },
      { text: 'curl --user "editor:tmjY T7dB bMJ4 JlhL Y87U a6eK" https://blog.northwind.io/wp-json/wp/v2/posts', path: 'scripts/publish.sh' },
      { text: "wordpress:\n  url: https://blog.northwind.io\n  username: editor\n  app_password: 'YsP1 tvBj FMl5 RsYA kRA5 EdEJ'", path: 'config/cms.yml' },
    ],
    negative: [
      { text: 'WP_APPLICATION_PASSWORD="bxBo 4zCo jp9Q 50fO v9gG"', why: 'five groups' },
      { text: 'SMTP_PASSWORD="bxBo 4zCo jp9Q 50fO v9gG OdIh"', why: 'not an application-password name' },
      { text: 'GMAIL_APP_PASSWORD="abcd efgh ijkl mnop"', why: "a Google app password: four lower-case groups" },
      { text: 'WP_APPLICATION_PASSWORD="xxxx xxxx xxxx xxxx xxxx xxxx"', why: 'placeholder' },
    ],
  },
});

// Zapier AI Actions (formerly Natural Language Actions, NLA) API keys: sk-ak- + 26 letters and digits. The
// key also sits in the path of the MCP server URL Zapier hands out (actions.zapier.com/mcp/<key>/sse),
// which is self-identifying; elsewhere a Zapier name must stand before it.
export const zapierNlaApiKey: Detector = withVendorForms(
  patternDetector({
    id: 'zapier-nla-api-key',
    title: 'Zapier AI Actions (NLA) API key',
    vendor: 'Zapier',
    severity: 'high',
    keywords: ['actions.zapier.com/mcp/'],
    pattern: /actions\.zapier\.com\/mcp\/(?<secret>sk-ak-[A-Za-z0-9]{26})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    remediation:
      'Revoke the key (or the MCP server URL) in Zapier\'s AI Actions credentials page and create a new one; the key runs ' +
      'every action exposed on the account, so keep it in a secret store (ZAPIER_NLA_API_KEY).',
    examples: {
      positive: [
        { text: '{ "name": "zapier", "url": "https://actions.zapier.com/mcp/sk-ak-7oL4BHomghnp4lnhbcQQsTNVWD/sse" }', path: '.cursor/mcp.json' },
        { text: 'os.environ["ZAPIER_NLA_API_KEY"] = "sk-ak-drHyMHvjrukqIlgOJvWaDx32CI"', path: 'agent/tools.py' },
      ],
      negative: [
        { text: 'ZAPIER_NLA_API_KEY=sk-ak-drHyMHvjrukqIlgOJvWaDx32C', why: '25 characters' },
        { text: 'AGENT_KEY=sk-ak-LivUC9YLphSv6d1sesYCbalbBM', why: 'the same prefix with no Zapier name' },
        { text: 'ZAPIER_NLA_API_KEY=sk-ak-xxxxxxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
      ],
    },
  }),
  { names: ['zapier'], token: { alphabet: 'alnum', prefix: 'sk-ak-', length: 26 } },
);

export const saasVendorsSZ: readonly Detector[] = [
  zapierNlaApiKey,
  tenableSecretKey,
  wordpressApplicationPassword,
  ...vendorTokens([
    {
      // robot (API) tokens and personal tokens: 'sk' and a long run of letters and digits
      id: 'sanity-api-token',
      title: 'Sanity API token',
      vendor: 'Sanity',
      names: ['sanity'],
      token: { alphabet: 'alnum', length: [60, 220], prefix: 'sk' },
      remediation:
        'Delete the token under API > Tokens in the project on sanity.io/manage (or with `sanity tokens delete`) ' +
        'and create a new one with the least role that works (Viewer for reads); keep write tokens on the server.',
      examples: {
        positive: [
          { text: 'SANITY_API_TOKEN=sknztlzOpmA3Wr62Nm73LmMcZ8w5X4vVB9WlsJKfyQiXgu2Wp3dzHLA3KQ9y5hk2z7pxLiidPlZ6VeVzMl', path: '.env' },
          { text: "export const client = createClient({ projectId, dataset, apiVersion, useCdn: false, token: process.env.SANITY_READ_TOKEN })\nconst sanityWriteToken = 'skFnj41sPknxkgDHgbuqdIRZE0bigl4S276JqPGka8SlaGclEiNo4UHO7OqK2XarPAqaw8OvtMg2Oz5NXC'", path: 'lib/sanity.ts' },
        ],
        negative: [
          { text: 'SANITY_API_TOKEN=sknztlzOpmA3Wr62Nm73LmMcZ8w5X4vVB9WlsJKfyQ', why: 'too short' },
          { text: 'SANITY_PROJECT_ID=k7xq2mzp', why: 'the project id is public' },
        ],
      },
    },
    {
      id: 'salesblink-api-key',
      title: 'Salesblink API key',
      vendor: 'Salesblink',
      names: ['salesblink'],
      token: { alphabet: 'alnum', length: 64, prefix: 'key-' },
      examples: {
        positive: [
          { text: 'SALESBLINK_API_KEY=key-MjS42XhTVTiU6uJJaB6YyB9T87QiN6mh6gO2fiqC83GigFriTdO0PScuCxA9WLfb', path: '.env' },
          { text: "export SALESBLINK_SECRET='key-y6F7itRHnCw6YYHZltf5te2ChewH7cSOrFn5JjXXxZ2ixvyJdz5A6INs7E6TCty7'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'SALESBLINK_API_KEY=key-MjS42XhTVTiU6uJJaB6YyB9T87QiN6mh6gO2fiqC83GigFriTdO0PScuCxA9WLf', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'salescookie-api-key',
      title: 'Salescookie API key',
      vendor: 'Salescookie',
      names: ['salescookie'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'salescookie_token: "cfRgUZDFNtEvfz6fQWonSIL02b8Wurcy"', path: 'config/settings.yml' },
          { text: 'client = SalescookieClient(api_key="Dax04MsDEmHm8v5dW0bWWKYqJG5FNPX5")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'salescookie_token: "cfRgUZDFNtEvfz6fQWonSIL02b8Wurc"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'salesflare-api-key',
      title: 'Salesflare API key',
      vendor: 'Salesflare',
      names: ['salesflare'],
      token: { alphabet: 'alnum', length: 45 },
      examples: {
        positive: [
          { text: '  "salesflareApiKey": "VphmkyutlfQt0yzJxrm2SOj1G4KE151z6EZBk3Sxbf9df",', path: 'config/default.json' },
          { text: "const salesflareKey = 'l0lwW8KbPWWcQhQLQmbEuYZo1qLOqD8oWOFYSB2dBRtgm';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "salesflareApiKey": "VphmkyutlfQt0yzJxrm2SOj1G4KE151z6EZBk3Sxbf9d",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'scrapeowl-api-key',
      title: 'ScrapeOwl API key',
      vendor: 'ScrapeOwl',
      names: ['scrapeowl'],
      token: { alphabet: 'lower-alnum', length: 30 },
      examples: {
        positive: [
          { text: "const scrapeowlKey = 'rc15pccfsv5atxowjwpctlgrv2u1d4';", path: 'src/config.ts' },
          { text: '  "scrapeowlApiKey": "eatwpm02w8wrzdjw5vp06q6aubep9m",', path: 'config/default.json' },
        ],
        negative: [{ text: "const scrapeowlKey = 'rc15pccfsv5atxowjwpctlgrv2u1d';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'scraperapi-api-key',
      title: 'ScraperAPI key',
      vendor: 'ScraperAPI',
      names: ['scraperapi'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'SCRAPERAPI_API_KEY=qq0tdkh5fysufnmnntq91gv12dr3bpzt', path: '.env' },
          { text: "export SCRAPERAPI_SECRET='nf6g0a8kde5rrsudgfuf1z1oa9fl77o6'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'SCRAPERAPI_API_KEY=qq0tdkh5fysufnmnntq91gv12dr3bpz', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'scraperbox-api-key',
      title: 'ScraperBox API key',
      vendor: 'ScraperBox',
      names: ['scraperbox'],
      token: { alphabet: 'upper-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'scraperbox_token: "MMOSBVBS8TSKJ0OYEQ68ISV9VO2T4KN6"', path: 'config/settings.yml' },
          { text: 'client = ScraperboxClient(api_key="GEXBGWLSLNGAO34U9CCDWABQWJLU5RK7")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'scraperbox_token: "MMOSBVBS8TSKJ0OYEQ68ISV9VO2T4KN"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'scrapestack-access-key',
      title: 'Scrapestack access key',
      vendor: 'Scrapestack',
      names: ['scrapestack'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: '  "scrapestackApiKey": "5iyddrtr1197cv8va0noxol45p17c91a",', path: 'config/default.json' },
          { text: "const scrapestackKey = 'yt93cmbxwxpx26swycx1h36sfynk8zbz';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "scrapestackApiKey": "5iyddrtr1197cv8va0noxol45p17c91",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'scrapfly-api-key',
      title: 'Scrapfly API key',
      vendor: 'Scrapfly',
      names: ['scrapfly'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [
          { text: "export SCRAPFLY_SECRET='dad1d5ac96da086e97a06f637c56c59f'", path: 'scripts/deploy.sh' },
          { text: 'SCRAPFLY_API_KEY=8fc851545b3ec5d23c1be44c8ac51cda', path: '.env' },
        ],
        negative: [{ text: "export SCRAPFLY_SECRET='dad1d5ac96da086e97a06f637c56c59'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'scrapingant-api-key',
      title: 'ScrapingAnt API key',
      vendor: 'ScrapingAnt',
      names: ['scrapingant'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'client = ScrapingantClient(api_key="umi8pks80xyda4muw48h7tgci3q4oucs")', path: 'app/clients.py' },
          { text: 'scrapingant_token: "yrrqwbwvwwxpfzv4r7j7rljlx2o1p1nr"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = ScrapingantClient(api_key="umi8pks80xyda4muw48h7tgci3q4ouc")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'scrapingbee-api-key',
      title: 'ScrapingBee API key',
      vendor: 'ScrapingBee',
      names: ['scrapingbee'],
      token: { alphabet: 'upper-alnum', length: 80 },
      examples: {
        positive: [
          { text: "const scrapingbeeKey = 'GERZ01KIJP449JAONLNTC8H22KC0KWMRI9TGK1AG7JFCBCR4A3QQKF0FZFPNSMF0XARSSYI882MHUFKL';", path: 'src/config.ts' },
          { text: '  "scrapingbeeApiKey": "VMHIEXAJ7SLFZ16JUCOQOLXT8SNTCS5NU7VN30PQ3O0YT5ZI6NFB2HFNVUS821ZUNLRXTX64PRKX6AZ1",', path: 'config/default.json' },
        ],
        negative: [{ text: "const scrapingbeeKey = 'GERZ01KIJP449JAONLNTC8H22KC0KWMRI9TGK1AG7JFCBCR4A3QQKF0FZFPNSMF0XARSSYI882MHUFK';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'screenshotlayer-access-key',
      title: 'Screenshotlayer access key',
      vendor: 'Screenshotlayer',
      names: ['screenshotlayer'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'SCREENSHOTLAYER_API_KEY=qLD3ysOpA7ftCpDRNXriVNFKLiDUHuBX', path: '.env' },
          { text: "export SCREENSHOTLAYER_SECRET='UBngUmnkMUGKZUQVvFJy1NDuU3176Nmq'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'SCREENSHOTLAYER_API_KEY=qLD3ysOpA7ftCpDRNXriVNFKLiDUHuB', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'securitytrails-api-key',
      title: 'SecurityTrails API key',
      vendor: 'SecurityTrails',
      names: ['securitytrails'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: '  "securitytrailsApiKey": "31nWC3CmAUoBZj0AVlRcZpNtdX3kOgnF",', path: 'config/default.json' },
          { text: "const securitytrailsKey = '5tynpucxz9tcrkTz4qIXxYQn73Dw9YhN';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "securitytrailsApiKey": "31nWC3CmAUoBZj0AVlRcZpNtdX3kOgn",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'segment-access-token',
      title: 'Segment access token',
      vendor: 'Segment',
      names: ['segment'],
      token: { alphabet: 'token', length: 87 },
      examples: {
        positive: [
          { text: 'segment_token: "1QXbFGJBfNiwG-Scn9sWbizp3sNhg9CIrG4GvazmFf8.Ac8uXuHxlEs37HRQrga6Y09fytx4QnWws9b3gsjpim0"', path: 'config/settings.yml' },
          { text: "export SEGMENT_SECRET='21-H-2V_f3mMuRT2Bs0VnqBxWsEfOSVr-4pN5HJ5vsk.of7PVTEMUxtmakaU0tETFerFDJZUokSNAacV4f_Qx5d'", path: 'scripts/deploy.sh' },
        ],
        negative: [
          { text: 'segment_token: "1QXbFGJBfNiwG-Scn9sWbizp3sNhg9CIrG4GvazmFf8.Ac8uXuHxlEs37HRQrga6Y09fytx4QnWws9b3gsjpim"', path: 'config/settings.yml', why: 'one character short' },
          { text: 'const segmentKey = path.split("/").filter(Boolean).join(".");', why: 'code' },
        ],
      },
    },
    {
      id: 'sentry-legacy-auth-token',
      title: 'Sentry auth token (legacy, 64 hex)',
      vendor: 'Sentry',
      names: ['sentry'],
      token: { alphabet: 'hex', length: 64 },
      remediation:
        'Revoke the token under User Settings > Personal Tokens (or Organization Settings > Auth Tokens) in ' +
          'Sentry, issue a new one and give CI a SENTRY_AUTH_TOKEN from its secret store.',
      examples: {
        positive: [
          { text: 'SENTRY_API_KEY=1d49a336206f6e3752bbd5b57f9db671730566f2c529308358f12cca9eda7c7d', path: '.env' },
          { text: "export SENTRY_SECRET='3991f5f35530a87e6eb39a4b92be8ff47832e83173e3405922516f4c70a16acf'", path: 'scripts/deploy.sh' },
          {
            text: '# fetch sentry-cli and check its sha256\ncurl -sL "$CLI_URL" -o sentry-cli\nSENTRY_AUTH_TOKEN=5e0b9c27d4a1f3865b7e2c0d94f6a1b3c8e7d2f05a4b69c1e3d8f7a2b06c45e9 ./sentry-cli releases new "$VERSION"\n',
            path: 'scripts/release.sh',
            why: 'a checksum word above, but the name says token',
          },
        ],
        negative: [
          { text: 'SENTRY_API_KEY=1d49a336206f6e3752bbd5b57f9db671730566f2c529308358f12cca9eda7c7', path: '.env', why: 'one character short' },
          { text: '"@sentry/node": { "integrity": "sha256-3f1a9c0e7b5d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c0e2b4d6f8a0c1e3b5d7f9a" }', why: 'a package hash' },
          {
            text: "SENTRY_COCOA_CHECKSUMS = {\n  '9.4.1' => {\n    'Sentry' => '4b0e7d19c2a6f85e3d1b9c07a4f2e68d5c3b1a9f07e2d4c6b8a1f3e5d7c9b02a',\n    'Sentry-Dynamic' => 'c8f1a3e5d7b9024c6e8a0f2d4b6c8e1a3f5d7b9c0e2a4f6d8b1c3e5a7f9d0b24',\n  },\n}.freeze\n",
            path: 'scripts/xcframeworks.rb',
            why: "a table of release checksums keyed by the vendor's product",
          },
        ],
      },
    },
    {
      id: 'serphouse-api-key',
      title: 'Serphouse API key',
      vendor: 'Serphouse',
      names: ['serphouse'],
      token: { alphabet: 'alnum', length: 60 },
      examples: {
        positive: [
          { text: 'serphouse_token: "BvFoP3H7mBvQWOmdpEF4QOtI15BiGNPbgpaYBhErootaphnTux6zrhLsCVfo"', path: 'config/settings.yml' },
          { text: 'client = SerphouseClient(api_key="iSSt6Z1gSi2GMS8OI0C0GCPxTITGfjlaRfl0fUfpO6lirbIxO8IdFB7HwDlj")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'serphouse_token: "BvFoP3H7mBvQWOmdpEF4QOtI15BiGNPbgpaYBhErootaphnTux6zrhLsCVf"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'serpstack-access-key',
      title: 'Serpstack access key',
      vendor: 'Serpstack',
      names: ['serpstack'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: '  "serpstackApiKey": "jvi21dyn1tueam723kb0c6jqzo2kgqw6",', path: 'config/default.json' },
          { text: "const serpstackKey = 'bo97w2tbfncb8ay8hsxgcfstgrtfdfjh';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "serpstackApiKey": "jvi21dyn1tueam723kb0c6jqzo2kgqw",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'sherpadesk-api-key',
      title: 'SherpaDesk API key',
      vendor: 'SherpaDesk',
      names: ['sherpadesk'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "export SHERPADESK_SECRET='c84syjrlq8qt82z633fiiupj9x89ds9z'", path: 'scripts/deploy.sh' },
          { text: 'SHERPADESK_API_KEY=wvow49jjxts6rckpeh3ky976okc3s24q', path: '.env' },
        ],
        negative: [{ text: "export SHERPADESK_SECRET='c84syjrlq8qt82z633fiiupj9x89ds9'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'shipday-api-key',
      title: 'Shipday API key',
      vendor: 'Shipday',
      names: ['shipday'],
      token: { alphabet: 'token', length: 31 },
      examples: {
        positive: [
          { text: 'client = ShipdayClient(api_key="TYfLh0j6qF.KDi4tNHKzMikr65m77DK")', path: 'app/clients.py' },
          { text: 'shipday_token: "sQSJ8vyO7S.Flzgf6f29Ylcgmee2UVX"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = ShipdayClient(api_key="TYfLh0j6qF.KDi4tNHKzMikr65m77D")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'shodan-api-key',
      title: 'Shodan API key',
      vendor: 'Shodan',
      names: ['shodan'],
      token: { alphabet: 'alnum', length: 32 },
      remediation:
        'Reset the API key on your Shodan account page (account.shodan.io) and load the new one from the ' +
          'environment or a secret store; the old value stays in git history.',
      examples: {
        positive: [
          { text: "const shodanKey = 'ixF2NDZyL2KRM3cxrkR0uOTMUng49qyI';", path: 'src/config.ts' },
          { text: '  "shodanApiKey": "6ijlBykmniHUOJ52PhOcCeB0QYocsdNz",', path: 'config/default.json' },
        ],
        negative: [{ text: "const shodanKey = 'ixF2NDZyL2KRM3cxrkR0uOTMUng49qy';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'shortcut-api-token',
      title: 'Shortcut API token',
      vendor: 'Shortcut',
      names: ['shortcut_api', 'shortcut-api', 'shortcutapi', 'shortcut_token', 'shortcut-token', 'clubhouse_api', 'clubhouse_token'],
      compoundNames: ['shortcut'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'SHORTCUT_API_API_KEY=ed379c56-f8b3-4266-9ef5-7048caac95a8', path: '.env' },
          { text: 'shortcut_api_token: "50b6bdbd-3a4a-4af2-b10c-ea4bc64f157c"', path: 'config/settings.yml' },
          { text: 'SHORTCUT_ACCESS_TOKEN=738313e7-492f-430f-a87b-e838ffd7f3c9', path: '.env' },
        ],
        negative: [{ text: 'SHORTCUT_API_API_KEY=ed379c56-f8b3-4266-9ef5-7048caac95a', path: '.env', why: 'one hex digit short of a UUID' }, { text: 'keyboard_shortcut_key = "509b7c5c-abe6-494e-a477-938e923078f7"', path: 'app/keys.py', why: '"shortcut" is not the first word (a keyboard shortcut)' }],
      },
    },
    {
      id: 'shotstack-api-key',
      title: 'Shotstack API key',
      vendor: 'Shotstack',
      names: ['shotstack'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: 'shotstack_token: "ivDjv764wpTJX8nGX0uoDw52arEXOeV94L5m16Nk"', path: 'config/settings.yml' },
          { text: 'client = ShotstackClient(api_key="vVGHHwPH0KGITzY2g8z6BkjuVJ2glnG2xbaNmny0")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'shotstack_token: "ivDjv764wpTJX8nGX0uoDw52arEXOeV94L5m16N"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'signaturit-api-key',
      title: 'Signaturit API key',
      vendor: 'Signaturit',
      names: ['signaturit'],
      token: { alphabet: 'alnum', length: 86 },
      examples: {
        positive: [
          { text: '  "signaturitApiKey": "cycIYK2yAuts9GPsIwtqypud9RwUkpqeMmGd5Uxbs1EHX8VM5r1CWvh7XFGf3AHgSxQio0CVnixe6a2UXzg8B1",', path: 'config/default.json' },
          { text: "const signaturitKey = '8M9xqRLOreCsd4MVkvpNETVbj4yWeej3eGQ2r1zPhPZPLTLgS0OU3V3U64sqP6wvkx0svDlcPwC2lq5U7I48k4';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "signaturitApiKey": "cycIYK2yAuts9GPsIwtqypud9RwUkpqeMmGd5Uxbs1EHX8VM5r1CWvh7XFGf3AHgSxQio0CVnixe6a2UXzg8B",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'signupgenius-api-key',
      title: 'SignUpGenius API key',
      vendor: 'SignUpGenius',
      names: ['signupgenius'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: "export SIGNUPGENIUS_SECRET='t6ZB67NmNjWwaKVgYtIPClIuCOOXmtYm'", path: 'scripts/deploy.sh' },
          { text: 'SIGNUPGENIUS_API_KEY=gcAt9l1A3qcBqcWK7YdNN6dVKmj1D2IB', path: '.env' },
        ],
        negative: [{ text: "export SIGNUPGENIUS_SECRET='t6ZB67NmNjWwaKVgYtIPClIuCOOXmtY'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'simfin-api-key',
      title: 'SimFin API key',
      vendor: 'SimFin',
      names: ['simfin'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: "const simfinKey = 'seDk1EYOPzzHuLBJ0rmfCp6QpGsJVJ61';", path: 'src/config.ts' },
          { text: '  "simfinApiKey": "8X6eCGaJiIb2h1Ze37NFcWKjbYwsbybw",', path: 'config/default.json' },
        ],
        negative: [{ text: "const simfinKey = 'seDk1EYOPzzHuLBJ0rmfCp6QpGsJVJ6';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'simplesat-api-key',
      title: 'Simplesat API key',
      vendor: 'Simplesat',
      names: ['simplesat'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [
          { text: 'SIMPLESAT_API_KEY=vyy4mrc9l7phb1d8wsc0xlm3c97jsww4ih7q2yg7', path: '.env' },
          { text: "export SIMPLESAT_SECRET='hvwoxm77ulse2w19ainwkgdimdn6pqbv1waz02i7'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'SIMPLESAT_API_KEY=vyy4mrc9l7phb1d8wsc0xlm3c97jsww4ih7q2yg', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'simplynoted-api-key',
      title: 'SimplyNoted API key',
      vendor: 'SimplyNoted',
      names: ['simplynoted'],
      token: { alphabet: 'token', length: [340, 512] },
      examples: {
        positive: [
          { text: 'simplynoted_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJu53IWuXaAkF7bPhRL5feMY0O6KaFYpb2XtFlKbBi7RoyQd5chM69xzT8F5d2Jyk8xqQ8czZwHx0KdpWpKVMbwTiIR4qERefdIId24zvqL8dwPr3DfZ8VKKN1wULaIvip6Y3Be07vp26-3qiSYq1X2E3PU8IwNXYgyrauzQww3QWnsqm85R2LIaLT8FjB9FkQ34Pdse0rMt4_F4-7F-vLqoraKc3F2Ff7FSL73TMZ-TnXPv1IL_XNbQbivEThBl-T74ZiVsYowb5VrG19RVo6nCxQwgRUJgcao0539oszDO7hYyLIP0zU2V_CTt6r.YVkIV0Fy3Q4x6WxbiVLQdLNq7KYAryD_gUCqkNSaJw9"', path: 'config/settings.yml' },
          { text: 'client = SimplynotedClient(api_key="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJdwzu9MWKSJw-2vhNToccqCi8N_HCEJcNJXCw4wCL-MJvqouQlBAdni1Mgv_X0n1X5cP4JnF68qmxSq1ln1JvYHwZuNt8yJy2ntb5OP5kVhvgOxHVnhJ3Zc4NRpIOA9jwgNuU3GA7bYeaehBgIaCzmknxLvdmQ5DPxVHNmNzx4XT_dlXq-lYoudOoqWpLL4k0M0VvUoCOjdCWVc_thso8pdlOB5O7eLX7_qtMzHQaU0iYaoR6J95scJXc6Y7c9SOnQ1VX9NOngTd_DCwSoypLWIfwh9H9eGuSvJfIhpapkzRL_f6zEaUpgl7vdRe5.xZqDedeeNai6Ol6Jyw0_RL5utGE4hLIdd5gTsf9yp09")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'simplynoted_token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJu53IWuXaAkF7bPhRL5feMY0O6KaFYpb2XtFlKbBi7RoyQd5chM69xzT8F5d2Jyk8xqQ8czZwHx0KdpWpKVMbwTiIR4qERefdIId24zvqL8dwPr3DfZ8VKKN1wULaIvip6Y3Be07vp26-3qiSYq1X2E3PU8IwNXYgyrauzQww3QWnsqm85R2LIaLT8FjB9FkQ34Pdse0rMt4_F4-7F-vLqoraKc3F2Ff7FSL73TMZ-TnXPv1IL_XNbQbivEThBl-T74ZiVsYowb5VrG19RVo6nCxQwgRUJgcao0539oszDO7"', path: 'config/settings.yml', why: 'shorter than 340 characters' }],
      },
    },
    {
      id: 'simvoly-api-key',
      title: 'Simvoly API key',
      vendor: 'Simvoly',
      names: ['simvoly'],
      token: { alphabet: 'lower-alnum', length: 33 },
      examples: {
        positive: [
          { text: '  "simvolyApiKey": "n4n8cu79ejiv1ibao4njkvk0ndn4s75wd",', path: 'config/default.json' },
          { text: "const simvolyKey = 'ghqk6ciz8c6ktysbm6swm9l9a9pvpu12q';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "simvolyApiKey": "n4n8cu79ejiv1ibao4njkvk0ndn4s75w",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'skrapp-api-key',
      title: 'Skrapp.io API key',
      vendor: 'Skrapp.io',
      names: ['skrapp'],
      token: { alphabet: 'alnum', length: 42 },
      examples: {
        positive: [
          { text: "export SKRAPP_SECRET='LGdt3v30T2YasRiNarEasdarrCcm3yE1bavNlJfPdQ'", path: 'scripts/deploy.sh' },
          { text: 'SKRAPP_API_KEY=RB982sBJAlA3rOZe2SmKDjzvRd5k9sc9UwsxxCBhFz', path: '.env' },
        ],
        negative: [{ text: "export SKRAPP_SECRET='LGdt3v30T2YasRiNarEasdarrCcm3yE1bavNlJfPd'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'smartsheet-access-token',
      title: 'Smartsheet access token',
      vendor: 'Smartsheet',
      names: ['smartsheet'],
      token: [{ alphabet: 'alnum', length: 37 }, { alphabet: 'lower-alnum', length: 26 }],
      remediation:
        'Revoke the token in Smartsheet (Account > Apps & Integrations > API Access) and generate a new one; ' +
          'load it from the environment or a secret store.',
      examples: {
        positive: [
          { text: 'client = SmartsheetClient(api_key="fHdnkizdDSXeRGm5wNQIH8gmLJaqQs5AB6u1z")', path: 'app/clients.py' },
          { text: 'smartsheet_token: "ogZFenVFqTMY49F7Q9VXwYEdZgBSkG3H7FbmY"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = SmartsheetClient(api_key="fHdnkizdDSXeRGm5wNQIH8gmLJaqQs5AB6u1")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'splunk-access-token',
      title: 'Splunk access token',
      vendor: 'Splunk',
      names: ['splunk'],
      token: [{ alphabet: 'alnum', length: 22 }, { alphabet: 'uuid' }],
      remediation:
        'Revoke the token in Splunk (Observability Cloud: Settings > Access Tokens; Enterprise: the HTTP ' +
          'Event Collector token in Settings > Data inputs) and create a new one kept in a secret store.',
      examples: {
        positive: [
          { text: 'client = SplunkClient(api_key="ynP9Vf5RJwafp16UIPGSwM")', path: 'app/clients.py' },
          { text: 'splunk_token: "nPzqXmQyxF1ZzNtrezjmj3"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = SplunkClient(api_key="ynP9Vf5RJwafp16UIPGSw")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'spoonacular-api-key',
      title: 'Spoonacular API key',
      vendor: 'Spoonacular',
      names: ['spoonacular'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "const spoonacularKey = 'i9ii5zysp58eo0x6rgm7thw14ztnfjp0';", path: 'src/config.ts' },
          { text: '  "spoonacularApiKey": "p5hwxpp2zwb20sde6rb2o0060y37ul1v",', path: 'config/default.json' },
        ],
        negative: [{ text: "const spoonacularKey = 'i9ii5zysp58eo0x6rgm7thw14ztnfjp';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'sportmonks-api-token',
      title: 'Sportmonks API token',
      vendor: 'Sportmonks',
      names: ['sportmonks', 'sportsmonk'],
      token: { alphabet: 'alnum', length: 60 },
      examples: {
        positive: [
          { text: 'SPORTMONKS_API_KEY=k14iTf2vMRCa6B7NnyrvpCKQRSqxVUpAdJjzJZUaTsyHrikvOPqJ94iLKVPD', path: '.env' },
          { text: "export SPORTMONKS_SECRET='47g2EHWDANrwnwhjVjgTAbYGA43dXQSWss3CQL5MDuF7YBoJXdU7GWJc4E6g'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'SPORTMONKS_API_KEY=k14iTf2vMRCa6B7NnyrvpCKQRSqxVUpAdJjzJZUaTsyHrikvOPqJ94iLKVP', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'spotify-client-secret',
      title: 'Spotify client secret',
      vendor: 'Spotify',
      names: ['spotify'],
      token: { alphabet: 'lower-alnum', length: 32 },
      remediation:
        'Rotate the client secret in the Spotify Developer Dashboard (your app > Settings) and keep the new ' +
          'one in a secret store; the client id alone is public.',
      examples: {
        positive: [
          { text: "export SPOTIFY_SECRET='xgwwd8jamkbed75ns0dnohdbvtwvdim2'", path: 'scripts/deploy.sh' },
          { text: 'spotify_token: "z7hx30q5hg1vtvkuyloyx0o2eonlvooh"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: "export SPOTIFY_SECRET='xgwwd8jamkbed75ns0dnohdbvtwvdim'", path: 'scripts/deploy.sh', why: 'one character short' },
          { text: 'SPOTIFY_CLIENT_ID=0f4a9d2c7b1e4f8a9c3d5e7b2a6c8d0e', why: 'the client id is public' },
        ],
      },
    },
    {
      id: 'squarespace-api-key',
      title: 'Squarespace API key',
      vendor: 'Squarespace',
      names: ['squarespace'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: '  "squarespaceApiKey": "2aa81135-f3a4-4e47-b244-9c42d0b493e9",', path: 'config/default.json' },
          { text: "const squarespaceKey = '5612583b-092e-4175-9f68-ba56381366a8';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "squarespaceApiKey": "2aa81135-f3a4-4e47-b244-9c42d0b493e",', path: 'config/default.json', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'sslmate-api-key',
      title: 'SSLMate API key',
      vendor: 'SSLMate',
      names: ['sslmate'],
      token: { alphabet: 'alnum', length: 36 },
      examples: {
        positive: [
          { text: "export SSLMATE_SECRET='8Lf3PtN8bpXOfcXuFqDvTjQbHyKngcU1B6aD'", path: 'scripts/deploy.sh' },
          { text: 'SSLMATE_API_KEY=QDnWOcmXpTnvDlQtgNO2dKPc914fkSEyP60r', path: '.env' },
        ],
        negative: [{ text: "export SSLMATE_SECRET='8Lf3PtN8bpXOfcXuFqDvTjQbHyKngcU1B6a'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'statuscake-api-key',
      title: 'StatusCake API key',
      vendor: 'StatusCake',
      names: ['statuscake'],
      token: { alphabet: 'alnum', length: 20 },
      examples: {
        positive: [
          { text: 'client = StatuscakeClient(api_key="PE1iaFK5rEGNrV6rzK6K")', path: 'app/clients.py' },
          { text: 'statuscake_token: "kDjhrrnb3x7kKh17D29j"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = StatuscakeClient(api_key="PE1iaFK5rEGNrV6rzK6")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'statuspage-api-key',
      title: 'Statuspage API key',
      vendor: 'Statuspage',
      names: ['statuspage'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: "const statuspageKey = 'ecdfade3-983a-4cfb-8402-72f79ba99ebc';", path: 'src/config.ts' },
          { text: '  "statuspageApiKey": "24203be5-fa9e-4490-853a-f18f75197b50",', path: 'config/default.json' },
        ],
        negative: [{ text: "const statuspageKey = 'ecdfade3-983a-4cfb-8402-72f79ba99eb';", path: 'src/config.ts', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'statuspal-api-key',
      title: 'Statuspal API key',
      vendor: 'Statuspal',
      names: ['statuspal'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'STATUSPAL_API_KEY=BgL3Yj5slIGLrMBWu5GqAqtAPGtXwL6r', path: '.env' },
          { text: "export STATUSPAL_SECRET='IxCxyuSMJNT9ZNxOtfzAlgzrJFG9U7vi'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'STATUSPAL_API_KEY=BgL3Yj5slIGLrMBWu5GqAqtAPGtXwL6', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'stockdata-api-token',
      title: 'StockData API token',
      vendor: 'StockData',
      names: ['stockdata'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: '  "stockdataApiKey": "57Hdp2dzhDgXSxIHk2eNJbJ0euFSPVEIu2SVeib5",', path: 'config/default.json' },
          { text: "const stockdataKey = 'Bc27A2XgmG7D5vl786O0dd65zXLhR9hV4S64WxYN';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "stockdataApiKey": "57Hdp2dzhDgXSxIHk2eNJbJ0euFSPVEIu2SVeib",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'storecove-api-key',
      title: 'Storecove API key',
      vendor: 'Storecove',
      names: ['storecove'],
      token: { alphabet: 'token', length: 43 },
      examples: {
        positive: [
          { text: "export STORECOVE_SECRET='q-GzMGI7FJIpDYI07q0S1cDX0EZlvXLiCz6zCgmnMyw'", path: 'scripts/deploy.sh' },
          { text: 'STORECOVE_API_KEY=uB5Ncan4eJxjp9qu3ad2Es1U_1SGkrMG9Thk0i-Dzt8', path: '.env' },
        ],
        negative: [{ text: "export STORECOVE_SECRET='q-GzMGI7FJIpDYI07q0S1cDX0EZlvXLiCz6zCgmnMy'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'stormboard-api-key',
      title: 'Stormboard API key',
      vendor: 'Stormboard',
      names: ['stormboard'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [
          { text: 'client = StormboardClient(api_key="b4543bb63d4bf9fcaf36c3120162c7717749506e")', path: 'app/clients.py' },
          { text: 'stormboard_token: "04822007503889ef75c14baf2e01c0b555ab6844"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = StormboardClient(api_key="b4543bb63d4bf9fcaf36c3120162c7717749506")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'stormglass-api-key',
      title: 'Stormglass API key',
      vendor: 'Stormglass',
      names: ['stormglass'],
      token: { alphabet: 'token', length: 73 },
      examples: {
        positive: [
          { text: "const stormglassKey = '1bde5576-9031-4de8-98c0-652a0cf4853f-2ecf26f2-ad6b-45d9-9917-23e952726a6a';", path: 'src/config.ts' },
          { text: '  "stormglassApiKey": "e407f92a-3c75-4ad7-842a-62d0c29edad3-7a22cbc9-2dbe-4d5a-ad16-e1bb6c1859d0",', path: 'config/default.json' },
        ],
        negative: [{ text: "const stormglassKey = '1bde5576-9031-4de8-98c0-652a0cf4853f-2ecf26f2-ad6b-45d9-9917-23e952726a6';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'storyblok-access-token',
      title: 'Storyblok access token',
      vendor: 'Storyblok',
      names: ['storyblok'],
      token: { alphabet: 'alnum', length: 24 },
      examples: {
        positive: [
          { text: 'STORYBLOK_API_KEY=zjKCC3iYPZ2wGaE0SXsU7bRv', path: '.env' },
          { text: "export STORYBLOK_SECRET='7uARMGj9e2EtkLxjxDHACO1f'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'STORYBLOK_API_KEY=zjKCC3iYPZ2wGaE0SXsU7bR', path: '.env', why: 'one character short' }],
      },
    },
    {
      // a Laravel Passport access token: an RS256 JWT of ~700 to ~1,100 characters (past the usual reach of the kit)
      id: 'storychief-api-key',
      title: 'StoryChief API key',
      vendor: 'StoryChief',
      names: ['storychief'],
      token: { alphabet: 'token', length: [600, 1500] },
      examples: {
        positive: [
          { text: 'STORYCHIEF_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI3OSIsImp0aSI6IjAwN2Y4NzhiYTk4NjEyYmQ1ODg3ZWRhYjdjZjczMjYzZmRmZDZhY2I2ZTk2MjFlN2ViYjdiOTY5MzI3ODQzZGU3NDE2MWRjNDY3ZmNmNjBjIiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiMzY1MjMiLCJzY29wZXMiOltdfQ.NfLzeKi3Htt4E57_ZBcLeYPbVVawZKHarebys7xGkV93-6_g9vGa7dgWbJrvVj_0ytVJ7KYP9vZMbhixOXucJDOeKtathn6-33aF9ANNCHwmXxEPFsEjR99vdwdmes0ukHihEJbY7MlyldIIRh5p_MiAWHxfT4rvjE68GziB2PCphg01JNTH_IKSGe314l92m2QiBPTNkVy593y2vjVcidaZX7CDz6eBrdIAGfucyAIAIANYZgHLzsB7pigEbDY4c0nPbb8KkzlSGKGyPYJkKYo1_ZK_zBUV7UUzgmWxx6UJ-GrGh907ALZdDvEADenL8HeFAZvCxdCpNWqUfe2Ye2F3QQhHpQwKMgsJzBrkAG9vjlayOPOi0DO4QIM7KIl5_ti9CMPkZ0cfWPtQOlhDMt8TXXFLDQ0qIHm2QZBAaG1AfWOmfmBl_ipyXQhkpywU_0kMVtZOxs_QWvJsMYk5-ew5EiSPU4RcOyHn8ffZ1tqxiYgx-aasy4n8yN4k2mftZrG7ZEuHeazeeK3U4obMiWNQaYfJ3A24LaoFmgUH-YgAovFja3QALepsElV56YFDycLmYqB_XtNfj7A62Kzg2hAzzu5WzDrkXLRmHNTZHAmbgw1in-OVgyA7hkee8q2SeLYCyB6iE-PIo3pU8nQgrQz16lRIZ9NwQ1gYUtj8btq', path: '.env' },
          { text: "storychief_token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiIzMyIsImp0aSI6Ijc4YTM4MDhmY2ZhYmFhNTk4YmU4NWI1MmZjNDAwNmRlOTc3ZTBlZDhiZDE1MDg3NTI4MzlkMzcwZDU3Mzg2YTBiM2QyM2I1MWZkODNlNTRjIiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiOTgzMDAiLCJzY29wZXMiOltdfQ.TmOchq4vRRHRk916FWnDdyGDLi7F-IPsW6eV6J6SW5J2FWZ_DaUwoGbRMvJpa_DTuWPlEI7WTTgNSCdZeuFe7wciYFrbxjvh0QHvXSiP0NIMZXzGjIQxSCgld0SW5m37dTw8UQxlUynw5IzkdqnW-eNIDeKiYr3DpzORNdNACwoUXhiDaW7_AH1uVb9L04TNQqAmDQd5Rl2pY5IjdFrrev7kjlb0lxawP9YtzXIySzE4s9SWtPoiTC06Zh-VrSS8YM4TiVRXjz0eAr_XTXGiXNcrjaTFeejzt8ex1xyDf5ADc_bsWzfBh4-VT-PNMlOTn52Xh7FGiixXGBO98sci4Q'", path: 'app/publish.py' },
        ],
        negative: [
          { text: 'STORYCHIEF_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI3OSIsImp0aSI6ImZhMzcxY2RmZDkxNmY4NzRmNTM1MjIwZjVjZWI5ZmM1N2IwYzJiMTc5NDFiNDY1MmU4YzQ4MGM2ZWJlNWI0NzA4NWIwYmU5ZDAyMmQ5MThlIiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiOTIzNDIiLCJzY29wZXMiOltdfQ.KbsQCBjFDNH-mS5L6qQalnbFGCUJyIQ1yHuyT4vf', path: '.env', why: 'far shorter than an access token' },
        ],
      },
    },
    {
      id: 'streak-api-key',
      title: 'Streak API key',
      vendor: 'Streak',
      names: ['streak_api', 'streak-api', 'streakapi', 'streak.com'],
      compoundNames: ['streak'],
      token: { alphabet: 'Hex', length: 32 },
      examples: {
        positive: [
          { text: 'STREAK_API_API_KEY=aCC9Af3619E365Ed241F7f55Ce2C1770', path: '.env' },
          { text: "export STREAK_API_SECRET='94Ad14dc9cfDCd57eD2C8dCD4f38b4E5'", path: 'scripts/deploy.sh' },
          { text: 'streak_token: 7EC5DCB9Bb04Ac07efEc318E2Ca3FF2F', path: 'config/crm.yml' },
        ],
        negative: [{ text: 'STREAK_API_API_KEY=aCC9Af3619E365Ed241F7f55Ce2C177', path: '.env', why: 'one character short' }, { text: 'winstreak_key = "E9CEe6C7dBc6571E5A55Bb2acEebe45a"', path: 'game/stats.py', why: 'a longer word ending in "streak"' }],
      },
    },
    {
      id: 'stripo-api-token',
      title: 'Stripo API token',
      vendor: 'Stripo',
      names: ['stripo'],
      token: { alphabet: 'token', length: 174, prefix: 'eyJhbGciOiJIUzI1NiJ9.' },
      examples: {
        positive: [
          { text: '  "stripoApiKey": "eyJhbGciOiJIUzI1NiJ9.svGCiYB6uMzSkgfeE03KnV6HiZLxLKxWYAVbEYHdzjvMLB1BcW8srAsj6TpbeO0JE5fChcG2jJjcAAS3GSFuZ2BSM3Ko2tPEBFJkBrUZm5p43BzHwvV41VG7p0O5NHMhTg.se4hWc5XAanOwLmys1Nr0UMJkTkjEGRHuNPxC9WVaGi",', path: 'config/default.json' },
          { text: "const stripoKey = 'eyJhbGciOiJIUzI1NiJ9.NiWIXJPjlt2KwfS7GsN1LEsRrFZ9PtnxIgy6QUTVyg7r7JltYPl4vkizysWCJN89wvTl0zUl2LWgTaTMFXloHiKyktgSXWiz5R5jsnEl0omWqEcWExwORKhA3qjvfFty1j.KiPfn7qmaIko9cDan6u0oxjt_p3okNNxo7pd4dCuQor';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "stripoApiKey": "eyJhbGciOiJIUzI1NiJ9.svGCiYB6uMzSkgfeE03KnV6HiZLxLKxWYAVbEYHdzjvMLB1BcW8srAsj6TpbeO0JE5fChcG2jJjcAAS3GSFuZ2BSM3Ko2tPEBFJkBrUZm5p43BzHwvV41VG7p0O5NHMhTg.se4hWc5XAanOwLmys1Nr0UMJkTkjEGRHuNPxC9WVaG",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'sumologic-access-key',
      title: 'Sumo Logic access key',
      vendor: 'Sumo Logic',
      names: ['sumologic', 'sumo_logic', 'sumo-logic'],
      token: { alphabet: 'alnum', length: 64 },
      remediation:
        'Delete the access key in Sumo Logic (Administration > Security > Access Keys, or Preferences > My ' +
          'Access Keys) and create a new one kept in a secret store.',
      examples: {
        positive: [
          { text: "export SUMOLOGIC_SECRET='HgTtcbULBtIPxic0oe1Ic0m0T55XxH5A3She4DcmTNsskNKb1ga5VpbWjUCx8tPz'", path: 'scripts/deploy.sh' },
          { text: 'SUMOLOGIC_API_KEY=VabOBK4keAkBPdwWGwCg5qcrhJPoS2u6F8qPYOUDGcbSKAem0ntxyyCF1Qq1iKyg', path: '.env' },
        ],
        negative: [{ text: "export SUMOLOGIC_SECRET='HgTtcbULBtIPxic0oe1Ic0m0T55XxH5A3She4DcmTNsskNKb1ga5VpbWjUCx8tP'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'supernotes-api-key',
      title: 'Supernotes API key',
      vendor: 'Supernotes',
      names: ['supernotes'],
      token: { alphabet: 'token', length: 43 },
      examples: {
        positive: [
          { text: 'client = SupernotesClient(api_key="1zbk4ICIcHSMpeDW_LF5XSNUqtB_iIQ4G-8Sb2xYmZs")', path: 'app/clients.py' },
          { text: 'supernotes_token: "e95oSf4_ZTVJ7SMzvbXLbItOAES88IkgBsiLOKjqB4l"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = SupernotesClient(api_key="1zbk4ICIcHSMpeDW_LF5XSNUqtB_iIQ4G-8Sb2xYmZ")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'surveybot-api-key',
      title: 'SurveyBot API key',
      vendor: 'SurveyBot',
      names: ['surveybot'],
      token: { alphabet: 'alnum', length: 80 },
      examples: {
        positive: [
          { text: "const surveybotKey = 'PvsbWyFBZmCejqsAm71gCGkaIRL40Rmzi1itE7EKvT6Qn4C0TldE0Eb09XCkYB5RKI4vlmsaRe8puA6D';", path: 'src/config.ts' },
          { text: '  "surveybotApiKey": "GvImDp8clvXO4dckZBNy8EDrLOuEiBZS1yCQ6sxOWJdZLF1LY36wxZhCJAUsFp9SjARXTfPDGYnN63GK",', path: 'config/default.json' },
        ],
        negative: [{ text: "const surveybotKey = 'PvsbWyFBZmCejqsAm71gCGkaIRL40Rmzi1itE7EKvT6Qn4C0TldE0Eb09XCkYB5RKI4vlmsaRe8puA6';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'surveysparrow-access-token',
      title: 'SurveySparrow access token',
      vendor: 'SurveySparrow',
      names: ['surveysparrow'],
      token: { alphabet: 'token', length: 88 },
      examples: {
        positive: [
          { text: 'SURVEYSPARROW_API_KEY=awSJcu2eq5FTucorCArJ3RVzogZoZqvpmZoaFZm4QZFSAw_2iiDj4l702IR3Q7K_c_nHbfOxSiWlRqE1Y0q48QJH', path: '.env' },
          { text: "export SURVEYSPARROW_SECRET='u3OLgRKtISbHFqrAoOSB1Du7-tkuNJHAWKGFCLlG4_MQ7Dhkp-_qFwufh8p3N-_t9J_pbSFAJRi3CzusRZobz5SC'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'SURVEYSPARROW_API_KEY=awSJcu2eq5FTucorCArJ3RVzogZoZqvpmZoaFZm4QZFSAw_2iiDj4l702IR3Q7K_c_nHbfOxSiWlRqE1Y0q48QJ', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'survicate-api-key',
      title: 'Survicate API key',
      vendor: 'Survicate',
      names: ['survicate'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'survicate_token: "oc5a9flqphzilcauy39ne2fma6sff8h8"', path: 'config/settings.yml' },
          { text: 'client = SurvicateClient(api_key="iutakwtecgyz90lnukzxkcup8090yxvr")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'survicate_token: "oc5a9flqphzilcauy39ne2fma6sff8h"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'swiftype-api-key',
      title: 'Swiftype API key',
      vendor: 'Swiftype',
      names: ['swiftype'],
      token: { alphabet: 'token', length: 20 },
      examples: {
        positive: [
          { text: '  "swiftypeApiKey": "q4SRPd_VS1Lo2-Nl8Nfz",', path: 'config/default.json' },
          { text: "const swiftypeKey = 'jOZh1p_FvN8na-GFL3Vj';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "swiftypeApiKey": "q4SRPd_VS1Lo2-Nl8Nf",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      // a Laravel Passport access token: an RS256 JWT of ~700 to ~1,100 characters (past the usual reach of the kit)
      id: 'tallyfy-access-token',
      title: 'Tallyfy access token',
      vendor: 'Tallyfy',
      names: ['tallyfy'],
      token: { alphabet: 'token', length: [600, 1500] },
      examples: {
        positive: [
          { text: 'TALLYFY_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI4MyIsImp0aSI6ImQ5MGFiMzZkNDQ5MGU2NWZlZDY1ZWU2MGUyOTlhMmI3ODMwZTAyNTZmZDM1NjkzYjVmZjg5ZGVjNjhkNzlmMDg5MWVkYTU0YTYxMzkwOTY3IiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiNDEyNDIiLCJzY29wZXMiOltdfQ.qvgtNc87DlFXHg0o-g01aqRr2KOqqVzblJRAiQTADW5jwgPCfYEDRY-fqXds4INuHPzjL7OchGV-ewG6C7fR5xLSSj8RA0rJLARvzhePakyIOVb4s7cm_bE90Yx0u2qHMwgyEmIQTbvcaJ1CFiUCBildHzOPd9XltsP-lWrxdVcXQ7vt5edqmQRPVzQ5_bna-7IuRluPuGFQ7EssnoeJWfnLOte_bI9cLobGSNTp-kh2ECZ5ryZJWdrDNMZtzup-Km0ipospqtTG3XJvRC1_7ozWImQAO0uYWmw451-twlHfLQSXu_9uKAt5y1IBjt2G1xcShPjDtSzusZlyPAjaX_mtkSBT-8wGKGyJ477U018JpEOVvwN1TqYD2M2BBf7rtwnEIXtUuSJjz_WO9eZKwkBh3joTDSZhGN1XAnlm24ggRw0CbfHcMFoPfazFezztdWMAI-BFCZZ-P7o0FKP01T2QkgOi-JcT29z2TNns9bTNZsgdil86dim9W04hXVpE7GvS7gK-CeXflU1-53iRU-xVNqPMxskRqA_MvtzIUoJtAQm5ysnrrh6d1rxmgXIA7Xj2w9cgi2dvJ-PxYvnRk-HJhXd8dbqZJ2JPFNWes9Hyhhg_j4eC027c-g7QgO9mOqv8qy4-BuWZu2uVazQIidBjCTtDJZHbHyMyJ3ZbwDS', path: '.env' },
          { text: "tallyfy_access_token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI2OSIsImp0aSI6ImM4NzkwOTZiYTU0YjdmMWVkNTBmNWJmMDNhYzFkYWJkODJkZTFkMDcyZTg1MjgzMzcxYjY0NjdjMmY1ZmYyNTM0NWVkMmM0ZTYzODIyM2E1IiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiNTcxMTkiLCJzY29wZXMiOltdfQ.ui3ECSj5DKe4zugMQdKMwT2_3NNP5nXjmRG3NUkBNFRvqnJ2Fy3_agCJmFb4NtgT5_s1zs-kCGw9BIRs6x-ekmgq-hCFs-ZENiud1sKuD_TWJ2YvMZP3-EfjK2UwlN4os9iABujfi40wOSNPLCia9RhDL9PYaRRtk8EhWTcDny7556RQcFcuIiYa29z7jA1CQuhn7z6KQAi0IHApmQ8YM47o6TiADdIJX1Oizq7EpfpukMdrtVpoptGGBAIP0fZ4VYApmllOzmijK70nayMnj6L2wVDVmTCzN9RSrm7TZ5DfNNJmx_iv5Vlezxeo2e9708tZdPMB1xnmsKrRAnXkEW'", path: 'integrations/tallyfy.py' },
        ],
        negative: [
          { text: 'TALLYFY_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI3OSIsImp0aSI6ImZhMzcxY2RmZDkxNmY4NzRmNTM1MjIwZjVjZWI5ZmM1N2IwYzJiMTc5NDFiNDY1MmU4YzQ4MGM2ZWJlNWI0NzA4NWIwYmU5ZDAyMmQ5MThlIiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiOTIzNDIiLCJzY29wZXMiOltdfQ.KbsQCBjFDNH-mS5L6qQalnbFGCUJyIQ1yHuyT4vf', path: '.env', why: 'far shorter than an access token' },
        ],
      },
    },
    {
      id: 'tatum-api-key',
      title: 'Tatum API key',
      vendor: 'Tatum',
      names: ['tatum'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: "export TATUM_SECRET='8bc11cc4-f260-4e04-babc-33cd1e9b1b93'", path: 'scripts/deploy.sh' },
          { text: 'TATUM_API_KEY=dba64c86-0a91-428c-9d36-b19d3bc04040', path: '.env' },
        ],
        negative: [{ text: "export TATUM_SECRET='8bc11cc4-f260-4e04-babc-33cd1e9b1b9'", path: 'scripts/deploy.sh', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'technicalanalysisapi-key',
      title: 'TechnicalAnalysisAPI key',
      vendor: 'TechnicalAnalysisAPI',
      names: ['technicalanalysisapi'],
      token: { alphabet: 'upper-alnum', length: 48 },
      examples: {
        positive: [
          { text: "const technicalanalysisapiKey = 'O6S9R9RP2O5QCZRS681WCUROQCIZ7J7MRQKQTAW7JHQN9GUU';", path: 'src/config.ts' },
          { text: '  "technicalanalysisapiApiKey": "X20C3E75RR0UPZAFKMJG2JR15CWW3Q68BX16753B2KBSLVEU",', path: 'config/default.json' },
        ],
        negative: [{ text: "const technicalanalysisapiKey = 'O6S9R9RP2O5QCZRS681WCUROQCIZ7J7MRQKQTAW7JHQN9GU';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'tefter-api-key',
      title: 'Tefter API key',
      vendor: 'Tefter',
      names: ['tefter'],
      token: { alphabet: 'alnum', length: 20 },
      examples: {
        positive: [
          { text: 'TEFTER_API_KEY=E0h24mvj11MulLnxNi1h', path: '.env' },
          { text: "export TEFTER_SECRET='vtseQNkx5Dcq01gn1bk1'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'TEFTER_API_KEY=E0h24mvj11MulLnxNi1', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'teletype-api-key',
      title: 'Teletype API key',
      vendor: 'Teletype',
      names: ['teletype'],
      token: { alphabet: 'token', length: 64 },
      examples: {
        positive: [
          { text: 'teletype_token: "GFJPqP0ABZGwD6Xyjp282gE4lp7IbqgQRi8SWv4lzfhOQ-Vt85ZkR09lt-tJQF6B"', path: 'config/settings.yml' },
          { text: 'client = TeletypeClient(api_key="V5mdTYq9SE-KEvjbwlhKPyYjZc1ogTAGG9ANqgbs-yiYDyyXupwM_m3ekdVqVPv3")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'teletype_token: "GFJPqP0ABZGwD6Xyjp282gE4lp7IbqgQRi8SWv4lzfhOQ-Vt85ZkR09lt-tJQF6"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'theoddsapi-key',
      title: 'The Odds API key',
      vendor: 'The Odds API',
      names: ['theoddsapi', 'the-odds-api', 'the_odds_api'],
      token: { alphabet: 'hex', length: 32 },
      examples: {
        positive: [
          { text: 'THE_ODDS_API_API_KEY=4f0ca3e8207b86a074a801dbaab4fbe4', path: '.env' },
          { text: "export THE_ODDS_API_SECRET='26e8b2423c836bd386de81eb5cab02d9'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'THE_ODDS_API_API_KEY=4f0ca3e8207b86a074a801dbaab4fbe', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'ticketmaster-api-key',
      title: 'Ticketmaster API key',
      vendor: 'Ticketmaster',
      names: ['ticketmaster'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'client = TicketmasterClient(api_key="JTU4maXYpDKUaUtyUjfEMSdCOdXUqFAf")', path: 'app/clients.py' },
          { text: 'ticketmaster_token: "kknXOccM02SQv9336ytnDEq8IlOkXRJt"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = TicketmasterClient(api_key="JTU4maXYpDKUaUtyUjfEMSdCOdXUqFA")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'tickettailor-api-key',
      title: 'Ticket Tailor API key',
      vendor: 'Ticket Tailor',
      names: ['tickettailor', 'ticket_tailor'],
      token: { alphabet: 'token', length: 44, prefix: 'sk_' },
      examples: {
        positive: [
          { text: "const tickettailorKey = 'sk_6494_450696_003d02c1f9e5ce14a8c0aafd83d16502';", path: 'src/config.ts' },
          { text: '  "tickettailorApiKey": "sk_1795_253534_30fe924bf7a37f90dfdb6d46a0e1a46b",', path: 'config/default.json' },
        ],
        negative: [{ text: "const tickettailorKey = 'sk_6494_450696_003d02c1f9e5ce14a8c0aafd83d1650';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'tiingo-api-token',
      title: 'Tiingo API token',
      vendor: 'Tiingo',
      names: ['tiingo'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [
          { text: 'TIINGO_API_KEY=s1k58ul37864h3r32fffixp43oyx6vw39duxj70d', path: '.env' },
          { text: "export TIINGO_SECRET='6d3pmmwsexxqkyae1e1g0npdrqwmhtiroi1a3mh3'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'TIINGO_API_KEY=s1k58ul37864h3r32fffixp43oyx6vw39duxj70', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'timecamp-api-token',
      title: 'TimeCamp API token',
      vendor: 'TimeCamp',
      names: ['timecamp'],
      token: { alphabet: 'lower-alnum', length: 26 },
      examples: {
        positive: [
          { text: 'timecamp_token: "r7cerfho4zqfmeucf41j9zuoip"', path: 'config/settings.yml' },
          { text: 'client = TimecampClient(api_key="tkgqtjba6p0dsyeys21g9sqgxj")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'timecamp_token: "r7cerfho4zqfmeucf41j9zuoi"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'tly-api-token',
      title: 'T.LY API token',
      vendor: 'T.LY',
      names: ['tly_', 't.ly'], compoundNames: ['tly'],
      token: { alphabet: 'alnum', length: 60 },
      examples: {
        positive: [
          { text: 'TLY_API_KEY=VRZYmzsini6vhK13rewntqlLTIGbT2G7lHg78umTpl6J1Q5cce0k7zaxJRwi', path: '.env' },
          { text: 'tly_token: "BfmxSVVZxoyYDOc5iQuutk0CsO3sw6y8ohIZosjsCeGBkvidlQOLwtfNDVlX"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'TLY_API_KEY=VRZYmzsini6vhK13rewntqlLTIGbT2G7lHg78umTpl6J1Q5cce0k7zaxJRw', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'tmetric-api-token',
      title: 'TMetric API token',
      vendor: 'TMetric',
      names: ['tmetric'],
      token: { alphabet: 'upper-alnum', length: 64 },
      examples: {
        positive: [
          { text: "export TMETRIC_SECRET='QJ3UA9VR1Q4CM8UWFN2N2ACQMOZG49GKZJCQW5JGYWEMODXJSUWGGQS6XJFJ7BFS'", path: 'scripts/deploy.sh' },
          { text: 'TMETRIC_API_KEY=JH217E86LBP7I8P9V1Y7VUS068KSYHKGPR5FHGYG1DB3VYHQB7ZTRY272O1QUSRM', path: '.env' },
        ],
        negative: [{ text: "export TMETRIC_SECRET='QJ3UA9VR1Q4CM8UWFN2N2ACQMOZG49GKZJCQW5JGYWEMODXJSUWGGQS6XJFJ7BF'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'todoist-api-token',
      title: 'Todoist API token',
      vendor: 'Todoist',
      names: ['todoist'],
      token: { alphabet: 'lower-alnum', length: 40 },
      examples: {
        positive: [
          { text: 'client = TodoistClient(api_key="0k9gikofesq42ncnr9c9v965zadnvu3fis0ama9o")', path: 'app/clients.py' },
          { text: 'todoist_token: "ql7it37i1fnd79rfsbj9iknm52pnjyis1vbz1st1"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = TodoistClient(api_key="0k9gikofesq42ncnr9c9v965zadnvu3fis0ama9")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'toggl-api-token',
      title: 'Toggl Track API token',
      vendor: 'Toggl Track',
      names: ['toggl_', 'toggl-', 'toggltrack', 'toggl.com', 'togglapi'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'TOGGL_API_KEY=IrcWv5r5Wq2ZmLzPNkLV1dAHa3vNXFUN', path: '.env' },
          { text: "export TOGGL_SECRET='jaPmBL6u3QhqtXBG3COwyv7VPbrOVEoI'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'TOGGL_API_KEY=IrcWv5r5Wq2ZmLzPNkLV1dAHa3vNXFU', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'tomtom-api-key',
      title: 'TomTom API key',
      vendor: 'TomTom',
      names: ['tomtom'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: 'TOMTOM_API_KEY=BqJKf7xCnsLi6G8isluN4ths4wpLOSVS', path: '.env' },
          { text: "export TOMTOM_SECRET='OI3K3wzVuLAepBAwKOaulDETUQ1NJAhE'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'TOMTOM_API_KEY=BqJKf7xCnsLi6G8isluN4ths4wpLOSV', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'travelpayouts-api-token',
      title: 'Travelpayouts API token',
      vendor: 'Travelpayouts',
      names: ['travelpayouts'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: '  "travelpayoutsApiKey": "26enoupo1c2829kd5avux80h3d69z3as",', path: 'config/default.json' },
          { text: "const travelpayoutsKey = 'vrqmgs2mqfirjopc8mabvkvzb0zx09ht';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "travelpayoutsApiKey": "26enoupo1c2829kd5avux80h3d69z3a",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'trello-api-credential',
      title: 'Trello API key or token',
      vendor: 'Trello',
      names: ['trello'],
      token: [{ alphabet: 'lower-alnum', length: 32 }, { alphabet: 'lower-alnum', length: 64 }, { alphabet: 'Hex', length: 72, prefix: 'ATTA' }],
      remediation:
        'Revoke the token in Trello (Settings > Applications, or the Power-Up admin page for API keys) and ' +
          'issue a new one; keep key and token in a secret store.',
      examples: {
        positive: [
          { text: 'client = TrelloClient(api_key="8hemj3nesw3ooykax2yfuycnd52dourj")', path: 'app/clients.py' },
          { text: 'trello_token: "b88n8slhn0w2z285h4dak37lyuz0klln"', path: 'config/settings.yml' },
        ],
        negative: [
          { text: 'client = TrelloClient(api_key="8hemj3nesw3ooykax2yfuycnd52dour")', path: 'app/clients.py', why: 'one character short' },
          { text: 'trello board: https://trello.com/b/Xk3Lm9Qp/roadmap', why: 'a board link' },
        ],
      },
    },
    {
      id: 'twelvedata-api-key',
      title: 'Twelve Data API key',
      vendor: 'Twelve Data',
      names: ['twelvedata', 'twelve_data'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "const twelvedataKey = 'ej48ehias0u6tmxznyk5tzm4z3hn4sx9';", path: 'src/config.ts' },
          { text: '  "twelvedataApiKey": "zk0nxbl1tq67myarqh56ihx2dfzsvcrz",', path: 'config/default.json' },
        ],
        negative: [{ text: "const twelvedataKey = 'ej48ehias0u6tmxznyk5tzm4z3hn4sx';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'unplugg-api-key',
      title: 'Unplugg API key',
      vendor: 'Unplugg',
      names: ['unplugg', 'unplu-', 'unplu_'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [
          { text: 'client = UnpluggClient(api_key="dv84rojqjrmxf5i2gl002x4mwcy7p5uagymnpstrqiiownc5lf92aap3oumu3ppi")', path: 'app/clients.py' },
          { text: 'unplugg_token: "ab8z2xphb6chq49xuwbb2rj9t0g4fp3mfockp6xb84lt5q4th4g5kuba9vc7w0ka"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = UnpluggClient(api_key="dv84rojqjrmxf5i2gl002x4mwcy7p5uagymnpstrqiiownc5lf92aap3oumu3pp")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'unsplash-access-key',
      title: 'Unsplash access key',
      vendor: 'Unsplash',
      names: ['unsplash'],
      token: { alphabet: 'token', length: 43 },
      examples: {
        positive: [
          { text: "const unsplashKey = 'LJGp2C6vjZ9v1ADymG0NB_j-e_MoV0-PmW6lEJn5cJe';", path: 'src/config.ts' },
          { text: '  "unsplashApiKey": "PAih5aqWj9PL0j6VbrU0r6pN_rW1XybBKssdy90BYbd",', path: 'config/default.json' },
        ],
        negative: [{ text: "const unsplashKey = 'LJGp2C6vjZ9v1ADymG0NB_j-e_MoV0-PmW6lEJn5cJ';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'upcdatabase-api-key',
      title: 'UPCDatabase API key',
      vendor: 'UPCDatabase',
      names: ['upcdatabase'],
      token: { alphabet: 'upper-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'UPCDATABASE_API_KEY=9MX48D8KSOTB08GBXX3GKZGJGVLZ7Q3F', path: '.env' },
          { text: "export UPCDATABASE_SECRET='S45MJZR0TCHXS0TAGFS0M8NBPUB3YSN7'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'UPCDATABASE_API_KEY=9MX48D8KSOTB08GBXX3GKZGJGVLZ7Q3', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'uplead-api-key',
      title: 'UpLead API key',
      vendor: 'UpLead',
      names: ['uplead'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'uplead_token: "fqv8ha17vrdax8h23k5058bjormxohqr"', path: 'config/settings.yml' },
          { text: 'client = UpleadClient(api_key="3j60dcwtjoevhfxkzjfinth8axd74nf1")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'uplead_token: "fqv8ha17vrdax8h23k5058bjormxohq"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'uptimerobot-api-key',
      title: 'UptimeRobot API key',
      vendor: 'UptimeRobot',
      names: ['uptimerobot'],
      token: { alphabet: 'token', length: [33, 35] },
      examples: {
        positive: [
          { text: '  "uptimerobotApiKey": "u6998577-776189f28aa0faa5f5c6096e",', path: 'config/default.json' },
          { text: "const uptimerobotKey = 'u0704061-8b5ec1afe742600f12f97f9e';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "uptimerobotApiKey": "u6998577-776189f28aa0faa5f5c6096",', path: 'config/default.json', why: 'shorter than 33 characters' }],
      },
    },
    {
      id: 'upwave-api-key',
      title: 'Upwave API key',
      vendor: 'Upwave',
      names: ['upwave'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "export UPWAVE_SECRET='r43h0c4wut78uqyx4lljh1drnihx2oak'", path: 'scripts/deploy.sh' },
          { text: 'UPWAVE_API_KEY=er384nn1rwic2n7tlufa6jl8447wpnt7', path: '.env' },
        ],
        negative: [{ text: "export UPWAVE_SECRET='r43h0c4wut78uqyx4lljh1drnihx2oa'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'urlscan-api-key',
      title: 'urlscan.io API key',
      vendor: 'urlscan.io',
      names: ['urlscan'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'client = UrlscanClient(api_key="5a165218-fe79-4c04-92a6-9d85057d2f36")', path: 'app/clients.py' },
          { text: 'urlscan_token: "b4f32e18-1f23-41b4-8c86-5a48257c640d"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = UrlscanClient(api_key="5a165218-fe79-4c04-92a6-9d85057d2f3")', path: 'app/clients.py', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'userflow-api-key',
      title: 'Userflow API key',
      vendor: 'Userflow',
      names: ['userflow'],
      token: { alphabet: 'token', length: 29 },
      examples: {
        positive: [
          { text: "const userflowKey = 'ak_x17dtjxmu3bv9zrlc2lssac0t7';", path: 'src/config.ts' },
          { text: '  "userflowApiKey": "ak_eebzbzmmph5uwtta8yver2gmtn",', path: 'config/default.json' },
        ],
        negative: [{ text: "const userflowKey = 'ak_x17dtjxmu3bv9zrlc2lssac0t';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'userstack-access-key',
      title: 'Userstack access key',
      vendor: 'Userstack',
      names: ['userstack'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'USERSTACK_API_KEY=kwfz1xfechtlgd35nh60aplewq93e52s', path: '.env' },
          { text: "export USERSTACK_SECRET='dib1gubwk8lo4e4irdeu2jpvs3t26rcp'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'USERSTACK_API_KEY=kwfz1xfechtlgd35nh60aplewq93e52', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'vatlayer-access-key',
      title: 'Vatlayer access key',
      vendor: 'Vatlayer',
      names: ['vatlayer'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'vatlayer_token: "kc16mi0nv1f1grznajcbi9qckulp7dju"', path: 'config/settings.yml' },
          { text: 'client = VatlayerClient(api_key="cvmwwwd2x14g66872mbonh0sv3ks00gj")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'vatlayer_token: "kc16mi0nv1f1grznajcbi9qckulp7dj"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'verimail-api-key',
      title: 'Verimail API key',
      vendor: 'Verimail',
      names: ['verimail'],
      token: { alphabet: 'upper-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'client = VerimailClient(api_key="I9MKK15SBYL3GPTB8EHLA935I0VXEJ6X")', path: 'app/clients.py' },
          { text: 'verimail_token: "9X7IXCJJKSLGH34QFKEKOKV7LMKYYQ5Y"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = VerimailClient(api_key="I9MKK15SBYL3GPTB8EHLA935I0VXEJ6")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'veriphone-api-key',
      title: 'Veriphone API key',
      vendor: 'Veriphone',
      names: ['veriphone'],
      token: { alphabet: 'upper-alnum', length: 32 },
      examples: {
        positive: [
          { text: "const veriphoneKey = '3I6UU2Q0KPMLA9YUPSOCTRDIBN1LYC4J';", path: 'src/config.ts' },
          { text: '  "veriphoneApiKey": "0JCZA8MGFNAWB8C1UMY9VVQRXY0E5EG0",', path: 'config/default.json' },
        ],
        negative: [{ text: "const veriphoneKey = '3I6UU2Q0KPMLA9YUPSOCTRDIBN1LYC4';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      // an OAuth access token of the long JWT kind (~700 to ~1,100 characters, past the usual reach of the kit)
      id: 'viewneo-access-token',
      title: 'viewneo access token',
      vendor: 'viewneo',
      names: ['viewneo'],
      token: { alphabet: 'token', length: [600, 1500] },
      examples: {
        positive: [
          { text: 'VIEWNEO_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI4NSIsImp0aSI6ImU5NGUyNWM0NmUzNGQ1ZmU0MmUwYzRjZGViM2NkNTIxYmFkMjNjNmQzZDE3YTFlMGUzNjBlNjQzZmFmZDg4MDU3ODQwY2VjMTNjZGRjZGY1IiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiMzIzNzgiLCJzY29wZXMiOltdfQ.vskbt167aAPioC56DmYyrKcxyv-0YmW-fdN0hJyQvP3F4SqgXoS7XXB3caZz7Poy8HspnvvNBvP6-CY6e9MI7FSUyQpXPK3QqCiHTGU046qPc6qLuY_N6sIaGQh169lRcd7pfHv-nKfO_UF7Fu0KHw9NPM5xJ9ufehELZejqUxkfed6oYg3qiipiao9r-BCcFfMUqdUKMz51fvnjfU7dd8EIfluN4k415d9FbEmvjYhcfJmXRuSlVpjwZbTzSu4V8sVc4-dDOBgE1M3LPEY9w1u70_N6An_GCAM82FufgOuG6Mvxjdsk7yEDgYonQlCKAk4D9XbDezHq8y1SxXqxspHW4w37Aimgxsd624U0JiHUV1TtDqqiQuzpJ639t-pHSboL7jAtqlt0GN1nZTYBis5Cq8O5bFOnechwK7FBpQcblEcZhtgTsfPhLH3a7N2afvNVf6vLQmtKJ8_jf-eBZm8GBP0DDr3rcMmTnhxKmPBUUmHzj5mcdye2xQdZO3eceYrTl5QI_ZPVh-tiHM5k9e_Yww7s0oXVB9qZkY8c45DEMgc7xL_arJTbBmW1_DLkt8dd1YICNDBKh7Z8cloK9Rt0tkl8t8m5ZAHjgE0g7p355KIHRJJ3ALyX0RQnPle4celaHMrmE4oSR513BJYaxiTm5yyf3tGk72LSvhwFf6_', path: '.env' },
          { text: "viewneo_token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI2NSIsImp0aSI6ImJlZjI5NWRlNjhlMDU3ZTdlMzQwMjVkYzI2ZGE3NTU0ZmUyOTViNWJiM2ZkZmE5ZDcyMjg5NTc0MzdhMGI0MGJiMjJlODllMzVlMTkwODcyIiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiNDU5NTIiLCJzY29wZXMiOltdfQ.uDWC86wcHeyYhIiZRGvMsrn9ckEaA0MqN5Jc3_2mmZWZufCwMvkWe1XXYMPrNzMctH_w-vgMLPwPJF7D5-iiJtlwcUMRPajfqyJtpSpkFH6lE03sw1BfWXYrE8SxNN0IGXgddBTiSoI2ux8FKcOhhzhstuR1OGN6HgLFL149DACkSfYi0iZaGONDgWBkAU7PbsCV3yO3V_qNs6Adj8F4NW3Ge3UMxtLW9FASRzB0OBPH_oAfoT5FA7MDxY7X43bHNw4WLKk9jpsdLndfpe2TV1qItPofkc_OvXqgN61jVpygXjyJiSHV1Zqi1bH_iQdm8W_DYEzFMp3YpyF2q451Lf'", path: 'signage/client.py' },
        ],
        negative: [
          { text: 'VIEWNEO_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI3OSIsImp0aSI6ImZhMzcxY2RmZDkxNmY4NzRmNTM1MjIwZjVjZWI5ZmM1N2IwYzJiMTc5NDFiNDY1MmU4YzQ4MGM2ZWJlNWI0NzA4NWIwYmU5ZDAyMmQ5MThlIiwiaWF0IjoxNzMzMzk1MjAwLjAsIm5iZiI6MTczMzM5NTIwMC4wLCJleHAiOjE3NjQ5MzEyMDAuMCwic3ViIjoiOTIzNDIiLCJzY29wZXMiOltdfQ.KbsQCBjFDNH-mS5L6qQalnbFGCUJyIQ1yHuyT4vf', path: '.env', why: 'far shorter than an access token' },
        ],
      },
    },
    {
      id: 'virustotal-api-key',
      title: 'VirusTotal API key',
      vendor: 'VirusTotal',
      names: ['virustotal'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: 'virustotal_token: "7dc7818ac33d30a181d2068a35f445f41a30b2a76e72d0b555a0f784ce9baab7"', path: 'config/settings.yml' },
          { text: 'client = VirustotalClient(api_key="95d0bc02d5b83d49fd16c5f37c2e0ee89d5f96927a8ff82325b4636d747585f3")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'virustotal_token: "7dc7818ac33d30a181d2068a35f445f41a30b2a76e72d0b555a0f784ce9baab"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'visualcrossing-api-key',
      title: 'Visual Crossing API key',
      vendor: 'Visual Crossing',
      names: ['visualcrossing', 'visual_crossing'],
      token: { alphabet: 'upper-alnum', length: 25 },
      examples: {
        positive: [
          { text: '  "visualcrossingApiKey": "QJEX451TNB4PHWPIJ8VAPGZ9N",', path: 'config/default.json' },
          { text: "const visualcrossingKey = 'ICS6J1FNRWWZB2OY4N41AAW8F';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "visualcrossingApiKey": "QJEX451TNB4PHWPIJ8VAPGZ9",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'vpnapi-api-key',
      title: 'VPNAPI.io API key',
      vendor: 'VPNAPI.io',
      names: ['vpnapi'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: "const vpnapiKey = 'CBF4ZsCV6g5Q2Jd6cJ5NqOVc6In2tSAi';", path: 'src/config.ts' },
          { text: '  "vpnapiApiKey": "2K2tZDX6yiRSCFs8vaN5AqGtDO4hWWxN",', path: 'config/default.json' },
        ],
        negative: [{ text: "const vpnapiKey = 'CBF4ZsCV6g5Q2Jd6cJ5NqOVc6In2tSA';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'vyte-api-key',
      title: 'Vyte API key',
      vendor: 'Vyte',
      names: ['vyte'],
      token: { alphabet: 'lower-alnum', length: 50 },
      examples: {
        positive: [
          { text: 'vyte_token: "8p1ivhis3h9fzn2bcoksueldotbmkltb7sxrtiyv891983b79l"', path: 'config/settings.yml' },
          { text: 'client = VyteClient(api_key="o78pvr870cea2bqu7gv4durf52vdx6aw7w99dvqejs8hmw5h0x")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'vyte_token: "8p1ivhis3h9fzn2bcoksueldotbmkltb7sxrtiyv891983b79"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'walkscore-api-key',
      title: 'Walk Score API key',
      vendor: 'Walk Score',
      names: ['walkscore'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: '  "walkscoreApiKey": "das862tegytgtayklcsezr5esclp4yga",', path: 'config/default.json' },
          { text: "const walkscoreKey = 'ng6ikswcltvq2e4d37pud2c85bgqw8hf';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "walkscoreApiKey": "das862tegytgtayklcsezr5esclp4yg",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'weatherbit-api-key',
      title: 'Weatherbit API key',
      vendor: 'Weatherbit',
      names: ['weatherbit'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: 'client = WeatherbitClient(api_key="gpg0cwjgsg6a8lhcrediujpch2yw9gay")', path: 'app/clients.py' },
          { text: 'weatherbit_token: "z6sikztoeympqizcpgud8124wwiunqhs"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = WeatherbitClient(api_key="gpg0cwjgsg6a8lhcrediujpch2yw9ga")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'weatherstack-access-key',
      title: 'Weatherstack access key',
      vendor: 'Weatherstack',
      names: ['weatherstack'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "const weatherstackKey = 'b50xt0lx7cqc5mrwplwc2x5c721pni6r';", path: 'src/config.ts' },
          { text: '  "weatherstackApiKey": "loqtn6sqa98gcio83f2gln1444ocy5fq",', path: 'config/default.json' },
        ],
        negative: [{ text: "const weatherstackKey = 'b50xt0lx7cqc5mrwplwc2x5c721pni6';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'webflow-api-token',
      title: 'Webflow API token',
      vendor: 'Webflow',
      names: ['webflow'],
      token: { alphabet: 'alnum', length: 64 },
      examples: {
        positive: [
          { text: 'webflow_token: "aHzoQDVpzoYMrZU9MCcmpu7Xy7hlc4fW4uc0NAjtRxSrxcPrW5T8l32cJLooQ8eP"', path: 'config/settings.yml' },
          { text: 'client = WebflowClient(api_key="c5RMutV7rcuhKU1sSkImBF6EC7jMkHCDNbcEhydJZB2kTYh10RKZNk7iJSMcIWZ1")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'webflow_token: "aHzoQDVpzoYMrZU9MCcmpu7Xy7hlc4fW4uc0NAjtRxSrxcPrW5T8l32cJLooQ8e"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'webscraper-api-token',
      title: 'Web Scraper API token',
      vendor: 'Web Scraper',
      names: ['webscraper'],
      token: { alphabet: 'alnum', length: 60 },
      examples: {
        positive: [
          { text: '  "webscraperApiKey": "zWWtrwLX50V9gOWftRv5wTYlgCn8XEplL8N4na8BaZjfJTiP6qtp2hbmt0BM",', path: 'config/default.json' },
          { text: "const webscraperKey = 'APJmKdNzUfLKbTvgJ7kPP2EVEULpEfm0EMlizoNWzevRb689uXbnFGdYLZi8';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "webscraperApiKey": "zWWtrwLX50V9gOWftRv5wTYlgCn8XEplL8N4na8BaZjfJTiP6qtp2hbmt0B",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'webscraping-ai-api-key',
      title: 'WebScraping.AI API key',
      vendor: 'WebScraping.AI',
      names: ['webscraping'],
      token: { alphabet: 'alnum', length: 32 },
      examples: {
        positive: [
          { text: "export WEBSCRAPING_SECRET='szTEPMvNAES1iJLsAu5TQlPK6vHcu36q'", path: 'scripts/deploy.sh' },
          { text: 'WEBSCRAPING_API_KEY=r6yUoRfzHZ75z1dTzJ6pC0bz91Wl9J3h', path: '.env' },
        ],
        negative: [{ text: "export WEBSCRAPING_SECRET='szTEPMvNAES1iJLsAu5TQlPK6vHcu36'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'whoxy-api-key',
      title: 'Whoxy API key',
      vendor: 'Whoxy',
      names: ['whoxy'],
      token: { alphabet: 'lower-alnum', length: 33 },
      examples: {
        positive: [
          { text: 'client = WhoxyClient(api_key="qgw18w5n6rq7rutrtkb7mhpldgr9iy6xj")', path: 'app/clients.py' },
          { text: 'whoxy_token: "2qhpc7wk9k7edub0u2rtf4l4jmo7turlz"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = WhoxyClient(api_key="qgw18w5n6rq7rutrtkb7mhpldgr9iy6x")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'wistia-api-token',
      title: 'Wistia API token',
      vendor: 'Wistia',
      names: ['wistia'],
      token: { alphabet: 'lower-alnum', length: 64 },
      examples: {
        positive: [
          { text: 'wistia_token: "4skkj81l78sy8zkqyiiiwgkhkl9le13xcrsmoejwaasojkxriqcjt314pimde1k9"', path: 'config/settings.yml' },
          { text: 'client = WistiaClient(api_key="z7mlq1j2y8f9gv6vmznp3w5z28vkzqpysjeewznddpa2c811jvmdpsljqjhszrwg")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'wistia_token: "4skkj81l78sy8zkqyiiiwgkhkl9le13xcrsmoejwaasojkxriqcjt314pimde1k"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'worksnaps-api-token',
      title: 'Worksnaps API token',
      vendor: 'Worksnaps',
      names: ['worksnaps'],
      token: { alphabet: 'alnum', length: 40 },
      examples: {
        positive: [
          { text: '  "worksnapsApiKey": "teSgt4kg7UkVJMfNBYW0PMOivKfeGdxWDXfJTUsA",', path: 'config/default.json' },
          { text: "const worksnapsKey = 'wqNbLTBdhHzT444ycGK95Eu3DTMcjUMrCtBCW77v';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "worksnapsApiKey": "teSgt4kg7UkVJMfNBYW0PMOivKfeGdxWDXfJTUs",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'workstack-api-key',
      title: 'Workstack API key',
      vendor: 'Workstack',
      names: ['workstack'],
      token: { alphabet: 'alnum', length: 60 },
      examples: {
        positive: [
          { text: "export WORKSTACK_SECRET='59re4zAdFtSYUXXW2A29h0I1t0LwyZSVFko55wDl3SsfWrMR6ntMT4ne8yiA'", path: 'scripts/deploy.sh' },
          { text: 'WORKSTACK_API_KEY=4EUKcpPwSfLeG4T96PnF0RLUffgQsnrMMm8vKkq5wwvHGcbbS6czy9WbbGfC', path: '.env' },
        ],
        negative: [{ text: "export WORKSTACK_SECRET='59re4zAdFtSYUXXW2A29h0I1t0LwyZSVFko55wDl3SsfWrMR6ntMT4ne8yi'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'worldcoinindex-api-key',
      title: 'WorldCoinIndex API key',
      vendor: 'WorldCoinIndex',
      names: ['worldcoinindex'],
      token: { alphabet: 'alnum', length: 35 },
      examples: {
        positive: [
          { text: 'client = WorldcoinindexClient(api_key="hjnns6FpndEUuwXjY9vc4Od4A0tdT0KRpAD")', path: 'app/clients.py' },
          { text: 'worldcoinindex_token: "g5Ajvpx7EqfNKvDk3wxvPT4nTE3R4TOQkjU"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = WorldcoinindexClient(api_key="hjnns6FpndEUuwXjY9vc4Od4A0tdT0KRpA")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'worldweather-api-key',
      title: 'World Weather Online API key',
      vendor: 'World Weather Online',
      names: ['worldweather'],
      token: { alphabet: 'lower-alnum', length: 31 },
      examples: {
        positive: [
          { text: "const worldweatherKey = '7uatxdkoc5h21nktnzrrlop1cyyih6d';", path: 'src/config.ts' },
          { text: '  "worldweatherApiKey": "uunzgkyzlm83gnkebkq52lqorf0az2y",', path: 'config/default.json' },
        ],
        negative: [{ text: "const worldweatherKey = '7uatxdkoc5h21nktnzrrlop1cyyih6';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'wrike-permanent-token',
      title: 'Wrike permanent access token',
      vendor: 'Wrike',
      names: ['wrike'],
      token: { alphabet: 'token', length: [300, 400], prefix: 'ey' },
      examples: {
        positive: [
          { text: 'WRIKE_API_KEY=eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.eyJKmlDIjzSnocwAvoiK6jTtVMCJG02pXxQ8FXUZylKhm3OMPJsvmSZhmuvynW7Jjw_JIrY4GuhF3r3W_KMxkZORe_B6BnyrUhTdHZDzFdYtsoRvsjcIz-Zas8XT1LjpI23iPPn2J-Wf82q_opXM90l_yeCkE_JSlFxUNA0gKY8dxLmb2aO0o7jLe0mlLVYJyAMpOOQCIyjD33fgyHfFsS1QNJBCTRiJT4AsexOGv20R9X5SsMvVhuHSISS.z1YolA2IB77ogvCc7WzHjfEIzLatdbfSrAg25nmLLvy', path: '.env' },
          { text: "export WRIKE_SECRET='eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.eyJEOUT3L77Hj4Jso7mmwKNHSDGoZfL6aM7fwxFYxe10QdrxXrwA5zlJTiStPEAPh34PK9rHxtkCx79mdwQaz2TNibQIuzE0NoiBYf8iZnc9mKjCEX9rQfx9ehJDGul2s5QGNoJIeeQzqKampfhBIaaDdNU0o5qcdYpFOmE-7CVHNjDgNLV8nZKfRCn2ScmA5Lxk3WHjn56JP37rZuddpQ1T7i27wDme98ud4CH-LJVKYFLyZthX9A-MqW3.wgajBdlnby32OzlMHFAvbuBveH5qjmaVb4ymnakYaFc'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'WRIKE_API_KEY=eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.eyJKmlDIjzSnocwAvoiK6jTtVMCJG02pXxQ8FXUZylKhm3OMPJsvmSZhmuvynW7Jjw_JIrY4GuhF3r3W_KMxkZORe_B6BnyrUhTdHZDzFdYtsoRvsjcIz-Zas8XT1LjpI23iPPn2J-Wf82q_opXM90l_yeCkE_JSlFxUNA0gKY8dxLmb2aO0o7jLe0mlLVYJyAMpOOQCIyjD33fgyHfFsS1QNJBCTRiJT4AsexOGv20R9X5SsMvVhuHSISS.z1Yo', path: '.env', why: 'shorter than 300 characters' }],
      },
    },
    {
      id: 'yelp-api-key',
      title: 'Yelp Fusion API key',
      vendor: 'Yelp',
      names: ['yelp'],
      token: { alphabet: 'token', length: 128 },
      examples: {
        positive: [
          { text: 'yelp_token: "ZBT_HpO4T21VQfzP_wIrzJ207OUMtRGmwtXe6FR5IoxqJwSGGXlwvp8EqIQQzEpG46_ubyxkbdAK8_gPt27ooBaZjBcg3UmiQ0uoGRluOYIlrDmp_kOY0idF704rBXir"', path: 'config/settings.yml' },
          { text: 'client = YelpClient(api_key="rVMErNVi4peDk0NlNzEO6vznFTzhdZgOOA48RnCh7zfAnfq-i6OBYJ1sehxC1znhcKoaBnaspNqEdVcKcR64qQ37jH6l-kKGllIbaKj26eYdV8-QkLYSce9PFr9HZ0zj")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'yelp_token: "ZBT_HpO4T21VQfzP_wIrzJ207OUMtRGmwtXe6FR5IoxqJwSGGXlwvp8EqIQQzEpG46_ubyxkbdAK8_gPt27ooBaZjBcg3UmiQ0uoGRluOYIlrDmp_kOY0idF704rBXi"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      id: 'ynab-access-token',
      title: 'YNAB (You Need A Budget) access token',
      vendor: 'YNAB',
      names: ['youneedabudget', 'ynab'],
      token: { alphabet: 'hex', length: 64 },
      examples: {
        positive: [
          { text: '  "youneedabudgetApiKey": "361165f7061a7562da9634850d7b556a6d81ef438277e7fc6c4278f8832f22d6",', path: 'config/default.json' },
          { text: "const youneedabudgetKey = '6e0c09576566b13009b4c02ad90116be90398a7f49675df267443b9fa14f4b97';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "youneedabudgetApiKey": "361165f7061a7562da9634850d7b556a6d81ef438277e7fc6c4278f8832f22d",', path: 'config/default.json', why: 'one character short' }],
      },
    },
    {
      id: 'yousign-api-key',
      title: 'Yousign API key',
      vendor: 'Yousign',
      names: ['yousign'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "export YOUSIGN_SECRET='hjiyfy0vlc46owyd228fvbgz8n87u30e'", path: 'scripts/deploy.sh' },
          { text: 'YOUSIGN_API_KEY=cxiy56yvmy4r0gudoaoijd7uf4hc7kmz', path: '.env' },
        ],
        negative: [{ text: "export YOUSIGN_SECRET='hjiyfy0vlc46owyd228fvbgz8n87u30'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'zendesk-api-token',
      title: 'Zendesk API token',
      vendor: 'Zendesk',
      names: ['zendesk'],
      token: { alphabet: 'alnum', length: 40 },
      remediation:
        'Delete the token in Zendesk Admin Center (Apps and integrations > APIs > Zendesk API) and add a new ' +
          'one kept in a secret store.',
      examples: {
        positive: [
          { text: 'client = ZendeskClient(api_key="OeokZdV2FNf9TYDKZX9SLLBdMbjGBiiwkdifN5yt")', path: 'app/clients.py' },
          { text: 'zendesk_token: "rfJgbyuGaMMBIgg9CezOXqHnZ3f3wNmgy3AehGMk"', path: 'config/settings.yml' },
        ],
        negative: [{ text: 'client = ZendeskClient(api_key="OeokZdV2FNf9TYDKZX9SLLBdMbjGBiiwkdifN5y")', path: 'app/clients.py', why: 'one character short' }],
      },
    },
    {
      id: 'zenkit-api-key',
      title: 'Zenkit API key',
      vendor: 'Zenkit',
      names: ['zenkit'],
      token: { alphabet: 'token', length: 41 },
      examples: {
        positive: [
          { text: "const zenkitKey = 'h97kra0p-O9xRBqA1TWubgAV7qFy8KzQ5rbf9S2f8';", path: 'src/config.ts' },
          { text: '  "zenkitApiKey": "8b9xgfoo-xyks2zF6bj19nwWmHpHw2LrKUVXXcF6O",', path: 'config/default.json' },
        ],
        negative: [{ text: "const zenkitKey = 'h97kra0p-O9xRBqA1TWubgAV7qFy8KzQ5rbf9S2f';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'zenrows-api-key',
      title: 'ZenRows API key',
      vendor: 'ZenRows',
      names: ['zenrows'],
      token: { alphabet: 'hex', length: 40 },
      examples: {
        positive: [
          { text: 'ZENROWS_API_KEY=3e7644a5a93f936866e52e3e377bfefcd2249054', path: '.env' },
          { text: "export ZENROWS_SECRET='931dd5b30cab58313eaa28c2e28228effa7848a6'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'ZENROWS_API_KEY=3e7644a5a93f936866e52e3e377bfefcd224905', path: '.env', why: 'one character short' }],
      },
    },
    {
      id: 'zenscrape-api-key',
      title: 'Zenscrape API key',
      vendor: 'Zenscrape',
      names: ['zenscrape'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'zenscrape_token: "ad67a4c4-81ba-455d-b694-83b6644d1cb0"', path: 'config/settings.yml' },
          { text: 'client = ZenscrapeClient(api_key="b72c3457-6b1a-4de0-8baa-b3f4a1b19c39")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'zenscrape_token: "ad67a4c4-81ba-455d-b694-83b6644d1cb"', path: 'config/settings.yml', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'zeplin-access-token',
      title: 'Zeplin personal access token',
      vendor: 'Zeplin',
      names: ['zeplin'],
      token: { alphabet: 'token', length: [350, 420] },
      examples: {
        positive: [
          { text: '  "zeplinApiKey": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0NJe4NDE5cldgyb1BK6xs2t3MNBi_ifYU5uGSKYTOPYfAeQdbq-neV848UDgy1BYcAcHl9umdjW8nt6EuAsT4Xp-_2WDmLq_Q5-3oqU0ex9aomdZbWfZ5MD2mJyV1XWumJ5jShhWCwlVuTrt2wO5Eo3_qDZjsSbY0l8OmIvyBSYdcXpNxwoAB2ExZvOzkHJ9TUhKipGtHcuvKCxqj5zYsPoRn5Z8jXw5qPBjGHCPCInspgT1kzeTuOGQ9_5rliAh88xUCc2fAMUfFsYn5GoJhvZqrw_-IXUPQNWcg2EQ.JuxM6H6YWeuP8jesOHQIqKisF08TTlNsAeWmNMdppjK",', path: 'config/default.json' },
          { text: "const zeplinKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ2VaGjiAIqFbZDL3cvyKMsY4Sl8VfWhpxyQPWc-1ImEmsmRRGg06-bVX10He1YeP20UtGw9VLt0thWdtQ8mVGvR6niPKZohMo-tSKJ5CJhsZFHT2kRSRwHkTiqRIoSGH4IDgCHXoM5XB-We8o7PzHc8s94cP2Lk74erU5J105AEgIzSLmAN2lbXOfAJgOqdAHuImK-OuAkxyqOr5HIRKY9oPjyhUuq8Yif_Dh8CgQdcF6Ubv8A1wCzWmftAnXIhnGKsQiDI7y7sVUpXSKXkzMC1jc1_GQBoxw4-8ns5iv.PTt5JlsBHM7y7Y3Z8AGjvtzYk78GUujP8WuBQaqpyjj';", path: 'src/config.ts' },
        ],
        negative: [{ text: '  "zeplinApiKey": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0NJe4NDE5cldgyb1BK6xs2t3MNBi_ifYU5uGSKYTOPYfAeQdbq-neV848UDgy1BYcAcHl9umdjW8nt6EuAsT4Xp-_2WDmLq_Q5-3oqU0ex9aomdZbWfZ5MD2mJyV1XWumJ5jShhWCwlVuTrt2wO5Eo3_qDZjsSbY0l8OmIvyBSYdcXpNxwoAB2ExZvOzkHJ9TUhKipGtHcuvKCxqj5zYsPoRn5Z8jXw5qPBjGHCPCInspgT1kzeTuOGQ9_5rliAh88xUCc2fAMUfFsYn5GoJhvZqrw_-IXUPQNWcg2EQ.JuxM6H6YWeuP",', path: 'config/default.json', why: 'shorter than 350 characters' }],
      },
    },
    {
      id: 'zerobounce-api-key',
      title: 'ZeroBounce API key',
      vendor: 'ZeroBounce',
      names: ['zerobounce'],
      token: { alphabet: 'lower-alnum', length: 32 },
      examples: {
        positive: [
          { text: "export ZEROBOUNCE_SECRET='1a8vtggwt9sm9edx2tpaei9qhvb48ani'", path: 'scripts/deploy.sh' },
          { text: 'ZEROBOUNCE_API_KEY=zk01f8v93hdofnx4u6yx8x7zx6mmdivf', path: '.env' },
        ],
        negative: [{ text: "export ZEROBOUNCE_SECRET='1a8vtggwt9sm9edx2tpaei9qhvb48an'", path: 'scripts/deploy.sh', why: 'one character short' }],
      },
    },
    {
      id: 'zipcodeapi-key',
      title: 'ZipCodeAPI key',
      vendor: 'ZipCodeAPI',
      names: ['zipcodeapi'],
      token: { alphabet: 'alnum', length: 64 },
      examples: {
        positive: [
          { text: "const zipcodeapiKey = 'wWKZSiT0EbbhfiJA2hGlbKlQP74mxCzSZlXo7DO2fLyt9vWToGSqpH9X9wfIdvPG';", path: 'src/config.ts' },
          { text: '  "zipcodeapiApiKey": "dcSLuAX5EUPtOiMBzd1g7mwVfG3PaSNXKmLr7tPifL4vvsjTwIXWRKnZ6cNZZU3g",', path: 'config/default.json' },
        ],
        negative: [{ text: "const zipcodeapiKey = 'wWKZSiT0EbbhfiJA2hGlbKlQP74mxCzSZlXo7DO2fLyt9vWToGSqpH9X9wfIdvP';", path: 'src/config.ts', why: 'one character short' }],
      },
    },
    {
      id: 'zipcodebase-api-key',
      title: 'Zipcodebase API key',
      vendor: 'Zipcodebase',
      names: ['zipcodebase'],
      token: { alphabet: 'uuid' },
      examples: {
        positive: [
          { text: 'ZIPCODEBASE_API_KEY=8f1f26b8-b057-4c57-b8da-daef0f7509c3', path: '.env' },
          { text: "export ZIPCODEBASE_SECRET='659ba375-6bc2-434f-9534-a108b8029559'", path: 'scripts/deploy.sh' },
        ],
        negative: [{ text: 'ZIPCODEBASE_API_KEY=8f1f26b8-b057-4c57-b8da-daef0f7509c', path: '.env', why: 'one hex digit short of a UUID' }],
      },
    },
    {
      id: 'zonka-feedback-api-token',
      title: 'Zonka Feedback API token',
      vendor: 'Zonka Feedback',
      names: ['zonka'],
      token: { alphabet: 'alnum', length: 36 },
      examples: {
        positive: [
          { text: 'zonka_token: "dk7FO2FCGDVAscxJRFc2KGHg2gThcLfjPWUs"', path: 'config/settings.yml' },
          { text: 'client = ZonkaClient(api_key="Un7nrJV22O2W5Pt3QEpV5AwriftgX0WI6rD0")', path: 'app/clients.py' },
        ],
        negative: [{ text: 'zonka_token: "dk7FO2FCGDVAscxJRFc2KGHg2gThcLfjPWU"', path: 'config/settings.yml', why: 'one character short' }],
      },
    },
    {
      // Strapi API tokens (Settings > API Tokens): 256 hex (128 random bytes), sent as a Bearer token to the
      // content API; full-access tokens read and write every collection.
      id: 'strapi-api-token',
      title: 'Strapi API token',
      vendor: 'Strapi',
      names: ['strapi'],
      token: { alphabet: 'hex', length: 256 },
      remediation:
        'Regenerate or delete the token under Settings > API Tokens in the Strapi admin panel, prefer a read-only or ' +
        'custom token with a lifespan, and keep it on the server (STRAPI_API_TOKEN).',
      examples: {
        positive: [
          { text: 'STRAPI_API_TOKEN=9a7d5ace4e17d3a0b09755afe15a29ca413cd7aded86887006a78b0634864b4492383cd375c6f564f724453f6a53b3262852ff861980eec3ef3342e78c8a0b394eb67459600a89d9455f877a62a82e457a860dabdfca799b1d16c37ced395af014fb7effdf545a7eab281cdd779f30a1a9817ed10a08d383f696a93014ea1376', path: '.env' },
          { text: "const strapiToken = '1d9182fd545724543b6afc5f4caf0fdcad6d5b153763d09db500b8ec81d14a2f4f13903c6af7ee960012e3beb07be3f1319126e866baf63811901fe20aae47b2a136d299e01f734448ce362b33c907eb57cdbb1d1d6d57bf265f1844adfd689e02c02c76a2995194231a58151e01a634fe46a7a87266b0f24c7afd3fa8616921';", path: 'lib/cms.ts' },
        ],
        negative: [
          { text: 'STRAPI_API_TOKEN=9a7d5ace4e17d3a0b09755afe15a29ca413cd7aded86887006a78b0634864b44', why: '64 hex' },
          { text: 'STRAPI_ADMIN_JWT_SECRET=${ADMIN_JWT_SECRET}', why: 'a reference' },
        ],
      },
    },
  ]),
  salesforceAccessToken,
  salesforceRefreshToken,
  screenshotapiApiKey,
  segmentPublicApiToken,
  selectpdfApiKey,
  shippoApiToken,
  stytchProjectSecret,
  shutterstockOauthToken,
  teamworkApiToken,
  thingsboardAccessToken,
  thingsboardProvisionSecret,
  tinesWebhookUrl,
  typeformPersonalToken,
  ubidotsToken,
  zapierWebhookUrl,
  zohoOauthToken,
];
