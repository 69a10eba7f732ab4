"""Whose words a quotation is when one speech verb reports another: a quotation opened
after its own verb and a comma or colon ('X said Tom Ward told her, "..."') is the inner
subject's, quoted whole; a partial quote inside the reporter's clause stays the reporter's.
A verb joined to another ('smiled and said, "..."') shares its subject surely. Every sentence
is invented."""

from __future__ import annotations

import pytest
from support import INVENTED_META, direct_statements

from newsfacts.extract import extract_document


@pytest.mark.parametrize(("body", "expected"), [
    ('Jane Holt said Tom Ward told her, "We are finished here."',
     [("We are finished here.", "Tom Ward", "Tom Ward", "told")]),
    ('Jane Holt recalled that Tom Ward said, "We are finished here."',
     [("We are finished here.", "Tom Ward", "Tom Ward", "said")]),
    ('In her memoir, Jane Holt writes that the prime minister, Tom Ward, told her: "We '
     'cannot win this war."',
     [("We cannot win this war.", "Tom Ward", "Tom Ward", "told")]),
])
def test_the_inner_speaker_quoted_whole_speaks(body, expected):
    assert direct_statements(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the addressee between the inner verb and the quote: a name, an audience
    ('Jane Holt said Tom Ward told Lee, "We are finished here."',
     [("We are finished here.", "Tom Ward", "Tom Ward", "told")]),
    ('Jane Holt said Tom Ward told reporters, "We are finished here."',
     [("We are finished here.", "Tom Ward", "Tom Ward", "told")]),
])
def test_the_inner_speaker_speaks_to_the_addressee(body, expected):
    assert direct_statements(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the quote is no clause the inner verb reports: an adverbial clause, an apposition
    ('Ann Lee said Tom Ward denied the report, "as he always does when he is caught."',
     [("as he always does when he is caught.", "Ann Lee", "Ann Lee", "denied")]),
    ('Ann Lee said Tom Ward announced the plan, "a terrible idea that will cost jobs."',
     [("a terrible idea that will cost jobs.", "Ann Lee", "Ann Lee", "announced")]),
])
def test_a_partial_quote_after_the_inner_verbs_object_stays_the_reporters(body, expected):
    assert direct_statements(body) == expected


def test_a_partial_quote_in_the_reporters_clause_stays_the_reporters():
    body = ('Ana Lee said that after a long review the board had concluded the plan was "not, '
            'in itself, a breach of the treaty".')
    assert direct_statements(body) == [("not, in itself, a breach of the treaty", "Ana Lee", "Ana Lee",
                              "concluded")]


def test_a_joined_verb_shares_its_subject_surely():
    """'X criticized ... and warned, "..."': the parse's subject of the first verb (rule
    statement.quote_verb_subject), not a surface rule."""
    res = extract_document("t", 'Harbour news\n\nTom Ward criticized the plan and warned, "The '
                                'port will close."', meta=dict(INVENTED_META))
    assert [(s["text"], s["speaker"], s["cue"], s["rule"]) for s in res["statements"]] == [
        ("The port will close.", "Tom Ward", "warned", "statement.quote_verb_subject")]


def test_a_joined_verb_with_an_object_shares_its_subject():
    """'X met the protesters and told them, "..."': the first verb's subject, not its
    object (was 'the protesters': the subject test compared tokens by identity)."""
    assert direct_statements('The mayor met the protesters and told them, "We hear you."') == [
        ("We hear you.", "The mayor", "The mayor", "told")]
