#!/usr/bin/env bash
# Stance with English sentence embeddings (bench/experiments-embeddings, outside the build): each post's embedding
# appended to the default model's n-gram features times w/√2, on the development protocol's blocked split of SemEval
# train + trial, for quantised all-MiniLM-L6-v2 and e5-small-v2. The embedding jars (~90 MB with onnxruntime) are
# fetched here into chorus-cli/target/embeddings, never by the normal build; each model runs in its own JVM with its
# own classpath. Embeddings are cached in chorus-cli/target/embeddings/cache-<model>.tsv (by the SHA-256 of the text).
# Usage: bench/stance-embeddings.sh [minilm] [e5] [--joint]   (default: both models; --joint adds the shipped tuning
# grid × w tuned jointly, a few minutes more per model). Needs the network once, for the model jars.
# Reads ../shared/data relative to the repository root (or $CHORUS_SHARED_DATA); builds Chorus when needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
if [ ! -d "$data" ] && [ -z "${CHORUS_SHARED_DATA:-}" ]; then
  # a git worktree: the shared data beside the main checkout
  common="$(cd "$root" && cd "$(git rev-parse --git-common-dir)/.." && pwd)"
  data="$common/../shared/data"
fi
semeval=("$data/semeval2016-task6/trainingdata-all-annotations.txt" "$data/semeval2016-task6/trialdata-all-annotations.txt")
for f in "${semeval[@]}"; do
  [ -f "$f" ] || { echo "stance-embeddings: missing data file $f (put the shared data beside the checkout)" >&2; exit 1; }
done
models=()
extra=()
for a in "$@"; do
  case "$a" in
    --joint) extra+=(--joint) ;;
    *) models+=("$a") ;;
  esac
done
[ ${#models[@]} -gt 0 ] || models=(minilm e5)

[ -f "$root/chorus-cli/target/chorus.jar" ] || "$root/chorus" formats >/dev/null
out="$root/chorus-cli/target/embeddings"
mkdir -p "$out/classes"
cp="$root/chorus-cli/target/lib/*"
javac --release 17 -nowarn -d "$out/classes" -cp "$cp" \
  "$root"/bench/experiments-embeddings/experiment/dev/chorus/classify/*.java
experiment() { java -Xmx2g -cp "$out/classes:$cp" dev.chorus.classify.StanceEmbeddingExperiment "$@"; }

# Sanity: the CLI's own dev-blocked estimate (the shipped tuning; it chose SVM C 0.03 calibrated), which w = 0 must equal
cli="$out/cli-dev-blocked.json"
if [ ! -s "$cli" ]; then
  echo "stance-embeddings: chorus eval stance (the default's dev-blocked figure) ..." >&2
  # --embeddings none: the n-gram model, which w = 0 must equal (the default, auto, adds e5-small-v2 for English)
  "$root/chorus" eval stance --format semeval --train "${semeval[0]}" --train "${semeval[1]}" --embeddings none \
    --json > "$cli.tmp"
  mv "$cli.tmp" "$cli"
fi
cli_f=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%.6f %d %s" % (d["f_avg"], d["n"], sorted({c["setting"] for c in d["chosen"].values()})))' "$cli")
echo "chorus eval stance (dev-blocked): F_avg n chosen = $cli_f" >&2

experiment texts "$out/texts.b64" "${semeval[@]}"
results="$out/results.md"
: > "$results"
for m in "${models[@]}"; do
  case "$m" in
    minilm) cls=dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel; prefix=""
      key="all-minilm-l6-v2-q-1.19.0-beta29" ;;
    e5) cls=dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel; prefix="query: "
      key="e5-small-v2-q-0.36.2-query" ;;
    *) echo "stance-embeddings: unknown model $m (minilm, e5)" >&2; exit 1 ;;
  esac
  lib="$out/lib-$m"
  if [ ! -d "$lib" ] || [ -z "$(ls -A "$lib")" ]; then
    (cd "$root" && ./mvnw -B -q -f bench/experiments-embeddings/pom.xml -P "$m" dependency:copy-dependencies \
      -DoutputDirectory="$lib")
  fi
  mkdir -p "$out/embedder-$m"
  javac --release 17 -nowarn -d "$out/embedder-$m" -cp "$lib/*" \
    "$root"/bench/experiments-embeddings/embedder/dev/chorus/bench/embeddings/EmbedTexts.java
  java -Xmx2g -cp "$out/embedder-$m:$lib/*" dev.chorus.bench.embeddings.EmbedTexts "$cls" "$prefix" \
    "$out/texts.b64" "$out/cache-$key.tsv"
  experiment run --model "$key" --cache "$out/cache-$key.tsv" --json "$out/results-$key.json" ${extra[@]+"${extra[@]}"} \
    "${semeval[@]}" \
    | tee -a "$results"
  python3 - "$cli" "$out/results-$key.json" <<'PY'
import json, sys
cli, res = (json.load(open(p)) for p in sys.argv[1:])
w0 = next(r for r in res["fixed"] if r["w"] == 0)
ok = abs(w0["f_avg"] - cli["f_avg"]) < 1e-9 and res["held_out_n"] == cli["n"]
print("sanity: w = 0 gives F_avg %.6f on %d held-out posts; chorus eval stance gives %.6f on %d: %s"
      % (w0["f_avg"], res["held_out_n"], cli["f_avg"], cli["n"], "same" if ok else "DIFFERENT"), file=sys.stderr)
sys.exit(0 if ok else 3)
PY
done
echo "stance-embeddings: tables in $results, JSON in $out/results-*.json" >&2
