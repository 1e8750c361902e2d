#!/usr/bin/env bash
# The Native AOT program against the framework-dependent build: every command's output, byte for byte (issue 14).
#   benchmarks/aot-compare.sh [AOT]   AOT: the native program (default: published here, to $TMPDIR/policylens-aot)
# Runs each command with both builds and compares standard output, standard error (the usage lines of --help name the
# executable, so the name is normalised there), the exit code and every file written:
#   analyze of ../shared/corpus/gwr + cpc-congress (a folder of symlinks, as main-job.sh), default and --sentence-text,
#   and of the sample page; merge of two shards; report; extract, targets, themes (every classifier table, validate,
#   crosswalk), tokenize (every format), corpus inspect, session, discover, lexicon check/first/diff/merge; the
#   ML.NET commands (themes train, themes --table topics), which the native program refuses with one line.
# Prints one line per comparison and "N differ" at the end; exit 1 if any differs. Needs ../shared beside the checkout.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-aot-compare
rm -rf "$work"; mkdir -p "$work"
cd "$root"

dotnet build src/PolicyLens.Cli -c Release -v q -nologo >/dev/null || exit 2
jit=(dotnet "$root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll")
aot=${1:-}
if [ -z "$aot" ]; then
  aot="${TMPDIR:-/tmp}/policylens-aot/PolicyLens.Cli"
  dotnet publish src/PolicyLens.Cli -c Release -r linux-x64 -o "$(dirname "$aot")" -v q -nologo >/dev/null || exit 2
fi

corpus="$work/gwr-cpc"
mkdir -p "$corpus"
ln -sfn "$shared/corpus/gwr" "$corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$corpus/cpc-congress"
sample=samples/hengyang-2020-01-10.txt
text="$work/gwr-cpc.txt"
find -L "$corpus" -name '*.txt' | LC_ALL=C sort | xargs cat > "$text"
lexicon=src/PolicyLens/Extraction/Slogans/lexicon.tsv
# A small gold file for `themes validate` from the sample page's sentences (its own classifier's themes, every fifth wrong).
printf 'file\tstart\tend\ttheme\tsentence\n' > "$work/gold.tsv"
"${jit[@]}" themes "$sample" --table sentences | awk -F, 'NR > 1 && NR < 40 { print "hengyang-2020-01-10.txt\t" $3 "\t" $4 "\t" (NR % 5 ? $7 : "none") "\t" $13 }' >> "$work/gold.tsv"

differ=0
# run NAME ARGS...: the command with both builds; {OUT} in ARGS is an output path of each build's own.
run() {
  local name=$1; shift
  local build
  for build in jit aot; do
    local dir="$work/$build/$name"
    mkdir -p "$dir/out"
    local args=("${@//\{OUT\}/$dir/out}")
    if [ $build = jit ]; then "${jit[@]}" "${args[@]}" > "$dir/stdout" 2> "$dir/stderr"; else "$aot" "${args[@]}" > "$dir/stdout" 2> "$dir/stderr"; fi
    echo $? > "$dir/exit"
    # What differs between any two runs (the output folder's path, the seconds taken, the manifest's run id and time) or
    # names the executable (the usage lines of --help) is normalised; everything else must be the same bytes.
    sed -i -E -e "s#$dir/out#OUT#g" -e 's/^  PolicyLens(\.Cli)? /  policylens /' \
      -e 's/[0-9.,]+ s\b/N s/g' -e 's/[0-9,]+ characters\/s/N characters\/s/g' "$dir/stdout" "$dir/stderr"
    # (a normalised copy of the manifest: merge and report read the folders afterwards)
    [ -f "$dir/out/datapackage.json" ] && sed -E 's/"(run_id|created)": "[^"]*"/"\1": "RUN"/' "$dir/out/datapackage.json" > "$dir/datapackage.normalised"
  done
  if diff -r -q -x datapackage.json "$work/jit/$name" "$work/aot/$name" > "$work/$name.diff"; then
    echo "same     $name ($(find "$work/jit/$name/out" -type f | wc -l) files, exit $(cat "$work/jit/$name/exit"))"
  else
    echo "DIFFERS  $name: $(tr '\n' ' ' < "$work/$name.diff" | cut -c1-400)"
    differ=$((differ + 1))
  fi
}

run analyze analyze "$corpus" --out {OUT}
run analyze-sentence-text analyze "$corpus" --sentence-text --out {OUT}
run analyze-sample analyze "$sample" --out {OUT} --formats csv,json,jsonl,parquet --report
run analyze-threads1 analyze "$sample" --threads 1 --group-by doc --out {OUT}
run shard0 analyze "$corpus" --shard 0/2 --formats csv,parquet --out {OUT}
run shard1 analyze "$corpus" --shard 1/2 --formats csv,parquet --out {OUT}
run merge merge "$work/jit/shard0/out" "$work/jit/shard1/out" --formats csv,parquet --out {OUT}
run report report "$work/jit/analyze/out" --corpus "$corpus" --out {OUT}/report.html
run extract extract "$corpus"
run targets targets "$corpus"
run themes themes "$corpus"
run themes-entropy themes "$corpus" --table entropy --group-by session
run themes-sentences themes "$corpus" --table sentences
run themes-validate themes "$sample" validate "$work/gold.tsv"
run themes-crosswalk themes crosswalk
run tokenize tokenize "$sample"
run tokenize-lines tokenize --format lines "$text"
run corpus-inspect corpus inspect "$corpus" --format csv
run session session 中国共产党第二十届中央委员会第三次全体会议
run discover discover "$corpus"
run lexicon-check lexicon check --corpus "$shared/corpus/gwr" --corpus "$shared/corpus/cpc-congress"
run lexicon-first lexicon first "$shared/corpus/gwr" "$shared/corpus/cpc-congress"
run lexicon-diff lexicon diff built-in "$lexicon"
run lexicon-merge lexicon merge "$lexicon"
run help --help
run analyze-help analyze --help
run bad-option analyze --no-such-option
run missing-file tokenize "$work/no-such-file.txt"
echo "$differ differ"
# The ML.NET commands: the framework-dependent build runs them; the native program must refuse them in one line.
for cmd in "themes train $sample --out $work/model.bin --held-out 0" "themes $sample --table topics"; do
  # shellcheck disable=SC2086
  "$aot" $cmd > "$work/mlnet.out" 2> "$work/mlnet.err"
  echo "native: $cmd -> exit $?: $(cat "$work/mlnet.err")"
done
[ "$differ" -eq 0 ]
