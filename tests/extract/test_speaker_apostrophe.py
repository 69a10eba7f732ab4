"""A bare surname written with the other apostrophe is the person named in full before it
('O\\'Dell' after 'Rhona O’Dell'). Every sentence is invented."""

from __future__ import annotations

import pytest
from support import direct_statements

from newsfacts.extract.entities import _surname


@pytest.mark.parametrize(("body", "expected"), [
    # curly in the full name, straight in the bare surname
    ('Harbour master Rhona O’Dell opened the new quay on Monday.\n\n"We worked all night," '
     'O\'Dell said.',
     [("We worked all night,", "Rhona O’Dell", "O'Dell", "said")]),
    # straight in the full name, curly in the bare surname
    ("Fire chief Declan D'Arcy inspected the depot on Tuesday.\n\n\"The trucks are ready,\" "
     "D’Arcy said.",
     [("The trucks are ready,", "Declan D'Arcy", "D’Arcy", "said")]),
])
def test_bare_surname_with_other_apostrophe(body, expected):
    assert direct_statements(body) == expected


def test_surname_key_folds_curly_apostrophe():
    assert _surname("Rhona O’Dell") == "O'Dell"
    assert _surname("Declan D'Arcy Jr.") == "D'Arcy"
