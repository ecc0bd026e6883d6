#!/usr/bin/env bash
# PlanPress beside Hugo on the same pages and text, at three sizes (~100, ~500, ~2,000 pages).
# Writes each synthetic plan (bench/PlanPress.Bench) as PlanPress workbooks and as a Hugo site
# whose templates write the same pages with the same markup (its Hugo twin), then times both in
# fresh processes, alternating PlanPress and Hugo run by run, RUNS times each (default 5), after
# one warm-up each (PlanPress's warm-up fills its compiled-theme cache, as the first build on a
# machine does). Each run rebuilds over the previous run's output, as a coordinator
# rebuilding locally does. Prints medians, ms per page, peak memory and the ratios, then a hyperfine
# cross-check per size, and the same into an empty folder each run (a first build, as on CI), and
# what each wrote. Needs hugo and hyperfine (apt-get install hugo hyperfine).
#   bench/compare.sh [RUNS] [SIZES...]     e.g. bench/compare.sh 5 small medium large
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
sizes=("${@:-small medium large}")
[ $# -eq 0 ] && sizes=(small medium large)
for tool in hugo hyperfine; do
  command -v "$tool" >/dev/null || { echo "bench/compare.sh needs $tool: apt-get install hugo hyperfine" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/common.sh

# What each tool wrote, so that the twin is seen to write what PlanPress writes.
written=()
printf '%-7s %6s | %10s %8s %8s | %10s %8s %8s | %7s %7s\n' size pages "PlanPress" "ms/page" "peak MB" "Hugo" "ms/page" "peak MB" "time ×" "memory ×"
for size in "${sizes[@]}"; do
  dir="$work/$size"
  dotnet bench/PlanPress.Bench/bin/Release/net10.0/PlanPress.Bench.dll "$size" "$dir" >/dev/null
  pp=(build --content "$dir/content" --output "$dir/site" --booklets "$dir/booklets" --as-of 2024-06-15 --quiet)
  hu=(hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out")
  measure "$planpress" "${pp[@]}" >/dev/null
  measure "${hu[@]}" >/dev/null
  : >"$work/pp" && : >"$work/hu"
  for _ in $(seq "$runs"); do
    measure "$planpress" "${pp[@]}" >>"$work/pp"
    measure "${hu[@]}" >>"$work/hu"
  done
  pages=$(find "$dir/site" -name '*.html' | wc -l)
  hpages=$(find "$dir/hugo-out" -name '*.html' | wc -l)
  pt=$(cut -d' ' -f1 "$work/pp" | median); pm=$(cut -d' ' -f2 "$work/pp" | median)
  ht=$(cut -d' ' -f1 "$work/hu" | median); hm=$(cut -d' ' -f2 "$work/hu" | median)
  awk -v s="$size" -v p="$pages" -v hp="$hpages" -v pt="$pt" -v pm="$pm" -v ht="$ht" -v hm="$hm" 'BEGIN {
    printf "%-7s %6d | %8.2f s %8.1f %8.0f | %8.2f s %8.1f %8.0f | %6.1f× %6.1f×\n",
      s, p, pt, 1000 * pt / p, pm / 1024, ht, 1000 * ht / hp, hm / 1024, pt / ht, pm / hm }'
  written+=("$size: PlanPress wrote $(size_of "$dir/site"), Hugo $(size_of "$dir/hugo-out")")
done
printf '%s\n' "${written[@]}"

echo
echo "hyperfine cross-check (fresh processes, $runs runs each, one warm-up):"
for size in "${sizes[@]}"; do
  dir="$work/$size"
  hyperfine --style basic --warmup 1 --runs "$runs" -N \
    -n "PlanPress $size" "$planpress build --content $dir/content --output $dir/site --booklets $dir/booklets --as-of 2024-06-15 --quiet" \
    -n "Hugo $size" "hugo --quiet --source $dir/hugo --destination $dir/hugo-out" 2>&1 | grep -E 'Time|±|faster|PlanPress|Hugo' || true
done

echo
echo "first builds, into an empty folder each run (as on CI; hyperfine, $runs runs each):"
for size in "${sizes[@]}"; do
  dir="$work/$size"
  hyperfine --style basic --warmup 1 --runs "$runs" \
    -n "PlanPress $size, first build" "$planpress build --content $dir/content --output $dir/first/site-\$(date +%s%N) --booklets $dir/first/booklets-\$(date +%s%N) --as-of 2024-06-15 --quiet" \
    -n "Hugo $size, first build" "hugo --quiet --source $dir/hugo --destination $dir/first/hugo-\$(date +%s%N)" 2>&1 | grep -E 'Time|±|faster|PlanPress|Hugo' || true
done
