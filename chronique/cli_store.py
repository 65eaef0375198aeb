"""The store's commands: ingest, events, export, stats, reprocess, serve.

    chronique ingest PATH... [--db FILE|URL] [--published YYYY-MM-DD] [--lang auto|fr|en]
                     [--workers N] [--dask tcp://HOST:8786|local]
    chronique events [--db] [--since] [--until] [--type] [--country] [--actor]
                     [--near LAT,LON,KM] [--status] [--limit] [--offset] [--format]
    chronique export [--db] --format jsonl|csv|geojson|parquet [-o FILE] [filters]
    chronique stats [--db]
    chronique reprocess [--db]
    chronique serve [DB] [--db] [--host 127.0.0.1] [--port 8000]

The database is `--db`, else $CHRONIQUE_DB, else chronique.db in the current folder; a
postgresql:// URL selects PostgreSQL. Like `cli.py`, this only translates: the work is in
`chronique.store`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from chronique.errors import ChroniqueError

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EVENT_FORMATS = ("jsonl", "json", "table", "csv")


def _warn(msg: str, err: TextIO) -> None:
    err.write(f"chronique: {msg}\n")


def _open(args: argparse.Namespace, must_exist: bool):
    from chronique.store import Store, default_location
    from chronique.store.base import is_postgres

    location = args.db or default_location()
    if must_exist and not is_postgres(location) and not Path(location).is_file():
        raise ChroniqueError(f"no database at {location}: run `chronique ingest` first, or "
                             f"give --db (or set CHRONIQUE_DB)")
    return Store(location)


def _filters(args: argparse.Namespace):
    from chronique.store import EventFilter
    return EventFilter.parse(since=args.since, until=args.until, type=args.type,
                             country=args.country, actor=args.actor, near=args.near,
                             status=args.status)


def _progress_bar(err: TextIO, what: str):
    """A tqdm bar on a terminal; nothing when stderr is a file or a pipe."""
    from tqdm import tqdm
    return tqdm(file=err, unit=" doc", desc=what, disable=not err.isatty(), dynamic_ncols=True)


def _run_ingest(store, items, err: TextIO, what: str) -> int:
    from chronique.store import ingest

    bar = _progress_bar(err, what)
    counts = {"new": 0, "merged": 0, "skipped": 0, "failed": 0}

    def progress(name: str, outcome: Any, error: Any) -> None:
        if outcome is not None:
            counts["skipped"] += outcome.status == "skipped"
            counts["new"] += outcome.new
            counts["merged"] += outcome.merged
        else:
            counts["failed"] += 1
        bar.set_postfix(counts, refresh=False)
        bar.update(1)

    try:
        summary = ingest(store, items, progress=progress)
    except KeyboardInterrupt:
        bar.close()
        _warn("interrupted: every document stored so far is kept whole; run the same command "
              "again to go on", err)
        return EXIT_INTERRUPTED
    bar.close()
    for line in summary.lines():
        _warn(line, err)
    if summary.read == 0 and summary.failed:
        _warn(f"no document could be read ({len(summary.failed)} failed)", err)
        return EXIT_NOTHING_READ
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronique.batch.cli import run_ingest   # worker processes, Dask, or this process
    return run_ingest(args, err)


def cmd_reprocess(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _open(args, must_exist=True) as store:
        return _run_ingest(store, store.outdated(), err, "reprocess")


def cmd_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronique.formats import write

    with _open(args, must_exist=True) as store:
        page = store.events(_filters(args), limit=args.limit, offset=args.offset)
    if args.format == "jsonl":
        for s in page.events:
            out.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    elif args.format == "json":
        json.dump([s.to_dict() for s in page.events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write([s.event for s in page.events], args.format, out)
    shown = len(page.events)
    if page.more:
        total = f"{page.total}{'' if page.exact else '+'}"
        _warn(f"{shown} of {total} events shown (--offset {args.offset + shown} for the next "
              f"page)", err)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _open(args, must_exist=True) as store:
        filters = _filters(args)
        if args.output in (None, "-"):
            target = out.buffer if args.format == "parquet" and hasattr(out, "buffer") else out
            n = store.export(args.format, target, filters)
            target.flush()
        elif args.format == "parquet":
            n = store.export("parquet", args.output, filters)
        else:
            newline = "" if args.format == "csv" else None
            with open(args.output, "w", encoding="utf-8", newline=newline) as f:
                n = store.export(args.format, f, filters)
    where = args.output if args.output not in (None, "-") else "stdout"
    _warn(f"{n} events exported as {args.format} to {where}", err)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _open(args, must_exist=True) as store:
        json.dump(store.stats(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from chronique.serve import run
    if args.database and args.db and args.database != args.db:
        raise ChroniqueError(f"two databases given ({args.database} and --db {args.db}): "
                             f"give one")
    return run(db=args.database or args.db, host=args.host, port=args.port,
               token_file=args.token_file, max_bytes=args.max_bytes, err=err)


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE|URL",
                   help="SQLite file or postgresql:// URL (default: $CHRONIQUE_DB, else "
                        "chronique.db in the current folder)")


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events ending on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events starting on or before this day")
    p.add_argument("--type", metavar="TYPE[,TYPE]", help="PLOVER types, e.g. ASSAULT,PROTEST")
    p.add_argument("--country", metavar="ISO3[,ISO3]", help="where events happen, e.g. UKR")
    p.add_argument("--actor", metavar="CODE|NAME",
                   help="an actor code (RUS, NATO) or part of an actor's name")
    p.add_argument("--near", metavar="LAT,LON,KM", help="events within KM of a point")
    p.add_argument("--status", metavar="STATUS[,STATUS]",
                   help="occurred, planned, negated, uncertain")


def add_commands(sub: Any, date_type: Any) -> None:
    """Register the store's subcommands on the `chronique` parser's subparsers."""
    ing = sub.add_parser("ingest", help="extract events from reports and merge them into a "
                                        "database",
                         description="Extract events from reports and store them, merged with "
                                     "the events already stored. Documents already stored "
                                     "(same URL or same text) are skipped.")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    _db_option(ing)
    ing.add_argument("--published", type=date_type, metavar="YYYY-MM-DD",
                     help="publication date, for documents whose metadata gives none "
                          "(and over theirs when given)")
    ing.add_argument("--lang", default="auto", choices=["auto", "fr", "en"],
                     help="language of the reports (default: detected)")
    from chronique.batch.cli import add_options
    add_options(ing)   # --workers, --dask and what goes with them
    ing.set_defaults(func=cmd_ingest)

    ev = sub.add_parser("events", help="list stored events, newest first",
                        description="List stored events, newest first, with filters.")
    _db_option(ev)
    _filter_options(ev)
    ev.add_argument("--limit", type=int, default=50, help="events per page (default 50, max 1000)")
    ev.add_argument("--offset", type=int, default=0, help="events to skip (next pages)")
    ev.add_argument("--format", default="table", choices=EVENT_FORMATS)
    ev.set_defaults(func=cmd_events)

    ex = sub.add_parser("export", help="export stored events (jsonl, csv, geojson, parquet)",
                        description="Export stored events: JSON Lines (the event contract), "
                                    "ACLED-like CSV, GeoJSON points, or Parquet.")
    _db_option(ex)
    ex.add_argument("--format", required=True, choices=["jsonl", "csv", "geojson", "parquet"])
    ex.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    _filter_options(ex)
    ex.set_defaults(func=cmd_export)

    st = sub.add_parser("stats", help="counts of stored documents and events (JSON)")
    _db_option(st)
    st.set_defaults(func=cmd_stats)

    rp = sub.add_parser("reprocess", help="re-extract documents stored by an older chronique",
                        description="Process again the stored documents an older chronique "
                                    "processed; their events are revised in place.")
    _db_option(rp)
    rp.set_defaults(func=cmd_reprocess)

    sv = sub.add_parser("serve", help="serve the web page and the HTTP API over a database",
                        description="Serve the web page (timeline, map, table, evidence, "
                                    "paste box) at / and the HTTP API beside it (OpenAPI at "
                                    "/openapi.json). Writes need the bearer token of "
                                    "$CHRONIQUE_TOKEN or --token-file; with no token "
                                    "configured, only clients on this machine (loopback) may "
                                    "write.")
    sv.add_argument("database", nargs="?", metavar="DB",
                    help="SQLite file or postgresql:// URL (the same as --db)")
    _db_option(sv)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    sv.add_argument("--token-file", metavar="FILE",
                    help="file holding the bearer token for writes (or $CHRONIQUE_TOKEN_FILE)")
    sv.add_argument("--max-bytes", type=int, metavar="N",
                    help="largest request body accepted (default 5 MB)")
    sv.set_defaults(func=cmd_serve)


if __name__ == "__main__":  # pragma: no cover
    from chronique.cli import main
    sys.exit(main())
