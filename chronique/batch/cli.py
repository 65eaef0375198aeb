"""`chronique ingest` at scale: the options and the choice of path. `cli_store.py` registers
the command and hands it here; the work is in `workers.py` and `cluster.py`.

    chronique ingest PATH... [--workers N]                  # N processes, default all cores
    chronique ingest PATH... --dask local [--workers N]     # a Dask cluster on this machine
    chronique ingest PATH... --dask tcp://HOST:8786         # a running Dask cluster
"""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from chronique.batch.defaults import BATCH_SIZE, PARTITION_SIZE, default_workers
from chronique.errors import ChroniqueError


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def add_options(p: argparse.ArgumentParser) -> None:
    """The batch options of `chronique ingest`."""
    p.add_argument("--workers", type=_positive, metavar="N",
                   help=f"worker processes that parse and extract (default: all cores, "
                        f"{default_workers()} here); 1 does everything in this process. "
                        f"With --dask local, the number of Dask workers")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="run on a Dask cluster: tcp://SCHEDULER:8786, or 'local' for a cluster "
                        "on this machine. The input is cut into partitions the workers read "
                        "(they must see the same paths); results come back as Parquet and are "
                        "merged into the database here")
    p.add_argument("--partition-size", type=_positive, default=PARTITION_SIZE, metavar="N",
                   help=f"with --dask: documents per partition (default {PARTITION_SIZE})")
    p.add_argument("--work-dir", metavar="DIR",
                   help="with --dask: where partition results are kept until merged "
                        "(default: the database's path + '.parts')")
    p.add_argument("--keep-parts", action="store_true",
                   help="with --dask: keep the Parquet results of each partition "
                        "(documents/ and events/ under the work folder) after merging")
    p.add_argument("--batch-size", type=_positive, default=BATCH_SIZE, metavar="N",
                   help=f"documents per batch handed to a worker (default {BATCH_SIZE})")


def _warn(msg: str, err: TextIO) -> None:
    err.write(f"chronique: {msg}\n")


def work_dir(args: argparse.Namespace, location: str) -> Path:
    """Where a Dask run keeps its partition results: --work-dir, else beside the database."""
    from chronique.store.base import is_postgres

    if args.work_dir:
        return Path(args.work_dir)
    if is_postgres(location):
        return Path("chronique.parts")
    return Path(f"{location}.parts")


def _dask():
    try:
        from chronique.batch.cluster import ingest_dask
    except ImportError as exc:
        raise ChroniqueError(f"--dask needs Dask's distributed scheduler ({exc}): "
                             f"pip install 'dask[distributed]'") from None
    return ingest_dask


@contextmanager
def _sigterm_as_ctrl_c() -> Iterator[None]:
    """A job scheduler stopping the ingest (SIGTERM) stops it as Ctrl-C does: workers ended,
    the document being written rolled back, a message saying how to go on."""
    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt
    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:          # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run_ingest(args: argparse.Namespace, err: TextIO) -> int:
    """`chronique ingest`: read, process with the chosen workers, store, summarise."""
    from chronique.batch.inputs import iter_inputs, options
    from chronique.batch.progress import IngestProgress
    from chronique.batch.workers import ingest_parallel
    from chronique.cli_store import EXIT_INTERRUPTED, EXIT_NOTHING_READ, EXIT_OK
    from chronique.store import Store, default_location, ingest

    lang = None if args.lang == "auto" else args.lang
    opts = options(args.published, lang)
    workers = args.workers or default_workers()
    location = args.db or default_location()
    with Store(location) as store, _sigterm_as_ctrl_c():
        progress = IngestProgress(err, "ingest")
        try:
            if args.dask:
                ingest_dask = _dask()
                summary, how = ingest_dask(
                    store, args.paths, opts, address=args.dask, workers=workers,
                    partition_size=args.partition_size, work_dir=work_dir(args, location),
                    keep_parts=args.keep_parts, batch_size=args.batch_size, progress=progress,
                    say=lambda line: _warn(line, err))
            else:
                if "-" not in args.paths:
                    progress.count_in_background(args.paths)
                items = iter_inputs(args.paths, opts)
                if workers == 1:
                    summary = ingest(store, items, progress=progress, batch_size=args.batch_size)
                    how = "--workers 1 (in this process)"
                else:
                    summary = ingest_parallel(store, items, workers=workers, progress=progress,
                                              batch_size=args.batch_size,
                                              langs=(lang,) if lang else ())
                    how = f"--workers {workers}"
        except KeyboardInterrupt:
            progress.close()
            _warn("interrupted: every document stored so far is kept whole; run the same "
                  "command again to go on", err)
            return EXIT_INTERRUPTED
        seconds = progress.close()
    for line in summary.lines():
        _warn(line, err)
    rate = summary.read / seconds if seconds > 0 else 0.0
    _warn(f"time: {seconds:.1f} s, {rate:.1f} documents/s, {how}", err)
    if summary.read == 0 and summary.failed:
        _warn(f"no document could be read ({len(summary.failed)} failed)", err)
        return EXIT_NOTHING_READ
    return EXIT_OK
