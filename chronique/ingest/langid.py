"""Which language a document is in, and whether chronique can read it.

Detection runs py3langid over the whole (cleaned) text, never the title alone, and answers
with the ISO 639-1 code of whatever language it sees: a German report is 'de', so the error
can say so instead of reading German as badly-spelt French.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from chronique import lang as langdata
from chronique.errors import InputError

SUPPORTED: tuple[str, ...] = langdata.available()

# The detector's verdict does not get better past a few pages; long documents are cut here.
_DETECT_CHARS = 20_000
# Probability above which the detector's first guess stands even when unsupported, and the
# share of it a supported language needs to be preferred to an unsure guess.
_SURE = 0.5
_WITHIN_REACH = 0.1


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # py3langid 0.4 renamed the loader; the pyproject range admits both releases.
    load = (getattr(LanguageIdentifier, "from_model_file", None)
            or LanguageIdentifier.from_pickled_model)
    return load(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language `text` is written in, whatever the language."""
    code, _ = _identifier().classify(text[:_DETECT_CHARS])
    return code


def normalise_code(value: str) -> str:
    """'fr', 'FR', 'fr-FR', 'fr_CA', 'fra' and 'fre' all mean 'fr'; other strings are lowered."""
    code = value.strip().replace("_", "-").split("-")[0].lower()
    if len(code) == 3 and code.isalpha():
        found = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
        if found is not None and getattr(found, "alpha_2", None):
            return found.alpha_2
    return code


def require_supported(code: str, origin: str, *, detected: bool = False) -> str:
    """`code` normalised, or InputError naming the languages chronique reads."""
    norm = normalise_code(code)
    if norm in SUPPORTED:
        return norm
    reason = (f"language '{norm or code}' is not supported "
              f"(supported: {', '.join(SUPPORTED)})")
    if detected:
        reason += "; detected from the text, pass a language to override"
    raise InputError(origin, reason)


def choose_language(text: str, given: str | None, origin: str) -> tuple[str, list[str]]:
    """The document's language and notes: `given` if any (checked), else detected from `text`.

    On a short text the detector hesitates between neighbours ('pcm' for English headlines,
    'wa' or 'oc' for French ones). When its first guess is unsupported but unsure, and a
    supported language is within reach of it, that language is taken, with a note; a
    confident guess of an unsupported language (a German report) is an InputError.
    """
    if given:
        return require_supported(given, origin), []
    ranked = _identifier().rank(text[:_DETECT_CHARS])
    top, top_prob = ranked[0]
    if top in SUPPORTED:
        return top, []
    if top_prob < _SURE:
        code, prob = next(((c, p) for c, p in ranked if c in SUPPORTED), (None, 0.0))
        if code is not None and prob >= top_prob * _WITHIN_REACH:
            return code, [f"language uncertain (the detector's first guess was '{top}'); "
                          f"read as '{code}'"]
    return require_supported(top, origin, detected=True), []
