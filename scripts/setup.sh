#!/usr/bin/env bash
# Installs the Debian 12 packages MQTT Deck needs to build, test and run, when they are missing.
# Usage: scripts/setup.sh   (everything both README commands need: build, tests, benchmarks,
#                            demo, screenshots, packaging, the fuzzing smoke test, the interop
#                            tests' Node.js)
# ../shared/tools/check-setup-packages reads the package array below: keep it one array, and
# keep parentheses out of its comments.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config file
  # Qt: Charts needs the CMake files of Qt OpenGL, in libqt6opengl6-dev
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libpaho-mqttpp-dev libpaho-mqtt-dev libmsgpack-cxx-dev libprotobuf-dev protobuf-compiler
  qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libssl-dev openssl
  # tests and benchmarks: brokers, a display, a keychain, micro-benchmarks
  mosquitto mosquitto-clients
  xvfb xauth
  gnome-keyring dbus-daemon
  libbenchmark-dev
  # packaging: .deb with dpkg-shlibdeps, .rpm, desktop metadata checks, the AppDir
  dpkg-dev rpm desktop-file-utils appstream patchelf
  # fuzzing: clang with libFuzzer
  clang libclang-rt-14-dev
)
# Interop tests: Node.js and npm run MQTT.js and Eclipse Tahu's Sparkplug client
# (tests/interop, npm ci into the build tree). Only when npm is missing: a NodeSource nodejs
# bundles its own npm, and Debian's npm package beside it would conflict.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "setup: these packages are missing and you are not root (and sudo is absent): ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# A mosquitto installed as a service would occupy 1883; tests and the demo use their own
# brokers on free ports, so the service is left as the system configured it.
