# Sourced by the packaging tests: a brand-new Debian 12 root (mmdebstrap, variant apt: nothing
# but apt and its libraries), a chroot into it that shares the host's loopback network (so a
# broker started on the host is reachable), and a mosquitto + simulated fleet on the host.
# Needs root. The base root is cached in /var/cache/fresh-machine, as ../shared/tools/fresh-machine
# caches it.

root_cache=/var/cache/fresh-machine/bookworm.tar
ROOT=""
BROKER_PID=""
SIM_PID=""

clean_root_make() {
  [ "$(id -u)" -eq 0 ] || { echo "$0: run as root (it makes a chroot)" >&2; exit 2; }
  if [ ! -s "$root_cache" ]; then
    command -v mmdebstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null; }
    mkdir -p "$(dirname "$root_cache")"
    local sources=/etc/apt/sources.list.d/debian.sources
    [ -f "$sources" ] || sources=/etc/apt/sources.list
    echo "$0: making a base Debian 12 root (once)" >&2
    # --format=tar: mmdebstrap picks the format from the extension, and ".tmp" would be a directory
    mmdebstrap --quiet --variant=apt --format=tar bookworm "$root_cache.tmp" "$sources" &&
      mv "$root_cache.tmp" "$root_cache"
  fi
  ROOT=$(mktemp -d /tmp/mqttdeck-clean-root.XXXXXX)
  tar -xf "$root_cache" -C "$ROOT"
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  [ -s "$ROOT/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n' > "$ROOT/etc/hosts"
  for m in proc sys dev dev/pts; do mkdir -p "$ROOT/$m"; mount --bind "/$m" "$ROOT/$m"; done
  mount -t tmpfs tmpfs "$ROOT/tmp"
  trap clean_root_cleanup EXIT
}

clean_root_cleanup() {
  [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null
  [ -n "$BROKER_PID" ] && kill "$BROKER_PID" 2>/dev/null
  if [ -n "$ROOT" ]; then
    for m in dev/pts dev proc sys tmp; do umount -l "$ROOT/$m" 2>/dev/null || true; done
    if [ "${KEEP_ROOT:-0}" = 1 ]; then echo "$0: root kept at $ROOT" >&2; else rm -rf "$ROOT"; fi
  fi
}

# in_root COMMAND: runs a shell command inside the root with a clean environment.
in_root() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -c "$1"
}

# apt_in_root PACKAGE...: installs Debian packages (or ./files copied into the root) inside it.
apt_in_root() {
  in_root "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends $* >/dev/null"
}

# host_broker BUILD_DIR DEVICES: a mosquitto on a free loopback port of the host and a simulated
# fleet publishing to it; sets PORT.
host_broker() {
  local build=$1 devices=$2 dir
  dir=$(mktemp -d /tmp/mqttdeck-pkg-broker.XXXXXX); chmod 755 "$dir"
  for _ in $(seq 100); do
    PORT=$(shuf -i 20000-60000 -n 1)
    (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null || break
  done
  printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nuser root\n' "$PORT" > "$dir/mosquitto.conf"
  mosquitto -c "$dir/mosquitto.conf" 2>"$dir/mosquitto.log" &
  BROKER_PID=$!
  for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break; sleep 0.1; done
  "$build/app/mqttdeck-cli" sim -h 127.0.0.1 -p "$PORT" --devices "$devices" 2>"$dir/sim.log" &
  SIM_PID=$!
}

# root_cli_receives BUILD_DIR "CLI COMMAND IN THE ROOT" OUTFILE: the CLI inside the root
# subscribes to a test topic on the host's broker, the host's CLI publishes one message to it,
# and the message must be printed ("topic payload") within 20 s.
root_cli_receives() {
  local build=$1 cli=$2 out=$3 topic=packaging/test sub
  in_root "$cli sub -h 127.0.0.1 -p $PORT -t '$topic' -C 1 -W 20 -v" > "$out" &
  sub=$!
  sleep 2
  "$build/app/mqttdeck-cli" pub -h 127.0.0.1 -p "$PORT" -t "$topic" -m "hello from the host" -q 1
  wait $sub || { echo "FAIL: '$cli sub' in the root received nothing" >&2; exit 1; }
  grep -q "$topic hello from the host" "$out" ||
    { echo "FAIL: '$cli sub' printed: $(cat "$out")" >&2; exit 1; }
  echo "   received in the root: $(cat "$out")"
}
