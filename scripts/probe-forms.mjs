#!/usr/bin/env node
// How well vendor detectors find their own keys written in the syntaxes real files use: each vendor
// detector's first positive example gives a key; the key is written under a name made of the vendor
// and a key word (`acme_api_key`, `ACME_API_KEY`, `acmeApiKey`) in 77 forms (Go, Python, YAML, a
// Kubernetes env entry, a batch file's set, typed declarations, flags, nested blocks…), and each is scanned as a file of its kind. Prints, per
// form, how many were found at all and by the vendor's own detector, and the forms a detector misses
// that its .env form finds. The names are made mechanically: a detector whose key needs another word
// (an Azure storage key's AccountKey) misses by design. A development tool, not a test.
//   node scripts/build.mjs && node scripts/probe-forms.mjs
import { allDetectors, compileDetectors, detectBlob } from '../dist/engine.js';
const compiled = compileDetectors(allDetectors);
const idx = new Map(allDetectors.map((d, i) => [d.id, i]));
const forms = [
  ['go', 'x.go', (n, N, c, s) => `${c} := "${s}"`],
  ['go-var', 'x.go', (n, N, c, s) => `var ${c} = "${s}"`],
  ['py', 'x.py', (n, N, c, s) => `${n} = "${s}"`],
  ['py-single', 'x.py', (n, N, c, s) => `${N} = '${s}'`],
  ['js-const', 'x.js', (n, N, c, s) => `const ${c} = "${s}";`],
  ['js-obj', 'x.js', (n, N, c, s) => `  ${c}: "${s}",`],
  ['json', 'x.json', (n, N, c, s) => `{"${c}": "${s}"}`],
  ['yaml', 'x.yaml', (n, N, c, s) => `${n}: ${s}`],
  ['yaml-q', 'x.yml', (n, N, c, s) => `${n}: "${s}"`],
  ['env', '.env', (n, N, c, s) => `${N}=${s}`],
  ['env-export', 'x.sh', (n, N, c, s) => `export ${N}=${s}`],
  ['env-export-q', 'x.sh', (n, N, c, s) => `export ${N}="${s}"`],
  ['props', 'x.properties', (n, N, c, s) => `${n.replace(/_/g, '.')}=${s}`],
  ['toml', 'x.toml', (n, N, c, s) => `${n} = "${s}"`],
  ['xml', 'x.xml', (n, N, c, s) => `<${c}>${s}</${c}>`],
  ['php', 'x.php', (n, N, c, s) => `$${c} = '${s}';`],
  ['php-define', 'x.php', (n, N, c, s) => `define('${N}', '${s}');`],
  ['rb', 'x.rb', (n, N, c, s) => `${N} = "${s}"`],
  ['java', 'X.java', (n, N, c, s) => `private static final String ${N} = "${s}";`],
  ['cs', 'X.cs', (n, N, c, s) => `var ${c} = "${s}";`],
  ['tf', 'x.tf', (n, N, c, s) => `  ${n} = "${s}"`],
  ['docker-env', 'Dockerfile', (n, N, c, s) => `ENV ${N}=${s}`],
  ['cli-flag', 'x.sh', (n, N, c, s) => `mytool --${n.replace(/_/g, '-')} ${s}`],
  ['compose', 'docker-compose.yml', (n, N, c, s) => `    environment:\n      - ${N}=${s}`],
  ['k8s-env', 'deploy.yaml', (n, N, c, s) => `        - name: ${N}\n          value: "${s}"`],
  ['ini', 'x.ini', (n, N, c, s) => `[default]\n${n} = ${s}`],
  ['kotlin', 'X.kt', (n, N, c, s) => `val ${c} = "${s}"`],
  ['rust', 'x.rs', (n, N, c, s) => `const ${N}: &str = "${s}";`],
  ['swift', 'x.swift', (n, N, c, s) => `let ${c} = "${s}"`],
  ['ps1', 'x.ps1', (n, N, c, s) => `$env:${N} = "${s}"`],
  ['bat', 'x.bat', (n, N, c, s) => `set ${N}=${s}`],
  ['gh-actions', '.github/workflows/ci.yml', (n, N, c, s) => `    env:\n      ${N}: ${s}`],
  ['ecs-json', 'task-def.json', (n, N, c, s) => `{"environment": [{ "name": "${N}", "value": "${s}" }]}`],
  ['tf-env', 'main.tf', (n, N, c, s) => `env {\n  name  = "${N}"\n  value = "${s}"\n}`],
  ['bat-quoted', 'x.cmd', (n, N, c, s) => `set "${N}=${s}"`],
  ['plist', 'Info.plist', (n, N, c, s) => `<dict>\n\t<key>${N}</key>\n\t<string>${s}</string>\n</dict>`],
  ['android-strings', 'res/values/strings.xml', (n, N, c, s) => `<resources>\n    <string name="${n}">${s}</string>\n</resources>`],
  ['py-typed', 'settings.py', (n, N, c, s) => `class Settings(BaseSettings):\n    ${n}: str = "${s}"`],
  ['ts-typed', 'x.ts', (n, N, c, s) => `const ${c}: string = "${s}";`],
  ['ts-member', 'x.ts', (n, N, c, s) => `  private readonly ${c}: string = '${s}';`],
  ['kotlin-const', 'X.kt', (n, N, c, s) => `const val ${N}: String = "${s}"`],
  ['swift-static', 'x.swift', (n, N, c, s) => `static let ${c}: String = "${s}"`],
  ['dart', 'x.dart', (n, N, c, s) => `const String ${c} = '${s}';`],
  ['c-define', 'x.h', (n, N, c, s) => `#define ${N} "${s}"`],
  ['c-char', 'x.c', (n, N, c, s) => `static const char *${n} = "${s}";`],
  ['objc', 'x.m', (n, N, c, s) => `NSString *const k${c[0].toUpperCase()}${c.slice(1)} = @"${s}";`],
  ['cs-const', 'X.cs', (n, N, c, s) => `public const string ${c[0].toUpperCase()}${c.slice(1)} = "${s}";`],
  ['perl', 'x.pl', (n, N, c, s) => `my $${n} = '${s}';`],
  ['r', 'x.R', (n, N, c, s) => `${n} <- "${s}"`],
  ['elixir', 'config/prod.exs', (n, N, c, s) => `config :app, ${n}: "${s}"`],
  ['clojure', 'x.clj', (n, N, c, s) => `(def ${n.replace(/_/g, '-')} "${s}")`],
  ['lua', 'x.lua', (n, N, c, s) => `local ${n} = "${s}"`],
  ['nix', 'x.nix', (n, N, c, s) => `  ${c} = "${s}";`],
  ['makefile', 'Makefile', (n, N, c, s) => `${N} := ${s}`],
  ['makefile-q', 'Makefile', (n, N, c, s) => `${N} ?= ${s}`],
  ['docker-arg', 'Dockerfile', (n, N, c, s) => `ARG ${N}=${s}`],
  ['docker-run', 'run.sh', (n, N, c, s) => `docker run -e ${N}=${s} acme/app`],
  ['cli-eq', 'x.sh', (n, N, c, s) => `mytool --${n.replace(/_/g, '-')}=${s}`],
  ['json-nested', 'config.json', (n, N, c, s) => `{"${n.split('_')[0]}": {"${n.split('_').slice(1).join('_')}": "${s}"}}`],
  ['yaml-nested', 'config.yml', (n, N, c, s) => `${n.split('_')[0]}:\n  ${n.split('_').slice(1).join('_')}: ${s}`],
  ['dict-py', 'x.py', (n, N, c, s) => `CONFIG = {"${n}": "${s}"}`],
  ['py-kwarg', 'x.py', (n, N, c, s) => `client = Client(${n}="${s}")`],
  ['ruby-hash', 'x.rb', (n, N, c, s) => `config = { ${n}: "${s}" }`],
  ['ruby-arrow', 'x.rb', (n, N, c, s) => `config = { "${n}" => "${s}" }`],
  ['php-array', 'x.php', (n, N, c, s) => `'${n}' => '${s}',`],
  ['groovy', 'build.gradle', (n, N, c, s) => `def ${c} = '${s}'`],
  ['hcl-var', 'variables.tf', (n, N, c, s) => `variable "${n}" {\n  default = "${s}"\n}`],
  ['ps1-var', 'x.ps1', (n, N, c, s) => `$${c} = "${s}"`],
  ['java-setprop', 'X.java', (n, N, c, s) => `System.setProperty("${n.replace(/_/g, '.')}", "${s}");`],
  ['js-setenv', 'x.js', (n, N, c, s) => `process.env.${N} = "${s}";`],
  ['py-environ', 'x.py', (n, N, c, s) => `os.environ["${N}"] = "${s}"`],
  ['go-setenv', 'x.go', (n, N, c, s) => `os.Setenv("${N}", "${s}")`],
  ['header', 'x.js', (n, N, c, s) => `fetch(url, { headers: { "X-${n.split('_')[0]}-Key": "${s}" } });`],
  ['markdown', 'README.md', (n, N, c, s) => `Set \`${N}\` to \`${s}\`.`],
  ['client-call', 'client.py', (n, N, c, s) => `client = ${c[0].toUpperCase()}${c.slice(1).replace(/(ApiKey|Token|Secret)$/, '')}Client("${s}")`],
  ['client-new', 'client.js', (n, N, c, s) => `const client = new ${c[0].toUpperCase()}${c.slice(1).replace(/(ApiKey|Token|Secret)$/, '')}("${s}");`],
  ['sql', 'seed.sql', (n, N, c, s) => `INSERT INTO settings (name, value) VALUES ('${n}', '${s}');`],
];
const words = ['api_key', 'token', 'secret'];
const tally = new Map(); let total = 0, hit = 0, same = 0; const missesByDet = new Map();
for (const [i, d] of allDetectors.entries()) {
  if (!d.vendor || !d.examples?.positive?.length || d.paths?.length) continue;
  const ex = d.examples.positive[0];
  const out = detectBlob(compiled, ex.path ?? 'x.txt', Buffer.from(ex.text));
  const f = out.findings.find((f) => f.detector === i && f.secret && !/\s/.test(f.secret));
  if (!f) continue;
  const s = f.secret;
  const vendor = d.id.split('-')[0].replace(/[^a-z0-9]/g, '');
  if (vendor.length < 3) continue;
  const word = d.id.includes('secret') ? 'secret' : d.id.includes('token') ? 'token' : 'api_key';
  const n = `${vendor}_${word}`; const N = n.toUpperCase(); const c = n.replace(/_([a-z])/g, (_, x) => x.toUpperCase());
  for (const [form, path, make] of forms) {
    total++;
    const text = make(n, N, c, s) + '\n';
    const r = detectBlob(compiled, path, Buffer.from(text));
    const got = r.findings.filter((x) => x.secret === s || (x.secret && x.secret.includes(s)));
    const t = tally.get(form) ?? { n: 0, hit: 0, same: 0 }; tally.set(form, t); t.n++;
    if (got.length) { hit++; t.hit++; }
    if (got.some((x) => x.detector === i)) { same++; t.same++; } else { const m = missesByDet.get(d.id) ?? []; m.push(form + (got.length ? '(other:' + allDetectors[got[0].detector].id + ')' : '')); missesByDet.set(d.id, m); }
  }
}
console.log('total', total, 'any', hit, 'same detector', same);
for (const [form, t] of [...tally].sort((a, b) => a[1].same / a[1].n - b[1].same / b[1].n)) console.log(form.padEnd(14), t.n, 'any', t.hit, 'same', t.same);
const worst = [...missesByDet].sort((a, b) => b[1].length - a[1].length).slice(0, 25);
for (const [id, m] of worst) console.log(id, m.length, m.slice(0, 8).join(' '));
// per form: detectors found in the env form by the same detector but missed in this form (by any detector)
const envOk = new Set([...missesByDet].filter(([id, m]) => !m.some((x) => x.startsWith('env') && !x.startsWith('env-'))).map(([id]) => id));
const gaps = new Map();
for (const [id, m] of missesByDet) {
  if (!envOk.has(id)) continue;
  for (const x of m) { const form = x.split('(')[0]; const l = gaps.get(form) ?? []; l.push(id + (x.includes('(') ? '*' : '')); gaps.set(form, l); }
}
for (const [form, l] of [...gaps].sort((a, b) => b[1].length - a[1].length)) console.log('GAP', form, l.length, l.filter((x) => !x.endsWith("*")).join(' '));
