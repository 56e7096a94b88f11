#!/usr/bin/env bash
# Frame scores on FIGNEWS-2024 (the shared IAA file; no test split is used):
#   label sets bias (bias_majority; Unclear / Not Applicable rows left out, classes under 10 posts left out) and
#   propaganda (majority of votes; ties left out); macro-F1 per set with a bootstrap interval, and their mean.
# By default the development protocol: 5 folds of whole annotation batches, the setting of each fold chosen by nested
# tuning on its training batches, with the shuffled 5-fold CV of the default beside it. Extra arguments go to the
# eval (e.g. --tuning none to measure the model options as given, --cv 5 for the shuffled CV alone, --json).
# Reads ../shared/data relative to the repository root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
fignews="$data/fignews2024/fignews_iaa_joined.csv"
if [ ! -f "$fignews" ]; then
  echo "eval-frames: missing data file $fignews (put the shared data beside the checkout)" >&2
  exit 1
fi
echo "== FIGNEWS-2024, development protocol (folds of whole batches, nested tuning)" >&2
"$root/chorus" eval frames --format fignews --train "$fignews" "$@"
