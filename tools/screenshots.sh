#!/usr/bin/env bash
# Regenerates the screenshots of docs/first-hour.md (docs/img/*.png): a fresh demo workspace (./chorus demo), its
# dashboard on a free loopback port, and Debian's headless Chromium driven by the same WebDriver set-up as the
# browser tests (dev.chorus.server.Screenshots, test scope of chorus-server).
#
#   tools/screenshots.sh [OUT_DIR]     (default docs/img; needs chromium and chromium-driver installed)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(cd "$root" && mkdir -p "${1:-docs/img}" && cd "${1:-docs/img}" && pwd)
work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cd "$root"
./mvnw -B -q -pl chorus-server -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >&2
./chorus --workspace "$work/demo" demo --no-serve >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
./chorus --workspace "$work/demo" serve --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 1
done
java -cp "chorus-server/target/test-classes:chorus-server/target/classes:$(cat "$work/classpath.txt")" \
  dev.chorus.server.Screenshots "http://127.0.0.1:$port" "$out"
