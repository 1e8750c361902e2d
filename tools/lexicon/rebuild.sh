#!/bin/sh
# Rebuilds the shipped lexicon from tools/lexicon/curated: a first build without first appearances, then
# `policylens lexicon first` over the national corpus computes them, then the final build records them.
# Run from the repository root: sh tools/lexicon/rebuild.sh
set -e
CLI="dotnet src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
python3 tools/lexicon/build_lexicon.py
dotnet build src/PolicyLens.Cli -c Release -v q -nologo > /dev/null
$CLI lexicon first ../shared/corpus/gwr ../shared/corpus/cpc-congress > "${TMPDIR:-/tmp}/policylens-firsts.tsv"
python3 tools/lexicon/build_lexicon.py "${TMPDIR:-/tmp}/policylens-firsts.tsv"
dotnet build src/PolicyLens.Cli -c Release -v q -nologo > /dev/null
$CLI lexicon check --corpus ../shared/corpus/gwr ../shared/corpus/cpc-congress
