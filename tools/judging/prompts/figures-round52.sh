#!/bin/sh
# Round 52 figures: unseen26l is opened (development text since session 40); unseen26e's and unseen26k's detail lines stay
# hidden (only their aggregate split lines printed: they measure round 52 unread) and heldout-r35 stays withheld. Run from your
# worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26k" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
