#!/usr/bin/env bash
# The console's responsiveness benchmark under xvfb-run (or the current display): the real
# window at 50,000 msg/s into 100,000 topics with a busy branch expanded, selected and plotted;
# prints the event loop's lag (p50/p99/max) and the message accounting per run and the medians.
# Usage: scripts/bench-ui.sh [--rate N] [--topics N] [--seconds N] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null
if [ -n "${DISPLAY:-}" ]; then
  exec build/tests/bench/ui_responsiveness "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1000x24" build/tests/bench/ui_responsiveness "$@"
