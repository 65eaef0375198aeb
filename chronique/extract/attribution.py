"""Who a reported event is attributed to: "X a annoncé que ...", "..., a annoncé la présidence
ukrainienne", "..., said the ministry", "selon X", "according to X", "dans un communiqué du
Kremlin".

The French parser labels the post-verbal speaker of "..., a annoncé la Russie" as an object
(measured on the seed report): when a reporting verb has no subject and follows the content,
its noun is the speaker. A reporting verb that *is* the act ("Truss announced an asset freeze")
is not an attribution: the announcement is the sanction itself.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from chronique.extract import syntax as sx
from chronique.extract.lexicon import Lexicon
from chronique.extract.triggers import Trigger
from chronique.textnorm import fold

_CONTENT_OF_SPEECH = {"ccomp", "xcomp", "parataxis", "advcl", "obj", "dobj", "conj", "root",
                      "dep", "acl", "obl", "obl:arg", "nmod", "csubj", "nsubj", "nsubj:pass"}


def is_reporting(tok: Token, lex: Lexicon) -> bool:
    return tok.pos_ in ("VERB", "AUX") and fold(tok.lemma_) in lex.reporting_verbs


def speaker_of(verb: Token, content: Token | None) -> Token | None:
    """The head of who speaks with reporting verb `verb` about `content`."""
    subj = [c for c in verb.children if sx.base(c) in sx.SUBJ | sx.PASS_SUBJ]
    subj = [s for s in subj if content is None or not _inside(content, s)]
    if subj:
        return subj[0]
    if sx.base(verb) == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        # "Putin called the mutiny treason and said ...": coordinated verbs share the subject
        return speaker_of(verb.head, content)
    if content is not None and verb.i > content.i:
        # "..., a annoncé la Russie": the parser reads the speaker as an object
        objs = [c for c in verb.children if sx.base(c) in sx.OBJ and c.i > verb.i
                and any(t.pos_ in ("PROPN", "ADJ") or t.ent_type_ for t in c.subtree)]
        if objs:
            return objs[0]
    return None


def _inside(tok: Token, ancestor: Token) -> bool:
    return tok == ancestor or ancestor.is_ancestor(tok)


def _statement_author(verb: Token, lex: Lexicon) -> Token | None:
    """"dans un communiqué du Kremlin": the author of a statement noun under the verb."""
    for prep, noun in sx.pp_dependents(verb):
        if fold(noun.lemma_) in lex.statement_nouns or fold(noun.text) in lex.statement_nouns:
            for p2, author in sx.pp_dependents(noun):
                if author.pos_ in ("PROPN", "NOUN"):
                    return author
    return None


def attribution(trig: Trigger, sent: SpacySpan, lex: Lexicon) -> list[Token]:
    """Heads of the speakers a trigger's event is attributed to (empty: the narrator)."""
    start = trig.token
    # The reporting verb above the event: "X a annoncé que [...event...]".
    cur = start
    for anc, label in sx.ancestors_path(start):
        if label in sx.RELATIVE:
            break
        if is_reporting(anc, lex) and anc != trig.support and anc != trig.token:
            if label in _CONTENT_OF_SPEECH:
                who = speaker_of(anc, cur) or _statement_author(anc, lex)
                if who is not None:
                    return [who]
        cur = anc
    # A reporting clause hanging after the event: "[...event...], a déclaré le Kremlin".
    for anc in [start] + [a for a, _ in sx.ancestors_path(start)]:
        for c in anc.children:
            if c.i > start.i and is_reporting(c, lex) and sx.base(c) in (
                    "parataxis", "advcl", "ccomp", "dep", "acl", "acl:relcl"):
                if c == trig.support:
                    continue
                who = speaker_of(c, start) or _statement_author(c, lex)
                if who is not None and not _inside(start, who):
                    return [who]
    return _according_to(sent, lex, trig)


def _according_to(sent: SpacySpan, lex: Lexicon, trig: Trigger) -> list[Token]:
    for k, i in sx.phrases_in(sx.folded_words(sent), lex.according_to):
        n = len(lex.according_to[k])
        # The speaker is the first noun after the phrase.
        for t in sent[i + n:i + n + 6]:
            if t.pos_ in ("PROPN", "NOUN") and not _inside(trig.token, t):
                head = t
                while head.head != head and head.head.i in range(i + n, i + n + 8) \
                        and head.head.pos_ in ("PROPN", "NOUN"):
                    head = head.head
                return [head]
    return []
