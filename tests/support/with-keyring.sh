#!/bin/sh
# Runs a command in a private D-Bus session with a fresh, unlocked GNOME Keyring (the Secret
# Service QtKeychain talks to on Linux), in a throw-away home so that no real keyring is touched.
set -e
home=$(mktemp -d /tmp/mqttdeck-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' sh "$@"
