# What the bench scripts share (compare.sh, portal.sh, national.sh, phrases.sh, render-share.sh);
# sourced, with $work a scratch folder of theirs.
# Sets $planpress to PlanPress as docs/install.md installs it: published self-contained and compiled
# ahead of time with the .NET libraries as one image (ReadyToRun composite; the publish takes a few
# minutes), as Hugo is a compiled program. PLANPRESS_PLAIN=1 times a plain `dotnet build` instead;
# PLANPRESS=path/to/PlanPress times that one (a publish made earlier, for several benches in a row).
# Builds the synthetic-content writer, bench/PlanPress.Bench, too.
if [ -n "${PLANPRESS:-}" ]; then
  planpress="$PLANPRESS"
elif [ "${PLANPRESS_PLAIN:-}" = "1" ]; then
  dotnet build src/PlanPress -c Release --nologo -v quiet >/dev/null
  planpress="$PWD/src/PlanPress/bin/Release/net10.0/PlanPress"
else
  case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
  dotnet publish src/PlanPress -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/planpress" --nologo -v quiet >/dev/null
  planpress="$work/planpress/PlanPress"
fi
dotnet build bench/PlanPress.Bench -c Release --nologo -v quiet >/dev/null

# Seconds and peak resident kilobytes of one run, as "S KB" (the last line: GNU time puts a failed run's exit status first).
# Each run starts with the previous runs' writes on disk (sync), so that neither tool pays for the other's.
measure() { sync; /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1; tail -1 "$work/time"; }
# What a tool wrote: its bytes (not the disk's blocks) and files.
size_of() { echo "$(du -s --apparent-size --block-size=1M "$1" | cut -f1) MB in $(find "$1" -type f | wc -l) files"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
