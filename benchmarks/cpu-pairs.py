#!/usr/bin/env python3
# CPU (user + system) and wall time of whole commands, run in alternating order (A B, B A, A B, …) so that a change in
# the machine's load falls on both alike; prints each command's median, mean and minimum and, for two commands, the
# median of the paired differences (CPU first, then wall). For before/after on the shared, noisy machine (issue 14), where a lone wall time says little:
#   benchmarks/cpu-pairs.py 12 "taskset -c 0,1 dotnet BASE/PolicyLens.Cli.dll analyze DIR --out $TMPDIR/a" \
#                              "taskset -c 0,1 dotnet NEW/PolicyLens.Cli.dll analyze DIR --out $TMPDIR/b"
# The first argument is the number of rounds; each command also runs once first, untimed. Any command may be given.
import os
import statistics
import subprocess
import sys
import time


def cpu_seconds(command):
    """CPU seconds and wall seconds of one run."""
    start = time.monotonic()
    child = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"failed ({status}): {command}")
    return usage.ru_utime + usage.ru_stime, wall


def main():
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    times = [[] for _ in commands]
    walls = [[] for _ in commands]
    for command in commands:
        cpu_seconds(command)
    for i in range(rounds):
        order = range(len(commands)) if i % 2 == 0 else reversed(range(len(commands)))
        for k in order:
            cpu, wall = cpu_seconds(commands[k])
            times[k].append(cpu)
            walls[k].append(wall)
    print("load average", " ".join(open("/proc/loadavg").read().split()[:3]))
    for command, t, w in zip(commands, times, walls):
        print(f"CPU median {statistics.median(t):.3f} s  mean {statistics.mean(t):.3f} s  min {min(t):.3f} s; "
              f"wall median {statistics.median(w):.3f} s  min {min(w):.3f} s  {command}")
    if len(commands) == 2:
        for name, series in (("CPU", times), ("wall", walls)):
            paired = [b - a for a, b in zip(*series)]
            print(f"{name}: second minus first, paired: median {statistics.median(paired):+.3f} s, mean {statistics.mean(paired):+.3f} s")


if __name__ == "__main__":
    main()
