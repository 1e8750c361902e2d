#!/bin/sh
# Round 85 figures: as round 57's, with unseen26n (session 54's fresh Shenzhen set) hidden too: only the aggregate split lines
# of unseen26e, unseen26m and unseen26n are printed, never a missed item or a judged row; heldout-r35 stays withheld. Run from
# your worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26m unseen26n" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
