#!/usr/bin/env bash
# The packaging test: builds the .deb, .rpm and tarball with CPack, lists what they hold and
# need, then installs the .deb with apt in a brand-new Debian 12 root (which has no Qt, Paho,
# QtKeychain or protobuf) and proves it there: `mqttdeck-cli --version`, `mqttdeck --version`, a
# `mqttdeck-cli sub` receiving from a broker, and the window starting under xvfb, connecting and
# showing the live fleet (`mqttdeck --check`, picture saved to build/packages/clean-root.png).
# Usage (as root, ~1 min): installer/test-packages.sh [--contents-only] [BUILD_DIR]  (build)
#   --contents-only stops after building and inspecting the packages (no root needed; the test
#   suite runs it this way as packaging.packages).
set -euo pipefail
cd "$(dirname "$0")/.."
contents_only=0; [ "${1:-}" = "--contents-only" ] && { contents_only=1; shift; }
build=$(realpath "${1:-build}")
. installer/lib/clean-root.sh

out=$build/packages
rm -rf "$out"; mkdir -p "$out"
(cd "$build" && cpack -G "DEB;RPM;TGZ" -B "$out" >/dev/null)
deb=$(ls "$out"/mqttdeck_*.deb); rpm=$(ls "$out"/mqttdeck-*.rpm); tgz=$(ls "$out"/mqttdeck-*.tar.gz)
echo "== $(basename "$deb")"; dpkg-deb -f "$deb" Depends Recommends
echo "== $(basename "$rpm")"; rpm -qp --requires "$rpm" 2>/dev/null | grep -v '^rpmlib' | tr '\n' ' '; echo
echo "== $(basename "$tgz")"; tar tzf "$tgz" | grep -E 'bin/|\.desktop|metainfo' | tr '\n' ' '; echo
deb_files=$(dpkg-deb -c "$deb"); rpm_files=$(rpm -qpl "$rpm" 2>/dev/null)
for f in bin/mqttdeck bin/mqttdeck-cli share/applications/mqttdeck.desktop; do
  grep -q "/usr/$f\$" <<<"$deb_files" || { echo "FAIL: the .deb has no /usr/$f" >&2; exit 1; }
  grep -q "/usr/$f\$" <<<"$rpm_files" || { echo "FAIL: the .rpm has no /usr/$f" >&2; exit 1; }
done
grep -q "libqt6sql6-sqlite" <<<"$(dpkg-deb -f "$deb" Depends)" ||
  { echo "FAIL: the .deb does not depend on Qt SQL's SQLite driver" >&2; exit 1; }
if [ $contents_only = 1 ]; then echo "test-packages: the packages hold what they must"; exit 0; fi

clean_root_make
cp "$deb" "$ROOT/tmp/"
echo "== installing $(basename "$deb") with apt in a new Debian 12 root (plus xvfb to show the window)"
apt_in_root "/tmp/$(basename "$deb") xvfb xauth"
in_root 'dpkg -l | grep -E "^ii +(libqt6core6|libpaho-mqttpp3|libqt6keychain|libprotobuf32|libqt6sql6-sqlite)" | awk "{print \"   pulled in: \" \$2}"'

host_broker "$build" 5
in_root "mqttdeck-cli --version | head -1"
in_root "mqttdeck --version | head -1"
echo "== mqttdeck-cli sub in the root, from a broker on the host (127.0.0.1:$PORT)"
root_cli_receives "$build" mqttdeck-cli "$out/sub.txt"
echo "== the window in the root (xcb under Xvfb), connected to the host's broker"
in_root "xvfb-run -a -s '-screen 0 1366x768x24' mqttdeck -h 127.0.0.1 -p $PORT -t '#' \
  --profiles-file /tmp/profiles.sqlite --check /tmp/window.png --check-devices 5 --check-timeout 60"
cp "$ROOT/tmp/window.png" "$out/clean-root.png"
echo "test-packages: passed (packages in $out; the window's picture: $out/clean-root.png)"
