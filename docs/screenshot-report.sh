#!/usr/bin/env bash
# Renders the demo's HTML report in headless Chromium and saves a screenshot: a check that the report is
# self-contained and draws its charts without network access. Needs Debian's chromium package
# (apt-get install -y chromium); not part of CI.
#
#   docs/screenshot-report.sh [OUT.png]     (default: docs/report-screenshot.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/report-screenshot.png}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium not found: apt-get install -y chromium" >&2
  exit 1
fi

work=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$work" "$profile"' EXIT

dotnet run --project src/SalesOps.Cli -c Release -- demo --out "$work" >"$work/demo.txt"
report="$work/salesops-report.html"
test -s "$report"

# No network: the report must not reference anything outside itself.
if grep -Eqi '(src|href)="(https?:)?//|url\((https?:)?//|@import' "$report"; then
  echo "the report references external resources" >&2
  exit 1
fi

"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$work/shot.png" --window-size=1280,2400 "file://$report" >/dev/null 2>&1

test -s "$work/shot.png"
cp "$work/shot.png" "$out"
echo "screenshot written to $out ($(wc -c <"$out") bytes)"
