"""Envoys, ambassadors and other officials travelling make visits like anyone else: a title
naming a country or body ("envoy to Syria", "ambassador to Russia"), a former office, or a
body other than the United Nations never takes the trip away (guards the review of session
16's resident-official rule, reverted). The expected outcome follows
shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    # an envoy to the country visited
    ("Staffan de Mistura, the U.N. special envoy to Syria, arrived in Damascus on Monday.",
     {("Staffan de Mistura", "Damascus", "ongoing")}),
    ("Martin Griffiths, the U.N. envoy to Yemen, flew to Sanaa on Sunday for talks with the "
     "Houthis.", {("Martin Griffiths", "Sanaa", "completed")}),
    # an ambassador whose title names no post, travelling
    ("U.S. Ambassador Nikki Haley traveled to Amman on Sunday.",
     {("Nikki Haley", "Amman", "completed")}),
    ("Canadian Ambassador Lena Voss traveled to Nairobi on Monday to meet the new prime "
     "minister.", {("Lena Voss", "Nairobi", "completed")}),
    # a former ambassador is no resident
    ("Karl Weber, a former Canadian ambassador to Chile, traveled to Santiago last week.",
     {("Karl Weber", "Santiago", "completed")}),
    ("Former Canadian Ambassador to Chile Karl Weber visited Santiago last week.",
     {("Karl Weber", "Santiago", "completed")}),
    # another body's secretary-general
    ("OPEC Secretary-General Mohammed Barkindo traveled to New York on Monday.",
     {("Mohammed Barkindo", "New York", "completed")}),
])
def test_an_official_travelling_makes_a_visit(body, expected):
    assert visits(body) == expected
