"""'"...," one witness said. "...," another said': "another" or an ordinal ("a second", "a
third") whose head is left out is one more unnamed speaker, as written; neither dropped nor
the speaker before. Every sentence is invented."""

from __future__ import annotations

import pytest
from support import direct_statements


@pytest.mark.parametrize(("body", "expected"), [
    ('"We saw the smoke first," one witness said. "Then the windows shook," another said.',
     [("We saw the smoke first,", "one witness", "one witness", "said"),
      ("Then the windows shook,", "another", "another", "said")]),
    ('Protesters gathered outside the ministry. "We want answers," said one protester. '
     '"They lied to us," said another.',
     [("We want answers,", "one protester", "one protester", "said"),
      ("They lied to us,", "another", "another", "said")]),
    ('"The water came in at night," one resident told reporters.\n\n'
     '"We lost everything," another added. "Nobody came to help," a third said.',
     [("The water came in at night,", "one resident", "one resident", "told"),
      ("We lost everything,", "another", "another", "added"),
      ("Nobody came to help,", "a third", "a third", "said")]),
])
def test_an_elided_head_is_a_new_speaker(body, expected):
    assert direct_statements(body) == expected


def test_another_with_its_noun_is_unchanged():
    body = '"We were never told," a senior official said. "It was a mistake," another official said.'
    assert direct_statements(body) == [("We were never told,", "a senior official", "a senior official", "said"),
                             ("It was a mistake,", "another official", "another official", "said")]
