"""Finding places in running text: names, descriptions, and the checks that keep common words
out ("Lire aussi", "Police said", "Ben Wallace", "Chelsea Football Club").

Only capitalised names count. A town found with no locative preposition before it must be large
enough that its name is unlikely to be a word or a person; a name that is also a first name
needs a preposition; an acronym never names a town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chronique.resolve.place_match import MAX_NAME_TOKENS, Matcher, _demonym
from chronique.resolve.place_resolver import Hit, Resolver
from chronique.resolve.place_words import Token, span_key, tokenize
from chronique.textnorm import fold

# How large a town must be to be taken without a preposition before it.
MIN_BARE = 10_000              # ... found by its own name
MIN_BARE_ALIAS = 50_000        # ... found by an alias or a respelling
MIN_BEFORE_CAPITAL = 100_000   # ... followed by a capitalised word ("Chelsea Football Club")
MIN_AFTER_CAPITAL = 1_000_000  # ... preceded by one, mid-sentence ("Ben Wallace")

# What may stand between a town and the place that says where it is: ", dans la", " (".
_WORDS_ONLY = re.compile(r"[\w\s'’]*")


def scan(r: Resolver, text: str, home: Sequence[str] = ()) -> list[tuple[int, int, Hit]]:
    """Places in `text` as (start, end) character offsets and hits, in text order; where
    matches overlap the longest wins, a name before a description of the same length."""
    toks = tokenize(text)
    matcher = Matcher(text, toks, r.words, r.known, cased=True)
    found: list[tuple[int, int, bool, Hit]] = []     # start, end token, is a name, hit
    for i, tok in enumerate(toks):
        d = matcher.at(i)
        if d is not None:
            hit = r.describe(d)
            if hit is not None:
                found.append((d.start, d.end, False, hit))
        if tok.capital or (tok.folded in r.words.article_tokens and i + 1 < len(toks)
                           and toks[i + 1].capital):
            got = _name_at(r, text, toks, i, home)
            if got is not None:
                found.append(got)
    def longest_first(f: tuple[int, int, bool, Hit]) -> tuple[int, bool, int]:
        return (toks[f[0]].start - toks[f[1] - 1].end, not f[2], f[0])

    chosen: list[tuple[int, int, bool, Hit]] = []
    taken: set[int] = set()
    for f in sorted(found, key=longest_first):
        if not taken.intersection(range(f[0], f[1])):
            chosen.append(f)
            taken.update(range(f[0], f[1]))
    chosen.sort(key=lambda f: f[0])
    return _merge_qualifiers(r, text, toks, chosen)


def _name_at(r: Resolver, text: str, toks: Sequence[Token], i: int,
             home: Sequence[str] = ()) -> tuple[int, int, bool, Hit] | None:
    for j in range(min(len(toks), i + MAX_NAME_TOKENS), i, -1):
        if not toks[j - 1].capital:
            continue
        key = span_key(text, toks, i, j)
        if key is None:
            continue
        hit = r.by_name(key, exact=True)
        if hit is None and j - i == 2 and text[toks[i].end:toks[i + 1].start] == "-":
            key = key.replace(" ", "")   # "Pétion-Ville": GeoNames writes Petionville
            hit = r.by_name(key, exact=True)
        if hit is not None and _plausible(r, hit, key, text, toks, i, j, home):
            return (i, j, True, hit)
    return None


def _cue_before(r: Resolver, toks: Sequence[Token], i: int) -> bool:
    """A locative preposition just before token i, perhaps with an article between."""
    k = i - 1
    if k >= 0 and toks[k].folded in r.words.article_tokens:
        k -= 1
    for prep in r.words.prepositions:
        if prep in r.words.weak_prepositions:
            continue
        n = len(prep)
        if k - n + 1 >= 0 and tuple(t.folded for t in toks[k - n + 1:k + 1]) == prep:
            return True
    return False


def _plausible(r: Resolver, hit: Hit, key: str, text: str, toks: Sequence[Token],
               i: int, j: int, home: Sequence[str] = ()) -> bool:
    cue = _cue_before(r, toks, i)
    if key in r.words.first_names and not cue:
        return False
    if hit.strong or hit.place is None:
        return True
    if _demonym(text[toks[i].start:toks[j - 1].end], r.words.lang):
        return False   # "Thai positions": "Thai" is also one of Alor Setar's names
    pop = hit.place.population
    # (a name of several words that GeoNames holds as another spelling, "Khan Sheikhoun" for
    # Khan Shaykhun, in a country the report names, is as good as the town's own name)
    alias_at_home = j - i >= 2 and hit.place.country in home
    if not cue and pop < (MIN_BARE if hit.main or alias_at_home else MIN_BARE_ALIAS):
        return False
    # An acronym ("UN", "OTAN") that happens to be some town's name or alias.
    if j == i + 1 and toks[i].text.isupper() and (
            len(toks[i].text) <= 3 or (not hit.main and pop < MIN_AFTER_CAPITAL)):
        return False
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.folded in r.words.name_particles:
        return False   # "Ursula von der Leyen" (Leiden is also Leyden)
    if (prev is not None and prev.capital and text[prev.end:toks[i].start].isspace()
            and prev.folded not in r.words.article_tokens
            and (prev.folded in r.words.first_names
                 or (not prev.initial and pop < MIN_AFTER_CAPITAL))):
        return False
    nxt = toks[j] if j < len(toks) else None
    # The first part of a longer hyphenated name the gazetteer does not hold: "Al-Qaïda",
    # "Al-Shabaab" (Al is a Norwegian town).
    if nxt is not None and nxt.capital and text[toks[j - 1].end:nxt.start] in ("-", "‑"):
        return False
    # A model number makes a name a product's: "the Chollima-1 rocket", "a Shahed-136 drone".
    if nxt is not None and text[toks[j - 1].end:nxt.start] in ("-", "‑") \
            and text[nxt.start:nxt.start + 1].isdigit():
        return False
    # Either side of a longer name joined by "of": "the Horn of Africa" (Horn, Austria), "the
    # Gulf of Aden", "Kyiv University"'s "University of Kyiv". A sentence's first word is
    # capitalised whatever it is ("Residents of Kharkiv").
    links = r.words.name_links
    if nxt is not None and nxt.folded in links and j + 1 < len(toks) and toks[j + 1].capital:
        return False
    if i >= 2 and toks[i - 1].folded in links and toks[i - 2].capital \
            and not toks[i - 2].initial and toks[i - 2].folded not in r.words.article_tokens:
        return False
    # A small town followed by a capitalised word is the first word of a longer name ("in
    # Ben Guerdane"), unless that word is a weekday or another common word ("in Bucha Tuesday").
    if (nxt is not None and nxt.capital and text[toks[j - 1].end:nxt.start].isspace()
            and pop < (MIN_BARE if cue and hit.main and nxt.folded in r.words.not_places
                       else MIN_BEFORE_CAPITAL)):
        # ("à la State House": "State" is one of Statte's other names)
        return False
    if nxt is not None and nxt.capital and pop < MIN_BEFORE_CAPITAL \
            and _opens_facility(r, toks, j):
        return False   # "from Ben Gurion Airport" (Ben, a town in Iran)
    return True


def _opens_facility(r: Resolver, toks: Sequence[Token], j: int) -> bool:
    """Whether the capitalised words from token j on end in a facility noun."""
    for k in range(j, min(len(toks), j + 3)):
        if not toks[k].capital:
            return False
        if toks[k].folded in r.words.facility_nouns:
            return True
    return False


def _merge_qualifiers(r: Resolver, text: str, toks: Sequence[Token],
                      chosen: list[tuple[int, int, bool, Hit]]) -> list[tuple[int, int, Hit]]:
    """Join "Paris, Texas" and "Evere (Bruxelles)" into one place, read in the second."""
    out: list[tuple[int, int, Hit]] = []
    k = 0
    while k < len(chosen):
        a0, a1, is_name, hit = chosen[k]
        start, end = toks[a0].start, toks[a1 - 1].end
        if is_name and k + 1 < len(chosen) and hit.location.precision == "city":
            b0, b1, _, where = chosen[k + 1]
            gap = text[end:toks[b0].start].strip()
            opener = gap[:1]
            rest = [t.folded for t in tokenize(gap[1:])]
            preps = {w for p in r.words.prepositions for w in p} | r.words.article_tokens
            wide = where.location.precision in ("admin1", "country", "region")
            if (opener in (",", "(") and _WORDS_ONLY.fullmatch(gap[1:])
                    and all(w in preps for w in rest) and (wide or opener == "(")):
                key = fold(text[start:end])
                again = r.by_name(key, where.limit())
                if again is not None:
                    stop = toks[b1 - 1].end
                    if opener == "(" and text[stop:stop + 1] == ")":
                        stop += 1
                    out.append((start, stop, again))
                    k += 2
                    continue
        out.append((start, end, hit))
        k += 1
    return out
