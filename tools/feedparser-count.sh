#!/usr/bin/env bash
# How many of feedparser's own test feeds (https://github.com/kurtmckee/feedparser, tests/) the rss source reads with
# the right number of posts. Usage: tools/feedparser-count.sh FEEDPARSER_CHECKOUT [-v]
# Expected count = the item/entry elements outside comments, decoded as XML finds its encoding.
set -euo pipefail
fp="$1/tests"; shift
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 - "$fp" > "$work/expected.tsv" <<'PY'
import codecs, glob, re, sys
root = sys.argv[1]
for d in ['wellformed/rss', 'wellformed/rdf', 'wellformed/atom', 'wellformed/atom10', 'encoding', 'illformed',
          'illformed/chardet']:
    for f in sorted(glob.glob(f"{root}/{d}/*.xml")):
        b = open(f, 'rb').read()
        enc = 'latin-1'
        for bom, e in [(codecs.BOM_UTF32_LE, 'utf-32-le'), (codecs.BOM_UTF32_BE, 'utf-32-be'),
                       (codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_LE, 'utf-16-le'), (codecs.BOM_UTF16_BE, 'utf-16-be')]:
            if b.startswith(bom):
                enc, b = e, b[len(bom):]
                break
        else:
            enc = {b'\x00\x00\x00<': 'utf-32-be', b'<\x00\x00\x00': 'utf-32-le'}.get(b[:4]) \
                or {b'\x00<': 'utf-16-be', b'<\x00': 'utf-16-le'}.get(b[:2]) or enc
        t = re.sub(r'(?s)<!--.*?-->', '', b.decode(enc, errors='replace'))
        n = len(re.findall(r'<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]', t))
        print(d + '/' + f.split('/')[-1] + '\t' + str(n))
PY
(cd "$root" && ./mvnw -q -B -pl chorus-core -am compile \
  && ./mvnw -q -B -pl chorus-core dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null)
java -cp "$root/chorus-core/target/classes:$(cat "$work/cp.txt")" "$root/tools/FeedparserCount.java" \
  "$work/expected.tsv" "$fp" "$@"
