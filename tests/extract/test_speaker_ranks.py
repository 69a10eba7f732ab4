"""Military and police ranks before a speaker's name (title_words.csv): the rank is a title,
not the speaker, and its full stop ends no sentence. Every sentence is invented."""

from __future__ import annotations

import functools

import pytest
from support import statement_facts

from newsfacts.extract.article import split_sentences

_facts = functools.partial(statement_facts, published="2024-05-14", lead="Harbour news")


@pytest.mark.parametrize(("body", "speaker", "mention"), [
    # an abbreviated rank the sentence splitter stopped at ("Cpl." then a new sentence)
    ('"The road was clear," said Cpl. Mark Dunn, a medic with the unit.',
     "Mark Dunn", "Cpl. Mark Dunn"),
    ('"We slept in shifts," said Pfc. Lena Ortiz, 20.', "Lena Ortiz", "Pfc. Lena Ortiz"),
    ('"Nobody told us anything," said Spc. Aaron Webb.', "Aaron Webb", "Spc. Aaron Webb"),
    ('"The convoy left at dawn," said Brig. Gen. Tom Keller.', "Tom Keller",
     "Brig. Gen. Tom Keller"),
    # a rank's grade ("1st Class") inside the title
    ('"We are ready," said Sgt. 1st Class Dana Ruiz, a platoon leader.', "Dana Ruiz",
     "Sgt. 1st Class Dana Ruiz"),
    ('"The ship held course," said Petty Officer 2nd Class Omar Haddad.', "Omar Haddad",
     "Petty Officer 2nd Class Omar Haddad"),
    # a police title in full
    ('"The roads are closed until morning," Sheriff Tom Bell said.', "Tom Bell",
     "Sheriff Tom Bell"),
])
def test_a_rank_is_the_speakers_title(body, speaker, mention):
    quote = body.split('"')[1]
    cue = "said"
    assert _facts(body) == {"statements": [(quote, speaker, mention, "direct", cue)],
                            "visits": [], "deployments": []}


def test_a_rank_ends_no_sentence():
    """'Cpl.' before a name does not split the sentence: the speaker's later surname takes
    up the whole name."""
    body = ('The patrol came back before noon, said Cpl. Mark Dunn. "It was quiet," Dunn '
            'told reporters.')
    assert _facts(body) == {"statements": [("It was quiet,", "Mark Dunn", "Dunn", "direct",
                                            "told")],
                            "visits": [], "deployments": []}


@pytest.mark.parametrize(("body", "speaker", "mention"), [
    # an abbreviated title from title_words.csv the splitter stopped at
    ('"We will be back," said Amb. Tom Ward on Monday.', "Tom Ward", "Amb. Tom Ward"),
    ('"The lab stays open," said Prof. Ann Lee.', "Ann Lee", "Prof. Ann Lee"),
])
def test_an_abbreviated_title_opens_the_name(body, speaker, mention):
    quote = body.split('"')[1]
    assert _facts(body) == {"statements": [(quote, speaker, mention, "direct", "said")],
                            "visits": [], "deployments": []}


def test_a_surname_that_is_also_a_rank_is_the_person():
    """'Ensign' alone after 'Sen. John Ensign' is his surname, not a rank."""
    body = 'Sen. John Ensign spoke to reporters on Tuesday. "We must act," Ensign said.'
    assert _facts(body) == {"statements": [("We must act,", "John Ensign", "Ensign", "direct",
                                            "said")],
                            "visits": [], "deployments": []}


def test_a_lower_case_title_abbreviation_ends_the_sentence():
    """'brig.' (a ship's prison) is no 'Brig.' before a name: its full stop ends a sentence;
    a capitalised title's does not."""
    text = ("Tom Ward spent a year in the brig. Ann Lee, his lawyer, said he had changed. "
            "Brig. Gen. Tom Keller agreed.")
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Tom Ward spent a year in the brig.", "Ann Lee, his lawyer, said he had changed.",
        "Brig. Gen. Tom Keller agreed."]
