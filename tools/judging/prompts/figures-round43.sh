#!/bin/sh
# Round 43 figures: the filter of figures-round36.sh with unseen26i hidden like unseen26e (unseen26i, fetched and coded in
# round 43, is the unseen set now: writers read only its aggregate split lines and its judged file's summary line);
# heldout-r35 stays withheld. Run from your worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26i" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
