import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { lines, valueAt } from '../../files/lines.js';
import { contentLines, isStoredPassword, storeRemediation } from './values.js';

// Mail client rc files: mutt/neomutt (`set imap_pass = ...`), fetchmail (`... password "..."` in a
// poll entry), msmtp (`password ...` in an account), esmtp (`password "..."` in an identity, the same
// line syntax as msmtp), isync/mbsync (`Pass ...` in an IMAPAccount; `PassCmd` runs a command) and
// OfflineIMAP (`remotepass = ...`; `remotepasseval` runs Python). `passwordeval`, `source` and backtick
// commands fetch the password elsewhere and are not findings.
const MUTT = /^[ \t]{0,16}set[ \t]{1,8}((?:smtp|imap|pop)_pass(?:word)?)[ \t]{0,8}=/;
const FETCHMAIL = /(?<![\w-])(pass(?:word)?)[ \t]{1,8}("[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"';]{1,256})/g;
const MSMTP = /^[ \t]{0,16}password[ \t]{1,8}/;
const MBSYNC = /^[ \t]{0,16}Pass[ \t]{1,8}/;
const OFFLINEIMAP = /^[ \t]{0,16}(?:remote|local)pass[ \t]{0,8}[=:][ \t]{0,8}/;

type Dialect = 'mutt' | 'fetchmail' | 'msmtp' | 'mbsync' | 'offlineimap';

function dialectOf(path: string): Dialect {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.includes('fetchmail')) return 'fetchmail';
  if (name.includes('mbsync') || name.includes('isync')) return 'mbsync';
  if (name.includes('offlineimap')) return 'offlineimap';
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
    const m = (dialect === 'mutt' ? MUTT : dialect === 'mbsync' ? MBSYNC : dialect === 'offlineimap' ? OFFLINEIMAP : MSMTP).exec(line.text);
    if (!m) continue;
    const { value, start } = valueAt(line, m[0].length);
    if (!isStoredPassword(value)) continue;
    const detail =
      dialect === 'mutt' ? `${m[1]} in a mutt config`
      : dialect === 'mbsync' ? 'password of an mbsync IMAP account'
      : dialect === 'offlineimap' ? 'password of an OfflineIMAP repository'
      : 'password in an msmtp account';
    yield { start, end: start + value.length, secret: value, detail };
  }
}

export const mailClientPassword: Detector = {
  id: 'mail-client-password',
  title: 'Password in a mail client config (mutt, fetchmail, msmtp, esmtp, mbsync, OfflineIMAP)',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: ['pass'],
  paths: ['.muttrc', 'muttrc', '*.muttrc', '.neomuttrc', 'neomuttrc', '**/.mutt/*rc', '.fetchmailrc', 'fetchmailrc', '.msmtprc', 'msmtprc', '**/msmtp/config', '.esmtprc', 'esmtprc', '.mbsyncrc', 'mbsyncrc', '.isyncrc', '.offlineimaprc', '**/offlineimap/*.conf'],
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
      { path: 'dotfiles/.offlineimaprc', text: '[Repository Remote]\ntype = IMAP\nremotehost = imap.shop.internal\nremoteuser = ops@shop.example.org\nremotepass = Kx5qZm8vNw2p\n' },
      { path: 'dotfiles/.mbsyncrc', text: 'IMAPAccount work\nHost imap.shop.internal\nUser ops@shop.example.org\nPass Qv9mXk4zNw7p\nSSLType IMAPS\n' },
      { path: 'home/ops/.esmtprc', text: 'identity ops@shop.example.org\n\thostname smtp.shop.internal:587\n\tusername "ops"\n\tpassword "Wc4nT8qLz2vR"\n\tstarttls required\n' },
    ],
    negative: [
      { path: 'dotfiles/.muttrc', text: 'set imap_pass = "`pass show mail/imap`"\n', why: 'command' },
      { path: '.msmtprc', text: 'account work\npasswordeval "gpg -q -d ~/.mail.gpg"\n', why: 'fetched elsewhere' },
      { path: '.esmtprc', text: 'identity ops@shop.example.org\n\thostname smtp.shop.internal:587\n\tusername "ops"\n', why: 'no password' },
      { path: '.mbsyncrc', text: 'IMAPAccount work\nPassCmd "pass show mail/work"\n', why: 'a command fetches it' },
      { path: '.offlineimaprc', text: '[Repository Remote]\nremotepasseval = get_pass("work")\n', why: 'Python fetches it' },
      { path: 'dotfiles/.fetchmailrc', text: '# user "ops" there with password "hunter22"\npoll imap.shop.internal protocol IMAP user "ops"\n', why: 'comment; no password' },
    ],
  },
};

/** Postfix's SASL password map (`[relay]:port user:password`) and Exim's passwd.client (`host:user:password`). */
const POSTFIX_SASL = /^[ \t]{0,8}(\[?[\w.*-]{1,253}\]?(?::\d{1,5})?)[ \t]{1,16}([^\s:]{1,128}):(\S{1,256})[ \t]*$/;
const EXIM_CLIENT = /^[ \t]{0,8}([\w.*-]{1,253}):([^\s:]{1,128}):(\S{1,256})[ \t]*$/;

function* detectRelayPasswords({ path, text }: DetectorInput): Iterable<Match> {
  const exim = path.endsWith('passwd.client');
  for (const line of contentLines(text, /^[ \t]{0,64}(?:#|$)/)) {
    const m = (exim ? EXIM_CLIENT : POSTFIX_SASL).exec(line.text);
    if (!m) continue;
    const [, host, user, secret] = m as unknown as [string, string, string, string];
    if (!isStoredPassword(secret, user)) continue;
    const start = line.start + line.text.lastIndexOf(secret);
    yield { start, end: start + secret.length, secret, detail: `the password ${user} relays mail through ${host} with` };
  }
}

export const smtpRelayPassword: Detector = {
  id: 'smtp-relay-password',
  title: "Password in a mail server's relay credentials (Postfix sasl_passwd, Exim passwd.client)",
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: [],
  paths: ['sasl_passwd', '**/sasl_passwd', '**/postfix/sasl/*passwd', 'passwd.client', '**/exim*/passwd.client'],
  priority: 30,
  remediation: storeRemediation(
    'mail relay password (or app password)',
    'write the map on the host at provisioning from a secret store (then `postmap` it, mode 0600), never into the image or repository.',
  ),
  detect: detectRelayPasswords,
  examples: {
    positive: [
      { path: 'etc/postfix/sasl_passwd', text: '[smtp.gmail.com]:587 alerts@shop.example.org:Rz8nQv2mXk5w\n' },
      { path: 'roles/mail/files/exim4/passwd.client', text: '# host:user:password\n*.mailgun.org:postmaster@mg.shop.example.org:Mw3kZq7vXn9p\n' },
    ],
    negative: [
      { path: 'etc/postfix/sasl_passwd', text: '[smtp.gmail.com]:587 username:password\n', why: 'placeholders' },
      { path: 'etc/postfix/sasl_passwd', text: '# [smtp.example.com]:587 user:Rz8nQv2mXk5w\n', why: 'a comment' },
      { path: 'etc/exim4/passwd.client', text: '### target.mail.server.example:login:password\n', why: "Debian's own comment" },
    ],
  },
};
