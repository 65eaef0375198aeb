"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is a document.

Item fields by local name, whatever the namespace: the text from `content:encoded` / Atom
`content`, else `description` / `summary`, else the title (a headline-only feed still reports
something); HTML in them is stripped. The link becomes `url`; `pubDate`, `published`,
`dc:date`, else `updated` becomes `published`; the feed's own title becomes `source`. The
item's title is the Document's title and is not copied into its text.

The feed is streamed with lxml's iterparse and each item is freed once read, so a feed of any
size is read in constant memory. The parser never touches the network and never expands
entities: a feed declaring `<!ENTITY x SYSTEM "file:///etc/passwd">` gets nothing from it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from lxml import etree

from chronique.errors import InputError
from chronique.ingest.html import fragment_to_text
from chronique.ingest.text import Meta, Options, build_document, meta_from_fields, too_large
from chronique.records import Document

FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_ITEMS = frozenset({"item", "entry"})
_TEXT_FIELDS = ("encoded", "content", "description", "summary")
_DATE_FIELDS = ("pubDate", "published", "date", "issued", "updated", "modified")


def iter_feed(stream: IO[bytes], name: str, options: Options
              ) -> Iterator[Document | InputError]:
    """Every item of a feed, in order, with `name#item-N` as origin; errors in place of bad ones."""
    parser = etree.iterparse(stream, events=("start", "end"), resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False, recover=True,
                             remove_comments=True, remove_pis=True)
    source: str | None = None
    number = 0
    root_seen = False
    try:
        for event, element in parser:
            local = _local(element)
            if not root_seen:
                root_seen = True
                if local not in FEED_ROOTS:
                    yield InputError(name, f"XML but not an RSS or Atom feed (root <{local}>)")
                    return
            if event != "end":
                continue
            if local == "title" and source is None and _local(element.getparent()) in (
                    "channel", "feed"):
                source = _text(element) or None
            elif local in _ITEMS:
                number += 1
                origin = f"{name}#item-{number}"
                try:
                    yield _item_document(element, origin, source, options)
                except InputError as exc:
                    yield exc
                _free(element)
    except etree.XMLSyntaxError as exc:
        yield InputError(name, f"malformed XML after {number} item(s): {exc}")
        return
    if not root_seen:
        yield InputError(name, "empty document")
    elif number == 0:
        yield InputError(name, "feed has no items")


def _item_document(item: etree._Element, origin: str, source: str | None,
                   options: Options) -> Document:
    fields: dict[str, object] = {"title": _text(_child(item, "title")), "source": source,
                                 "url": _link(item)}
    for date_field in _DATE_FIELDS:
        value = _text(_child(item, date_field))
        if value:
            fields["published"] = value
            break
    meta: Meta = meta_from_fields(fields, origin)
    body = ""
    for text_field in _TEXT_FIELDS:
        body = _text(_child(item, text_field))
        if body.strip():
            break
    body = body if body.strip() else (meta.title or "")
    size = len(body.encode("utf-8"))
    if size > options.max_bytes:
        raise InputError(origin, too_large(size, options.max_bytes))
    return build_document(body, origin, options.apply(meta))


def _local(element: etree._Element | None) -> str:
    if element is None or not isinstance(element.tag, str):
        return ""
    return etree.QName(element).localname


def _child(item: etree._Element, local: str) -> etree._Element | None:
    for child in item:
        if _local(child) == local:
            return child
    return None


def _text(element: etree._Element | None) -> str:
    """The text of a field: escaped HTML and inline XHTML both come out as plain lines."""
    if element is None:
        return ""
    if len(element):  # Atom type="xhtml": the markup is inline, not escaped
        inner = (element.text or "") + "".join(
            etree.tostring(child, encoding="unicode", with_tail=True) for child in element)
    else:
        inner = element.text or ""
    return fragment_to_text(inner).strip()


def _link(item: etree._Element) -> str | None:
    """RSS `<link>` text, or the Atom `<link href>` that points at the article itself."""
    fallback = None
    for child in item:
        if _local(child) != "link":
            continue
        href = child.get("href")
        if href is None:
            return (child.text or "").strip() or None
        if child.get("rel", "alternate") == "alternate":
            return href.strip()
        fallback = fallback or href.strip()
    return fallback


def _free(element: etree._Element) -> None:
    """Drop a read item and the items before it, so memory does not grow with the feed."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]
