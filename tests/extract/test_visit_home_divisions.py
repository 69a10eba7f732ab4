"""A state or province of the traveller's own country (ISO 3166-2 first-level divisions the
town gazetteer does not know: "Gujarat", "Chiapas") is home, as a town of that country is:
a rally or speech there makes no visit. A leader from abroad there makes one. The expected
outcome follows shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits

from newsfacts.extract.places import subdivision_countries


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    ("Indian Prime Minister Vikram Rao addressed a rally in Gujarat on Sunday.", set()),
    ("Mexican President Rafael Ortiz spoke at a rally in Chiapas on Saturday.", set()),
    ("Brazilian President Paulo Mendes addressed supporters in Minas Gerais on Friday.", set()),
    ("Indian opposition leader Arjun Mehta spoke at a rally in Kerala on Tuesday.", set()),
])
def test_a_rally_in_a_home_state_is_no_visit(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Japanese Prime Minister Kenji Arata spoke at a ceremony in Gujarat on Thursday.",
     {("Kenji Arata", "Gujarat", "completed")}),
    ("Canadian Prime Minister Lena Voss spoke at a trade forum in Chiapas on Sunday.",
     {("Lena Voss", "Chiapas", "completed")}),
])
def test_a_leader_from_abroad_in_a_state_visits(body, expected):
    assert visits(body) == expected


def test_division_names_and_their_countries():
    assert subdivision_countries("Gujarat") == {"IN"}
    assert subdivision_countries("Punjab province") == {"IN", "PK"}
    assert subdivision_countries("Sichuan") == {"CN"}
    # towns and countries the gazetteer knows are no divisions here
    assert subdivision_countries("Beijing") == frozenset()
    assert subdivision_countries("Taiwan") == frozenset()
