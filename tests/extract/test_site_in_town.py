"""A named site and its town that the small model tags as one entity ("the Great Hall of the
People in Beijing" one FAC) are read as the model reads them when it splits the two (the
site's name, then the town): every rule places the site by its town (session 16). Before,
a host's guest went to the host's country, and a visit or a deployment to the site had no
country. Every sentence is invented; the expected outcome follows shared/eval/ANNOTATION.md
(the most specific place, as the article names it)."""

from __future__ import annotations

import pytest
from support import headline_visits

from newsfacts.extract import extract_document
from newsfacts.extract.context import mend_sites_in_towns
from newsfacts.extract.nlp import parse_text

META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "destination_country", "status", "when")


@pytest.mark.parametrize("body,expected", [
    # a host's guest: it was the host's country (China, Romania, Iraq)
    ("Chinese President Li Wen greeted Russian President Ivan Sorokin at the Great Hall of the "
     "People in Beijing on Friday.",
     {("Ivan Sorokin", "the Great Hall of the People in Beijing", "CN", "completed", "2023-03-10")}),
    ("Chinese President Li Wen hosted North Korean leader Kim Sol at the Great Hall of the "
     "People in Beijing on Tuesday.",
     {("Kim Sol", "the Great Hall of the People in Beijing", "CN", "completed", "2023-03-14")}),
    ("Romanian President Andrei Popa welcomed German Chancellor Anna Vogt at the Palace of the "
     "People in Bucharest on Monday.",
     {("Anna Vogt", "the Palace of the People in Bucharest", "RO", "completed", "2023-03-13")}),
    # an organisation's name with the town: the town (it was the host's country)
    ("Iraqi Prime Minister Ali Hassan received French President Paul Marchand at the House of "
     "the People in Baghdad on Saturday.",
     {("Paul Marchand", "Baghdad", "IQ", "completed", "2023-03-11")}),
    # a visit to the site: it had no country
    ("French President Paul Marchand will visit the Great Hall of the People in Beijing next week.",
     {("Paul Marchand", "the Great Hall of the People in Beijing", "CN", "planned", "2023-W12")}),
    ("Vice President Ann Cole visited the Palace of the Republic in Baghdad on Thursday.",
     {("Ann Cole", "the Palace of the Republic in Baghdad", "IQ", "completed", "2023-03-09")}),
])
def test_a_site_named_with_its_town_is_placed_by_the_town(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # the parser hangs the town's phrase from the verb: it was the site alone, no country
    ("French President Paul Marchand will visit the Elysee Palace in Paris next week.",
     {("Paul Marchand", "the Elysee Palace in Paris", "FR", "planned", "2023-W12")}),
    ("Senator Tom Ward will tour the Brandenburg Gate in Berlin on Friday.",
     {("Tom Ward", "the Brandenburg Gate in Berlin", "DE", "planned", "2023-03-17")}),
    ("Prime Minister Lena Dahl will tour the Hagia Sophia in Istanbul next week.",
     {("Lena Dahl", "the Hagia Sophia in Istanbul", "TR", "planned", "2023-W12")}),
    # as before where the phrase hangs from the site
    ("Senator Tom Ward will visit the Golden Gate Bridge in San Francisco next month.",
     {("Tom Ward", "the Golden Gate Bridge in San Francisco", "US", "planned", "2023-04")}),
])
def test_a_visited_site_is_placed_by_the_verbs_in_phrase(body, expected):
    assert visits(body) == expected


def test_a_deployment_to_a_site_named_with_its_town_has_the_town_country():
    got = extract_document("t", "Headline\n\nThe Pentagon sent 200 Marines to the Palace of the "
                           "Republic in Baghdad on Tuesday.", meta=META)["deployments"]
    assert [(d["actor"], d["size"], d["qualifier"], d["unit"], d["location"],
             d["location_country"], d["status"]) for d in got] == [
        ("United States", 200, "exact", "marine", "the Palace of the Republic in Baghdad", "IQ",
         "deployed")]


def _ents_after(text: str, start: int, end: int, label: str) -> list[tuple[str, str]]:
    """The entities after mending, the model's own replaced by one span (as the model may
    tag it), so the test does not hang on what the model does with this sentence."""
    from spacy.tokens import Span

    doc = parse_text(text)
    doc.ents = [Span(doc, start, end, label=label)]
    mend_sites_in_towns(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_the_entity_is_cut_at_its_last_in_before_a_known_place():
    text = "Officials met at the Palace of the Nations in Geneva on Friday."
    assert _ents_after(text, 3, 10, "FAC") == [("the Palace of the Nations", "FAC"), ("Geneva", "GPE")]
    assert _ents_after(text, 3, 10, "ORG") == [("the Palace of the Nations", "ORG"), ("Geneva", "GPE")]
    # a name ending in "in" loses the word; the town outside stays as the model had it
    assert _ents_after(text, 3, 9, "FAC") == [("the Palace of the Nations", "FAC")]


@pytest.mark.parametrize("text,start,end,label", [
    ("Officials met at the Museum of Art in Motion on Friday.", 3, 9, "FAC"),  # no place after
    ("Officials met at the Palace of the Nations in Geneva on Friday.", 3, 10, "PERSON"),
    ("Officials met in Geneva on Friday.", 2, 4, "GPE"),  # "in" opens the entity: no site
])
def test_other_entities_stay_as_the_model_tagged_them(text, start, end, label):
    doc = parse_text(text)
    assert _ents_after(text, start, end, label) == [(doc[start:end].text, label)]

