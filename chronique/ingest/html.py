"""HTML to `Document`: the article's text, title, date and address, found offline.

trafilatura finds the main text and drops navigation, sidebars and footers; its metadata step
gives the title (og:title, then h1, then <title>), the canonical address (og:url, then
<link rel=canonical>) and, through htmldate, the publication date from the page's markup.
Both work on the parsed tree we hand them and never fetch: htmldate only downloads when given
a URL string instead of a page, which we never do. htmldate's "extensive search" (guessing a
date from any date-looking string in the text) is off: a wrong publication date would shift
every relative date silently, while a missing one is reported.

`fragment_to_text` turns the HTML of a feed item's description into lines of text.
"""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import lxml.html
import trafilatura
from lxml import etree

from chronique.errors import InputError
from chronique.ingest.decode import decode_bytes
from chronique.ingest.text import Meta, Options, build_document, meta_from_fields
from chronique.records import Document

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Menus and footers never hold the article; without them trafilatura's fallback extractors
# cannot pass a page of links off as its text.
_PRUNE = ["//nav", "//footer"]
# A charset the page declares in its first bytes: <meta charset="..."> or http-equiv.
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Elements whose end is a line break in the text they hold.
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                     "blockquote", "section", "article", "header", "footer", "pre", "dd",
                     "dt", "figcaption", "table", "ul", "ol"})
_SPACES = re.compile(r"\s+")
_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "svg"})


def decode_html(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode a page with the charset it declares, else as any other text (with a note)."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match[1].decode("ascii")), []
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to guessing
    return decode_bytes(data, origin)


def extract_html(html: str | bytes, origin: str) -> tuple[str, Meta]:
    """The main text of a page and what its markup says about it; InputError when no text."""
    notes: list[str] = []
    if isinstance(html, bytes):
        html, notes = decode_html(html, origin)
    if not html.strip():
        raise InputError(origin, "empty document")
    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, include_images=False,
                                            date_extraction_params=_DATE_PARAMS,
                                            prune_xpath=_PRUNE)
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(origin, f"could not parse HTML: {exc}") from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if not text:
        raise InputError(origin, "no article text found in HTML")
    meta = meta_from_fields({"title": found.title, "url": found.url, "source": found.sitename,
                             "published": found.date}, origin)
    meta.notes[:0] = notes
    return text, meta


def document_from_html(html: str | bytes, *, origin: str, url: str | None = None,
                       published: date | None = None, lang: str | None = None) -> Document:
    """A Document from a web page: its main text, title, date and canonical address.

    `url`, `published` and `lang`, when given, win over what the page says. Raises InputError
    when the page holds no article text ("no article text found in HTML").
    """
    return read_html(html, origin, Options(published=published, lang=lang), url=url)


def read_html(html: str | bytes, origin: str, options: Options, url: str | None = None
              ) -> Document:
    """`document_from_html` with the options of a batch."""
    text, meta = extract_html(html, origin)
    if url:
        meta.url = url
    return build_document(text, origin, options.apply(meta))


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per paragraph, scripts and styles dropped.

    Plain text passes through unchanged (apart from entity decoding), so it is safe on feed
    fields that may or may not hold markup.
    """
    if "<" not in fragment:
        return unescape(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment
    parts: list[str] = []
    _walk(root, parts)
    return "\n".join(line.strip() for line in "".join(parts).split("\n"))


def _inline(text: str | None) -> str:
    """Text as a browser lays it out: source line breaks and runs of spaces are one space."""
    return _SPACES.sub(" ", text) if text else ""


def _walk(element, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() not in _SKIP:
        if tag:
            parts.append(_inline(element.text))
        for child in element:
            _walk(child, parts)
        if tag.lower() in _BLOCKS:
            parts.append("\n")
    parts.append(_inline(element.tail))
