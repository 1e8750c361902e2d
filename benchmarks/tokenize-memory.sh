#!/usr/bin/env bash
# Peak memory of `policylens tokenize` on 200 MB, read from standard input and from a file, in both output formats:
# it must stay under 150 MB resident whatever the input size (issue 14). The input is the GWR corpus repeated to 200 MB.
# Also checks that standard input and the file give the same bytes out. Needs ../shared beside the checkout and GNU time
# (apt-get install time).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
size=${SIZE:-200000000}
input=${TMPDIR:-/tmp}/policylens-gwr-$size.txt

if [ ! -s "$input" ]; then
  reports=("$shared"/corpus/gwr/*.txt)
  : > "$input.tmp"
  while [ "$(stat -c %s "$input.tmp")" -lt "$size" ]; do cat "${reports[@]}" >> "$input.tmp"; done
  truncate -s "$size" "$input.tmp"
  sed -i '$d' "$input.tmp" # cut at a line end, not inside a character
  mv "$input.tmp" "$input"
fi
echo "input: $input, $(stat -c %s "$input") bytes"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
cli="dotnet $root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll"
out=${TMPDIR:-/tmp}/policylens-tokenize-memory
mkdir -p "$out"

for format in text lines; do
  /usr/bin/time -f "$format, standard input: %e s wall, %M KB peak resident" $cli tokenize --format $format - < "$input" > "$out/stdin.$format"
  /usr/bin/time -f "$format, file:           %e s wall, %M KB peak resident" $cli tokenize --format $format "$input" > "$out/file.$format"
  cmp "$out/stdin.$format" "$out/file.$format" && echo "$format: standard input and file give the same $(stat -c %s "$out/file.$format") bytes"
done
rm -rf "$out"
