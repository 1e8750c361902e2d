#!/bin/sh
# Round 38 figures (the filter of rounds 33–37: heldout-r35 withheld, it measures the round unread; unseen26h opened for round 38, so its detail lines print). WITHHELD names the
# split withheld (default heldout-r35; empty for round 35's filter, which figures-round35.sh runs). Unseen26e's detail lines (missed items, not in gold, by report,
# precision rows) removed, only its aggregate "split unseen26e-…" lines printed. Run from your worktree root after a Release build.
export WITHHELD="${WITHHELD-heldout-r35}"
dotnet test tests/PolicyLens.Tests -c Release --no-build --filter "FullyQualifiedName~FormulaGoldTests|FullyQualifiedName~JudgedMentionTests" --logger "console;verbosity=detailed" 2>&1 | python3 -c '
import os
import re
import sys
withheld = os.environ.get("WITHHELD", "")
hide = False
for line in sys.stdin:
    # A failing test prints its output again under "[xUnit.net hh:mm:ss.ss]" prefixes: read such a line without its prefix.
    line = re.sub(r"^\[xUnit\.net [0-9:.]+\] ?", "", line)
    s = line.strip()
    if s.startswith("split "):
        held = bool(withheld) and s.startswith("split " + withheld)
        hide = s.startswith("split unseen26e") or held
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
    if "unseen26e" in line and not s.startswith("split ") and "mentions-unseen26e-judged.tsv:" not in line:
        continue
    print(line, end="")
'
