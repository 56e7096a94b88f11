#!/usr/bin/env bash
# Times coordinated sharing detection: CooRTweet-compatible mode on CooRTweet's Russian sample (35,125 shares,
# min participation 5, window 10 s) and on N synthetic shares, then near-duplicate text over N synthetic posts.
# Usage: bench/coordination.sh [N]   (default 1000000). Reads ../shared/data relative to the repository root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/../shared/data/coortweet/russian_coord_tweets.csv"
if [ ! -f "$data" ]; then
  echo "bench/coordination.sh: missing $data (CooRTweet's russian_coord_tweets.csv in shared/data/coortweet/)" >&2
  exit 2
fi
n="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
# Acceptance check of CooRTweet's own test: the self-coordinating account vanishes with loops removed.
for loops in "" "--keep-loops"; do
  ./chorus coordination --input "$data" --min-participation 5 --time-window 10 $loops --out "$work/pairs.csv" >/dev/null
  hits="$(grep -c 9fa51ef17278c01d13d313741eddfc0b "$work/pairs.csv" || true)"
  echo "russian sample ${loops:-(loops removed)}: rows with account 9fa51ef17278c01d13d313741eddfc0b: $hits"
done
CHORUS_JAVA_OPTS="${CHORUS_JAVA_OPTS:--Xmx2g}" ./chorus bench coordination --posts "$n" --input "$data" \
  --dir "$work" --json
