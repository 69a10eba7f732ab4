"""Visit statuses set by the words around a trip (session 16): directives, questions, plans
that fell through, trips ruled out, a gerund in a time adverbial with a future time, a
readiness under a condition, a meeting before a present-tense verb. Every sentence is
invented; the expected outcome follows shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body,expected", [
    # a directive (visit_status_cues.csv scope directive) asks for the trip its bare or "to"
    # complement names: possible, not made
    ("Senator Ana Ruiz challenged President Tom Hale to come to Vermont and meet the "
     "striking workers.",
     {("Tom Hale", "Vermont", "possible")}),
    ("Senator Ana Ruiz dared President Tom Hale to travel to Vermont before the election.",
     {("Tom Hale", "Vermont", "possible")}),
    ("Protesters demanded that Prime Minister Otto Brenner come to Grenfell Tower.",
     {("Otto Brenner", "Grenfell Tower", "possible")}),
    ("President Tom Hale insisted that Chairman Kim Sung-ho come to Washington for the next "
     "round of talks.",
     {("Kim Sung-ho", "Washington", "possible")}),
])
def test_a_directive_makes_the_trip_possible(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a finite complement of the same verbs is a claim and keeps its tense
    ("President Tom Hale insisted that he went to Paris last year to meet the French leader.",
     {("Tom Hale", "Paris", "completed")}),
    # a directive above a time adverbial says nothing of the trip in it
    ("Senator Ana Ruiz challenged the ruling after traveling to Geneva on Monday.",
     {("Ana Ruiz", "Geneva", "completed")}),
])
def test_a_directive_leaves_a_claim_or_an_adverbial_alone(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "whether" marks the trip's clause, or a complement above it: open
    ("President Ivan Sorokin spoke on Tuesday. It was unclear whether Sorokin would go to "
     "Paris for the ceremony.",
     {("Ivan Sorokin", "Paris", "possible")}),
    ("President Tom Hale had not decided whether to attend the summit in Vietnam.",
     {("Tom Hale", "Vietnam", "possible")}),
    ("President Ivan Sorokin would decide later whether to attend the summit in Osaka, the "
     "Kremlin said.",
     {("Ivan Sorokin", "Osaka", "possible")}),
    ("The White House did not say whether President Tom Hale would travel to Davos.",
     {("Tom Hale", "Davos", "possible")}),
])
def test_a_trip_under_whether_is_possible(body, expected):
    assert visits(body) == expected


def test_whether_or_not_beside_the_trip_leaves_its_plan():
    assert visits("President Tom Hale will go to Paris for the ceremony whether or not the "
                  "talks succeed.") == {("Tom Hale", "Paris", "planned")}


@pytest.mark.parametrize("body,expected", [
    # a plan told in the past that a "but" clause or a calling-off undoes: cancelled
    ("Secretary of State Rex Morgan was supposed to visit Moscow in April but the trip fell "
     "through.",
     {("Rex Morgan", "Moscow", "cancelled")}),
    ("Secretary of State Rex Morgan was supposed to travel to Cairo on Sunday but stayed in "
     "Washington.",
     {("Rex Morgan", "Cairo", "cancelled")}),
    ("President Tom Hale was scheduled to visit London in January before he scrapped the "
     "trip.",
     {("Tom Hale", "London", "cancelled")}),
    ("President Tom Hale was due to fly to Copenhagen in September but called off the visit "
     "after a row over Greenland.",
     {("Tom Hale", "Copenhagen", "cancelled")}),
])
def test_a_plan_that_fell_through_is_cancelled(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # another clause after the plan does not undo it
    ("President Xi Lan was due to arrive in Paris on Monday for a state visit, officials said.",
     {("Xi Lan", "Paris", "planned")}),
    ("President Tom Hale was scheduled to arrive in Hanoi on Sunday but his plane was delayed "
     "by a storm.",
     {("Tom Hale", "Hanoi", "planned")}),
])
def test_a_plan_with_another_contrast_stays_planned(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a "but" clause whose verb does not undo a plan (visit_status_cues.csv scope undo)
    # leaves it: the trip may have been made late or short
    ("Secretary of State Mike Pompeo was scheduled to visit Berlin on Monday but arrived a "
     "day late.",
     {("Mike Pompeo", "Berlin", "planned")}),
    ("Secretary of State Mike Pompeo was due to arrive in Baghdad on Tuesday but delayed his "
     "departure by a day.",
     {("Mike Pompeo", "Baghdad", "planned")}),
    ("President Donald Trump was scheduled to visit Tokyo on Monday but stayed only four "
     "hours.",
     {("Donald Trump", "Tokyo", "planned")}),
    ("President Donald Trump was due to visit Tokyo last week but arrived on Friday instead "
     "of Thursday.",
     {("Donald Trump", "Tokyo", "planned")}),
    ("President Donald Trump was supposed to fly to Tokyo on Monday but left a day later "
     "because of a storm.",
     {("Donald Trump", "Tokyo", "planned")}),
    ("President Donald Trump was due to arrive in Shannon on Tuesday but the visit ended "
     "abruptly.",
     {("Donald Trump", "Shannon", "planned")}),
])
def test_a_plan_kept_late_or_short_is_not_cancelled(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a verb that undoes the plan, or "instead" on its own: cancelled
    ("President Donald Trump was due to visit Tokyo on Monday but canceled the trip.",
     {("Donald Trump", "Tokyo", "cancelled")}),
    ("President Donald Trump was due to visit Tokyo on Monday but skipped the visit.",
     {("Donald Trump", "Tokyo", "cancelled")}),
    ("President Donald Trump was due to visit Tokyo on Monday but stayed in Washington.",
     {("Donald Trump", "Tokyo", "cancelled")}),
    ("President Donald Trump was due to visit Tokyo on Monday but met her in Osaka instead.",
     {("Donald Trump", "Tokyo", "cancelled"), ("Donald Trump", "Osaka", "completed")}),
    ("Secretary of State John Kerry was supposed to visit Cairo, but officials said he would "
     "go to Amman instead.",
     {("John Kerry", "Cairo", "cancelled"), ("John Kerry", "Amman", "planned")}),
])
def test_a_plan_undone_by_its_verb_or_instead(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a delay without a measure undoes the plan; a later clause saying it held keeps it
    ("Chancellor Otto Brenner was due to fly to Rome on Monday, but he postponed the trip.",
     {("Otto Brenner", "Rome", "cancelled")}),
    ("President Donald Trump was supposed to visit Tokyo on Monday, but he cut the trip "
     "short.",
     {("Donald Trump", "Tokyo", "completed")}),
    # an arrival two days before publication: there now
    ("Secretary of State Mike Pompeo was supposed to arrive in Berlin on Monday, and he did.",
     {("Mike Pompeo", "Berlin", "ongoing")}),
])
def test_a_past_plan_postponed_or_kept(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "ruled out" (scope exclusion): no trip made or planned; negated, a possible one
    ("President Tom Hale ruled out a visit to Moscow after the spy affair.",
     {("Tom Hale", "Moscow", "cancelled")}),
    ("Prime Minister Ravi Mehta ruled out a trip to Islamabad for the regional summit.",
     {("Ravi Mehta", "Islamabad", "cancelled")}),
    ("Secretary of State Rex Morgan has not ruled out a trip to Moscow later this year.",
     {("Rex Morgan", "Moscow", "possible")}),
    ("Secretary of State Rex Morgan did not rule out traveling to Caracas.",
     {("Rex Morgan", "Caracas", "possible")}),
])
def test_a_trip_ruled_out(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a gerund under until/after whose own words give a future time is a plan
    ("Secretary of State Rex Morgan held off on new sanctions until after visiting Riyadh "
     "later this month.",
     {("Rex Morgan", "Riyadh", "planned")}),
    # ... and without one it was made
    ("Secretary of State Rex Morgan flew to Riyadh on Tuesday after visiting Jerusalem.",
     {("Rex Morgan", "Riyadh", "completed"),
      ("Rex Morgan", "Jerusalem", "completed")}),
])
def test_a_gerund_with_a_future_time(body, expected):
    assert visits(body) == expected


def test_willing_under_a_condition_is_possible():
    assert visits("Prime Minister Kenji Sato said he would be willing to visit Pyongyang if "
                  "the talks made progress.") == {("Kenji Sato", "Pyongyang", "possible")}


@pytest.mark.parametrize("body,expected", [
    # a meeting or trip under "after" that its own words or a measured interval put before a
    # present-tense verb is over
    ("President Tom Hale said he would decide on the tariffs after his meeting with President "
     "Xi Lan in Osaka last month.",
     {("Tom Hale", "Osaka", "completed"),
      ("Xi Lan", "Osaka", "completed")}),
    ("The summit in Hanoi comes two weeks after President Tom Hale's visit to Tokyo.",
     {("Tom Hale", "Tokyo", "completed")}),
    # a future verb still carries a meeting after which it comes
    ("Chancellor Otto Brenner will fly to Beijing after the summit in Osaka next month.",
     {("Otto Brenner", "Beijing", "planned"),
      ("Otto Brenner", "Osaka", "planned")}),
])
def test_a_meeting_after_which_something_comes(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a plan's auxiliary on the publication day: not there yet
    ("Governor Lena Ortiz will tour the flooded farms in Iowa today, her spokesman said.",
     {("Lena Ortiz", "Iowa", "planned")}),
    ("Secretary of State Rex Morgan will fly to Kabul today for talks with the Afghan leader.",
     {("Rex Morgan", "Kabul", "planned")}),
    ("Prime Minister Kenji Sato said he would travel to Seoul on Wednesday.",
     {("Kenji Sato", "Seoul", "planned")}),
    # a plan's auxiliary on the trip noun's verb
    ("Governor Lena Ortiz's tour of the flooded farms in Iowa will take place today.",
     {("Lena Ortiz", "Iowa", "planned")}),
    # the news present on that day is under way, a name like a modal no auxiliary
    ("Representative Will Hurd arrives in Kabul today.",
     {("Will Hurd", "Kabul", "ongoing")}),
    ("Representative Will Hurd spoke. Will Hurd is visiting Kabul today.",
     {("Will Hurd", "Kabul", "ongoing")}),
    ("Representative Will Hurd spoke. Will Hurd is in Kabul today.",
     {("Will Hurd", "Kabul", "ongoing")}),
    ("Secretary of State Rex Morgan arrives in Kabul today for talks with the Afghan leader.",
     {("Rex Morgan", "Kabul", "ongoing")}),
])
def test_a_plan_for_the_publication_day(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # "as planned" says the plan held: a departure for the trip, under way (published on
    # Wednesday), however the parser hangs the trip phrase
    ("Chancellor Otto Brenner departed on Tuesday as scheduled for a state visit to Kenya.",
     {("Otto Brenner", "Kenya", "ongoing")}),
    ("Chancellor Otto Brenner departed as scheduled for the state visit to Kenya, which began "
     "on Tuesday.",
     {("Otto Brenner", "Kenya", "ongoing")}),
    # long past, made
    ("Senator Ana Ruiz set off as planned for her tour of Colombia last month.",
     {("Ana Ruiz", "Colombia", "completed")}),
])
def test_as_planned_is_no_plan_to_come(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a trip a verb of prevention takes as object in an infinitive or under a modal is
    # still ahead
    ("Farm groups asked a federal judge to bar Governor Lena Ortiz's tour of Nevada.",
     {("Lena Ortiz", "Nevada", "planned")}),
    ("Church leaders begged the governor to bar President Tom Hale's visit to Guam.",
     {("Tom Hale", "Guam", "planned")}),
    ("Lawyers said a judge might bar Governor Lena Ortiz's tour of Nevada.",
     {("Lena Ortiz", "Nevada", "planned")}),
])
def test_a_trip_someone_seeks_to_stop_is_still_ahead(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # an attempt of the subject's own, or a trip with a past time or past clause of its own,
    # keeps the tense of the verb above
    ("Farm groups tried to block Premier Ivo Rask's visit to Lima last week.",
     {("Ivo Rask", "Lima", "completed")}),
    ("Farm groups failed to block Premier Ivo Rask's visit to Lima last week.",
     {("Ivo Rask", "Lima", "completed")}),
    ("Critics wanted to block Premier Ivo Rask's trip to Lima, which went ahead on Monday.",
     {("Ivo Rask", "Lima", "completed")}),
    ("Farm groups failed to block Premier Ivo Rask's visit to Lima.",
     {("Ivo Rask", "Lima", "completed")}),
])
def test_a_trip_someone_failed_to_stop_keeps_its_tense(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a meeting a trip comes some time after is over, though the verb is in the present
    ("The trade fair in Lisbon opens six weeks after Chancellor Otto Brenner's meeting with "
     "President Xi Lan in Madrid.",
     {("Otto Brenner", "Madrid", "completed"), ("Xi Lan", "Madrid", "completed")}),
    ("Chancellor Otto Brenner's visit to Beijing comes two months after the summit in Osaka.",
     {("Otto Brenner", "Beijing", "planned"), ("Otto Brenner", "Osaka", "completed")}),
    ("Prime Minister Kenji Sato's trip to Seoul comes a year after the talks in Jakarta with "
     "President Moon Ji-ho.",
     {("Kenji Sato", "Seoul", "planned"), ("Kenji Sato", "Jakarta", "completed"),
      ("Moon Ji-ho", "Jakarta", "completed")}),
])
def test_a_meeting_some_time_before_a_present_trip_is_over(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a meeting or trip with a time of its own is not put in the past by an interval before a
    # present-tense verb: it may lie ahead
    ("The vote comes a week after President Donald Trump's visit to Tokyo next month.",
     {("Donald Trump", "Tokyo", "planned")}),
    ("President Donald Trump's trip to Tokyo comes two days after the summit in Osaka later "
     "this month.",
     {("Donald Trump", "Tokyo", "planned"), ("Donald Trump", "Osaka", "planned")}),
    ("The state dinner in Tokyo takes place two days after President Donald Trump's meeting "
     "with Xi in Osaka on June 29.",
     {("Donald Trump", "Osaka", "planned")}),
])
def test_a_meeting_with_its_own_time_after_which_something_comes(body, expected):
    assert visits(body) == expected
