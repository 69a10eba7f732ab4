"""Visits read in session 16 (names and frames): a meeting or a welcome at an airport named
by the town it serves. Every sentence is invented; the expected outcome follows
shared/eval/ANNOTATION.md (visits: the most specific place; a guest received is the
guest's visit)."""

from __future__ import annotations

import pytest
from support import direct_statements, headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status", "when")


@pytest.mark.parametrize("body,expected", [
    # a meeting at an airport named by its town: a stop in that town
    ("Secretary of State Tom Ward met Iraqi leaders at Baghdad airport on Tuesday.",
     {("Tom Ward", "Baghdad", "completed", "2023-03-14")}),
    # a guest welcomed there (by a host named, or by no one named)
    ("Foreign Minister Ivo Rask was welcomed by Lena Dahl at Pyongyang airport on Monday.",
     {("Ivo Rask", "Pyongyang", "completed", "2023-03-13")}),
    ("Foreign Minister Ivo Rask was greeted at Kabul airport on Monday.",
     {("Ivo Rask", "Kabul", "completed", "2023-03-13")}),
    ("President Lena Dahl welcomed Foreign Minister Ivo Rask at Pyongyang airport on Monday.",
     {("Ivo Rask", "Pyongyang", "completed", "2023-03-13")}),
    # an airport named by no town ("Haneda") or a base: no town to read, as before
    ("Secretary of State Tom Ward met Japanese officials at Haneda airport on Tuesday.", set()),
])
def test_a_meeting_or_welcome_at_a_town_airport(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "talked with X in Y": a meeting there, both travel (each unless at home)
    ("Secretary of State Tom Ward talked with Foreign Minister Ivo Rask in Vienna on Tuesday.",
     {("Tom Ward", "Vienna", "completed", "2023-03-14"),
      ("Ivo Rask", "Vienna", "completed", "2023-03-14")}),
    ("Secretary of State Tom Ward will talk with Ivo Rask in Oslo next week.",
     {("Tom Ward", "Oslo", "planned", "2023-W12"),
      ("Ivo Rask", "Oslo", "planned", "2023-W12")}),
    ("Secretary of State Tom Ward talked with Iraqi leaders in Baghdad on Monday.",
     {("Tom Ward", "Baghdad", "completed", "2023-03-13")}),
    # no person talked with: no meeting; by phone: only the one said to be there
    ("Secretary of State Tom Ward talked about Syria in an interview in Vienna.", set()),
    ("Secretary of State Tom Ward talked by phone with Ivo Rask, who was in Vienna, on Monday.",
     {("Ivo Rask", "Vienna", "completed", "2023-03-13")}),
])
def test_talked_with_someone_somewhere(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "talks" the noun, parsed as a verb that is a clause's subject: no one placed
    ("Secretary of State Tom Ward talks with Ivo Rask in Vienna ended without a deal.", set()),
    ("Planned Tom Ward talks with Ivo Rask in Vienna were called off on Monday.", set()),
    ("Secretary of State Tom Ward talks with Ivo Rask in Vienna were cancelled.", set()),
    # talking with a journalist: an interview, no meeting
    ("Secretary of State Tom Ward talked with CNN's Ivo Rask in an interview in Vienna on Monday.",
     set()),
    ("Secretary of State Tom Ward talked with Ivo Rask of CNN in Vienna on Monday.", set()),
    ("Secretary of State Tom Ward talked with NPR's Ivo Rask in Washington on Monday.", set()),
    ("Secretary of State Tom Ward talked with Ivo Rask about Syria in an interview in Vienna.",
     set()),
    # a person owned by a country, not an outlet, is still met (at home there: only the
    # guest travels)
    ("Secretary of State Tom Ward talked with Austria's Ivo Rask in Vienna on Monday.",
     {("Tom Ward", "Vienna", "completed", "2023-03-13")}),
])
def test_talks_that_are_no_meeting(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a return for a measure of a meeting ("a round of talks") is a trip, as "for talks" is
    ("Secretary of State Tom Ward returned to Pyongyang on Saturday for a fourth round of talks.",
     {("Tom Ward", "Pyongyang", "completed", "2023-03-11")}),
    ("Foreign Minister Ivo Rask returned to Geneva on Monday for a new round of negotiations.",
     {("Ivo Rask", "Geneva", "completed", "2023-03-13")}),
    ("Opposition leader Ana Costa is to return to Caracas next week for a series of meetings "
     "with union chiefs.",
     {("Ana Costa", "Caracas", "planned", "2023-W12")}),
    ("Foreign Minister Ivo Rask returned to Vienna on Tuesday for a series of meetings.",
     {("Ivo Rask", "Vienna", "completed", "2023-03-14")}),
    # a head counted by a number measures as well; a measure of anything else is no trip
    ("Foreign Minister Ivo Rask returned to Nairobi on Monday for three rounds of negotiations.",
     {("Ivo Rask", "Nairobi", "completed", "2023-03-13")}),
    ("Foreign Minister Ivo Rask returned to Nairobi on Monday for three rounds of golf.", set()),
    # home for talks: no visit; back home after them: no visit
    ("Japanese Prime Minister Kenji Mori returned to Tokyo on Sunday for two days of meetings.",
     set()),
    ("Secretary of State Tom Ward returned to Washington on Saturday after a round of talks.",
     set()),
])
def test_a_return_for_a_round_of_talks(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a surname that is also a month, named in full before, placed by "is / was / will be in"
    ("British Prime Minister Theresa May spoke on Monday. May is in Brussels for talks with "
     "European leaders.",
     {("Theresa May", "Brussels", "ongoing", None)}),
    ("British Prime Minister Theresa May spoke on Monday. May was in Berlin on Tuesday, where "
     "she met the chancellor.",
     {("Theresa May", "Berlin", "completed", "2023-03-14")}),
    ("British Prime Minister Theresa May spoke on Monday. May will be in Paris on Friday for "
     "a summit.",
     {("Theresa May", "Paris", "planned", "2023-03-17")}),
    # the month: no one there
    ("British Prime Minister Theresa May spoke on Monday. The summit set for May is in "
     "Brussels.", set()),
    # the month, placed by a place that does not end the clause: no one there
    ("British Prime Minister Theresa May spoke on Monday. May is in Germany the month of "
     "festivals.", set()),
    ("Senator Jane April spoke on Monday. April is in Washington the month of cherry "
     "blossoms.", set()),
    ("British Prime Minister Theresa May spoke on Monday. May is in Brussels' debt, critics "
     "said.", set()),
])
def test_a_month_surname_placed_by_be_in(body, expected):
    assert visits(body) == expected


def test_a_month_placed_by_be_in_is_no_speaker_named_before():
    """The month, not the surname: the quote after it stays with the one who spoke last."""
    body = ("British Prime Minister Theresa May spoke in London on Monday.\n\nTourism minister "
            "Lena Dahl opened the season in Munich on Tuesday. May is in Germany the month of "
            "festivals. \"We are ready for the crowds,\" she said.")
    assert direct_statements(body) == [
        ("We are ready for the crowds,", "Lena Dahl", "she", "said")]
