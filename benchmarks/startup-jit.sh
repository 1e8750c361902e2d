#!/usr/bin/env bash
# What start-up costs, whole process (issue 14): for `analyze` of the sample page and of ../shared/corpus/gwr + cpc-congress,
#   - the methods the JIT compiles (DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary=1: one line a method, with its tier;
#     the count does not depend on the load of the machine, unlike the times),
#   - the assemblies opened (strace), to check that a command loads nothing it does not use,
#   - the CPU time (user + system) and wall time, one hyperfine run on one core (taskset -c 0).
# BASE=path/to/an/older/PolicyLens.Cli.dll adds that build to every line, for before/after. RUNS=5 by default.
# Needs ../shared beside the checkout, hyperfine, strace and taskset (apt-get install -y hyperfine strace).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${POLICYLENS_SHARED:-$root/../shared}
work=${TMPDIR:-/tmp}/policylens-startup-jit
mkdir -p "$work"
corpus="$work/gwr-cpc"
mkdir -p "$corpus"
ln -sfn "$shared/corpus/gwr" "$corpus/gwr"
ln -sfn "$shared/corpus/cpc-congress" "$corpus/cpc-congress"
sample="$root/samples/hengyang-2020-01-10.txt"

dotnet build "$root/src/PolicyLens.Cli" -c Release -v q -nologo >/dev/null
builds=("this=$root/src/PolicyLens.Cli/bin/Release/net10.0/PolicyLens.Cli.dll")
if [ -n "${BASE:-}" ]; then builds=("base=$BASE" "${builds[@]}"); fi

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-12s %8s %8s %8s %8s\n' build input jitted tier0 tier1 assemblies
runs=()
for build in "${builds[@]}"; do
  name=${build%%=*}; dll=${build#*=}
  for input in sample gwr-cpc; do
    path=$sample; [ "$input" = gwr-cpc ] && path=$corpus
    rm -f "$work/jit.txt"
    DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1 dotnet "$dll" analyze "$path" --out "$work/out-$name" >/dev/null 2>&1
    strace -f -e trace=openat -o "$work/strace.txt" dotnet "$dll" analyze "$path" --out "$work/out-$name" >/dev/null 2>&1
    printf '%-6s %-12s %8d %8d %8d %8d\n' "$name" "$input" "$(grep -c 'JIT compiled' "$work/jit.txt")" \
      "$(grep -c 'Tier0' "$work/jit.txt")" "$(grep -c 'Tier1' "$work/jit.txt")" \
      "$(grep -v ENOENT "$work/strace.txt" | grep -o '[A-Za-z0-9.]*\.dll"' | sort -u | wc -l)"
    runs+=(-n "$name: analyze $input" "taskset -c 0 dotnet $dll analyze $path --out $work/out-$name")
  done
done
hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-json "$work/startup-jit.json" "${runs[@]}" >/dev/null
python3 - "$work/startup-jit.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))['results']:
    print(f"{r['command']:<24} wall {r['mean']:.3f} s (min {min(r['times']):.3f})  CPU {r['user'] + r['system']:.3f} s")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
