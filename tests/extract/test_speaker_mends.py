"""Speakers credited wrongly by rules of the speakers round, each pinned as the whole
quote -> speaker map of its passage (false credits and the cases that must keep working).
Every body is invented."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document

META = {"published": "2024-05-14", "title_in_body": True}


def _speakers(body: str) -> dict[str, str]:
    """quote text -> speaker, for the direct statements of an invented article."""
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(META))
    return {s["text"].strip(" ,."): s["speaker"] for s in res["statements"]
            if s["kind"] == "direct"}


@pytest.mark.parametrize(("body", "expected"), [
    ('Regulators fined Harwell Bank £40m on Monday. The Treasury welcomed the fine. "We accept '
     'the findings and have changed our systems," the bank said.',
     {"We accept the findings and have changed our systems": "Harwell Bank"}),
    ("Inspectors found rust on the Nordlink Ferries fleet. The Transport Ministry ordered checks "
     'on every vessel. "Our ships are safe to sail," the company said.',
     {"Our ships are safe to sail": "the company"}),
    ("Auditors criticised Veltrix Corp. over its pension fund. The Harbour Authority said it "
     'would review the lease. "We have done nothing wrong," the company said.',
     {"We have done nothing wrong": "Veltrix Corp"}),
    # (a body of the kind asked for still speaks)
    ('Harwell Council fined the Nordlink Ferries company on Monday. "The fine is fair," the '
     'council said.', {"The fine is fair": "Harwell Council"}),
    ('Veltrix Corp. cut 200 jobs on Monday. "The cuts were painful but needed," the company '
     'said.', {"The cuts were painful but needed": "Veltrix Corp"}),
])
def test_a_body_description_takes_up_no_body_of_another_kind(body, expected):
    """"the bank said", "the company said" (statement.desc_body, desc_last_body) pass over a
    body of the state named as a subject in between ('The Treasury welcomed the fine'): it is
    no bank or company."""
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Mayor Tom Ward announced a deal with Harwell Shipping Corp. on Monday to rebuild the ferry "
     'terminal. "This is a great day for the city," the council said in a statement.',
     {"This is a great day for the city": "the council"}),
    ("Councillor Rita Lund opened talks with Nordlink Ferries Ltd. about the night route. \"No "
     'decision has been taken," the council said.', {"No decision has been taken": "the council"}),
    ('Mayor Tom Ward met Veltrix Corp. executives on Monday about the plant. "The plant will stay '
     'open," the council said.', {"The plant will stay open": "the council"}),
    # (the body a person acted on still speaks for a noun of its kind)
    ('Sen. Ann Lee attacked the Harbour Users Association on Tuesday. "Her claims are false," '
     "the group said.", {"Her claims are false": "Harbour Users Association"}),
])
def test_a_council_is_not_the_company_a_person_dealt_with(body, expected):
    """statement.desc_body_object: "the council said" after 'Mayor X announced a deal with Y
    Corp.' is not Y Corp.: a council, ministry or government noun never takes up the object
    body, nor any noun a body of another kind."""
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Veltrix Corp. was sued on Monday by three former warehouse workers. The lawsuit says the "
     'company "knowingly exposed staff to toxic dust" for a decade.',
     {"knowingly exposed staff to toxic dust": "three former warehouse workers"}),
    ("Harwell Council was sued by Mayor Ann Lee in March. The lawsuit says the council \"broke "
     'every rule in the charter."', {"broke every rule in the charter": "Ann Lee"}),
    ("Nordlink Ferries was sued in federal court by the Harbour Users Association. The complaint "
     'says the firm "hid the repair bills from passengers."',
     {"hid the repair bills from passengers": "Harbour Users Association"}),
    # (active: the subject sued)
    ('Ann Lee sued the ferry company in March. The lawsuit says the company "ignored the safety '
     'code for years."', {"ignored the safety code for years": "Ann Lee"}),
])
def test_a_lawsuit_after_a_passive_speaks_for_the_agent(body, expected):
    """"the lawsuit says" after 'X was sued by Y' (statement.document_act) is Y's, not the
    defendant's."""
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Councillor Ruth May chaired the inquiry into the ferry sinking. By the end of May, said one "
     'official, the money had "simply vanished."', {"simply vanished": "one official"}),
    ("Councillor Ann June chaired the harbour board. Until June, said one official, the quay had "
     '"never flooded."', {"never flooded": "one official"}),
    ("Judge Paul August heard the ferry case. By August, said one lawyer, the files had "
     '"simply vanished."', {"simply vanished": "one lawyer"}),
    # (the month alone before its verb is still the surname)
    ('Councillor Ruth May chaired the inquiry into the ferry sinking. "The money simply '
     'vanished," May said.', {"The money simply vanished": "Ruth May"}),
])
def test_a_month_in_a_date_is_no_surname(body, expected):
    """A month after a time word or before a comma ('By the end of May, said one official')
    is the calendar, not the person of that surname named before (entities._month_surnames)."""
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Onlookers laughed as Ward, wearing a "Save Our Ferry" T-shirt, took the stage.', {}),
    ('Onlookers laughed as Mayor Tom Ward, wearing a "Save Our Ferry" T-shirt, took the stage.',
     {}),
    ('Locals laughed as the mayor, wearing a "Save Our Ferry" T-shirt, took the stage.', {}),
    # (right after the quote or before a colon, the sound still credits it)
    ('"We will never sell the quay," Mayor Tom Ward laughed.',
     {"We will never sell the quay": "Tom Ward"}),
    ('Mayor Tom Ward laughed: "We will never sell the quay."',
     {"We will never sell the quay": "Tom Ward"}),
])
def test_a_sound_credits_only_the_quote_beside_it(body, expected):
    """laughed, screamed, sighed (sound_cue_verbs.csv) credit a quote only right after it or
    before a colon, never a slogan further along their sentence."""
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('"Both will stay open," its sister company said.',
     {"Both will stay open": "its sister company"}),
    ('"We will not merge," its sister airline said.', {"We will not merge": "its sister airline"}),
    ('"Our ships are sound," their parent company said.',
     {"Our ships are sound": "their parent company"}),
    # (a sister with no body noun after her is a person)
    ('"She was a good mayor," her sister said.', {"She was a good mayor": "her sister"}),
])
def test_a_sister_company_is_one_description(body, expected):
    """"its sister company": sister, parent, twin modifying a body or thing noun
    (description_words.csv kin_modifier) does not end the description."""
    assert _speakers(body) == expected
