#!/usr/bin/env bash
# Frame experiments beyond the CLI's options (bench/experiments, not product code; bench/experiments/
# FRAMES-EXPERIMENTS.md): decision rules and n-gram values of the FIGNEWS frame models, each a fixed setting on the
# development protocol's folds (5 folds of whole batches, as bench/eval-frames.sh --tuning none --shuffled-cv 0),
# with a paired bootstrap of its difference from the default on the same held-out posts.
#   bench/frames-experiments.sh [--check] [--min-class N] [VARIANT...]
# Variants: default binary log raw prior sqrt-prior grouped-calibration (none given: all). --check also runs the
# product's protocol on the default and fails unless the harness's default equals it.
# Reads ../shared/data relative to the repository root (or CHORUS_SHARED_DATA); needs a build (./chorus builds one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
fignews="$data/fignews2024/fignews_iaa_joined.csv"
[ -f "$fignews" ] || { echo "frames-experiments: missing data file $fignews (put the shared data beside the checkout)" >&2; exit 1; }
[ -f "$root/chorus-cli/target/chorus.jar" ] || "$root/chorus" formats >/dev/null
out="$root/chorus-cli/target/frames-experiments"
mkdir -p "$out"
cp="$root/chorus-cli/target/lib/*"
javac --release 17 -d "$out" -cp "$cp" "$root"/bench/experiments/dev/chorus/classify/GroupedCalibrationTrainer.java \
  "$root"/bench/experiments/dev/chorus/annotate/frames/*.java
# the experiment classes first: they share packages with the core jar (package-private access)
java -Xmx2g -cp "$out:$cp" dev.chorus.annotate.frames.FramesExperiment "$fignews" "$@"
