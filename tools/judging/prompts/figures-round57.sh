#!/bin/sh
# Round 57 figures: unseen26k is opened (development text since round 57 of session 42); unseen26e's and unseen26m's detail
# lines stay hidden (only their aggregate split lines printed) and heldout-r35 stays withheld. Run from your worktree root
# after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26m" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
