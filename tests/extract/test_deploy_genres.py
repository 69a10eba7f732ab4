"""Force deployments in news genres the first rules were not written against: peacekeeping
contingents serving in a mission, coordinated hardware, naval and air movements. Invented
sentences; each asserts every fact as (actor, size, qualifier, unit, location, status)."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document

META = {"published": "2019-03-14", "title_in_body": True}


def tuples(body: str) -> list[tuple]:
    facts = extract_document("t", "Headline\n\n" + body, meta=META)["deployments"]
    return [(d["actor"], d["size"], d["qualifier"], d["unit"], d["location"], d["status"])
            for d in facts]


@pytest.mark.parametrize("body, expected", [
    # a destination the parse hangs on the last of coordinated forces is every one's
    ("France sent two Rafale jets and a frigate to Greece.",
     [("France", 2, "exact", "jet", "Greece", "deployed"),
      ("France", 1, "exact", "frigate", "Greece", "deployed")]),
    ("Spain will send four fighter jets and a frigate to Bulgaria next month.",
     [("Spain", 4, "exact", "fighter jet", "Bulgaria", "ordered"),
      ("Spain", 1, "exact", "frigate", "Bulgaria", "ordered")]),
    ("Norway dispatched three helicopters and a frigate to Iceland on Monday.",
     [("Norway", 3, "exact", "helicopter", "Iceland", "deployed"),
      ("Norway", 1, "exact", "frigate", "Iceland", "deployed")]),
])
def test_coordinated_forces_share_the_last_destination(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the body or mission the forces serve in names their place
    ("Burundi has about 4,000 troops serving with the African Union mission in Somalia.",
     [("Burundi", 4000, "approx", "troop", "Somalia", "deployed")]),
    ("Ghana has 900 soldiers deployed with UNIFIL in southern Lebanon.",
     [("Ghana", 900, "exact", "soldier", "southern Lebanon", "deployed")]),
    ("Some 400 Irish troops serve with the UN force in Lebanon.",
     [("Ireland", 400, "approx", "troop", "Lebanon", "deployed")]),
    ("Estonia sent 50 soldiers as part of the French operation in Mali.",
     [("Estonia", 50, "exact", "soldier", "Mali", "deployed")]),
])
def test_forces_serving_in_a_mission_take_its_place(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # naval movements: a carrier group is a force
    ("A US carrier group is heading to the Gulf of Guinea.",
     [("United States", None, "vague", "carrier group", "the Gulf of Guinea", "ordered")]),
    ("A British carrier group arrived in the Tasman Sea on Friday.",
     [("United Kingdom", None, "vague", "carrier group", "the Tasman Sea", "deployed")]),
    ("France sent a carrier group to the eastern Mediterranean.",
     [("France", None, "vague", "carrier group", "the eastern Mediterranean", "deployed")]),
])
def test_naval_movements(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the event or mission the forces are sent for names their place
    ("More than 6,000 police officers were deployed for the rally in Moscow.",
     [(None, 6000, "at_least", "police officer", "Moscow", "deployed")]),
    ("Canada will send 200 soldiers for the training mission in Ukraine.",
     [("Canada", 200, "exact", "soldier", "Ukraine", "ordered")]),
    ("Britain sent 500 troops for the exercise in Estonia.",
     [("United Kingdom", 500, "exact", "troop", "Estonia", "deployed")]),
])
def test_forces_sent_for_an_event_take_its_place(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a drawdown "from X to Y troops" the parse reads as one range: the level it ends at,
    # when the force cut is one somewhere ("the force in X"); not a cut to a whole army
    ("The Pentagon will reduce the force in Niger from 1,400 to 750 troops.",
     [("United States", None, "vague", "force", "Niger", "withdrawn"),
      ("United States", 750, "exact", "troop", "Niger", "withdrawn")]),
    ("The Pentagon will cut the US force in Djibouti from 2,700 to 1,150 troops by spring.",
     [("United States", None, "vague", "force", "Djibouti", "withdrawn"),
      ("United States", 1150, "exact", "troop", "Djibouti", "withdrawn")]),
    ("Denmark will reduce its contingent in Estonia from 470 to 290 soldiers.",
     [("Denmark", None, "vague", "contingent", "Estonia", "withdrawn"),
      ("Denmark", 290, "exact", "soldier", "Estonia", "withdrawn")]),
    ("Britain will cut its army from 102,000 to 82,000 soldiers.", []),
    ("Germany will cut the Bundeswehr from 250,000 to 185,000 soldiers.", []),
    ("The soldiers were drawn from 10 to 12 brigades.", []),
])
def test_drawdown_from_one_level_to_another(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # aircraft named by their model alone, in the plural
    ("The Netherlands sent two F-16s to Jordan.",
     [("Netherlands", 2, "exact", "F-16", "Jordan", "deployed")]),
    ("Russia deployed four Su-24s to Syria.",
     [("Russia", 4, "exact", "Su-24", "Syria", "deployed")]),
    ("Six US F-35s landed in Estonia on Monday.",
     [("United States", 6, "exact", "F-35", "Estonia", "deployed")]),
    ("She is in her mid-20s and lives in Paris.", []),
])
def test_aircraft_named_by_model(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces leaving a place "on their way to" another are bound there, not withdrawn
    ("About 3,000 Marines left North Carolina on their way to the Mediterranean.",
     [(None, 3000, "approx", "marine", "the Mediterranean", "ordered")]),
    ("Two Russian frigates left Sevastopol on their way to the Syrian coast.",
     [("Russia", 2, "exact", "frigate", "the Syrian coast", "ordered")]),
    ("The 500 paratroopers departed Vicenza on Monday on their way to Latvia.",
     [(None, 500, "exact", "paratrooper", "Latvia", "ordered")]),
    ("Some 300 troops left Mali on Friday.",
     [(None, 300, "approx", "troop", "Mali", "withdrawn")]),
])
def test_leaving_on_the_way_to_a_place(body, expected):
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces "on their way to" a place, whatever verb carries them: bound there
    ("Two Russian warships passed through the Bosphorus on their way to Syria.",
     [("Russia", 2, "exact", "warship", "Syria", "ordered")]),
    ("A Russian submarine surfaced off Norway on its way to the Mediterranean.",
     [("Russia", 1, "exact", "submarine", "the Mediterranean", "ordered")]),
    ("Three Chinese warships transited the Sunda Strait on their way to Australia.",
     [("China", 3, "exact", "warship", "Australia", "ordered")]),
    ("Some 400 Canadian troops are on their way to Latvia.",
     [("Canada", 400, "approx", "troop", "Latvia", "ordered")]),
    # on the way out of a place, with no destination: nothing
    ("The convoy of 200 troops stopped in Iraq on their way out of Syria.", []),
    ("The 300 troops stopped in Jordan on their way out of Iraq.", []),
])
def test_forces_on_their_way_to_a_place(body, expected):
    assert tuples(body) == expected
