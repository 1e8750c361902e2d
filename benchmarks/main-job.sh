#!/usr/bin/env bash
# The main job against the segmenters, whole process, in one hyperfine run so that only ratios within it are compared:
#   policylens analyze of ../shared/corpus/gwr + cpc-congress (every table, every format)
#   policylens tokenize --format lines of the same text (the tokenizer alone: the speed the job should approach)
#   Python jieba 0.42.1 (Debian's python3-jieba) cutting the same text, accurate mode with the HMM, one token a line
#   jieba-rs (@node-rs/jieba, benchmarks/compare/) doing the same
#   policylens analyze of the sample page (samples/hengyang-2020-01-10.txt: 5 KB, so nearly all start-up; issue 14: < 0.6 s)
# on two cores (taskset -c 0,1) and on one (taskset -c 0). Issue 14 asks analyze to be 5x faster than Python jieba on
# two cores and 3x on one. BASE=path/to/an/older/PolicyLens.Cli.dll adds that build's analyze and sample page to the
# same run (a copy of another checkout's bin/Release/net10.0), for before/after ratios. AOT=path/to/PolicyLens.Cli (the
# Native AOT program: `dotnet publish src/PolicyLens.Cli -c Release -r linux-x64 -o DIR` on linux-x64, DIR/PolicyLens.Cli) adds its
# analyze and sample page to the same run, beside the framework-dependent build's (and, where the x86-64-v3 program is
# beside it, the portable program's analyze with POLICYLENS_NATIVE_CPU=baseline). hyperfine's JSON export
# (main-job-cores-*.json) has the user and system CPU times too, steadier than wall times on a shared machine.
# Needs ../shared beside the checkout, hyperfine, python3-jieba, node/npm and taskset
# (apt-get install -y hyperfine python3-jieba nodejs npm). RUNS=5 by default; the tables go to $TMPDIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-main-job
mkdir -p "$work"

corpus="$work/gwr-cpc"
mkdir -p "$corpus"
ln -sfn "$shared/corpus/gwr" "$corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$corpus/cpc-congress"
# The same text for the segmenters: every file analyze reads, one after the other.
text="$work/gwr-cpc.txt"
find -L "$corpus" -name '*.txt' | LC_ALL=C sort | xargs cat > "$text"
echo "text: $(find -L "$corpus" -name '*.txt' | wc -l) files, $(stat -c %s "$text") bytes"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
(cd "$here/compare" && npm install --no-audit --no-fund --silent)
cli="dotnet $root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
python=/usr/bin/python3 # Debian's, where python3-jieba is installed
jieba_py="import sys, jieba; jieba.setLogLevel(60); t = open(sys.argv[1], encoding='utf-8', newline='').read(); sys.stdout.write(''.join(w + '\n' for w in jieba.cut(t, HMM=True)))"
"$python" -c "$jieba_py" "$text" > /dev/null # builds jieba's dictionary cache once, outside the timing

sample="$root/samples/hengyang-2020-01-10.txt"
for cores in 0,1 0; do
  echo "== taskset -c $cores"
  base=()
  if [ -n "${BASE:-}" ]; then
    base=(-n "policylens analyze (BASE)" "taskset -c $cores dotnet $BASE analyze $corpus --out $work/out-base"
          -n "the sample page (BASE)" "taskset -c $cores dotnet $BASE analyze $sample --out $work/out-sample-base")
  fi
  aot=()
  if [ -n "${AOT:-}" ]; then
    aot=(-n "policylens analyze (AOT)" "taskset -c $cores $AOT analyze $corpus --out $work/out-aot"
         -n "the sample page (AOT)" "taskset -c $cores $AOT analyze $sample --out $work/out-sample-aot")
    # The native program hands over to PolicyLens.Cli.x86-64-v3 beside it where the CPU has it (src/PolicyLens.Cli/NativeCpu.cs):
    # then the portable x86-64-v2 program's analyze too, for the ratio between them.
    if [ -x "$(dirname "$(readlink -f "$AOT")")/PolicyLens.Cli.x86-64-v3" ]; then
      aot+=(-n "policylens analyze (AOT, portable x86-64-v2)" "taskset -c $cores env POLICYLENS_NATIVE_CPU=baseline $AOT analyze $corpus --out $work/out-aot-v2")
    fi
  fi
  hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$work/main-job-cores-$cores.md" --export-json "$work/main-job-cores-$cores.json" \
    "${base[@]}" "${aot[@]}" \
    -n "policylens analyze" "taskset -c $cores $cli analyze $corpus --out $work/out" \
    -n "the sample page" "taskset -c $cores $cli analyze $sample --out $work/out-sample" \
    -n "policylens tokenize" "taskset -c $cores $cli tokenize --format lines $text" \
    -n "Python jieba 0.42.1" "taskset -c $cores $python -c \"$jieba_py\" $text" \
    -n "jieba-rs (@node-rs/jieba 2.0.3)" "taskset -c $cores node $here/compare/jieba-rs-lines.js $text"
done
