"""Visits read off occasions: speeches, rallies, town halls and other events a person
speaks at or holds in a place (visit.occasion_speaker). Every sentence is invented; the
expected outcome follows shared/eval/ANNOTATION.md (visits): the speaker is there, away
from their own country."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document

META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday


def visits(body: str) -> set[tuple]:
    got = extract_document("t", "Headline\n\n" + body, meta=META)["visits"]
    return {(v["traveller"], v["destination"], v["status"], v["rule"]) for v in got}


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
