#!/usr/bin/env bash
# action.yml, step 1: install the scanner from the action's own checkout ($GITHUB_ACTION_PATH, the
# repository at the ref the workflow names in `uses:`), never from a package registry: npm ci of the
# pinned lockfile without install scripts, then the esbuild build into dist/. About 20 s on a runner.
set -euo pipefail

root="${GITHUB_ACTION_PATH:?set GITHUB_ACTION_PATH to a checkout of secret-hygiene}"
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "::error title=secret-hygiene::Node.js 20 or later is needed (found: $(node --version 2>/dev/null || echo none)); add actions/setup-node before this action"
  exit 2
fi
if [ -f "$root/dist/cli.cjs" ] && [ -f "$root/node_modules/.package-lock.json" ]; then
  echo "secret-hygiene is already installed in $root"
  exit 0
fi
cd "$root"
npm ci --no-audit --no-fund --ignore-scripts
npm run build --silent
node bin/secret-hygiene.js --version
