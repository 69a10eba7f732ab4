"""Visits told in a time adverbial of another verb (session 15): "called for X after visiting
Y" is a trip made, whatever the verb above says of its own object. Every sentence is invented;
the expected outcome follows shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status", "when")


@pytest.mark.parametrize("body,expected", [
    # a verb of urging (visit_status_cues.csv governor) above a time adverbial does not make
    # the trip in it a possible one
    ("Senator Ana Ruiz called for new sanctions after visiting Vilnius on Monday.",
     {("Ana Ruiz", "Vilnius", "completed", "2023-03-13")}),
    ("Chancellor Otto Brenner, after traveling to Riga on Monday, urged allies to do more.",
     {("Otto Brenner", "Riga", "completed", "2023-03-13")}),
    ("Foreign Minister Lena Moss pressed for a ceasefire before leaving Tbilisi on Monday.",
     {("Lena Moss", "Tbilisi", "completed", "2023-03-13")}),
])
def test_a_trip_in_a_time_adverbial_keeps_its_own_status(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # the cue still speaks of a trip that is its complement
    ("Senator Ana Ruiz urged Chancellor Otto Brenner to visit Vilnius.",
     {("Otto Brenner", "Vilnius", "possible", None)}),
])
def test_a_trip_under_an_urging_verb_stays_possible(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # only the verb the adverbial hangs from is silenced: a plan cue above it through its "to"
    # complement still speaks of the trip in the adverbial
    ("Secretary of State Mike Pompeo is expected to fly to Tokyo after visiting Seoul.",
     {("Mike Pompeo", "Tokyo", "planned", None), ("Mike Pompeo", "Seoul", "planned", None)}),
    ("Secretary of State Mike Pompeo is scheduled to arrive in Berlin after stopping in Paris.",
     {("Mike Pompeo", "Berlin", "planned", None), ("Mike Pompeo", "Paris", "planned", None)}),
    ("Secretary of State Mike Pompeo is set to brief reporters after visiting Kyiv on Friday.",
     {("Mike Pompeo", "Kyiv", "planned", "2023-03-17")}),
    ("Secretary of State Mike Pompeo is expected to hold talks with Zelensky upon arriving in Kyiv.",
     {("Mike Pompeo", "Kyiv", "planned", None)}),
    ("Senator Ana Ruiz, who hopes to visit Kyiv after stopping in Warsaw, spoke on Monday.",
     {("Ana Ruiz", "Kyiv", "possible", "2023-03-20"), ("Ana Ruiz", "Warsaw", "possible", "2023-03-20")}),
    # a negated or cancelling verb the adverbial hangs from does not undo the trip
    ("Senator Ana Ruiz refused to comment after visiting Vilnius on Monday.",
     {("Ana Ruiz", "Vilnius", "completed", "2023-03-13")}),
    ("Secretary of State Mike Pompeo has not been back since visiting Kabul in 2018.",
     {("Mike Pompeo", "Kabul", "completed", "2018")}),
])
def test_a_plan_above_the_adverbial_still_speaks_of_its_trip(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "on" + "-ing" is mostly a complement ("set on", "decided on", "keen on"), no time adverbial
    ("Secretary of State Mike Pompeo is set on traveling to Kyiv in May.",
     {("Mike Pompeo", "Kyiv", "planned", "2023-05")}),
    ("Secretary of State Mike Pompeo decided on traveling to Kyiv in May.",
     {("Mike Pompeo", "Kyiv", "planned", "2023-05")}),
    ("Secretary of State Mike Pompeo had planned on visiting Kyiv next month.",
     {("Mike Pompeo", "Kyiv", "cancelled", "2023-04")}),
    ("Secretary of State Mike Pompeo is keen on visiting Kyiv this spring.",
     {("Mike Pompeo", "Kyiv", "possible", "this spring")}),
])
def test_on_with_a_trip_is_a_complement_of_the_verb(body, expected):
    assert visits(body) == expected
