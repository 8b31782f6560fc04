#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests need, only those that are missing.
# chromium: the browser Playwright drives (never `playwright install`); xvfb + xauth: headed runs;
# dbus + gnome-keyring + libsecret: a real OS keychain for keytar; poppler-utils: badge PDF checks;
# openssl: the simulator's self-signed HTTPS certificate; fonts-dejavu-core (Latin, Arabic) and
# fonts-wqy-microhei (Chinese, 1.6 MB) so printed badges and roll calls have the glyphs of every name;
# postgresql: the site database tests start a private cluster of their own
# (tests/support/postgres-cluster.ts: own data folder and port).
set -euo pipefail
needed=(chromium xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-dev poppler-utils openssl fonts-dejavu-core fonts-wqy-microhei postgresql)
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Missing system packages (${missing[*]}) and no apt-get: install them by hand." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
