"""A time expression's month is a whole word (session 16): a town whose name starts with a
month's short name ("Maryland", "Marseille", "Augusta") is no date. Every sentence is
invented; "when" as shared/eval/ANNOTATION.md and FORMAT.md give it."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "destination_country", "status", "when")


@pytest.mark.parametrize("body,expected", [
    # a town whose name starts with a month's short name is no date: "in Mar(yland)" was
    # March of the year, "in Mar(seille)" too, "in Aug(usta)" August of the year before
    ("President Tom Ward hosted Israeli Prime Minister Ivo Rask at Camp David in Maryland "
     "last weekend.",
     {("Ivo Rask", "Camp David", "US", "completed", "2023-W10")}),
    ("Senator Lena Dahl visited a shipyard in Marseille after the vote.",
     {("Lena Dahl", "Marseille", "FR", "completed", None)}),
    ("Governor Ann Cole toured a factory in Augusta, Georgia, on Monday.",
     {("Ann Cole", "Augusta", "US", "completed", "2023-03-13")}),
    # a month's name, written out or short, as before
    ("Vice President Ann Cole will visit Kabul in March.",
     {("Ann Cole", "Kabul", "AF", "planned", "2023-03")}),
    ("Senator Tom Ward visited Kabul on Mar. 5.",
     {("Tom Ward", "Kabul", "AF", "completed", "2023-03-05")}),
])
def test_a_town_named_like_a_month_is_no_date(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("text,span", [
    ("The envoy lands in Oslo on Sept. 4, 2023, officials said.", "Sept. 4, 2023"),
    ("Talks resume next Thursday in Geneva.", "next Thursday"),
    ("The minister will travel later this month.", "later this month"),
    ("Troops have been there since 1998.", "since 1998"),
    ("The mayor of Marseille spoke at noon.", None),  # "Mar" of a town is no month
])
def test_the_calendar_words_come_from_the_lexicon_once(text, span):
    """dates.WHEN_RE (named kinds) and dates.WHEN (to write into larger patterns) are one
    list of patterns, their weekday and month names lexicon/calendar_words.csv's."""
    import re

    from newsfacts.extract.dates import MONTH, WEEKDAY, WHEN, WHEN_RE
    from newsfacts.extract.lexicons import MONTHS, WEEKDAYS

    named, plain = WHEN_RE.search(text), re.search(WHEN, text)
    assert (named and named.group(0), plain and plain.group(0)) == (span, span)
    assert re.fullmatch(WEEKDAY, "Sunday") and len(WEEKDAY.split("|")) == len(WEEKDAYS) == 7
    assert re.fullmatch(MONTH, "September") and not re.fullmatch(MONTH, "Sept")
    assert len(MONTH.split("|")) == 12 < len(MONTHS)
