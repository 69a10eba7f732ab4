"""A lead paragraph that ends in a colon and names a document, with no speech verb ("Ann
Lee issued a statement:", "Ann Lee's statement in full:"), then the quote paragraphs: the
document's author speaks them. Every sentence is invented."""

from __future__ import annotations

import functools

import pytest
from support import statement_facts

_facts = functools.partial(statement_facts, published="2017-03-09", lead="County news")


def test_a_person_issues_a_statement():
    body = ('Governor Ruth Calloway issued a statement on Tuesday night:\n\n"Today our state '
            'mourns. We lost three brave officers."')
    assert _facts(body) == {"statements": [
        ("Today our state mourns. We lost three brave officers.", "Ruth Calloway",
         "Governor Ruth Calloway", "direct", None)], "visits": [], "deployments": []}


def test_a_body_releases_a_statement():
    body = ('The State Department released a statement on Friday:\n\n"The United States '
            'condemns the attack on the embassy."')
    assert _facts(body) == {"statements": [
        ("The United States condemns the attack on the embassy.", "The State Department",
         "The State Department", "direct", None)], "visits": [], "deployments": []}


def test_a_persons_statement_in_full_runs_over_its_paragraphs():
    body = ('Governor Ruth Calloway\'s statement in full:\n\n"Today our state mourns. We lost '
            'three brave officers.\n\n"Their families are in our prayers tonight."')
    assert _facts(body) == {"statements": [
        ("Today our state mourns. We lost three brave officers.", "Ruth Calloway",
         "Ruth Calloway", "direct", None),
        ("Their families are in our prayers tonight.", "Ruth Calloway", "Ruth Calloway",
         "direct", None)], "visits": [], "deployments": []}


def test_a_document_with_no_owner_credits_no_one():
    body = ('The hearing ran for two hours.\n\nAn edited excerpt of the exchange follows:\n\n'
            '"Were you at the depot that night? I was not, and I can prove it."')
    assert _facts(body) == {"statements": [], "visits": [], "deployments": []}


@pytest.mark.parametrize(("lead", "quote", "speaker", "mention"), [
    ("The campaign released a statement from Ann Lee:", "I am proud of this team.", "Ann Lee",
     "Ann Lee"),
    ("The newspaper published a letter from Senator Tom Hale:", "I will not resign.",
     "Tom Hale", "Tom Hale"),
    ("Police released Paul Okafor's statement to detectives:", "I was at home all night.",
     "Paul Okafor", "Paul Okafor"),
    ("Senator Tom Hale issued a statement on Monday:", "I am deeply saddened.", "Tom Hale",
     "Senator Tom Hale"),
    ("Here is Senator Tom Hale's statement:", "I am deeply saddened.", "Tom Hale", "Tom Hale"),
])
def test_a_document_that_names_its_author_speaks_for_them(lead, quote, speaker, mention):
    assert _facts(f'{lead}\n\n"{quote}"') == {"statements": [
        (quote, speaker, mention, "direct", None)], "visits": [], "deployments": []}


@pytest.mark.parametrize(("lead", "quote"), [
    ("The campaign released a video of Senator Tom Hale's speech:", "We will win in November."),
    ("Police released a recording of the 911 call:", "Please help, he has a gun."),
    ("Prosecutors made public a transcript of the call between Tom Hale and Ann Lee:",
     "Can you help me with this?"),
    ("The senator's office released a transcript of the call:", "Can you help me with this?"),
    ("Ann Lee did not address Tom Hale's letter directly:",
     "I have nothing more to say about it."),
])
def test_a_record_of_other_words_or_a_possessive_inside_the_lead_credits_no_one(lead, quote):
    assert _facts(f'{lead}\n\n"{quote}"') == {"statements": [], "visits": [],
                                                "deployments": []}
