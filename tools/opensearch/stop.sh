#!/usr/bin/env bash
# Stops the OpenSearch node that tools/opensearch/start.sh DIR started, by its pid file, and waits until it has exited
# (at most 60 s, then it is killed). Nothing running is not an error: it prints so and exits 0.
#
#   tools/opensearch/stop.sh DIR
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 DIR   (the directory given to start.sh)" >&2
  exit 2
fi
PIDFILE=$1/opensearch.pid
if [[ ! -f $PIDFILE ]]; then
  echo "No OpenSearch pid file in $1: nothing to stop." >&2
  exit 0
fi
PID=$(cat "$PIDFILE")
if ! kill -0 "$PID" 2>/dev/null; then
  echo "OpenSearch (pid $PID) had already stopped." >&2
  rm -f "$PIDFILE"
  exit 0
fi

# SIGTERM lets the node flush and close its indices.
kill "$PID"
for _ in $(seq 1 60); do
  if ! kill -0 "$PID" 2>/dev/null; then
    rm -f "$PIDFILE"
    echo "OpenSearch (pid $PID) stopped." >&2
    exit 0
  fi
  sleep 1
done
echo "OpenSearch (pid $PID) did not stop within 60 s; killing it." >&2
kill -9 "$PID" 2>/dev/null || true
rm -f "$PIDFILE"
