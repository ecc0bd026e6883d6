#!/usr/bin/env bash
# What reading dates as people type them costs: the ~2,000-page plan built with its calendar's
# month cells ("January 2024", once per month) and again with every row's date a phrase ("Week of
# Jan 4, 2024", "Jan 7–11, 2024", "Late January 2024", "January 10, 2024"): the same pages, in fresh
# processes, medians of RUNS (default 5) by hyperfine. Needs hyperfine (apt-get install hyperfine).
#   bench/phrases.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
command -v hyperfine >/dev/null || { echo "bench/phrases.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/common.sh

dotnet bench/PlanPress.Bench/bin/Release/net10.0/PlanPress.Bench.dll large "$work/months" >/dev/null
dotnet bench/PlanPress.Bench/bin/Release/net10.0/PlanPress.Bench.dll large "$work/phrases" phrases >/dev/null
for kind in months phrases; do
  "$planpress" build --content "$work/$kind/content" --output "$work/$kind/site" --booklets "$work/$kind/booklets" --as-of 2024-06-15 --quiet
done
echo "pages: $(find "$work/months/site" -name '*.html' | wc -l) with months, $(find "$work/phrases/site" -name '*.html' | wc -l) with phrases"
hyperfine --runs "$runs" --warmup 1 --export-json "$work/times.json" \
  -n months "$planpress build --content $work/months/content --output $work/months/site --booklets $work/months/booklets --as-of 2024-06-15 --quiet" \
  -n phrases "$planpress build --content $work/phrases/content --output $work/phrases/site --booklets $work/phrases/booklets --as-of 2024-06-15 --quiet"
python3 - "$work/times.json" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
months, phrases = results["months"], results["phrases"]
print(f"median: months {months:.2f} s, phrases {phrases:.2f} s; reading the phrases costs {(phrases - months) / months * 100:+.1f} % of the build")
PY
