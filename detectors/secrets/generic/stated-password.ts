import type { Detector } from '../../../src/types.js';
import { patternDetector } from '../../kit/pattern.js';
import { isSecretLiteral, isWeakCredentialLiteral } from '../shared/secret-literal.js';

// A password stated in a sentence: `The default password is 'blooberry'`, `echo "The password is
// 'Qm7vR2x'"`, `ensure the password for user 'postgres' is 'admin'`. Documentation of a default or shared
// password is a credential every reader of the repository has (a default that installs keep is how
// devices and services get taken over). Only the quoted value after "password … is" counts, judged
// like a password setting's value: words and chosen passwords count, stand-ins (`password`, `changeme`,
// `<your password>`, `password123`) do not.
export const statedPassword: Detector = patternDetector({
  id: 'stated-password',
  title: 'Password stated in documentation or a message',
  policy: 'no-committed-credentials',
  severity: 'low',
  priority: 5,
  keywords: ['password'],
  pattern: new RegExp(
    String.raw`\bpassword(?:[ \t]{1,4}for[ \t]{1,4}(?:the[ \t]{1,4})?(?:user[ \t]{1,4})?(?<uq>["'\`])[^"'\`\n]{1,40}\k<uq>)?[ \t]{1,4}is(?:[ \t]{1,4}set[ \t]{1,4}to)?[ \t]{1,4}(?<q>["'\`])(?<secret>[^"'\`\s]{3,64})\k<q>`,
    'i',
  ),
  keywordSpan: { before: 0, after: 140 },
  validate: (secret) => isSecretLiteral(secret) || isWeakCredentialLiteral(secret, 'password', true),
  detail: () => 'a password stated in a sentence',
  remediation:
    'Change the password wherever it is used (a documented default is the first one anyone tries), then tell readers ' +
    'how to set their own (an environment variable, a first-run prompt) instead of stating one.',
  examples: {
    positive: [
      { text: 'The Frobnicator ships with the access point "Frob" and the default password is "grapevine42".', path: 'docs/setup.md' },
      { text: 'echo "Run \'bin/login ops\' first"\necho "The password is \'Kq7vR2mx\'"', path: 'scripts/bootstrap.sh' },
      { text: '2. Make sure the password for user "reporting" is "thistlewood" or edit the .env file.', path: 'README.md' },
      { text: 'The default password for the user `kiosk` is `marmalade`.', path: 'docs/kiosk.md' },
    ],
    negative: [
      { text: 'The password is "password".', path: 'docs/setup.md', why: 'a stand-in' },
      { text: 'The default password is "<your password>".', path: 'docs/setup.md', why: 'a placeholder' },
      { text: 'The password is stored in the vault.', path: 'docs/setup.md', why: 'no quoted value' },
      { text: 'If the password is "", the prompt asks for one.', path: 'docs/setup.md', why: 'empty' },
      { text: 'The password is "changeme" until the first login.', path: 'docs/setup.md', why: 'a stand-in' },
      { text: 'The password is "password123" in the sample.', path: 'docs/setup.md', why: "the slot's own name and digits" },
    ],
  },
});
