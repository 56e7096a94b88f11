#!/usr/bin/env bash
# What each part of Chorus's Lucene document costs to index, against bench ingest's bare-Lucene document (issue 15):
# bench/experiments/dev/chorus/store/lucene/DocumentCostExperiment.java, not product code.
#   bench/document-cost.sh [FILE] [POSTS] [ROUNDS]
# FILE: an X API v2 NDJSON file, e.g. the bench-input.x-api-v2.ndjson that `chorus bench ingest --posts N` leaves in
# its work folder (default: generated here as bench ingest generates POSTS posts, when missing); POSTS: how many of its posts
# (default 200000); ROUNDS: timed rounds after one warm-up (default 3). Needs a build (./chorus builds one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$root/chorus-cli/target/chorus.jar" ] || "$root/chorus" formats >/dev/null
out="$root/chorus-cli/target/document-cost"
mkdir -p "$out"
cp="$root/chorus-cli/target/lib/*"
input="${1:-$out/bench-input-${2:-200000}.x-api-v2.ndjson}" # generated there when missing
javac --release 17 -d "$out" -cp "$cp" "$root"/bench/experiments/dev/chorus/store/lucene/DocumentCostExperiment.java
# the experiment's class first: it shares a package with the core jar (package-private access)
java -Xmx4g -cp "$out:$cp" dev.chorus.store.lucene.DocumentCostExperiment "$input" "${2:-200000}" "${3:-3}"
