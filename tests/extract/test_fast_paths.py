"""Fast paths that must decide exactly as the code they shortcut (invented sentences)."""

from __future__ import annotations

import pytest

from newsfacts.extract import forces, visits
from newsfacts.extract.nlp import parse_text

SENTENCES = [
    "BRUSSELS (AP) — Foreign Minister Ann Lee flew to Brussels on Monday for talks.",
    "While in Geneva, the envoy resumed talks with his counterpart.",
    "The premier addressed the summit in Lagos by video link on Friday.",
    "Two frigates, HMS Valour and HMS Tern, sailed from Portsmouth at dawn.",
    "The USSR-era carrier stayed in port, officials said.",
    "Visits by foreign delegations were cancelled.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_visit_candidates_prefilter_keeps_every_candidate(text):
    doc = parse_text(text)
    words = visits._trigger_words()
    for dated in (False, True):
        expected = [t.i for t in doc
                    if visits._candidate(t, words) or (dated and t.dep_ == "ROOT")]
        kept = visits._maybe_candidates(doc, words, dated)
        assert [i for i in kept if i in expected] == expected
        assert set(kept) <= {t.i for t in doc}


def test_visit_candidates_prefilter_reads_words_in_and_verbs():
    doc = parse_text("While in Geneva, the envoy resumed talks with his counterpart.")
    words = visits._trigger_words()
    kept = {doc[i].text for i in visits._maybe_candidates(doc, words, False)}
    assert {"in", "resumed", "talks"} <= kept
    assert not kept & {"While", "Geneva", ",", "the", "envoy", "his", "."}
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.i in visits._maybe_candidates(doc, frozenset(), True)


def test_remote_needs_a_remote_word_in_the_sentence():
    visits._REMOTE.clear()
    try:
        by_video = parse_text("The premier addressed the summit in Lagos by video link on Friday.")
        in_person = parse_text("The premier addressed the summit in Lagos on Friday.")
        assert visits._has_remote_word(by_video) is True
        assert visits._has_remote_word(in_person) is False
        verb = next(t for t in by_video if t.lower_ == "addressed")
        assert visits._remote(verb) is True
        assert visits._remote(next(t for t in in_person if t.lower_ == "addressed")) is False
    finally:
        visits._REMOTE.clear()


@pytest.mark.parametrize("text", SENTENCES)
def test_ship_prefix_test_is_by_whole_token(text):
    doc = parse_text(text)
    prefixes = forces.ship_prefixes()
    assert forces._has_ship_prefix(doc, prefixes) == any(t.text in prefixes for t in doc)


def test_ship_prefix_test_finds_named_ships():
    prefixes = forces.ship_prefixes()
    assert forces._has_ship_prefix(parse_text(SENTENCES[3]), prefixes) is True
    assert forces._has_ship_prefix(parse_text(SENTENCES[4]), prefixes) is False  # "USSR-era"
    ships = forces._named_ships(parse_text(SENTENCES[3]), set())
    assert [(fp.head.text, fp.unit, fp.size, fp.qualifier, fp.owners, fp.military)
            for fp in ships] == [("Valour", "ship", 1, "exact", (("United Kingdom", "GB"),), True),
                                 ("Tern", "ship", 1, "exact", (("United Kingdom", "GB"),), True)]


@pytest.mark.parametrize("text", SENTENCES)
def test_lower_indices_are_the_tokens_of_those_forms(text):
    from newsfacts.extract.nlp import lower_indices

    doc = parse_text(text)
    for words in (frozenset({"in", "talks", "hms", "the"}), frozenset(forces.nouns()),
                  frozenset()):
        assert lower_indices(doc, words) == [t.i for t in doc if t.lower_ in words]


def test_lower_indices_compare_lower_case_forms():
    from newsfacts.extract.nlp import lower_indices, string_ids

    doc = parse_text("Troops and TROOPS, troop levels and the troopship.")
    assert lower_indices(doc, frozenset({"troops"})) == [0, 2]
    assert lower_indices(doc, frozenset({"troop", "troopship"})) == [4, 8]
    assert string_ids(frozenset({"troops"})) == frozenset({doc[0].lower})


def test_force_phrases_read_from_the_prefiltered_tokens():
    doc = parse_text("Poland will send 200 troops and two warships to Lithuania, its defence "
                     "minister said, after the U.S. withdrawal from the base.")
    got = [(fp.head.text, fp.top.text, fp.unit, fp.size, fp.qualifier, fp.owners)
           for fp in forces.force_phrases(doc)]
    assert got == [("troops", "troops", "troop", 200, "exact", ()),
                   ("warships", "warships", "warship", 2, "exact", ())]
