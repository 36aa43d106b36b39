#!/usr/bin/env bash
# The main job: builds MQTT Deck if needed, starts a local mosquitto on a free loopback port and
# opens the console connected to it (under xvfb-run when there is no display).
# Extra arguments are passed to mqttdeck (e.g. -t 'site/#').
#
# scripts/run.sh --check [SCREENSHOT]: the same, bounded and non-interactive (for fresh-machine
# and CI-like checks): the window runs with its own temporary profile file, waits until it is
# connected and shows the live fleet (every simulated device's status, messages arriving), saves
# a picture of itself (default build/run-check.png) and exits 0; it exits non-zero, saying what
# was missing, when that does not happen within 120 s.
set -euo pipefail
cd "$(dirname "$0")/.."
check=""
if [ "${1:-}" = "--check" ]; then
  shift
  check=$(realpath -m "${1:-build/run-check.png}")
  [ $# -gt 0 ] && shift
fi
scripts/build.sh

workdir=$(mktemp -d /tmp/mqttdeck-demo.XXXXXX)
chmod 755 "$workdir"
for _ in $(seq 100); do  # a free loopback port: nothing answers on it
  port=$(shuf -i 20000-60000 -n 1)
  (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null || break
done
cat > "$workdir/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
log_dest file $workdir/mosquitto.log
$( [ "$(id -u)" -eq 0 ] && echo "user root" )
CONF
mosquitto -c "$workdir/mosquitto.conf" &
broker=$!
sim=""
cleanup() { [ -n "$sim" ] && kill "$sim" 2>/dev/null; kill "$broker" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 50); do
  (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
  sleep 0.1
done
echo "run.sh: mosquitto listens on 127.0.0.1:$port (log: $workdir/mosquitto.log)"
build/app/mqttdeck-cli sim -h 127.0.0.1 -p "$port" --devices "${MQTTDECK_DEMO_DEVICES:-40}" \
    --rate "${MQTTDECK_DEMO_RATE:-1}" 2>"$workdir/sim.log" &
sim=$!
echo "run.sh: a simulated fleet of ${MQTTDECK_DEMO_DEVICES:-40} devices publishes to it (log: $workdir/sim.log)"
echo "run.sh: publish to it with: build/app/mqttdeck-cli pub -h 127.0.0.1 -p $port -t demo/hello -m hi"

args=(--host 127.0.0.1 --port "$port" -t '#' "$@")
# The screenshot tour may publish its example command only to this throw-away broker.
for a in "$@"; do
  [ "$a" = "--screenshots" ] && args+=(--screenshots-own-broker "127.0.0.1:$port")
done
if [ -n "$check" ]; then
  mkdir -p "$(dirname "$check")"
  args+=(--profiles-file "$workdir/profiles.sqlite" --check "$check"
         --check-devices "${MQTTDECK_DEMO_DEVICES:-40}" --check-timeout 120)
fi
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then
  timeout_cmd=(); [ -n "$check" ] && timeout_cmd=(timeout 180)
  "${timeout_cmd[@]}" build/app/mqttdeck "${args[@]}"
else
  if [ -n "$check" ]; then  # any free display number: a check must not collide with a session
    echo "run.sh: no display: the window runs under xvfb-run (a virtual X server);" \
         "its picture goes to $check"
    timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" build/app/mqttdeck "${args[@]}"
  else
    echo "run.sh: no display: the window runs under xvfb-run on the virtual display :99" \
         "(XAUTHORITY=$workdir/xauth DISPLAY=:99 for x11vnc or xwd; scripts/run.sh --check" \
         "saves a picture of it)"
    xvfb-run -n 99 -f "$workdir/xauth" -s "-screen 0 1600x1000x24" build/app/mqttdeck "${args[@]}"
  fi
fi
