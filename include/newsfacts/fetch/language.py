"""The language of a fetched page: declared, then checked by a detector.

Declarations, most specific first: the page's own ``<html lang>`` (or ``xml:lang``, a
``<meta http-equiv="content-language">``, ``og:locale``), the server's ``Content-Language``
header, then the language its feed or news sitemap gave (``<language>``,
``<news:language>``). The visible text checks the claim: a cheap look first (the share of
Latin letters, and of words only English uses so often), and py3langid (its model ships
inside the package: nothing is downloaded) when that look is not conclusive: when nothing
is declared and the text does not plainly read as English, or when the text contradicts
the declaration (an "en" page in Hangul, or without English words; a "ko" page full of
them). The detector overrules a declaration only when it is sure. Its model costs ~80 MB
and ~0.5 s to load, once per process, and most pages never need it.

Languages are kept as lower-case ISO 639 primary subtags ("en", "ko", "pt"): what
``dim_article.language`` holds. ``EXTRACTOR_LANGUAGES`` is what the extractor reads; pages
in any other language are archived and loaded as articles without facts (fetch outcome
"skipped", error "language: ...").
"""

from __future__ import annotations

import re
import threading

EXTRACTOR_LANGUAGES = frozenset({"en"})  # newsfacts.extract's rules and lexicons are English
MIN_DETECT_CHARS = 200  # shorter visible text: a declaration is never second-guessed
OVERRULE_CONFIDENCE = 0.95  # the detector's probability needed to overrule a declaration
MIN_FILL_CONFIDENCE = 0.5  # ... and to name a language when none is declared
DETECT_CHARS = 6000  # the detector reads this much visible text at most

_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_NOT_LANGUAGES = {"und", "mul", "zxx", "mis", "xx", "i"}
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_LANG_ATTR = re.compile(r"""(?<![\w:-])(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")


def normalise(tag: str | None) -> str | None:
    """"en-GB", "EN_us", "en" -> "en"; the first of a list ("de, en"); None for values
    that name no language ("und", "*", "x-default", "English")."""
    if not tag or not isinstance(tag, str):
        return None
    first = re.split(r"[,;\s]+", tag.strip())[0]
    m = _TAG.match(first)
    if not m:
        return None
    code = m.group(1).lower()
    return None if code in _NOT_LANGUAGES else code


def extractor_reads(language: str | None) -> bool:
    """True when the extractor reads this language (or the language is unknown)."""
    code = normalise(language)
    return code is None or code in EXTRACTOR_LANGUAGES


def declared_in_html(text: str) -> str | None:
    """The language a page declares in its markup, or None."""
    head = text[:100_000]
    m = _HTML_TAG.search(head)
    if m:
        lang = _LANG_ATTR.search(m.group(0))
        if lang and normalise(lang.group(1)):
            return normalise(lang.group(1))
    end = re.search(r"</head\s*>|<body\b", head, re.I)
    head = head[: end.start()] if end else head[:20_000]
    found = None
    for meta in _META.finditer(head):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(meta.group(0))}
        if attrs.get("http-equiv", "").lower() == "content-language":
            return normalise(attrs.get("content"))
        if attrs.get("property", "").lower() == "og:locale" and found is None:
            found = normalise(attrs.get("content"))
    return found


_identifier = None
_lock = threading.Lock()


def _model():
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def detect(text: str) -> tuple[str | None, float]:
    """(language, probability) of a text by py3langid, (None, 0.0) for an empty text."""
    text = " ".join((text or "").split())[:DETECT_CHARS]
    if not text:
        return None, 0.0
    lang, prob = _model().classify(text)
    return normalise(lang), float(prob)


# Words frequent in English news and (nearly) absent from other languages' text: in
# English they are ~7-25% of the words (16% median on the dev articles), elsewhere ~0.
ENGLISH_MARKERS = frozenset(
    "the and that with said from this which would were been have has their they about "
    "into but who its could than when what there".split())
# Languages not written in the Latin script (the rest are): text in the wrong script
# contradicts a declaration.
NON_LATIN_LANGUAGES = frozenset(
    "ru uk be bg mk kk ky mn tg tt ba cv os el ar fa ur ps ug ku he yi hi mr ne sa bn as pa "
    "gu or ta te kn ml si th lo km my ka hy am ti zh ja ko bo dz dv".split())
MIN_MARKER_WORDS = 40  # fewer words: the marker share says nothing
ENGLISH_SHARE = 0.08  # at least this share of marker words: plainly English
NOT_ENGLISH_SHARE = 0.04  # below this share, a page that claims English is suspect
_WORD = re.compile(r"[^\W\d_]+")


def _look(text: str) -> tuple[float, float, int]:
    """(share of letters that are ASCII, share of words that are English markers, words)."""
    sample = text[:DETECT_CHARS]
    letters = [c for c in sample if c.isalpha()]
    latin = sum(c.isascii() for c in letters) / len(letters) if letters else 0.0
    words = _WORD.findall(sample.lower())
    marked = sum(w in ENGLISH_MARKERS for w in words) / len(words) if words else 0.0
    return latin, marked, len(words)


def page_language(visible_text: str, *declared: str | None) -> str | None:
    """The page's language: the first declaration that names one (most specific first),
    overruled by the detector only when the text contradicts it and the detector is sure;
    "en" for undeclared text that plainly reads as English; else the detector's answer;
    None when nobody can tell."""
    claim = next((code for code in map(normalise, declared) if code), None)
    text = " ".join((visible_text or "").split())
    latin, marked, n_words = _look(text)
    english = latin >= 0.9 and n_words >= MIN_MARKER_WORDS and marked >= ENGLISH_SHARE
    if claim is None:
        if english:
            return "en"
        # too little text to tell (a stub, a paywall): unknown, unless it is in a script
        # that names its language family in a few words (Hangul, Kana, Cyrillic...)
        if len(text) < (MIN_DETECT_CHARS if latin >= 0.5 else 20):
            return None
        found, prob = detect(text)
        return found if found and prob >= MIN_FILL_CONFIDENCE else None
    if len(text) < MIN_DETECT_CHARS:
        return claim
    if claim in NON_LATIN_LANGUAGES:
        suspect = latin >= 0.9  # a "ko" page in Latin letters
    elif latin < 0.5:
        suspect = True  # an "en" or "pt" page in Hangul, Cyrillic, Kana...
    elif claim in EXTRACTOR_LANGUAGES:
        suspect = n_words >= MIN_MARKER_WORDS and marked < NOT_ENGLISH_SHARE
    else:
        suspect = english  # a "pt" page that plainly reads as English
    if not suspect:
        return claim
    found, prob = detect(text)
    return found if found and found != claim and prob >= OVERRULE_CONFIDENCE else claim


def skip_reason(language: str | None) -> str | None:
    """The fetch log's error text for a page the extractor does not read, else None."""
    if extractor_reads(language):
        return None
    from newsfacts.fetch.models import LANGUAGE_SKIP_PREFIX

    reads = ", ".join(sorted(EXTRACTOR_LANGUAGES))
    return (f"{LANGUAGE_SKIP_PREFIX}{normalise(language)} (the extractor reads {reads}); "
            "archived and loaded as an article without facts")


__all__ = ["EXTRACTOR_LANGUAGES", "declared_in_html", "detect",
           "extractor_reads", "normalise", "page_language", "skip_reason"]
