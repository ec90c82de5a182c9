"""The report's items: a marked pair, a passage only one article has, a quote pair.

Each item is a level-3 heading numbered within its section, the user's note, and the texts as block quotes:
the retelling's first (it is what is being checked), then the source's, then what the retelling changed.
All outside text (article text, notes, speaker names) goes through `render.markdown` and renders literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...alignment import Alignment, Side
from ...document import Document
from ...marks import Mark
from ..markdown import escape_inline, quote_block
from .changes import changes_line
from .facts import marked_quote_block, pair_facts
from .items import link_of
from .roles import ROLES, sentences_label

if TYPE_CHECKING:
    from ...changes.model import Change
    from ...quotes.model import QuoteReport

#: What each link status means, for readers who never saw the app.
STATUS_GLOSS = {"auto": "auto (found by the aligner)",
                "confirmed": "confirmed (checked by a person)",
                "manual": "manual (linked by a person)"}

#: The verdicts whose name alone does not say which side changed (the report is read without the app).
VERDICT_GLOSS = {"shortened": " (the retelling's quote cuts words of the source's)",
                 "extended": " (the retelling's quote adds words inside the marks)"}


def _inline(text: str) -> str:
    return escape_inline(text, line_start=False)


def _note(mark: Mark) -> list[str]:
    return [f"Note: {_inline(mark.note)}", ""] if mark.note.strip() else []


def _texts(left_label: str, left_text: str, right_label: str, right_text: str,
           blocks: tuple[str, str] | None = None) -> list[str]:
    """Both texts as block quotes (`blocks`: already rendered, with marked words), then the changes."""
    left_block, right_block = blocks or (quote_block(left_text), quote_block(right_text))
    out = [f"**Retelling**, {left_label}:", ""]
    out.append(left_block if left_text else "*(nothing)*")
    out.extend(["", f"**Source**, {right_label}:", ""])
    out.append(right_block if right_text else "*(nothing)*")
    out.append("")
    if left_text and right_text:
        out.extend([changes_line(right_text, left_text), ""])
    return out


def _status_line(alignment: Alignment, mark: Mark) -> str:
    link, exact = link_of(alignment, mark)
    if link is None:
        return "Status: no longer linked (the alignment changed after this was marked)"
    line = f"Status: {STATUS_GLOSS.get(link.status, link.status)} · score {link.score:.2f}"
    if not exact:
        line += " (of a link that now also covers other sentences)"
    return line


def pair_item(n: int, mark: Mark, left: Document, right: Document, alignment: Alignment,
              changes: Sequence[Change] | None = None) -> list[str]:
    """A marked pair of linked sentences: status and score of its link, the note, both texts, the changes;
    with `changes` (the pair's, from `reader.changes`) their words are marked and they are listed."""
    left_label, right_label = sentences_label(mark.left), sentences_label(mark.right)
    out = [f"### {n}. Retelling {left_label} ↔ source {right_label}", ""]
    out.extend([_status_line(alignment, mark), ""])
    out.extend(_note(mark))
    # As in the app's strip: the changes between the pair's sentences and those one of its sentences has
    # with a sentence outside the pair (a quote matched where the aligner has no link).
    mine = [c for c in changes or () if c.left.sentence in mark.left or c.right.sentence in mark.right]
    blocks = None
    if mine:
        blocks = (marked_quote_block(left, mark.left, [(c.left.start, c.left.end) for c in mine]),
                  marked_quote_block(right, mark.right, [(c.right.start, c.right.end) for c in mine]))
    out.extend(_texts(left_label, left.text_of(mark.left, "\n\n"), right_label,
                      right.text_of(mark.right, "\n\n"), blocks))
    out.extend(pair_facts(mine, mark.left, mark.right))
    return out


def only_item(n: int, mark: Mark, side: Side, doc: Document, alignment: Alignment) -> list[str]:
    """Sentences of one article without a counterpart: the note and the text; if the sentences have been
    linked since they were marked, which sentences of the other article they are linked to now."""
    ids = mark.left if side == 0 else mark.right
    label = sentences_label(ids)
    out = [f"### {n}. {ROLES[side].capitalize()} {label}", ""]
    out.extend(_note(mark))
    out.extend([quote_block(doc.text_of(ids, "\n\n")), ""])
    now = sorted({j for i in ids for j in alignment.counterparts(side, i)})
    if now:
        other = ROLES[1 if side == 0 else 0]
        out.extend([f"Now linked to {other} {sentences_label(now)} (the alignment changed after this was "
                    "marked).", ""])
    return out


def _speakers(quotes: QuoteReport, ids: list[int]) -> str:
    names: list[str] = []
    for q in ids:
        speaker = quotes.quotes[q].speaker
        if speaker is not None and 0 <= speaker < len(quotes.speakers):
            name = quotes.speakers[speaker].name
            if name not in names:
                names.append(name)
    return ", ".join(names) if names else "unattributed"


def _quote_sentences(doc: Document, quotes: QuoteReport, ids: tuple[int, ...]) -> str:
    found = {s.id for q in ids if (s := doc.sentence_at(quotes.quotes[q].start)) is not None}
    return sentences_label(sorted(found)) if found else "quote"


def quote_item(n: int, mark: Mark, left: Document, right: Document, quotes: QuoteReport) -> list[str]:
    """A marked quote pair: the speaker, the verdict, the note, both quotes and what the retelling changed."""
    lq, rq = sorted(mark.left), sorted(mark.right)
    who = escape_inline(_speakers(quotes, lq + rq), line_start=False, heading=True)
    out = [f"### {n}. Quote: {who}", ""]
    match = next((m for q in lq + rq if (m := quotes.match_of(quotes.quotes[q].id)) is not None), None)
    if match is not None:
        gloss = VERDICT_GLOSS.get(match.verdict, "")
        out.extend([f"Verdict: {match.verdict}{gloss}, similarity {match.similarity:.2f}", ""])
    out.extend(_note(mark))
    out.extend(_texts(_quote_sentences(left, quotes, mark.left) if lq else "no quote",
                      "\n\n".join(quotes.quotes[q].text for q in lq),
                      _quote_sentences(right, quotes, mark.right) if rq else "no quote",
                      "\n\n".join(quotes.quotes[q].text for q in rq)))
    return out
