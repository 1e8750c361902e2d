#!/bin/sh
# Round 35 figures: round 36's filter with nothing withheld (unseen26e's detail lines removed, only its aggregate "split
# unseen26e-…" lines printed). Run from your worktree root after a Release build.
WITHHELD= exec sh "$(dirname "$0")/figures-round36.sh"
