#!/bin/sh
# Inputs that used to take time out of proportion to their size (issue 14), timed whole-process with the CLI:
#   1. 2.4 MB of repeated opening quotation marks (quoted-text scanning);
#   2. one paragraph of 16 MB and of 32 MB (the 2019 Government Work Report, line breaks removed, repeated);
#   3. a 100,000-entry user lexicon (the loader), applied to a one-line text.
# Run from the repository root after `dotnet build src/PolicyLens.Cli -c Release`: sh benchmarks/slogans-linear.sh
# With BASE=path/to/an/older/PolicyLens.Cli.dll the same inputs (but the 32 MB one) also run through that build, in
# the same run, so that the ratio can be read off on a noisy machine.
set -e
CLI="dotnet src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
python3 - "$DIR" <<'PY'
import sys, os
d = sys.argv[1]
open(os.path.join(d, "quotes.txt"), "w", encoding="utf-8").write("“" * (2_400_000 // 3))
para = open("../shared/corpus/gwr/2019.txt", encoding="utf-8").read().replace("\n", "")
for mb in (16, 32):
    target = mb * 1_000_000
    reps = target // len(para.encode("utf-8")) + 1
    open(os.path.join(d, f"para{mb}.txt"), "w", encoding="utf-8").write((para * reps)[: target // 3])
with open(os.path.join(d, "big.tsv"), "w", encoding="utf-8") as f:
    for i in range(100_000):
        f.write(f"本地提法{i}号工程\teconomy\n")
open(os.path.join(d, "one.txt"), "w", encoding="utf-8").write("推进本地提法99999号工程建设，稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。")
PY
run() { label=$1; shift; /usr/bin/time -f "$label\t%e s\t%M KB" "$@" > /dev/null; }
run "extract 2.4 MB of “" $CLI extract "$DIR/quotes.txt"
run "extract 16 MB paragraph" $CLI extract "$DIR/para16.txt"
run "extract 32 MB paragraph" $CLI extract "$DIR/para32.txt"
run "extract with a 100,000-entry lexicon" $CLI extract "$DIR/one.txt" --lexicon "$DIR/big.tsv"
run "extract without a user lexicon" $CLI extract "$DIR/one.txt"
if [ -n "$BASE" ]; then
  run "BASE extract 2.4 MB of “" dotnet "$BASE" extract "$DIR/quotes.txt"
  run "BASE extract 16 MB paragraph" dotnet "$BASE" extract "$DIR/para16.txt"
  run "BASE extract with a 100,000-entry lexicon" dotnet "$BASE" extract "$DIR/one.txt" --lexicon "$DIR/big.tsv"
fi
