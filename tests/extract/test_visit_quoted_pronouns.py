"""He or she inside a quotation is never the quote's speaker (visits._said_of): '"He ought to
go to Kyiv," X said of Y' is Y's possible trip, and with no "said of" object nor a name inside
the quote it is not the speaker, but may be the person named before (gender agreeing); "I"
is the speaker. Every sentence is invented; the expected outcome follows shared/eval/ANNOTATION.md (visits)."""

from __future__ import annotations

import pytest
from support import headline_visits


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


@pytest.mark.parametrize("body, expected", [
    # the "said of" object, its gender agreeing
    ("President Paul Ward spoke on Monday. Senator Dana Ruiz spoke on Sunday. \"He ought to go "
     "to Kyiv,\" Ruiz said of Ward.", {("Paul Ward", "Kyiv", "possible")}),
    ("President Paul Ward spoke on Monday. Senator Dana Ruiz spoke on Sunday. \"He went to Riyadh "
     "and sold them weapons,\" Ruiz said of President Paul Ward.", {("Paul Ward", "Riyadh", "completed")}),
    # no one the quote names: not the speaker
    ("Senator Tom Hale spoke on Sunday. \"He should go to Kyiv and look them in the eye,\" Hale "
     "said of the president. Hale toured Warsaw in January.", {("Tom Hale", "Warsaw", "completed")}),
    ("Senator Tom Hale spoke on Tuesday. \"He traveled to Kyiv to dig up dirt,\" Hale said, "
     "referring to the lawyer. Hale toured Warsaw in January.", {("Tom Hale", "Warsaw", "completed")}),
    ("Senator Ann Cole spoke on Wednesday. \"She flew to Moscow and came back with nothing,\" "
     "Cole said of the envoy. Cole toured Warsaw in January.", {("Ann Cole", "Warsaw", "completed")}),
    # "I" is the speaker; "ought to" is a duty, possible
    ("Senator Tom Hale spoke on Friday. \"I ought to go to Caracas myself,\" Hale said.",
     {("Tom Hale", "Caracas", "possible")}),
    ("Senator Tom Hale spoke on Sunday. Hale said he would go to Kyiv next month.",
     {("Tom Hale", "Kyiv", "planned")}),
    # a quote's he/she is someone other than its speaker: the person named before, gender agreeing
    ("Secretary of State John Kerry was in Cairo on Sunday. \"He plans to visit Riyadh on "
     "Monday,\" spokeswoman Jen Psaki said.",
     {("John Kerry", "Cairo", "completed"), ("John Kerry", "Riyadh", "planned")}),
    ("Defense Secretary Mark Lane was in Tokyo on Tuesday. \"He will fly to Seoul on Thursday,\" "
     "spokesman Tim Ross said.", {("Mark Lane", "Tokyo", "completed"), ("Mark Lane", "Seoul", "planned")}),
    ("Senator Jane Holt met donors in Denver on Monday. \"She intends to travel to Warsaw next "
     "month,\" her spokeswoman, Kate Moss, said.",
     {("Jane Holt", "Denver", "completed"), ("Jane Holt", "Warsaw", "planned")}),
    ("Treasury Secretary Paul Ward arrived in London on Monday. \"He will go on to Berlin on "
     "Wednesday,\" an aide said.", {("Paul Ward", "London", "ongoing"), ("Paul Ward", "Berlin", "planned")}),
])
def test_a_quotes_he_or_she_is_not_its_speaker(body, expected):
    assert visits(body) == expected
