"""The extractor's substrate: lexicon store, parse (loaded once, only selected sentences),
the read-only document context, the batch entry point and rule ids. Invented sentences."""

from __future__ import annotations

import csv
import json

import pytest

from newsfacts import lexicon
from newsfacts.extract import extract_document, extract_documents, fact_types
from newsfacts.extract.document import finish, prepare, select_sentences
from newsfacts.extract.rules import FactType, table

META = {"published": "2023-03-15", "title_in_body": True}


def test_lexicon_tables_are_well_formed():
    files = sorted(lexicon.LEXICON_DIR.glob("*.csv")) + sorted(lexicon.REFERENCE_DIR.glob("*.csv"))
    assert files
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows and all(len(r) == len(rows[0]) for r in rows), f"ragged rows in {f.name}"
        assert all(h.strip() == h and h for h in rows[0]), f"bad header in {f.name}"


def test_lexicon_forms_and_index():
    assert set(lexicon.forms("visit")) >= {"visit", "visits", "visited", "visiting"}
    assert "flew" in lexicon.forms("fly", "flies flew flown flying")
    assert "touched down" in lexicon.forms("touch down")
    assert set(lexicon.forms("agree")) == {"agree", "agrees", "agreed", "agreeing"}
    assert set(lexicon.forms("die")) == {"die", "dies", "died", "dying"}
    assert set(lexicon.forms("tie up")) == {"tie up", "ties up", "tied up", "tying up"}
    assert set(lexicon.forms("lie")) == {"lie", "lies", "lied", "lying"}
    assert lexicon.form_index("travel_verbs")["flew"] == "fly"
    with pytest.raises(KeyError):
        lexicon.rows("no_such_table")


def test_noun_forms_are_the_singular_and_its_plural():
    """One owner of a noun's plural (visits' trip, meeting and occasion nouns read it):
    the regular spelling, or the row's own plural."""
    assert lexicon.noun_forms("summit") == ("summit", "summits")
    assert lexicon.noun_forms("speech") == ("speech", "speeches")
    assert lexicon.noun_forms("rally") == ("rally", "rallies")
    assert lexicon.noun_forms("journey") == ("journey", "journeys")
    assert lexicon.noun_forms("town hall") == ("town hall", "town halls")
    assert lexicon.noun_forms("crisis", "crises") == ("crisis", "crises")
    assert lexicon.noun_forms("campus") == ("campus", "campuses")
    # a row written as a plural is its own plural ("talks", not "talkss")
    assert lexicon.noun_forms("talks") == ("talks",)
    assert lexicon.noun_forms("remarks") == ("remarks",)
    from newsfacts.extract.visits import _lex, occasion_words

    assert {"rally", "rallies", "speech", "speeches", "hall", "halls"} <= occasion_words()
    assert not {"rallys", "speechs"} & occasion_words()
    assert _lex().noun_forms["ceremonies"] == "ceremony"
    assert _lex().noun_forms["journeys"] == "journey"


def test_parse_model_is_loaded_once_and_never_downloads():
    from newsfacts.extract import nlp

    a, b = nlp.load(), nlp.load()
    assert a is b
    assert "lemmatizer" not in a.pipe_names and "parser" in a.pipe_names and "ner" in a.pipe_names
    assert a.meta["version"] == nlp.MODEL_VERSION
    # malloc keeps freed parse arrays for the next batch (glibc; elsewhere nothing changes)
    import platform

    if platform.libc_ver()[0] == "glibc":
        assert nlp._keep_freed_memory() is True


def test_attribute_ruler_index_finds_what_spacys_matcher_finds():
    from spacy.pipeline import AttributeRuler

    from newsfacts.extract import nlp

    ruler = nlp.load().get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, nlp._RulerIndex)
    texts = ["I ain't gonna wait, y'all, and we gotta go now, she said of them.",
             "Let's c'm on: there is nothin' here that he could have done himself.",
             "Anyone who does it  well gets paid;  nobody got   there once.",
             "Her aides had been told it wasn't theirs, but its ministers did."]
    with nlp.load().select_pipes(disable=["attribute_ruler", "ner"]):
        docs = list(nlp.load().pipe(texts))
    for doc in docs:
        found = ruler.match(doc)
        assert found == AttributeRuler.match(ruler, doc)
        assert {m[2] for m in found} == set(range(len(doc)))  # every token has its tag rule
    assert any(m[3] - m[2] == 2 for m in ruler.match(docs[0]))  # "gon na", "y' all"
    # and sets what they find as spaCy's own set_annotations does
    assert not hasattr(ruler.set_annotations, "__self__")  # nlp._ruler_setter's function
    for doc in docs:
        ours, theirs = doc.copy(), doc.copy()
        ruler.set_annotations(ours, ruler.match(ours))
        AttributeRuler.set_annotations(ruler, theirs, AttributeRuler.match(ruler, theirs))
        assert [(t.pos_, str(t.morph)) for t in ours] == [(t.pos_, str(t.morph)) for t in theirs]
        assert {t.pos_ for t in ours} > {"PRON", "VERB"}


def test_one_pass_layernorm_gives_thincs_arrays_bit_for_bit():
    import numpy as np
    from thinc.layers.layernorm import forward

    from newsfacts.extract import nlp

    pipeline = nlp.load()
    nodes = [n for _name, p in pipeline.pipeline if getattr(p, "model", None) is not None
             for n in p.model.walk() if n.name == "layernorm"]
    assert len(nodes) >= 10 and all(n._func is nlp._layernorm_forward for n in nodes)
    rng = np.random.default_rng(7)
    for node in nodes:
        for rows in (1, 5, 333):
            x = (rng.standard_normal((rows, node.get_dim("nI")))
                 * rng.uniform(1e-3, 80.0)).astype(np.float32)
            ours, _ = nlp._layernorm_forward(node, x, False)
            theirs, _ = forward(node, x, False)
            assert ours.dtype == theirs.dtype == np.float32 and ours.shape == theirs.shape
            assert ours.tobytes() == theirs.tobytes()
    x = np.ones((2, nodes[0].get_dim("nI")), dtype=np.float32)
    assert nlp._layernorm_forward(nodes[0], x, True)[0].tobytes() == \
        forward(nodes[0], x, True)[0].tobytes()  # training keeps thinc's forward
    assert nlp._one_pass_layernorm(pipeline) == 0  # already done, once


def test_word_shapes_are_spacys():
    from spacy.attrs import SHAPE
    from spacy.lang.lex_attrs import word_shape

    from newsfacts.extract import nlp

    vocab = nlp.load().vocab
    ours = vocab.lex_attr_getters[SHAPE]
    assert ours is not word_shape
    words = ["Kyiv", "NATO", "1,500-strong", "aaaaaaBBBBBB1234567", "x" * 99, "x" * 100, "Núñez",
             "ÉLYSÉE", "e.g.", "'s", "\\\\\\", "a\nb\n\n\n\n\nc", "", "²³", "Ⅻ"]
    words += list(vocab.strings)[:50_000]
    assert [ours(w) for w in words] == [word_shape(w) for w in words]
    assert vocab["Zaporizhzhia-2"].shape_ == "Xxxxx-d"


def test_one_stream_runs_the_entity_recogniser_on_flagged_texts_only():
    from newsfacts.extract.nlp import parse_texts

    texts = ["Ann Lee flew to Oslo on Monday.", "\"We are ready,\" Tom Ward said in Lagos.",
             "The Irish envoy met Ann Lee in Kyiv."]
    mixed = list(parse_texts(texts, entities=[True, False, True]))
    alone = list(parse_texts(texts))
    assert [len(d.ents) > 0 for d in mixed] == [True, False, True]
    for m, a in zip(mixed, alone, strict=True):
        assert [(t.tag_, t.pos_, t.dep_, t.head.i) for t in m] == \
            [(t.tag_, t.pos_, t.dep_, t.head.i) for t in a]
    assert [[(e.text, e.label_) for e in d.ents] for d in mixed[::2]] == \
        [[(e.text, e.label_) for e in d.ents] for d in alone[::2]]


def _draft(body: str, fmt: str = "text"):
    return prepare("t", body, fmt, dict(META))


def test_only_sentences_with_parse_words_are_parsed():
    d = _draft("Headline\n\nThe harbour reopened on Monday. The envoy flew to Oslo. "
               "Rain fell all week.")
    picked = [t for _i, t in select_sentences(d, frozenset({"flew"}))]
    assert picked == ["The envoy flew to Oslo."]
    assert list(select_sentences(d, frozenset())) == []


def test_context_is_read_only_and_gives_places():
    from dataclasses import FrozenInstanceError

    from newsfacts.extract.nlp import parse_texts

    seen = {}

    def probe(ctx):
        idx = next(s.idx for s in ctx.sentences() if ctx.parse(s.idx) is not None)
        seen["places"] = [(p.text, p.label, p.country) for p in ctx.places(idx)]
        with pytest.raises(FrozenInstanceError):
            ctx.article = None
        return []

    ft = FactType("probe", probe, lambda: frozenset({"flew"}))
    d = _draft("Headline\n\nThe Irish envoy flew to Kyiv and Lviv on Monday.")
    for (si, _t), doc in zip(select_sentences(d, ft.parse_words()),
                             parse_texts([t for _i, t in select_sentences(d, ft.parse_words())]),
                             strict=True):
        d.add_parse(si, doc)
    out = finish(d, (ft,))
    assert out["probe"] == []
    names = [p[0] for p in seen["places"]]
    assert "Kyiv" in names and "Lviv" in names and "Irish" not in names
    assert dict((p[0], p[2]) for p in seen["places"])["Kyiv"] == "UA"


def _places_of(body: str) -> list[tuple]:
    from newsfacts.extract.nlp import parse_texts

    seen: list[tuple] = []

    def probe(ctx):
        for s in ctx.sentences():
            if ctx.parse(s.idx) is not None:
                seen.extend((p.text, p.label, p.country) for p in ctx.places(s.idx))
        return []

    ft = FactType("probe", probe, lambda: frozenset({"flew", "told"}))
    d = _draft(body)
    picked = list(select_sentences(d, ft.parse_words()))
    for (si, _t), doc in zip(picked, parse_texts([t for _i, t in picked]), strict=True):
        d.add_parse(si, doc)
    finish(d, (ft,))
    return seen


@pytest.mark.parametrize("body,hyphenated", [
    ("Headline\n\nThe Irish envoy flew to Winston-Salem on Monday.",
     [("Winston-Salem", "GAZ", "US")]),
    ("Headline\n\nThe Irish envoy flew to Mar-a-Lago on Monday.", [("Mar-a-Lago", "GAZ", "US")]),
    ("Headline\n\nThe Irish envoy told the Winston-Salem Journal on Monday he was pleased.", []),
])
def test_a_hyphenated_name_is_one_place_unless_part_of_a_longer_name(body, hyphenated):
    """context._hyphenated_names: a hyphenated name the gazetteer knows is one place, but not
    inside a longer name of another kind ("the Winston-Salem Journal", an organisation)."""
    assert [p for p in _places_of(body) if "-" in p[0]] == hyphenated


def test_known_place_takes_countries_large_cities_and_sites_when_asked():
    from newsfacts.extract.context import _known_place

    assert _known_place({"kind": "country"}) and _known_place({"kind": "city", "pop": 500_000})
    assert not _known_place({"kind": "city", "pop": 5_000}) and not _known_place(None)
    assert not _known_place({"kind": "city", "pop": 0})
    assert _known_place({"kind": "city", "pop": 0}, site=True)
    assert not _known_place({"kind": "region"}, site=True)


def test_boilerplate_paragraphs_yield_no_facts():
    body = ("Headline\n\nMedia playback is unsupported on your device Media caption Anna Keller: "
            "\"We will be in Rome next week\"\n\n"
            "Image copyright Getty Images Image caption Anna Keller visited Lisbon last year\n\n"
            "Read more: Keller says \"the talks are over for now\"\n\n"
            "The talks opened on Monday.")
    out = extract_document("t", body, meta=META)
    assert out["statements"] == [] and out["visits"] == []


def test_batch_keeps_order_and_isolates_bad_items():
    items = [(f"d{i}", f"Headline\n\nMinister Ann Lee {i} said \"the port stays open now\".", "text",
              META) for i in range(5)]
    items.insert(2, ("bad", object(), "text", META))  # not text: recorded, the rest goes on
    out = list(extract_documents(items, docs_per_stream=2))
    assert [o["doc"] for o in out] == ["d0", "d1", "bad", "d2", "d3", "d4"]
    assert out[2]["error"] and out[2]["statements"] == []
    assert all(o["statements"] for o in out if o["doc"] != "bad")
    json.dumps(out)


def test_every_fact_names_a_known_rule():
    body = ("Headline\n\nChancellor Otto Brenner will visit Madrid next month, his office said.\n\n"
            "\"We expect a lot from this trip,\" said Mr Brenner.\n\n"
            "Russia has massed some 90,000 troops near the Ukrainian border.")
    out = extract_document("t", body, meta=META)
    known = {r for ft in fact_types() for r in ft.rule_ids()}
    for kind in ("statements", "visits", "deployments"):
        assert out[kind], kind
        for f in out[kind]:
            assert f["rule"] in known, (kind, f["rule"])


def test_rule_tables_reject_duplicate_ids():
    with pytest.raises(ValueError):
        table(("visit.a", len), ("visit.a", len))


def test_reference_tables_agree_with_each_other():
    names = {r["country_code"]: r["country_name"] for r in lexicon.rows("ref_countries")}
    for r in lexicon.rows("ref_demonyms"):
        assert r["country_code"] in names, r
    for r in lexicon.rows("ref_actor_aliases"):
        if r["actor_kind"] == "country":
            assert names.get(r["country_code"]) == r["canonical_name"], r
    lows = [r["alias"].lower() for r in lexicon.rows("ref_actor_aliases")]
    assert len(lows) == len(set(lows)), "an alias listed twice"
    for r in lexicon.rows("leaders"):
        assert r["country_code"] in names and r["by_surname"] in ("yes", "no"), r
    cues = lexicon.rows("ref_cue_verbs")
    assert len({r["cue"] for r in cues}) == len(cues)
    assert {"said", "told", "according to"} <= {r["cue"] for r in cues}


def test_dbt_seeds_are_the_lexicon_store():
    """dbt reads the store's reference/ folder itself: no second copy can drift."""
    import yaml

    from newsfacts.settings import REPO_DIR

    project = yaml.safe_load((REPO_DIR / "dbt_project" / "dbt_project.yml").read_text())
    paths = [(REPO_DIR / "dbt_project" / p).resolve() for p in project["seed-paths"]]
    assert lexicon.REFERENCE_DIR.resolve() in paths
    csvs = [f for p in paths if p != lexicon.REFERENCE_DIR.resolve() for f in p.rglob("*.csv")]
    assert csvs == [], f"seed CSVs outside the lexicon store: {csvs}"
    seeds = yaml.safe_load((REPO_DIR / "dbt_project" / "seeds" / "_seeds.yml").read_text())
    documented = {s["name"] for s in seeds["seeds"]}
    assert documented == {f.stem for f in lexicon.REFERENCE_DIR.glob("*.csv")}


def test_the_extractor_runs_the_registry_fact_types_in_order():
    """newsfacts.facts (the registry: records, tables, marts) and the extractor list the
    same fact types with the same functions (the extractor does not import the registry: it
    reaches pyarrow)."""
    from newsfacts.facts import FACT_TYPES as REGISTRY

    assert [ft.name for ft in fact_types()] == [ft.table for ft in REGISTRY]
    assert [ft.extract for ft in fact_types()] == [ft.extractor_function() for ft in REGISTRY]


@pytest.mark.parametrize("name", ["Virginia", "Florida", "Arizona", "Colorado", "Montana", "Iowa"])
def test_a_us_state_name_is_the_state(name):
    """A US state's name resolves to the state, never to a town abroad of the same name."""
    from newsfacts.extract.places import lookup_place

    assert lookup_place(name)["country"] == "US"


def test_the_parse_leaves_blas_on_one_thread_even_when_a_stream_is_abandoned():
    from threadpoolctl import threadpool_info

    from newsfacts.extract import nlp

    stream = nlp.parse_texts(["The minister flew to Oslo.", "Troops stayed in the north."])
    next(stream)
    del stream  # abandoned half-way: the limit is the process's, not the stream's
    # numpy's own OpenBLAS, which the parse's matrix products go through (a BLAS library
    # loaded later by something else, such as scipy's, is not the parse's)
    blas = [p for p in threadpool_info() if p["user_api"] == "blas"
            and "numpy" in p["filepath"].replace("\\", "/").split("/site-packages/")[-1]]
    assert blas and all(p["num_threads"] == nlp.BLAS_THREADS for p in blas)
