#!/bin/sh
# Round 44 figures: unseen26i is opened for round 44 (its detail lines are printed like every opened set's); unseen26e's
# detail lines stay hidden (only its aggregate split lines printed) and heldout-r35 stays withheld. Run from your worktree
# root after a Release build.
UNSEEN_HIDDEN="unseen26e" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
