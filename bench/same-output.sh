#!/bin/bash
# `juesuan check --format json` of every sample, corpus, paraphrase, fixture and real-page file
# (PDFs, workbooks and text; ~265 files) by two checkouts, compared byte for byte with exit codes and
# error output: a change meant to be faster only must leave them all the same. Each checkout must be
# built (npm run build:server).
# Run: bench/same-output.sh CHECKOUT_BEFORE CHECKOUT_AFTER [SHARED_DIR (default /work/shared)]
set -u
before=$1; after=$2; shared=${3:-/work/shared}
tmp=$(mktemp -d)
for side in before after; do
  dir=${!side}
  mkdir -p "$tmp/$side"
  # test/corpus by its relative path, so that the file names printed are the same in both checkouts.
  (cd "$dir" && { find "$shared/samples" "$shared/corpus" -type f; find samples test/corpus test/paraphrase test/fixtures test/real-pages -type f; } | grep -v '\.json$' | sort | while read -r f; do
    name=$(echo "$f" | tr '/' '_')
    node bin/juesuan.js check --format json "$f" > "$tmp/$side/$name.json" 2> "$tmp/$side/$name.err"
    echo $? > "$tmp/$side/$name.rc"
  done)
done
count=$(ls "$tmp/before" | grep -c '\.json$')
if diff -r "$tmp/before" "$tmp/after"; then echo "same output: $count files"; rm -rf "$tmp"; else echo "outputs differ (kept in $tmp)"; exit 1; fi
