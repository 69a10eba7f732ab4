"""A description whose words before its office noun say which office it is
(description_words.csv `portfolio`: "the foreign minister", "the first minister", "the
defense secretary") takes up no person whose office is another one with the same noun
(Prime Minister X, a secretary of state, a prime minister leaders.csv names). Every
sentence is invented."""

from __future__ import annotations

import functools

import pytest
from support import statement_facts

_facts = functools.partial(statement_facts, published="2019-05-14", lead="Harbour news")


def test_the_foreign_minister_is_not_the_titled_prime_minister():
    body = ("Prime Minister Sofia Lind faced questions about the fishing dispute on Monday."
            '\n\n"We will not be intimidated," the foreign minister said.')
    assert _facts(body) == {"statements": [
        ("We will not be intimidated,", "the foreign minister", "the foreign minister",
         "direct", "said")], "visits": [], "deployments": []}


def test_the_defense_secretary_is_not_the_secretary_of_state():
    body = ("Secretary of State Mike Pompeo faced questions about the base on Monday."
            '\n\n"We will not be intimidated," the defense secretary said.')
    assert _facts(body) == {"statements": [
        ("We will not be intimidated,", "the defense secretary", "the defense secretary",
         "direct", "said")], "visits": [], "deployments": []}


def test_the_first_minister_is_not_the_prime_minister_leaders_csv_names():
    body = ("First Minister Ewan Reid said he would hold a new vote on the harbour levy. Asked "
            'about Boris Johnson, the first minister said: "He cannot block the levy."')
    assert _facts(body) == {"statements": [
        ("he would hold a new vote on the harbour levy", "Ewan Reid", "First Minister Ewan Reid",
         "indirect", "said"),
        ("He cannot block the levy.", "Ewan Reid", "the first minister", "direct", "said")],
        "visits": [], "deployments": []}


def test_the_office_with_its_own_words_still_takes_up_its_holder():
    """British and American spellings of an office read alike; "the prime minister" keeps
    the prime minister among two ministers."""
    body = ("Defence Secretary Ben Carver faced questions about the base on Monday."
            '\n\n"We will not be intimidated," the defense secretary said.')
    assert _facts(body) == {"statements": [
        ("We will not be intimidated,", "Ben Carver", "the defense secretary", "direct",
         "said")], "visits": [], "deployments": []}
    body = ("Foreign Minister Erik Dahl and Prime Minister Sofia Lind faced questions about "
            'the fishing dispute on Monday.\n\n"We will not be intimidated," the prime '
            "minister said.")
    assert _facts(body) == {"statements": [
        ("We will not be intimidated,", "Sofia Lind", "the prime minister", "direct",
         "said")], "visits": [], "deployments": []}


@pytest.mark.parametrize(("body", "quote", "speaker", "mention"), [
    ('Senator Tom Hale spoke at a rally in Dayton on Monday.\n\n"Ohio deserves better," the '
     "home state senator said.", "Ohio deserves better,", "Tom Hale", "the home state senator"),
    ('Mayor Ann Lee cut the ribbon at the new library on Monday.\n\n"This is for everyone," '
     "the city's first female mayor said.", "This is for everyone,", "Ann Lee",
     "the city's first female mayor"),
    ("Rep. Ann Lee, a member of the homeland security committee, spoke on Monday.\n\n"
     '"The border is safe," the homeland security committee member said.', "The border is safe,",
     "Ann Lee", "the homeland security committee member"),
    ('President Tom Hale spoke at the old bridge on Saturday.\n\n"We have come far," the first '
     "black president said.", "We have come far,", "Tom Hale", "the first black president"),
])
def test_only_the_words_right_before_the_office_name_a_portfolio(body, quote, speaker, mention):
    res = _facts(body)
    assert res["statements"] == [(quote, speaker, mention, "direct", "said")]


def test_a_portfolio_run_goes_on_through_affairs_and_security():
    body = ("Secretary of Homeland Security Ann Lee toured the border on Monday.\n\n"
            '"The system is at breaking point," the homeland security secretary said.')
    assert _facts(body) == {"statements": [
        ("The system is at breaking point,", "Ann Lee", "the homeland security secretary",
         "direct", "said")], "visits": [], "deployments": []}


@pytest.mark.parametrize(("body", "quote", "speaker", "mention"), [
    ('VA Secretary Tom Hale spoke to nurses on Tuesday.\n\n"Our veterans deserve better," '
     "the veterans affairs secretary said.", "Our veterans deserve better,", "Tom Hale",
     "the veterans affairs secretary"),
    ("External Affairs Minister Ann Lee met her counterpart on Friday.\n\n"
     '"We want calm waters," the foreign minister said.', "We want calm waters,", "Ann Lee",
     "the foreign minister"),
    ('Economic Minister Erik Dahl spoke to exporters on Monday.\n\n"Tariffs hurt everyone," '
     "the economy minister said.", "Tariffs hurt everyone,", "Erik Dahl",
     "the economy minister"),
    ("Health and Human Services Secretary Ann Lee spoke on Monday.\n\n"
     '"Prices must fall," the health secretary said.', "Prices must fall,", "Ann Lee",
     "the health secretary"),
])
def test_an_alias_or_a_joined_title_still_holds_its_portfolio(body, quote, speaker, mention):
    assert _facts(body) == {"statements": [(quote, speaker, mention, "direct", "said")],
                            "visits": [], "deployments": []}
