#!/usr/bin/env bash
# Records new public API in PublicAPI.Unshipped.txt: builds the core, collects the RS0016
# ("symbol is not part of the declared public API") diagnostics and appends their symbols.
# Review the diff of PublicAPI.Unshipped.txt afterwards: it is the record of the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/SalesOps.Sdk/SalesOps.Sdk.csproj}
api_file="$(dirname "$project")/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
  | sed -e "s/^RS0016: Symbol '//" -e "s/' is not part of the declared public API$//" \
  | sort -u >>"$api_file"
# Keep the file sorted with the nullable header first.
{ echo "#nullable enable"; grep -v '^#nullable enable$' "$api_file" | sort -u; } >"$api_file.tmp"
mv "$api_file.tmp" "$api_file"
rm -f "$log"
echo "updated $api_file"
