#!/usr/bin/env bash
# Frames with an English sentence embedding (bench/experiments-embeddings, outside the build): the README's frame rows
# marked † ("Measured on the development protocol and not adopted"). Quantised all-MiniLM-L6-v2 (or, with the argument
# e5, quantised e5-small-v2, each text given as "query: " + text, as bench/stance-embeddings.sh does) embeddings of each
# FIGNEWS post's translation (english_mt), of the post, or of both, appended to the default frame model's tf-idf vector
# times w/√2, on the development protocol's folds (5 folds of whole batches, as bench/eval-frames.sh --tuning none
# --shuffled-cv 0), each compared with the default by a paired bootstrap. The model's jars are fetched here into
# chorus-cli/target/embeddings/lib-<minilm|e5> (as bench/stance-embeddings.sh does, never by the normal build);
# embeddings are cached in chorus-cli/target/embeddings/cache-<key>.tsv (by the SHA-256 of the text, the stance script's
# caches: cache-all-minilm-l6-v2-q-1.19.0-beta29.tsv, cache-e5-small-v2-q-0.36.2-query.tsv). Checks: the default (w = 0)
# must equal the product's FignewsDevProtocol and the CLI's --json figures, and the appending trainer with nothing
# appended must predict as the default.
# Usage: bench/frames-embeddings.sh [minilm|e5]   (default minilm; needs the network once, for the model jars; writes
# chorus-cli/target/embeddings/frames-results.md and frames-results.json for minilm,
# frames-results-e5-small-v2-q-0.36.2-query.md and .json for e5)
# Reads ../shared/data relative to the repository root (or $CHORUS_SHARED_DATA); builds Chorus when needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${CHORUS_SHARED_DATA:-$root/../shared/data}"
if [ ! -d "$data" ] && [ -z "${CHORUS_SHARED_DATA:-}" ]; then
  # a git worktree: the shared data beside the main checkout
  common="$(cd "$root" && cd "$(git rev-parse --git-common-dir)/.." && pwd)"
  data="$common/../shared/data"
fi
m="${1:-minilm}"
case "$m" in
  minilm) cls=dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel; prefix=""
    key="all-minilm-l6-v2-q-1.19.0-beta29"; name="MiniLM"; results="frames-results" ;;
  e5) cls=dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel; prefix="query: "
    key="e5-small-v2-q-0.36.2-query"; name="e5-small-v2"; results="frames-results-$key" ;;
  *) echo "frames-embeddings: unknown model $m (minilm, e5)" >&2; exit 1 ;;
esac
fignews="$data/fignews2024/fignews_iaa_joined.csv"
[ -f "$fignews" ] || { echo "frames-embeddings: missing data file $fignews (put the shared data beside the checkout)" >&2; exit 1; }

[ -f "$root/chorus-cli/target/chorus.jar" ] || "$root/chorus" formats >/dev/null
out="$root/chorus-cli/target/embeddings"
mkdir -p "$out/frames-classes"
cp="$root/chorus-cli/target/lib/*"
javac --release 17 -nowarn -d "$out/frames-classes" -cp "$cp" \
  "$root"/bench/experiments-embeddings/experiment/dev/chorus/classify/AppendedTraining.java \
  "$root"/bench/experiments-embeddings/experiment/dev/chorus/annotate/frames/*.java
# the experiment classes first: they share packages with the core jar (package-private access)
experiment() { java -Xmx2g -cp "$out/frames-classes:$cp" dev.chorus.annotate.frames.FramesEmbeddingExperiment "$@"; }

# Sanity: the CLI's own figure for the default without tuning, which w = 0 must equal
cli="$out/cli-frames-dev.json"
if [ ! -s "$cli" ]; then
  echo "frames-embeddings: bench/eval-frames.sh --tuning none --shuffled-cv 0 --json (the default's figure) ..." >&2
  CHORUS_SHARED_DATA="$data" "$root/bench/eval-frames.sh" --tuning none --shuffled-cv 0 --json > "$cli.tmp"
  mv "$cli.tmp" "$cli"
fi

lib="$out/lib-$m"
if [ ! -d "$lib" ] || [ -z "$(ls -A "$lib")" ]; then
  (cd "$root" && ./mvnw -B -q -f bench/experiments-embeddings/pom.xml -P "$m" dependency:copy-dependencies \
    -DoutputDirectory="$lib")
fi
mkdir -p "$out/embedder-$m"
javac --release 17 -nowarn -d "$out/embedder-$m" -cp "$lib/*" \
  "$root"/bench/experiments-embeddings/embedder/dev/chorus/bench/embeddings/EmbedTexts.java
experiment texts "$out/frames-texts.b64" "$fignews"
java -Xmx2g -cp "$out/embedder-$m:$lib/*" dev.chorus.bench.embeddings.EmbedTexts "$cls" "$prefix" \
  "$out/frames-texts.b64" "$out/cache-$key.tsv"
experiment run "$fignews" --cache "$out/cache-$key.tsv" --model "$name" --json "$out/$results.json" \
  | tee "$out/$results.md"
python3 - "$cli" "$out/$results.json" <<'PY'
import json, sys
cli, res = (json.load(open(p)) for p in sys.argv[1:])
d = next(r for r in res["rows"] if r["name"] == "default")
mine = [d["macro_f1"], *d["macro_f1_ci95"], d["bias"], *d["bias_ci95"], d["propaganda"], *d["propaganda_ci95"]]
theirs = [cli["macro_f1"], *cli["macro_f1_ci95"], cli["bias"]["macro_f1"], *cli["bias"]["ci95"],
          cli["propaganda"]["macro_f1"], *cli["propaganda"]["ci95"]]
ok = all(abs(a - b) < 1e-9 for a, b in zip(mine, theirs))
print("sanity: w = 0 gives mean %.4f [%.4f, %.4f], bias %.4f, propaganda %.4f; bench/eval-frames.sh --tuning none "
      "--shuffled-cv 0 gives %.4f [%.4f, %.4f], bias %.4f, propaganda %.4f: %s"
      % (mine[0], mine[1], mine[2], mine[3], mine[6], theirs[0], theirs[1], theirs[2], theirs[3], theirs[6],
         "same" if ok else "DIFFERENT"), file=sys.stderr)
sys.exit(0 if ok else 3)
PY
echo "frames-embeddings: table in $out/$results.md, JSON in $out/$results.json" >&2
