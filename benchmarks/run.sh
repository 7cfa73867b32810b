#!/usr/bin/env bash
# Runs the benchmarks in Release on this machine, copies the reports into docs/benchmarks and draws the
# growth chart with gnuplot (installed from Debian packages when missing). See docs/performance.md.
# The PostgreSQL rows run on the server CPD_TEST_POSTGRES names; when it is unset, this starts the throwaway
# server of scripts/postgres.sh (installing PostgreSQL if missing) and stops it at the end if it started it.
# Usage: benchmarks/run.sh [BenchmarkDotNet arguments, default: --filter '*' --job short]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/docs/benchmarks"
mkdir -p "$out"

stop_postgres=0
if [ -z "${CPD_TEST_POSTGRES:-}" ]; then
  "$root/scripts/postgres.sh" status || stop_postgres=1
  if exports=$("$root/scripts/postgres.sh" start); then
    eval "$exports"
  else
    echo "run.sh: PostgreSQL could not be started; the PostgreSQL rows will be left out." >&2
  fi
fi
stop_postgres_if_started() {
  if [ "$stop_postgres" -eq 1 ]; then
    "$root/scripts/postgres.sh" stop
  fi
}
trap stop_postgres_if_started EXIT

cd "$root/benchmarks/Cpd.Benchmarks"
if [ "$#" -eq 0 ]; then set -- --filter '*' --job short; fi
dotnet run -c Release -- "$@"

cp BenchmarkDotNet.Artifacts/results/*-report-github.md BenchmarkDotNet.Artifacts/results/*-report.csv "$out/"

growth="$out/Cpd.Benchmarks.GrowthBenchmarks-report.csv"
if [ -f "$growth" ]; then
  command -v gnuplot >/dev/null || { apt-get update -q && apt-get install -y -q gnuplot-nox; }
  for method in Summary Listing Report; do
    # BenchmarkDotNet quotes numbers with thousands separators ("2,953.7"), so split on commas outside quotes.
    awk -v m="$method" '
      function split_csv(line, fields,   n, i, c, field, quoted) {
        n = 0; field = ""; quoted = 0
        for (i = 1; i <= length(line); i++) {
          c = substr(line, i, 1)
          if (c == "\"") { quoted = !quoted; continue }
          if (c == "," && !quoted) { fields[++n] = field; field = ""; continue }
          field = field c
        }
        fields[++n] = field
        return n
      }
      { n = split_csv($0, f) }
      NR == 1 { for (i = 1; i <= n; i++) { if (f[i] == "Records") r = i; if (f[i] ~ /^Mean/) t = i } }
      NR > 1 && f[1] == m { gsub(/,/, "", f[r]); gsub(/,/, "", f[t]); print f[r], f[t] }' "$growth" > "$out/growth-$method.dat"
  done
  gnuplot <<PLOT
set terminal pngcairo size 900,560 font "DejaVu Sans,11"
set output "$out/growth.png"
set title "Cost against the number of a member's records (log-log; a slope of 1 is linear)"
set xlabel "records"
set ylabel "mean time per call (ms)"
set logscale xy
set key left top
set grid
plot "$out/growth-Summary.dat" using 1:2 with linespoints lw 2 title "summary (SQLite)", \
     "$out/growth-Listing.dat" using 1:2 with linespoints lw 2 title "listing (SQLite)", \
     "$out/growth-Report.dat" using 1:2 with linespoints lw 2 title "HTML report"
PLOT
fi
echo "Reports in $out"
