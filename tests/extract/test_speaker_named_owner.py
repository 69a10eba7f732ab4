"""A he/she after a sentence whose subject is a named person's relation or aide ("Paul
Okafor's sister said ...", "Governor Tom Hale's spokeswoman said ..."): the description,
with the owner's full name, is the speaker, as "Okafor's sister" already was. Every
sentence is invented."""

from __future__ import annotations

import functools

import pytest
from support import statement_facts

_facts = functools.partial(statement_facts, published="2016-08-21", lead="Local news")


@pytest.mark.parametrize(("body", "desc", "reported", "quote", "pronoun"), [
    ("Paul Okafor's sister said he was a gentle man. \"He never hurt anyone,\" she said.",
     "Paul Okafor's sister", "he was a gentle man", "He never hurt anyone,", "she"),
    ("Paul Okafor was shot twice on Monday.\n\nPaul Okafor's mother said he was a gentle man."
     "\n\n\"He never hurt anyone,\" she said.",
     "Paul Okafor's mother", "he was a gentle man", "He never hurt anyone,", "she"),
    ("Governor Tom Hale's spokeswoman said the plan was sound. \"We are confident it will "
     "pass,\" she said.", "Governor Tom Hale's spokeswoman", "the plan was sound",
     "We are confident it will pass,", "she"),
    ("Ruth Calloway's husband said she had been ill for months.\n\n\"She never complained,\" he "
     "said.", "Ruth Calloway's husband", "she had been ill for months", "She never complained,",
     "he"),
])
def test_a_pronoun_takes_up_a_named_persons_relation(body, desc, reported, quote, pronoun):
    assert _facts(body) == {"statements": [
        (reported, desc, desc, "indirect", "said"),
        (quote, desc, pronoun, "direct", "said")], "visits": [], "deployments": []}
