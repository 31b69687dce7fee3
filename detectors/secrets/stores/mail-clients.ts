import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines, valueAt } from '../../files/lines.js';
import { isStoredPassword, storeRemediation } from './values.js';

// Mail client rc files: mutt/neomutt (`set imap_pass = ...`), fetchmail (`... password "..."` in a
// poll entry), msmtp (`password ...` in an account) and esmtp (`password "..."` in an identity,
// the same line syntax as msmtp). `passwordeval`, `source` and backtick
// commands fetch the password elsewhere and are not findings.
const MUTT = /^[ \t]{0,16}set[ \t]{1,8}((?:smtp|imap|pop)_pass(?:word)?)[ \t]{0,8}=/;
const FETCHMAIL = /(?<![\w-])(pass(?:word)?)[ \t]{1,8}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"';]{1,256})/g;
const MSMTP = /^[ \t]{0,16}password[ \t]{1,8}/;

type Dialect = 'mutt' | 'fetchmail' | 'msmtp';

function dialectOf(path: string): Dialect {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.includes('fetchmail')) return 'fetchmail';
  if (name.includes('msmtp') || name.includes('esmtp') || name === 'config') return 'msmtp'; // `config` only under msmtp/ (the path gate)
  return 'mutt';
}

function* detectMailRc({ path, text }: DetectorInput): Iterable<Match> {
  const dialect = dialectOf(path);
  for (const line of lines(text)) {
    if (/^[ \t]{0,16}#/.test(line.text)) continue;
    if (dialect === 'fetchmail') {
      FETCHMAIL.lastIndex = 0;
      for (let m = FETCHMAIL.exec(line.text); m !== null; m = FETCHMAIL.exec(line.text)) {
        const raw = m[2] as string;
        const quoted = raw.startsWith('"') || raw.startsWith("'");
        const value = quoted ? raw.slice(1, -1) : raw;
        if (!isStoredPassword(value)) continue;
        const start = line.start + m.index + m[0].length - raw.length + (quoted ? 1 : 0);
        yield { start, end: start + value.length, secret: value, detail: 'password in a fetchmail poll entry' };
      }
      continue;
    }
    const m = (dialect === 'mutt' ? MUTT : MSMTP).exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (!isStoredPassword(value)) continue;
    yield { start, end: start + value.length, secret: value, detail: dialect === 'mutt' ? `${m[1]} in a mutt config` : 'password in an msmtp account' };
  }
}

export const mailClientPassword: Detector = {
  id: 'mail-client-password',
  title: 'Password in a mail client config (mutt, fetchmail, msmtp, esmtp)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['pass'],
  paths: ['.muttrc', 'muttrc', '*.muttrc', '.neomuttrc', 'neomuttrc', '**/.mutt/*rc', '.fetchmailrc', 'fetchmailrc', '.msmtprc', 'msmtprc', '**/msmtp/config', '.esmtprc', 'esmtprc'],
  priority: 30,
  remediation: storeRemediation(
    'mail account password (or app password)',
    'fetch it at run time instead: `set imap_pass = "`pass show mail`"` in mutt, `passwordeval` in msmtp, a netrc outside the repository for fetchmail.',
  ),
  detect: detectMailRc,
  examples: {
    positive: [
      { path: 'dotfiles/.muttrc', text: 'set imap_user = "ops@shop.example.org"\nset imap_pass = "Hq7vR2mLp9xT"\nset smtp_pass=Zt9q!W3xkP2m\n' },
      { path: 'dotfiles/.fetchmailrc', text: 'poll imap.shop.internal protocol IMAP\n  user "ops" there with password "hunter22" is ops here\n' },
      { path: '.msmtprc', text: 'account work\nhost smtp.shop.internal\nuser ops\npassword Zt9q!W3xkP2m\n' },
      { path: 'home/ops/.esmtprc', text: 'identity ops@shop.example.org\n\thostname smtp.shop.internal:587\n\tusername "ops"\n\tpassword "Wc4nT8qLz2vR"\n\tstarttls required\n' },
    ],
    negative: [
      { path: 'dotfiles/.muttrc', text: 'set imap_pass = "`pass show mail/imap`"\n', why: 'command' },
      { path: '.msmtprc', text: 'account work\npasswordeval "gpg -q -d ~/.mail.gpg"\n', why: 'fetched elsewhere' },
      { path: '.esmtprc', text: 'identity ops@shop.example.org\n\thostname smtp.shop.internal:587\n\tusername "ops"\n', why: 'no password' },
      { path: 'dotfiles/.fetchmailrc', text: '# user "ops" there with password "hunter22"\npoll imap.shop.internal protocol IMAP user "ops"\n', why: 'comment; no password' },
    ],
  },
};
