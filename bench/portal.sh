#!/usr/bin/env bash
# A district or state portal beside Hugo on the same pages. bench/PlanPress.Bench writes a portal of
# PLANS synthetic plans (each ~50 pages, 35 to 65) as PlanPress content and as one Hugo site whose
# templates write the same pages with the same markup (its Hugo twin); then, in fresh processes, RUNS times each (default 3), it times:
#   full       PlanPress into an empty folder (a first build, as on CI)
#   nothing    PlanPress again over its output, nothing changed
#   one plan   PlanPress again after one plan's calendar workbook changed
#   next day   PlanPress again for the next --as-of day (2024-06-16), nothing else changed
#   month      PlanPress again for the first of the next month (2024-07-01)
#   Hugo       Hugo into an empty folder (Hugo rebuilds every page every time)
# and prints the medians, peak memory, the ratio of the full builds, and how many plans the next
# day's and the next month's builds built again (from one more untimed sequence), and what each
# tool wrote. Needs hugo
# (apt-get install hugo).
#   bench/portal.sh [RUNS] [PLANS...]     e.g. bench/portal.sh 3 10 200 2000
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
counts=("$@")
[ ${#counts[@]} -eq 0 ] && counts=(10 200 2000)
command -v hugo >/dev/null || { echo "bench/portal.sh needs hugo: apt-get install hugo" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/common.sh
column() { cut -d' ' -f"$1" "$work/$2" | median; }

printf '%6s %7s | %9s %7s | %9s | %9s | %9s | %9s | %9s %7s | %6s | %s\n' plans pages "full" "peak MB" "one plan" "nothing" "next day" "month" "Hugo" "peak MB" "full ×" "plans built: next day, month"
for count in "${counts[@]}"; do
  dir="$work/portal-$count"
  dotnet bench/PlanPress.Bench/bin/Release/net10.0/PlanPress.Bench.dll portal "$count" "$dir" >/dev/null
  cp "$dir/content/plans/p0001/calendar.xlsx" "$work/calendar-a.xlsx"
  cp "$dir/content/plans/p0002/calendar.xlsx" "$work/calendar-b.xlsx"
  pp=(build --content "$dir/content" --output "$dir/site" --as-of 2024-06-15 --quiet)
  # One warm-up each: PlanPress's fills its compiled-theme cache, as the first build on a machine does.
  # Hugo keeps nothing between runs; its warm-up only reads the files into the page cache, and is
  # left out above 200 plans, where one Hugo build takes many minutes.
  measure "$planpress" "${pp[@]}" >/dev/null
  [ "$count" -le 200 ] && measure hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out" >/dev/null
  : >"$work/full"; : >"$work/one"; : >"$work/none"; : >"$work/hugo"; : >"$work/day"; : >"$work/month"
  for run in $(seq "$runs"); do
    rm -rf "$dir/site" "$dir/hugo-out"
    measure "$planpress" "${pp[@]}" >>"$work/full"
    measure "$planpress" "${pp[@]}" >>"$work/none"
    # A different workbook each run, so that the plan always changed.
    cp "$work/calendar-$([ $((run % 2)) -eq 1 ] && echo b || echo a).xlsx" "$dir/content/plans/p0001/calendar.xlsx"
    measure "$planpress" "${pp[@]}" >>"$work/one"
    measure "$planpress" "${pp[@]/2024-06-15/2024-06-16}" >>"$work/day"
    measure "$planpress" "${pp[@]/2024-06-15/2024-07-01}" >>"$work/month"
    measure hugo --quiet --source "$dir/hugo" --destination "$dir/hugo-out" >>"$work/hugo"
  done
  pages=$(find "$dir/site" -name '*.html' | wc -l)
  # How many plans each built again: "(N built, M unchanged)" on the closing line.
  rm -rf "$dir/site"
  "$planpress" "${pp[@]}" >/dev/null
  day=$("$planpress" "${pp[@]/2024-06-15/2024-06-16}" | grep -o '[0-9]* built' | head -1)
  month=$("$planpress" "${pp[@]/2024-06-15/2024-07-01}" | grep -o '[0-9]* built' | head -1)
  awk -v c="$count" -v p="$pages" -v ft="$(column 1 full)" -v fm="$(column 2 full)" -v ot="$(column 1 one)" -v nt="$(column 1 none)" -v dt="$(column 1 day)" -v mt="$(column 1 month)" -v ht="$(column 1 hugo)" -v hm="$(column 2 hugo)" -v db="$day" -v mb="$month" 'BEGIN {
    printf "%6d %7d | %7.2f s %7.0f | %7.2f s | %7.2f s | %7.2f s | %7.2f s | %7.2f s %7.0f | %5.2f× | %s, %s\n", c, p, ft, fm / 1024, ot, nt, dt, mt, ht, hm / 1024, ft / ht, db, mb }'
  echo "       PlanPress wrote $(size_of "$dir/site"), Hugo $(size_of "$dir/hugo-out")"
  rm -rf "$dir"
done
