# Caches what the span proposer reads from the start build (issue 13, round 81): the jieba-exact words of every readable coded
# text (`policylens tokenize`, words joined by the literal delimiter $\x01) and the build's mentions (`policylens extract`).
# Usage (from the worktree root): sh tools/proposer/prepare.sh /tmp/base81/PolicyLens.Cli.dll
set -e
DLL=${1:-/tmp/base81/PolicyLens.Cli.dll}
CACHE=/tmp/proposer81
mkdir -p $CACHE/tok $CACHE/ext
/usr/bin/python3 -c "import sys; sys.path.insert(0, 'tools/lexicon'); import corpus_files; print('\n'.join(corpus_files.opened_unseen()))" > $CACHE/texts.txt
while read f; do
  n=$(basename "$f" .txt)
  dotnet "$DLL" tokenize -d '$\x01' "$f" > $CACHE/tok/$n.tok
  dotnet "$DLL" extract -f JsonLines "$f" > $CACHE/ext/$n.jsonl
done < $CACHE/texts.txt
