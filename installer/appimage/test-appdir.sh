#!/usr/bin/env bash
# Proves the AppDir where none of its libraries is installed: makes it from BUILD_DIR, copies it
# into a brand-new Debian 12 root that gets only what an AppImage takes from the host (an X server
# for the test, the OpenGL and font libraries), checks that no Qt, Paho, QtKeychain or protobuf
# package is there, then runs AppRun: --version, the CLI receiving from a broker, and the window
# connecting and showing the live fleet under Xvfb (picture: BUILD_DIR/appdir-clean-root.png).
# Usage (as root, ~3 min): installer/appimage/test-appdir.sh [BUILD_DIR]     (default: build)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(realpath "${1:-build}")
. installer/lib/clean-root.sh

installer/appimage/make-appdir.sh "$build" "$build/AppDir"
clean_root_make
echo "== a new Debian 12 root with only the host's share of an AppImage (X, OpenGL, fonts)"
apt_in_root "xvfb xauth libgl1 libegl1 libopengl0 libfontconfig1 libx11-xcb1 libxcb1 libdbus-1-3"
present=$(in_root 'dpkg -l | awk "/^ii/ {print \$2}" | grep -E "^(libqt6|libpaho|libprotobuf|qt6|libqt6keychain)" || true')
[ -z "$present" ] || { echo "FAIL: the root already has: $present" >&2; exit 1; }
cp -a "$build/AppDir" "$ROOT/opt/mqttdeck"

host_broker "$build" 5
in_root "/opt/mqttdeck/AppRun --version | head -1"
in_root "/opt/mqttdeck/AppRun --cli --version | head -1"
echo "== the AppDir's CLI in the root, from a broker on the host (127.0.0.1:$PORT)"
root_cli_receives "$build" "/opt/mqttdeck/AppRun --cli" "$build/appdir-sub.txt"
in_root "QT_DEBUG_PLUGINS=0 xvfb-run -a -s '-screen 0 1366x768x24' /opt/mqttdeck/AppRun \
  -h 127.0.0.1 -p $PORT -t '#' --profiles-file /tmp/profiles.sqlite \
  --check /tmp/window.png --check-devices 5 --check-timeout 60"
cp "$ROOT/tmp/window.png" "$build/appdir-clean-root.png"
echo "test-appdir: passed (the window's picture: $build/appdir-clean-root.png)"
