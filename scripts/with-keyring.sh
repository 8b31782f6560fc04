#!/usr/bin/env bash
# Runs a command with a working Secret Service (gnome-keyring) so keytar can store tokens, as on a
# Linux desktop: a private D-Bus session, a throw-away keyring unlocked with a fixed password.
#   scripts/with-keyring.sh npx vitest run tests/unit/credentials
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

if [ -z "${GATEHOUSE_IN_KEYRING_SESSION:-}" ]; then
  command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session not found (apt-get install dbus)" >&2; exit 127; }
  command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon not found (apt-get install gnome-keyring)" >&2; exit 127; }
  export GATEHOUSE_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

# Inside the private D-Bus session. The keyring lives in a temporary folder so a developer's own
# keyring is never touched and an old keyring with another password can't block the unlock.
keyring_home="$(mktemp -d -t gatehouse-keyring.XXXXXX)"
cleanup() {
  if [ -n "${keyring_pid:-}" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
  rm -rf "$keyring_home"
}
trap cleanup EXIT

# --unlock reads the password on stdin and creates the 'login' keyring with it when none exists (an
# empty password would leave it unencrypted, which some libsecret versions refuse). --foreground keeps
# the daemon our own child, so we know its pid and stop exactly it at the end.
printf 'pw' | XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --foreground --unlock --components=secrets \
  --control-directory="$keyring_home/control" >"$keyring_home/daemon.env" 2>"$keyring_home/daemon.log" &
keyring_pid=$!
export GNOME_KEYRING_CONTROL="$keyring_home/control"

# Wait until the Secret Service name is on the bus (usually well under a second).
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  if ! kill -0 "$keyring_pid" 2>/dev/null; then
    echo "with-keyring: gnome-keyring-daemon exited early:" >&2
    cat "$keyring_home/daemon.log" >&2
    exit 1
  fi
  sleep 0.05
done

set +e
"$@"
status=$?
set -e
exit "$status"
