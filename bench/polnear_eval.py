"""Score reader's quote extraction and attribution on PolNeAR (direct quotes F1, speaker accuracy).

    python bench/polnear_eval.py [SPLIT_DIR] [--scorer-marks] [--all-kinds] [--keep PRED_DIR]

SPLIT_DIR defaults to ../shared/bench-data/polnear/dev. Each article's .txt is analysed with
`reader.quotes.analyze_text`, the same extraction, attribution and speaker merging the app runs on a Document
(paragraphs are the file's lines, so offsets are into the .txt as the scorer expects). Predictions go to a
temporary directory (or PRED_DIR) and the corpus's own score_quotes.py scores them. Submitted: what the app
lists as speech (direct quotes, and partial quotes with a cue) plus indirect speech, which the scorer
ignores; `--all-kinds` also submits unattributed partial quotes (scare quotes, titles), which PolNeAR does not
annotate as attributions. `--scorer-marks` submits only the quotes holding one of the double quotation marks
the scorer's gold is defined by (docs/evaluation.md says why, and reports both figures).
It also prints the speaker precision: of the named speakers listed with a direct quote in an article, the
share the annotators marked as a source (any attribution) in that article; `--unmarked-speakers` lists the
others.
For error analysis (missed and spurious quotes, wrong speakers, with context) use bench/polnear_errors.py.
Nothing from the corpus is written into the repository.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.quotes import Quote, analyze_text  # noqa: E402

#: PolNeAR's text files open with the article's headline on their first line (the app's `Document` marks
#: headlines as "heading" paragraphs itself; a plain .txt has no such mark, so the evaluation says it). A
#: headline with a subheadline (`Ginsburg apologizes …;` then `Justice vows …`) takes the first lines the
#: title in metadata.tsv covers (`headline_lines`).
HEADINGS = (0,)


def _letters(s: str) -> str:
    return re.sub(r"\W+", "", s).casefold()


def titles(split: pathlib.Path) -> dict[str, str]:
    """Article name -> title, from the corpus's metadata.tsv beside the split (empty if there is none)."""
    first = next((split / "text").glob("*.txt"), None)  # through the links of a `readable_split` view
    meta = first.resolve().parents[2] / "metadata.tsv" if first is not None else split.parent / "metadata.tsv"
    if not meta.is_file():
        return {}
    rows = [line.split("\t") for line in meta.read_text(encoding="utf-8").splitlines()[1:]]
    return {r[1]: r[7] for r in rows if len(r) > 7}


def headline_lines(text: str, title: str | None) -> tuple[int, ...]:
    """The indices of the first non-blank lines that hold the article's title (at least the first line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    want, seen, n = _letters(title or ""), "", 0
    while n < len(lines) and want:
        seen += _letters(lines[n])
        if not want.startswith(seen) or not seen:
            break
        n += 1
    return tuple(range(max(n, 1)))
DEFAULT_SPLIT = ROOT.parent / "shared" / "bench-data" / "polnear" / "dev"


def readable_split(split: pathlib.Path, tmp: pathlib.Path) -> tuple[pathlib.Path, list[str]]:
    """The split itself, or a linked copy without the articles whose annotation the scorer cannot parse.

    One train annotation holds a span text broken over two lines, which stops score_quotes.py; such
    articles are left out (and listed) rather than changing the corpus or its scorer.
    """
    bad = []
    for txt in sorted((split / "text").glob("*.txt")):
        anns = sorted((split / "attributions").glob(txt.stem + "_*.ann"))
        lines = anns[0].read_text(encoding="utf-8").splitlines() if anns else []
        if any(line.startswith("T") and line.count("\t") < 2 for line in lines):
            bad.append(txt.stem)
    if not bad:
        return split, bad
    view = tmp / split.name
    (view / "text").mkdir(parents=True)
    (view / "attributions").mkdir()
    for txt in sorted((split / "text").glob("*.txt")):
        if txt.stem not in bad:
            (view / "text" / txt.name).symlink_to(txt.resolve())
            for ann in (split / "attributions").glob(txt.stem + "_*.ann"):
                (view / "attributions" / ann.name).symlink_to(ann.resolve())
    return view, bad


def is_speech(quote: Quote) -> bool:
    """Quotes found as speech: direct quotes, partial quotes by a cue (not scare quotes or titles), whether
    or not their speaker was resolved (`Quote.speech`, what the app lists, also asks for a speaker)."""
    return quote.kind == "direct" or (quote.kind == "partial" and quote.cue is not None)


#: The marks score_quotes.py looks for: its gold holds only Content spans containing one of them.
SCORER_MARKS = '"“”„«»'


def has_scorer_mark(text: str, quote: Quote) -> bool:
    """Whether the quote, with its opening and closing marks, holds a mark the scorer's gold requires."""
    return any(c in SCORER_MARKS for c in text[max(0, quote.start - 1):quote.end + 1])


def predict(split: pathlib.Path, out: pathlib.Path, all_kinds: bool = False,
            scorer_marks: bool = False) -> tuple[int, float]:
    """Write one prediction file per article; return (articles, seconds)."""
    texts = sorted((split / "text").glob("*.txt"))
    title_of = titles(split)
    t0 = time.perf_counter()
    for txt in texts:
        text = txt.read_text(encoding="utf-8")
        report = analyze_text(text, txt.name, headings=headline_lines(text, title_of.get(txt.stem)))
        # a split speech is submitted whole, halves and the attribution between (its `text` is only the
        # halves' words, which the scorer would not find in the article)
        quotes = [{"text": text[q.start:q.end], "start": q.start, "end": q.end, "kind": q.kind, "cue": q.cue,
                   "speaker": q.named_as, "rule": q.rule}
                  for q in report.quotes if (all_kinds or q.kind == "indirect" or is_speech(q))
                  and (not scorer_marks or q.kind == "indirect" or has_scorer_mark(text, q))]
        (out / (txt.stem + ".json")).write_text(json.dumps({"quotes": quotes}, ensure_ascii=False),
                                                encoding="utf-8")
    return len(texts), time.perf_counter() - t0


#: Words of three letters or more that say nothing about who is meant (as in polnear_errors.py).
FUNCTION_WORDS = {"the", "and", "for", "his", "her", "their", "who", "which", "with", "from", "that", "this",
                  "its"}


def _name_words(s: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w{3,}", s)} - FUNCTION_WORDS


def annotated_sources(ann: pathlib.Path, text: str) -> set[str]:
    """The words of every Source span the annotators marked in an article (any attribution, any kind)."""
    words: set[str] = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2 and fields[1].startswith("Source "):
            for part in fields[1].split(" ", 1)[1].split(";"):
                a, b = map(int, part.split())
                words |= _name_words(text[a:b])
    return words


def speaker_precision(split: pathlib.Path) -> tuple[int, int, list[str]]:
    """Of the named speakers listed with a direct quote in an article, how many the annotators marked as a
    source in that article (a word of three letters or more of the speaker's name, function words aside,
    in one of the article's Source spans): (marked, listed, the unmarked ones as `article: name`)."""
    marked = listed = 0
    unmarked: list[str] = []
    title_of = titles(split)
    for txt in sorted((split / "text").glob("*.txt")):
        anns = sorted((split / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        sources = annotated_sources(anns[0], text)
        report = analyze_text(text, txt.name, headings=headline_lines(text, title_of.get(txt.stem)))
        for speaker in report.speakers:
            if not speaker.named or speaker.anonymous or not any(
                    report.quotes[q].kind == "direct" for q in speaker.quotes):
                continue
            listed += 1
            if _name_words(speaker.name) & sources:
                marked += 1
            else:
                unmarked.append(f"{txt.stem}: {speaker.name}")
    return marked, listed, unmarked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", nargs="?", default=str(DEFAULT_SPLIT), help="a PolNeAR split directory")
    parser.add_argument("--keep", metavar="PRED_DIR", help="write predictions here and keep them")
    parser.add_argument("--all-kinds", action="store_true",
                        help="also submit partial quotes without a speaker (scare quotes, titles)")
    parser.add_argument("--unmarked-speakers", action="store_true",
                        help="list the named speakers with a direct quote that no annotator marked as a "
                             "source")
    parser.add_argument("--scorer-marks", action="store_true",
                        help="submit only quotes marked with a double quote the scorer recognises (its gold "
                             "is "
                             "limited to those; PolNeAR's NYT files quote with '' and are never gold)")
    args = parser.parse_args()
    split = pathlib.Path(args.split)
    scorer = split.parent / "score_quotes.py"
    if not (split / "text").is_dir() or not scorer.is_file():
        print(f"polnear_eval: no PolNeAR split at {split}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        split, bad = readable_split(split, pathlib.Path(tmp))
        if bad:
            print(f"left out (annotation the scorer cannot read): {', '.join(bad)}")
        out = pathlib.Path(args.keep or pathlib.Path(tmp) / "pred")
        out.mkdir(parents=True, exist_ok=True)
        n, seconds = predict(split, out, args.all_kinds, args.scorer_marks)
        print(f"{split.name}: {n} articles analysed in {seconds:.1f} s")
        subprocess.run([sys.executable, str(scorer), str(split), str(out)], check=True)
        marked, listed, unmarked = speaker_precision(split)
        print(f"speaker precision (named speakers listed with a direct quote whom the annotators marked as a "
              f"source in that article): {marked / max(listed, 1):.3f} ({marked}/{listed})")
        if args.unmarked_speakers:
            print("\n".join(f"  unmarked: {u}" for u in unmarked))
    return 0


if __name__ == "__main__":
    sys.exit(main())
