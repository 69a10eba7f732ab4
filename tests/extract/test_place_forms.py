"""The form of a visit's destination (session 15): the most specific place the sentence
names, as written. A named area owned by a country ("Syria's Idlib province") is the area,
not the country; a named base or site with the country it stands in ("Al Udeid Air Base in
Qatar") is the site, written up to that country, however the model labels the site's name.
Every sentence is invented; the expected outcome follows shared/eval/ANNOTATION.md
(visits: destination, the most specific place, as the article names it)."""

from __future__ import annotations

import pytest
from support import headline_visits

from newsfacts.extract import extract_document

META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "destination_country", "status", "when")


@pytest.mark.parametrize("body,expected", [
    ("Defense Secretary Tom Ward visited Afghanistan's Helmand province on Sunday.",
     {("Tom Ward", "Afghanistan's Helmand province", "AF", "completed", "2023-03-12")}),
    ("Secretary of State Ann Cole traveled to Iraq's Kurdistan region on Tuesday.",
     {("Ann Cole", "Iraq's Kurdistan region", "IQ", "completed", "2023-03-14")}),
    ("President Ivo Rask will visit Syria's Idlib province next week.",
     {("Ivo Rask", "Syria's Idlib province", "SY", "planned", "2023-W12")}),
    # an area named with no owner stays as it was read
    ("Defense Secretary Tom Ward visited Idlib province on Sunday.",
     {("Tom Ward", "Idlib", "SY", "completed", "2023-03-12")}),
])
def test_a_named_area_of_a_country_is_the_area(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # the model calls the base an organisation: it was the country alone
    ("Vice President Ann Cole visited Al Udeid Air Base in Qatar on Friday.",
     {("Ann Cole", "Al Udeid Air Base in Qatar", "QA", "completed", "2023-03-10")}),
    ("President Tom Ward made a surprise visit to Al Asad Air Base in Iraq on Monday.",
     {("Tom Ward", "Al Asad Air Base in Iraq", "IQ", "completed", "2023-03-13")}),
    # the model calls the base a facility: it was the base with no country
    ("Vice President Ann Cole flew to Incirlik Air Base in Turkey on Sunday.",
     {("Ann Cole", "Incirlik Air Base in Turkey", "TR", "completed", "2023-03-12")}),
    ("Vice President Ivo Rask visited Bagram Air Base in Afghanistan on Sunday.",
     {("Ivo Rask", "Bagram Air Base in Afghanistan", "AF", "completed", "2023-03-12")}),
    # a site a country owns is placed by the town it stands in, as before
    ("Secretary of State Ann Cole visited the French Embassy in Tokyo on Monday.",
     {("Ann Cole", "Tokyo", "JP", "completed", "2023-03-13")}),
    ("President Tom Ward visited the U.S. Embassy in Nairobi on Friday.",
     {("Tom Ward", "Nairobi", "KE", "completed", "2023-03-10")}),
    ("Secretary of State Ann Cole visited the British Embassy in Accra on Monday.",
     {("Ann Cole", "Accra", "GH", "completed", "2023-03-13")}),
    # with only a country named, the site up to that country (the owner was the place:
    # "U.S."; or the country alone)
    ("President Tom Ward visited the U.S. Embassy in Kenya on Friday.",
     {("Tom Ward", "the U.S. Embassy in Kenya", "KE", "completed", "2023-03-10")}),
    ("Vice President Ann Cole went to the U.S. Embassy in Uruguay on Sunday.",
     {("Ann Cole", "the U.S. Embassy in Uruguay", "UY", "completed", "2023-03-12")}),
    ("Defense Secretary Ivo Rask visited the U.S. Naval Base in Ghana on Friday.",
     {("Ivo Rask", "the U.S. Naval Base in Ghana", "GH", "completed", "2023-03-10")}),
    ("Secretary of State Ann Cole visited the British Embassy in Mongolia on Monday.",
     {("Ann Cole", "the British Embassy in Mongolia", "MN", "completed", "2023-03-13")}),
])
def test_a_named_site_in_a_country_is_written_up_to_the_country(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a site a country owns, named by a common noun, in another country: the site up to the
    # country it stands in (it was the owner's site, placed in the owner's country)
    ("Defense Secretary Tom Ward toured a U.S. military base in Zambia on Monday.",
     {("Tom Ward", "a U.S. military base in Zambia", "ZM", "completed", "2023-03-13")}),
    ("Senator Lena Dahl visited the U.S. air base in Botswana on Sunday.",
     {("Lena Dahl", "the U.S. air base in Botswana", "BW", "completed", "2023-03-12")}),
    ("Defense Secretary Tom Ward visited the U.S. base in Paraguay on Monday.",
     {("Tom Ward", "the U.S. base in Paraguay", "PY", "completed", "2023-03-13")}),
    # the owner as an adjective, as before
    ("Vice President Ann Cole visited the American base in Belize on Friday.",
     {("Ann Cole", "the American base in Belize", "BZ", "completed", "2023-03-10")}),
])
def test_an_owned_site_in_another_country_is_placed_there(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # the model calls the town a nationality, an organisation or a person, or the gazetteer
    # ranks it small: "the <kind> of X" says what X is
    ("President Ivo Rask visited the Crimean city of Sevastopol on Saturday.",
     {("Ivo Rask", "Sevastopol", "UA", "completed", "2023-03-11")}),
    ("Secretary of State Ann Cole visited the Ukrainian town of Bucha on Monday.",
     {("Ann Cole", "Bucha", "UA", "completed", "2023-03-13")}),
    ("Prime Minister Tom Ward visited the Welsh town of Aberfan on Friday.",
     {("Tom Ward", "Aberfan", "GB", "completed", "2023-03-10")}),
    ("Foreign Minister Lena Dahl visited the island of Lampedusa on Monday.",
     {("Lena Dahl", "Lampedusa", None, "completed", "2023-03-13")}),
    # a town the gazetteer knows, as before
    ("Secretary of State Ann Cole visited the Russian city of Sochi on Monday.",
     {("Ann Cole", "Sochi", "RU", "completed", "2023-03-13")}),
])
def test_the_town_a_kind_of_town_names_after_of(body, expected):
    assert visits(body) == expected


def deployments(body: str) -> set[tuple]:
    got = extract_document("t", "Headline\n\n" + body, meta=META)["deployments"]
    return {(d["actor"], d["size"], d["qualifier"], d["unit"], d["location"],
             d["location_country"], d["status"]) for d in got}


@pytest.mark.parametrize("body,expected", [
    # a kind of town set beside the town it names: the location runs to the town (it was cut
    # at the comma, leaving "the capital" with no town)
    ("Britain sent 300 troops to Sierra Leone's capital, Freetown, on Monday.",
     {("United Kingdom", 300, "exact", "troop", "Sierra Leone's capital, Freetown", "SL",
       "deployed")}),
    ("Spain sent troops to Latvia's capital, Riga.",
     {("Spain", None, "vague", "troop", "Latvia's capital, Riga", "LV", "deployed")}),
    ("The Pentagon will send 200 Marines to the Lithuanian capital, Vilnius.",
     {("United States", 200, "exact", "marine", "the Lithuanian capital, Vilnius", "LT",
       "ordered")}),
    # the location ends at the town's own name, not what hangs on it
    ("Britain sent 300 troops to the country's capital, Freetown, where fighting raged.",
     {("United Kingdom", 300, "exact", "troop", "the country's capital, Freetown", "SL",
       "deployed")}),
    ("Britain sent 300 troops to the capital, Freetown, and the port city, Bonthe.",
     {("United Kingdom", 300, "exact", "troop", "the capital, Freetown", "SL", "deployed")}),
    ("Germany sent 400 soldiers to the Malian capital, Bamako, a city of two million.",
     {("Germany", 400, "exact", "soldier", "the Malian capital, Bamako", "ML", "deployed")}),
    # an apposition that is no town is still cut off
    ("Britain sent 300 troops to Freetown, a city of a million people.",
     {("United Kingdom", 300, "exact", "troop", "Freetown", "SL", "deployed")}),
])
def test_a_deployment_to_a_capital_named_beside_it(body, expected):
    assert deployments(body) == expected


@pytest.mark.parametrize("body,expected", [
    # the compass word the parser reads as the participle's object still opens the place
    ("Canada has troops stationed north of Niamey.",
     {("Canada", None, "vague", "troop", "Niamey", "NE", "deployed")}),
    ("Canada has 5,000 troops stationed north of Niamey.",
     {("Canada", 5000, "exact", "troop", "Niamey", "NE", "deployed")}),
    ("Norway has 300 soldiers stationed west of Juba.",
     {("Norway", 300, "exact", "soldier", "Juba", "SS", "deployed")}),
    # as before when the parser reads it as an adverb
    ("Canadian troops are stationed north of Niamey.",
     {("Canada", None, "vague", "troop", "Niamey", "NE", "deployed")}),
])
def test_a_deployment_north_of_a_town(body, expected):
    assert deployments(body) == expected
