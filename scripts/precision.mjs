#!/usr/bin/env node
// Real-code precision check: re-scans the public repositories recorded in bench/precision/findings.json
// at their recorded commits and diffs the findings against the hand-reviewed table.
//
//   node scripts/precision.mjs [--repos-dir DIR] [--dist DIR] [--only NAME[,NAME]] [--table FILE] [--keep]
//
// --repos-dir  folder of git mirrors named <owner>+<name> (a bare repository, or one in <owner>+<name>/repo);
//              default ../.mirror beside the checkout (where the fetch tool leaves mirrors). A repository that is missing, or lacks the recorded commit, is reported
//              and skipped.
// --dist       CLI bundle folder to scan with (default: $SECRET_HYGIENE_DIST or dist; build it first).
// --only       scan only these repositories (owner/name or name).
// --table      reviewed table to diff against (default bench/precision/findings.json).
// --keep       keep the temporary clones (their folder is printed).
//
// Findings are matched by (detectorId, path, line). Prints new (unreviewed) findings, vanished ones and the
// false-positive share. Exit 1 when there are unreviewed findings, 2 on a usage or scan error, else 0.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv) {
  const opts = { reposDir: join(root, '..', '.mirror'), dist: process.env.SECRET_HYGIENE_DIST || 'dist', only: null, keep: false,
    table: join(root, 'bench', 'precision', 'findings.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--repos-dir') opts.reposDir = value();
    else if (a === '--dist') opts.dist = value();
    else if (a === '--only') opts.only = value().split(',').filter(Boolean);
    else if (a === '--table') opts.table = value();
    else if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

function usage(problem) {
  if (problem) process.stderr.write(`precision: ${problem}\n`);
  process.stderr.write('usage: node scripts/precision.mjs [--repos-dir DIR] [--dist DIR] [--only NAME[,NAME]] [--table FILE] [--keep]\n');
  process.exit(problem ? 2 : 0);
}

// stderr is captured so expected complaints (about blobs left out of the checkout) do not clutter the output;
// a failing command still throws with it.
const git = (args, opts = {}) =>
  execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'], ...opts });

function findMirror(reposDir, mirrorName) {
  for (const candidate of [join(reposDir, mirrorName, 'repo'), join(reposDir, mirrorName)]) {
    if (!existsSync(candidate)) continue;
    try {
      git(['--git-dir', candidate, 'rev-parse', '--git-dir']);
      return candidate;
    } catch {
      // not a git directory; try the next candidate
    }
  }
  return null;
}

// Sparse-checkout pattern that matches exactly one path (non-cone mode, gitignore syntax).
const exactPattern = (path) => `/${path.replace(/[\\*?[\]!#]/g, (c) => `\\${c}`)}`;

// Clones the mirror at `commit` into `dest`. Blobs absent from the mirror (large files some mirrors leave out)
// are excluded with sparse checkout instead of failing the checkout; returns their paths.
function checkout(mirror, commit, dest) {
  git(['clone', '-q', '--shared', '--no-checkout', mirror, dest]);
  const tree = git(['-C', dest, 'ls-tree', '-r', '-z', commit]).split('\0').filter(Boolean);
  const blobs = [];
  for (const entry of tree) {
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob') blobs.push({ id, path: entry.slice(tab + 1) });
  }
  const check = git(['-C', dest, 'cat-file', '--batch-check'], { input: blobs.map((b) => b.id).join('\n') + '\n' });
  const missingIds = new Set(
    check
      .split('\n')
      .filter((l) => l.endsWith(' missing'))
      .map((l) => l.split(' ')[0]),
  );
  const missing = blobs.filter((b) => missingIds.has(b.id)).map((b) => b.path);
  if (missing.length > 0) {
    git(['-C', dest, 'sparse-checkout', 'set', '--no-cone', '--stdin'], {
      input: ['/*', ...missing.map((p) => `!${exactPattern(p)}`)].join('\n') + '\n',
    });
  }
  git(['-C', dest, 'checkout', '-q', '--detach', commit]);
  return missing;
}

function scan(dir, dist, outFile) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'run-dist.mjs'), 'scan', '.', '--no-repo-config', '--format', 'json', '-o', outFile],
    { cwd: dir, env: { ...process.env, SECRET_HYGIENE_DIST: dist }, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`scan exited with ${result.status}: ${(result.stderr || '').trim().slice(0, 500)}`);
  }
  return JSON.parse(readFileSync(outFile, 'utf8')).findings;
}

const keyOf = (f) => `${f.detectorId}\u0000${f.path}\u0000${f.line}`;
const show = (f) => `${f.detectorId} ${f.path}:${f.line} [${f.severity}${f.context ? `, ${f.context}` : ''}]`;

function diff(reviewed, found) {
  const pool = new Map();
  for (const f of reviewed) {
    const list = pool.get(keyOf(f)) ?? [];
    list.push(f);
    pool.set(keyOf(f), list);
  }
  const matched = [];
  const added = [];
  for (const f of found) {
    const list = pool.get(keyOf(f));
    if (list && list.length > 0) matched.push(list.shift());
    else added.push(f);
  }
  const vanished = [...pool.values()].flat();
  return { matched, added, vanished };
}

const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(root, opts.dist, 'cli.cjs'))) {
    usage(`${opts.dist}/cli.cjs not found: build first (node scripts/build.mjs, or SECRET_HYGIENE_DIST=<dir> node scripts/build.mjs)`);
  }
  const table = JSON.parse(readFileSync(opts.table, 'utf8'));
  let repos = table.repositories;
  if (opts.only) {
    repos = repos.filter((r) => opts.only.includes(r.name) || opts.only.includes(r.name.split('/')[1]));
    if (repos.length === 0) usage(`--only matched no repository in ${opts.table}`);
  }
  const work = mkdtempSync(join(tmpdir(), 'precision-'));
  const totals = { scanned: 0, skipped: 0, found: 0, matched: 0, added: 0, vanished: 0, fp: 0 };
  const fpByRule = new Map();
  let failed = false;
  process.stdout.write(`precision: ${repos.length} repositories, dist ${opts.dist}, mirrors ${opts.reposDir}\n`);
  for (const repo of repos) {
    const label = `${repo.name}@${repo.commit.slice(0, 12)}`;
    const mirror = findMirror(opts.reposDir, repo.mirror ?? repo.name.replace('/', '+'));
    if (!mirror) {
      process.stdout.write(`\n${label}: SKIPPED, no mirror ${repo.mirror} under ${opts.reposDir}\n`);
      totals.skipped++;
      continue;
    }
    try {
      git(['--git-dir', mirror, 'cat-file', '-e', `${repo.commit}^{commit}`]);
    } catch {
      process.stdout.write(`\n${label}: SKIPPED, commit not in ${mirror}\n`);
      totals.skipped++;
      continue;
    }
    const dest = join(work, repo.name.replace('/', '+'));
    let found;
    const started = Date.now();
    try {
      const missing = checkout(mirror, repo.commit, dest);
      found = scan(dest, opts.dist, join(work, `${repo.name.replace('/', '+')}.json`));
      const note = missing.length > 0 ? `, ${missing.length} file(s) absent from the mirror left out: ${missing.join(', ')}` : '';
      process.stdout.write(`\n${label}: ${found.length} findings (${((Date.now() - started) / 1000).toFixed(1)} s${note})\n`);
    } catch (error) {
      process.stdout.write(`\n${label}: ERROR ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    } finally {
      if (!opts.keep) rmSync(dest, { recursive: true, force: true });
    }
    totals.scanned++;
    const { matched, added, vanished } = diff(repo.findings, found);
    const fp = matched.filter((f) => f.verdict === 'false-positive');
    for (const f of fp) fpByRule.set(f.detectorId, (fpByRule.get(f.detectorId) ?? 0) + 1);
    totals.found += found.length;
    totals.matched += matched.length;
    totals.added += added.length;
    totals.vanished += vanished.length;
    totals.fp += fp.length;
    const counts = {};
    for (const f of matched) counts[f.verdict] = (counts[f.verdict] ?? 0) + 1;
    process.stdout.write(
      `  reviewed ${matched.length} (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}), new ${added.length}, vanished ${vanished.length}\n`,
    );
    for (const f of added) process.stdout.write(`  NEW       ${show(f)}\n`);
    for (const f of vanished) process.stdout.write(`  VANISHED  ${show(f)} (was ${f.verdict}: ${f.why})\n`);
  }
  if (opts.keep) process.stdout.write(`\nclones kept in ${work}\n`);
  else rmSync(work, { recursive: true, force: true });

  process.stdout.write(
    `\nsummary: ${totals.scanned} scanned, ${totals.skipped} skipped, ${totals.found} findings: ` +
      `${totals.matched} reviewed, ${totals.added} new (unreviewed), ${totals.vanished} vanished\n`,
  );
  process.stdout.write(
    `false positives among reviewed findings still reported: ${totals.fp}/${totals.matched} (${pct(totals.fp, totals.matched)})` +
      (totals.added > 0 ? `; counting every new finding as correct ${pct(totals.fp, totals.found)}, as wrong ${pct(totals.fp + totals.added, totals.found)}` : '') +
      '\n',
  );
  if (fpByRule.size > 0) {
    const rows = [...fpByRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`);
    process.stdout.write(`false positives by rule: ${rows.join(', ')}\n`);
  }
  if (totals.vanished > 0) process.stdout.write('vanished findings: check each was meant to go (a fixed false positive) and update the table\n');
  if (totals.added > 0) process.stdout.write('unreviewed findings: review each and add it to the table\n');
  if (failed) return 2;
  return totals.added > 0 ? 1 : 0;
}

process.exitCode = main();
