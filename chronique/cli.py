"""The `chronique` command: a thin layer over the Python API.

    chronique extract PATH... [--published YYYY-MM-DD] [--lang auto|fr|en] [--format jsonl|json|table|csv]
    chronique eval --gold GOLD(.json|dir) PRED.jsonl|-
    chronique ingest | events | export | stats | reprocess | serve   (cli_store.py)

Errors name the document and the reason on stderr; the exit status is non-zero only when no
document could be read.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from chronique import __version__
from chronique.errors import ChroniqueError

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _warn(msg: str, err: TextIO) -> None:
    err.write(f"chronique: {msg}\n")


def cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronique.api import extract_paths
    from chronique.formats import write

    lang = None if args.lang == "auto" else args.lang
    read = failed = 0
    events = []
    first = True
    for result in extract_paths(args.paths, published=args.published, lang=lang):
        if result.document is not None:
            for note in result.document.notes:
                _warn(f"{result.document.name}: {note}", err)
        if result.error is not None:
            failed += 1
            _warn(str(result.error), err)
            continue
        read += 1
        if args.format == "json":
            events.extend(result.events)   # one JSON array for the whole batch
        else:
            write(result.events, args.format, out, header=first)
            first = False
        out.flush()
    if args.format == "json":
        write(events, "json", out)
    if read == 0:
        _warn(f"no document could be read ({failed} failed)", err)
        return EXIT_NOTHING_READ
    if failed:
        _warn(f"{read} document(s) read, {failed} failed", err)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronique.evaluate import evaluate_files, render

    report = evaluate_files(args.gold, args.pred, lang=args.lang)
    out.write(render(report, verbose=args.verbose))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chronique", description="News reports in, event data out (PLOVER events).")
    p.add_argument("--version", action="version", version=f"chronique {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract events from reports (files, folders, - for stdin)",
                        description="Extract events from reports: .txt, .html, .jsonl, .json, "
                                    "RSS/Atom, or folders of them.")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                    help="publication date, for documents whose metadata gives none "
                         "(and over theirs when given)")
    ex.add_argument("--lang", default="auto", choices=["auto", "fr", "en"],
                    help="language of the reports (default: detected)")
    ex.add_argument("--format", default="jsonl", choices=["jsonl", "json", "table", "csv"])
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("eval", help="score extracted events against gold files",
                        description="Score events (JSON Lines, '-' for stdin) against gold "
                                    "files in the compact form of the examples' .expected.json.")
    ev.add_argument("--gold", required=True, metavar="GOLD",
                    help="a gold .json file or a folder of *.expected.json")
    ev.add_argument("pred", metavar="PRED", help="events as JSON Lines, or - for stdin")
    ev.add_argument("--lang", choices=["fr", "en"], help="score only gold files of this language")
    ev.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    ev.set_defaults(func=cmd_eval)

    from chronique.cli_store import add_commands
    add_commands(sub, _date)   # ingest, events, export, stats, reprocess, serve
    return p


def main(argv: list[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args, out, err)
    except ChroniqueError as exc:
        _warn(str(exc), err)
        return EXIT_NOTHING_READ
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
