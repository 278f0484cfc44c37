#!/usr/bin/env bash
# Rebuild benchmark: how long a build takes after a full build when nothing, or one article's text,
# changed, next to the full build itself, on the same generated archive in one run.
#
#   bench/incremental.sh 10000 100000
#   BENCH_DIR=/data/bench bench/incremental.sh 100000   # where corpora and outputs go (default /tmp/gazette-bench)
#
# For each N: the raw-text corpus from ../shared/bench/gen-corpus.py (shared with bench/run.sh), a
# copy of it to edit, then with the launcher: a build from scratch (output and cache removed), a
# rebuild with nothing changed, and a rebuild after one article gains a paragraph. Prints one
# Markdown table row per build: wall time, CPU time, peak resident memory, files the build changed,
# and wall time as a share of the full build. Each build starts after a sync (not timed), so that
# it does not pay for the write-back of the one before.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
gen="$repo/../shared/bench/gen-corpus.py"
work="${BENCH_DIR:-/tmp/gazette-bench}"
[ $# -gt 0 ] || { echo "usage: bench/incremental.sh N [N ...]" >&2; exit 2; }
[ -f "$gen" ] || { echo "bench: $gen not found (the shared folder must sit beside the repository)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is needed (Debian package time)" >&2; exit 1; }
mkdir -p "$work"
(cd "$repo" && mvn -B -q -DskipTests package) >&2

full=""
build() { # label N site output
  local label=$1 n=$2 site=$3 out=$4
  local stats; stats=$(mktemp)
  # Outside the timing: the disk's write-back of the build before (gigabytes after a full build),
  # which would otherwise slow whichever build comes next.
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$stats" "$repo/gazette" build --source "$site" --output "$out" \
    >"$stats.out" 2>"$stats.err" || {
    echo "bench: $label failed at N=$n:" >&2; tail -5 "$stats.err" >&2; rm -f "$stats"*; return 1; }
  read -r wall user sys rss < "$stats"
  # "… 5870 files (12 changed) …" in the build's summary
  local changed; changed=$(sed -n 's/.* files (\([0-9]*\) changed).*/\1/p' "$stats.out")
  rm -f "$stats" "$stats.out" "$stats.err"
  [ -n "$full" ] || full=$wall
  awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v c="$changed" -v f="$full" 'BEGIN {
    printf "| %s | %d | %.1f | %.1f | %.0f | %s | %.1f%% |\n", l, n, w, u + s, r / 1024, c, 100 * w / f }'
}

echo "| build | articles | wall s | CPU s | peak RSS MB | files changed | of full build |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for n in "$@"; do
  raw="$work/raw-$n"
  if [ ! -f "$raw/.complete" ]; then
    rm -rf "$raw"
    python3 "$gen" --count "$n" --out "$raw/content"
    touch "$raw/.complete"
  fi
  site="$work/edit-$n"
  rm -rf "$site" && mkdir -p "$site" && cp -r "$raw/content" "$site/content"
  out="$site/public"
  full=""
  build "full" "$n" "$site" "$out"
  build "nothing changed" "$n" "$site" "$out"
  # one article gains a paragraph after its first one
  article=$(find "$site/content" -name '*.txt' | sort | sed -n 1p)  # sed, not head: no SIGPIPE under pipefail
  python3 - "$article" <<'EOF'
import sys
p = sys.argv[1]
lines = open(p, encoding="utf-8").read().split("\n")
at = next(i for i, l in enumerate(lines) if i > 3 and l.strip() == "")
lines[at:at] = ["", "Đoạn văn này được thêm vào để đo thời gian dựng lại trang."]
open(p, "w", encoding="utf-8").write("\n".join(lines))
EOF
  build "one article edited" "$n" "$site" "$out"
  rm -rf "$site"
done
