#!/usr/bin/env bash
# The cost of writing rows (issues 14 and 15), a build against a copy of an earlier one, alternating, in one run each:
#   1. in process, warm: the sentences table of gwr + cpc-congress (33,997 rows) written ROUNDS times in CSV, JSON and
#      Parquet and in all three together, thread CPU time per write (PolicyLens.Benchmarks --sentence-table-loop), the
#      earlier build's benchmark output and this one's run in turn PROBES times;
#   2. whole process: benchmarks/cpu-pairs.py over four commands, analyze with and without --no-sentences by each build,
#      so that the sentences table's share of analyze's CPU is measured for both builds in the same run.
# BASE_CLI=<a copy of an earlier src/PolicyLens.Cli/bin/Release/net10.0>/PolicyLens.Cli.dll and
# BASE_BENCH=<a copy of an earlier benchmarks/PolicyLens.Benchmarks/bin/Release/net10.0>/PolicyLens.Benchmarks.dll
# (cp -r the folders before the change). PAIRS=25, PROBES=3, ROUNDS=20 by default. Needs ../shared beside the checkout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-rows-stage
mkdir -p "$work/corpus"
ln -sfn "$shared/corpus/gwr" "$work/corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$work/corpus/cpc-congress"
: "${BASE_CLI:?set BASE_CLI to a copied build's PolicyLens.Cli.dll}"
: "${BASE_BENCH:?set BASE_BENCH to a copied build's PolicyLens.Benchmarks.dll}"

dotnet build "$root/benchmarks/PolicyLens.Benchmarks" -c Release -v q -nologo >/dev/null
dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
cli="$root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
bench="$root/benchmarks/PolicyLens.Benchmarks/bin/Release/net10.0/PolicyLens.Benchmarks.dll"

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 0; i < ${PROBES:-3}; i++)); do
  for b in "$BASE_BENCH" "$bench"; do
    echo "-- $b"
    POLICYLENS_SHARED="$shared" DOTNET_TieredPGO=0 dotnet "$b" --sentence-table-loop csv,json,parquet "${ROUNDS:-20}"
  done
done

python3 "$here/cpu-pairs.py" "${PAIRS:-25}" \
  "dotnet $BASE_CLI analyze $work/corpus --out $work/base-with" \
  "dotnet $BASE_CLI analyze $work/corpus --out $work/base-without --no-sentences" \
  "dotnet $cli analyze $work/corpus --out $work/with" \
  "dotnet $cli analyze $work/corpus --out $work/without --no-sentences"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

# Every table the same bytes as the earlier build's (datapackage.json differs by its run id and time).
dotnet "$BASE_CLI" analyze "$work/corpus" --out "$work/base-all" --formats csv,json,jsonl,parquet >/dev/null 2>&1
dotnet "$cli" analyze "$work/corpus" --out "$work/all" --formats csv,json,jsonl,parquet >/dev/null 2>&1
(cd "$work/base-all" && find . -type f ! -name datapackage.json | sort) | while read -r f; do
  cmp -s "$work/base-all/$f" "$work/all/$f" && echo "same  $f" || echo "DIFFERS  $f"
done
