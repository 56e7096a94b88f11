#!/usr/bin/env bash
# Target-aware and lexicon feature blocks for the stance models (bench/experiments, not product code; README,
# "Measured and not adopted: target-aware and lexicon features"; bench/experiments/STANCE-FEATURE-BLOCKS.md).
#   bench/stance-feature-blocks.sh semeval|mawqif BLOCK W,W,... [--sanity] [--setting NAME]
# BLOCK: mention | conj | dup | hashtags | lexicon | lexconj | all (each of these in turn) | none (only the w = 0
# baseline; with --sanity also the shipped grid tuning, which must reproduce `chorus eval stance`'s dev-blocked
# estimate and choice exactly).
# Reads ../shared/data relative to the repository root (or $CHORUS_SHARED_DATA); needs a build (./chorus builds one).
# The VADER lexicon (npm vader-sentiment 1.1.3) is fetched with `npm pack` into a temporary directory, or taken from
# $VADER_LEXICON (path of its vader_lexicon.txt); it is never stored in the repository.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 semeval|mawqif BLOCK W,W,... [--sanity] [--setting NAME]" >&2; exit 2; }
dataset="$1"; block="$2"; weights="$3"; shift 3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
case "$dataset" in
  semeval) files=("$data/semeval2016-task6/trainingdata-all-annotations.txt" "$data/semeval2016-task6/trialdata-all-annotations.txt") ;;
  mawqif) files=("$data/mawqif-ar/Mawqif_AllTargets_Train.csv") ;;
  *) echo "stance-feature-blocks: dataset must be semeval or mawqif, got '$dataset'" >&2; exit 2 ;;
esac
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "stance-feature-blocks: missing data file $f (put the shared data beside the checkout)" >&2; exit 1; }
done
blocks=("$block")
[ "$block" = all ] && blocks=(mention conj dup hashtags lexicon lexconj)
lexicon=()
case " ${blocks[*]} " in
  *" lexicon "* | *" lexconj "*)
    if [ -z "${VADER_LEXICON:-}" ]; then
      tmp="$(mktemp -d)"
      trap 'rm -rf "$tmp"' EXIT
      (cd "$tmp" && npm pack --silent vader-sentiment@1.1.3 >/dev/null && tar xzf vader-sentiment-1.1.3.tgz)
      VADER_LEXICON="$tmp/package/vader_lexicon.txt"
    fi
    lexicon=(--lexicon "$VADER_LEXICON") ;;
esac
[ -f "$root/chorus-cli/target/chorus.jar" ] || "$root/chorus" formats >/dev/null
out="$root/chorus-cli/target/experiments"
mkdir -p "$out"
cp="$root/chorus-cli/target/lib/*"
javac --release 17 -d "$out" -cp "$cp" "$root"/bench/experiments/dev/chorus/classify/BlockAugmentedTrainer.java \
  "$root"/bench/experiments/dev/chorus/annotate/stance/*.java
for b in "${blocks[@]}"; do
  java -Xmx2g -cp "$out:$cp" dev.chorus.annotate.stance.StanceFeatureBlockExperiment "$dataset" --block "$b" \
    --weights "$weights" "${lexicon[@]}" "$@" "${files[@]}"
done
