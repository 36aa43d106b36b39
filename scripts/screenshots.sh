#!/usr/bin/env bash
# Produces the screenshots of the main views: runs the demo (scripts/run.sh: mosquitto + the
# simulated fleet + the console) with `mqttdeck --screenshots DIR`, which walks the views, saves a
# PNG of each (QWidget::grab) and exits. Usage: scripts/screenshots.sh [DIR] (docs/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(realpath -m "${1:-docs/screenshots}")
profiles=$(mktemp -d /tmp/mqttdeck-shots.XXXXXX)
trap 'rm -rf "$profiles"' EXIT
QT_QPA_PLATFORM=offscreen scripts/run.sh --screenshots "$dir" --profiles-file "$profiles/profiles.sqlite"
