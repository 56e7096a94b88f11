#!/usr/bin/env bash
# Cross-validated stance scores on the shared training data (never the test splits):
#   SemEval-2016 Task 6 training + trial data, 5-fold CV, F_avg pooled over all tweets (official metric);
#   Mawqif training split, 5-fold CV, F_avg per target then averaged (StanceEval 2024 metric).
# The default now tunes its settings (shared tuning over per-target SVMs, nested in each fold); the development
# protocol's estimate is `chorus eval stance` without --cv/--test (see the README). The former defaults
# (--tuning none: NB-SVM C=0.1, --modelling combined) measured here: SemEval F_avg 0.702 [0.683, 0.721],
# Mawqif 0.706 [0.689, 0.723] (0.710 before features used TextFolding, 2026-12-06); the former defaults (--solver logistic --c 1 --modelling per-target) gave 0.685 / 0.698.
# Since 2026-12-08 the default adds e5-small-v2 sentence embeddings to English (SemEval) models; the figures above are
# n-grams only: add --embeddings none to measure them again.
# Reads ../shared/data relative to the repository root; extra arguments go to every eval (e.g. --solver svm).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
semeval_train="$data/semeval2016-task6/trainingdata-all-annotations.txt"
semeval_trial="$data/semeval2016-task6/trialdata-all-annotations.txt"
mawqif="$data/mawqif-ar/Mawqif_AllTargets_Train.csv"
missing=0
for f in "$semeval_train" "$semeval_trial" "$mawqif"; do
  if [ ! -f "$f" ]; then
    echo "eval-stance: missing data file $f (put the shared data beside the checkout)" >&2
    missing=1
  fi
done
[ "$missing" = 0 ] || exit 1
echo "== SemEval-2016 Task 6 (train+trial), 5-fold CV"
"$root/chorus" eval stance --cv 5 --format semeval --train "$semeval_train" --train "$semeval_trial" "$@"
echo "== Mawqif (train split), 5-fold CV"
"$root/chorus" eval stance --cv 5 --format mawqif --train "$mawqif" "$@"
