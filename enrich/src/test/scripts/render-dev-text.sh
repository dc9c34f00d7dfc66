#!/bin/sh
# Renders the dev pages to plain text with Debian's text browsers, one paragraph per line (no wrapping),
# as a reader's "save as text" or a text-browser dump would: the input the plain-text path must clean.
#   render-dev-text.sh ../shared/extraction-dev /tmp/render
# writes OUT/<renderer>/<id>.txt for renderer in w3m, lynx, html2text (apt-get install w3m lynx html2text).
set -eu
DEV=${1:?dev dir}; OUT=${2:?out dir}
mkdir -p "$OUT/w3m" "$OUT/lynx" "$OUT/html2text"
for f in "$DEV"/readability/html/*.html.gz "$DEV"/trafilatura-eval/html/*.html.gz; do
  id=$(basename "$f" .html.gz)
  [ -s "$OUT/w3m/$id.txt" ] || gzip -dc "$f" | timeout 20 w3m -dump -T text/html -cols 4000 -O UTF-8 > "$OUT/w3m/$id.txt" 2>/dev/null || true
  [ -s "$OUT/lynx/$id.txt" ] || gzip -dc "$f" | timeout 20 lynx -dump -stdin -nolist -width=1024 -display_charset=UTF-8 > "$OUT/lynx/$id.txt" 2>/dev/null || true
  [ -s "$OUT/html2text/$id.txt" ] || gzip -dc "$f" | timeout 20 html2text -utf8 -nobs -width 4000 > "$OUT/html2text/$id.txt" 2>/dev/null || true
done
