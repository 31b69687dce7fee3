import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isCredentialSlot } from '../../kit/names.js';
import { isSecretLiteral, isWeakCredentialLiteral } from '../shared/secret-literal.js';
import { assertedOnLine } from '../../kit/test-material.js';

// A credential checked against a literal in code: `if password == "team10"`, `creds.Secret !=
// "open-sesame"`, `token === 'k3Xq…'`. The literal is the password every login accepts - a hard-coded
// credential or a back door - and it is in the repository. The compared name must be a credential slot
// (the last part of a member chain: `creds.Secret` counts, `request.form["password"]` is not a name), and
// the literal must be a real or a chosen password (isSecretLiteral / isWeakCredentialLiteral), so
// comparisons with '', 'null', 'undefined', 'changeme' or a type name stay quiet.
const NAME = String.raw`(?<name>[A-Za-z_][A-Za-z0-9_]{0,60})`;
const OP = String.raw`\s{0,3}(?:===?|!==?)\s{0,3}`;
const LITERAL = String.raw`(?<q>["'])(?<secret>[^"'\n\\]{4,128})\k<q>`;

export const comparedCredential: Detector = patternDetector({
  id: 'compared-credential-literal',
  title: 'Credential compared with a literal in code (hard-coded password)',
  policy: 'credentials-from-environment',
  severity: 'medium',
  // below a vendor's detector (40 and up), which keeps a vendor key found here and names this policy too
  priority: 35,
  keywords: ['password', 'passwd', 'secret', 'token', 'pwd', 'apikey', 'api_key'],
  // the name holds the keyword: the match starts at most 60 characters before it and ends 200 after
  pattern: new RegExp(String.raw`(?<![\w"'$])${NAME}${OP}${LITERAL}`),
  keywordSpan: { before: 62, after: 200 },
  validate: (secret, m, text) => {
    const name = m.groups?.['name'] ?? '';
    if (assertedOnLine(text, m.index)) return false;
    return isCredentialSlot(name, true) && (isSecretLiteral(secret) || isWeakCredentialLiteral(secret, name));
  },
  detail: (m) => `${m.groups?.['name'] ?? 'a credential'} is compared with a literal`,
  remediation:
    'Check credentials against a stored hash (bcrypt, argon2) or an identity provider, never a literal in the ' +
    'code; change the password it shows, which every copy of the repository now knows.',
  examples: {
    positive: [
      { text: 'if username == "admin" and password == "t3am10!x":\n    return redirect(url_for("profile"))', path: 'app/views.py' },
      { text: 'if creds.Secret != "open-s3same-42" {\n  http.Error(rw, "unauthorized", http.StatusUnauthorized)\n}', path: 'server/auth.go' },
      { text: "if (req.headers['x-api-token'] && apiToken === 'Zt9qW3xkP2mHq7vR2mLp') next();", path: 'src/middleware.js' },
    ],
    negative: [
      { text: 'if password == "":\n    raise ValueError("empty")', path: 'app/forms.py', why: 'empty' },
      { text: "if (password === undefined || password === 'null') return;", path: 'src/a.js', why: 'not a password' },
      { text: 'if token_type == "bearer":', path: 'app/auth.py', why: 'not a credential slot' },
      { text: 'assert form.password == form.password_confirm', path: 'app/forms.py', why: 'no literal' },
      { text: 'if password == "password":', path: 'app/x.py', why: 'the slot name: a stand-in' },
      { text: '    assert obj.password == "s3cr3t-42"', path: 'tests/test_parse.py', why: 'a test asserting a parsed fixture' },
    ],
  },
});
