"""'X told a voter who asked about Y that "..."': the speech verb of a relative clause on the
addressee does not report the quotation, the outer verb does. Every sentence is invented."""

from __future__ import annotations

import pytest
from support import direct_statements


@pytest.mark.parametrize(("body", "expected"), [
    ('At a town hall on Monday, Senator Jane Holt told a voter who asked about the tariffs '
     'that "farmers will be made whole."',
     [("farmers will be made whole.", "Jane Holt", "Senator Jane Holt", "told")]),
    ('Senator Jane Holt assured a reporter who asked about the delay that "the money is on '
     'its way."',
     [("the money is on its way.", "Jane Holt", "Senator Jane Holt", "assured")]),
    ('Governor Tom Ward told a student who complained about the fees that "nobody will be '
     'turned away."',
     [("nobody will be turned away.", "Tom Ward", "Governor Tom Ward", "told")]),
])
def test_the_addressees_clause_does_not_speak(body, expected):
    assert direct_statements(body) == expected


def test_the_addressees_own_words_stay_theirs():
    """The quotation right under the relative clause's verb is the addressee's."""
    body = 'Senator Jane Holt answered a voter who said that "the tariffs are killing us."'
    assert direct_statements(body) == [("the tariffs are killing us.", "a voter", "a voter", "said")]


@pytest.mark.parametrize(("body", "expected"), [
    # the quotation is inside the addressee's clause, not a 'that' clause of its own
    ('Ann Lee told a reporter who said the law was "a disaster" that she disagreed.',
     [("a disaster", "a reporter", "a reporter", "said")]),
    # one of each
    ('Ann Lee told a reporter who said the law was "a disaster" that "we will not back '
     'down."',
     [("a disaster", "a reporter", "a reporter", "said"),
      ("we will not back down.", "Ann Lee", "Ann Lee", "told")]),
])
def test_a_quote_in_the_addressees_clause_stays_theirs(body, expected):
    assert direct_statements(body) == expected
