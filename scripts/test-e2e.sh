#!/usr/bin/env bash
# Real-editor tests, all in code-server 4.99.4 (VS Code 1.99.3) driven by
# Debian's Chromium:
#   1. the extension-host suite (test/e2e/suite) on the development folder,
#   2. the UI test (test/e2e/ui) clicking and typing in the workbench,
#   3. the same suite against the packaged .vsix installed into code-server.
# Installs code-server into ${HVCONF_CACHE:-~/.cache/hvconf} when missing.
# Ends with one line `N passed, N failed` over all runs.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/code-server/install.sh >/dev/null || { echo "code-server install failed"; echo "0 passed, 1 failed"; exit 1; }
npm run --silent build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
passed=0
failed=0
summary=()

# runs one runner; each ends with `N passed, N failed`, and one that dies
# before printing it counts as one failure
run() { # name command...
  local name="$1"; shift
  # the runner's own count line is shown indented, so that only the total
  # below stands at the start of a line for whoever sums this output
  "$@" 2>&1 | sed -u -E "s/^([0-9]+ passed, [0-9]+ failed)\$/  [$name] \1/" | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  local line p f
  line="$(grep -E "^  \[$name\] [0-9]+ passed, [0-9]+ failed\$" "$logs/$name.log" | tail -1)"
  p="$(echo "$line" | sed -nE 's/^.*\] ([0-9]+) passed, ([0-9]+) failed$/\1/p')"
  f="$(echo "$line" | sed -nE 's/^.*\] ([0-9]+) passed, ([0-9]+) failed$/\2/p')"
  p="${p:-0}"; f="${f:-0}"
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("  $name: $p passed and $f failed (exit $rc)")
}

run extension-host node out/test/e2e/run-in-code-server.js
run ui node out/test/e2e/ui/run-ui.js
vsix="hvconf-$(node -p "require('./package.json').version").vsix"
if npm run --silent package >"$logs/package.log" 2>&1 && [ -f "$vsix" ]; then
  echo "packaged $vsix ($(du -k "$vsix" | cut -f1) KiB)"
  run packaged-vsix node out/test/e2e/run-in-code-server.js --vsix "$vsix"
else
  cat "$logs/package.log"
  summary+=("packaged-vsix: packaging failed")
  failed=$((failed + 1))
fi

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
