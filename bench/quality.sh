#!/usr/bin/env bash
# Regenerates docs/quality.md: category accuracy on held-out parts of the shared corpora (with
# confusion tables), title/date/author extraction against their ground truth, and the
# near-duplicate detector on a planted set.
#
#   bench/quality.sh                        # the whole corpora, into docs/quality.md
#   bench/quality.sh --per-category 50      # a quick sample, printed (add --out FILE to keep it)
#   bench/quality.sh --help                 # every option
#
# Needs ../shared/corpus beside the repository. Without arguments it writes docs/quality.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
corpus="$repo/../shared/corpus"
[ -d "$corpus" ] || { echo "quality: $corpus not found (the shared folder must sit beside the repository)" >&2; exit 1; }
(cd "$repo" && mvn -B -q -DskipTests package) >&2
args=("$@")
[ $# -gt 0 ] || args=(--out "$repo/docs/quality.md")
exec java -cp "$repo/target/gazette.jar" org.gazette.quality.QualityReport --corpus "$corpus" "${args[@]}"
