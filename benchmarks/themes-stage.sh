#!/usr/bin/env bash
# analyze's themes stage (analyze --timings, CPU seconds summed over threads) for two builds of the CLI in one run,
# alternating, so that only the ratio within the run is compared (the machine is shared):
#   benchmarks/themes-stage.sh BEFORE/PolicyLens.Cli.dll AFTER/PolicyLens.Cli.dll
# on ../shared/corpus/gwr (72 national reports). Prints every run's themes stage, theme classifier loading and the
# process's user+system CPU time, then the medians. RUNS=5 by default; tables go to $TMPDIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${POLICYLENS_SHARED:-$here/../../shared}
work=${TMPDIR:-/tmp}/policylens-themes-stage
mkdir -p "$work/corpus"
ln -sfn "$shared/corpus/gwr" "$work/corpus/gwr"
declare -A themes cpu
for i in $(seq "${RUNS:-5}"); do
  for name in before after; do
    dll=$1; [ "$name" = after ] && dll=$2
    out=$( { /usr/bin/time -f "cpu %U %S" dotnet "$dll" analyze "$work/corpus" --out "$work/$name" --timings; } 2>&1 )
    t=$(awk '$1=="themes"{print $2}' <<<"$out"); l=$(awk '/theme classifier loading/{print $4}' <<<"$out")
    c=$(awk '$1=="cpu"{printf "%.2f", $2+$3}' <<<"$out")
    echo "$name run $i: themes $t s, classifier loading $l s, process CPU $c s"
    themes[$name]+="$t "; cpu[$name]+="$c "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for name in before after; do
  echo "$name: median themes $(median <<<"${themes[$name]}") s, median process CPU $(median <<<"${cpu[$name]}") s"
done
