"""Visits read off occasions: speeches, rallies, town halls and other events a person
speaks at or holds in a place (visit.occasion_speaker). Every sentence is invented; the
expected outcome follows shared/eval/ANNOTATION.md (visits): the speaker is there, away
from their own country."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status", "rule")


RULE = "visit.occasion_speaker"


@pytest.mark.parametrize("body, expected", [
    # the object of an occasion verb (lexicon occasion_verbs.csv)
    ("Chilean Senator Ana Ruiz said the talks went well. Ruiz delivered a speech in Lima on Tuesday.",
     {("Ana Ruiz", "Lima", "completed", RULE)}),
    ("German Chancellor Otto Brenner said Europe must act. Brenner will give the keynote address at "
     "a forum in Oslo next month.", {("Otto Brenner", "Oslo", "planned", RULE)}),
    ("German Chancellor Otto Brenner said Europe must act. Brenner is due to deliver a speech in "
     "Vienna on Friday.", {("Otto Brenner", "Vienna", "planned", RULE)}),
    # after "in" / "at" under a verb of saying, or set off beside the subject
    ("German Chancellor Otto Brenner said Europe must act. In a speech in Lisbon last week, Brenner "
     "said Europe must act.", {("Otto Brenner", "Lisbon", "completed", RULE)}),
    ("Canadian Foreign Minister Lena Moss spoke on Sunday. Moss, in a speech at a university in Manila "
     "on Monday, said the alliance was strong.", {("Lena Moss", "Manila", "completed", RULE)}),
    # a site placed by its own phrase; a topic's place is no venue
    ("Chilean Senator Ana Ruiz said the talks went well. Ruiz gave a speech on the war in Syria at a "
     "college in Lyon on Monday.", {("Ana Ruiz", "Lyon", "completed", RULE)}),
    # the possessor of the occasion noun; its status words
    ("German Chancellor Otto Brenner said Europe must act. Brenner's planned speech in Warsaw was "
     "cancelled.", {("Otto Brenner", "Warsaw", "cancelled", RULE)}),
    # told undated, the speech is the day's news: the speaker is there now
    ("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss gave a speech in Cairo.",
     {("Lena Moss", "Cairo", "ongoing", RULE)}),    # a year or "last" on the noun, or the present perfect: a past occasion
    ("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss, in her 2019 "
     "speech in Cairo, called for calm.", {("Lena Moss", "Cairo", "completed", RULE)}),
    ("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss has given "
     "speeches in Cairo.", {("Lena Moss", "Cairo", "completed", RULE)}),
])
def test_the_speaker_at_an_occasion_is_there(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    # from afar (lexicon remote_cues.csv)
    "Canadian Foreign Minister Lena Moss said the alliance was strong. Moss addressed the rally by "
    "video link from Berlin.",
    # a speech one only talks about
    "Canadian Foreign Minister Lena Moss said the alliance was strong. Moss criticized the speech in "
    "Caracas by the Venezuelan leader.",
    # watching at an occasion is not speaking at it
    "French President Paul Girard said the alliance was strong. Girard watched the fireworks "
    "at a celebration in Madrid.",
    # a rally in one's own country is routine campaigning (leaders.csv gives the country)
    "President Donald Trump said he would win. Trump held a rally in Pennsylvania on Saturday.",
    # and so is a speech in one's own country that one's title names
    "French President Paul Girard said the alliance was strong. Girard gave a speech in Lyon "
    "on Monday.",
    # one whose country the article does not give may be at home
    "Senator Ana Ruiz said the talks went well. Ruiz held a town hall in Denver on Tuesday.",
    "Mayor Ana Ruiz said the talks went well. Ruiz gave a speech in Lyon on Monday.",
    # a host at a reception: the guests travel, not the host (no occasion verb)
    "French Ambassador Paul Girard said the alliance was strong. Girard hosted a reception at "
    "the embassy in Madrid.",
    # an occasion denied, prevented or refused
    "French President Paul Girard said the alliance was strong. Girard denied making any "
    "appearance in Madrid.",
    "French President Paul Girard said the alliance was strong. Girard was barred from holding "
    "a rally in Madrid.",
    "French President Paul Girard said the alliance was strong. Girard refused to give a speech "
    "in Madrid.",
    # read out by someone else: given from afar
    "French President Paul Girard said the alliance was strong. Girard's speech in Madrid was "
    "read by his aide.",
])
def test_occasions_that_place_no_trip(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body, expected", [
    ("Talks in Vienna between Foreign Minister Lena Moss and Chancellor Otto Brenner ended "
     "without a deal on Monday.",
     {("Lena Moss", "Vienna", "completed"), ("Otto Brenner", "Vienna", "completed")}),
    ("Talks in Doha between Envoy Tom Hale and Senator Ana Ruiz resumed on Monday after a "
     "break of a week.",
     {("Tom Hale", "Doha", "completed"), ("Ana Ruiz", "Doha", "completed")}),
    ("Meetings in Geneva between President Ivo Rask and Chancellor Otto Brenner will "
     "resume next week.",
     {("Ivo Rask", "Geneva", "planned"), ("Otto Brenner", "Geneva", "planned")}),
])
def test_a_meeting_noun_opening_the_sentence_is_read(body, expected):
    # the parse selection reads a meeting noun in any case ("Talks in Vienna ...")
    assert {v[:3] for v in visits(body)} == expected
SITE = "visit.subject_event_at_site"


@pytest.mark.parametrize("body, expected", [
    ("Foreign Minister Lena Moss and Chancellor Otto Brenner met for talks at a hotel in "
     "Geneva on Monday.",
     {("Lena Moss", "Geneva", "completed", SITE), ("Otto Brenner", "Geneva", "completed", SITE)}),
    ("President Ivo Rask spoke to troops at Camp Victory Air Base in Kuwait on Sunday.",
     {("Ivo Rask", "Kuwait", "completed", SITE)}),
    ("President Ivo Rask met Chancellor Otto Brenner for talks at a villa in Geneva on Friday.",
     {("Ivo Rask", "Geneva", "completed", SITE), ("Otto Brenner", "Geneva", "completed", SITE)}),
    # holding anything but a meeting is no meeting
    ("Senator Ana Ruiz held a hearing at a courthouse in Boston on Monday.", set()),
    # one's own premises place no visit (lexicon own_premises.csv)
    ('"We will hold the line," General Ivo Rask said at his headquarters in Tirana.', set()),
])
def test_a_meeting_or_statement_at_a_placed_site(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "appear at" an occasion (lexicon occasion_verbs.csv appear) places the one appearing
    ("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss appeared at a rally in "
     "Lyon on Tuesday.", {("Lena Moss", "Lyon", "completed", RULE)}),
    ("German Chancellor Otto Brenner said Europe must act. Brenner appeared at a campaign event in "
     "Vienna on Monday alongside local candidates.", {("Otto Brenner", "Vienna", "completed", RULE)}),
    ("Chilean Senator Ana Ruiz said the talks went well. Ruiz is scheduled to appear at a forum in "
     "Madrid next week.", {("Ana Ruiz", "Madrid", "planned", RULE)}),
])
def test_appearing_at_an_occasion(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    # no occasion noun: no trip read off "appear"
    "Canadian Foreign Minister Lena Moss said the alliance was strong. Moss appeared in court in "
    "Lyon on Tuesday.",
    "Canadian Foreign Minister Lena Moss said the alliance was strong. Moss appeared on television "
    "in Lyon on Tuesday.",
])
def test_appearing_without_an_occasion_places_no_one(body):
    assert visits(body) == set()


EVENT = "visit.subject_event_in"


@pytest.mark.parametrize("body, expected", [
    # a meeting named by its town ("the Oslo summit") as the place of a meeting predicate
    ("German Chancellor Otto Brenner said Europe must act. Brenner and Chilean President Ana Ruiz "
     "held talks at the Lisbon summit in May.",
     {("Otto Brenner", "Lisbon", "completed", EVENT), ("Ana Ruiz", "Lisbon", "completed", EVENT)}),
    ("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss met Chilean President "
     "Ana Ruiz at the Oslo summit on Monday.",
     {("Lena Moss", "Oslo", "completed", EVENT), ("Ana Ruiz", "Oslo", "completed", EVENT)}),
    ("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss held talks with "
     "Ana Ruiz at the Vienna conference on Monday.",
     {("Lena Moss", "Vienna", "completed", EVENT),
      ("Ana Ruiz", "Vienna", "completed", "visit.meeting_participants")}),
])
def test_a_meeting_named_by_its_town(body, expected):
    assert visits(body) == expected


def test_preparing_for_a_meeting_named_by_its_town_is_no_trip():
    assert visits("Canadian Foreign Minister Lena Moss said the alliance was strong. Moss met with "
                  "advisers to prepare for the Oslo summit.") == set()


@pytest.mark.parametrize("body, expected", [
    # a meeting noun under a measure's "of" is the meeting held ("two days of talks")
    ("Foreign Minister Lena Moss and Chancellor Otto Brenner held two days of talks in Vilnius "
     "last week.", {("Lena Moss", "Vilnius", "completed", EVENT), ("Otto Brenner", "Vilnius", "completed", EVENT)}),
    ("Foreign Minister Lena Moss and Chancellor Otto Brenner held a round of talks in Riga on "
     "Monday.", {("Lena Moss", "Riga", "completed", EVENT), ("Otto Brenner", "Riga", "completed", EVENT)}),
    ("Foreign Minister Lena Moss and Chancellor Otto Brenner will hold a series of meetings in Oslo "
     "next week.", {("Lena Moss", "Oslo", "planned", EVENT), ("Otto Brenner", "Oslo", "planned", EVENT)}),
])
def test_a_measure_of_talks_held_somewhere(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    # holding a measure of anything else is no meeting
    "Chancellor Otto Brenner said Europe must act. Brenner held hours of hearings in Vienna on Friday.",
    "Chancellor Otto Brenner said Europe must act. Brenner held a copy of the treaty in Vienna on Friday.",
])
def test_holding_a_measure_of_no_meeting_places_no_one(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body", [
    # a meeting under the "of" of any other object than a measure is no meeting held
    "German Chancellor Angela Merkel said Europe was united. Merkel welcomed the results of the "
    "summit in Brussels on Monday.",
    "German Chancellor Angela Merkel said Europe was united. Merkel welcomed the resumption of talks "
    "in Geneva on Monday.",
    "German Chancellor Angela Merkel said Europe was united. Merkel received a readout of the talks "
    "in Beijing.",
    "German Chancellor Angela Merkel said Europe was united. Merkel welcomed news of talks in Geneva.",
    "German Chancellor Angela Merkel said Europe was united. Merkel held the presidency of the summit "
    "in Brussels last year.",
])
def test_a_meeting_under_no_measure_places_no_one(body):
    assert visits(body) == set()


def test_a_measure_counted_by_a_number_holds_the_meeting():
    assert visits("German Chancellor Angela Merkel said Europe was united. Merkel held three rounds "
                  "of talks in Vienna in March.") == {("Angela Merkel", "Vienna", "completed", EVENT)}


@pytest.mark.parametrize("body", [
    # a country named before a meeting noun is mostly its topic, not its venue
    "Secretary of State Mike Pompeo said the Taliban must cut ties. Pompeo held talks at the Yemen "
    "meeting on Saturday.",
    "Secretary of State Mike Pompeo said the Taliban must cut ties. Pompeo held talks at the "
    "Venezuela conference on Saturday.",
    "German Chancellor Angela Merkel said peace was possible. Merkel held talks with Erdogan at the "
    "Libya conference.",
    "South Korean President Moon Jae-in said peace was near. Moon held talks with Trump at the "
    "Korea-U.S. summit.",
    "Secretary of State Mike Pompeo said Iran was a threat. Pompeo held talks with Netanyahu at the "
    "Israel meeting.",
    # nor for the one meeting someone there (meeting_attendee reads the same helper)
    "Secretary of State John Kerry said progress was slow. Kerry met Iranian Foreign Minister "
    "Mohammad Javad Zarif at the Iran talks on Monday.",
    "German Chancellor Angela Merkel said peace was possible. Merkel met Turkish President Recep "
    "Tayyip Erdogan at the Libya summit in January.",
    "Russian Foreign Minister Sergei Lavrov said progress was slow. Lavrov met Turkish Foreign "
    "Minister Mevlut Cavusoglu at the Syria meeting.",
])
def test_a_meeting_named_by_a_country_places_no_one(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body", [
    # shown at an occasion on a screen or in a recording (remote_cues.csv): not there
    "French President Emmanuel Macron said he was tired. Macron appeared on a giant screen at a "
    "rally in Berlin on Sunday.",
    "French President Emmanuel Macron said he was tired. Macron appeared by hologram at a rally in "
    "Berlin on Sunday.",
    "French President Emmanuel Macron said he was tired. Macron appeared in a recorded message at a "
    "gala in Berlin on Sunday.",
    "French President Emmanuel Macron said he was tired. Macron spoke on a screen at a rally in "
    "Berlin on Sunday.",
])
def test_appearing_on_a_screen_or_recording_places_no_one(body):
    assert visits(body) == set()


EVENT = "visit.subject_event_in"
LEAD = "Chilean Foreign Minister Ana Ruiz spoke on Sunday. "


@pytest.mark.parametrize("body, expected", [
    # a verb of taking part in its meeting object (travel_verbs.csv, meeting_verbs.csv)
    (LEAD + "Ruiz held talks in Madrid on Monday.", {("Ana Ruiz", "Madrid", "completed", EVENT)}),
    (LEAD + "Ruiz attended the summit in Lisbon on Monday.",
     {("Ana Ruiz", "Lisbon", "completed", EVENT)}),
    (LEAD + "Ruiz joined the talks in Oslo on Monday.", {("Ana Ruiz", "Oslo", "completed", EVENT)}),
    (LEAD + "Ruiz resumed talks in Madrid on Monday.", {("Ana Ruiz", "Madrid", "completed", EVENT)}),
    (LEAD + "Ruiz wrapped up talks in Seoul on Monday.", {("Ana Ruiz", "Seoul", "completed", EVENT)}),
    (LEAD + "Ruiz opened the conference in Vienna on Monday.",
     {("Ana Ruiz", "Vienna", "completed", EVENT)}),
    (LEAD + "Ruiz chaired the meeting in Brussels on Monday.",
     {("Ana Ruiz", "Brussels", "completed", EVENT)}),
    (LEAD + "Ruiz kicked off the summit in Lisbon on Monday.",
     {("Ana Ruiz", "Lisbon", "completed", EVENT)}),
    (LEAD + "Ruiz brokered talks in Doha between the two sides last month.",
     {("Ana Ruiz", "Doha", "completed", EVENT)}),
    # a verb that judges, follows or organises a meeting: the subject need not be there
    ("Canadian Prime Minister Lena Moss spoke on Sunday. Moss welcomed talks in Geneva between the "
     "two sides on Monday.", set()),
    ("British Prime Minister Helen Marsh spoke on Sunday. Marsh criticised the summit in Brussels "
     "for failing to agree.", set()),
    ("Australian Foreign Minister Lena Moss spoke on Sunday. Moss dismissed the conference in "
     "Bahrain as a sideshow.", set()),
    (LEAD + "Ruiz was following the talks in Vienna closely.", set()),
    ("Secretary-General Tomas Varga spoke on Sunday. Varga convened talks in Geneva on Tuesday.",
     set()),
    ("Russian President Ivan Sokolov spoke on Sunday. Sokolov organised a summit in Vienna last "
     "month.", set()),
])
def test_meeting_object_takes_part_only(body, expected):
    assert visits(body) == expected


MOSS = "Canadian Prime Minister Lena Moss spoke on Sunday. "
ATTENDEE, PARTICIPANTS = "visit.meeting_attendee", "visit.meeting_participants"


@pytest.mark.parametrize("body, expected", [
    # a meeting attended from afar (remote_cues.csv): no one travels
    (MOSS + "Moss joined the meeting in Washington by videoconference on Monday.", set()),
    (MOSS + "Moss took part in the summit in Brussels via video link on Monday.", set()),
    (MOSS + "Moss attended the conference in Riyadh virtually on Monday.", set()),
    (MOSS + "Moss participated remotely in the talks in Geneva on Monday.", set()),
    (MOSS + "Moss spoke at the summit in Lima by video on Monday.", set()),
    (MOSS + "The summit between Moss and Chilean President Ana Ruiz in Lima was held by "
     "videoconference on Monday.", set()),
    # the same meetings attended in person
    (MOSS + "Moss took part in the summit in Brussels on Monday.",
     {("Lena Moss", "Brussels", "completed", ATTENDEE)}),
    (MOSS + "The summit between Moss and Chilean President Ana Ruiz in Lima ended on Monday.",
     {("Lena Moss", "Lima", "completed", PARTICIPANTS),
      ("Ana Ruiz", "Lima", "completed", PARTICIPANTS)}),
])
def test_a_meeting_attended_from_afar(body, expected):
    assert visits(body) == expected
