"""Visits placed by a site named between the verb and the town (session 14): a meeting at a
site in lower case whose town comes after it, and a meeting at the home or office of the one
met. Every sentence is invented; the expected outcome follows shared/eval/ANNOTATION.md
(visits: a guest at the host's residence visits that place; the host is at home)."""

from __future__ import annotations

import pytest
from support import headline_visits

from newsfacts.extract import extract_document

META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status", "when")


@pytest.mark.parametrize("body,expected", [
    # the town is more than 50 characters after the verb: the sentence is read all the same
    ("Foreign Minister Ivo Rask met Prime Minister Lena Dahl at the presidential palace in "
     "Ankara on Monday.",
     {("Ivo Rask", "Ankara", "completed", "2023-03-13"),
      ("Lena Dahl", "Ankara", "completed", "2023-03-13")}),
    ("Secretary of State Tom Ward met Japanese Prime Minister Kenji Mori at the official guest "
     "house in Tokyo on Tuesday.",
     {("Tom Ward", "Tokyo", "completed", "2023-03-14")}),
    ("Secretary of State Tom Ward will meet Indonesian President Budi Santoso at the "
     "state guest house in Jakarta next week.",
     {("Tom Ward", "Jakarta", "planned", "2023-W12")}),
])
def test_a_meeting_at_a_site_placed_by_a_later_town(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "his residence" after a person met: the one met is at home, the subject came to them
    ("Secretary of State Tom Ward met President Igor Petrov at his residence in Sochi on "
     "Friday.",
     {("Tom Ward", "Sochi", "completed", "2023-03-10")}),
    ("Foreign Minister Ivo Rask met with King Harald Olsen at his summer residence in "
     "Bergen on Monday.",
     {("Ivo Rask", "Bergen", "completed", "2023-03-13")}),
    ("Prime Minister Kenji Mori met Chancellor Anna Vogel at her office in Berlin on Tuesday.",
     {("Kenji Mori", "Berlin", "completed", "2023-03-14")}),
    ("Secretary of State Tom Ward met Russian President Igor Petrov at his residence in "
     "Sochi on Friday.",
     {("Tom Ward", "Sochi", "completed", "2023-03-10")}),
    # the one met is from another country than the town: whose office is unclear, no visit
    ("NATO Secretary General Lars Berg met Japanese Prime Minister Kenji Mori at his office "
     "in Brussels on Tuesday.", set()),
    # one's own premises with nobody met: no visit
    ("Governor Tom Reyes met supporters at his ranch in Texas on Saturday.", set()),
    ("Senator Ann Cole spoke to reporters at her office in Denver on Monday.", set()),
])
def test_a_meeting_at_the_home_of_the_one_met(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # ceremonies that place a guest (meeting_nouns.csv venues with occasion_verbs.csv verbs)
    ("French President Lena Ortiz laid a wreath at a war memorial in Lima on Tuesday.",
     {("Lena Ortiz", "Lima", "completed", "2023-03-14")}),
    ("French President Lena Ortiz inspected an honour guard in Beijing on Monday before talks "
     "with Premier Chen Wei.",
     {("Lena Ortiz", "Beijing", "completed", "2023-03-13")}),
    ("Brazilian President Rui Costa will lay a wreath at the independence monument in Lisbon "
     "on Friday.",
     {("Rui Costa", "Lisbon", "planned", "2023-03-17")}),
    ("Irish Archbishop Sean Walsh celebrated Mass in Nairobi on Sunday.",
     {("Sean Walsh", "Nairobi", "completed", "2023-03-12")}),
    # at home, or the verb in another sense: no visit
    ("French President Lena Ortiz laid a wreath at a war memorial in Lyon on Tuesday.", set()),
    ("French President Lena Ortiz laid out her plan for the economy in Denver on Monday.",
     set()),
    ("French President Lena Ortiz celebrated her birthday in Miami.", set()),
    ("French President Lena Ortiz inspected the damage in Manila on Monday.", set()),
])
def test_a_ceremony_places_the_one_who_performs_it(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a perfect participle is active: "having met X in Ankara" places its subject there
    ("Prime Minister Tomas Varga, having met Japanese Prime Minister Kenji Mori in Ankara on "
     "Friday, flew home.",
     {("Tomas Varga", "Ankara", "completed", "2023-03-10"),
      ("Kenji Mori", "Ankara", "completed", "2023-03-10")}),
    ("Having held talks in Geneva on Monday, Foreign Minister Ivo Rask flew to Vienna.",
     {("Ivo Rask", "Geneva", "completed", "2023-03-13"),
      ("Ivo Rask", "Vienna", "completed", "2023-03-13")}),
    ("Having spoken at a rally in Ohio on Monday, Senator Ann Cole flew to Iowa.",
     {("Ann Cole", "Ohio", "completed", "2023-03-13"),
      ("Ann Cole", "Iowa", "completed", "2023-03-13")}),
    # a passive one is not the subject's doing
    ("Having been held in Tehran for a year, Tom Ward was freed on Monday.", set()),
])
def test_a_perfect_participle_places_its_subject(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # the town a trip starts or ends in is more specific than the region named before it
    ("Secretary of State Tom Ward ended his Middle East tour in Riyadh on Sunday.",
     {("Tom Ward", "Riyadh", "completed", "2023-03-12")}),
    ("Secretary of State Tom Ward began his Latin America tour in Bogota on Monday.",
     {("Tom Ward", "Bogota", "completed", "2023-03-13")}),
    ("Secretary of State Tom Ward concluded his Persian Gulf tour in Doha on Sunday.",
     {("Tom Ward", "Doha", "completed", "2023-03-12")}),
    ("Secretary of State Tom Ward will end his Southeast Asia tour in Lima on Friday.",
     {("Tom Ward", "Lima", "planned", "2023-03-17")}),
    # no town of the trip: the region stays
    ("Secretary of State Tom Ward ended his Middle East tour on Sunday.",
     {("Tom Ward", "Middle East", "completed", "2023-03-12")}),
])
def test_a_trip_begun_or_ended_in_a_town(body, expected):
    assert visits(body) == expected


_LEADERS = ("U.S. President Tom Ward spoke on Friday. North Korean leader Kim Jong Su and "
            "Japanese Prime Minister Kenji Mori spoke too.\n\n")


@pytest.mark.parametrize("body,expected", [
    # "At a summit in X, A and B ...": the names opening the clause may be parsed as
    # conjuncts of the place; they are still its subject
    (_LEADERS + "At a summit in Lima, Ward and Kim agreed on a fisheries plan.",
     {("Tom Ward", "Lima", "completed", None),
      ("Kim Jong Su", "Lima", "completed", None)}),
    (_LEADERS + "At talks in Geneva, Ward and Kim signed a short statement.",
     {("Tom Ward", "Geneva", "completed", None),
      ("Kim Jong Su", "Geneva", "completed", None)}),
    (_LEADERS + "During talks in Jakarta, Ward and Mori discussed trade.",
     {("Tom Ward", "Jakarta", "completed", None),
      ("Kenji Mori", "Jakarta", "completed", None)}),
    (_LEADERS + "At a summit in Seoul, Ward, Kim and Mori agreed to meet again.",
     {("Tom Ward", "Seoul", "completed", None),
      ("Kim Jong Su", "Seoul", "completed", None),
      ("Kenji Mori", "Seoul", "completed", None)}),
    # places in a row are no people
    (_LEADERS + "In Oslo, Bergen and Tromso, voters backed the plan.", set()),
])
def test_names_parsed_as_conjuncts_of_a_fronted_place(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "X, Y and Z met": the small model may read the list as two subjects; all three travel
    (_LEADERS + "Ward, Kim and Mori met in Seoul on Monday.",
     {("Tom Ward", "Seoul", "completed", "2023-03-13"),
      ("Kim Jong Su", "Seoul", "completed", "2023-03-13"),
      ("Kenji Mori", "Seoul", "completed", "2023-03-13")}),
    (_LEADERS + "Ward, Kim and Mori will hold talks in Bangkok next week.",
     {("Tom Ward", "Bangkok", "planned", "2023-W12"),
      ("Kim Jong Su", "Bangkok", "planned", "2023-W12"),
      ("Kenji Mori", "Bangkok", "planned", "2023-W12")}),
    # one of them at home there: the others only
    (_LEADERS + "Ward, Kim and Mori met in Tokyo on Monday.",
     {("Tom Ward", "Tokyo", "completed", "2023-03-13"),
      ("Kim Jong Su", "Tokyo", "completed", "2023-03-13")}),
])
def test_a_list_of_three_subjects(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "was at" a building the gazetteer knows places a guest from abroad there
    (_LEADERS + "Mori was at the White House on Friday for talks with Ward.",
     {("Kenji Mori", "the White House", "completed", "2023-03-10")}),
    (_LEADERS + "Mori will be at the White House next week.",
     {("Kenji Mori", "the White House", "planned", "2023-W12")}),
    (_LEADERS + "Kim was at the Kremlin on Monday.",
     {("Kim Jong Su", "Kremlin", "completed", "2023-03-13")}),
    # one's own seat, another sense of "at", or a site the gazetteer does not know: no visit
    (_LEADERS + "Ward was at the White House on Friday.", set()),
    (_LEADERS + "Mori was at odds with Ward on Friday.", set()),
    (_LEADERS + "Mori was at a hotel on Friday.", set()),
    # the building in a later "at" phrase, not the first hanging from "be": no visit
    ("Chinese President Li Wei was at odds with President Tom Ward at the White House.",
     set()),
    (_LEADERS + "Mori was at odds with Ward at the White House on Friday.", set()),
])
def test_present_at_a_known_building(body, expected):
    assert visits(body) == expected


def _country(body: str) -> set[tuple]:
    got = extract_document("t", "Headline\n\n" + body, meta=META)["visits"]
    return {(v["traveller"], v["destination"], v["destination_country"]) for v in got}


@pytest.mark.parametrize("body,expected", [
    # "St." and "Saint" spellings are one name: the most populous town of either spelling
    ("Russian President Igor Petrov held talks in St. Petersburg on Friday.", set()),
    ("French President Lena Ortiz held talks in St. Petersburg on Friday.",
     {("Lena Ortiz", "St. Petersburg", "RU")}),
    ("French President Lena Ortiz held talks in St Petersburg on Friday.",
     {("Lena Ortiz", "St Petersburg", "RU")}),
    # one from a country with a town of that spelling is in that town (at home)
    ("US President Tom Ward held a rally in St. Petersburg on Friday.", set()),
    ("Florida Governor Rick Dunn signed the bill in St. Petersburg.", set()),
    ("US President Tom Ward held talks in Saint Petersburg on Friday.",
     {("Tom Ward", "Saint Petersburg", "RU")}),
    # a town followed by its state or country is the town of that name there
    ("French President Lena Ortiz visited St. Petersburg, Florida, on Friday.",
     {("Lena Ortiz", "St. Petersburg", "US")}),
    ("French President Lena Ortiz visited Paris, Texas, on Friday.",
     {("Lena Ortiz", "Paris", "US")}),
])
def test_a_town_spelt_saint_or_qualified_by_its_state(body, expected):
    assert _country(body) == expected


def test_lookup_saint_spellings():
    from newsfacts.extract.places import lookup_place, lookup_place_in

    for name in ("St. Petersburg", "St Petersburg", "Saint Petersburg"):
        assert lookup_place(name)["country"] == "RU"
    assert lookup_place("St. Paul")["country"] == "US"
    assert lookup_place_in("St. Petersburg", "US")["name"] == "St. Petersburg"
    assert lookup_place_in("Atlantis", "US") is None


@pytest.mark.parametrize("body,expected", [
    # a month that is also a first name keeps its place after a title
    ("Polish Foreign Minister Jan Nowak flew to Kiev on Monday.",
     {("Jan Nowak", "Kiev", "completed", "2023-03-13")}),
    ("Senator June Ward flew to Kiev on Monday.",
     {("June Ward", "Kiev", "completed", "2023-03-13")}),
    ("Czech Defence Minister August Hlavac arrived in Vilnius on Monday.",
     {("August Hlavac", "Vilnius", "ongoing", "2023-03-13")}),
    ("Prime Minister Theresa Lind flew to Kiev in June.",
     {("Theresa Lind", "Kiev", "completed", "2022-06")}),
])
def test_a_month_as_first_name_after_a_title(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a named site between the verb and the town, the town far after the verb
    ("Japanese Prime Minister Kenji Mori met U.S. President Thomas Wardell at his Pine Ridge "
     "ranch in Texas on Saturday.",
     {("Kenji Mori", "Texas", "completed", "2023-03-11")}),
    ("Secretary of State Tom Ward met with Indonesian President Budi Santoso at his Bogor "
     "Palace residence in Jakarta on Monday.",
     {("Tom Ward", "Jakarta", "completed", "2023-03-13")}),
    ("Japanese Prime Minister Kenji Mori will meet Indonesian President Budi Santoso at his "
     "Bogor Palace residence in Jakarta next week.",
     {("Kenji Mori", "Jakarta", "planned", "2023-W12")}),
])
def test_a_meeting_at_a_named_site_placed_by_a_later_town(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a guest received at a site in lower case is placed by the town after it, not the
    # host's country
    ("U.S. President Tom Ward hosted Japanese Prime Minister Kenji Mori at his beach resort "
     "in Florida on Saturday.",
     {("Kenji Mori", "Florida", "completed", "2023-03-11")}),
    ("Russian President Igor Petrov received French President Lena Ortiz at his summer "
     "residence in Sochi on Friday.",
     {("Lena Ortiz", "Sochi", "completed", "2023-03-10")}),
    ("Indian Prime Minister Ravi Mehta hosted French President Lena Ortiz at his official "
     "residence in Delhi on Friday.",
     {("Lena Ortiz", "Delhi", "completed", "2023-03-10")}),
])
def test_a_guest_received_at_a_site_in_a_town(body, expected):
    assert visits(body) == expected
