#!/bin/sh
# Round 34 figures: the same filter as round 33's (unseen26e, the validation set again, shows only its aggregate lines).
# Run from your worktree root after a Release build.
exec sh "$(dirname "$0")/figures-round33.sh"
