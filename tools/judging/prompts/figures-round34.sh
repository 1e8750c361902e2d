#!/bin/sh
# Round 34 figures: the same filter as rounds 33 and 35 (unseen26e, the validation set again, shows only its aggregate lines).
# Run from your worktree root after a Release build.
exec sh "$(dirname "$0")/figures-round35.sh"
