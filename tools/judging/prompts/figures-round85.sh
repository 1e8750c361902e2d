#!/bin/sh
# Round 85 figures: as round 57's, with the fresh sets hidden too — since session 60 unseen26o (four more fresh Shenzhen
# reports), since session 62 unseen26p (four 海拉尔区 reports); unseen26n (session 54's), hidden from round 85 to round 101, is
# development text since session 61: only the aggregate split lines of unseen26e, unseen26m, unseen26o and unseen26p are printed, never a missed item or a judged row;
# heldout-r35 stays withheld. Run from your worktree root after a Release build.
UNSEEN_HIDDEN="unseen26e unseen26m unseen26o unseen26p" exec sh "$(dirname "$0")/figures-round36.sh" "$@"
