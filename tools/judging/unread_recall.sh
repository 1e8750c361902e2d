#!/bin/sh
# Recall on the coded texts no rule writer reads (issue 13): the pooled lines only (all, its binomial and by-text bootstrap
# intervals), never a missed item, so the lead can measure a round without reading the unread gold. Default sets: every coded
# unread set, as readable_wrong.UNREAD_CODED_SETS lists them: since session 61 the 32 texts heldout r21adj, r34, r35,
# unseen26e and unseen26m (the 28 of session 43) and unseen26o (four more of session 60). unseen26p (four 海拉尔区
# reports, measured in session 62) is development text since session 63, and unseen26q (four reports of the same district,
# 2012–2015, fetched in session 63) and unseen26r (four local texts of 丽水, 六盘水, 恩施 and 包头) and unseen26s (four reports of 沈阳, 乌鲁木齐,
# 晋城 and 三亚), both fetched in session 64, unseen26t (梧州, 甘孜, 南京, 长沙; session 65) and unseen26v (青岛, 吉林市, 银川, 抚州; session 66) are unread: the default is 52 texts, the 32 of session 61 are the first six sets, named. unseen26n (four more of session 54,
# measured to session 60) is development text since session 61: the 32 texts of sessions 54–60 are the first five sets and
# unseen26n, named.
# Run from the repository root:
#   sh tools/judging/unread_recall.sh CLI.dll [SET ...]
D=$1; shift
G=tests/PolicyLens.Tests/Extraction/Slogans/Gold
SETS=${*:-$(cd "$(dirname "$0")" && python3 -c 'from readable_wrong import UNREAD_CODED_SETS; print(" ".join(UNREAD_CODED_SETS))')}
F=""
for s in $SETS; do F="$F $(ls $G/formulas-$s-*.tsv)"; done
dotnet "$D" evaluate recall $F --texts ../shared/corpus tests/PolicyLens.Tests/Data | grep -E "^all"
