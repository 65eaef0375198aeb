"""What the French parser trips on is mended before parsing, and only that: quote marks around a
short lower-case phrase quoted inside a clause that goes on, and the accent of a sentence's
first "A". Offsets never move."""

from __future__ import annotations

import pytest

from chronique.nlp import unquote_short


@pytest.mark.parametrize("text,blanked", [
    ("Faki a « fermement condamné » vendredi les violences.", True),
    ('Guterres a "fermement condamné" samedi l\'attaque.', True),
    ("Le ministre a qualifié de « provocation » l'attaque.", True),
    # A quote that ends the clause, a quote of a sentence, a capitalised name: kept.
    ("Il a dit « non », a-t-il ajouté.", False),
    ("« Nous ne céderons pas », a déclaré le président.", False),
    ("Il a rencontré des « Gilets jaunes » samedi.", False),
    ("Selon lui, « la situation est grave et il faut agir vite » désormais.", False),
])
def test_short_quoted_phrases_inside_a_clause_lose_their_quotes(text, blanked):
    out = unquote_short(text)
    assert len(out) == len(text)
    if blanked:
        assert not set(out) & set('«»"'), out
    else:
        assert out == text


@pytest.mark.slow
def test_a_quoted_verb_no_longer_breaks_the_clause(extract):
    events = extract("Le président de la Commission de l'Union africaine, Moussa Faki Mahamat, a "
                     "« fermement condamné » vendredi les violences.", published="2023-06-03",
                     lang="fr")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]
    assert {a.code for a in events[0].source_actors} == {"AU"}


def test_a_sentence_opening_with_an_unaccented_a_is_parsed_as_the_preposition():
    from chronique.nlp import parse

    doc = next(parse(["KIEV, 2 mars (AFP) - A Kharkiv, le bilan s'alourdit. A-t-il parlé ?"], "fr"))
    # same text length and offsets, the word read as the preposition it is
    assert len(doc.text) == len("KIEV, 2 mars (AFP) - A Kharkiv, le bilan s'alourdit. A-t-il parlé ?")
    a = next(t for t in doc if t.idx == 21)
    assert a.pos_ == "ADP" and a.head.text == "Kharkiv"
    assert doc.text.endswith("A-t-il parlé ?")   # "A-t-il": the verb, left alone


def test_an_emphatic_pronoun_inside_a_clause_is_blanked_for_the_parser():
    from chronique.nlp import parse

    text = "Washington a lui aussi condamné mardi la détention des dirigeants civils."
    doc = next(parse([text], "fr"))
    assert len(doc.text) == len(text)
    # the subject hangs on the verb again (the parser hung it on "lui")
    assert doc[0].text == "Washington" and doc[0].head.text == "condamné"
    assert doc[0].dep_.startswith("nsubj")
    # a sentence that opens with the pronoun keeps it
    assert next(parse(["Lui aussi a condamné l'attaque."], "fr")).text.startswith("Lui aussi")
