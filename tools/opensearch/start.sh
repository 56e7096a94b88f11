#!/usr/bin/env bash
# Starts one OpenSearch node for Chorus on 127.0.0.1 in DIR and prints its URL as the last line of stdout.
#
#   tools/opensearch/start.sh DIR        (stop it with tools/opensearch/stop.sh DIR)
#
# Uses only what the Maven build put in chorus-opensearch-plugin/target/ (the distribution, analysis-common and the
# chorus-analysis plugin): nothing is downloaded here. Idempotent: DIR keeps the unpacked node and its data, a second
# call reinstalls the (maybe rebuilt) plugin and starts the node again, or just prints the URL if it is running.
# Environment: CHORUS_OPENSEARCH_PORT (HTTP port; default: the first free one from 9200 to 9299),
# CHORUS_OPENSEARCH_USER (the system user the node runs as when this runs as root; default chorus-opensearch).
set -euo pipefail

VERSION=2.19.6
if [[ $# -ne 1 ]]; then
  echo "usage: $0 DIR   (the directory to unpack and run the node in; created if missing)" >&2
  exit 2
fi
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TARGET=$ROOT/chorus-opensearch-plugin/target
DISTRIBUTION=$TARGET/opensearch/opensearch-$VERSION.zip
ANALYSIS_COMMON=$TARGET/opensearch/analysis-common-$VERSION.zip
PLUGIN=$(ls "$TARGET"/chorus-analysis-*.zip 2>/dev/null | head -n 1 || true)
if [[ ! -f $DISTRIBUTION || ! -f $ANALYSIS_COMMON || -z $PLUGIN ]]; then
  echo "The OpenSearch distribution or the chorus-analysis plugin is missing in $TARGET." >&2
  echo "Build them first: ./mvnw -q -pl chorus-opensearch-plugin -am -DskipTests package" >&2
  exit 1
fi

mkdir -p "$1"
DIR=$(cd "$1" && pwd)
HOME_DIR=$DIR/opensearch-$VERSION
PIDFILE=$DIR/opensearch.pid
RUN_AS=${CHORUS_OPENSEARCH_USER:-chorus-opensearch}

answers() { curl -fs -o /dev/null --max-time 2 "$1"; }

# Already running from this DIR: nothing to start (a second node would fail on the data lock), just say where.
if [[ -f $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  if [[ -f $DIR/url ]] && answers "$(cat "$DIR/url")"; then
    echo "OpenSearch is already running from $DIR (pid $(cat "$PIDFILE"))." >&2
    cat "$DIR/url"
    exit 0
  fi
  echo "An OpenSearch node from $DIR is running (pid $(cat "$PIDFILE")) but does not answer yet;" \
    "wait, or stop it with tools/opensearch/stop.sh $DIR." >&2
  exit 1
fi

# 1. Unpack the distribution once.
if [[ ! -x $HOME_DIR/bin/opensearch ]]; then
  unzip -q -o "$DISTRIBUTION" -d "$DIR"
fi

# 2. Java: the integ-test distribution has no bundled JDK; use the one on the PATH unless one is named.
if [[ -z ${OPENSEARCH_JAVA_HOME:-} ]]; then
  OPENSEARCH_JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
fi
export OPENSEARCH_JAVA_HOME

# 3. Plugins: analysis-common once (as a module, below); chorus-analysis again on every start, so a rebuilt plugin is the one running.
# (The integ-test distribution has no security plugin, so the node speaks plain HTTP without authentication.)
plugin() { OPENSEARCH_JAVA_OPTS= "$HOME_DIR/bin/opensearch-plugin" "$@"; }
# analysis-common is a system module in full distributions (opensearch-plugin refuses to install it), so it goes where
# the full distribution has it: modules/, which the node loads at start like a plugin.
if [[ ! -d $HOME_DIR/modules/analysis-common ]]; then
  unzip -q -o "$ANALYSIS_COMMON" -d "$HOME_DIR/modules/analysis-common"
fi
if [[ -d $HOME_DIR/plugins/chorus-analysis ]]; then
  plugin remove chorus-analysis >&2
fi
plugin install --batch "file://$PLUGIN" >&2

# 4. Configuration: one node on the loopback interface (so no production bootstrap checks), 512 MB heap, no disk
# watermarks (a nearly full disk must not turn the test index read-only).
# Without CHORUS_OPENSEARCH_PORT the node binds the first free port of 9200-9299 itself (no race with another node
# starting at the same time) and the URL is read from its log below.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${CHORUS_OPENSEARCH_PORT:-9200-9299}
if [[ -n ${CHORUS_OPENSEARCH_PORT:-} ]] && ! port_free "$PORT"; then
  echo "Port $PORT (CHORUS_OPENSEARCH_PORT) is already in use on 127.0.0.1; choose another." >&2
  exit 1
fi
cat > "$HOME_DIR/config/opensearch.yml" <<YAML
# Written by tools/opensearch/start.sh
cluster.name: chorus
node.name: chorus-1
network.host: 127.0.0.1
http.port: $PORT
discovery.type: single-node
cluster.routing.allocation.disk.threshold_enabled: false
YAML
# jvm.options.d is read after jvm.options, so these heap sizes override its defaults
printf -- '-Xms512m\n-Xmx512m\n' > "$HOME_DIR/config/jvm.options.d/chorus-heap.options"

# 5. Start it as a daemon. OpenSearch refuses to run as root: then run it as a system user owning DIR.
rm -f "$PIDFILE" "$DIR/url" "$HOME_DIR/logs/chorus.log"
# (runuser keeps the environment, OPENSEARCH_JAVA_HOME included; env makes it explicit)
START=(env "OPENSEARCH_JAVA_HOME=$OPENSEARCH_JAVA_HOME" "$HOME_DIR/bin/opensearch" -d -p "$PIDFILE")
if [[ $(id -u) -eq 0 ]]; then
  id -u "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
  chown -R "$RUN_AS" "$DIR"
  if ! runuser -u "$RUN_AS" -- test -x "$HOME_DIR/bin/opensearch"; then
    echo "User $RUN_AS cannot reach $DIR: every parent directory must be searchable (chmod o+x) by it." >&2
    exit 1
  fi
  START=(runuser -u "$RUN_AS" -- "${START[@]}")
fi
"${START[@]}" > "$DIR/startup.log" 2>&1 || {
  echo "OpenSearch did not start; its output:" >&2
  tail -n 40 "$DIR/startup.log" >&2
  exit 1
}

# 6. Wait (up to 120 s) until the node has bound its HTTP port and its cluster is usable.
http_port() {
  sed -n 's/.*HttpServerTransport.*publish_address {127\.0\.0\.1:\([0-9]*\)}.*/\1/p' "$HOME_DIR/logs/chorus.log" \
    2>/dev/null | tail -n 1 || true   # no log yet: no port yet
}
URL=
for _ in $(seq 1 120); do
  [[ -n $URL ]] || { BOUND=$(http_port); [[ -z $BOUND ]] || URL=http://127.0.0.1:$BOUND; }
  if [[ -n $URL ]] && answers "$URL/_cluster/health?wait_for_status=yellow&timeout=1s"; then
    echo "$URL" > "$DIR/url"
    echo "OpenSearch $VERSION with chorus-analysis runs from $DIR (pid $(cat "$PIDFILE"))." >&2
    echo "$URL"
    exit 0
  fi
  # bin/opensearch -d returns at once: a node that failed says so in its output, or leaves a pid file of a dead process
  if grep -q "uncaught exception" "$DIR/startup.log" \
      || { [[ -f $PIDFILE ]] && ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }; then
    break
  fi
  sleep 1
done
echo "OpenSearch did not start or did not answer (port $PORT) within 120 s; the end of its log:" >&2
tail -n 60 "$HOME_DIR/logs/chorus.log" "$DIR/startup.log" >&2 2>/dev/null || true
exit 1
