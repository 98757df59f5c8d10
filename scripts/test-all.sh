#!/usr/bin/env bash
# Runs every test layer: unit + property + LSP (mocha), TextMate grammars, and
# the real-editor suites (code-server + Chromium). Installs what it needs on a
# fresh machine. The last line is the total: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
logdir=$(mktemp -d)
count() { # $1 = passed, $2 = failed
  passed=$((passed + $1)); failed=$((failed + $2))
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi
npm run build || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

echo "== unit, property and protocol tests (mocha)"
npx mocha 2>&1 | tee "$logdir/mocha.log"
mocha_status=${PIPESTATUS[0]}
p=$(grep -Eo '^\s*[0-9]+ passing' "$logdir/mocha.log" | grep -Eo '[0-9]+' | tail -1)
f=$(grep -Eo '^\s*[0-9]+ failing' "$logdir/mocha.log" | grep -Eo '[0-9]+' | tail -1)
count "${p:-0}" "${f:-0}"
if [ "$mocha_status" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then count 0 1; fi

echo "== TextMate grammar tests"
for grammar in syntaxes/*.tmLanguage.json; do
  lang=$(basename "$grammar" .tmLanguage.json)
  [ -d "test/grammar/$lang" ] || continue
  if npx vscode-tmgrammar-test -g syntaxes/xen-xl.tmLanguage.json -g syntaxes/vz-conf.tmLanguage.json \
      $( [ -f syntaxes/vz-metafile.tmLanguage.json ] && echo -g syntaxes/vz-metafile.tmLanguage.json ) \
      "test/grammar/$lang/*" 2>&1 | tee "$logdir/grammar-$lang.log"; then
    count "$(grep -c 'run successful' "$logdir/grammar-$lang.log")" 0
  else
    count "$(grep -c 'run successful' "$logdir/grammar-$lang.log")" 1
  fi
done

if [ -x scripts/test-e2e.sh ]; then
  echo "== real editor (code-server + Chromium)"
  bash scripts/test-e2e.sh 2>&1 | tee "$logdir/e2e.log"
  e2e_status=${PIPESTATUS[0]}
  totals=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logdir/e2e.log")
  p=$(echo "$totals" | awk '{s+=$1} END {print s+0}')
  f=$(echo "$totals" | awk '{s+=$3} END {print s+0}')
  count "$p" "$f"
  if [ "$e2e_status" -ne 0 ] && [ "$f" -eq 0 ]; then count 0 1; fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
