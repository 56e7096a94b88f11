#!/usr/bin/env bash
# Actor mentions on the shared real data: coverage by language, top actors, speed of the normaliser and the gazetteer.
# Reads ../shared/data/ beside the checkout; never copies it. Usage: bench/eval-actors.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/../shared/data"
langid="$data/langid-dev.csv"
fignews="$data/fignews2024/fignews_iaa_joined.csv"
for f in "$langid" "$fignews"; do
  if [ ! -f "$f" ]; then
    echo "eval-actors: missing $f (the shared data folder must sit beside the checkout)" >&2
    exit 2
  fi
done
"$root/chorus" eval actors --data "$langid" --rounds 10 --json
"$root/chorus" eval actors --data "$fignews" --lang-column source_language --rounds 20 --json
