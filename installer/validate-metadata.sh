#!/usr/bin/env bash
# Checks the desktop metadata that packages install: the desktop entry with desktop-file-validate
# (package desktop-file-utils) and the AppStream file with `appstreamcli validate --no-net`
# (package appstream; --no-net: the screenshot and homepage URLs are not fetched).
# Usage: installer/validate-metadata.sh
# Exit status: 0 when both pass (or a tool is missing: that check is skipped with a message),
# 1 when a check fails. MQTTDECK_REQUIRE_METADATA_TOOLS=1 turns a missing tool into a failure.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
resources=$(cd "$here/../resources" && pwd)
desktop=$resources/mqttdeck.desktop
metainfo=$resources/io.github.mqttdeck.mqttdeck.metainfo.xml
status=0

missing_tool() {
  if [ "${MQTTDECK_REQUIRE_METADATA_TOOLS:-0}" = 1 ]; then
    echo "validate-metadata: $1 is missing (apt-get install $2)" >&2
    status=1
  else
    echo "validate-metadata: SKIP $3: $1 is missing (apt-get install $2)"
  fi
}

if command -v desktop-file-validate >/dev/null 2>&1; then
  # desktop-file-validate exits 0 on hints and warnings; hints are printed but do not fail.
  out=$(desktop-file-validate "$desktop" 2>&1); rc=$?
  [ -n "$out" ] && echo "$out"
  if [ $rc -ne 0 ] || echo "$out" | grep -q ': error: '; then
    echo "validate-metadata: FAIL desktop entry ($desktop)" >&2
    status=1
  else
    echo "validate-metadata: ok desktop entry"
  fi
else
  missing_tool desktop-file-validate desktop-file-utils "desktop entry"
fi

if command -v appstreamcli >/dev/null 2>&1; then
  if appstreamcli validate --no-net "$metainfo"; then
    echo "validate-metadata: ok AppStream metadata"
  else
    echo "validate-metadata: FAIL AppStream metadata ($metainfo)" >&2
    status=1
  fi
else
  missing_tool appstreamcli appstream "AppStream metadata"
fi

# The metadata must name the desktop entry that is installed beside it.
if ! grep -q '<launchable type="desktop-id">mqttdeck.desktop</launchable>' "$metainfo"; then
  echo "validate-metadata: FAIL the metainfo's launchable is not mqttdeck.desktop" >&2
  status=1
fi

exit $status
