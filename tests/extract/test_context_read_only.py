"""The document context is read-only (issue 11): the fact types read one DocContext in any
order with the same results, and extraction leaves every parse as it was made (the mending
of a site and its town happens once, as the parse joins the article). Invented article."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from itertools import permutations

import pytest

from newsfacts.extract import fact_types
from newsfacts.extract.document import context, finish, prepare, select_sentences
from newsfacts.extract.nlp import parse_texts

META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday
BODY = (
    "Envoy heads east\n\n"
    "French President Paul Marchand will visit the Great Hall of the People in Beijing next "
    "week, his office said on Tuesday.\n\n"
    "\"We will talk about trade and about the war,\" Marchand told reporters in Paris.\n\n"
    "Germany sent 300 soldiers to Lithuania on Monday, the defence ministry said.\n\n"
    "Senator Tom Ward flew to Warsaw on Sunday for talks with Polish officials."
)


def _draft():
    """A draft with every sentence a fact type selects parsed (entities on all of them)."""
    d = prepare("t", BODY, "text", dict(META))
    words = frozenset().union(*(ft.parse_words() for ft in fact_types()))
    patterns = [ft.parse_pattern for ft in fact_types() if ft.parse_pattern is not None]
    picked = list(select_sentences(d, words, patterns))
    for (si, _t), doc in zip(picked, parse_texts([t for _i, t in picked]), strict=True):
        d.add_parse(si, doc)
    return d


def test_fact_types_in_any_order_over_one_context_give_the_same_facts():
    ctx = context(_draft())
    fts = fact_types()
    first = {ft.name: ft.extract(ctx) for ft in fts}
    assert [(f["speaker"], f["text"], f["kind"]) for f in first["statements"]] == [
        ("Paul Marchand", "We will talk about trade and about the war,", "direct")]
    assert [(f["traveller"], f["destination"], f["destination_country"], f["status"], f["when"])
            for f in first["visits"]] == [
        ("Paul Marchand", "the Great Hall of the People in Beijing", "CN", "planned", "2023-W12"),
        ("Tom Ward", "Warsaw", "PL", "completed", "2023-03-12")]
    assert [(f["actor"], f["size"], f["unit"], f["location"], f["status"])
            for f in first["deployments"]] == [("Germany", 300, "soldier", "Lithuania", "deployed")]
    for order in permutations(fts):
        assert {ft.name: ft.extract(ctx) for ft in order} == first, [ft.name for ft in order]
    # and the same as a fresh context over the same draft
    fresh = context(_draft())
    assert {ft.name: ft.extract(fresh) for ft in reversed(fts)} == first


def test_extraction_leaves_every_parse_as_it_was_made():
    d = _draft()
    made = {si: doc.to_bytes() for si, doc in d.parses.items()}
    heads = {si: [(t.i, t.head.i, t.dep_) for t in doc] for si, doc in d.parses.items()}
    # the site and its town were mended as the parse joined the article
    site = next(doc for doc in d.parses.values() if "Great Hall" in doc.text)
    assert ("Beijing", "GPE") in [(e.text, e.label_) for e in site.ents]
    out = finish(d, fact_types())
    assert out["visits"] and out["statements"] and out["deployments"]
    assert {si: doc.to_bytes() for si, doc in d.parses.items()} == made
    assert {si: [(t.i, t.head.i, t.dep_) for t in doc] for si, doc in d.parses.items()} == heads
    finish(d, tuple(reversed(fact_types())))
    assert {si: doc.to_bytes() for si, doc in d.parses.items()} == made


def test_the_context_and_its_parts_cannot_be_assigned():
    ctx = context(_draft())
    with pytest.raises(FrozenInstanceError):
        ctx.parses = {}
    with pytest.raises(TypeError):
        ctx.parses[0] = None
    with pytest.raises(TypeError):
        ctx.meta["published"] = "2020-01-01"
    with pytest.raises(FrozenInstanceError):
        ctx.article.sentences[0].text = ""
    with pytest.raises(FrozenInstanceError):
        ctx.quotes[0].te = 0
    assert isinstance(ctx.quotes, tuple) and isinstance(ctx.boilerplate, frozenset)
