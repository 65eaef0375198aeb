"""The model's attribute ruler, same rules and same result, without matching every rule at
every token.

spaCy's `attribute_ruler` runs a Matcher of all its rules over every token: 179 rules in the
English model, about a tenth of the time of the whole English pipeline (measured on the
benchmark corpus: 1.0 s of 9 s). Almost all of those rules look at one token and at nothing but
that token's own word, tag, part of speech and dependency label, so their outcome is fixed by
those four values: it is worked out once per distinct combination and then looked up. The few
rules that span several tokens, or read anything else, still go through a Matcher of their
own. Matches are applied by the ruler itself, in the ruler's order, so the annotations are the
ones the stock component would set (tests/test_attributes.py compares them token by token).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

# What a one-token rule may test to be decided by the token's word, tag, POS and label alone.
_READERS: dict[str, Callable[[Token], Any]] = {
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "IS_SPACE": lambda t: t.is_space,
    "TAG": lambda t: t.tag_,
    "POS": lambda t: t.pos_,
    "DEP": lambda t: t.dep_,
}
_OPERATORS = {"IN", "NOT_IN", "REGEX"}
# Distinct (word, tag, POS, label) combinations kept before the table starts again: it grows
# with the vocabulary of the input, and an archive's vocabulary has no bound.
_CACHE_SIZE = 200_000


def _one_token_test(pattern: list[dict]) -> Callable[[Token], bool] | None:
    """A function deciding a one-token pattern on a token, or None if the pattern spans
    several tokens or tests something this module does not read."""
    if len(pattern) != 1:
        return None
    spec = pattern[0]
    tests: list[Callable[[Token], bool]] = []
    for attr, value in spec.items():
        read = _READERS.get(attr)
        if read is None:
            return None   # "OP", "LEMMA", "ENT_TYPE", "_": left to the Matcher
        if isinstance(value, dict):
            if not value or set(value) - _OPERATORS:
                return None
            for op, arg in value.items():
                if op == "IN":
                    tests.append(lambda t, r=read, a=frozenset(arg): r(t) in a)
                elif op == "NOT_IN":
                    tests.append(lambda t, r=read, a=frozenset(arg): r(t) not in a)
                else:
                    tests.append(lambda t, r=read, rx=re.compile(arg): bool(rx.search(r(t))))
        elif isinstance(value, (str, bool)):
            tests.append(lambda t, r=read, v=value: r(t) == v)
        else:
            return None
    return lambda tok: all(test(tok) for test in tests)


class CachedAttributeRuler:
    """Callable pipeline component standing in for `ruler`."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.matcher import Matcher

        self.ruler = ruler
        strings = ruler.vocab.strings
        # (rule number, its match id, its tests) for rules decided token by token.
        self.single: list[tuple[int, int, list[Callable[[Token], bool]]]] = []
        self.matcher = Matcher(ruler.vocab, validate=False)
        for rule in range(len(ruler.attrs)):
            key = str(rule)
            if key not in ruler.matcher:
                continue
            _, patterns = ruler.matcher.get(key)
            tests = [_one_token_test(p) for p in patterns]
            if all(t is not None for t in tests):
                self.single.append((rule, strings.add(key), tests))  # type: ignore[arg-type]
            else:
                self.matcher.add(key, patterns)
        self.has_multi = len(self.matcher) > 0
        self._cache: dict[tuple[int, ...], list[tuple[int, int]]] = {}

    def _rules_for(self, tok: Token) -> list[tuple[int, int]]:
        return [(rule, match_id) for rule, match_id, tests in self.single
                if any(test(tok) for test in tests)]

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, ORTH, POS, TAG

        cache = self._cache
        matches: list[tuple[int, int, int, int]] = []
        for i, key in enumerate(map(tuple, doc.to_array([ORTH, TAG, POS, DEP]).tolist())):
            rules = cache.get(key)
            if rules is None:
                if len(cache) >= _CACHE_SIZE:
                    cache.clear()
                rules = cache[key] = self._rules_for(doc[i])
            for rule, match_id in rules:
                matches.append((rule, match_id, i, i + 1))
        if self.has_multi:
            strings = doc.vocab.strings
            matches.extend((int(strings[m]), m, s, e)
                           for m, s, e in self.matcher(doc, allow_missing=True))
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc
