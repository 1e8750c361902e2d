#!/usr/bin/env bash
# The whole analysis as a user runs it, whole process timed from outside:
#  1. ../shared/corpus/gwr + cpc-congress (about 1.4 M characters), on one core and on two: wall time and peak memory;
#  2. a generated corpus of at least 1 GB (those reports copied into many folders): peak memory stays bounded.
#     SIZE=200000000 makes it 200 MB instead (for a quicker check that memory stays flat); SKIP_1GB=1 leaves it out.
#     The resident size is sampled every 2 s and printed at each tenth of the run, so growth shows, not only the peak;
#     so is gen2's live part from the GC log (POLICYLENS_GC_LOG), which tells live data from the GC's headroom.
#     BASE=/path/to/another/checkout (already built in Release) runs its build on the generated corpus first, back to back.
#     SKIP_SMALL=1 leaves out part 1. AOT=path/to/PolicyLens.Cli (the Native AOT program, `dotnet publish src/PolicyLens.Cli
#     -c Release -r linux-x64 -o DIR`) runs it on the generated corpus after this checkout's build, back to back.
# Needs ../shared beside the checkout, hyperfine and GNU time (apt-get install hyperfine time), taskset.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-analyze-scale
mkdir -p "$work"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
cli="dotnet $root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"

corpus="$work/gwr-cpc"
mkdir -p "$corpus"
ln -sfn "$shared/corpus/gwr" "$corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$corpus/cpc-congress"

if [ "${SKIP_SMALL:-0}" != 1 ]; then
echo "== gwr + cpc-congress, one core vs two"
hyperfine --warmup 1 --runs "${RUNS:-5}" \
  -n "one core" "taskset -c 0 $cli analyze $corpus --out $work/out1 --threads 1" \
  -n "two cores" "taskset -c 0,1 $cli analyze $corpus --out $work/out2 --threads 2"
for cores in 0 0,1; do
  /usr/bin/time -f "cores $cores: %e s wall, %M KB peak resident" taskset -c $cores $cli analyze "$corpus" --out "$work/out-time" >/dev/null
done
fi

# Runs one analyze of the generated corpus under GNU time, sampling the process's resident size every 2 s; prints the
# samples at each tenth of the run and the load average before and after (the machine is shared: compare runs made
# back to back).
generated_run() {
  local name=$1 command=$2 samples="$work/rss-$1.txt"
  : > "$samples"
  echo "-- $name, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local gclog="$work/gc-$name.tsv"
  rm -f "$gclog"
  POLICYLENS_GC_LOG="$gclog" /usr/bin/time -f "$name: %e s wall, %U s user, %S s system, %M KB peak resident" $command analyze "$big" --out "$work/out-generated-$name" --formats parquet &
  local timer=$! pid=""
  while kill -0 $timer 2>/dev/null; do
    pid=${pid:-$(pgrep -P $timer | head -1 || true)}
    if [ -n "$pid" ]; then awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null >> "$samples" || true; fi
    sleep 2
  done
  wait $timer
  echo "$name: resident MB at each tenth of the run: $(awk '{v[NR]=$1} END {for (i=1; i<=10; i++) printf "%d ", v[int((NR*i+9)/10)]/1024}' "$samples")"
  # The GC log (POLICYLENS_GC_LOG, one line a second): gen2 less its free space after background collections, i.e. what
  # survives; growth there is live data, growth of the resident size alone is the GC's headroom.
  if [ -s "$gclog" ]; then
    echo "$name: gen2 live MB at each tenth: $(awk -F'\t' 'NR > 1 && $4 == 2 && $2 == "Background" {v[++n] = $14 - $17} END {for (i=1; i<=10 && n; i++) printf "%.1f ", v[int((n*i+9)/10)]}' "$gclog")"
  fi
  echo "-- load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ "${SKIP_1GB:-0}" != 1 ]; then
  size=${SIZE:-1073741824}
  echo "== generated corpus of at least $size bytes"
  big="$work/generated-$size"
  if [ ! -d "$big" ]; then
    mkdir -p "$big"
    i=0
    while [ "$(du -sLb "$big" 2>/dev/null | cut -f1 || echo 0)" -lt "$size" ]; do
      mkdir -p "$big/copy$(printf %04d $i)"
      cp -rL "$shared/corpus/gwr/." "$big/copy$(printf %04d $i)/"
      cp -rL "$shared/corpus/cpc-congress/." "$big/copy$(printf %04d $i)/"
      i=$((i+1))
    done
  fi
  echo "corpus: $(du -sb "$big" | cut -f1) bytes in $(find "$big" -name '*.txt' | wc -l) files"
  if [[ -n "${BASE:-}" ]]; then
    generated_run base "dotnet $BASE/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
  fi
  generated_run this "$cli"
  if [[ -n "${AOT:-}" ]]; then
    generated_run native "$AOT"
  fi
fi
