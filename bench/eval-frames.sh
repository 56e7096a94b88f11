#!/usr/bin/env bash
# Cross-validated frame scores on FIGNEWS-2024 (the shared IAA file; no test split is used):
#   label sets bias (bias_majority; Unclear / Not Applicable rows left out, classes under 10 posts left out) and
#   propaganda (majority of votes; ties left out); macro-F1 per set with a bootstrap interval, and their mean.
# Reads ../shared/data relative to the repository root; extra arguments go to the eval (e.g. --fields text).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
fignews="$data/fignews2024/fignews_iaa_joined.csv"
if [ ! -f "$fignews" ]; then
  echo "eval-frames: missing data file $fignews (put the shared data beside the checkout)" >&2
  exit 1
fi
echo "== FIGNEWS-2024, 5-fold CV"
"$root/chorus" eval frames --cv 5 --format fignews --train "$fignews" "$@"
