#!/usr/bin/env bash
# Renders resources/mqttdeck.svg into the icons committed beside this script:
#   hicolor/<N>x<N>/apps/mqttdeck.png  (N = 16 32 48 64 128 256 512; Linux, installed by CMake)
#   mqttdeck.ico                       (Windows: 16, 32, 48, 256; WiX product icon)
#   mqttdeck.icns                      (macOS bundle icon: PNG entries, the layout iconutil writes)
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and python3.
# The outputs are committed, so a build never runs this; run it again after editing the SVG.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../mqttdeck.svg"
# /usr/bin first: some machines put a stand-in `convert` earlier on PATH.
convert_bin=$(PATH="/usr/bin:$PATH" command -v convert || true)
for tool in rsvg-convert python3; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing" >&2; exit 1; }
done
[ -n "$convert_bin" ] || { echo "render-icons: ImageMagick convert is missing" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for n in 16 32 48 64 128 256 512; do
  mkdir -p "$here/hicolor/${n}x${n}/apps"
  rsvg-convert -w "$n" -h "$n" -b none "$svg" -o "$here/hicolor/${n}x${n}/apps/mqttdeck.png"
done
rsvg-convert -w 1024 -h 1024 -b none "$svg" -o "$tmp/1024.png"

png() { echo "$here/hicolor/${1}x${1}/apps/mqttdeck.png"; }
"$convert_bin" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 256)" "$here/mqttdeck.ico"

# ICNS with PNG payloads (macOS 10.7+; the bundle asks for 11.0).
python3 - "$here/mqttdeck.icns" "$(png 16)" "$(png 32)" "$(png 64)" "$(png 128)" \
  "$(png 256)" "$(png 512)" "$tmp/1024.png" <<'PY'
import struct, sys
out, p16, p32, p64, p128, p256, p512, p1024 = sys.argv[1:]
entries = [  # type, file: 1x and @2x slots of 16, 32, 128, 256, 512
    (b"icp4", p16), (b"ic11", p32),
    (b"icp5", p32), (b"ic12", p64),
    (b"ic07", p128), (b"ic13", p256),
    (b"ic08", p256), (b"ic14", p512),
    (b"ic09", p512), (b"ic10", p1024),
]
body = b""
for kind, path in entries:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "render-icons: wrote $here/hicolor, mqttdeck.ico, mqttdeck.icns"
