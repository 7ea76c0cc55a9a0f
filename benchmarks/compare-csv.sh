#!/usr/bin/env bash
# End-to-end CSV comparison: the `salesops kpis` command against DuckDB's read_csv + GROUP BY of the same KPI pack
# (the total per month), on a generated fact CSV of ROWS rows (default 4,000,000, about 300 MB).
#
#   benchmarks/compare-csv.sh [--rows N] [--runs R] [--threads T] [--json FILE]
#
# Both sides may use T threads (default 2): the CLI reads the file in parallel parts (`--threads T`), DuckDB runs
# with `SET threads TO T`. Both sides are timed as whole processes (start-up, reading, parsing, aggregating,
# writing JSON), alternating salesops, duckdb, salesops, duckdb, … after one untimed warm-up each; the medians are
# reported. DuckDB runs in process through the DuckDB.NET package (DuckDB.NET.Data.Full) from the benchmark
# program's `duckdb-csv` mode, since no duckdb command-line binary is installed; it reads the measures as
# DECIMAL(18,4) so its money sums are exact like the SDK's. The outputs are checked to agree (revenue and cogs exactly, the other KPIs
# within 1e-9 relative). The CSV lives in a temporary folder that is deleted on exit.
set -euo pipefail

rows=4000000
runs=5
threads=2
json=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --json) json="$2"; shift 2 ;;
    *) echo "usage: $0 [--rows N] [--runs R] [--threads T] [--json FILE]" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== build (Release)"
dotnet build src/SalesOps.Cli -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/SalesOps.Sdk.Benchmarks -c Release -v quiet -nologo >/dev/null
cli="src/SalesOps.Cli/bin/Release/net10.0/salesops.dll"
bench="benchmarks/SalesOps.Sdk.Benchmarks/bin/Release/net10.0/SalesOps.Sdk.Benchmarks.dll"

work="$(mktemp -d "${TMPDIR:-/tmp}/salesops-csv-XXXXXX")"
trap 'rm -rf "$work"' EXIT
csv="$work/facts.csv"

echo "== generate $rows rows"
dotnet "$bench" generate-csv --rows "$rows" --out "$csv"
ls -l "$csv" | awk '{ printf "%s bytes (%.0f MB)\n", $5, $5 / 1048576 }'

run_salesops() { dotnet "$cli" kpis --facts "$csv" --format json --threads "$threads" > "$work/salesops.json"; }
run_duckdb() { dotnet "$bench" duckdb-csv --csv "$csv" --threads "$threads" --json "$work/duckdb.json"; }
seconds() { local start end; start=$(date +%s%N); "$@"; end=$(date +%s%N); awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'; }
divide() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6g", a / b }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "== warm-up and agreement"
run_salesops
run_duckdb
dotnet "$bench" check-kpis "$work/salesops.json" "$work/duckdb.json"

echo "== $runs alternating runs"
s_times=()
d_times=()
for ((i = 1; i <= runs; i++)); do
  s=$(seconds run_salesops)
  d=$(seconds run_duckdb)
  s_times+=("$s")
  d_times+=("$d")
  printf 'run %d: salesops %.3f s, duckdb %.3f s\n' "$i" "$s" "$d"
done

s_median=$(median "${s_times[@]}")
d_median=$(median "${d_times[@]}")
printf 'median: salesops kpis %.3f s, duckdb read_csv %.3f s, ratio %.3f\n' "$s_median" "$d_median" "$(divide "$s_median" "$d_median")"

if [ -n "$json" ]; then
  size=$(stat -c %s "$csv")
  cat > "$json" <<JSON
{
  "rows": $rows,
  "csv_bytes": $size,
  "results": [
    {"name": "salesops_cli_kpis", "threads": $threads, "median_seconds": $s_median, "rows_per_second": $(divide "$rows" "$s_median"), "run_seconds": [$(IFS=,; echo "${s_times[*]}")]},
    {"name": "duckdb_read_csv", "threads": $threads, "median_seconds": $d_median, "rows_per_second": $(divide "$rows" "$d_median"), "run_seconds": [$(IFS=,; echo "${d_times[*]}")]}
  ]
}
JSON
  echo "wrote $json"
fi
