#!/bin/sh
# Round 50 figures: unseen26e's, unseen26k's and unseen26l's detail lines stay hidden (only their aggregate split lines printed:
# unseen26k and unseen26l measure round 50 unread) and heldout-r35 stays withheld. Run from your worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26k unseen26l" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
