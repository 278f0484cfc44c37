#!/usr/bin/env bash
# Build-speed benchmark: Gazette against Hugo on the same generated archive, side by side.
#
#   bench/run.sh 1000 10000 100000        # one run per tool and size
#   RUNS=3 bench/run.sh 10000             # alternate the tools three times, print every run
#   BENCH_DIR=/data/bench bench/run.sh …  # where corpora and outputs go (default /tmp/gazette-bench)
#   GAZETTE_JAVA_OPTS=-Xmx2g bench/run.sh 1000000
#   NO_HUGO=1 bench/run.sh 1000000        # Gazette only (Hugo cannot build a million here)
#   PAGEFIND=1 bench/run.sh 10000         # also Pagefind 1.6 (npm) over Gazette's --no-search output
#   OUT_DIR=/dev/shm/gazette-out bench/run.sh …   # outputs on tmpfs: the tools' own work, no disk
#   SETTLE=420 bench/run.sh …             # wait this long (s) after removing a previous run's outputs
#
# For each N it generates the raw-text corpus and its Markdown twin with
# ../shared/bench/gen-corpus.py (cached between runs), builds the raw corpus with Gazette (the
# whole site: articles, lists, tags, archives, feeds, sitemaps, search index) and the Markdown twin
# with Hugo (bench/hugo-site: tags, categories, pagination 20, RSS; no search index), each into a
# fresh output folder, and prints one Markdown table row per build: wall time, CPU time, peak
# resident memory, files and bytes written, articles per second. Every Gazette build here is a
# build from scratch (bench/incremental.sh measures rebuilds).
#
# Outputs are kept until the script ends, each build in a folder of its own: on ext4 without a
# journal (as on the benchmark machines), creating a file looks past the inodes freed in the last
# few minutes, so a build that starts right after hundreds of thousands of files were deleted
# spends several times the kernel time creating its own (measured: 20,000 folders with a file
# each, 1.2 s of system time in a quiet file system, 7.8 s right after deleting as many). Outputs left by an earlier run are removed first; SETTLE makes the
# script wait after that. On tmpfs (OUT_DIR) each output is removed once measured.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
gen="$repo/../shared/bench/gen-corpus.py"
work="${BENCH_DIR:-/tmp/gazette-bench}"
outs="${OUT_DIR:-$work/outputs}"
runs="${RUNS:-1}"
[ $# -gt 0 ] || { echo "usage: bench/run.sh N [N ...]" >&2; exit 2; }
[ -f "$gen" ] || { echo "bench: $gen not found (the shared folder must sit beside the repository)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is needed (Debian package time)" >&2; exit 1; }
pagefind=""
if [ -n "${PAGEFIND:-}" ]; then
  mkdir -p "$work/pagefind-tool"
  (cd "$work/pagefind-tool" && { [ -d node_modules/pagefind ] || npm i --silent pagefind@1.6.0 >/dev/null; }) || {
    echo "bench: npm could not install pagefind@1.6.0" >&2; exit 1; }
  pagefind="$work/pagefind-tool/node_modules/.bin/pagefind"
fi
if [ -z "${NO_HUGO:-}" ] && ! command -v hugo >/dev/null; then
  echo "bench: hugo not found (Debian package hugo), or set NO_HUGO=1" >&2; exit 1
fi
mkdir -p "$work"
(cd "$repo" && mvn -B -q -DskipTests package) >&2
rm -rf "$outs" && mkdir -p "$outs"
trap 'rm -rf "$outs"' EXIT
# in memory (tmpfs) an output is removed once measured: deleting costs nothing there, and RAM is short
in_memory=""; [ "$(stat -f -c %T "$outs")" = tmpfs ] && in_memory=1
sync
sleep "${SETTLE:-0}"

corpus() { # N format dir
  if [ ! -f "$3/.complete" ]; then
    rm -rf "$3"
    python3 "$gen" --count "$1" --out "$3/content" --format "$2"
    touch "$3/.complete"
  fi
}

measure() { # label N output-dir command...
  local label=$1 n=$2 out=$3; shift 3
  # Outside the timing: the disk's write-back of the build before, which would otherwise slow
  # whichever tool runs next.
  sync
  local stats; stats=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$stats" "$@" >/dev/null 2>"$stats.err" || {
    echo "bench: $label failed at N=$n:" >&2; tail -5 "$stats.err" >&2; rm -f "$stats" "$stats.err"; return 1; }
  read -r wall user sys rss < "$stats"
  rm -f "$stats" "$stats.err"
  local files bytes
  files=$(find "$out" -type f | wc -l)
  bytes=$(du -sb "$out" | cut -f1)
  awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v f="$files" -v b="$bytes" 'BEGIN {
    printf "| %s | %d | %.1f | %.1f | %.0f | %d | %.0f | %.0f |\n", l, n, w, u + s, r / 1024, f, b / 1048576, n / w }'
  [ -z "$in_memory" ] || rm -rf "$out" "$(dirname "$out")/.$(basename "$out")".*
}

echo "| tool | articles | wall s | CPU s | peak RSS MB | files | MB | articles/s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for n in "$@"; do
  corpus "$n" raw "$work/raw-$n"
  [ -n "${NO_HUGO:-}" ] || corpus "$n" markdown "$work/md-$n"
  for ((r = 1; r <= runs; r++)); do
    # The launcher, as users run it (its JVM flags included; GAZETTE_JAVA_OPTS passes through).
    out="$outs/gazette-$n-$r"
    measure "Gazette" "$n" "$out" "$repo/gazette" build --quiet --source "$work/raw-$n" --output "$out"
    if [ -z "${NO_HUGO:-}" ]; then
      site="$work/hugo-$n"
      rm -rf "$site" && cp -r "$here/hugo-site" "$site" && ln -s "$work/md-$n/content" "$site/content"
      out="$outs/hugo-$n-$r"
      measure "Hugo $(hugo version | awk '{print $2}' | cut -d+ -f1)" "$n" "$out" \
        hugo --quiet --source "$site" --destination "$out"
    fi
    if [ -n "$pagefind" ]; then
      # Pagefind indexes a built site: Gazette's, without its own index (untimed), then Pagefind timed.
      plain="$outs/plain-$n-$r"
      "$repo/gazette" build --quiet --no-search --source "$work/raw-$n" --output "$plain"
      measure "Pagefind 1.6 (index only)" "$n" "$plain/pagefind" "$pagefind" --site "$plain"
    fi
  done
done
