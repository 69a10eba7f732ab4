"""Building a DocContext in three steps, so that a batch of articles shares one parse stream:
`prepare` (page -> article, boilerplate, quotes, names), `select_sentences` (which sentences
to parse; their parses join the draft through `Draft.add_parse`), then `finish` (context ->
facts of every fact type -> the result dict)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

from .article import Article
from .context import DocContext, boilerplate_paragraphs, mend_sites_in_towns
from .entities import EntityIndex
from .nlp import MAX_PARSE_CHARS
from .quotes import QuoteSpan, find_quotes
from .rules import as_parse_pattern
from .version import EXTRACTOR_VERSION


@dataclass
class Draft:
    doc_id: str
    meta: dict
    article: Article
    boilerplate: frozenset[int]
    quotes: tuple[QuoteSpan, ...]
    entities: EntityIndex
    parses: dict = field(default_factory=dict)  # sentence idx -> Doc, through add_parse only

    def add_parse(self, idx: int, parsed) -> None:
        """Keep sentence idx's spaCy parse as every rule reads it: a named site and the town
        it stands in that the model tagged as one are mended here ("the Great Hall of the
        People in Beijing": context.mend_sites_in_towns), once, as the parse joins the
        article. Nothing changes the Doc after this: the DocContext only reads it."""
        mend_sites_in_towns(parsed)
        self.parses[idx] = parsed


def prepare(doc: str, body, fmt: str, meta: dict) -> Draft:
    from .article import from_html, from_text

    if isinstance(body, bytes):
        from .decode import decode_bytes

        body = decode_bytes(body, html=fmt == "html")
    body = body or ""
    art = from_html(body, meta) if fmt == "html" else from_text(body, meta)
    skip = boilerplate_paragraphs(art)
    quotes: list[QuoteSpan] = []
    for pi, (ps, pe) in enumerate(art.paragraphs):
        if pi not in skip:
            quotes.extend(find_quotes(art.text, ps, pe, pi))
    ents = EntityIndex(art.text, [(q.ts, q.te) for q in quotes],
                       skip=[art.paragraphs[i] for i in sorted(skip)] + art.runin)
    return Draft(doc, meta, art, skip, tuple(quotes), ents)


def select_sentences(d: Draft, words: frozenset[str], patterns=(), skip=()):
    """(sentence idx, text) of the sentences to parse: outside boilerplate, short enough,
    holding at least one of the fact types' parse words (or matching one of their parse
    patterns, rules.ParsePattern or plain regexes). Sentences whose idx is in `skip`
    (already selected) are not tested."""
    if not words and not patterns:
        return
    patterns = [as_parse_pattern(p) for p in patterns]
    art = d.article
    for s in art.sentences:
        if s.paragraph in d.boilerplate or len(s.text) > MAX_PARSE_CHARS or s.idx in skip:
            continue
        have = art.words(s.idx)
        if not words.isdisjoint(have) or any(p.selects(s.text, have) for p in patterns):
            yield s.idx, s.text


def context(d: Draft) -> DocContext:
    """The read-only context of a draft whose parses are in (meta and parses as read-only
    views of copies: adding to the draft later does not change the context)."""
    return DocContext(d.doc_id, MappingProxyType(dict(d.meta)), d.article, d.boilerplate,
                      d.quotes, d.entities, MappingProxyType(dict(d.parses)))


def finish(d: Draft, fact_types) -> dict:
    ctx = context(d)
    facts = {ft.name: ft.extract(ctx) for ft in fact_types}
    art = d.article
    return {
        "doc": d.doc_id,
        "extractor_version": EXTRACTOR_VERSION,
        "article": {"title": art.title, "byline": art.byline, "published": art.published,
                    "url": art.url, "source": art.source, "language": art.language,
                    "text": art.text},
        "sentences": [{"idx": s.idx, "paragraph": s.paragraph, "start": s.start, "end": s.end,
                       "text": s.text} for s in art.sentences],
        "actors": [a.as_dict() for a in d.entities.actors],
        **facts,
    }
