#!/usr/bin/env bash
# action.yml, step 2: the gate. On a pull_request (or pull_request_target) event it scans what the
# pull request's commits add (`history --range <base sha>..<head sha>`, shas read from the event
# payload); on any other event the working tree (`scan <path>`). One scan writes the text report to
# the log, SARIF to <sarif-file> ($RUNNER_TEMP/secret-hygiene.sarif by default), Markdown appended
# to $GITHUB_STEP_SUMMARY (the job summary) and JSON (for the `findings` output) to a temp file;
# inside Actions (GITHUB_ACTIONS=true) the CLI also prints one annotation per finding.
# Exit code: the scanner's (0 clean, 1 findings at or above fail-on, 2 error). The outputs exit-code,
# findings and sarif-file are written to $GITHUB_OUTPUT first, so the SARIF upload can still run.
#
# Runs outside Actions too (the tests do): set GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
# GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, the INPUT_* variables read
# below, and SECRET_HYGIENE_CLI to the bin/secret-hygiene.js to run (default: the action's own).
set -euo pipefail

cli="${SECRET_HYGIENE_CLI:-${GITHUB_ACTION_PATH:?set GITHUB_ACTION_PATH or SECRET_HYGIENE_CLI}/bin/secret-hygiene.js}"
fail_on="${INPUT_FAIL_ON:-low}"
scan_path="${INPUT_PATH:-.}"
read -r -a extra <<< "${INPUT_ARGS:-}"
tmp="${RUNNER_TEMP:-${TMPDIR:-/tmp}}"
# Outside the workspace by default: a report left there would be scanned by a later scan of it.
sarif="${INPUT_SARIF_FILE:-$tmp/secret-hygiene.sarif}"
json="$(mktemp "$tmp/secret-hygiene-XXXXXX")"
markdown="$(mktemp "$tmp/secret-hygiene-XXXXXX")"
trap 'rm -f "$json" "$markdown"' EXIT

cd "${GITHUB_WORKSPACE:-.}"

base="" head=""
case "${GITHUB_EVENT_NAME:-}" in
  pull_request | pull_request_target)
    shas="$(node -e '
      const pr = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).pull_request ?? {};
      const sha = (s) => (typeof s === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s) ? s : "-");
      console.log(sha(pr.base?.sha), sha(pr.head?.sha));
    ' "${GITHUB_EVENT_PATH:?the event payload is needed on pull_request events}")"
    read -r base head <<< "$shas"
    if [ "$base" = "-" ] || [ "$head" = "-" ]; then
      echo "::error title=secret-hygiene::the pull_request payload in $GITHUB_EVENT_PATH has no base.sha and head.sha"
      exit 2
    fi
    ;;
esac

if [ -n "$base" ]; then
  # A default checkout is one commit deep: fetch both ends and the history between them.
  if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ] ||
    ! git cat-file -e "$base^{commit}" 2>/dev/null || ! git cat-file -e "$head^{commit}" 2>/dev/null; then
    echo "Fetching the pull request's commits (check out with fetch-depth: 0 to skip this)"
    unshallow=""
    [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ] && unshallow="--unshallow"
    git fetch --no-tags --quiet $unshallow origin "$base" "$head" ||
      echo "::warning title=secret-hygiene::could not fetch $base and $head from origin; check out with fetch-depth: 0"
  fi
  command=(history --range "$base..$head")
  what="the commits of the pull request, ${base:0:12}..${head:0:12}"
else
  command=(scan "$scan_path")
  what="the working tree ($scan_path)"
fi
echo "secret-hygiene: $what, failing on $fail_on and above"

rm -f "$sarif"
mkdir -p "$(dirname "$sarif")"
set +e
# The Markdown report goes to the summary from here (with a line saying what was scanned), not
# from the CLI's own GitHub integration, which would append a second copy.
GITHUB_STEP_SUMMARY="" node "$cli" "${command[@]}" --fail-on "$fail_on" \
  -f text -o - -f sarif -o "$sarif" -f markdown -o "$markdown" -f json -o "$json" ${extra[@]+"${extra[@]}"}
code=$?
set -e

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$markdown" ]; then
  {
    cat "$markdown"
    echo
    echo "<sub>Scanned $what; fails on $fail_on and above: exit code $code.</sub>"
    echo
  } >> "$GITHUB_STEP_SUMMARY"
fi

findings="$(node -e '
  try { console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).findings.length); } catch { console.log(""); }
' "$json")"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$code"
    echo "findings=$findings"
    if [ -s "$sarif" ]; then echo "sarif-file=$(cd "$(dirname "$sarif")" && pwd)/$(basename "$sarif")"; else echo "sarif-file="; fi
  } >> "$GITHUB_OUTPUT"
fi
exit "$code"
