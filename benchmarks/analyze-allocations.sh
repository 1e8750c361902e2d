#!/usr/bin/env bash
# What analyze allocates and collects (issue 14, allocations round 16): analyze of ../shared/corpus/gwr + cpc-congress
# (4.3 MB) with --timings, RUNS times (5 by default), printing each run's GC line (pause, collections gen 0/1/2, MB
# allocated, from the runtime's own counters: GC.GetTotalAllocatedBytes and GC.CollectionCount) and the median of the MB.
# BASE_CLI=/path/to/PolicyLens.Cli.dll (a copy of another build's output folder, e.g. the build before a change) adds that
# build, run alternately with this one, so both see the same machine. Allocation counts hardly depend on the load; pauses
# and collections do a little. For time, use benchmarks/cpu-pairs.py on the same two commands (alternating pairs).
# Tables go to $TMPDIR. Needs ../shared beside the checkout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-allocations
mkdir -p "$work/corpus"
ln -sfn "$shared/corpus/gwr" "$work/corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$work/corpus/cpc-congress"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
builds=("$root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll")
names=("this build")
if [[ -n "${BASE_CLI:-}" ]]; then
  builds=("$BASE_CLI" "${builds[@]}")
  names=("base" "${names[@]}")
fi
declare -A mb
for ((i = 0; i < ${RUNS:-5}; i++)); do
  for k in "${!builds[@]}"; do
    line=$(dotnet "${builds[$k]}" analyze "$work/corpus" --out "$work/out-$k" --timings 2>&1 | grep 'GC (whole process)' | sed 's/^ *GC (whole process) *//')
    echo "${names[$k]}: $line"
    mb[$k]+="$(sed -E 's/.* ([0-9]+) MB allocated.*/\1/' <<<"$line") "
  done
done
for k in "${!builds[@]}"; do
  echo "${names[$k]}: median $(tr ' ' '\n' <<<"${mb[$k]}" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') MB allocated"
done
