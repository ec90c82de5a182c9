"""The `reader` command line: `reader [LEFT RIGHT]` opens the app; subcommands work headless.

Heavy modules (Textual, trafilatura) are imported only by the commands that need them, to keep start-up fast.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import ReaderError, os_reason
from ..render import formats
from ..text.sanitize import one_line

COMMANDS = ("align", "batch", "changes", "export", "quotes")
MAX_TIMEOUT = 3600
MAX_SIZE_MB = 1024  # --max-size beyond this is refused: the text must fit in memory several times over


def _fail(message: str, code: int = 2) -> int:
    """One line on standard error; outside words in it (paths, URLs, server replies) are shown literally."""
    print(f"reader: error: {one_line(message)}", file=sys.stderr)
    return code


def _silence_stdout() -> None:
    """After a failed write to standard output, point it at /dev/null so that the interpreter's own flush at
    exit does not print a second error."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _pair(args: argparse.Namespace) -> tuple[str, str]:
    from ..resources import seed_paths

    if args.left is None:
        left, right = seed_paths()
        return str(left), str(right)
    if args.right is None:
        raise ReaderError("give two files (LEFT RIGHT), or none for the bundled pair")
    if args.left == args.right == "-":
        raise ReaderError("standard input (-) can be only one of the two articles")
    return args.left, args.right


def _add_pair(p: argparse.ArgumentParser) -> None:
    p.add_argument("left", nargs="?", metavar="LEFT", help="the retelling (file, URL or -)")
    p.add_argument("right", nargs="?", metavar="RIGHT", help="the source article (file, URL or -)")
    _add_max_size(p)


def _add_max_size(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-size", type=float, default=20.0, metavar="MB",
                   help="largest input accepted (default 20 MB)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="seconds a URL's whole download may take (default 30)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read two articles side by side. With no command, `reader [LEFT RIGHT]` opens the "
        "reading interface on two files (or the bundled pair).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND",
                                help="with none, open the reading interface")

    p = sub.add_parser("open", help="open the reading interface (the default: `reader [LEFT RIGHT]`)")
    _add_pair(p)
    p.add_argument("--theme", metavar="NAME",
                   help="colour theme for this run (default: the last one chosen in the app, else "
                        "textual-dark); an unknown name lists the choices")

    p = sub.add_parser("align", help="print the sentence alignment of two articles")
    _add_pair(p)
    p.add_argument("--format", choices=tuple(formats.ALIGNMENT), default="text",
                   help="text (default), json, md (Markdown) or tsv (one row per link, for spreadsheets)")
    p.add_argument("--fresh", action="store_true",
                   help="ignore the corrections saved for this pair (manual, confirmed and rejected links) "
                        "and print the aligner's own links")

    p = sub.add_parser("batch", help="align many pairs from a JSONL file (research use)")
    p.add_argument("requests", metavar="REQUESTS.jsonl",
                   help='one {"id", "left", "right"} object per line; a side is the article TEXT (a string, '
                   "segmented as usual) or a list of sentences (taken as they are), not a file name")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write results here (default: stdout)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (0: all cores)")
    p.add_argument("--force", action="store_true", help="overwrite OUT.jsonl if it exists")
    p.add_argument("--max-size", type=float, default=20.0, metavar="MB",
                   help="largest request line (default 20 MB); a longer line becomes an error record")

    p = sub.add_parser("changes", help="list what changed between linked sentences: numbers, dates, names, "
                                       "negations, hedges, quotes, attributions",
                       epilog=_CHANGES_JSON)
    _add_pair(p)
    p.add_argument("--format", choices=tuple(formats.CHANGES), default="text",
                   help="text (default), json or md (Markdown)")

    p = sub.add_parser("export", help="export marked (or all) alignments of two articles to Markdown")
    _add_pair(p)
    p.add_argument("-o", "--output", metavar="FILE",
                   help="Markdown file to write (default: named after the pair; - for stdout)")
    p.add_argument("--all", action="store_true", help="export every link, not only the saved marks")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.add_argument("--format", choices=tuple(formats.REPORT), default=None,
                   help="report format (default: from FILE's suffix, else md)")

    p = sub.add_parser("quotes", help="list speakers and quotes of one or two articles",
                       description="List speakers and their quotes; with two articles, pair each quote "
                                   "with its counterpart.",
                       epilog=_QUOTES_JSON)
    p.add_argument("file", metavar="FILE", help="an article (file, URL or -)")
    p.add_argument("file2", nargs="?", metavar="FILE2",
                   help="a second article: its quotes are paired with FILE's (FILE is the retelling)")
    p.add_argument("--format", choices=tuple(formats.QUOTES), default="text", help="text (default) or json")
    p.add_argument("--full", action="store_true",
                   help="text: show each quote and each change whole, not cut to one line (JSON always has "
                        "them whole)")
    _add_max_size(p)
    return parser


_QUOTES_JSON = (
    'JSON: {"documents", "speakers": [{"id", "name", "aliases", "anonymous", "named", "quotes"}], '
    '"quotes": [{"doc", "start", "end", "text", "speaker", "kind", "sentence", "cue", "named_as", "rule", '
    '"parts", "speech"}], '
    '"matches": [{"left", "right", "similarity", "verdict", "changes": [{"kind", "left", "right"}]}]}. '
    "kind: direct, partial or indirect; offsets are into the text as reader shows it; named_as: how the "
    "article names the speaker at that quote (the text listing shows it as \"(as …)\" when it is not just "
    "part of the speaker's name); rule: the attribution rules that gave the quote its speaker (or decided "
    "it has none, as for a programme title), joined by / (context.* or reported.*, then the phrase rule "
    "after.* or before.*, then resolve.* when the speaker was resolved elsewhere), null if no rule applied; "
    "parts: the pieces inside the marks ([start, end] each; two or more for a speech split by its "
    "attribution, whose text is their words only); speech: a direct quote or a partial quote credited to a "
    "speaker (false for scare quotes, titles and headline words); named: false for a speaker that is only a "
    "description (then also anonymous). "
    "verdict: verbatim (the same words: case, quotation marks, dashes, white space, an opening ellipsis and "
    "a final comma or full stop aside), shortened (the left quote is the right one with words cut), "
    "extended (words added inside the marks), reworded (anything else, punctuation included) or only (no "
    "counterpart); changes, in text order: cut (words only in the right quote), added (only in the left) "
    "or replaced, with the words on each side (\"\" where none).")


_CHANGES_JSON = (
    'JSON: {"documents": [left, right], "changes": [{"kind", "left": {"sentence", "start", "end", "text"}, '
    '"right": {…}, "summary", "spelling"}]}. kind: number, date, name, negation, hedge, quote or '
    "attribution; sentence: the sentence id on that side (as in `reader align --format json`); start, end, "
    "text: the changed words, offsets into the text as reader shows it (empty text and start == end where "
    "the side has nothing); spelling (name changes only): true when the name is only spelled differently.")


def _timeout(args: argparse.Namespace) -> float:
    if not math.isfinite(args.timeout) or not 0 < args.timeout <= MAX_TIMEOUT:
        raise ReaderError(f"--timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT}")
    return float(args.timeout)


def _max_bytes(args: argparse.Namespace) -> int:
    if not math.isfinite(args.max_size) or args.max_size <= 0 or args.max_size > MAX_SIZE_MB:
        raise ReaderError(f"--max-size must be a number of megabytes above 0 and at most {MAX_SIZE_MB}")
    return int(args.max_size * 1024 * 1024)


def _terminal_for_app(piped: bool) -> None:
    """Make sure the app has a terminal to draw on and to read keys from; refuse with one line otherwise.

    Standard input that is not a terminal (a piped article, already read, or /dev/null) is replaced by the
    controlling terminal, as `less` does."""
    if not sys.stdout.isatty():
        raise ReaderError("no terminal to draw the reading interface on (standard output is not a terminal); "
                          "`reader align` and `reader export` write to files")
    if sys.stdin.isatty():
        return
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        what = "is piped" if piped else "is not a terminal"
        raise ReaderError(f"standard input {what} and there is no terminal to read keys from") from None
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - stays open for the app


def cmd_align(args: argparse.Namespace) -> int:
    from .align import run_align

    left_src, right_src = _pair(args)
    return run_align(left_src, right_src, fmt=args.format, max_bytes=_max_bytes(args), timeout=_timeout(args),
                     fresh=args.fresh)


def _theme(args: argparse.Namespace) -> str | None:
    if args.theme is None:
        return None
    from ..ui.theme_memory import theme_names

    names = theme_names()
    if args.theme not in names:
        raise ReaderError(f"unknown theme {args.theme!r}; choose one of: {', '.join(names)}")
    return str(args.theme)


def cmd_open(args: argparse.Namespace) -> int:
    theme = _theme(args)
    left_src, right_src = _pair(args)
    piped = "-" in (left_src, right_src)
    if piped:
        from ..ingest.read import capture_stdin

        capture_stdin(_max_bytes(args))  # before the app takes standard input for its keys
    _terminal_for_app(piped)
    from .. import startup_gc

    startup_gc.pause()  # while Textual and the interface are imported, until the first paint
    try:
        from ..ui.app import run_app

        return run_app(left_src, right_src, max_bytes=_max_bytes(args), timeout=_timeout(args), theme=theme)
    finally:
        startup_gc.resume()  # the app resumed it at its first paint, unless it never got there


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import run_batch

    return run_batch(args.requests, args.output, jobs=args.jobs, force=args.force, max_bytes=_max_bytes(args))


def cmd_changes(args: argparse.Namespace) -> int:
    from .changes import run_changes

    left_src, right_src = _pair(args)
    return run_changes(left_src, right_src, fmt=args.format, max_bytes=_max_bytes(args),
                       timeout=_timeout(args))


def cmd_export(args: argparse.Namespace) -> int:
    from .export import run_export

    left_src, right_src = _pair(args)
    return run_export(left_src, right_src, output=args.output, all_links=args.all, force=args.force,
                      max_bytes=_max_bytes(args), fmt=args.format, timeout=_timeout(args))


def cmd_quotes(args: argparse.Namespace) -> int:
    from .quotes import run_quotes

    return run_quotes(args.file, args.file2, fmt=args.format, max_bytes=_max_bytes(args),
                      timeout=_timeout(args), full=args.full)


HANDLERS = {
    "open": cmd_open,
    "align": cmd_align,
    "batch": cmd_batch,
    "changes": cmd_changes,
    "export": cmd_export,
    "quotes": cmd_quotes,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `reader [LEFT RIGHT] [--max-size MB]` (no command word) opens the app.
    if not argv or argv[0] not in (*COMMANDS, "open", "-h", "--help", "--version"):
        argv = ["open", *argv]
    args = build_parser().parse_args(argv)
    try:
        code = HANDLERS[args.command](args)
        sys.stdout.flush()
        return code
    except ReaderError as exc:
        return _fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # input errors are InputErrors by now: this is the output (a full disk, EIO)
        _silence_stdout()
        return _fail(f"cannot write the output ({os_reason(exc)})")


if __name__ == "__main__":
    sys.exit(main())
