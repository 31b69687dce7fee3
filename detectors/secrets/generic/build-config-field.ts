import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isSecretName } from '../../kit/names.js';
import { isSecretLiteral, namesNonCredential } from '../shared/secret-literal.js';

// An Android Gradle `buildConfigField` whose field is named like a credential and whose value is a
// literal: the Java string literal is compiled into BuildConfig, so it ships inside every APK, and it
// is committed with the build script.
//
//   buildConfigField "String", "MAPS_API_KEY", "\"<value>\""      (Groovy)
//   buildConfigField 'String', 'API_KEY', '"<value>"'              (Groovy, single quotes)
//   buildConfigField("String", "API_SECRET", "\"<value>\"")        (Kotlin DSL)
//
// Name and value are judged as generic-secret-assignment judges them. A value read from a property
// (`"\"${apiKey}\""`, `'"' + props['key'] + '"'`) is no literal and never matches.
const PATTERN = new RegExp(
  String.raw`buildConfigField[ \t]{0,4}\(?[ \t]{0,4}(?<q1>["'])String\k<q1>[ \t]{0,4},[ \t]{0,4}` + // the type
    String.raw`(?<q2>["'])(?<name>[A-Za-z_][A-Za-z0-9_]{0,80})\k<q2>[ \t]{0,4},[ \t]{0,4}` + // the field's name
    String.raw`(?<q3>["'])\\?"(?<secret>[^"'\\\n$]{8,300})\\?"\k<q3>`, // the Java literal, quoted inside the Gradle string
);

export const buildConfigFieldSecret: Detector = patternDetector({
  id: 'android-build-config-secret',
  title: 'Secret in an Android buildConfigField',
  policy: 'credentials-from-environment',
  severity: 'medium',
  keywords: ['buildconfigfield'],
  priority: 10,
  pattern: PATTERN,
  keywordSpan: { before: 0, after: 420 },
  validate: (secret, m) => {
    const name = m.groups?.['name'] ?? '';
    return isSecretName(name) && !namesNonCredential(name) && isSecretLiteral(secret);
  },
  detail: (m) => `BuildConfig.${m.groups?.['name'] ?? 'field'} is a literal`,
  remediation:
    'Rotate the value, then read it at build time from an environment variable or an uncommitted ' +
    'local.properties / Gradle property; a key compiled into the app ships with every APK, so restrict it ' +
    '(API key restrictions) or keep it on a server.',
  examples: {
    positive: [
      { text: '        buildConfigField "String", "MAPS_API_KEY", "\\"c1f4e8a27b93d05f6e2a4c8b1d7f3e90\\""', path: 'app/build.gradle' },
      { text: "    buildConfigField 'String', 'CLIENT_SECRET', '\"Xk4Tn7Wb9Hc3Mv6Jd1Zq8Lp2\"'", path: 'app/build.gradle' },
      { text: '        buildConfigField("String", "API_TOKEN", "\\"hV3kR8pZ2mQ7wL5x\\"")', path: 'app/build.gradle.kts' },
    ],
    negative: [
      { text: '        buildConfigField "String", "MAPS_API_KEY", "\\"${mapsApiKey}\\""', path: 'app/build.gradle', why: 'read from a property' },
      { text: '        buildConfigField "String", "BASE_URL", "\\"https://api.acme.io/v2\\""', path: 'app/build.gradle', why: 'not a credential name' },
      { text: '        buildConfigField "String", "API_KEY", "\\"your_api_key_here\\""', path: 'app/build.gradle', why: 'a stand-in' },
      { text: '        buildConfigField "boolean", "API_KEY_REQUIRED", "true"', path: 'app/build.gradle', why: 'not a string' },
      { text: "        buildConfigField 'String', 'API_KEY', '\"' + keystoreProperties['apiKey'] + '\"'", path: 'app/build.gradle', why: 'read from a properties file' },
    ],
  },
});
