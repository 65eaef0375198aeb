"""Whether a word can name an actor, asked by trigger finding and by argument finding alike."""

from __future__ import annotations

from spacy.tokens import Token

from chronique.extract import syntax as sx
from chronique.resolve.actors import resolve_actor

_ACTOR_ENTS = {"PER", "PERSON", "ORG", "GPE", "LOC", "NORP"}


def actor_like(tok: Token, lang: str) -> bool:
    """A word that can name an actor: a name, an organisation, a pronoun, or a noun the actor
    tables know ("les militaires", "the authorities") — not a thing asked for or condemned
    ("la reconnaissance de la Crimée")."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _ACTOR_ENTS:
        return True
    if tok.pos_ == "NOUN" and "Number=Plur" in str(tok.morph) and any(
            sx.base(c) in ("poss", "nmod:poss") and c.pos_ == "PROPN"
            for c in tok.children):
        return True   # "Machar's bodyguards", "Kiir's men": people someone commands
    words = [tok] + [c for c in tok.children if sx.base(c) in ("amod", "compound", "flat:name")]
    phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return resolve_actor(phrase, lang) is not None
