# Caches what the span proposer reads from the start build (issue 13, round 81): the jieba-exact words of every readable coded
# text (`policylens tokenize`, words joined by the literal delimiter $\x01) and the build's mentions (`policylens extract`).
# and what it misses over the readable coded sets (`policylens evaluate recall --missed`, the lists rule writers get).
# Usage (from the repository root, after a Release build): sh tools/proposer/prepare.sh [CLI.dll]
set -e
DLL=${1:-src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll}
CACHE=${PROPOSER_CACHE:-/tmp/proposer81}
G=tests/PolicyLens.Tests/Extraction/Slogans/Gold
mkdir -p $CACHE/tok $CACHE/ext
dotnet "$DLL" evaluate recall $G/formulas-unseen26d-*.tsv $G/formulas-unseen26f-*.tsv $G/formulas-unseen26h-*.tsv \
  $G/formulas-unseen26i-*.tsv $G/formulas-unseen26j-*.tsv $G/formulas-unseen26k-*.tsv $G/formulas-unseen26l-*.tsv \
  $G/formulas-unseen26-cpc*.tsv $G/formulas-unseen26-gd*.tsv $G/formulas-unseen26b-cpc*.tsv $G/formulas-unseen26b-gd*.tsv \
  $G/formulas-unseen26c-cpc*.tsv $G/formulas-unseen26c-gd*.tsv \
  --texts ../shared/corpus tests/PolicyLens.Tests/Data --missed > $CACHE/readable-missed.txt
/usr/bin/python3 -c "import sys; sys.path.insert(0, 'tools/lexicon'); import corpus_files; print('\n'.join(corpus_files.opened_unseen()))" > $CACHE/texts.txt
while read f; do
  n=$(basename "$f" .txt)
  dotnet "$DLL" tokenize -d '$\x01' "$f" > $CACHE/tok/$n.tok
  dotnet "$DLL" extract -f JsonLines "$f" > $CACHE/ext/$n.jsonl
done < $CACHE/texts.txt
