#!/usr/bin/env bash
# Real-editor tests: the extension-host suite (test/e2e/suite) and the UI test
# (test/e2e/ui), both in code-server 4.99.4 (VS Code 1.99.3) driven by
# Debian's Chromium. Installs code-server into ${HVCONF_CACHE:-~/.cache/hvconf}
# when missing. Ends with one line `N passed, N failed` over both.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/code-server/install.sh >/dev/null || { echo "code-server install failed"; echo "0 passed, 1 failed"; exit 1; }
npm run --silent build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

node out/test/e2e/run-in-code-server.js 2>&1 | tee "$logs/suite.log"
suite_rc=${PIPESTATUS[0]}
node out/test/e2e/ui/run-ui.js 2>&1 | tee "$logs/ui.log"
ui_rc=${PIPESTATUS[0]}

# each runner ends with `N passed, N failed`; a runner that died before that counts as one failure
count() { # file field(1=passed,2=failed)
  local line
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -1)"
  if [ -z "$line" ]; then
    [ "$2" = 1 ] && echo 0 || echo 1
  else
    echo "$line" | sed -E "s/^([0-9]+) passed, ([0-9]+) failed$/\\$2/"
  fi
}
passed=$(( $(count "$logs/suite.log" 1) + $(count "$logs/ui.log" 1) ))
failed=$(( $(count "$logs/suite.log" 2) + $(count "$logs/ui.log" 2) ))
if [ "$suite_rc" -ne 0 ] || [ "$ui_rc" -ne 0 ]; then
  [ "$failed" -eq 0 ] && failed=1
fi
echo "e2e (extension host exit $suite_rc, UI exit $ui_rc)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
