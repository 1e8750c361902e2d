#!/usr/bin/env bash
# What the per-sentence table costs analyze (issue 15: no more than 10 % of analyze's time), whole process, in one
# hyperfine run so that only the ratio within it is compared:
#   policylens analyze of ../shared/corpus/gwr + cpc-congress (4.3 MB, every table, every format)
#   the same with --no-sentences (the sentences table written empty; the themes are still classified, the shares and
#   entropy are the same)
#   the same with --sentence-text (the sentences table with its text column, as before round 16; the default leaves it out)
# The difference is everything only the table needs: section lookup, source offsets, the sentence text, and writing the
# rows as CSV, JSON and Parquet. Needs ../shared beside the checkout and hyperfine. RUNS=10 by default; tables go to $TMPDIR.
# BASE=/path/to/another/checkout (already built in Release) adds its two commands to the same run, to compare a change
# with its base on equal terms; BASE_CLI=/path/to/PolicyLens.Cli.dll does the same with a copy of a build's output folder
# (cp -r src/PolicyLens.Cli/bin/Release/net10.0 somewhere before the change).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-sentence-table
mkdir -p "$work/corpus"
ln -sfn "$shared/corpus/gwr" "$work/corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$work/corpus/cpc-congress"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
cli="dotnet $root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
base=()
if [[ -n "${BASE:-}" || -n "${BASE_CLI:-}" ]]; then
  basecli="dotnet ${BASE_CLI:-$BASE/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll}"
  base=(-n "base: analyze (with the sentences table)" "$basecli analyze $work/corpus --out $work/base-with"
        -n "base: analyze --no-sentences" "$basecli analyze $work/corpus --out $work/base-without --no-sentences")
fi
hyperfine --warmup 1 --runs "${RUNS:-10}" --export-markdown "$work/sentence-table.md" \
  -n "analyze (with the sentences table)" "$cli analyze $work/corpus --out $work/with" \
  -n "analyze --sentence-text" "$cli analyze $work/corpus --out $work/with-text --sentence-text" \
  -n "analyze --no-sentences" "$cli analyze $work/corpus --out $work/without --no-sentences" "${base[@]}"
wc -l "$work/with/sentences.csv" "$work/without/sentences.csv"
