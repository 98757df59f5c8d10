#!/usr/bin/env bash
# Installs code-server 4.99.4 (a real VS Code 1.99.3 workbench and Node extension
# host) into a cache folder outside the repository, for the real-editor tests.
# Works offline except for the npm registry and Debian's packages.
# Idempotent: a finished install is detected and the script returns at once.
# Prints the install folder as its last line of stdout; progress goes to stderr.
set -euo pipefail

readonly VERSION=4.99.4
# @vscode/ripgrep, a dependency of code-server 4.99.4, downloads this exact
# tarball from GitHub unless it finds it in its cache folder under $TMPDIR.
readonly RIPGREP_PACKAGE_VERSION=1.15.11
readonly RIPGREP_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

cache_root="${HVCONF_CACHE:-$HOME/.cache/hvconf}"
prefix="$cache_root/code-server-$VERSION"
entry="$prefix/node_modules/code-server/out/node/entry.js"
marker="$prefix/.hvconf-installed"

log() { echo "[code-server] $*" >&2; }

installed() { [ -f "$marker" ] && [ -f "$entry" ]; }

if installed; then
  echo "$prefix"
  exit 0
fi

# one installer at a time (e.g. `npm start` and the tests started together)
mkdir -p "$cache_root"
exec 9>"$cache_root/.code-server-install.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi
if installed; then
  echo "$prefix"
  exit 0
fi

missing_packages=()
command -v chromium >/dev/null 2>&1 || missing_packages+=(chromium)
command -v rg >/dev/null 2>&1 || missing_packages+=(ripgrep)
# the kerberos native module of code-server builds against the GSSAPI headers
[ -f /usr/include/gssapi/gssapi.h ] || missing_packages+=(libkrb5-dev)
if [ "${#missing_packages[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing_packages[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    log "need root for apt-get; install them yourself: apt-get install -y ${missing_packages[*]}"
    exit 1
  fi
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing_packages[@]}" >&2
fi

work_tmp="$(mktemp -d)"
trap 'rm -rf "$work_tmp"' EXIT
ripgrep_cache="$work_tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
mkdir -p "$ripgrep_cache"
tar czf "$ripgrep_cache/$RIPGREP_TARBALL" -C "$(dirname "$(command -v rg)")" rg

log "installing code-server@$VERSION into $prefix (about a minute)"
rm -rf "$prefix"
mkdir -p "$prefix"
# unsafe_perm: code-server's postinstall refuses to run as root otherwise.
# yes: node-pty's postinstall runs `npx node-gyp`, which must not prompt.
TMPDIR="$work_tmp" \
npm_config_unsafe_perm=true \
npm_config_yes=true \
  npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error "code-server@$VERSION" >&2

if [ ! -f "$entry" ]; then
  log "install finished but $entry is missing"
  exit 1
fi
touch "$marker"
log "installed"
echo "$prefix"
