"""Meetings that place their participants: talks and summits named at the
start of a sentence, summits hosted by one leader and attended by others. Every sentence is
invented; the expected outcome follows shared/eval/ANNOTATION.md (visits): each participant
from outside the place's country travels there, the host at home does not."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    # a meeting noun opening the sentence, its participants named at length before the place
    ("Talks between Secretary of State Daniel Whitcomb and Russian Foreign Minister Pavel Orlov "
     "in Geneva ended without agreement on Friday, officials said.",
     {("Daniel Whitcomb", "Geneva", "completed"), ("Pavel Orlov", "Geneva", "completed")}),
    ("Negotiations between Iranian Foreign Minister Reza Tabari and European Union envoy Greta "
     "Lindqvist in Vienna dragged into a third day on Monday.",
     {("Reza Tabari", "Vienna", "completed"), ("Greta Lindqvist", "Vienna", "completed")}),
    # the host at home is no visitor
    ("Talks between Turkish President Kemal Arslan and Russian President Oleg Sokolov in "
     "Ankara focused on Syria, the Turkish presidency said on Tuesday.",
     {("Oleg Sokolov", "Ankara", "completed")}),
    ("Talks between South Korean President Han Jisoo and Japanese Prime Minister Hiroshi "
     "Tanabe in Busan will open next month, the South Korean presidency said.",
     {("Hiroshi Tanabe", "Busan", "planned")}),
])
def test_a_meeting_noun_opening_the_sentence_places_its_participants(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the place hangs from the one hosting the summit: the guest travels, the host is at home
    ("Canadian Prime Minister Claire Dubois attended a summit hosted by Japanese Prime Minister "
     "Hiroshi Tanabe in Osaka on Friday.", {("Claire Dubois", "Osaka", "completed")}),
    ("Canadian Prime Minister Claire Dubois will join talks hosted by French President Louis "
     "Garnier in Paris next month, her office said.", {("Claire Dubois", "Paris", "planned")}),
    # the passive: those the summit "was attended by"
    ("A summit hosted by Chinese President Zhou Ming in Beijing on Thursday was attended by "
     "Russian President Oleg Sokolov and Turkish President Kemal Arslan.",
     {("Oleg Sokolov", "Beijing", "completed"), ("Kemal Arslan", "Beijing", "completed")}),
    ("The summit in Osaka last week was attended by Canadian Prime Minister Claire Dubois, "
     "while Japanese Prime Minister Hiroshi Tanabe chaired it.",
     {("Claire Dubois", "Osaka", "completed")}),
    # not attended: no trip
    ("The summit in Osaka last week was not attended by Canadian Prime Minister Claire Dubois, "
     "who sent her foreign minister.", set()),
])
def test_a_summit_hosted_by_one_leader_places_the_ones_attending(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # put off to a date the text gives: still to come (ANNOTATION: cancelled is postponed
    # indefinitely)
    ("Canadian Prime Minister Claire Dubois said the talks went well. A planned trip to Lagos by "
     "Dubois was postponed until January, her office said on Tuesday.",
     {("Claire Dubois", "Lagos", "planned")}),
    ("Canadian Prime Minister Claire Dubois said the talks went well. Her visit to Lagos next month "
     "has been delayed until next year, officials said.", {("Claire Dubois", "Lagos", "planned")}),
    ("Canadian Prime Minister Claire Dubois said the talks went well. Dubois postponed her trip to "
     "Lagos until March because of the storms, her office said.",
     {("Claire Dubois", "Lagos", "planned")}),
    # without a date, or indefinitely: called off
    ("Canadian Prime Minister Claire Dubois said the talks went well. A planned trip to Lagos by "
     "Dubois was postponed indefinitely, her office said.", {("Claire Dubois", "Lagos", "cancelled")}),
    ("Canadian Prime Minister Claire Dubois said the talks went well. A planned trip to Lagos by "
     "Dubois was postponed because of the storms, her office said.",
     {("Claire Dubois", "Lagos", "cancelled")}),
])
def test_a_trip_put_off_to_a_date_is_still_planned(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a US cabinet title (lexicon nationality_cues.csv) gives its holder's country: at home in
    # the capital, the guest from abroad travels
    ("Ukrainian President Oleh Marchenko said the aid was vital. House Speaker Dana Whitfield met "
     "Marchenko in Washington on Tuesday.", {("Oleh Marchenko", "Washington", "completed")}),
    ("Polish Defense Minister Tomasz Zielinski said the alliance was strong. Zielinski held talks "
     "with Defense Secretary Mark Holloway in Washington on Monday.",
     {("Tomasz Zielinski", "Washington", "completed")}),
    ("Mexican Finance Minister Lucia Herrera said the deal was close. Treasury Secretary Paul "
     "Grayson met Herrera in Washington on Thursday.", {("Lucia Herrera", "Washington", "completed")}),
    # abroad, the holder travels
    ("Attorney General Ray Donnelly met Italian prosecutors in Rome last month, the Justice "
     "Department said.", {("Ray Donnelly", "Rome", "completed")}),
])
def test_a_us_cabinet_title_gives_its_holder_a_home(body, expected):
    assert visits(body) == expected



@pytest.mark.parametrize("body, expected", [
    # a verb of taking part (meeting_verbs.csv) whose object is a measure of a meeting
    # (meeting_measures.csv)
    ("Canadian Foreign Minister Lena Moss said the talks were useful. Moss wrapped up two days of "
     "talks in Cairo on Monday.", {("Lena Moss", "Cairo", "completed")}),
    ("Canadian Foreign Minister Lena Moss said the talks were useful. Moss concluded three rounds "
     "of negotiations in Doha last week.", {("Lena Moss", "Doha", "completed")}),
    ("Canadian Foreign Minister Lena Moss said the talks were useful. Moss will resume a series of "
     "meetings in Geneva next week.", {("Lena Moss", "Geneva", "planned")}),
    # a verb that judges the meeting places no one
    ("Canadian Foreign Minister Lena Moss said the talks were useful. Moss welcomed two days of "
     "talks in Geneva between the rival factions.", set()),
])
def test_taking_part_in_a_measure_of_a_meeting_places_the_subject(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a summit "attended by X" from afar places no one (lexicon remote_cues.csv)
    ("The summit in Osaka was attended by Indian Prime Minister Arjun Mehta via video link, "
     "officials said.", set()),
    ("The summit in Osaka was attended by Indian Prime Minister Arjun Mehta by videoconference "
     "on Friday.", set()),
    ("The summit in Osaka was attended remotely by Indian Prime Minister Arjun Mehta, who stayed "
     "in New Delhi.", set()),
    ("The G20 summit in Osaka, attended by Indian Prime Minister Arjun Mehta via video link, "
     "ended on Saturday.", set()),
    # in person: the trip stands
    ("The summit in Osaka was attended by Indian Prime Minister Arjun Mehta and Canadian Prime "
     "Minister Claire Dubois.",
     {("Arjun Mehta", "Osaka", "completed"), ("Claire Dubois", "Osaka", "completed")}),
])
def test_a_summit_attended_from_afar_places_no_one(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # put off to a date, then called off outright: the last word stands
    ("Russian President Oleg Sokolov said the talks went well. Sokolov's visit to Paris was "
     "postponed until October, then cancelled altogether.", {("Oleg Sokolov", "Paris", "cancelled")}),
    ("Canadian Prime Minister Claire Dubois said the talks went well. Dubois's visit to Manila, "
     "postponed to Tuesday from Monday, was cancelled because of the storm.",
     {("Claire Dubois", "Manila", "cancelled")}),
    ("Russian President Oleg Sokolov said the talks went well. Sokolov's visit to Paris was "
     "postponed until October and then scrapped.", {("Oleg Sokolov", "Paris", "cancelled")}),
    # put off to a date only: still to come
    ("Russian President Oleg Sokolov said the talks went well. Sokolov's visit to Paris was "
     "postponed until October.", {("Oleg Sokolov", "Paris", "planned")}),
])
def test_a_trip_called_off_after_a_postponement_stays_cancelled(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the predicate of the copula a meeting noun is the subject of (visit_status_cues.csv
    # scope predicate): neither under way nor planned
    ("Talks between Secretary of State Daniel Whitcomb and Russian Foreign Minister Pavel Orlov "
     "in Geneva are unlikely this year, analysts said.",
     {("Daniel Whitcomb", "Geneva", "possible"), ("Pavel Orlov", "Geneva", "possible")}),
    ("Talks between Secretary of State Daniel Whitcomb and Russian Foreign Minister Pavel Orlov "
     "in Geneva remain possible, officials said.",
     {("Daniel Whitcomb", "Geneva", "possible"), ("Pavel Orlov", "Geneva", "possible")}),
    ("Talks between Secretary of State Daniel Whitcomb and Russian Foreign Minister Pavel Orlov "
     "in Geneva would be a mistake, Senator Ruth Calder said.",
     {("Daniel Whitcomb", "Geneva", "possible"), ("Pavel Orlov", "Geneva", "possible")}),
    # other predicates keep their reading
    ("Talks between Secretary of State Daniel Whitcomb and Russian Foreign Minister Pavel Orlov "
     "in Geneva are expected next month, officials said.",
     {("Daniel Whitcomb", "Geneva", "planned"), ("Pavel Orlov", "Geneva", "planned")}),
    ("Talks between Secretary of State Daniel Whitcomb and Russian Foreign Minister Pavel Orlov "
     "in Geneva collapsed on Thursday, officials said.",
     {("Daniel Whitcomb", "Geneva", "completed"), ("Pavel Orlov", "Geneva", "completed")}),
])
def test_a_meeting_noun_takes_the_status_of_its_predicate(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a US cabinet title gives a home only to the one hosting a meeting: a speech or event in
    # the holder's own country keeps its reading (as a title with no country does)
    ("Commerce Secretary Paul Grayson spoke at a conference in Detroit on Monday.",
     {("Paul Grayson", "Detroit", "completed")}),
    ("Treasury Secretary Paul Grayson spoke at an economic forum in New York last month.",
     {("Paul Grayson", "New York", "completed")}),
    ("Defense Secretary Mark Holloway addressed troops in San Diego on Tuesday.",
     {("Mark Holloway", "San Diego", "completed")}),
    ("Former Defense Secretary Mark Holloway spoke at a forum in Seattle on Friday.",
     {("Mark Holloway", "Seattle", "completed")}),
])
def test_a_us_cabinet_title_leaves_speeches_at_home_as_they_were(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a site the summit's host holds it at, placed by its town: the town is the destination
    ("Canadian Prime Minister Claire Dubois attended a summit hosted by French President Louis "
     "Garnier at the Elysee Palace in Paris on Friday.", {("Claire Dubois", "Paris", "completed")}),
    ("Ukrainian President Oleh Marchenko attended a summit hosted by Chinese President Zhou Ming "
     "at the Great Hall of the People in Beijing last week.",
     {("Oleh Marchenko", "Beijing", "completed")}),
    # a host named by the surname alone after the full name, a site in lower case
    ("Russian President Oleg Sokolov said the region needed peace. Turkish President Kemal "
     "Arslan attended a summit hosted by Sokolov at his residence in Sochi on Thursday.",
     {("Kemal Arslan", "Sochi", "completed")}),
    ("Russian President Oleg Sokolov said the region needed peace. A summit hosted by Sokolov in "
     "Sochi on Thursday was attended by Turkish President Kemal Arslan.",
     {("Kemal Arslan", "Sochi", "completed")}),
    # the subject at home: no trip
    ("Japanese Prime Minister Hiroshi Tanabe attended talks hosted by Canadian Prime Minister "
     "Claire Dubois at the Akasaka Palace in Tokyo last week.", set()),
])
def test_a_summit_hosted_at_a_site_is_placed_by_its_town(body, expected):
    assert visits(body) == expected
