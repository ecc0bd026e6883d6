#!/usr/bin/env bash
# Runs every PlanPress test: one build of the solution, then each test project.
# Needs the .NET 10 SDK; installs Debian's Chromium and poppler-utils for the browser and print tests when they are missing.
# The workbooks the tests read are committed under tests/fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium runs the browser and print tests; poppler's pdftoppm turns a printed sheet into the
# picture whose QR code the tests scan.
missing=()
if [ -z "${PLANPRESS_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ! command -v pdftoppm >/dev/null 2>&1; then missing+=(poppler-utils); fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing ${missing[*]} for the browser and print tests…"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
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
