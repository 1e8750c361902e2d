#!/bin/sh
# Round 49 figures: unseen26j (Shenzhen) is opened for round 49 (its detail lines are printed like every opened set's);
# unseen26e's and unseen26k's detail lines stay hidden (only their aggregate split lines printed: unseen26k measures round 49
# unread) and heldout-r35 stays withheld. Run from your worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26k" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
