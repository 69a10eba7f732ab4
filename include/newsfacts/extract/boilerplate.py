"""Boilerplate: the parts of a page that are not the article's prose, so never yield facts.

Two kinds, on .txt bodies and on HTML main text alike:

- whole paragraphs (`boilerplate_paragraphs`): headlines and section titles (article.py's
  `headings`), and paragraphs matching a row of the lexicon table `boilerplate.csv`:
  video-player prompts, picture captions that end with their credit, photo-gallery
  counters, related links and the prompts that open them, sharing, newsletter and comment
  prompts, reporting credits, bylines, and subheadings that only repeat a short quote.
  (Embedded social posts are not boilerplate: the article quotes them.) A row with `max_chars` applies to paragraphs up to that length only
  (a caption is short; a long paragraph that happens to end with a credit is prose). In a
  pattern, `{U}` stands for one upper-case letter of any Latin alphabet.
- runs inside a paragraph (`strip_inline`): related-link blocks glued to a name, as some
  sites print them ('Sen. Ann Lee Ann Marie LeeHeadline one Headline two MORE (D-Ore.)'):
  the repeated full name, the glued headlines and the closing "MORE" are cut, the name
  and the rest of the sentence stay.

The knowledge is in the lexicon; this module only applies it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .article import Article

__all__ = ["boilerplate_paragraphs", "is_boilerplate_text", "strip_inline"]


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern, int | None, str, frozenset[str] | None], ...]:
    """(pattern, max_chars, kind, needs) per lexicon row: `needs` holds strings one of which
    a paragraph must contain for the pattern to match in it (rules.required_strings; None:
    always searched)."""
    from newsfacts import lexicon

    from .entities import UPPER
    from .rules import required_strings

    out = []
    for r in lexicon.rows("boilerplate"):
        pat = re.compile(r["pattern"].replace("{U}", f"[{UPPER}]"))
        out.append((pat, int(r["max_chars"]) if r.get("max_chars") else None, r["kind"],
                    required_strings(pat)))
    return tuple(out)


def boilerplate_kind(p: str) -> str | None:
    """The kind of boilerplate a paragraph is (the lexicon row's `kind`), or None."""
    p = p.strip()
    n = len(p)
    for pat, max_chars, kind, needs in _rules():
        if max_chars is not None and n > max_chars:
            continue
        if needs is not None and not any(x in p for x in needs):
            continue  # (a caption's "/ AP", a newsletter prompt: most paragraphs hold none)
        if pat.search(p):
            return kind
    return None


def is_boilerplate_text(p: str) -> bool:
    """Whether one paragraph's text is boilerplate by the lexicon's rows."""
    return boilerplate_kind(p) is not None


def boilerplate_paragraphs(art: Article) -> frozenset[int]:
    """Indices of the paragraphs that are not the article's own prose: headlines and
    section titles (article.py), and paragraphs the lexicon's rows mark."""
    out = set(art.headings)
    for i, (ps, pe) in enumerate(art.paragraphs):
        if i not in out and boilerplate_kind(art.text[ps:pe]) is not None:
            out.add(i)
    return frozenset(out)


# -- related-link runs inside a paragraph ------------------------------------------------
_MORE = re.compile(r"(?<=\S) MORE(?=\s*[(,.;:]|\s+[a-z]|\s*$)")
# a word glued to the next one: the end of a repeated name running into a headline
_GLUE = re.compile(r"(?<=[a-z’'])(?=[A-Z0-9\"“‘'])")
_WINDOW = 600


def strip_inline(p: str) -> str:
    """The paragraph without related-link runs glued to a name (see the module doc).
    Text without " MORE" is returned as is (the common case costs one search)."""
    if " MORE" not in p:
        return p
    out, pos = [], 0
    for m in _MORE.finditer(p):
        if m.start() < pos:
            continue
        lo = max(pos, m.start() - _WINDOW)
        cut = _run_start(p, lo, m.start())
        if cut is None:
            continue
        out.append(p[pos:cut].rstrip())
        pos = m.end()
    if not out:
        return p
    out.append(p[pos:])
    return re.sub(r"[ \t]{2,}", " ", "".join(out))


def _run_start(p: str, lo: int, hi: int) -> int | None:
    """Where a related-link run ending at hi starts: right after the first copy of a name
    whose repeated (full) form is glued to the first headline ('Ann Lee Ann Marie
    LeeHeadline'), or None when no such name is found."""
    for g in _GLUE.finditer(p, lo, hi):
        i = g.start()
        j = i
        while j > lo and (p[j - 1].isalpha() or p[j - 1] in "’'-"):
            j -= 1
        surname = p[j:i]
        if len(surname) < 2 or not surname[0].isupper():
            continue
        # the first copy of the name ends with the same surname, a little before
        first = p.rfind(surname + " ", max(0, j - 120), j)
        if first < 0:
            continue
        return first + len(surname)
    return None
