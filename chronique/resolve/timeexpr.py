"""Finding time expressions in a sentence and reading one into slots.

Every template of the language (`timewords`) is run over the folded sentence; overlapping
matches are resolved in favour of the longest (then the earliest, then the template listed
first), so "le lundi 28 février" wins over "le lundi" and "vendredi à 15 heures" over
"vendredi". Where the language says month or weekday names are capitalised (English), a
lower-case "march" or "may" is not a name and the match is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronique.records import Span
from chronique.resolve.timewords import Template, TimeLexicon, fold_keep_offsets, lexicon

_TRIM = " \t\n,;:.!?()[]{}\"«»“”'"


@dataclass(frozen=True)
class TimeExpr:
    """One matched expression: its kind, offsets in the searched text, and the words of each
    slot that took part (plus the template's constant slots)."""

    kind: str
    start: int
    end: int
    slots: dict[str, str]
    template: Template


def _case_ok(lex: TimeLexicon, original: str, slots: dict[str, tuple[int, int]]) -> bool:
    for name, (s, _) in slots.items():
        if name.rstrip("0123456789") in lex.capitalized and not original[s].isupper():
            return False
    return True


def _matches(lex: TimeLexicon, original: str, folded: str, check_case: bool) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    # The gate is every template in one pattern: the positions where it matches are the
    # only places a template can start. Trying each template there alone, left to right,
    # finds what its own finditer would, without scanning the sentence once per template;
    # at each start only the templates that can begin with its character are tried.
    plan: dict[int, list[int]] = {}
    if lex.starts is not None:
        for w in lex.starts.finditer(folded):
            pos = w.start()
            if lex.gates[folded[pos]].match(folded, pos):
                for i in lex.tried[folded[pos]]:
                    plan.setdefault(i, []).append(pos)
    else:
        starts = []
        m = lex.gate.search(folded)
        while m is not None:
            starts.append(m.start())
            m = lex.gate.search(folded, m.start() + 1)
        if starts:
            plan = {i: starts for i in range(len(lex.templates))}
    for i in sorted(plan):
        t = lex.templates[i]
        taken = -1
        for pos in plan[i]:
            if pos < taken:
                continue
            m = t.regex.match(folded, pos)
            if m is None or m.end() == m.start():
                continue
            taken = m.end()
            where = {k: m.span(k) for k, v in m.groupdict().items() if v is not None}
            if check_case and not _case_ok(lex, original, where):
                continue
            slots = dict(t.values)
            slots.update({k: original[s:e] for k, (s, e) in where.items()})
            found.append(TimeExpr(t.kind, m.start(), m.end(), slots, t))
    return found


def _maximal(found: list[TimeExpr], order: dict[int, int]) -> list[TimeExpr]:
    found.sort(key=lambda x: (x.start - x.end, x.start, order[id(x.template)]))
    chosen: list[TimeExpr] = []
    for x in found:
        if all(x.end <= c.start or x.start >= c.end for c in chosen):
            chosen.append(x)
    return sorted(chosen, key=lambda x: x.start)


def scan(text: str, code: str, *, check_case: bool = True) -> list[TimeExpr]:
    """The maximal, non-overlapping time expressions of `text`, in text order."""
    lex = lexicon(code)
    order = {id(t): i for i, t in enumerate(lex.templates)}
    return _maximal(_matches(lex, text, fold_keep_offsets(text), check_case), order)


def find_time_expressions(text: str, lang: str) -> list[Span]:
    """Maximal time-expression spans in `text` (one sentence), char offsets relative to `text`.

    "Ces pourparlers commenceront jeudi matin dans un lieu" -> [Span("jeudi matin", 29, 40)].
    Nothing is found in "The protesters march to parliament", "He may resign" or "29 morts".
    """
    return [Span(text[x.start:x.end], x.start, x.end) for x in scan(text, lang)]


def parse(expr: str, code: str) -> TimeExpr | None:
    """Read one expression: the first template (in data order) that matches all of it, trimmed
    of surrounding punctuation; failing that, the longest expression found inside it. Case is
    not checked: the caller already chose these words as a time expression."""
    lex = lexicon(code)
    core = expr.strip(_TRIM)
    if not core:
        return None
    offset = expr.index(core)
    folded = fold_keep_offsets(core)
    for t in lex.templates:
        m = t.regex.fullmatch(folded)
        if m:
            slots = dict(t.values)
            slots.update({k: core[m.start(k):m.end(k)]
                          for k, v in m.groupdict().items() if v is not None})
            return TimeExpr(t.kind, offset, offset + len(core), slots, t)
    inside = scan(core, code, check_case=False)
    if not inside:
        return None
    best = max(inside, key=lambda x: x.end - x.start)
    return TimeExpr(best.kind, offset + best.start, offset + best.end, best.slots, best.template)
