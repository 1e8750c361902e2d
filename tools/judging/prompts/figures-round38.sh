#!/bin/sh
# Round 38 figures: the filter of figures-round36.sh unchanged (heldout-r35 withheld, it measures the round unread; unseen26e's
# detail lines removed). unseen26h, opened for round 38, prints its detail lines like every opened set. Run from your worktree
# root after a Release build.
exec sh "$(dirname "$0")/figures-round36.sh" "$@"
