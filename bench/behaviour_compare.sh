#!/usr/bin/env bash
# Compare two bench/behaviour_snapshot.sh folders: prints `identical: N files`, or each file that differs
# (timing lines of the scorers aside). usage: bash bench/behaviour_compare.sh BEFORE AFTER
set -u
rc=0
for f in $(cd "$1" && find . -type f | sort); do
  case "$f" in
    *.score) diff <(grep -v 'analysed in' "$1/$f") <(grep -v 'analysed in' "$2/$f") >/dev/null || { echo "DIFF $f"; rc=1; } ;;
    *) cmp -s "$1/$f" "$2/$f" || { echo "DIFF $f"; rc=1; } ;;
  esac
done
[ $rc = 0 ] && echo "identical: $(cd "$1" && find . -type f | wc -l) files"
exit $rc
