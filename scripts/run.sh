#!/usr/bin/env bash
# The main job: builds MQTT Deck if needed, starts a local mosquitto on a free loopback port and
# opens the console connected to it (under xvfb-run when there is no display).
# Extra arguments are passed to mqttdeck (e.g. -t 'site/#').
set -euo pipefail
cd "$(dirname "$0")/.."
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
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then
  build/app/mqttdeck "${args[@]}"
else
  echo "run.sh: no display: running under xvfb-run on :99 (screenshot:" \
       "XAUTHORITY=$workdir/xauth DISPLAY=:99 import -window root shot.png)"
  xvfb-run -n 99 -f "$workdir/xauth" -s "-screen 0 1600x1000x24" build/app/mqttdeck "${args[@]}"
fi
