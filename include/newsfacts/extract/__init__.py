"""The extractor: a pure function from a page (HTML) or body text (+ metadata) to facts.

Rules and lexicons only (no statistical model): see ANNOTATION.md for what is extracted.
"""

from __future__ import annotations

import logging

EXTRACTOR_VERSION = "0.1.0"

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
        from .corpus import decode_bytes

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
