"""Inverted conditionals (visit_status_cues.csv scope inversion; visits._inverted_condition):
"Were X to visit Y, ..." and "Should X fly to Y, ..." are possible trips of X (the name
without the auxiliary, non_name_words.csv); "Had X gone to Y, ..." did not happen. Every
sentence is invented; the expected outcome follows shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    ("President Ivan Sorokin spoke on Monday. Were Sorokin to visit Washington, protests would "
     "follow.", {("Ivan Sorokin", "Washington", "possible")}),
    ("Chinese President Li Wen spoke on Monday. Were Li to attend the summit in Buenos Aires, he "
     "would meet the president for the first time since the tariffs.",
     {("Li Wen", "Buenos Aires", "possible")}),
    ("Prime Minister David Navon spoke on Tuesday. Should Navon fly to Washington next week, he "
     "would address Congress.", {("David Navon", "Washington", "possible")}),
    # a condition that did not hold: no trip
    ("President Mark Dalton spoke on Monday. Had Dalton gone to London last year, he would have "
     "faced huge protests. Dalton toured Warsaw in January.", {("Mark Dalton", "Warsaw", "completed")}),
    ("Prime Minister Theresa May spoke on Monday. Had May gone to Brussels earlier, the deal might "
     "have been better. May toured Warsaw in January.", {("Theresa May", "Warsaw", "completed")}),
    # the past perfect of a trip that happened, a plain condition
    ("President Mark Dalton spoke on Monday. Dalton had gone to London a year earlier.",
     {("Mark Dalton", "London", "completed")}),
])
def test_an_inverted_condition_is_a_possible_trip_or_none(body, expected):
    assert visits(body) == expected
