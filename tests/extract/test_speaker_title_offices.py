"""Titles that name an office a description takes up (speaker_nouns.csv role: "the
sheriff", "the archbishop", "the emir"; not words that are surnames too, "Ms Bishop"): the
person titled so earlier in the article is the speaker, not the description as written.
Every sentence is invented."""

from __future__ import annotations

import functools

import pytest
from support import statement_facts

_facts = functools.partial(statement_facts, published="2018-10-02", lead="County news")


@pytest.mark.parametrize(("body", "quote", "speaker", "mention"), [
    ('Sheriff Tom Bell named the suspect as Ray Lutz, 34. "He had a long record," the '
     "sheriff said.", "He had a long record,", "Tom Bell", "the sheriff"),
    ('Archbishop Pietro Rossi led the funeral Mass on Sunday.\n\n"Peace is possible," the '
     "archbishop said.", "Peace is possible,", "Pietro Rossi", "the archbishop"),
    ("Emir Tamim bin Hamad Al Thani spoke on state television on Friday.\n\n"
     '"Qatar wants dialogue," the emir said.', "Qatar wants dialogue,",
     "Tamim bin Hamad Al Thani", "the emir"),
    ('Patriarch Ilia Dadiani wrote to every parish on Monday.\n\n"We must listen to the '
     'victims," the patriarch said.', "We must listen to the victims,", "Ilia Dadiani",
     "the patriarch"),
])
def test_an_office_description_takes_up_its_titled_holder(body, quote, speaker, mention):
    assert _facts(body) == {"statements": [(quote, speaker, mention, "direct", "said")],
                            "visits": [], "deployments": []}


def test_two_offices_in_one_paragraph_keep_their_holders():
    body = ('Sheriff Tom Bell and Mayor Ann Ruiz spoke to reporters on Monday.\n\n"We are '
            'searching every house," the sheriff said.\n\n"The town is safe," the mayor said.')
    assert _facts(body) == {"statements": [
        ("We are searching every house,", "Tom Bell", "the sheriff", "direct", "said"),
        ("The town is safe,", "Ann Ruiz", "the mayor", "direct", "said")],
        "visits": [], "deployments": []}


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    ('King Salman bin Abdulaziz received the delegation on Monday.\n\n"The kingdom will not '
     'tolerate interference," the monarch said.', "The kingdom will not tolerate interference,",
     "Salman bin Abdulaziz"),
    ('Queen Margrethe II addressed the nation on Sunday.\n\n"We will meet again," the monarch '
     "said.", "We will meet again,", "Margrethe II"),
    ('Emir Tamim bin Hamad Al Thani spoke on state television on Friday.\n\n"Qatar wants '
     'dialogue," the monarch said.', "Qatar wants dialogue,", "Tamim bin Hamad Al Thani"),
])
def test_the_monarch_is_the_king_queen_or_emir_named_before(body, quote, speaker):
    assert _facts(body) == {"statements": [(quote, speaker, "the monarch", "direct", "said")],
                            "visits": [], "deployments": []}


@pytest.mark.parametrize(("body", "quote", "mention", "visits"), [
    ('The emir of Kuwait met President Donald Trump in Washington.\n\n"We are partners," the '
     "emir said.", "We are partners,", "the emir", []),
    ("The sultan of Oman received Prime Minister Benjamin Netanyahu in Muscat.\n\n"
     '"Oman seeks calm," the sultan said.', "Oman seeks calm,", "the sultan",
     [("Benjamin Netanyahu", "Muscat")]),
    ('Pope Francis met Iraqi leaders in Baghdad on Friday.\n\n"Peace is possible," the '
     "ayatollah said.", "Peace is possible,", "the ayatollah", [("Francis", "Baghdad")]),
    ('Sgt. Dana Kidd of the state police stopped the car.\n\n"The driver was calm," the '
     "trooper said.", "The driver was calm,", "the trooper", []),
])
def test_an_office_description_takes_up_no_holder_of_another_title(body, quote, mention, visits):
    res = _facts(body)
    assert res["statements"] == [(quote, mention, mention, "direct", "said")]
    assert [(v["traveller"], v["destination"]) for v in res["visits"]] == visits
    assert res["deployments"] == []


@pytest.mark.parametrize(("body", "first", "quote", "mention"), [
    ('Deputy Mark Olsen said the road was closed until noon.\n\n"We found the car at dawn," '
     "the sheriff said.",
     ("the road was closed until noon", "Mark Olsen", "Deputy Mark Olsen", "indirect", "said"),
     "We found the car at dawn,", "the sheriff"),
    ('Ann Ruiz, a local pastor, said the town was grieving.\n\n"We pray for peace," the '
     "archbishop said.",
     ("the town was grieving", "Ann Ruiz", "Ann Ruiz", "indirect", "said"),
     "We pray for peace,", "the archbishop"),
])
def test_an_office_description_is_not_the_last_speaker_of_another_title(body, first, quote,
                                                                         mention):
    assert _facts(body) == {"statements": [first, (quote, mention, mention, "direct", "said")],
                            "visits": [], "deployments": []}


def test_the_emir_is_the_titled_emir_not_the_president_he_met():
    body = ("Emir Tamim bin Hamad Al Thani met President Donald Trump at the White House on "
            'Tuesday.\n\n"We are partners," the emir said.')
    res = _facts(body)
    assert res["statements"] == [("We are partners,", "Tamim bin Hamad Al Thani", "the emir",
                                  "direct", "said")]
