"""A tour's region beside the stops the same sentence names (visits._regions_beside_stops):
"visited Vilnius, Riga and Tallinn on a tour of the Baltics" is three stops, no fourth visit
to the region (the object of a trip noun hanging from the stops' verb); a region named alone,
or toured by a verb of its own, is still a destination. Every sentence is
invented; the expected outcome follows shared/eval/ANNOTATION.md (visits: one visit per stop,
the most specific place)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    ("Secretary of State Tom Avery was traveling in January. Avery visited Vilnius, Riga and "
     "Tallinn on a tour of the Baltics.",
     {("Tom Avery", "Vilnius", "completed"), ("Tom Avery", "Riga", "completed"),
      ("Tom Avery", "Tallinn", "completed")}),
    ("Secretary of State Tom Avery traveled in January. Avery stopped in Budapest and Warsaw "
     "during a trip to Central Europe.",
     {("Tom Avery", "Budapest", "completed"), ("Tom Avery", "Warsaw", "completed")}),
    ("Chinese Premier Zhou Ming traveled in January. Zhou visited Cairo and Riyadh as part of a "
     "Middle East tour.", {("Zhou Ming", "Cairo", "completed"), ("Zhou Ming", "Riyadh", "completed")}),
    ("Vice President Ann Carver traveled in January. Carver stopped in Dili and Jakarta on a "
     "swing through the Asia-Pacific region.",
     {("Ann Carver", "Dili", "completed"), ("Ann Carver", "Jakarta", "completed")}),
    ("Prime Minister Ravi Desai traveled in January. Desai visited Tashkent and Bishkek during an "
     "eight-day tour of Central Asia.",
     {("Ravi Desai", "Tashkent", "completed"), ("Ravi Desai", "Bishkek", "completed")}),
    # a region with no stop beside it stays
    ("Secretary of State Tom Avery was traveling in January. Avery toured the Baltics in "
     "January for talks on security.", {("Tom Avery", "Baltics", "completed")}),
    # a region the traveller tours by a verb of its own is a stop beside the others
    ("Chinese President Xi Jinping traveled last week. Xi visited Moscow and Minsk last week and "
     "then toured Central Asia.",
     {("Xi Jinping", "Moscow", "completed"), ("Xi Jinping", "Minsk", "completed"),
      ("Xi Jinping", "Central Asia", "completed")}),
    ("Secretary of State John Kerry traveled this week. Kerry visited London and Paris this week "
     "and also toured the Balkans.",
     {("John Kerry", "London", "completed"), ("John Kerry", "Paris", "completed"),
      ("John Kerry", "Balkans", "completed")}),
    ("Prime Minister Ravi Desai traveled in May. Desai visited Tashkent and Bishkek in May and "
     "later toured the Baltics.",
     {("Ravi Desai", "Tashkent", "completed"), ("Ravi Desai", "Bishkek", "completed"),
      ("Ravi Desai", "Baltics", "completed")}),
    # a stop with another status leaves the region: a trip apart
    ("Secretary of State Tom Avery spoke in January. Avery visited Cairo in January and will go "
     "on a tour of the Middle East next month.",
     {("Tom Avery", "Cairo", "completed"), ("Tom Avery", "the Middle East", "planned")}),
])
def test_a_tours_region_beside_its_stops_is_no_stop(body, expected):
    assert visits(body) == expected
