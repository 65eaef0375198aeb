"""Score chronique on the development set, by split and language, as the README reports it.

    .venv/bin/python scripts/devset_report.py [--split tune|tune2|tune3|tune4|heldout|all] [-v]

The splits are listed in devset/splits.json (see devset/SPLITS.md): the held-out quarter was
set aside before any tuning and is only ever scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from chronique.api import extract_paths  # noqa: E402
from chronique.evaluate import evaluate, load_gold, render  # noqa: E402


def score(names: list[str], verbose: bool) -> str:
    base = REPO / "devset"
    gold = [g for n in names for g in load_gold(base / f"{n}.expected.json")]
    events = []
    for result in extract_paths([base / f"{n}.txt" for n in names]):
        if result.error is not None:
            raise SystemExit(f"devset document failed: {result.error}")
        events.extend(e.to_dict() for e in result.events)
    return render(evaluate(gold, events), verbose=verbose)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    splits = json.loads((REPO / "devset" / "splits.json").read_text())
    ap.add_argument("--split", choices=[*splits, "all"], default="heldout")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    names = [n for v in splits.values() for n in v] if args.split == "all" else splits[args.split]
    print(f"split: {args.split} ({len(names)} reports)")
    print(score(names, args.verbose), end="")


if __name__ == "__main__":
    main()
