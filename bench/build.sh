#!/usr/bin/env bash
# Times building the sample site: one compile, then RUNS builds (default 5), each a fresh process
# (the first after a change to PlanPress compiles the theme into the user's cache; later ones load
# it). Prints each run and the median, in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
dotnet build src/PlanPress -c Release --nologo -v quiet >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  dotnet src/PlanPress/bin/Release/net10.0/PlanPress.dll build --as-of 2024-03-15 --output "$out/site" --booklets "$out/booklets" --quiet >/dev/null
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
  echo "run $i: ${times[-1]} s"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "sample build (42 pages, 2 booklets), median of $runs fresh processes: $median s"
