"""Reading reports into `Document`s: text, HTML, JSON Lines, JSON, RSS and Atom, from files,
folders or stdin, cleaned of scraping debris, with their language and publication date.

    for item in iter_documents(["reports/"], published=None):
        if isinstance(item, InputError):
            print(item)            # "reports/scan.txt: binary file, not text"; the batch goes on
        else:
            extract(item)

`published` and `lang` given by the caller win over the documents' own metadata (the user typed
them); a document's differing value is kept in `Document.notes`. What did not stop a document
(a guessed encoding, an unknown date) is in `Document.notes` too.
"""

from chronique.errors import InputError
from chronique.ingest.html import document_from_html
from chronique.ingest.langid import SUPPORTED, detect_language
from chronique.ingest.paths import iter_documents
from chronique.ingest.text import DEFAULT_MAX_BYTES, document_from_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED",
    "InputError",
    "detect_language",
    "document_from_html",
    "document_from_text",
    "iter_documents",
]
