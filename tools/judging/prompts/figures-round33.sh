#!/bin/sh
# Round 33 figures: unseen26e's detail lines (missed items, not in gold, by report, precision rows) removed, only its
# aggregate "split unseen26e-…" lines printed. The filter lives in figures-round35.sh (the same filter, which since round 35
# also reads a failing test's [xUnit.net …]-prefixed lines). Run from your worktree root after a Release build.
exec sh "$(dirname "$0")/figures-round35.sh"
