#!/usr/bin/env bash
# Builds MQTT Deck and runs every test (unit, integration against real mosquitto brokers).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
cd build
status=0
ctest --output-on-failure --timeout 600 "$@" || status=$?
echo "scripts/test.sh: build and tests took $(( $(date +%s) - start )) s"
exit $status
