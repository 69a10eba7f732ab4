"""Speakers read from the parse: the subject token of a speech verb and the name that holds
it, each pinned as the whole quote -> speaker map of its passage. Every body is invented."""

from __future__ import annotations

import pytest
from support import INVENTED_META, quote_speakers

from newsfacts.extract import extract_document


@pytest.mark.parametrize(("body", "expected"), [
    ('Governor Tom Ward spoke in Dayton on Monday. "We will not raise taxes this year," Ward '
     "administration officials said on Tuesday.",
     {"We will not raise taxes this year": "Ward administration officials"}),
    ('Senator Ann Lee left the hearing early. "She has done nothing wrong," Lee\'s aides said '
     "in a statement.", {"She has done nothing wrong": "Lee's aides"}),
    ('Detroit harbour pilot Ann Lee said, "The channel is safe again."',
     {"The channel is safe again": "Ann Lee"}),
])
def test_a_name_is_the_speaker_only_when_it_holds_the_subject_word(body, expected):
    """The subject word of the speech verb is the speaker's: a name that holds it is the
    speaker; a name elsewhere in the subject's phrase ('Ward administration officials',
    'Lee's aides') is not."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Reporters asked whether the bill would pass the Senate. "It will pass next week," came '
     "the reply from Senator Ann Lee.", {"It will pass next week": "Ann Lee"}),
    ('The ministry was asked about the dock strike. "No talks are planned," came the response '
     "from spokesman Dan Cole.", {"No talks are planned": "Dan Cole"}),
    ('Asked about the trade deal, "We are close to a final text," came the answer from the White '
     "House.", {"We are close to a final text": "the White House"}),
    # (a credit before the quote still reads the same)
    ('According to Senator Ann Lee, "the bill will pass next week."',
     {"the bill will pass next week": "Ann Lee"}),
])
def test_came_the_reply_from_credits_the_quote(body, expected):
    """'"...," came the reply (response, answer, retort) from X' credits X, as '"...,"
    according to X' does; the quotation was dropped."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Ann Lee said nothing while Governor Tom Ward spoke of "a new dawn for the state."',
     {"a new dawn for the state": "Tom Ward"}),
    ('Ann Lee said she agreed when Tom Ward talked about "the broken roads of the county."',
     {"the broken roads of the county": "Tom Ward"}),
    ('Ann Lee said the hall fell silent as Mayor Tom Ward spoke about "the men we lost at sea."',
     {"the men we lost at sea": "Tom Ward"}),
    # (talking with someone is no saying of the words)
    ("The football club's chairman, Rob Hale, talked with supporters for an hour before "
     'kick-off and "promised a new stand within two years," the club said on its website.',
     {"promised a new stand within two years": "the club"}),
])
def test_a_quote_spoken_of_is_thequote_speakers(body, expected):
    """'X said nothing while Y spoke of "..."': a verb of talking (topic_speech_verbs.csv)
    reports the quotation that is the object of its topic preposition; the reporter X
    around it does not."""
    assert quote_speakers(body) == expected


def _credits(body: str) -> dict[str, tuple[str, str | None]]:
    """quote text -> (speaker, cue), for the direct statements of an invented article."""
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(INVENTED_META))
    return {s["text"].strip(" ,."): (s["speaker"], s["cue"]) for s in res["statements"]
            if s["kind"] == "direct"}


@pytest.mark.parametrize(("body", "expected"), [
    ('Voters cheered when Governor Tom Ward spoke of "a new dawn for the state."',
     {"a new dawn for the state": ("Tom Ward", "spoke")}),
    ('On Tuesday, Governor Tom Ward, who spoke of "a new dawn for the state," signed the budget.',
     {"a new dawn for the state": ("Tom Ward", "spoke")}),
    ('Applause broke out when Senator Ann Lee spoke about "the forgotten families of the '
     'valley."', {"the forgotten families of the valley": ("Ann Lee", "spoke")}),
    ('The crowd went quiet as Senator Ann Lee talked about "the forgotten families of the '
     'valley."', {"the forgotten families of the valley": ("Ann Lee", "talked")}),
    # (a participle of speaking, or speaking with someone, credits nothing by itself)
    ('Speaking after the match, the goalkeeper said the referee "lost control of the game." '
     '"We were robbed."', {"lost control of the game": ("the goalkeeper", "said"),
                           "We were robbed": ("the goalkeeper", "said")}),
    ('The flood warden, Dan Cole, spoke with farmers along the river on Sunday and "urged them '
     'to move their cattle," the county said in a statement.',
     {"urged them to move their cattle": ("the county", "said")}),
])
def test_spoke_of_is_a_speech_cue(body, expected):
    """'spoke of', 'talked about' (ref_cue_verbs.csv rows spoke, speaks, talked) credit
    the quotation with its cue; in the parse they report only the object of their topic
    preposition (topic_speech_verbs.csv)."""
    assert _credits(body) == expected
