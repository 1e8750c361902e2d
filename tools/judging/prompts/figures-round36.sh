#!/bin/sh
# (figures-round43.sh runs this filter with UNSEEN_HIDDEN="unseen26e unseen26i": the detail lines of every set named there are
# removed, only their aggregate split lines printed.)
# Round 36 figures (the filter of rounds 33–35, and heldout-r35 withheld: it measures round 36 unread). WITHHELD names the
# split withheld (default heldout-r35; empty for round 35's filter, which figures-round35.sh runs). Unseen26e's detail lines (missed items, not in gold, by report,
# precision rows) removed, only its aggregate "split unseen26e-…" lines printed. Run from your worktree root after a Release build.
export WITHHELD="${WITHHELD-heldout-r35}"
export UNSEEN_HIDDEN="${UNSEEN_HIDDEN-unseen26e}"
dotnet test tests/PolicyLens.Tests -c Release --no-build --filter "FullyQualifiedName~FormulaGoldTests|FullyQualifiedName~JudgedMentionTests" --logger "console;verbosity=detailed" 2>&1 | python3 -c '
import os
import re
import sys
withheld = os.environ.get("WITHHELD", "")
hidden = os.environ.get("UNSEEN_HIDDEN", "unseen26e").split()
hide = False
for line in sys.stdin:
    # A failing test prints its output again under "[xUnit.net hh:mm:ss.ss]" prefixes: read such a line without its prefix.
    line = re.sub(r"^\[xUnit\.net [0-9:.]+\] ?", "", line)
    s = line.strip()
    if s.startswith("split "):
        held = bool(withheld) and s.startswith("split " + withheld)
        hide = any(s.startswith("split " + h) for h in hidden) or held
        if held:
            if not getattr(sys, "_withheld_said", False):
                print("split " + withheld + "-*: withheld by the lead (no new texts could be found, so it measures this round unread); validate on the others")
                sys._withheld_said = True
            continue
        print(line, end="")
        continue
    if hide and line.startswith("   "):
        continue
    hide = False
    if withheld and withheld in line:
        continue
    if any(h in line and not s.startswith("split ") and "mentions-" + h + "-judged.tsv:" not in line for h in hidden):
        continue
    print(line, end="")
'
