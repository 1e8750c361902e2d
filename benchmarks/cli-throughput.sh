#!/usr/bin/env bash
# The user's view: `policylens tokenize --format lines` on a 19 MB file, the whole process pinned to one core,
# against jieba-rs (through @node-rs/jieba on Node.js) and jieba.NET 0.42.2 doing the same job.
# Needs ../shared beside the checkout, node/npm, hyperfine (apt-get install hyperfine) and taskset.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
input=${TMPDIR:-/tmp}/policylens-19mb.txt

# The input: the GWR and congress reports and the SIGHAN pku/msr test texts, repeated to 19 MB and cut at a line end.
if [ ! -s "$input" ]; then
  parts=("$shared"/corpus/gwr/*.txt "$shared"/corpus/cpc-congress/*.txt "$shared"/corpus/icwb2/testing/pku_test.utf8 "$shared"/corpus/icwb2/testing/msr_test.utf8)
  (set +o pipefail; for _ in 1 2 3 4; do cat "${parts[@]}"; done | head -c 19000000 | sed '$d') > "$input.tmp"
  mv "$input.tmp" "$input"
fi
echo "input: $input, $(stat -c %s "$input") bytes"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$root/benchmarks/PolicyLens.Benchmarks" -c Release -v q -nologo >/dev/null
(cd "$here/compare" && npm install --no-audit --no-fund --silent)

policylens="dotnet $root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll tokenize --format lines $input"
jiebars="node $here/compare/jieba-rs-lines.js $input"
jiebanet="dotnet $root/benchmarks/PolicyLens.Benchmarks/bin/Release/net10.0/PolicyLens.Benchmarks.dll --jiebanet-lines $input"

hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "${TMPDIR:-/tmp}/policylens-cli-throughput.md" \
  -n PolicyLens "taskset -c 0 $policylens" \
  -n "jieba-rs (@node-rs/jieba 2.0.3)" "taskset -c 0 $jiebars" \
  -n "jieba.NET 0.42.2" "taskset -c 0 $jiebanet"
