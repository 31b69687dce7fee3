#!/usr/bin/env node
// npm run bench: builds its inputs under $TMPDIR/secret-hygiene-bench (SECRET_HYGIENE_BENCH_DIR) if
// missing, then prints for each case the floor measured in the same run, our time, the ratio,
// throughput and peak RSS, and (a full run, without --only) writes the figures to bench/results.json.
//
//   node scripts/bench.mjs [--commits 20000] [--tree-mb 200] [--runs 3]
//                          [--only history,small-history,tree,real,real-history,staged,version,hostile]
//                          [--repos /path/to/express,/path/to/curl]
//
// `real` scans this project's node_modules (real text: dense keywords, minified bundles) and counts
// MB/s from the bytes the scan read (stats.bytesScanned). `real-history` runs `history` on real
// repositories (--repos, bare or not; by default the mirrors of expressjs/express and curl/curl
// that the project's `fetch` tool leaves in ../.mirror/, when present) against the same
// rev-list | cat-file floor as the synthetic history, one run each.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Inputs live outside the repository, so that git ignore rules of this checkout do not apply to them.
const work = process.env.SECRET_HYGIENE_BENCH_DIR ?? join(tmpdir(), 'secret-hygiene-bench');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const commits = Number(args.commits ?? 20000);
const treeMb = Number(args['tree-mb'] ?? 200);
const runs = Number(args.runs ?? 3);
const only = new Set((args.only ?? 'history,small-history,tree,real,real-history,staged,version,hostile').split(','));
const mirrors = ['expressjs+express', 'curl+curl'].map((name) => resolve(root, '..', '.mirror', name, 'repo')).filter((dir) => existsSync(dir));
const realRepos = args.repos ? args.repos.split(',').map((p) => resolve(p)) : mirrors;
const bin = join(root, 'bin', 'secret-hygiene.js');
const generator = resolve(root, '..', 'shared', 'bench', 'make-history-repo.mjs');

mkdirSync(work, { recursive: true });
if (!existsSync(join(root, 'dist', 'cli.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const nodeRssFile = join(tmpdir(), 'sh-bench-node-rss');
const nodeRssPreload = join(root, 'scripts', 'bench-node-rss.mjs');

/**
 * Runs a shell command `runs` times; returns the median wall time (s), the max peak RSS (MB) of the
 * largest process via /usr/bin/time when present (git's, for a history), and with `node: true` the
 * scanner's own peak RSS.
 */
function measure(command, { cwd = root, times = runs, node = false, extraEnv = {} } = {}) {
  const walls = [];
  let rss = 0;
  let nodeRss = 0;
  const base = { ...process.env, ...extraEnv };
  const env = node ? { ...base, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${nodeRssPreload}`, SH_BENCH_NODE_RSS: nodeRssFile } : base;
  for (let i = 0; i < times; i++) {
    rmSync(nodeRssFile, { force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync('bash', ['-c', `${existsSync('/usr/bin/time') ? "/usr/bin/time -f '%M' -o /tmp/sh-bench-rss" : ''} ${command}`], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench command failed (${r.status}): ${command}\n${r.stderr}`);
    if (existsSync('/tmp/sh-bench-rss')) rss = Math.max(rss, Number(readFileSync('/tmp/sh-bench-rss', 'utf8').trim().split('\n').pop()) / 1024);
    if (existsSync(nodeRssFile)) nodeRss = Math.max(nodeRss, Number(readFileSync(nodeRssFile, 'utf8').trim()) / 1024);
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[Math.floor(walls.length / 2)], rssMb: rss || undefined, nodeRssMb: nodeRss || undefined };
}

const rows = [];
const row = (name, floorName, floor, ours, bytes, extra = {}) => {
  rows.push({ case: name, floor: floorName, floorS: round(floor.wall), oursS: round(ours.wall), ratio: round(ours.wall / floor.wall), mbPerS: bytes ? round(bytes / 1024 / 1024 / ours.wall) : undefined, peakRssMb: ours.rssMb ? Math.round(ours.rssMb) : undefined, nodeRssMb: ours.nodeRssMb ? Math.round(ours.nodeRssMb) : undefined, ...extra });
};
const round = (n) => Math.round(n * 1000) / 1000;

/** A synthetic history of `n` commits (../shared/bench/make-history-repo.mjs), built once under `work`. */
function syntheticHistory(n, seed) {
  const repo = join(work, seed === undefined ? `history-${n}` : `history-${n}-seed-${seed}`);
  if (!existsSync(join(repo, '.git'))) {
    if (!existsSync(generator)) throw new Error(`missing ${generator}: the history case needs ../shared/bench`);
    console.error(`building ${repo} (${n} commits)…`);
    execFileSync('node', ['--import', join(root, 'scripts', 'bench-join-buffer.mjs'), generator, '--out', repo, '--commits', String(n), ...(seed === undefined ? [] : ['--seed', String(seed)])], { stdio: 'inherit' });
  }
  return repo;
}

/** One history row: our time against the rev-list | cat-file floor measured in the same run. */
function historyRow(repo, name) {
  const blobBytes = Number(execFileSync('bash', ['-c', "git rev-list --objects --all | cut -d' ' -f1 | git cat-file --batch-check='%(objecttype) %(objectsize)' | awk '$1==\"blob\"{s+=$2} END{print s}'"], { cwd: repo }).toString().trim());
  const floor = measure("git rev-list --objects --all | cut -d' ' -f1 | git cat-file --batch-check='%(objectname) %(objecttype)' | awk '$2==\"blob\"{print $1}' | git cat-file --batch > /dev/null", { cwd: repo });
  const ours = measure(`node ${bin} history . --format json > /dev/null`, { cwd: repo, node: true });
  row(name, 'rev-list | cat-file --batch', floor, ours, blobBytes);
}

if (only.has('history')) {
  const repo = syntheticHistory(commits);
  historyRow(repo, `history (${commits} commits)`);
  const logp = measure('git log -p -U0 --full-history --all > /dev/null', { cwd: repo, times: 1 });
  rows.push({ case: '  git log -p -U0 --all alone', floor: '', floorS: undefined, oursS: round(logp.wall) });
}

// Small histories, where fixed costs and the fingerprints of the many planted secrets weigh most
// (issue 16's rows: 1,500 and 5,000 commits, seed 5).
if (only.has('small-history')) {
  for (const n of [1500, 5000]) historyRow(syntheticHistory(n, 5), `history (${n} commits, seed 5)`);
}

if (only.has('tree')) {
  const tree = join(work, `tree-${treeMb}mb`);
  if (!existsSync(tree)) {
    console.error(`building ${tree} (≥ ${treeMb} MB of text from node_modules copies)…`);
    let bytes = 0;
    for (let copy = 0; bytes < treeMb * 1024 * 1024 && copy < 50; copy++) {
      cpSync(join(root, 'node_modules'), join(tree, `copy-${copy}`), { recursive: true, filter: (src) => !/\.(node|wasm|png|jpg|gz)$/.test(src) && !src.includes('/.bin') && !/\/(esbuild|@esbuild|@typescript|typescript)(\/|$)/.test(src) });
      bytes = du(tree);
    }
  }
  const bytes = du(tree);
  const files = countFiles(tree);
  const floor = measure(`find . -type f -print0 | xargs -0 cat > /dev/null`, { cwd: tree });
  const ours = measure(`node ${bin} scan . --format json > /dev/null`, { cwd: tree, node: true });
  row(`working tree (${files} files, ${Math.round(bytes / 1048576)} MB)`, 'read every file', floor, ours, bytes, { filesPerS: Math.round(files / ours.wall) });
  // The copies above are identical files, which a scan reads but scans once; the same tree with a
  // line appended to every file (no two alike) measures the detectors on every byte.
  const unique = `${tree}-unique`;
  if (!existsSync(unique)) {
    console.error(`building ${unique} (the same files, each made unique)…`);
    for (const e of readdirSync(tree, { withFileTypes: true, recursive: true })) {
      if (!e.isFile()) continue;
      const from = join(e.parentPath ?? e.path, e.name);
      const to = join(unique, from.slice(tree.length + 1));
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, Buffer.concat([readFileSync(from), Buffer.from(`\n${to.slice(unique.length + 1)}\n`)]));
    }
  }
  const uniqueBytes = du(unique);
  const uniqueFloor = measure(`find . -type f -print0 | xargs -0 cat > /dev/null`, { cwd: unique });
  const uniqueOurs = measure(`node ${bin} scan . --format json > /dev/null`, { cwd: unique, node: true });
  row(`  the same, no two files alike (${Math.round(uniqueBytes / 1048576)} MB)`, 'read every file', uniqueFloor, uniqueOurs, uniqueBytes, { filesPerS: Math.round(files / uniqueOurs.wall) });
}

if (only.has('real')) {
  const modules = join(root, 'node_modules');
  const floor = measure(`find node_modules -type f -print0 | xargs -0 cat > /dev/null`);
  const out = join(tmpdir(), 'sh-bench-real.json');
  const ours = measure(`node ${bin} scan node_modules --all-files --no-repo-config --format json -o ${out}`, { node: true });
  const { stats } = JSON.parse(readFileSync(out, 'utf8'));
  row(`real text: node_modules --all-files (${stats.filesScanned} files, ${Math.round(stats.bytesScanned / 1048576)} MB read)`, 'read every file', floor, ours, stats.bytesScanned, { filesPerS: Math.round(stats.filesScanned / ours.wall) });
  rmSync(out, { force: true });
  if (!existsSync(modules)) console.error('real: no node_modules (run npm ci)');
}

if (only.has('real-history')) {
  if (realRepos.length === 0) console.error('real-history: no repository (pass --repos, or fetch expressjs/express and curl/curl)');
  for (const repo of realRepos) {
    const name = repo.split('/').filter((p) => p !== 'repo' && p !== '.git').pop();
    const count = execFileSync('git', ['rev-list', '--all', '--count'], { cwd: repo }).toString().trim();
    // --missing=allow-any: a fetched copy may lack a few objects, which the scan reports and skips
    // one run each: curl's history takes minutes
    const floor = measure("git rev-list --objects --all --missing=allow-any | cut -d' ' -f1 | git cat-file --batch-check='%(objectname) %(objecttype)' | awk '$2==\"blob\"{print $1}' | git cat-file --batch > /dev/null", { cwd: repo, times: 1 });
    const ours = measure(`node ${bin} history . --no-repo-config --format json > /dev/null`, { cwd: repo, node: true, times: 1 });
    row(`real history: ${name} (${count} commits)`, 'rev-list | cat-file --batch', floor, ours, 0);
  }
}

if (only.has('version')) {
  const floor = measure('node -e 0', { times: 10 });
  const ours = measure(`node ${bin} --version`, { times: 10 });
  row('--version', 'node -e 0', floor, ours, 0);
}

if (only.has('staged')) {
  const repo = join(work, 'staged-repo');
  if (!existsSync(join(repo, '.git'))) {
    cpSync(join(root, 'src'), join(repo, 'src'), { recursive: true });
    execFileSync('bash', ['-c', 'git init -q -b main && git add -A && git -c user.name=b -c user.email=b@b commit -qm init'], { cwd: repo });
  }
  const files = readdirSync(join(repo, 'src', 'engine')).slice(0, 5);
  for (const f of files) writeFileSync(join(repo, 'src', 'engine', f), `${readFileSync(join(repo, 'src', 'engine', f), 'utf8')}\n// bench edit\n`);
  execFileSync('git', ['add', '-A'], { cwd: repo });
  const floor = measure('node -e 0', { times: 10 });
  // the V8 code cache a hook keeps is the one its own first run wrote (another command's, or the test
  // suite's tiny repositories', holds other code): a cache folder of its own, written by a first run
  const cache = { XDG_CACHE_HOME: join(work, 'staged-cache') };
  rmSync(cache.XDG_CACHE_HOME, { recursive: true, force: true });
  mkdirSync(cache.XDG_CACHE_HOME, { mode: 0o700 }); // an XDG_CACHE_HOME must exist: the CLI makes only its own folders in it
  measure(`node ${bin} staged`, { cwd: repo, times: 1, extraEnv: cache });
  const ours = measure(`node ${bin} staged`, { cwd: repo, times: 10, extraEnv: cache });
  execFileSync('git', ['reset', '-q', '--hard'], { cwd: repo });
  row('staged (5-file change)', 'node -e 0', floor, ours, 0);

  // one line added to the largest minified bundle of node_modules: scanned around that line only
  const bundle = [join(root, 'node_modules/playwright-core/lib/coreBundle.js'), join(root, 'node_modules/typescript/lib/typescript.js')].find((f) => existsSync(f));
  if (bundle) {
    const big = join(work, 'staged-big-repo');
    if (!existsSync(join(big, '.git'))) {
      mkdirSync(big, { recursive: true });
      cpSync(bundle, join(big, 'bundle.js'));
      execFileSync('bash', ['-c', 'git init -q -b main && git add -A && git -c user.name=b -c user.email=b@b commit -qm init'], { cwd: big });
    }
    writeFileSync(join(big, 'bundle.js'), `${readFileSync(join(big, 'bundle.js'), 'utf8')}\n// bench edit\n`);
    execFileSync('git', ['add', '-A'], { cwd: big });
    const mb = (statSync(join(big, 'bundle.js')).size / 1048576).toFixed(1);
    const bigOurs = measure(`node ${bin} staged`, { cwd: big, times: 5, extraEnv: cache });
    execFileSync('git', ['reset', '-q', '--hard'], { cwd: big });
    row(`staged (one line added to a ${mb} MB bundle)`, 'node -e 0', floor, bigOurs, 0);
  }
}

if (only.has('hostile')) {
  const out = execFileSync('node', [join(root, 'scripts', 'bench-hostile.mjs')], { cwd: root }).toString();
  const slowest = JSON.parse(out);
  rows.push({ case: `slowest detector on 1 MiB hostile input: ${slowest.id} (${slowest.input})`, floor: '', oursS: round(slowest.ms / 1000) });
}

printTable(rows);
// a partial run (--only) prints its rows and leaves the committed figures of the last full run alone
if (args.only === undefined) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: (await import('node:os')).availableParallelism(), rows }, null, 2)}\n`);
}

function du(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += statSync(join(e.parentPath ?? e.path, e.name)).size;
  return total;
}
function countFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).length;
}
function printTable(list) {
  const cols = ['case', 'floor', 'floorS', 'oursS', 'ratio', 'mbPerS', 'filesPerS', 'peakRssMb', 'nodeRssMb'];
  const heads = ['case', 'floor', 'floor s', 'ours s', 'ratio', 'MB/s', 'files/s', 'peak RSS MB', 'node RSS MB'];
  const cells = list.map((r) => cols.map((c) => (r[c] === undefined ? '' : String(r[c]))));
  const widths = cols.map((_, i) => Math.max(heads[i].length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(heads));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
