"""A person met who carries a place of their own ("met X in Bangkok and Y in Kuala Lumpur") is
at that place, not at the other one: Y makes no visit to Bangkok. Leaders met in their own
capitals travel nowhere; the subject visits both towns. The expected outcome follows
shared/eval/ANNOTATION.md (visits). All names are invented."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    ("Vietnamese Prime Minister Tran Van Long toured Bangkok and Kuala Lumpur this week. He met "
     "Thai Prime Minister Somchai Rattana in Bangkok and Malaysian Prime Minister Aziz Rahman "
     "in Kuala Lumpur.",
     {("Tran Van Long", "Bangkok", "completed"), ("Tran Van Long", "Kuala Lumpur", "completed")}),
    ("Chilean Foreign Minister Lucia Romero visited Lima and La Paz. She met Peruvian President "
     "Jorge Salas in Lima and Bolivian President Hugo Quispe in La Paz.",
     {("Lucia Romero", "Lima", "completed"), ("Lucia Romero", "La Paz", "completed")}),
])
def test_a_person_met_elsewhere_is_not_at_the_other_town(body, expected):
    assert visits(body) == expected
