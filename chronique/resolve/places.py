"""Places: a place span of a report to a `Location`, and the places named in a sentence.

    resolve_place("Kharkov", "fr")                       -> Kharkiv, UKR, city, 49.99 36.23
    resolve_place("la capitale ukrainienne", "fr")       -> Kyiv
    resolve_place("l'est de l'Ukraine", "fr")            -> Ukraine (E), region
    resolve_place("Tripoli", "en", ["LBN"])              -> Tripoli, Lebanon
    find_places("Frappe russe sur Krementchouk", "fr")   -> [(Span 'Krementchouk', Kremenchuk)]

Names are looked up in the offline gazetteer (`gazetteer.py`, built by
scripts/build_gazetteer.py), countries in `countries.country_table`, descriptions matched with
the templates of `lang/<code>/places.yaml` (`place_words.py`, `place_match.py`). How one of
several places of a name is chosen is in `place_resolver.py`; how running text is searched,
in `place_scan.py`.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronique.records import Location, Span
from chronique.resolve.gazetteer import Gazetteer, load_gazetteer
from chronique.resolve.place_resolver import Hit, Resolver
from chronique.resolve.place_scan import MIN_BARE_ALIAS, scan
from chronique.resolve.place_words import tokenize
from chronique.textnorm import fold

__all__ = ["Gazetteer", "find_places", "load_gazetteer", "resolve_place", "shared_name"]


def resolve_place(name: str, lang: str, context_countries: Sequence[str] = (),
                  named_only: bool = False) -> Location | None:
    """A place span as written in a report -> a Location, or None when it is not a known place.

    `context_countries` are the ISO alpha-3 codes of the countries the report is about; they
    settle names several places share. Case, accents and a leading article or preposition do
    not matter. "Evere (Bruxelles)" and "Paris, Texas" read the second part as where the first
    is; a longer span falls back to the place named inside it ("Kramatorsk train station").

    `named_only` reads `name` as a name some other reader (the parser's NER) took for a place:
    a small town known by that name only as an alias is then not taken ("Khan", one of Haan's
    names, is a surname far more often), nor a town inside a longer name ("Hamilton Hall").
    """
    r = Resolver(lang, context_countries)
    hit = r.whole(name)
    if named_only and hit is not None and hit.place is not None and hit.place.kind == "city" \
            and not hit.main and hit.place.population < MIN_BARE_ALIAS:
        return None
    if hit is None:
        for sep in (",", "("):
            head, found, qualifier = name.partition(sep)
            if found and head.strip() and qualifier.strip(" )"):
                hit = _qualified(r, head, qualifier.strip().rstrip(")"))
                if hit is not None:
                    break
    if hit is None:
        if named_only:
            return None
        for start, _end, inner in scan(r, name):
            if not _inside_a_name(r, name, start):
                return inner.location
        return None
    return hit.location


def shared_name(name: str, lang: str) -> bool:
    """Whether places in more than one country bear `name` ("Jericho": the West Bank and New
    York), so that what the report says around it has to choose."""
    r = Resolver(lang, ())
    refs, _ = r.refs(r.words.strip_article(fold(name)))
    return len({ref.place.country for ref in refs}) > 1


def _inside_a_name(r: Resolver, text: str, start: int) -> bool:
    """True when a capitalised word precedes `start`: "Street" in "Downing Street"."""
    before = tokenize(text[:start])
    if not before:
        return False
    last = before[-1]
    function_words = r.words.article_tokens | {w for p in r.words.prepositions for w in p}
    # A place noun is no part of the name it introduces: "l'État Rakhine", "Province Sindh".
    nouns = r.words.nouns["admin1_noun"].keys() | r.words.nouns["city_noun"].keys()
    return last.capital and last.folded not in function_words and \
        last.folded not in nouns and text[last.end:start].isspace()


def _qualified(r: Resolver, head: str, qualifier: str) -> Hit | None:
    where = r.whole(qualifier)
    if where is None:
        return r.whole(head)
    return r.whole(head, where.limit()) or where


def find_places(text: str, lang: str, context_countries: Sequence[str] = (),
                home: Sequence[str] = ()) -> list[tuple[Span, Location]]:
    """Known place names and place descriptions in a sentence, in text order.

    Offsets are relative to `text`. Where matches overlap the longest wins, so "la ville de
    Kharkiv" is one place, not two. Only capitalised names count, and a name is dropped when it
    is a common word (`not_places`), a first name without a preposition before it, a small town
    without one, or looks like part of a person's or an organisation's name.
    
    `home`: the countries the report names, where a town named by one of GeoNames' other
    spellings is as plausible as by its own name.
    """
    r = Resolver(lang, context_countries)
    return [(Span(text[a:b], a, b), hit.location) for a, b, hit in scan(r, text, home)]
