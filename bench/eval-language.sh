#!/usr/bin/env bash
# Measures the language annotator on the shared dev file: accuracy, per-language scores, confusion, posts/s.
# Usage: bench/eval-language.sh [FILE]   (default ../shared/data/langid-dev.csv, relative to the repository root)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
file="${1:-../shared/data/langid-dev.csv}"
if [ ! -f "$file" ]; then
  echo "eval-language: $file not found: the labelled dev data lives beside the checkout in ../shared/data/" \
    "(see its README.md); it is not part of the repository" >&2
  exit 2
fi
./chorus eval language --test "$file" --json
