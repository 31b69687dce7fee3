import type { Detector } from '../../src/types.js';
import { credentialsOverHttp } from './credentials-over-http.js';
import { tlsCurlInsecure } from './curl-insecure.js';
import { tlsGitSslVerifyDisabled } from './git-ssl-verify.js';
import { tlsInsecureSkipVerify } from './insecure-skip-verify.js';
import { tlsAnsibleValidateCertsDisabled, tlsCliVerifyDisabled, tlsDotnetValidationBypassed, tlsLibcurlVerifyDisabled, tlsPhpVerifyDisabled, tlsRubyVerifyNone, tlsRustDangerAcceptInvalid } from './more-languages.js';
import { tlsTrustAllJava } from './java-trust-all.js';
import { tlsNpmStrictSslDisabled } from './npm-strict-ssl.js';
import { tlsVerifyDisabledPython } from './python-verify.js';
import { tlsRejectUnauthorizedDisabled } from './reject-unauthorized.js';

/** Disabled TLS verification and credentials over plain HTTP. */
export const tlsDetectors: readonly Detector[] = [
  credentialsOverHttp,
  tlsCurlInsecure,
  tlsGitSslVerifyDisabled,
  tlsInsecureSkipVerify,
  tlsNpmStrictSslDisabled,
  tlsRejectUnauthorizedDisabled,
  tlsTrustAllJava,
  tlsVerifyDisabledPython,
  tlsDotnetValidationBypassed,
  tlsLibcurlVerifyDisabled,
  tlsPhpVerifyDisabled,
  tlsRustDangerAcceptInvalid,
  tlsRubyVerifyNone,
  tlsAnsibleValidateCertsDisabled,
  tlsCliVerifyDisabled,
];
