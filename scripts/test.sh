#!/usr/bin/env bash
# Runs every PlanPress test: one build of the solution, then each test project.
# Needs the .NET 10 SDK; installs Debian's Chromium for the browser tests when it is missing.
# The workbooks the tests read are committed under tests/fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PLANPRESS_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests…"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# On CI a snapshot that is missing fails instead of being written.
if [ "${CI:-}" = "true" ]; then
  export SNAPSHOOTER_STRICT_MODE=true
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
# Each test is printed as it finishes, so a long browser test run is never silent.
dotnet test PlanPress.sln --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over each test project's closing counts.
awk '/^[[:space:]]+Passed: [0-9]+[[:space:]]*$/ { passed += $2 }
     /^[[:space:]]+Failed: [0-9]+[[:space:]]*$/ { failed += $2 }
     END { printf "Tests: %d passed, %d failed\n", passed, failed }' "$log"
if [ "$status" -ne 0 ]; then
  echo "The build or a test run failed (exit code $status): see above."
fi
exit "$status"
