#!/usr/bin/env bash
# A national portal built as a GitHub Actions matrix builds it, on this one machine, job after job.
# bench/PlanPress.Bench writes a portal of PLANS synthetic plans (about 46 pages each, as in
# bench/portal.sh); each of SLICES jobs builds its slice (build --slice K/SLICES) into an empty
# folder, then `assemble` joins the slices into the portal's site, each in a fresh process. For each
# PLANS it prints:
#   slice      the median and the slowest slice's time, the largest peak memory, the first slice's
#              pages, its files' size and the artifact its job uploads (tar, gzip -6)
#   assemble   its time and peak memory, and the site it writes (pages, their files' size: GitHub
#              Pages publishes a site of at most 1 GB)
#   matrix     the wall time of SLICES jobs side by side on machines like this one: the slowest
#              slice, then assemble (the artifacts' upload and download are not counted)
#   bench/national.sh [SLICES] [PLANS...]     e.g. bench/national.sh 10 2000 20000
set -euo pipefail
cd "$(dirname "$0")/.."
slices="${1:-10}"
shift || true
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(2000 20000)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/common.sh
# The size of a folder's files in MB, as a host stores them (not the disk blocks they take here).
mb() { du -sm --apparent-size "$1" | cut -f1; }

printf '%6s %6s | %9s %9s %8s | %7s %8s %11s | %9s %8s %8s %8s | %9s\n' plans slices "slice" "slowest" "peak MB" pages "MB" "artifact MB" "assemble" "peak MB" pages "MB" "matrix"
for count in "${counts[@]}"; do
  dir="$work/national-$count"
  dotnet bench/PlanPress.Bench/bin/Release/net10.0/PlanPress.Bench.dll portal "$count" "$dir" content >/dev/null
  : >"$work/slices"
  names=()
  for k in $(seq "$slices"); do
    measure "$planpress" build --content "$dir/content" --slice "$k/$slices" --output "$dir/slice-$k" --as-of 2024-06-15 --quiet >>"$work/slices"
    names+=("$dir/slice-$k")
  done
  spages=$(find "$dir/slice-1" -name '*.html' | wc -l)
  sdisk=$(mb "$dir/slice-1")
  artifact=$(tar -cf - -C "$dir/slice-1" . | gzip -6 | wc -c)
  read -r at am < <(measure "$planpress" assemble --content "$dir/content" --output "$dir/site" --as-of 2024-06-15 --quiet "${names[@]}")
  pages=$(find "$dir/site" -name '*.html' | wc -l)
  disk=$(mb "$dir/site")
  st=$(cut -d' ' -f1 "$work/slices" | median)
  slowest=$(cut -d' ' -f1 "$work/slices" | sort -n | tail -1)
  sm=$(cut -d' ' -f2 "$work/slices" | sort -n | tail -1)
  awk -v c="$count" -v n="$slices" -v st="$st" -v sl="$slowest" -v sm="$sm" -v sp="$spages" -v sd="$sdisk" -v ar="$artifact" -v at="$at" -v am="$am" -v p="$pages" -v d="$disk" 'BEGIN {
    printf "%6d %6d | %7.1f s %7.1f s %8.0f | %7d %8d %11.0f | %7.1f s %8.0f %8d %8d | %7.1f s\n", c, n, st, sl, sm / 1024, sp, sd, ar / 1048576, at, am / 1024, p, d, sl + at }'
  rm -rf "$dir"
done
