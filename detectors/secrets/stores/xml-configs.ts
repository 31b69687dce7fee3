import type { Detector, DetectorInput, Match } from '../../../src/types.js';
import { keywordRegExp, keywordStarts } from '../../kit/keyword-windows.js';
import { patternDetector } from '../../kit/pattern.js';
import { inRanges, isPasswordName, isStoredPassword, storeRemediation } from './values.js';
import { quotedRanges, TagCursor } from './xml-scan.js';

// Passwords in XML configuration: `<password>v</password>` elements, `password="v"` attributes
// (Tomcat's context.xml and server.xml, .NET mail settings), keyed settings (`<add key="SmtpPassword"
// value="v"/>`, `<property name="db.password" value="v"/>`, `<entry key="db.password">v</entry>`)
// and name/value pairs (`<name>…Password</name><value>v</value>`, `<key>Password</key><string>v`).
// The parse starts at each `pass`/`pwd` keyword and reads a bounded span around it. Comments and
// quoted configuration (CDATA, `<source>`, `<programlisting>`) are skipped: the samples that ship
// commented out in tomcat-users.xml, and the ones documentation formats quote, are not credentials.

const KEYWORDS = ['pass', 'pwd'];
const FINDER = keywordRegExp(KEYWORDS);
const NAME_CHAR = /[A-Za-z0-9_.:-]/;
/** After an element name: attributes, `>`, the text (or CDATA), then a closing tag. */
const ELEMENT_REST = /([^<>]{0,300})>(?:<!\[CDATA\[([^\]<>]{1,256})\]\]>|([^<>]{1,256}))<\/([A-Za-z0-9_.:-]{1,120})[ \t\r\n]{0,4}>/y;
/** After an attribute name: `="v"` or `='v'`. */
const ATTRIBUTE_REST = /[ \t\r\n]{0,4}=[ \t\r\n]{0,4}(?:"([^"<>\r\n]{1,256})"|'([^'<>\r\n]{1,256})')/y;
/** After a name written as an element's text: the closing tag, then the value element. */
const PAIR_REST = /<\/(param-name|name|key)>[ \t\r\n]{0,200}<(param-value|value|string)>([^<>]{1,256})<\/(?:param-value|value|string)>/y;
/** Tags whose `key`/`name` attribute names a setting whose value is in `value` or in the element. */
const KEYED_TAG = /^<(?:add|property|entry|param|parameter|setting|constant|env|server|var|const|environment)[ \t\r\n]/i;
/** Values encrypted for one machine or tool: DPAPI blobs, Maven/Jenkins `{…}` ciphertext (their own detectors judge those). */
const ENCRYPTED = /^(?:AQAAANCMnd8BFdERjHoAwE\/Cl\+s|\{(?:\[[^\]\r\n]{1,200}\])?[A-Za-z0-9+/=]{8,1024}\}$)/;

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1);
}

function userIn(tag: string): string {
  return /\s(?:user|username|userName|uid)[ \t]{0,4}=[ \t]{0,4}["']([^"'<>]{1,128})["']/.exec(tag)?.[1] ?? '';
}

interface Found {
  readonly start: number;
  readonly value: string;
  readonly end: number;
  readonly detail: string;
  readonly user?: string;
}

/** `<name attrs>value</name>` where name is a password slot. */
function element(text: string, e: number, name: string): Found | undefined {
  ELEMENT_REST.lastIndex = e;
  const m = ELEMENT_REST.exec(text);
  if (!m || m[4] !== name || (m[1] as string).endsWith('/') || /encrypt/i.test(m[1] as string)) return undefined;
  const inner = (m[2] ?? m[3]) as string;
  const value = inner.trim();
  const innerStart = m[2] !== undefined ? e + (m[1] as string).length + 10 : e + (m[1] as string).length + 1;
  const start = innerStart + inner.indexOf(value);
  return { start, value, end: ELEMENT_REST.lastIndex, detail: `<${localName(name)}> element` };
}

/**
 * Windows answer files (unattend.xml, Autounattend.xml) hold an account's password as
 * `<Password><Value>v</Value><PlainText>true</PlainText></Password>`, or with PlainText false as the
 * base64 of the UTF-16 password followed by the element's name: an encoding, not encryption.
 */
const UNATTEND_REST = /[^<>]{0,40}>[ \t\r\n]{0,200}<Value>([^<>]{1,512})<\/Value>[ \t\r\n]{0,200}<PlainText>(true|false)<\/PlainText>/y;

function unattend(text: string, e: number, name: string): Found | undefined {
  UNATTEND_REST.lastIndex = e;
  const m = UNATTEND_REST.exec(text);
  if (!m) return undefined;
  const raw = m[1] as string;
  const start = UNATTEND_REST.lastIndex - m[0].length + m[0].indexOf(`<Value>${raw}`) + '<Value>'.length;
  if (m[2] === 'true') return { start, value: raw.trim(), end: UNATTEND_REST.lastIndex, detail: `<${name}> of a Windows answer file` };
  // PlainText false: base64 of UTF-16LE (password + element name), Windows' own obfuscation
  if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(raw)) return undefined;
  const decoded = Buffer.from(raw, 'base64').toString('utf16le');
  if (!decoded.endsWith(name) || decoded.length === name.length) return undefined;
  return { start, value: raw, end: UNATTEND_REST.lastIndex, detail: `<${name}> of a Windows answer file, base64 of its UTF-16 text` };
}

/** `name="value"` inside a tag. */
function attribute(text: string, s: number, e: number, name: string, tags: TagCursor): Found | undefined {
  const tag = tags.around(s);
  if (!tag) return undefined;
  // a Windows answer file's configuration pass (`<settings pass="oobeSystem">`), not a password
  if (name === 'pass' && /^<settings[ \t\r\n]/.test(text.slice(tag[0], tag[0] + 10))) return undefined;
  ATTRIBUTE_REST.lastIndex = e;
  const m = ATTRIBUTE_REST.exec(text);
  if (!m) return undefined;
  const value = (m[1] ?? m[2]) as string;
  return { start: ATTRIBUTE_REST.lastIndex - 1 - value.length, value, end: ATTRIBUTE_REST.lastIndex, detail: `${name} attribute`, user: userIn(text.slice(tag[0], tag[1])) };
}

/** `<add key="name" value="v"/>`, `<property name="name">v</property>`, `<setting name="name"><value>v</value>`. */
function keyed(text: string, s: number, e: number, name: string, tags: TagCursor): Found | undefined {
  if (!/(?:^|[ \t\r\n])(?:key|name)[ \t]{0,4}=[ \t]{0,4}["']$/.test(text.slice(Math.max(0, s - 12), s))) return undefined;
  if (text[e] !== text[s - 1] || name === 'ClearTextPassword') return undefined; // NuGet's key: nuget-config-password
  const tag = tags.around(s);
  if (!tag) return undefined;
  const tagText = text.slice(tag[0], tag[1]);
  if (!KEYED_TAG.test(tagText)) return undefined;
  const attr = /[ \t\r\n]value[ \t]{0,4}=[ \t]{0,4}(?:"([^"<>\r\n]{0,256})"|'([^'<>\r\n]{0,256})')/.exec(tagText);
  if (attr) {
    const value = (attr[1] ?? attr[2]) as string;
    const start = tag[0] + attr.index + attr[0].length - 1 - value.length;
    return { start, value, end: tag[1], detail: `${name} setting` };
  }
  if (tagText.endsWith('/>')) return undefined;
  const body = /^[ \t\r\n]{0,200}(?:<value>)?([^<>]{1,256})</.exec(text.slice(tag[1], tag[1] + 600));
  if (!body) return undefined;
  const value = (body[1] as string).trim();
  if (value.length === 0) return undefined;
  const start = tag[1] + body[0].length - 1 - (body[1] as string).length + (body[1] as string).indexOf(value);
  return { start, value, end: start + value.length, detail: `${name} setting` };
}

/** `<name>…password</name> <value>v</value>` (Hadoop, servlet params, plists). */
function pair(text: string, s: number, e: number, name: string): Found | undefined {
  PAIR_REST.lastIndex = e;
  const m = PAIR_REST.exec(text);
  if (!m || !text.slice(Math.max(0, s - 16), s).endsWith(`<${m[1]}>`)) return undefined;
  const inner = m[3] as string;
  const value = inner.trim();
  const start = PAIR_REST.lastIndex - `</${m[2]}>`.length - inner.length + inner.indexOf(value);
  return { start, value, end: PAIR_REST.lastIndex, detail: `${name} value` };
}

function* detectXmlPasswords({ text, keywordStarts: given }: DetectorInput): Iterable<Match> {
  let quoted: [number, number][] | undefined;
  const tags = new TagCursor(text);
  let done = -1;
  for (const hit of keywordStarts(text, given, FINDER)) {
    if (hit < done) continue;
    let s = hit;
    while (s > 0 && hit - s < 80 && NAME_CHAR.test(text[s - 1] as string)) s--;
    let e = hit;
    while (e < text.length && e - s < 120 && NAME_CHAR.test(text[e] as string)) e++;
    done = e;
    const name = text.slice(s, e);
    if (!isPasswordName(localName(name))) continue;
    const before = text[s - 1];
    const found =
      before === '<' ? element(text, e, name) ?? unattend(text, e, localName(name))
      : before === '"' || before === "'" ? keyed(text, s, e, name, tags)
      : before === '>' ? pair(text, s, e, name)
      : before === ' ' || before === '\t' || before === '\n' || before === '\r' ? attribute(text, s, e, name, tags)
      : undefined;
    if (!found) continue;
    done = Math.max(done, found.end);
    if (!isStoredPassword(found.value, found.user) || ENCRYPTED.test(found.value)) continue;
    quoted ??= quotedRanges(text);
    if (inRanges(quoted, s)) continue;
    yield { start: found.start, end: found.start + found.value.length, secret: found.value, detail: `password in an XML config (${found.detail})` };
  }
}

export const xmlConfigPassword: Detector = {
  id: 'xml-config-password',
  title: 'Password in an XML configuration file',
  policy: 'no-committed-credentials',
  severity: 'high',
  keywords: KEYWORDS,
  paths: ['*.xml', '*.config', '*.Config', '*.xml.dist', '*.plist', '*.pubxml'],
  priority: 30,
  remediation: storeRemediation(
    'password',
    'reference it instead of writing it: `${env.DB_PASSWORD}` in Maven/Spring/Tomcat files, configuration builders or user secrets in .NET, a secret store mounted at deploy time.',
  ),
  detect: detectXmlPasswords,
  examples: {
    positive: [
      { path: 'conf/context.xml', text: '<Context>\n  <Resource name="jdbc/shop" auth="Container" type="javax.sql.DataSource"\n            username="shop" password="Hq7vR2mLp9xT" url="jdbc:postgresql://db/shop"/>\n</Context>\n' },
      { path: 'conf/server.xml', text: '<Connector port="8443" SSLEnabled="true" keystoreFile="conf/.keystore" keystorePass="hunter22"/>', why: 'weak' },
      { path: 'src/main/resources/db.xml', text: '<datasource>\n  <user>shop</user>\n  <password>Zt9q!W3xkP2m</password>\n</datasource>\n' },
      { path: 'Web.config', text: '<appSettings>\n  <add key="FromEmailAddress" value="orders@shop.example.org"/>\n  <add key="SmtpPassword" value="Prestidigit4te$"/>\n</appSettings>\n' },
      { path: 'WEB-INF/applicationContext.xml', text: '<bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="password" value="Hq7vR2mLp9xT"/>\n</bean>\n' },
      { path: 'conf/hive-site.xml', text: '<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>Zt9q!W3xkP2m</value>\n</property>\n' },
      { path: 'deploy/Autounattend.xml', text: '<AutoLogon>\n  <Password>\n    <Value>Wq7!mZr2Lx9v</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Username>ops</Username>\n</AutoLogon>', why: 'a Windows answer file' },
      { path: 'images/unattend.xml', text: '<AdministratorPassword>\n  <Value>VwBxADcAIQBtAFoAcgAyAEwAeAA5AHYAQQBkAG0AaQBuAGkAcwB0AHIAYQB0AG8AcgBQAGEAcwBzAHcAbwByAGQA</Value>\n  <PlainText>false</PlainText>\n</AdministratorPassword>', why: 'PlainText false: base64 of UTF-16, not encrypted' },
    ],
    negative: [
      { path: 'conf/context.xml', text: '<Resource name="jdbc/shop" username="shop" password="${db.password}"/>', why: 'reference' },
      { path: 'conf/server.xml', text: '<Connector port="8443" keystoreFile="conf/.keystore" keystorePass="changeit"/>', why: "the JDK's default" },
      { path: 'conf/tomcat-users.xml', text: '<!--\n  <user username="role1" password="Hq7vR2mLp9xT" roles="role1"/>\n-->\n<user username="admin" password="<must-be-changed>" roles="manager-gui"/>\n', why: 'comment and placeholder' },
      { path: 'docs/realm-howto.xml', text: '<source><![CDATA[<user username="test" password="Zt9q!W3xkP2m" roles="admin-gui"/>]]></source>', why: 'documentation quoting a config' },
      { path: 'res/layout/login.xml', text: '<EditText android:id="@+id/password" android:inputType="textPassword" android:password="true"/>', why: 'a form field' },
      { path: 'schema/user.xml', text: '<xs:element name="password" type="xs:string"/>\n<password>string</password>', why: 'schema and type name' },
      { path: 'pom.xml', text: '<server>\n  <id>nexus</id>\n  <password>{COQLCE6DU6GtcS5P=}</password>\n</server>', why: 'Maven-encrypted: maven-settings-password judges it' },
      { path: 'NuGet.Config', text: '<packageSourceCredentials><feed><add key="ClearTextPassword" value="Hq7vR2mLp9xT" /></feed></packageSourceCredentials>', why: 'nuget-config-password reports it' },
      { path: 'app.config', text: '<add key="PasswordMinLength" value="12"/>\n<add key="ResetPasswordUrl" value="https://shop.example.org/reset"/>', why: 'settings about passwords' },
      { path: 'Autounattend.xml', text: '<settings pass="oobeSystem">\n  <component name="Microsoft-Windows-Shell-Setup">\n    <OOBE><HideEULAPage>true</HideEULAPage></OOBE>\n  </component>\n</settings>', why: 'a configuration pass' },
      { path: 'Autounattend.xml', text: '<UserAccounts>\n  <AdministratorPassword>\n    <Value>vagrant</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>', why: "Vagrant base boxes' published default" },
      { path: 'config/services/forms.xml', text: '<parameters>\n    <parameter key="shop.form.reset_password">Shop\\Bundle\\Form\\Type\\ResetPasswordType</parameter>\n</parameters>', why: 'a PHP class named in full' },
    ],
  },
};

/**
 * Group Policy Preferences (Groups.xml, Services.xml, ScheduledTasks.xml, DataSources.xml, Drives.xml, Printers.xml
 * in a SYSVOL copy): a `cpassword` attribute is the password encrypted with AES-256 under the one key Microsoft
 * published in the protocol's documentation, so anyone who reads the file decrypts it (MS14-025 withdrew the feature).
 * Base64 without its padding of whole 16-byte blocks; an empty `cpassword=""` sets no password.
 */
export const groupPolicyCpassword: Detector = patternDetector({
  id: 'group-policy-cpassword',
  title: 'Group Policy Preferences password (cpassword: AES under a published key)',
  severity: 'critical',
  keywords: ['cpassword'],
  priority: 40,
  pattern: /(?<![\w-])cpassword[ \t]{0,4}=[ \t]{0,4}"(?<secret>[A-Za-z0-9+/]{22,4096}={0,2})"/,
  keywordSpan: { before: 1, after: 4120 },
  validate: (secret) => {
    const body = secret.replace(/=+$/, '');
    const bytes = Buffer.from(body + '='.repeat((4 - (body.length % 4)) % 4), 'base64');
    return bytes.length >= 16 && bytes.length % 16 === 0 && new Set(bytes).size >= 12;
  },
  detail: () => 'a Group Policy Preferences password: AES-256 under the key Microsoft published, so anyone who reads the file decrypts it',
  remediation: storeRemediation(
    'account password the policy sets (on every machine the policy reached)',
    'delete the preference item (MS14-025 removed password fields from Group Policy Preferences) and manage local administrator passwords with Windows LAPS instead.',
  ),
  examples: {
    positive: [
      {
        path: 'SYSVOL/shop.example/Policies/{31B2F340-016D-11D2-945F-00C04FB984F9}/Machine/Preferences/Groups/Groups.xml',
        text: '<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="LocalAdmin"><Properties action="U" cpassword="0KzEyofB/nmgpXQuFHCw9OCRRrJ/F1RnBXOIWjomtGfl7x4WysH1a1ix67XrXj3G" userName="LocalAdmin"/></User></Groups>',
      },
      {
        path: 'gpo/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml',
        text: '<Task clsid="{2DEECB1C-261F-4e13-9B21-16FB83BC03BD}" name="backup"><Properties action="C" runAs="SHOP\\backup" cpassword="IZ9YvbTLZm5q21wXd7SQ9+/31y6fmragZzRfwP2WR9I"/></Task>',
        why: 'a scheduled task run as a domain account',
      },
    ],
    negative: [
      { path: 'gpo/Machine/Preferences/Groups/Groups.xml', text: '<Properties action="U" cpassword="" userName="LocalAdmin"/>', why: 'no password set' },
      { path: 'gpo/Machine/Preferences/Groups/Groups.xml', text: '<Properties action="U" cpassword="AAAAAAAAAAAAAAAAAAAAAA" userName="LocalAdmin"/>', why: 'a filler value' },
    ],
  },
});
