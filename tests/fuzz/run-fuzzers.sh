#!/usr/bin/env bash
# Builds the libFuzzer targets of the payload decoders with clang (in build-fuzz/) and runs each
# for SECONDS_EACH seconds (default 60) over its kept corpus, tests/fuzz/corpus/<target>/, which
# stays read-only: the fuzzer adds its new inputs to a temporary copy. Prints one line per target
# (executions, crashes) and exits 1 when any target crashed (the input is kept in
# build-fuzz/artifacts/<target>/, the log in build-fuzz/logs/), 77 when clang or its libFuzzer
# runtime is missing (ctest counts that as skipped).
#
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS_EACH] [TARGET...]
#   targets: json cbor messagepack sparkplug detect sparkplug_tracker fleet_status packet (all by
#   default)
#   MQTTDECK_FUZZ_BUILD=DIR   build directory (default: build-fuzz at the top of the tree)
#   MQTTDECK_FUZZ_WORK=DIR    keep the working corpora there (default: a temporary directory)
# See docs/fuzzing.md.
set -euo pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${MQTTDECK_FUZZ_BUILD:-$root/build-fuzz}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(json cbor messagepack sparkplug detect sparkplug_tracker fleet_status packet)
fi

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-fuzzers: clang++ is not installed (Debian: clang libclang-rt-14-dev)" >&2
  exit 77
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const char *, unsigned long) { return 0; }' \
  >"$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
  >/dev/null 2>&1; then
  echo "run-fuzzers: clang++ cannot link libFuzzer (Debian: libclang-rt-14-dev)" >&2
  exit 77
fi

echo "run-fuzzers: building the targets in $build" >&2
CC=clang CXX=clang++ nice -n 19 cmake -S "$root/tests/fuzz" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Debug >/dev/null
nice -n 19 cmake --build "$build" -j2 >"$build/build.log" 2>&1 || {
  tail -n 40 "$build/build.log" >&2
  exit 1
}

if [ -n "${MQTTDECK_FUZZ_WORK:-}" ]; then
  work=$MQTTDECK_FUZZ_WORK
  mkdir -p "$work"
else
  work=$probe/work
fi
mkdir -p "$build/logs"
status=0
for target in "${targets[@]}"; do
  kept=$root/tests/fuzz/corpus/$target
  artifacts=$build/artifacts/$target
  log=$build/logs/$target.log
  rm -rf "$artifacts"
  mkdir -p "$artifacts" "$work/$target"
  cp -r "$kept/." "$work/$target/"
  # -rss_limit_mb: no input of a few KB may need a gigabyte (the bombs of issue 11 did);
  # -timeout: a single input taking seconds is a finding too (quadratic work).
  rc=0
  nice -n 19 "$build/fuzz_$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=1024 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work/$target" "$kept" \
    >"$log" 2>&1 || rc=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ -z "$executions" ]; then # no final stats (killed): the last progress line
    executions=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
  fi
  crashes=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'oom-*' \
    -o -name 'timeout-*' \) | wc -l)
  if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    crashes=1 # it stopped without keeping an input: the log says why
  fi
  inputs=$(find "$work/$target" -type f | wc -l)
  printf 'fuzz_%-12s %10s executions in %s s, %s crash(es), working corpus %s inputs\n' \
    "$target" "${executions:-0}" "$seconds" "$crashes" "$inputs"
  if [ "$crashes" -ne 0 ]; then
    status=1
    echo "  log: $log" >&2
    find "$artifacts" -type f -printf '  input: %p\n' >&2
  fi
done
exit $status
