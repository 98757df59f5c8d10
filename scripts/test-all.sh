#!/usr/bin/env bash
# Runs every test layer. Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build
npx mocha
