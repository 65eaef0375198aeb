"""The rules of find_tolls, over a sentence already cut into items (quantity_lexicon.Item).

1. Which numbers may be head counts: not a measure ("15 heures", "12 ans"), not a date
   ("le 27 juin", "28, 29 et 30 juin"), not a label ("résolution 2334"), not the set a part is
   taken from ("un des deux suspects"), not a year unless people follow, not a lone
   "un"/"a"/"one" unless a person or a toll word follows.
2. Ranges ("entre 20 et 30", "20 à 30", "two or three") and the modifiers before a number
   ("au moins", "about") join the number into one `Quantity`.
3. Its kind: a toll word after it, over people nouns, auxiliaries and at most two other words
   (`scan_right`); failing that, a toll word before it that governs it (`scan_left`).
4. Sentence cues (cumulative, updated) go to the mentions of their clause, or else to those of
   the nearest clause that has any.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronique.resolve.quantity_lexicon import Item, Lexicon

# How many words of no known role a toll word may be from its count. After a count they are
# adjectives ("12 soldats ukrainiens"); before it a verb is close ("tuant hier 5 personnes") but
# a toll noun may be further ("the death toll from Friday's strike rose to 50").
_AFTER_SLACK = 2
_VERB_SLACK = 2
_NOUN_SLACK = 4
# ... and further still when a verb of the toll stands right before the count ("the death toll
# from Saturday's strike on an apartment block in Dnipro rose to 40").
_FAR_NOUN_SLACK = 12
_VICTIMS_WINDOW = 10
_CLAUSE_MARKS = {",", ";", ":", "(", ")", "[", "]", "-"}


@dataclass
class Quantity:
    first: int                  # first item: modifier or range opener included
    last: int                   # last item of the number
    count: int
    min: int | None
    max: int | None
    approximate: bool
    number_start: int
    number_end: int


# Signs that say nothing about the clause: a possessive apostrophe ("Friday's") and quotation
# marks around a word ("ont été « neutralisés »").
_TRANSPARENT = {"'", '"', "«", "»", "“", "”", "„"}


def _transparent(item: Item) -> bool:
    return item.key in _TRANSPARENT


def _head_follows(items: list[Item], k: int, lex: Lexicon, slack: int) -> bool:
    """A toll word at `k`, or a person noun after at most `slack` other words ("un jeune
    homme"); "l'un des blessés" is one of a toll, not a toll of one."""
    if k < len(items) and lex.toll_after(items, k)[0]:
        return True
    for j in range(k, min(k + slack + 1, len(items))):
        if lex.persons.at(items, j):
            return True
        if items[j].is_punct or items[j].num is not None:
            return False
    return False


def _in_date_list(items: list[Item], i: int, lex: Lexicon) -> bool:
    """A day of the month, alone or in a list: "27 juin", "June 27", "28, 29 et 30 juin"; but
    not the count after a date ("On June 27, 12 people were killed")."""
    if items[i].num.value > 31:
        return False
    n = len(items)
    j = i + 1
    while j < n:
        if lex.months.at(items, j):
            return True
        if items[j].key in lex.list_links and j + 1 < n and items[j + 1].num is not None:
            j += 2
            continue
        break
    listed_after = j > i + 1
    j = i - 1
    while j >= 0:
        if lex.months.ending(items, j):
            return True
        if items[j].key in lex.list_links and j >= 1 and items[j - 1].num is not None:
            if items[j].key == "," and j == i - 1 and not listed_after:
                return False
            j -= 2
            continue
        break
    return False


def _is_count(items: list[Item], i: int, lex: Lexicon) -> bool:
    nm = items[i].num
    if nm is None or nm.value is None:
        return False
    if lex.units.at(items, i + 1) or lex.not_before.ending(items, i - 1):
        return False
    if _in_date_list(items, i, lex):
        return False
    # "un des deux suspects a été interpellé": two is the set the one is taken from
    part = lex.partitive.ending(items, i - 1)
    if part and i - 1 - part >= 0 and items[i - 1 - part].num is not None:
        return False
    if nm.singular:
        return _head_follows(items, i + 1, lex, slack=1)
    if nm.year_like:
        return _head_follows(items, i + 1, lex, slack=0)
    return True


def find_quantities(items: list[Item], lex: Lexicon) -> list[Quantity]:
    """The numbers of a sentence that may be head counts, ranges and modifiers joined in."""
    for i, it in enumerate(items):
        it.valid = it.num is not None and _is_count(items, i, lex)
    out: list[Quantity] = []
    n = len(items)
    i = 0
    while i < n:
        it = items[i]
        if it.num is None or it.num.value is None:
            i += 1
            continue
        first, last = i, i
        count, lo, hi, valid = it.num.value, it.num.min, it.num.max, it.valid
        other = items[i + 2] if i + 2 < n else None
        if other is not None and other.num is not None and other.num.value is not None \
                and other.num.value > count:
            conn = items[i + 1].key
            opener = items[i - 1].key if i else ""
            paired = conn in lex.range_paired.get(opener, ())
            bare = conn in lex.range_bare and not lex.change_from.ending(items, i - 1)
            if paired or bare:
                lo, hi, last, valid = count, other.num.value, i + 2, other.valid
                first = i - 1 if paired else i
        # "le bilan est passé de 20 à 28 morts": 20 is the superseded figure, not a toll
        if not valid or lex.change_from.ending(items, first - 1):
            i = last + 1
            continue
        approximate = it.num.approximate
        while True:
            about, floor = lex.about.ending(items, first - 1), lex.floor.ending(items, first - 1)
            if not about and not floor:
                break
            approximate = approximate or about >= floor
            first -= max(about, floor)
        out.append(Quantity(first, last, count, lo, hi, approximate,
                            it.start, items[last].end))
        i = last + 1
    return out


def _governs_next(items: list[Item], j: int, lex: Lexicon) -> bool:
    """Whether the toll word at `j` governs a count after it ("Three gunmen killed 5 people":
    "killed" is about the 5, not the three)."""
    length = 0
    for kind in lex.before:
        length = max(length, lex.before[kind].at(items, j), lex.totals[kind].at(items, j))
    if not length:
        return False
    k = j + length
    for _ in range(3):
        if k >= len(items):
            return False
        if items[k].num is not None and items[k].valid:
            return True
        step = max(lex.floor.at(items, k), lex.about.at(items, k), lex.links_before.at(items, k))
        if not step:
            return False
        k += step
    return False


def _death_near(items: list[Item], j: int, lex: Lexicon) -> bool:
    """A word of death near "victimes", not the toll word of another count ("12 victimes, dont
    trois morts": the victims include the dead, they are not all dead)."""
    lo, hi = max(0, j - _VICTIMS_WINDOW), min(len(items), j + _VICTIMS_WINDOW)
    return any(lex.death_context.at(items, k) and not _counted(items, k)
               for k in range(lo, hi) if k != j)


def _counted(items: list[Item], k: int) -> bool:
    return any(items[b].num is not None and items[b].valid for b in range(max(0, k - 3), k))


def _clause_end(items: list[Item], k: int) -> int:
    while k < len(items) and not (items[k].is_punct and not _transparent(items[k])):
        k += 1
    return k


def scan_right(items: list[Item], q: Quantity, lex: Lexicon) -> tuple[str, int] | None:
    """A toll word after the count: its kind and its last item."""
    n = len(items)
    j, unknown = q.last + 1, 0
    while j < n:
        it = items[j]
        if it.num is not None and it.valid:
            return None
        if lex.counted_among.at(items, j):
            return None   # "a Peruvian woman were among the dead": a part, not the toll
        kind, length = lex.toll_after(items, j)
        if kind:
            return None if _governs_next(items, j, lex) else (kind, j + length - 1)
        length = lex.victims.at(items, j)
        if length and _death_near(items, j, lex):
            return "dead", j + length - 1
        if _transparent(it):
            j += 1
            continue
        if it.is_punct:
            # "12 personnes, dont trois enfants, ont été tuées": step over the named part
            if it.key == "," and lex.subset.at(items, j + 1):
                j = _clause_end(items, j + 1)
                if j < n and items[j].key == ",":
                    j += 1
                    continue
            return None
        length = lex.persons.at(items, j) or lex.links_after.at(items, j)
        if length:
            j += length
            continue
        length = lex.stops.at(items, j)
        if length:
            # "441 policiers et gendarmes blessés": a conjunction between people goes on
            people = lex.persons.at(items, j + length)
            if not people or j == q.last + 1:
                return None
            j += length + people
            continue
        unknown += 1
        if unknown > _AFTER_SLACK:
            return None
        j += 1
    return None


def _tail(items: list[Item], q: Quantity, lex: Lexicon) -> int | None:
    """After a count governed from before: the person noun it counts ("killing 50 people"), or
    the count alone when the clause ends there ("killing 12 and wounding 30"), or a name of
    people before the end of the clause ("ont tué 18 Palestiniens,"); else None."""
    k, unknown = q.last + 1, 0
    names = True                # every word passed so far is capitalised
    while k < len(items):
        length = lex.persons.at(items, k)
        if length:
            return k + length - 1
        it = items[k]
        if _transparent(it):
            k += 1
            continue
        if it.is_punct or lex.ends.at(items, k) or lex.stops.at(items, k):
            return q.last if unknown == 0 else k - 1 if names else None
        if it.num is not None and it.valid:
            return None
        length = lex.links_after.at(items, k)
        if length:
            k += length
            continue
        unknown += 1
        names = names and it.capital
        if unknown > _AFTER_SLACK:
            return None
        k += 1
    return q.last if unknown == 0 else k - 1 if names else None


def scan_left(items: list[Item], q: Quantity, lex: Lexicon) -> tuple[str, int, int] | None:
    """A toll word before the count that governs it: kind, its first item, the mention's last."""
    j, unknown = q.first - 1, 0
    while j >= 0:
        it = items[j]
        if it.num is not None and it.valid:
            return None
        if _transparent(it):
            j -= 1
            continue
        if it.is_punct:
            return None
        kind, length, noun = lex.trigger_before(items, j)
        if kind:
            far = _toll_verb_before(items, q, lex) or _update_at(items, j - length + 1, j, lex)
            if unknown > (_VERB_SLACK if not noun else _FAR_NOUN_SLACK if far else _NOUN_SLACK):
                return None
            last = _tail(items, q, lex)
            return None if last is None else (kind, j - length + 1, last)
        length = lex.links_before.ending(items, j)
        if length:
            j -= length
            continue
        unknown += 1
        if unknown > _FAR_NOUN_SLACK:
            return None
        j -= 1
    return None


def _update_at(items: list[Item], first: int, last: int, lex: Lexicon) -> bool:
    """An update cue around a toll noun: "bringing the death toll from ... to two"."""
    return any(lex.updated.at(items, k) for k in range(max(0, first - 3), last + 1))


def _toll_verb_before(items: list[Item], q: Quantity, lex: Lexicon) -> bool:
    """"rose to 40", "s'élève à 29": a verb phrase of the toll right before the count."""
    return bool(lex.updated.ending(items, q.first - 1)
                or lex.links_before.ending(items, q.first - 1) >= 2)


def civilian_of(items: list[Item], first: int, last: int, lex: Lexicon) -> bool | None:
    """True when the mention names civilians, False when it names soldiers or fighters, None
    when it names neither or both. A following "dont trois enfants" / "including" clause counts."""
    end = last
    k = last + 1
    while k < len(items) and (_transparent(items[k]) or items[k].key == ","):
        k += 1
    if lex.subset.at(items, k):
        end = _clause_end(items, k) - 1
    civ = any(lex.civilian.at(items, j) for j in range(first, end + 1))
    mil = any(lex.combatant.at(items, j) for j in range(first, end + 1))
    return None if civ == mil else civ


def _cue_positions(items: list[Item], lex: Lexicon, which: str) -> list[int]:
    if which == "updated":
        return lex.updated.anywhere(items)
    if which == "superseded":
        return lex.superseded.anywhere(items)
    if which == "alternative":
        return lex.alternative.anywhere(items)
    found = lex.cumulative.anywhere(items)
    for i in lex.since.anywhere(items):
        k = i + lex.since.at(items, i)
        if k < len(items) and (items[k].num is not None or lex.since_followers.at(items, k)
                               or lex.months.at(items, k) or lex.weekdays.at(items, k)):
            found.append(i)
    return found


def flag_mentions(items: list[Item], mentions: list[tuple[Any, int, int, int]],
                  lex: Lexicon) -> None:
    """Set `cumulative`, `updated` and `superseded` on mentions given as (mention, first item, last item,
    number item). A cue goes to the mentions of its clause, or else to those of the nearest
    clause that has any."""
    if not mentions:
        return
    clause, c = [], 0
    for it in items:
        if it.is_punct and it.key in _CLAUSE_MARKS:
            c += 1
        clause.append(c)
    for attr in ("cumulative", "updated", "superseded", "alternative"):
        for cue in _cue_positions(items, lex, attr):
            # "En une semaine, les violences ont fait 150 morts et 1 000 blessés": the cue's
            # own clause has no count, so it goes to the nearest clause that has some.
            told = [x for x in mentions
                    if attr != "cumulative" or not _in_past_clause(items, clause, cue, x[3], lex)]
            if not told:
                continue
            gap = min(abs(clause[num] - clause[cue]) for _, _, _, num in told)
            for m, _, _, num in told:
                if abs(clause[num] - clause[cue]) == gap:
                    setattr(m, attr, True)


def _in_past_clause(items: list[Item], clause: list[int], cue: int, num: int, lex: Lexicon) -> bool:
    """"since August 2013, when sarin killed hundreds": the count sits in a clause, opened after
    the cue, that tells one past day."""
    return num > cue and any(lex.past_clause.at(items, j) and clause[j] == clause[num]
                             for j in range(cue + 1, num))
