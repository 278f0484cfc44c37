#!/usr/bin/env bash
# Search benchmark: build time with and without the search index, and the bytes typical queries
# download, for N generated articles; Pagefind over the same output for reference (N <= 20000,
# above that it needs more memory than the machine has).
#
#   bench/search-bench.sh 10000            # work folder bench/out/search-10000
#   RUNS=1 bench/search-bench.sh 100000 /tmp/b100k
#
# Needs ../shared/bench/gen-corpus.py beside the repository, Java 17, Maven, Python 3; for the
# Pagefind part npm and Debian's chromium.
set -euo pipefail
n=${1:?usage: search-bench.sh N [WORKDIR]}
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${2:-$repo/bench/out/search-$n}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"

if [ ! -d "$work/content" ]; then
  echo "== generating $n articles"
  python3 "$repo/../shared/bench/gen-corpus.py" --count "$n" --out "$work/content"
fi
(cd "$repo" && mvn -B -q -DskipTests package)

build() { # name, extra flags
  rm -rf "$work/site-$1"
  /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" -a -o "$work/time-$1.txt" \
    java -Xmx2g -XX:+UseParallelGC -jar "$repo/target/gazette.jar" build --source "$work" \
      --output "$work/site-$1" --quiet ${2:-} 2>/dev/null
}
rm -f "$work"/time-*.txt
# Alternate the two builds so that a busy machine weighs on both alike.
runs=${RUNS:-3}
for i in $(seq "$runs"); do build plain --no-search; build search; done
echo "== build times ($runs runs each)"
for f in plain search; do echo "-- $f"; cat "$work/time-$f.txt"; done

echo "== search index size"
du -sb "$work/site-search/search/t" "$work/site-search/search/r" | sed "s|$work/||"
echo "files: $(find "$work/site-search/search" -type f | wc -l)"
gzip -9c "$repo/themes/default/static/assets/js/search.js" | wc -c | sed 's/^/search.js gzipped bytes: /'

echo "== bytes downloaded per query (uncompressed)"
python3 "$repo/bench/search_download.py" "$work/site-search" --queries 20

if [ -x /usr/bin/chromium ]; then
  echo "== time in the browser after the last file arrives"
  python3 "$repo/bench/render_time.py" "$work/site-search" --queries 5
fi

if [ "$n" -le 20000 ] && command -v npm >/dev/null && [ -x /usr/bin/chromium ]; then
  echo "== Pagefind 1.6.0 over the same output"
  mkdir -p "$work/pagefind-tool"
  (cd "$work/pagefind-tool" && [ -d node_modules/pagefind ] || npm i --silent pagefind@1.6.0 >/dev/null)
  /usr/bin/time -f "pagefind: %e s wall, %M KB max RSS" \
    "$work/pagefind-tool/node_modules/.bin/pagefind" --site "$work/site-plain" >/dev/null
  du -sb "$work/site-plain/pagefind" | sed "s|$work/||"
  python3 "$repo/bench/pagefind_download.py" "$work/site-plain" "$work/site-search" --queries 20
fi
