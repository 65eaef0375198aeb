"""Casualty and arrest counts in a news sentence, as numbers coded the way ACLED codes them.

    find_tolls("A Kharkiv, le bilan des frappes s'élève en deux jours à 29 morts.", "fr")
    -> [TollMention(kind='dead', count=29, cumulative=True, text='29 morts', ...)]

A count is a toll when a toll word follows it ("29 morts", "2.000 civils ont été tués",
"Dozens more were injured") or governs it from before ("killing at least 50 people", "la mort
de 28 personnes", "the death toll rose to 50"). Everything else is left alone: "4,000 civilians
were in and around the station", "les 27 États membres", "le 27 juin", "un enfant de 12 ans".
Vague quantities take ACLED's numbers ("des dizaines" = 12, "hundreds" = 100), ranges their
lower bound. All words come from `lang/<code>/quantities.yaml` (see quantity_lexicon.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from chronique.records import Toll
from chronique.resolve.quantity_lexicon import Item, Lexicon, lexicon
from chronique.resolve.quantity_numbers import flatten
from chronique.resolve.quantity_scan import (Quantity, civilian_of, find_quantities,
                                             flag_mentions, scan_left, scan_right)

__all__ = ["TollMention", "find_tolls", "parse_number", "to_toll"]


@dataclass
class TollMention:
    """One count of dead, injured, arrested or missing people in a sentence.

    Offsets are characters in the sentence given to `find_tolls`; `number_start`/`number_end`
    cover the number words alone ("29" in "29 morts"), `start`/`end` the whole mention.
    """

    start: int
    end: int
    text: str
    kind: str                   # 'dead' | 'injured' | 'arrested' | 'missing'
    count: int                  # for a range, the lower bound
    min: int | None = None
    max: int | None = None
    approximate: bool = False   # "une vingtaine", "dozens", "about", "près de"
    cumulative: bool = False    # running total / multi-day toll, from cues in the sentence
    civilian: bool | None = None
    updated: bool = False       # "le bilan monte à", "dernier bilan", "rose to", "latest toll"
    superseded: bool = False    # "un précédent bilan", "an earlier toll": a figure since revised
    alternative: bool = False   # "though local newspapers put the toll above 150": another
                                # source's figure for the same toll
    number_start: int = 0
    number_end: int = 0


def parse_number(text: str, lang: str) -> int | None:
    """The value of a text that is one number, else None.

    '2.000', '2 000', '2,000' -> 2000; '1,5 million' -> 1500000; 'vingt-trois' -> 23;
    'quatre-vingt-dix' -> 90; 'a hundred' -> 100; 'une vingtaine' -> 20; 'des dizaines' -> 12;
    '20-30' -> 20 (a range gives its lower bound); '2,5', 'deuxième', 'hello' -> None.
    """
    match = lexicon(lang).numbers.value_of(text)
    return match.value if match else None


def find_tolls(text: str, lang: str) -> list[TollMention]:
    """Every count of dead, injured, arrested or missing people in one sentence, in order."""
    lex = lexicon(lang)
    flat = flatten(text)
    if lex.gate is not None and not lex.gate.search(flat):
        return []
    items = lex.items(text, flat)
    if not any(it.num is not None for it in items):
        return []
    found: list[tuple[Quantity, TollMention, int, int]] = []
    for q in find_quantities(items, lex):
        hit = scan_right(items, q, lex)
        first = q.first
        if hit is None:
            left = scan_left(items, q, lex)
            if left is None:
                continue
            kind, first, last = left
        else:
            kind, last = hit
        found.append((q, _mention(text, items, q, kind, first, last, lex), first, last))
    flag_mentions(items, [(m, first, last, q.first) for q, m, first, last in found], lex)
    return [m for _, m, _, _ in found]


def _mention(text: str, items: list[Item], q: Quantity, kind: str, first: int, last: int,
             lex: Lexicon) -> TollMention:
    start, end = items[first].start, items[last].end
    return TollMention(
        start=start, end=end, text=text[start:end], kind=kind, count=q.count,
        min=q.min, max=q.max, approximate=q.approximate,
        civilian=civilian_of(items, first, last, lex),
        number_start=q.number_start, number_end=q.number_end)


def to_toll(m: TollMention) -> Toll:
    """The record-level toll (records.Toll) of a mention."""
    return Toll(count=m.count, cumulative=m.cumulative, civilian=m.civilian, text=m.text,
                min=m.min, max=m.max)
