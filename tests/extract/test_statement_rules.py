"""One invented sentence (or paragraph pair) per statement rule id: each path a statement can
come from gives the right speaker and names itself. The surface paths are read with the
parse path switched off (rules.set_disabled), as when the sentence was not parsed;
the same bodies with the parse on must give the same speakers."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document
from newsfacts.extract.statements import RULE_IDS

META = {"published": "2024-05-14", "title_in_body": True}

# rule id -> (body, speaker, quote text or indirect clause)
CASES = {
    "statement.quote_verb_subject": (
        'Harbour master Siobhán O\'Brien, who has run the port for a decade, on Tuesday warned '
        'that "the quay will not survive another winter."',
        "Siobhán O'Brien", "the quay will not survive another winter."),
    "statement.quote_cue_after": (
        '"We will rebuild the lighthouse before the summer," Mayor Pieter van der Berg said.',
        "Pieter van der Berg", "We will rebuild the lighthouse before the summer,"),
    "statement.quote_dash_credit": (
        '"The ferry was late every single day this winter." — Dragan Vuković, a commuter',
        "Dragan Vuković", "The ferry was late every single day this winter."),
    "statement.quote_according_to": (
        'According to the port authority, "repairs will take at least six more weeks."',
        "the port authority", "repairs will take at least six more weeks."),
    "statement.quote_leading_cue": (
        'Said Marie Lefèvre: "Nobody asked the fishermen what they thought of the plan."',
        "Marie Lefèvre", "Nobody asked the fishermen what they thought of the plan."),
    "statement.quote_cue_before": (
        'Speaking to the council on Monday, Ana Núñez said: "The budget will not cover the '
        'dredging."',
        "Ana Núñez", "The budget will not cover the dredging."),
    "statement.quote_continuation": (
        '"The ice came early," said Tom Ward, the harbour pilot. "We lost two weeks of work '
        'before Christmas."',
        "Tom Ward", "We lost two weeks of work before Christmas."),
    "statement.quote_paragraph_run": (
        'Ruth Ansel opened the dock. "It is a good day," she said.\n\n'
        '"We waited eleven winters for this dock and nobody in the capital listened.\n\n'
        '"Now the money is here and we will build it," said harbour master Tom Ward.',
        "Tom Ward", "We waited eleven winters for this dock and nobody in the capital listened."),
    "statement.quote_colon_lead": (
        "In a letter to the board, the union leader Jan Novak wrote:\n\n"
        '"Our members have waited long enough for an answer on pay."',
        "Jan Novak", "Our members have waited long enough for an answer on pay."),
    "statement.quote_lead_in_paragraph": (
        "Estonia's fisheries minister, Kadri Tamm, was more cautious.\n\n"
        '"It is too early to know how many boats will be affected by the new quotas."',
        "Kadri Tamm", "It is too early to know how many boats will be affected by the new quotas."),
    "statement.quote_after_report": (
        'The ferry talks will resume next week, harbour master Tom Ward said. "We are not far '
        'apart on the fares."',
        "Tom Ward", "We are not far apart on the fares."),
    "statement.reporter_over_continuation": (
        'Mayor Ana Lee said the port was "open for business again". A union spokesman said '
        'forty ships were still waiting. They share a hope for "a quiet winter on the quay."',
        "A union spokesman", "a quiet winter on the quay."),
    "statement.quote_sentence_subject": (
        'Mayor Ana Lee wants the ministry to "stop treating the islands as an afterthought."',
        "Ana Lee", "stop treating the islands as an afterthought."),
    "statement.quote_echo": (
        "Port chief Ana Lee spoke on the radio.\n\nLEE: The quay is nearly finished now.\n\n"
        'Calling the quay "nearly finished now" will not convince the islanders.',
        "Ana Lee", "nearly finished now"),
    "statement.quote_transcript_label": (
        "Port chief Ana Lee spoke on the radio.\n\n"
        'LEE: "The quay will be finished by the spring."',
        "Ana Lee", "The quay will be finished by the spring."),
    "statement.quote_words_of": (
        '"The quay will be finished by the spring." Those were the words of port chief Ana '
        "Lee on Tuesday.",
        "Ana Lee", "The quay will be finished by the spring."),
    "statement.indirect_cue_clause": (
        "Harbour master Tom Ward said on Thursday that the port would reopen in June.",
        "Tom Ward", "the port would reopen in June"),
}


def _statements(body: str) -> list[dict]:
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(META))
    return res["statements"]


def test_every_rule_id_has_a_case():
    assert set(CASES) == set(RULE_IDS)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_statement_rule_on_its_sentence(rule):
    from newsfacts.extract.rules import set_disabled

    if rule != "statement.quote_verb_subject":
        set_disabled("statement.quote_verb_subject")  # the surface paths alone
    try:
        body, speaker, text = CASES[rule]
        got = [(s["speaker"], s["text"]) for s in _statements(body) if s["rule"] == rule]
    finally:
        set_disabled("")
    assert (speaker, text) in got, _statements(body)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_the_parse_on_gives_the_same_speakers(rule):
    body, speaker, text = CASES[rule]
    got = {s["text"]: s["speaker"] for s in _statements(body)}
    assert got.get(text) == speaker, got


@pytest.mark.parametrize("body", [
    "The mayor said on Thursday.",
    "The minister said separately, in a brief statement to reporters.",
    "Officials insisted on going ahead with the vote.",
])
def test_an_indirect_statement_is_a_clause_never_an_adverbial(body):
    assert [s for s in _statements(body) if s["kind"] == "indirect"] == []


def test_an_unnamed_source_of_indirect_speech_keeps_its_description():
    body = ("A spokesman for the Polish foreign ministry said on Thursday that Warsaw would "
            "respond in kind.")
    ind = [(s["speaker"], s["text"]) for s in _statements(body) if s["kind"] == "indirect"]
    assert ind == [("A spokesman for the Polish foreign ministry", "Warsaw would respond in kind")]


def test_statement_sentences_are_parsed_without_entities_unless_another_type_wants_them():
    from newsfacts.extract import _selectors
    from newsfacts.extract.document import prepare, select_sentences
    from newsfacts.extract.nlp import parse_texts

    body = ('Harbour news\n\n"The quay is closed," Ana Lee said on Monday.\n\n'
            "Tom Ward flew to Oslo on Tuesday for talks.")
    d = prepare("t", body, "text", dict(META))
    full = {t for _i, t in select_sentences(d, *_selectors(True))}
    plain = {t for _i, t in select_sentences(d, *_selectors(False))} - full
    assert plain == {'"The quay is closed," Ana Lee said on Monday.'}
    assert "Tom Ward flew to Oslo on Tuesday for talks." in full
    bare, = parse_texts(list(plain), entities=False)
    whole, = parse_texts(["Tom Ward flew to Oslo on Tuesday for talks."])
    assert not bare.has_annotation("ENT_IOB") and whole.has_annotation("ENT_IOB")
    assert [t.dep_ for t in bare][:1] == ["punct"] and any(t.dep_ == "nsubj" for t in bare)


@pytest.mark.parametrize(("body", "text"), [
    ("The ministry said in a statement on Monday evening that the dock would reopen.",
     "the dock would reopen"),
    ("Ms Lind said in an interview on Friday night that she would not stand again.",
     "she would not stand again"),
    ("Mayor Ruth Okonjo said in a letter on Sunday morning that her staff had voted to strike.",
     "her staff had voted to strike"),
])
def test_a_weekday_after_in_a_statement_is_no_part_of_what_was_said(body, text):
    """'said in a statement on Monday evening that ...': the weekday is the statement's time,
    not a name it was made to ('in a letter to the United Nations'), so the part of the day
    after it does not open the reported clause."""
    ind = [s["text"] for s in _statements(body) if s["kind"] == "indirect"]
    assert ind == [text]
