#!/usr/bin/env bash
# npm start: builds HVConf, makes sure code-server 4.99.4 is installed, and
# serves a VS Code workbench on loopback with the extension loaded from this
# folder and samples/ open. Open the printed URL in a browser on this machine
# (or through an SSH tunnel). Stop with Ctrl+C.
#
# Loopback only and `--auth none`: nothing listens beyond 127.0.0.1 and no
# password is written anywhere. Set HVCONF_PORT to choose the port.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

# a fresh clone has no packages yet
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build
prefix="$(bash scripts/code-server/install.sh)"
entry="$prefix/node_modules/code-server/out/node/entry.js"

port="${HVCONF_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
# editor state (settings, open editors) survives restarts, outside the repository
state="${HVCONF_CACHE:-$HOME/.cache/hvconf}/start-state"
mkdir -p "$state/user-data/User"
# first start only: no prompt about the enclosing git repository, no welcome page
[ -f "$state/user-data/User/settings.json" ] || cat > "$state/user-data/User/settings.json" <<'JSON'
{
  "git.openRepositoryInParentFolders": "never",
  "workbench.startupEditor": "none"
}
JSON

XDG_CONFIG_HOME="$state/config" XDG_DATA_HOME="$state/data" \
node "$entry" --bind-addr "127.0.0.1:$port" --auth none \
  --user-data-dir "$state/user-data" --extensions-dir "$state/extensions" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --ignore-last-opened >"$state/code-server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' EXIT INT TERM

for _ in $(seq 1 100); do
  if node -e "fetch('http://127.0.0.1:$port/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$state/code-server.log"; echo "code-server did not start"; exit 1; fi
  sleep 0.2
done

url="$(node -e "
const { workbenchUrl } = require('./out/test/e2e/support/workbench-url');
console.log(workbenchUrl({ origin: 'http://127.0.0.1:$port', folder: '$repo/samples', extensionDevelopmentPath: '$repo' }));
")"
echo
echo "HVConf is running in VS Code (code-server) at:"
echo
echo "  $url"
echo
echo "Log: $state/code-server.log. Press Ctrl+C to stop."
wait "$server_pid"
