"""chronique as a spaCy pipeline component, for spaCy users who want events in one line:

    import spacy, chronique.component
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("chronique_events", config={"lang": "fr"})
    doc = nlp(text)
    doc._.events        # list[chronique.Event], resolved and merged within the text

The publication date, needed to resolve "jeudi" or "hier", is read from `doc._.published` (a
`datetime.date` or an ISO string) when set before the component runs, else from the
component's `published` setting; without either, dates are `precision: unknown`. The component
parses nothing again: it works on the Doc the pipeline already built (`chronique_sentences`, if
present in the pipeline, gives the sentence boundaries chronique expects).
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from chronique.pipeline import events_of
from chronique.records import Document

for _name in ("events", "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EventsComponent:
    """The `chronique_events` pipeline component (registered as "chronique_events")."""

    def __init__(self, lang: str, published: str | None):
        self.lang = lang
        self.published = date.fromisoformat(published) if published else None

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published or self.published
        if isinstance(published, str):
            published = date.fromisoformat(published)
        document = Document(id=Document.make_id(doc.text), text=doc.text, lang=self.lang,
                            published=published, origin="<spacy doc>")
        doc._.events = events_of(document, doc)
        return doc


@Language.factory("chronique_events", default_config={"lang": "en", "published": None})
def make_events_component(nlp: Language, name: str, lang: str, published: str | None):
    return EventsComponent(lang, published)
