"""List reader's quote errors on a PolNeAR split, for error analysis on train/ (never written into the repo).

    python bench/polnear_errors.py [SPLIT_DIR] [--kind missed|spurious|speaker|all] [--limit N] [--context C]
                                   [--scorer-marks] [--all-kinds] [--by-rule]

Runs the same prediction as bench/polnear_eval.py and matches it with the corpus scorer's own functions
(gold_quotes, locate, overlap, named, same_speaker), then prints each missed gold quote, each spurious
prediction and each wrong speaker with C characters of context on either side (the speaker errors also show
the predicted and gold speakers and how the speaker was found), followed by counts, and the speaker accuracy
once more with a stricter test than the scorer's (shared words of three letters or more, function words such
as "the" not counted), and how often it is right by how the speaker was found (a name or description next
to the quote, a pronoun, or nothing: then inherited or taken from the context). With --limit 0 only these
totals are printed, which is how dev is looked at. Output goes to the terminal only.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
import tempfile
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from polnear_eval import DEFAULT_SPLIT, headline_lines, predict, readable_split, titles  # noqa: E402

from reader.quotes.extract import find_quotes, paragraphs_of_text  # noqa: E402
from reader.quotes.found import FoundQuote  # noqa: E402
from reader.quotes.speakers import resolve_mentions  # noqa: E402

#: Words the scorer's speaker test counts (three letters or more) that say nothing about who is meant.
FUNCTION_WORDS = {"the", "and", "for", "his", "her", "their", "who", "which", "with", "from", "that", "this",
                  "its"}


def strict_same_speaker(pred: str | None, gold: str) -> bool:
    def words(s: str | None) -> set[str]:
        return {w.lower() for w in re.findall(r"\w{3,}", s or "")} - FUNCTION_WORDS
    return bool(words(pred) & words(gold))


def _path(found: FoundQuote, route: str) -> str:
    """How a quote's speaker was found: a name or a description next to it, a pronoun, or nothing (then
    `unattributed/ROUTE`: inherited from the quote before ("split", "paragraph", "reported"), a subject
    named just before ("antecedent"), the last speaker ("last"), or none)."""
    m = found.mention
    if m is None:
        return "unattributed/" + route
    if m.pronoun is not None:
        return "pronoun"
    return "named" if m.named else "description"


def rule_key(rule: str | None) -> str:
    """A quote's rule grouped for counting: the deciding rule (`context.cue_after`, `reported.said_before`),
    and the resolution route if any (`+resolve.pronoun`); the phrase rule in between is left out."""
    if not rule:
        return "(no rule)"
    parts = rule.split("/")
    resolve = [p for p in parts[1:] if p.startswith("resolve.")]
    return parts[0] + (" +" + resolve[-1] if resolve else "")


def _flat(s: str) -> str:
    return s.replace("\n", " ¶ ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", nargs="?", default=str(DEFAULT_SPLIT))
    parser.add_argument("--kind", choices=["missed", "spurious", "speaker", "all"], default="all")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--context", type=int, default=120)
    parser.add_argument("--scorer-marks", action="store_true")
    parser.add_argument("--all-kinds", action="store_true")
    parser.add_argument("--by-rule", action="store_true",
                        help="also count the errors by the rule of the quote (Quote.rule)")
    args = parser.parse_args()
    split = pathlib.Path(args.split)
    sys.path.insert(0, str(split.parent))
    import score_quotes as sq  # the corpus's own scorer

    counts = {"missed": 0, "spurious": 0, "speaker": 0}
    by_path: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [wrong, right] per attribution path
    named = strict = lenient = 0
    shown = dict.fromkeys(counts, 0)
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp:
        split, _ = readable_split(split, pathlib.Path(tmp))
        out = pathlib.Path(tmp) / "pred"
        out.mkdir()
        predict(split, out, args.all_kinds, args.scorer_marks)
        c = args.context
        title_of = titles(split)
        for txt in sorted((split / "text").glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            anns = sorted((split / "attributions").glob(txt.stem + "_*.ann"))
            if not anns:
                continue
            gold = sq.gold_quotes(text, anns[0])
            preds = [q for q in json.loads((out / (txt.stem + ".json")).read_text())["quotes"]
                     if q.get("kind") != "indirect"]
            located = [(q, p) for q, p in ((q, sq.locate(text, q)) for q in preds) if p]
            found = find_quotes(text, paragraphs_of_text(text), headline_lines(text, title_of.get(txt.stem)))
            routes: list[str] = []
            resolve_mentions(found, routes)
            path_of = {f.start: _path(f, r) for f, r in zip(found, routes, strict=True)}

            def match(g: dict, parts: list) -> bool:
                ov = sq.overlap(g["parts"], parts)
                return ov >= 0.3 * sq.length(g["parts"]) and ov >= 0.3 * sq.length(parts)

            rows = []
            for g in gold:
                a, b = g["parts"][0][0], g["parts"][-1][1]
                hits = [q for q, parts in located if match(g, parts)]
                gtext = " | ".join(text[x:y] for x, y in g["parts"])
                if not hits:
                    near = [(sq.overlap(g["parts"], parts), q, parts) for q, parts in located]
                    best = max(near, key=lambda x: x[0], default=(0, None, None))
                    seen = " no overlapping pred"
                    rule = "(no overlapping prediction)"
                    if best[0]:
                        seen = f" nearest pred {best[2][0][0]}-{best[2][0][1]} [{best[1]['kind']}]"
                        rule = rule_key(best[1].get("rule"))
                    rows.append(("missed", a, f"GOLD [{gtext}] src={g['source']!r}{seen}", a, b, rule))
                elif sq.named(g["source"]) and not sq.same_speaker(hits[0].get("speaker"), g["source"]):
                    rows.append(("speaker", a, f"gold={g['source']!r} pred={hits[0].get('speaker')!r} "
                                 f"cue={hits[0].get('cue')!r} "
                                 f"found={path_of.get(hits[0].get('start'), '?')} rule={hits[0].get('rule')}",
                                 a, b, rule_key(hits[0].get("rule"))))
                if hits and sq.named(g["source"]):
                    named += 1
                    right = sq.same_speaker(hits[0].get("speaker"), g["source"])
                    by_path[path_of.get(hits[0].get("start"), "?")][int(right)] += 1
                    lenient += right
                    strict += strict_same_speaker(hits[0].get("speaker"), g["source"])
            for q, parts in located:
                if not any(match(g, parts) for g in gold):
                    a, b = parts[0]
                    rows.append(("spurious", a, f"PRED [{q['kind']}] spk={q.get('speaker')!r} "
                                 f"rule={q.get('rule')}", a, b, rule_key(q.get("rule"))))
            for kind, _, label, a, b, rule in sorted(rows, key=lambda r: r[1]):
                counts[kind] += 1
                by_rule[rule][kind] += 1
                if args.kind in (kind, "all") and shown[kind] < args.limit:
                    shown[kind] += 1
                    print(f"-- {kind.upper()} {txt.stem[:45]} @{a}: {label}")
                    print("   " + _flat(text[max(0, a - c):a]) + " ⟦" + _flat(text[a:b][:400]) + "⟧ "
                          + _flat(text[b:b + c]))
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    if args.by_rule:
        print("errors by rule (Quote.rule: the deciding rule, and how the speaker was resolved; a missed "
              "quote counts under the rule of the prediction overlapping it most):")
        print(f"  {'rule':<58} {'missed':>6} {'spurious':>8} {'speaker':>7}")
        for rule, n in sorted(by_rule.items(), key=lambda x: (-sum(x[1].values()), x[0])):
            print(f"  {rule:<58} {n['missed']:>6} {n['spurious']:>8} {n['speaker']:>7}")
    if named:
        print(f"speaker accuracy: scorer's test {lenient}/{named} {lenient / named:.3f}; "
              f"without function words {strict}/{named} {strict / named:.3f}")
        print("right/all by how the speaker was found: " + ", ".join(
            f"{path} {ok}/{ok + bad}" for path, (bad, ok) in sorted(by_path.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
