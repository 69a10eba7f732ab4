"""A relative clause on a description set beside a name (session 15): "X, the Ohio Democrat
who visited Y last year, ..." is X's trip. Every sentence is invented; the expected outcome
follows shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status", "when")


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz, the Ohio Democrat who visited Vilnius last year, called for more aid.",
     {("Ana Ruiz", "Vilnius", "completed", "2022")}),
    ("Senator Tom Hale, a Republican who traveled to Riga in January, backed the plan on Monday.",
     {("Tom Hale", "Riga", "completed", "2023-01")}),
    ("Senator Ana Ruiz, the senior Democrat who will travel to Tbilisi next week, called for more "
     "aid.", {("Ana Ruiz", "Tbilisi", "planned", "2023-W12")}),
])
def test_the_name_beside_the_description_travels(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    "The ministry, the agency that visited Vilnius in May, said nothing.",
    # the relative clause may be the president's: no positive evidence it is the senator's
    "Senator Ana Ruiz, a close ally of the president who flew to Riga on Monday, backed the plan.",
])
def test_no_name_beside_the_description_no_traveller(body):
    assert visits(body) == set()
