#!/usr/bin/env bash
# What rendering through the theme costs of a build, beside what everything else does: builds the
# same synthetic plan (bench/PlanPress.Bench, as bench/compare.sh writes it) with the default theme
# and with a copy of it whose every template is emptied (its @using and @model lines kept, so each
# page is still rendered by RazorLight, writing nothing), alternating, RUNS times each (default 5),
# in fresh processes after a warm-up each. The difference is what rendering the pages costs, with
# writing, link-checking and marking their bytes; the emptied build is what the rest costs (start-up,
# the workbooks, the model, the feeds, the booklets' data, writing the other files).
#   bench/render-share.sh [RUNS] [SIZES...]     e.g. bench/render-share.sh 5 small large
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
sizes=("$@")
[ $# -eq 0 ] && sizes=(small large)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/common.sh

empty="$work/empty-theme"
cp -r themes/default "$empty"
find "$empty" -name '*.cshtml' | while read -r template; do
  grep -E '^@(using|model) ' "$template" >"$template.kept" || true
  mv "$template.kept" "$template"
done

printf '%-7s %6s | %10s %10s | %10s %8s\n' size pages "theme" "emptied" "rendering" "share"
for size in "${sizes[@]}"; do
  dir="$work/$size"
  dotnet bench/PlanPress.Bench/bin/Release/net10.0/PlanPress.Bench.dll "$size" "$dir" >/dev/null
  pp=(build --content "$dir/content" --booklets "$dir/booklets" --as-of 2024-06-15 --quiet)
  # The warm-ups are not measured, so that a build that fails stops the script (set -e).
  "$planpress" "${pp[@]}" --output "$dir/site" >/dev/null
  "$planpress" "${pp[@]}" --output "$dir/bare" --theme "$empty" >/dev/null
  pages=$(find "$dir/site" -name '*.html' | wc -l)
  [ "$(find "$dir/bare" -name '*.html' | wc -l)" -eq "$pages" ] || { echo "The emptied theme built other pages than the theme" >&2; exit 1; }
  : >"$work/themed" && : >"$work/emptied"
  for _ in $(seq "$runs"); do
    measure "$planpress" "${pp[@]}" --output "$dir/site" >>"$work/themed"
    measure "$planpress" "${pp[@]}" --output "$dir/bare" --theme "$empty" >>"$work/emptied"
  done
  full=$(cut -d' ' -f1 "$work/themed" | median)
  bare=$(cut -d' ' -f1 "$work/emptied" | median)
  awk -v s="$size" -v p="$pages" -v f="$full" -v b="$bare" 'BEGIN {
    printf "%-7s %6d | %8.2f s %8.2f s | %8.2f s %7.0f%%\n", s, p, f, b, f - b, 100 * (f - b) / f }'
done
