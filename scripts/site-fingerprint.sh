#!/usr/bin/env bash
# Prints a built site's fingerprint (SHA-256 over every file's path and bytes) and whether it
# differs from the fingerprint recorded in a file, as GitHub Actions outputs:
#   fingerprint=…
#   changed=true|false
# Usage: site-fingerprint.sh SITE-FOLDER [RECORDED-FINGERPRINT-FILE]
set -euo pipefail
site="$1"
recorded="${2:-}"

fingerprint=$(cd "$site" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
previous=""
if [ -n "$recorded" ] && [ -f "$recorded" ]; then
  previous=$(head -n1 "$recorded")
fi

if [ "$fingerprint" = "$previous" ]; then
  echo "The site is byte-identical to the one published last ($fingerprint): nothing to deploy." >&2
  changed=false
else
  echo "The site differs from the one published last${previous:+ ($previous)}: it will be deployed." >&2
  changed=true
fi

echo "fingerprint=$fingerprint"
echo "changed=$changed"
