"""Who a speaker mention stands for (statements round 2): names after honorifics, genders
from first names, pronouns and descriptions resolved by salience. Every body is invented."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document
from newsfacts.extract.entities import EntityIndex

META = {"published": "2024-05-14", "title_in_body": True}


def _speakers(body: str) -> dict[str, str]:
    """quote text -> speaker, for the direct statements of an invented article."""
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(META))
    return {s["text"].strip(" ,."): s["speaker"] for s in res["statements"]
            if s["kind"] == "direct"}


def _persons(text: str) -> dict[str, tuple[str, str | None]]:
    """mention as written -> (actor name, actor gender) of the person mentions of text."""
    e = EntityIndex(text)
    return {text[m.full_start:m.end]: (m.actor.name, m.actor.gender) for m in e.mentions
            if m.actor is not None and m.actor.kind == "person"}


@pytest.mark.parametrize("written", ["Mr German", "Ms Bishop", "Mrs Paris", "Mr Jordan",
                                     "Dr English"])
def test_a_word_after_an_honorific_is_a_surname(written):
    """A title word, a demonym or a place right after Mr/Ms/Dr is the person's surname."""
    got = _persons(f"The vote was close. {written} said the motion would fail.")
    assert written in got
    assert got[written][0] == written.split()[1]


def test_a_role_after_an_honorific_is_no_name():
    got = _persons("Mr President, the house is waiting, said the clerk. Mr Speaker rose.")
    assert not any(k.endswith(("President", "Speaker")) for k in got)


def test_an_honorific_surname_takes_up_the_full_name():
    got = _persons("Ruth German leads the council. Later Ms German said the vote was fair.")
    assert got["Ms German"][0] == "Ruth German"


def test_a_month_after_a_first_name_is_a_surname():
    got = _persons("Theresa May met the mayor. Mrs May said little. In May Congress will sit.")
    assert got["Theresa May"] == ("Theresa May", "f")
    assert got["Mrs May"][0] == "Theresa May"


def test_a_first_name_of_either_gender_gives_no_gender():
    """A name the lexicon lists for both genders is no evidence: the pronoun decides."""
    got = _persons("Lindsey Carver, the port's director, said he would resign.")
    assert got["Lindsey Carver"][1] == "m"


def test_a_pronoun_takes_up_a_speaker_whose_first_name_is_of_either_gender():
    body = ("Lindsey Carver argued that the harbour needed two more dredgers.\n\n"
            "He brushed off questions about a storm that had troubled Fergus Hale last year.\n\n"
            '"If we had known then what we know now, we would have built the wall higher," '
            "he said.")
    assert _speakers(body)["If we had known then what we know now, we would have built the "
                           "wall higher"] == "Lindsey Carver"
