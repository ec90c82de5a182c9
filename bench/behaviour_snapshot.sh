#!/usr/bin/env bash
# The outputs a refactor must not change, saved to OUTDIR: `reader align` (json, text, md) and `reader quotes`
# on the bundled pair, `reader export --all`, `reader batch` on DEplain dev, and the quote analysis of every
# PolNeAR dev and train article (bench/polnear_eval.py predictions, and the full report of each).
# Save before a refactor and after it, then: bash bench/behaviour_compare.sh BEFORE AFTER
# usage (from the project root, with ../shared/bench-data beside it): bash bench/behaviour_snapshot.sh OUTDIR
set -euo pipefail
out=$1; mkdir -p "$out"
py=.venv/bin/python
export READER_DATA_DIR=$(mktemp -d)
S=seeds
$py -m reader align --format json > "$out/align.json"
$py -m reader align --format text > "$out/align.txt"
$py -m reader align --format md > "$out/align.md"
$py -m reader quotes --format json $S/report.txt $S/meduza.txt > "$out/quotes.json"
$py -m reader quotes --format text $S/report.txt $S/meduza.txt > "$out/quotes.txt"
$py -m reader quotes --format json $S/meduza.txt > "$out/quotes1.json"
$py -m reader export $S/report.txt $S/meduza.txt --all -o - > "$out/export_all.md"
# batch on DEplain dev (scorer's own request file)
$py - <<'PY' > "$out/deplain_requests.jsonl"
import importlib.util, sys, io, contextlib
spec = importlib.util.spec_from_file_location("score", "../shared/bench-data/deplain-web-manual/score.py")
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
m.make_input("../shared/bench-data/deplain-web-manual/dev.jsonl")
PY
$py -m reader batch "$out/deplain_requests.jsonl" -o - > "$out/batch.jsonl"; rm "$out/deplain_requests.jsonl"
for split in dev train; do
  rm -rf "$out/pn_$split"
  $py bench/polnear_eval.py ../shared/bench-data/polnear/$split --keep "$out/pn_$split" > "$out/pn_$split.score" 2>&1
  $py bench/polnear_eval.py ../shared/bench-data/polnear/$split --all-kinds --keep "$out/pnall_$split" > "$out/pnall_$split.score" 2>&1
done
# full analyse_text dumps
$py - "$out" <<'PY'
import json, pathlib, sys
try:
    from reader.quotes import analyze_text as analyse_text
except ImportError:
    from reader.quotes import analyse_text
out = pathlib.Path(sys.argv[1])
for split in ("dev", "train"):
    res = {}
    for txt in sorted(pathlib.Path(f"../shared/bench-data/polnear/{split}/text").glob("*.txt")):
        r = analyse_text(txt.read_text(encoding="utf-8"), txt.name)
        res[txt.name] = r.to_json()
    (out / f"analyse_{split}.json").write_text(json.dumps(res, ensure_ascii=False, sort_keys=True, indent=0))
PY
for f in "$out"/align.* "$out"/export_all.md "$out"/quotes*.json "$out"/quotes.txt; do sed -i "s#$(pwd)#ROOT#g" "$f"; done
echo done
