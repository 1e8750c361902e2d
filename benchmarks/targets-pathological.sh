#!/usr/bin/env bash
# Issue 12's bound: `policylens targets` over 500 KB of pathological text (one sentence full of numbers, no full stop)
# must finish in seconds and write output bounded by a small multiple of its input (before: a 30 GB targets.csv).
# Prints time and output/input size for that text and, for comparison in the same run, for the 31 provincial 2026
# reports concatenated (real text of about the same size). Needs nothing beyond the checkout and ../shared.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-targets-bench
mkdir -p "$work"

# One sentence of 500 KB: headline targets and counts chained by 、 and ， with no full stop.
python3 - "$work/pathological.txt" <<'PY'
import sys
unit = "地区生产总值增长5%左右、新建200个智能车间，城镇新增就业110万人以上、粮食产量1300亿斤，"
text = "主要预期目标是：" + unit * (500_000 // len(unit))
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY
cat "$shared"/corpus/provincial/*_2026.txt > "$work/provincial-2026.txt"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
cli="dotnet $root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
for input in "$work/pathological.txt" "$work/provincial-2026.txt"; do
  start=$(date +%s.%N)
  $cli targets "$input" > "$work/out.csv"
  end=$(date +%s.%N)
  in_bytes=$(stat -c %s "$input"); out_bytes=$(stat -c %s "$work/out.csv"); rows=$(($(wc -l < "$work/out.csv") - 1))
  python3 -c "import sys; i,o,r,t=map(float,sys.argv[1:5]); print(f'{sys.argv[5]}: {i/1e3:.0f} KB in, {r:.0f} rows, {o/1e3:.0f} KB out ({o/i:.1f}x input), {t:.2f} s')" \
    "$in_bytes" "$out_bytes" "$rows" "$(echo "$end - $start" | bc)" "$(basename "$input")"
done
