"""Sizes a batch starts from, in a module light enough for `chronique --help` to import."""

from __future__ import annotations

import os

# Documents handed to a worker at a time (and parsed together by `nlp.pipe`).
BATCH_SIZE = 32
# Documents per partition of a cluster run: large enough that a task outweighs its overhead,
# small enough that a lost worker costs little and results come back steadily.
PARTITION_SIZE = 1000


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        return os.cpu_count() or 1
