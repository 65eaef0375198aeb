"""The cached attribute ruler sets exactly what the model's own attribute ruler sets: part of
speech, tag, morphology and lemma, token by token, in both languages. Extraction reads all four,
so a difference would change events without any rule changing."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent


def _texts(lang: str) -> list[str]:
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((REPO / "devset" / lang).glob("*.txt"))[:40]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").rglob("*.txt"))]
    # Rules that span two tokens or read the dependency label ("there is", "gon na", "I").
    texts.append("There are reports that I told you it would go on. Let's see: they're gonna "
                 "meet again, y'all, and it was decided.\n\n  Ils ont dit : « Je viens ».")
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_annotations_as_the_models_attribute_ruler(lang):
    import numpy
    import spacy
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    from chronique import nlp

    ours = nlp.load(lang)
    assert "attribute_ruler" not in ours.pipe_names
    stock = spacy.load(nlp.MODELS[lang])
    stock.add_pipe("chronique_sentences", before="parser")
    stock.add_pipe("chronique_objects", after="parser")
    attrs = [POS, TAG, MORPH, LEMMA, DEP]
    texts = _texts(lang)
    compared = 0
    for a, b in zip(ours.pipe(texts), stock.pipe(texts)):
        assert [t.text for t in a] == [t.text for t in b]
        mine, theirs = a.to_array(attrs), b.to_array(attrs)
        if not numpy.array_equal(mine, theirs):
            i = int(numpy.argwhere(mine != theirs)[0][0])
            pytest.fail(f"{lang}: token {a[i].text!r} differs: {a[i].pos_} {a[i].morph} "
                        f"{a[i].lemma_} vs {b[i].pos_} {b[i].morph} {b[i].lemma_}")
        compared += len(a)
    assert compared > 10_000


def test_rules_spanning_tokens_still_match():
    from chronique import nlp

    doc = nlp.load("en")("There is a problem, and they're gonna fix it.")
    # "there is": the expletive's verb is a VERB (a two-token rule); "gon na" -> "go", "to".
    assert [t.pos_ for t in doc if t.text == "is"] == ["VERB"]
    assert [t.lemma_ for t in doc if t.text in ("gon", "na")] == ["go", "to"]
