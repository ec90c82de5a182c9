"""What changed, evaluated apart from the tests: perturbations of PolNeAR train articles and the bundled pair.

    python bench/changes_eval.py                 # 60 articles (sorted, every 14th), then the bundled pair
    python bench/changes_eval.py --offset 7      # 60 other articles, never looked at while writing the rules
    python bench/changes_eval.py --limit 120 -v  # more articles; -v prints every miss and false alarm

(a) For each article, a copy with controlled edits, one sentence per kind (a number, a date, a name swapped
for another name of the article, a negation put in or taken out, a hedge added or removed, words changed
inside a quotation), is compared with the original (`build_document` + `align_documents` + `find_changes`);
a change counts as found when one of its kind is reported on the edited sentence; every change on another
sentence, or of another kind, is a false alarm. A second copy has only fact-preserving edits (digits and
number words, "%" and "percent", date styles, contractions, quotation-mark style, a full name for its short
form): any change on such a sentence counts against the fact-preserving rate, any change elsewhere is a
false alarm.
(b) The bundled pair against bench/changes_seed.json (the differences named in issue 13).

The articles are read from ../shared/bench-data/polnear/train/text and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.align.aligner import align_documents  # noqa: E402
from reader.changes import KINDS, Change, find_changes  # noqa: E402
from reader.changes.names import name_items  # noqa: E402
from reader.changes.passage import item_tokens  # noqa: E402
from reader.document import Document, Sentence  # noqa: E402
from reader.ingest.raw import RawArticle  # noqa: E402
from reader.resources import seed_paths  # noqa: E402
from reader.text.load import build_document, load_document  # noqa: E402

DATA = ROOT.parent / "shared" / "bench-data" / "polnear" / "train" / "text"
SEED_EXPECTED = ROOT / "bench" / "changes_seed.json"

#: an edit of a sentence's text: (start, end, new words) or None where it does not apply
Edit = Callable[[str, Document, random.Random], "tuple[int, int, str] | None"]

_QUOTE_MARKS = re.compile(r"[“”\"]")
_NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _first(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return re.search(pattern, text, flags)


# ---- edits that change a fact --------------------------------------------------------------------

_ABBREVIATED = r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH_BEFORE = re.compile(r"(?:" + "|".join(_MONTHS) + _ABBREVIATED + r")\.? $")


def _in_date(text: str, start: int) -> bool:
    """A day of a date ("Feb. 5", "June 12"): a date edit, not a number one."""
    return bool(_MONTH_BEFORE.search(text[max(0, start - 12):start]))


def edit_number(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = next((m for m in re.finditer(r"(?<![\w.,/])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,/]\d)", text)
              if not _in_date(text, m.start())), None)
    if m is None or (len(m.group()) == 4 and 1800 <= int(m.group()) <= 2100):
        m = _first(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b", text)
        if m is None:
            return None
        return m.start(), m.end(), rnd.choice([w for w in _NUM_WORDS if w != m.group()])
    value = int(m.group().replace(",", ""))
    return m.start(), m.end(), f"{value * 2 + 1:,}"


def edit_date(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r"\b(" + "|".join(_WEEKDAYS) + r")\b", text)
    if m is not None:
        return m.start(), m.end(), rnd.choice([w for w in _WEEKDAYS if w != m.group()])
    m = _first(r"\b(" + "|".join(m for m in _MONTHS if m not in ("May", "March")) + r")\b", text)
    if m is not None:
        return m.start(), m.end(), rnd.choice([w for w in _MONTHS if w not in (m.group(), "May", "March")])
    m = _first(r"\b(yesterday|today|tomorrow)\b", text)
    if m is not None:
        other = {"yesterday": "today", "today": "yesterday", "tomorrow": "today"}
        return m.start(), m.end(), other[m.group()]
    return None


def edit_name(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    here = name_items(text, item_tokens(text))
    if not here:
        return None
    target = here[0]
    words = {w.casefold() for w in re.findall(r"\w+", text)}
    others = sorted({n.text for s in doc.sentences if s.alignable
                     for n in name_items(s.text, item_tokens(s.text))
                     if not {w.casefold() for w in re.findall(r"\w+", n.text)} & words
                     and len(n.text.split()) == len(target.text.split()) and n.text[:1] != target.text[:1]})
    if not others:
        return None
    return target.start, target.end, rnd.choice(others)


def edit_negation(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r" not (?!only|just)", text)
    if m is not None:
        return m.start(), m.end(), " "
    m = _first(r"\b(is|was|are|were|will|would|can|could|has|have|had|should)( )(?!not|only|just|least)",
               text)
    if m is None:
        return None
    return m.end(1), m.end(1), " not"


def edit_hedge(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r"\b(reportedly|allegedly|probably|possibly|apparently|likely) ", text)
    if m is not None:
        return m.start(), m.end(), ""
    m = _first(r"\b(may|might|could)\b", text)
    if m is not None:
        return m.start(), m.end(), "will"
    m = _first(r"\b(is|was|are|were|will|has|had|have) (?!not|never|likely|probably)", text)
    if m is None:
        return None
    return m.end(1), m.end(1), rnd.choice([" reportedly", " probably", " apparently"])


def edit_quote(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r"[“\"]([^“”\"]{15,})[”\"]", text)
    if m is None:
        return None
    words = [w for w in re.finditer(r"\b[a-z]{5,}\b", m.group(1))]
    if not words:
        return None
    w = words[len(words) // 2]
    start = m.start(1) + w.start()
    return start, start + len(w.group()), rnd.choice(["terrible", "wonderful", "ridiculous", "dangerous"])


FACT_EDITS: dict[str, Edit] = {"number": edit_number, "date": edit_date, "name": edit_name,
                               "negation": edit_negation, "hedge": edit_hedge, "quote": edit_quote}

# ---- edits that keep every fact ------------------------------------------------------------------

_CONTRACT = {"did not": "didn't", "does not": "doesn't", "do not": "don't", "is not": "isn't",
             "was not": "wasn't", "are not": "aren't", "were not": "weren't", "has not": "hasn't",
             "have not": "haven't", "would not": "wouldn't", "cannot": "can't", "will not": "won't"}
_MONTH_ABBR = {m: (m[:3] + "." if len(m) > 5 else m) for m in _MONTHS}


def keep_number(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = next((m for m in re.finditer(r"(?<![\w.,$/])([2-9]|1[0-2])(?![\w.,%:/]|\s*(?:percent|%|a\.m|p\.m))",
                                     text) if not _in_date(text, m.start())), None)
    if m is not None:
        return m.start(), m.end(), _NUM_WORDS[int(m.group()) - 2]
    m = _first(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", text)
    if m is not None:
        return m.start(), m.end(), str(_NUM_WORDS.index(m.group()) + 2)
    return None


def keep_percent(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r"(\d)(%)", text)
    if m is not None:
        return m.start(2), m.end(2), " percent"
    m = _first(r"(\d) (percent)\b", text)
    return None if m is None else (m.end(1), m.end(2), "%")


def keep_date(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r"\b(" + "|".join(_MONTHS) + r") (\d{1,2})\b(?!,? ?\d)", text)
    if m is None:
        return None
    if rnd.random() < 0.5 and _MONTH_ABBR[m.group(1)] != m.group(1):
        return m.start(1), m.end(1), _MONTH_ABBR[m.group(1)]
    return m.start(), m.end(), f"{m.group(2)} {m.group(1)}"


def keep_contraction(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    for full, short in _CONTRACT.items():
        m = _first(rf"\b{full}\b", text, re.IGNORECASE)
        if m is not None and m.group()[0].islower():
            return m.start(), m.end(), short
        m = _first(rf"\b{short}\b".replace("'", "['’]"), text)
        if m is not None:
            return m.start(), m.end(), full
    return None


def keep_quote_marks(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    m = _first(r"“([^“”]+)”", text)
    if m is not None:
        return m.start(), m.end(), f'"{m.group(1)}"'
    m = _first(r'"([^"]+)"', text)
    return None if m is None else (m.start(), m.end(), f"“{m.group(1)}”")


_NOT_SURNAMES = {"States", "Kingdom", "Nations", "House", "Court", "Party", "Department", "Street", "County",
                 "City", "University", "Union", "Post", "Times", "News", "Office", "Senate", "Congress"}


def keep_name(text: str, doc: Document, rnd: random.Random) -> tuple[int, int, str] | None:
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+) ([A-Z][a-z]{2,})\b", text):
        if m.group(2) in _NOT_SURNAMES or m.group(1) in _MONTHS or m.group(1) in _WEEKDAYS:
            continue
        alone = rf"(?<![A-Z][a-z]) {m.group(2)}\b"
        if any(re.search(alone, s.text) for s in doc.sentences if s.text != text):
            return m.start(), m.end(), m.group(2)
    return None


KEEP_EDITS: dict[str, Edit] = {"number words": keep_number, "percent": keep_percent, "date style": keep_date,
                               "contraction": keep_contraction, "quotation marks": keep_quote_marks,
                               "full/short name": keep_name}


# ---- running -------------------------------------------------------------------------------------

@dataclass
class Tally:
    found: Counter[str] = field(default_factory=Counter)
    planted: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)  # reported changes of a kind that were planted
    reported: Counter[str] = field(default_factory=Counter)
    false_alarms: int = 0
    articles: int = 0
    keep_sentences: int = 0
    keep_flagged: int = 0
    keep_by_edit: Counter[str] = field(default_factory=Counter)
    keep_flagged_by_edit: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


def _doc(text: str, source: str) -> Document:
    return build_document(RawArticle(source=source, text=text))


def perturb(doc: Document, edits: dict[str, Edit], rnd: random.Random,
            ) -> tuple[Document, dict[int, str]] | None:
    """A copy of `doc` with at most one edit per entry of `edits`, each in its own sentence (a quotation-free
    one unless the edit is a quote's), and the edited sentences' ids in the copy with their edit's name."""
    candidates = [s for s in doc.sentences if s.alignable and len(s.text) > 30]
    rnd.shuffle(candidates)
    used: set[int] = set()
    planned: list[tuple[Sentence, int, int, str, str]] = []
    for name, edit in edits.items():
        for s in candidates:
            if s.id in used or (name not in ("quote", "quotation marks") and _QUOTE_MARKS.search(s.text)):
                continue
            got = edit(s.text, doc, rnd)
            if got is not None:
                used.update({s.id - 1, s.id, s.id + 1})  # neighbours untouched: one edit per link
                planned.append((s, *got, name))
                break
    if not planned:
        return None
    text = doc.text
    for s, start, end, new, _ in sorted(planned, key=lambda p: -(p[0].start + p[1])):
        text = text[:s.start + start] + new + text[s.start + end:]
    copy = _doc(text, doc.source + " (edited)")
    shift = 0
    edited: dict[int, str] = {}
    for s, start, end, new, name in sorted(planned, key=lambda p: p[0].start + p[1]):
        at = copy.sentence_at(s.start + start + shift)
        if at is not None:
            edited[at.id] = name
        shift += len(new) - (end - start)
    return copy, edited


def score_fact_copy(t: Tally, changes: list[Change], edited: dict[int, str], verbose: bool) -> None:
    for sid, kind in edited.items():
        t.planted[kind] += 1
        if any(c.kind == kind and c.left.sentence == sid for c in changes):
            t.found[kind] += 1
        elif verbose:
            t.notes.append(f"  miss {kind}: L{sid}")
    for c in changes:
        t.reported[c.kind] += 1
        if edited.get(c.left.sentence) == c.kind:
            t.right[c.kind] += 1
        else:
            t.false_alarms += 1
            if verbose:
                t.notes.append(f"  false alarm {c.kind} L{c.left.sentence}: {c.summary[:120]}")


def score_keep_copy(t: Tally, changes: list[Change], edited: dict[int, str], verbose: bool) -> None:
    for sid, name in edited.items():
        t.keep_sentences += 1
        t.keep_by_edit[name] += 1
        hits = [c for c in changes if c.left.sentence == sid]
        if hits:
            t.keep_flagged += 1
            t.keep_flagged_by_edit[name] += 1
            if verbose:
                t.notes.append(f"  fact-preserving {name} flagged: {hits[0].kind}: {hits[0].summary[:120]}")
    for c in changes:
        if c.left.sentence not in edited:
            t.false_alarms += 1
            if verbose:
                t.notes.append(f"  false alarm {c.kind} L{c.left.sentence}: {c.summary[:120]}")


def run_articles(paths: list[Path], verbose: bool) -> Tally:
    t = Tally()
    for path in paths:
        original = _doc(path.read_text(encoding="utf-8"), path.name)
        rnd = random.Random(path.name)
        for edits, score in ((FACT_EDITS, score_fact_copy), (KEEP_EDITS, score_keep_copy)):
            made = perturb(original, edits, rnd)
            if made is None:
                continue
            copy, edited = made
            alignment = align_documents(copy, original)
            if verbose:
                t.notes.append(f"{path.name} {sorted(edited.items())}")
            score(t, find_changes(copy, original, alignment), edited, verbose)
        t.articles += 1
    return t


def print_tally(t: Tally) -> None:
    print(f"(a) perturbations: {t.articles} PolNeAR train articles")
    print(f"{'kind':<12}{'planted':>8}{'found':>7}{'recall':>8}{'reported':>10}{'precision':>11}")
    for kind in KINDS:
        if not (t.planted[kind] or t.reported[kind]):
            continue
        rec = t.found[kind] / t.planted[kind] if t.planted[kind] else float("nan")
        prec = t.right[kind] / t.reported[kind] if t.reported[kind] else float("nan")
        print(f"{kind:<12}{t.planted[kind]:>8}{t.found[kind]:>7}{rec:>8.2f}{t.reported[kind]:>10}{prec:>11.2f}")
    planted, found = sum(t.planted.values()), sum(t.found.values())
    right, reported = sum(t.right.values()), sum(t.reported.values())
    print(f"{'all':<12}{planted:>8}{found:>7}{found / max(planted, 1):>8.2f}{reported:>10}"
          f"{right / max(reported, 1):>11.2f}")
    print(f"false alarms (changes on untouched sentences or of the wrong kind, both copies): {t.false_alarms}"
          f" = {20 * t.false_alarms / max(t.articles, 1):.2f} per 20 articles")
    share = t.keep_flagged / max(t.keep_sentences, 1)
    print(f"fact-preserving edits: {t.keep_flagged} of {t.keep_sentences} sentences flagged ({share:.3f})")
    for name in KEEP_EDITS:
        print(f"  {name:<18}{t.keep_flagged_by_edit[name]:>3} of {t.keep_by_edit[name]}")


def run_seed() -> int:
    left_path, right_path = seed_paths()
    left, right = load_document(str(left_path)), load_document(str(right_path))
    changes = find_changes(left, right, align_documents(left, right))
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["expected"]
    hits = 0
    print(f"\n(b) bundled pair: {len(changes)} changes reported "
          f"({', '.join(f'{k} {n}' for k, n in Counter(c.kind for c in changes).most_common())})")
    for e in expected:
        def fits(c: Change, want: str, side: str) -> bool:
            text = getattr(c, side).text
            return text == "" if want == "" else want in text

        found = [c for c in changes if c.kind == e["kind"] and fits(c, e["left"], "left")
                 and fits(c, e["right"], "right")]
        other = [c.kind for c in changes if c.kind != e["kind"] and fits(c, e["left"], "left")
                 and fits(c, e["right"], "right") and (e["left"] or e["right"])]
        hits += bool(found)
        mark = "found" if found else ("WRONG KIND " + "/".join(other) if other else "MISSED")
        print(f"  {mark:<12} {e['kind']:<9} {e['label']}")
    print(f"  {hits} of {len(expected)} found with the right kind")
    return hits


DEPLAIN = ROOT.parent / "shared" / "bench-data" / "deplain-web-manual" / "dev.jsonl"


def run_german(verbose: bool) -> None:
    """(c) German: DEplain dev (plain-language rewrites of German web texts), every gold 1:1 or n:m unit as a
    linked pair. No labels: the counts are read by hand (`-v` lists the number and date changes)."""
    if not DEPLAIN.exists():
        return
    from reader.changes import pair_changes

    units = 0
    counts: Counter[str] = Counter()
    shown: list[str] = []
    for line in DEPLAIN.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        left = _doc("\n\n".join(d["derived_sents"]), "derived")
        right = _doc("\n\n".join(d["original_sents"]), "original")
        if len(left.sentences) != len(d["derived_sents"]) or len(right.sentences) != len(d["original_sents"]):
            continue  # re-segmented: the gold ids would not fit
        for u in d["alignments"]:
            units += 1
            for c in pair_changes(left, tuple(u["derived"]), right, tuple(u["original"])):
                counts[c.kind] += 1
                if c.kind in ("number", "date"):
                    shown.append(f"  {c.summary}  | {left.text_of(u['derived'])[:90]} | "
                                 f"{right.text_of(u['original'])[:90]}")
    print(f"\n(c) German, DEplain dev: {units} gold units; changes: "
          f"{', '.join(f'{k} {n}' for k, n in counts.most_common()) or 'none'}")
    if verbose:
        print("\n".join(shown))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=60, help="articles to perturb (default 60)")
    ap.add_argument("--offset", type=int, default=0,
                    help="start of the selection (0: the articles the rules were developed on; 7: held out)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and false alarm")
    args = ap.parse_args()
    paths = sorted(DATA.glob("*.txt"))
    step = max(1, len(paths) // args.limit)
    chosen = paths[args.offset::step][:args.limit]
    began = time.perf_counter()
    tally = run_articles(chosen, args.verbose)
    if args.verbose:
        print("\n".join(tally.notes))
    print_tally(tally)
    run_seed()
    run_german(args.verbose)
    print(f"\n{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
