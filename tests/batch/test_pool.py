"""The local worker pool when a worker dies: the batches in flight, and the next ones, are run
by a new pool."""

from __future__ import annotations

import os
from concurrent.futures.process import BrokenProcessPool

import pytest

from chronique.batch.workers import Batch, Pool
from chronique.records import Document


def _count_or_die(docs: list[Document], batch_size: int) -> list[int]:
    if any(d.id == "die" for d in docs):
        os._exit(1)                   # a worker killed (out of memory, a signal)
    return [len(docs)]


def _batch(doc_id: str) -> Batch:
    return Batch([Document(id=doc_id, text="Une phrase.", lang="fr")])


def test_a_batch_given_to_a_pool_already_broken_is_run_by_a_new_pool():
    # A worker may die between two submissions: the executor then refuses the next batch
    # at once, and that refusal must restart the pool like a death seen in a result.
    with Pool(1, work=_count_or_die) as pool:
        with pytest.raises(BrokenProcessPool):
            pool._submit(_batch("die")).result(timeout=120)
        out = list(pool.ordered([_batch("a")]))
    assert [results for _, results in out] == [[1]]
