#!/bin/sh
# Round 56 figures: as round 52's, and unseen26m (four Shenzhen district reports fetched and coded in session 42, unread) is
# hidden as well: only its aggregate split lines are printed. Run from your worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26k unseen26m" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
