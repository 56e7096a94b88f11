#!/usr/bin/env bash
# Stance experiments beyond the CLI's options (bench/experiments, not product code): the default models stacked with
# models of the datasets' auxiliary labels (sentiment, sarcasm, SemEval's "opinion towards"; training only), and
# training on confident Mawqif labels only. Same 5 folds and NB-SVM settings as bench/eval-stance.sh.
# Reads ../shared/data relative to the repository root; needs a build (./chorus builds one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
semeval=("$data/semeval2016-task6/trainingdata-all-annotations.txt" "$data/semeval2016-task6/trialdata-all-annotations.txt")
mawqif="$data/mawqif-ar/Mawqif_AllTargets_Train.csv"
for f in "${semeval[@]}" "$mawqif"; do
  [ -f "$f" ] || { echo "stance-experiments: missing data file $f (put the shared data beside the checkout)" >&2; exit 1; }
done
[ -f "$root/chorus-cli/target/chorus.jar" ] || "$root/chorus" formats >/dev/null
out="$root/chorus-cli/target/experiments"
mkdir -p "$out"
cp="$root/chorus-cli/target/lib/*"
javac --release 17 -d "$out" -cp "$cp" "$root"/bench/experiments/dev/chorus/classify/*.java
run() { java -cp "$out:$cp" dev.chorus.classify.StanceStackingExperiment "$@"; }
run mawqif "$mawqif"
run mawqif "$mawqif" --stack
run mawqif "$mawqif" --stack --aux sentiment
run mawqif "$mawqif" --stack --aux sentiment,sarcasm
run mawqif "$mawqif" --min-confidence 0.5
run mawqif "$mawqif" --min-confidence 0.6
run semeval "${semeval[@]}"
run semeval "${semeval[@]}" --stack
run semeval "${semeval[@]}" --stack --aux sentiment
run semeval "${semeval[@]}" --stack --aux sentiment,opinion
# simulated self-training: half the training labels hidden, confident predictions on them added back
sc() { java -cp "$out:$cp" dev.chorus.classify.SelfTrainingExperiment "$@"; }
sc mawqif "$mawqif" --labelled 0.5 --threshold 0.9
sc mawqif "$mawqif" --labelled 0.5 --threshold 0.8
sc mawqif "$mawqif" --labelled 0.5 --threshold 0.7
