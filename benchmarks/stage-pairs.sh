#!/usr/bin/env bash
# analyze's per-document stages (analyze --timings: reading, targets, mentions, themes, summed over threads) and the
# process's CPU time for two builds of the CLI, alternating (A B, B A, …) so that a change in the shared machine's load
# falls on both alike; prints every run, then each build's medians:
#   benchmarks/stage-pairs.sh BEFORE/PolicyLens.Cli.dll AFTER/PolicyLens.Cli.dll
# on ../shared/corpus/gwr + cpc-congress (4.3 MB, the corpus of issue 14's figures). RUNS=5 by default; tables go to $TMPDIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${POLICYLENS_SHARED:-$here/../../shared}
work=${TMPDIR:-/tmp}/policylens-stage-pairs
mkdir -p "$work/corpus"
ln -sfn "$shared/corpus/gwr" "$work/corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$work/corpus/cpc-congress"
stages="reading targets mentions themes"
declare -A values
for i in $(seq "${RUNS:-5}"); do
  order="before after"; [ $((i % 2)) -eq 0 ] && order="after before"
  for name in $order; do
    dll=$1; [ "$name" = after ] && dll=$2
    out=$( { /usr/bin/time -f "cpu %U %S" dotnet "$dll" analyze "$work/corpus" --out "$work/$name" --timings; } 2>&1 )
    line="$name run $i:"
    for s in $stages; do
      t=$(awk -v s="$s" '$1==s{print $2}' <<<"$out"); values[$name.$s]+="$t "; line+=" $s $t s,"
    done
    c=$(awk '$1=="cpu"{printf "%.3f", $2+$3}' <<<"$out"); values[$name.cpu]+="$c "
    echo "$line process CPU $c s"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for name in before after; do
  line="$name medians:"
  for s in $stages cpu; do line+=" $s $(median <<<"${values[$name.$s]}")"; done
  echo "$line"
done
