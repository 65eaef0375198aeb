"""Plain text to `Document`: the header block, cleaning, language, date, id.

Every format ends here: the HTML, JSONL and feed readers find a text and its metadata, and
`build_document` turns them into a Document the same way for all of them.

A `.txt` file may open with a header block, `key: value` lines followed by a blank line:

    url: https://example.org/article
    date: 2022-04-08
    lang: en

Keys are url, date/published, lang/language, title, source, plus the per-language aliases of
`ingest.yaml` (`header_keys`). The block is a header only if every line of it is such a line, so
a report that happens to start with "Kyiv: three dead" stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from chronique.errors import InputError
from chronique.ingest.clean import clean_text, ingest_tables, normalise_text
from chronique.ingest.dates import parse_date
from chronique.ingest.langid import SUPPORTED, choose_language, normalise_code
from chronique.records import Document
from chronique.textnorm import fold

# Metadata keys every format understands, by canonical name; the first spelling found wins.
CANONICAL_KEYS = {"url": "url", "title": "title", "source": "source", "published": "published",
                  "date": "published", "lang": "lang", "language": "lang"}
# Per document (a file, a JSONL line, a feed item): more is a dump or a mistake, not a report.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
NOTE_NO_DATE = "publication date unknown: relative dates will be marked precision 'unknown'"
# A first line longer than this, or ending a sentence, is the lead, not a headline.
_MAX_TITLE_CHARS = 200
_SENTENCE_END = ".!?…:;"
_CLOSING_QUOTES = "»\"”’' \u00a0\u202f"


@dataclass
class Meta:
    """What a format says about a document besides its text; every field may be missing."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    lang: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    """What the caller of `iter_documents` imposes on every document."""

    published: date | None = None
    lang: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

    def apply(self, meta: Meta) -> Meta:
        """The caller's date and language win over the document's own (the user typed them);
        a disagreement is noted so the document's own value is not lost silently."""
        notes = list(meta.notes)
        published, lang = meta.published, meta.lang
        if self.published is not None:
            if published is not None and published != self.published:
                notes.append(f"publication date {self.published.isoformat()} given by the caller "
                             f"replaces the document's {published.isoformat()}")
            published = self.published
        if self.lang:
            if lang and normalise_code(lang) != normalise_code(self.lang):
                notes.append(f"language '{self.lang}' given by the caller replaces the "
                             f"document's '{lang}'")
            lang = self.lang
        return replace(meta, published=published, lang=lang, notes=notes)


@lru_cache(maxsize=1)
def _header_keys() -> dict[str, str]:
    keys = dict(CANONICAL_KEYS)
    for data in ingest_tables():
        aliases = data.get("header_keys", {})
        keys.update({fold(k): CANONICAL_KEYS.get(v, v) for k, v in aliases.items()})
    return keys


def split_header(text: str) -> tuple[dict[str, str], str]:
    """({canonical key: value}, body) when `text` opens with a header block, else ({}, text)."""
    head, sep, body = normalise_text(text).lstrip("\n").partition("\n\n")
    if not sep:
        return {}, text
    fields: dict[str, str] = {}
    keys = _header_keys()
    for line in head.split("\n"):
        key, colon, value = line.partition(":")
        canonical = keys.get(fold(key)) if colon else None
        if canonical is None or not value.strip():
            return {}, text
        fields.setdefault(canonical, value.strip())
    return fields, body


def meta_from_fields(fields: dict[str, object], origin: str) -> Meta:
    """A Meta from loosely typed fields (a header, a JSON object); a bad date becomes a note."""
    meta = Meta()
    for name in ("id", "title", "url", "source", "lang"):
        value = fields.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InputError(origin, f"field '{name}' should be a string, not "
                                     f"{describe_type(value)}")
        if str(value).strip():
            setattr(meta, name, " ".join(str(value).split()))
    raw_date = fields.get("published")
    if raw_date is not None and raw_date != "":
        meta.published = parse_date(raw_date, SUPPORTED)
        if meta.published is None:
            meta.notes.append(f"publication date {raw_date!r} is not a date; ignored")
    return meta


def describe_type(value: object) -> str:
    """A value's type as JSON calls it, for messages: 'a list', 'a number', 'null'."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    """The reason given for a document over the size limit, in bytes and megabytes."""
    more = "more than " if at_least else ""
    return (f"too large: {more}{size:,} bytes ({size / 1e6:.1f} MB), over the limit of "
            f"{limit:,} bytes ({limit / 1e6:.1f} MB) per document")


def guess_title(text: str) -> str | None:
    """The first line when it reads as a headline (short, not a sentence, more text below)."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    # A headline may end on a quotation ('... West Condemns "Atrocity"', '... en « urgence
    # attentat »'); a sentence ends on its stop, inside the quotes or not ('... he said."').
    core = first.rstrip(_CLOSING_QUOTES)
    if (sep and rest.strip() and core and len(first) <= _MAX_TITLE_CHARS
            and core[-1] not in _SENTENCE_END):
        return first
    return None


def build_document(text: str, origin: str, meta: Meta) -> Document:
    """Clean `text` and make the Document; raises InputError when nothing readable is left."""
    cleaned = clean_text(text)
    if not cleaned:
        reason = "no text left after cleaning" if text.strip() else "empty document"
        raise InputError(origin, reason)
    code, lang_notes = choose_language(cleaned, meta.lang, origin)
    notes = list(meta.notes) + lang_notes
    if meta.published is None:
        notes.append(NOTE_NO_DATE)
    return Document(
        id=meta.id or Document.make_id(cleaned),
        text=cleaned,
        title=meta.title or guess_title(cleaned),
        url=meta.url,
        source=meta.source,
        published=meta.published,
        lang=code,
        origin=origin,
        notes=notes,
    )


def document_from_text(text: str, *, origin: str, id: str | None = None,
                       title: str | None = None, url: str | None = None,
                       source: str | None = None, published: date | None = None,
                       lang: str | None = None) -> Document:
    """Clean the text, detect the language if not given, build the Document; raises InputError.

    `text` is the report itself: a header block is not looked for here (`read_text` does that
    for files). With no `published`, the Document carries a note saying the date is
    unknown.
    """
    meta = Meta(id=id, title=title, url=url, source=source, published=published, lang=lang)
    return build_document(text, origin, meta)


def read_text(text: str, origin: str, options: Options, notes: Sequence[str] = ()) -> Document:
    """A decoded `.txt` file: header block, then body, with the caller's options applied."""
    fields, body = split_header(text)
    meta = meta_from_fields(fields, origin)
    meta.notes[:0] = notes
    return build_document(body, origin, options.apply(meta))
