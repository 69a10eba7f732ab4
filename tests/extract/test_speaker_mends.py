"""Speakers credited wrongly by rules of the speakers round, each pinned as the whole
quote -> speaker map of its passage (false credits and the cases that must keep working).
Every body is invented."""

from __future__ import annotations

import pytest
from support import INVENTED_META, quote_speakers

from newsfacts.extract import extract_document


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
    assert quote_speakers(body) == expected


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
    assert quote_speakers(body) == expected


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
    assert quote_speakers(body) == expected


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
    assert quote_speakers(body) == expected


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
    assert quote_speakers(body) == expected


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
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Mayor Tom Ward thanked his staff at his farewell dinner. "It has been an honour," Ward '
     'said. His predecessor in the job was Paul Okafor. "I learned everything from Paul," he '
     "said.", {"It has been an honour": "Tom Ward", "I learned everything from Paul": "Tom Ward"}),
    ('"The quay will open in May," Mayor Ann Lee said. The engineer on the project was Rita '
     'Okafor. "I trust her completely," she said.',
     {"The quay will open in May": "Ann Lee", "I trust her completely": "Ann Lee"}),
    ('Harbour master Tom Ward spoke at the opening. "This quay is for everyone," Ward said. The '
     'first captain to dock was Paul Lund. "I watched him bring the ship in," he said.',
     {"This quay is for everyone": "Tom Ward", "I watched him bring the ship in": "Tom Ward"}),
    # (a subject bringing in a new voice still hands the pronoun to the name after it)
    ('"The plan will create jobs," Gov. Tom Ward said on Monday.\n\nThe plan\'s fiercest critic '
     'is State Sen. Paul Okafor. He has voted against it twice.\n\n"It is a waste of money," '
     "he said.", {"The plan will create jobs": "Tom Ward", "It is a waste of money": "Paul Okafor"}),
])
def test_a_name_after_a_copula_rivals_the_speaker_only_as_a_new_voice(body, expected):
    """statement.rival_copula: 'The fiercest critic is X.' brings in X; 'His predecessor was
    X.' talks about X, and "he said" after it is still the last speaker (VOICE_WORDS)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Tom Ward was stopped by police on the coast road on Friday night. "I had two drinks, that '
     'is all," Ward said. The officer asked him to step out of the car. "I told him I was fine '
     'to drive," he said.', {"I had two drinks, that is all": "Tom Ward",
                             "I told him I was fine to drive": "Tom Ward"}),
    ('Ann Lee was questioned at the harbour on Monday. "I saw nothing," Lee said. The officer '
     'asked her about the missing boat. "I told her I was at home," she said.',
     {"I saw nothing": "Ann Lee", "I told her I was at home": "Ann Lee"}),
    ('Paul Okafor was held at the border on Friday. "I did nothing wrong," Okafor said. The '
     'official asked him to open the boot. "I told him there was nothing in it," he said.',
     {"I did nothing wrong": "Paul Okafor", "I told him there was nothing in it": "Paul Okafor"}),
])
def test_he_is_not_the_one_described_who_acted_on_him(body, expected):
    """statement.pronoun_desc_subject: 'The officer asked him to step out.' after Ward spoke:
    "he said" is still Ward, whom the officer acted on."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Councillors Ann Lee and Tom Ward defended the budget. "It will pay for itself," they said. '
     'Reporters asked them about the cost. "Nobody has paid more than the budget," they said.',
     {"It will pay for itself": "Councillors Ann Lee and Tom Ward",
      "Nobody has paid more than the budget": "they"}),
    ('Ann Lee and Tom Ward opened the new quay. "It took four years," they said. Critics asked '
     'them about the delay. "Every delay had a reason," they said.',
     {"It took four years": "Ann Lee and Tom Ward", "Every delay had a reason": "they"}),
    ('Ann Lee and Tom Ward opened the new quay. "It took four years," they said. Dockers '
     'pressed them about the fees. "The fees will fall," they said.',
     {"It took four years": "Ann Lee and Tom Ward", "The fees will fall": "they"}),
    # (plural people with no "them" are who "they" are)
    ('Ann Lee and Tom Ward opened the new quay. "It took four years," they said. Protesters '
     'disagreed. "It is a waste of money," they said.',
     {"It took four years": "Ann Lee and Tom Ward", "It is a waste of money": "Protesters"}),
])
def test_they_are_not_the_plural_that_asked_them(body, expected):
    """resolve_plural: 'Reporters asked them about the cost.' makes no reporters of "they"."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ukrainian President Olena Marchuk met President Tom Ward at the White House on Monday. "
     'Ward promised more help. "We need air defence before winter," Marchuk said. "Every day '
     'without it costs lives," the president added.',
     {"We need air defence before winter": "Olena Marchuk",
      "Every day without it costs lives": "Olena Marchuk"}),
    ("Kenyan President Grace Otieno met President Tom Ward at the White House. Ward spoke of "
     'trade. "We need fair prices for our tea," Otieno said. "Our growers are waiting," the '
     "president continued.", {"We need fair prices for our tea": "Grace Otieno",
                              "Our growers are waiting": "Grace Otieno"}),
    ("Polish President Marta Zielak met President Tom Ward at the White House. Ward spoke first. "
     '"The border must be defended," Zielak said. "We will pay our share," added the president.',
     {"The border must be defended": "Marta Zielak", "We will pay our share": "Marta Zielak"}),
    # (with no continuation cue, "the president" is still the home one)
    ("Ukrainian President Olena Marchuk met President Tom Ward at the White House on Monday. "
     '"We need air defence," Marchuk said. Ward said little. "We will see what we can do," the '
     "president said.", {"We need air defence": "Olena Marchuk",
                         "We will see what we can do": "Tom Ward"}),
])
def test_the_president_who_goes_on_is_the_foreign_one_who_spoke(body, expected):
    """statement.desc_home_holder: '"...," the president added' after a foreign president
    spoke keeps her, not the home president."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee left the chamber before the auditor's report was read out. The report said the "
     'harbour board had "lost control of its spending."',
     {"lost control of its spending": "The report"}),
    ("Tom Ward presented the annual report to the board on Monday. The report, drawn up by the "
     'audit office, said the port had "lost track of its cranes."',
     {"lost track of its cranes": "the audit office"}),
    ("Mayor Ann Lee released the report on Monday. The report, written by the harbour trust, "
     'said the fees had "doubled without reason."', {"doubled without reason": "the harbour trust"}),
    # (a note left, a statement issued: its author)
    ('Rita Lund left a note on the harbour office door. The note said the quay was "closed until '
     'further notice."', {"closed until further notice": "Rita Lund"}),
    ('Mayor Ann Lee issued a statement on Monday. "We will rebuild the quay," the statement '
     "said.", {"We will rebuild the quay": "Ann Lee"}),
])
def test_a_document_is_by_its_maker_not_who_left_or_presented(body, expected):
    """_author_of: 'left' makes an author only of a note or letter left, a verb of making only
    of its direct object; 'The report, drawn up by X,' is X's first."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("I'm Rachel Orne, and Mayor Tom Ward joins us now.\n\nORNE: Some call it a white elephant. "
     'Is it?\n\nWARD: No.\n\nThe "white elephant" opened on Monday.', {}),
    ("I'm Rita Lund, and harbour chief Paul Okafor is with us.\n\nLUND: Critics call it the "
     "ferry that nobody needs. Do they have a point?\n\nOKAFOR: They are wrong.\n\nYet \"the "
     'ferry that nobody needs" carried a million passengers last year.', {}),
    ("I'm Ann Vale, and port chief Tom Ward is here.\n\nVALE: People call it the bridge to "
     'nowhere. Fair?\n\nWARD: Not at all.\n\nThe "bridge to nowhere" opened on Friday.', {}),
])
def test_words_echoed_from_the_hosts_line_are_nobodys(body, expected):
    """statement.quote_echo: the host ("I'm Rita Lund, and ... joins us") quotes what others
    call a thing; an echo of the host's line is no statement of theirs."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Mayor Rita Lund opened the new ferry pier.\n\nNOTE: "Some readers asked about the fares."',
     {}),
    ("Gov. Mark Dalton defended the harbour budget.\n\nEDITOR'S NOTE: \"This story was updated "
     'with the final vote."', {}),
    ('CLAIM: "The county cut harbour funding by half."\n\nTHE FACTS: The budget rose.', {}),
    ('ANALYSIS: "A gamble on the ferries that could pay off."', {}),
    ('The quay flooded at dawn.\n\nWARNING: "Graphic scenes of the flood."', {}),
    ('The talks ended late.\n\nHARWELL: "We will not back down on the fees." The remark came '
     'later.', {}),
    # (a transcript, or a label that is the surname of a person named, still speaks)
    ('Sen. Tom Ellery spoke on Sunday.\n\nELLERY: "The ferry bill is dead."',
     {"The ferry bill is dead": "Tom Ellery"}),
    ('The host pressed him. KERR: "Do you regret the harbour vote?" DALTON: "No, not at all."',
     {"Do you regret the harbour vote?": "Kerr", "No, not at all": "Dalton"}),
])
def test_a_label_that_is_no_name_credits_nobody(body, expected):
    """statement.quote_transcript_label: a section label (non_speaker_labels.csv) is never a
    speaker, and a label is a name only in a transcript (two different labels) or when it is
    the surname of a person the article names."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('The host pressed him. KERR: "Do you regret the harbour vote?" MORALES: "No, not at all, '
     'I would cast it again tomorrow."',
     {"Do you regret the harbour vote?": "Kerr",
      "No, not at all, I would cast it again tomorrow": "Morales"}),
    ('The host pressed him.\n\nKERR: "Do you regret the harbour vote?"\n\nMORALES: "No, not at '
     'all."', {"Do you regret the harbour vote?": "Kerr", "No, not at all": "Morales"}),
])
def test_the_answer_after_a_label_is_not_the_interviewers(body, expected):
    """A quote right after a transcript label never continues the previous speaker, and a
    label that is also a place (Morales) names a speaker once a transcript label came before."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Harwell shares fell on Monday. "We expected worse," he said.',
     {"We expected worse": "he"}),
    ('Veltrix cut ferry fares again. "Demand is soft," she said.', {"Demand is soft": "she"}),
    ('"We will not raise harbour fees this year," he said. Critics, including Rep. Tom Reed, '
     'called the pledge empty.', {"We will not raise harbour fees this year": "he"}),
    ('"The harbour will stay open," she said. Mayor Rita Lund disagreed and ordered it '
     'closed.', {"The harbour will stay open": "she"}),
    # (a one-word subject a pronoun shows to be a person still speaks)
    ('As Dorsey pressed, Haskins grew agitated and banged his fist. "I did nothing wrong," he '
     'said.', {"I did nothing wrong": "Haskins"}),
])
def test_an_unresolved_pronoun_takes_no_company_nor_the_person_named_next(body, expected):
    """statement.pronoun_fallback: no cataphora into the sentence after the quote, and the
    one-word subject before needs person evidence (a pronoun, or its speech elsewhere)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Nordgas, in a statement, said it would cut supplies. "We had no choice," he said.',
     {"We had no choice": "he"}),
    ('Veltrix, in a filing on Monday, said demand was strong. "Orders keep coming," he said.',
     {"Orders keep coming": "he"}),
    # (a clause of a person's own still makes a person)
    ('Haskins, speaking in Dover, said the plan was reckless. "It is reckless," he said.',
     {"It is reckless": "Haskins"}),
])
def test_in_a_statement_makes_no_person_of_a_name(body, expected):
    """entities._SPEAKS_AFTER: a clause opening with 'in a statement/filing/...' or 'citing'
    (document_clause_openers.csv) between a name and its speech verb is a body's written
    word, no evidence the name is a person's."""
    assert quote_speakers(body) == expected


def _speakers_in(body: str, published: str) -> dict[str, str]:
    res = extract_document("t", f"Harbour news\n\n{body}",
                           meta={"published": published, "title_in_body": True})
    return {s["text"].strip(" ,."): s["speaker"] for s in res["statements"]
            if s["kind"] == "direct"}


@pytest.mark.parametrize(("body", "published", "expected"), [
    ('Trump attacked the university. "We will not be bullied," the university president '
     "said.", "2018-03-01", {"We will not be bullied": "the university president"}),
    ('Trump campaigned in Ohio. "I am not running," the former president said.', "2018-03-01",
     {"I am not running": "the former president"}),
    # (the bare description, and 'former' once the office ended, still take the surname)
    ('Trump defended the harbour tariffs. "They are working," the president said.',
     "2018-03-01", {"They are working": "Trump"}),
    ('Obama campaigned in Ohio. "Vote early," the former president said.', "2020-10-01",
     {"Vote early": "Obama"}),
])
def test_the_president_takes_a_leaders_surname_only_as_written_and_in_office(
        body, published, expected):
    """statement.desc_leader_surname: only 'the (former) (vice) president' takes a bare
    leader's surname, and 'former' only once leaders.csv's term ended by the article's year
    (forces.leader_held)."""
    assert _speakers_in(body, published) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('"We will rebuild every home." That\'s the message from a group backing Gov. Mark '
     "Dalton.", {}),
    ('"The quay stays shut." Those were the words of a crowd cheering Mayor Rita Lund.', {}),
    # (a title or role between, or none, still names the speaker)
    ('"The quay stays shut." That was the message from port chief Maria Lind.',
     {"The quay stays shut": "Maria Lind"}),
    ('"We will rebuild every home." That\'s the message from Gov. Mark Dalton, who toured '
     "the town.", {"We will rebuild every home": "Mark Dalton"}),
])
def test_the_words_of_a_name_need_only_title_words_between(body, expected):
    """statement.quote_words_of: only title or role words (speaker_nouns.csv) may stand
    between 'the message from/words of' and the person ('a group backing X' is not X)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("text", "descs", "quote", "speaker"), [
    ("Twelve people were hurt by a fire that Mayor Tom Harlan described as deliberate.", [],
     '"We will find who did this," the mayor said.', "Tom Harlan"),
    ("It was the bill whose sponsor Senator Paul Okafor withdrew on Friday.", [],
     '"It needs more work," the senator said.', "Paul Okafor"),
    ("Crowds cheered a speech where Chancellor Ute Brandt promised tax cuts.", [],
     '"Families deserve relief," the chancellor said.', "Ute Brandt"),
    # (a description with no clause word in it is still read whole)
    ("A spokesman for the ministry said the talks would resume.",
     ["A spokesman for the ministry"], '"We are ready," the spokesman said.',
     "A spokesman for the ministry"),
])
def test_a_description_runs_back_past_no_clause_word(text, descs, quote, speaker):
    """find_descs looks back from a speaker noun for its determiner, but not past a word
    that opens a clause (clause_words.csv): 'a fire that Mayor Tom Harlan described' holds
    no description "a fire that Mayor"; "the mayor said" after it is Tom Harlan's."""
    from newsfacts.extract.quotes import find_descs

    assert [text[a:b] for a, b in find_descs(text, 0, len(text))] == descs
    assert quote_speakers(f"{text} {quote}") == {quote.split('"')[1].strip(" ,."): speaker}


def _credits(body: str) -> dict[str, tuple[str, str]]:
    """quote text -> (speaker, speaker_mention), for the direct statements of an article."""
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(INVENTED_META))
    return {s["text"].strip(" ,."): (s["speaker"], s["speaker_mention"])
            for s in res["statements"] if s["kind"] == "direct"}


@pytest.mark.parametrize(("body", "expected"), [
    ("Rep. Tom Ward, the top Democrat on the panel, urged the president to act against the "
     'hackers -- interference the Ohio congressman said is meant to "sow chaos" in American '
     "elections.", {"sow chaos": ("Tom Ward", "the Ohio congressman")}),
    ("Sen. Ann Lee, the ranking member of the committee, urged the agency to stop the sale -- "
     'a deal the Maine Republican said is meant to "hand our ports to a rival."',
     {"hand our ports to a rival": ("Ann Lee", "the Maine Republican")}),
    # (a name as the verb's own subject stays the mention)
    ('Rep. Tom Ward urged the agency to act, and Ward said the delay was "a gift to the '
     'smugglers."', {"a gift to the smugglers": ("Tom Ward", "Ward")}),
])
def test_the_quotes_own_verb_gives_the_mention_as_written(body, expected):
    """statement.own_description: when the parse credits a quote to the subject of a speech
    verb reporting the quote's own verb, and that verb has a description of the same person
    before the quote ("the Ohio congressman said"), the description is the mention."""
    assert _credits(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Merkel took questions in the chancellery on Monday.\n\n"We will not be rushed into a '
     'deal," she said.', {"We will not be rushed into a deal": "Merkel"}),
    ('Putin addressed the parliament on Wednesday.\n\n"Russia will answer any threat," he '
     'said.', {"Russia will answer any threat": "Putin"}),
    ('Macron visited the flooded town on Saturday.\n\n"We will rebuild every home," he said.',
     {"We will rebuild every home": "Macron"}),
    ('Netanyahu spoke to his cabinet on Sunday. "The border will stay closed," he said.',
     {"The border will stay closed": "Netanyahu"}),
    # (leaders.csv spells some names with and without diacritics: one leader either way)
    ('Erdogan addressed his party in Ankara on Tuesday.\n\n"We will not bow to threats," he '
     'said.', {"We will not bow to threats": "Erdogan"}),
    ('Erdoğan addressed his party in Ankara on Tuesday.\n\n"We will not bow to threats," he '
     'said.', {"We will not bow to threats": "Erdoğan"}),
    # (a one-word name that is no leader's, with nothing else saying it is a person, stays
    # unresolved; so does a leader of the other gender, or a surname opening another name)
    ('Kestrand addressed the parliament on Wednesday.\n\n"Russia will answer any threat," he '
     'said.', {"Russia will answer any threat": "he"}),
    ('Trump met Merkel at the summit. "We did not agree," she said.',
     {"We did not agree": "she"}),
    ('Merkel met Trump at the summit. "We did not agree," he said.',
     {"We did not agree": "he"}),
    ('Merkel took questions in the chancellery on Monday. "We will not be rushed," he said.',
     {"We will not be rushed": "he"}),
    ('Blair House, the guest residence, hosted Modi. "It is a great honor," he said.',
     {"It is a great honor": "he"}),
])
def test_a_pronoun_takes_up_a_leader_named_by_surname_alone(body, expected):
    """A he/she no typed person resolves falls back on a one-word name subject of a sentence
    before when something says it is a person (statement.pronoun_fallback); a leader
    leaders.csv names by surname alone, of the pronoun's gender, is such evidence
    (statement.pronoun_leader_surname)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('The Republican National Committee attacked the advert on Monday.\n\n"This is a desperate '
     'attempt to change the subject," it said in a statement.',
     {"This is a desperate attempt to change the subject":
      "Republican National Committee"}),
    ('The Republican State Leadership Committee announced the spending on Monday.\n\n"We '
     'will compete in every district," it said.',
     {"We will compete in every district": "Republican State Leadership Committee"}),
    ('The Republican Governors Association released a new advert on Tuesday.\n\n"The '
     'governor has failed every family in this state," it said.',
     {"The governor has failed every family in this state":
      "Republican Governors Association"}),
    # (a party word before a person's name is still the person's: no body there)
    ('Republican Sen. Tom Ward spoke on Monday. "The plan is dead," he said.',
     {"The plan is dead": "Tom Ward"}),
])
def test_a_party_word_opening_a_bodys_name_is_no_description(body, expected):
    """statement.desc_in_body_name: "The Republican National Committee ... it said" — the
    party word is a word of the body's name, not a description ("the Republican") that
    leaves "it" with a person-like subject and the quote with no speaker."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Democrats on the committee walked out of the hearing.\n\n"We will not lend this sham '
     'our names," they said in a joint statement.',
     {"We will not lend this sham our names": "Democrats on the committee"}),
    ('Republicans on the Senate Judiciary Committee released a memo on Friday. "The bureau '
     'abused its power," they wrote.',
     {"The bureau abused its power": "Republicans on the Senate Judiciary Committee"}),
    ('Two Democrats on the Senate Finance Committee signed a letter to the agency on Tuesday.'
     '\n\n"The delays are unacceptable," they wrote.',
     {"The delays are unacceptable": "Two Democrats on the Senate Finance Committee"}),
    # (as before: a plural with another tail)
    ('Members of the city council walked out on Monday. "We were ignored," they said.',
     {"We were ignored": "Members of the city council"}),
    # (an 'on' tail that names no body is no tail: a day, a state, a side, a medium)
    ('Democrats on Tuesday blocked the bill. "This is a sham," they said.',
     {"This is a sham": "Democrats"}),
    ('Senators on Thursday rejected the plan. "It costs too much," they said.',
     {"It costs too much": "Senators"}),
    ('Workers on strike gathered outside the plant. "We want fair pay," they said.',
     {"We want fair pay": "Workers"}),
    ('Critics on the left attacked the plan. "It is a giveaway," they said.',
     {"It is a giveaway": "Critics"}),
    ('Fans on social media mocked the decision. "It is a joke," they said.',
     {"It is a joke": "Fans"}),
])
def test_they_takes_up_a_plural_subject_with_an_on_tail(body, expected):
    """statement.plural_people_np: "Democrats on the committee walked out. '...,' they said"
    -> the plural with its tail, as with of/from/at/in/for/with, when the 'on' tail names a
    body (description_words.csv organisation/body heads), never a day or a state."""
    assert quote_speakers(body) == expected


def test_a_surname_spelt_with_or_without_diacritics_names_one_leader():
    """forces.leader_by_surname: two leaders.csv rows that differ only in diacritics are one
    leader, not two leaders sharing a surname (which would let neither be named alone)."""
    from newsfacts.extract.forces import leader_by_surname
    assert leader_by_surname("Erdogan") == leader_by_surname("Erdoğan") == "Recep Tayyip Erdogan"
    assert leader_by_surname("Merkel") == "Angela Merkel"
    assert leader_by_surname("Bush") is None   # two Presidents Bush: no one by surname alone


@pytest.mark.parametrize(("body", "expected"), [
    # (a company word that alone is no name: "on Twitter" is no one)
    ('Twitter Inc. suspended thousands of accounts on Monday. "We will keep acting against '
     'spam," the company said.', {"We will keep acting against spam": "Twitter Inc"}),
    # (a first word in -ing opening the sentence, as a gerund would)
    ('Sterling Co. recalled 40,000 heaters on Tuesday. "No customer has been hurt," the company '
     'said in a statement.', {"No customer has been hurt": "Sterling Co"}),
    # (a first word that is also a title: no "General" titling "Harbour Co.")
    ('"The yard will stay open," General Harbour Co. said on Friday.',
     {"The yard will stay open": "General Harbour Co"}),
])
def test_a_company_mark_keeps_the_whole_company_name(body, expected):
    """entities: a run of names ending in a company mark (description_words.csv
    company_mark: Inc., Co., Corp., Ltd) is one organisation's name, whose first word stays
    even when it alone is no name, a gerund or a title (was "Inc", "Co", "Harbour Co" titled
    General)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Two Acme Corp. executives resigned on Monday. "We regret the losses," the company said.',
     {"We regret the losses": "Acme Corp"}),
    ('Several Harwell Ltd managers quit on Friday. "We have a new plan," the company said.',
     {"We have a new plan": "Harwell Ltd"}),
    ('Regulators met on Monday. Tuesday Acme Corp. said "We accept the ruling."',
     {"We accept the ruling": "Acme Corp"}),
    ('Following Veltrix Corp.\'s recall, regulators opened an inquiry. "We are cooperating '
     'fully," the company said.', {"We are cooperating fully": "Veltrix Corp"}),
    ('Meanwhile Sterling Co. recalled 40,000 heaters. "No customer has been hurt," the company '
     'said.', {"No customer has been hurt": "Sterling Co"}),
    ('Yesterday Sterling Co. recalled 40,000 heaters. "No customer has been hurt," the company '
     'said.', {"No customer has been hurt": "Sterling Co"}),
    # (a name of two words before the mark keeps both)
    ('General Electric Co. cut 500 jobs on Monday. "The cuts were needed," the company said.',
     {"The cuts were needed": "General Electric Co"}),
])
def test_a_company_mark_keeps_only_the_words_of_the_name(body, expected):
    """entities: before a company mark only the one word next to it is kept whatever it is;
    a number, a day, an adverb or a sentence-opening -ing word before it falls off as in any
    run of names (was "Two Acme Corp", "Several Harwell Ltd", "Tuesday Acme Corp", "Following
    Veltrix Corp", "Meanwhile Sterling Co", "Yesterday Sterling Co")."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Monday.\n\n\"We have agreed on a "
     'ceasefire line," Erdogan said.\n\n"The line will hold," the Russian president told '
     "reporters.",
     {"We have agreed on a ceasefire line": "Recep Tayyip Erdogan",
      "The line will hold": "Vladimir Putin"}),
    ("Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Monday.\n\n\"We have agreed on a "
     'ceasefire line," Erdogan said.\n\n"Our talks were frank," the Russian leader added.',
     {"We have agreed on a ceasefire line": "Recep Tayyip Erdogan",
      "Our talks were frank": "Vladimir Putin"}),
    ("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on "
     'Tuesday.\n\n"We share one view on the budget," the French leader said.',
     {"We share one view on the budget": "Emmanuel Macron"}),
    # (a state is no country to set against a leader's: the governor is still the one named)
    ('Hillary Clinton toured a factory in Michigan on Saturday.\n\n"These jobs will come '
     'back," the New York senator said.', {"These jobs will come back": "Hillary Clinton"}),
])
def test_a_country_description_takes_up_the_leader_of_that_country(body, expected):
    """statement.desc_leader_country: "the Russian president", "the French leader" is the
    one person named before whom the text ("French President X") or leaders.csv gives that
    country and that office (a head of state or government for "the leader"), never the
    last speaker of another country (was Erdogan, or the description as written)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Sen. Paul Okafor of South Carolina met Petro Poroshenko in Kiev on Monday.\n\n\"America "
     'stands with Ukraine," the American lawmaker said.',
     {"America stands with Ukraine": "Paul Okafor"}),
    ('Rep. Ann Lee of Texas toured the border on Monday.\n\n"We need more agents," the U.S. '
     "congresswoman said.", {"We need more agents": "Ann Lee"}),
    ('Gov. Tom Ward of Ohio met Chinese investors on Monday.\n\n"We want your factories," the '
     "American governor said.", {"We want your factories": "Tom Ward"}),
])
def test_a_country_description_takes_up_a_person_of_one_of_its_states(body, expected):
    """_countries_of: a person the text gives a state ("of South Carolina") is of that
    state's country, so "the American lawmaker" still takes them up (was left as written)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Jeremy Corbyn attacked Theresa May in Parliament.\n\n"This deal is dead," the British '
     "opposition leader said.", {"This deal is dead": "Jeremy Corbyn"}),
    ("Bashar al-Assad's forces shelled the town. Nasr Haddad called for talks in Geneva.\n\n"
     '"The shelling must stop," the Syrian opposition leader said.',
     {"The shelling must stop": "Nasr Haddad"}),
    # (the office's words are the holder's: prime minister, supreme leader)
    ('Benjamin Netanyahu met Vladimir Putin in Moscow.\n\n"Iran is a threat," the Israeli prime '
     "minister said.", {"Iran is a threat": "Benjamin Netanyahu"}),
    ("Ayatollah Ali Khamenei and Hassan Rouhani both spoke on Friday.\n\n\"America cannot be "
     'trusted," the Iranian supreme leader said.', {"America cannot be trusted": "Ali Khamenei"}),
])
def test_a_country_description_with_another_office_is_not_the_countrys_leader(body, expected):
    """statement.desc_leader_country: each lower-case word of the description's office
    ("opposition") must be a word of the office the person holds, so "the British opposition
    leader" is not the prime minister (was Theresa May, Bashar al-Assad)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Bernie Sanders and Joe Biden clashed over health care at the debate on Tuesday.\n\n\"It is "
     'a human right," Sanders said.\n\n"We cannot pay for it," the former vice president '
     "replied.",
     {"It is a human right": "Bernie Sanders", "We cannot pay for it": "Joe Biden"}),
    ("Barack Obama endorsed Joe Biden on Tuesday. Obama called Biden a friend, and Obama said the "
     'party was united.\n\n"We will win in November," the president told donors.',
     {"We will win in November": "Joe Biden"}),
    ("Joe Biden and Donald Trump both spoke in Pennsylvania on Monday. Biden drew a small crowd "
     'while Biden’s aides handed out leaflets.\n\n"They are scared of us," the former president '
     "said at his rally.",
     {"They are scared of us": "Donald Trump"}),
])
def test_a_known_leader_holds_an_office_in_the_articles_year(body, expected):
    """statement.desc_known_leader: "the president", "the former vice president" with no one
    titled so is the person leaders.csv gives that office in the article's year (2024 here;
    with "former", one whose term had ended; "vice" for "vice-president"), not the most
    mentioned holder of another year nor the last speaker (was Sanders, Obama, Biden)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Pope Leo met migrants at the harbour on Saturday.\n\n"You are not forgotten," the pontiff '
     "told the crowd.", {"You are not forgotten": "Leo"}),
    ("U.N. Secretary-General Ana Keller urged both sides to return to talks on Tuesday.\n\n"
     '"Only talks can end this war," the secretary-general said.',
     {"Only talks can end this war": "Ana Keller"}),
    ("Pope Leo and Secretary-General Ana Keller met in Geneva on Friday.\n\n\"The poor cannot "
     'wait," the pontiff said.\n\n"Nor can the refugees," the secretary-general added.',
     {"The poor cannot wait": "Leo", "Nor can the refugees": "Ana Keller"}),
])
def test_the_pontiff_and_the_secretary_general_take_up_their_holders(body, expected):
    """speaker_nouns.csv / title_roles.csv: "the pontiff" is the person titled Pope, "the
    secretary-general" the one titled Secretary-General (was the description as written)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Tom Ward met the pope at the Vatican on Wednesday. Ward praised the visit.\n\n"
     '"We need peace," the pontiff said.', {"We need peace": "the pontiff"}),
    ('Ana Keller met the U.N. chief in New York on Monday.\n\n"We need a ceasefire," the '
     "secretary-general said.", {"We need a ceasefire": "the secretary-general"}),
    ('Former Secretary-General Erik Dahl criticised the plan on Monday.\n\n"Peace is still '
     'possible," the secretary-general said.',
     {"Peace is still possible": "the secretary-general"}),
    # (a past holder is "the former" one; of two popes, the one not emeritus)
    ('Former Secretary-General Erik Dahl criticised the plan on Monday.\n\n"Peace is still '
     'possible," the former secretary-general said.',
     {"Peace is still possible": "Erik Dahl"}),
    ('Pope Emeritus Pius and Pope Leo met on Monday.\n\n"We are brothers," the pontiff said.',
     {"We are brothers": "Leo"}),
])
def test_a_titled_office_is_never_the_person_the_text_is_about(body, expected):
    """description_words.csv titled_office / past: "the pontiff", "the secretary-general" take
    up only a person titled so (was the person talked about: Ward, Keller), and no holder
    titled "Former" or "Emeritus" unless the description says so (was Erik Dahl)."""
    assert quote_speakers(body) == expected


def test_a_country_leader_is_the_one_in_office_in_the_articles_year():
    """statement.desc_leader_country reads leaders.csv's years as leader_held does: in 2024
    "the American leader" is Biden, not Trump as well (was left as written, two holders)."""
    body = ("Donald Trump and Joe Biden both wrote to Angela Merkel on Monday.\n\n\"We are "
            'ready to talk," Merkel said.\n\n"Our door is open," the American leader said.')
    assert quote_speakers(body) == {"We are ready to talk": "Angela Merkel",
                               "Our door is open": "Joe Biden"}


@pytest.mark.parametrize(("body", "expected"), [
    ('Mikhail Gorbachev met Vladimir Putin in Moscow on Monday.\n\n"We need dialogue with the '
     'West," the former Soviet leader said.', {"We need dialogue with the West": "Mikhail Gorbachev"}),
    ('Mikhail Gorbachev, 87, met Vladimir Putin in Moscow on Monday.\n\n"We need dialogue with '
     'the West," the Soviet leader said.', {"We need dialogue with the West": "Mikhail Gorbachev"}),
    ("Boris Yeltsin's widow met Vladimir Putin in Moscow.\n\n\"He was a great man,\" the former "
     "Russian president said.", {"He was a great man": "the former Russian president"}),
])
def test_a_leader_with_no_end_year_is_no_former_holder(body, expected):
    """forces.leader_held: with "former" only a leaders.csv office with an end year by the
    article's year counts ("president" with no years is Putin now, never "the former
    Russian president"), and "Soviet" (description_words.csv past) asks for a past holder
    (was Vladimir Putin each time)."""
    assert quote_speakers(body) == expected


def test_leaders_csv_notes_are_read_by_one_parser():
    """forces.leader_offices_held / leader_held read a leaders.csv note one way: each ";"
    part is an office with its years; "former" asks for an end year by then."""
    from newsfacts.extract.forces import LeaderOffice, leader_held, leader_offices_held
    assert leader_offices_held("joe biden", 2024) == (
        LeaderOffice("president", "president", 2021, 2025),)
    assert leader_offices_held("Joe Biden", 2018, former=True) == (
        LeaderOffice("vice-president", "vice-president", 2009, 2017),)
    assert leader_offices_held("Vladimir Putin", 2018, former=True) == ()
    assert leader_held("Joe Biden", "vice", 2015) and not leader_held("Joe Biden", "president", 2015)
    assert leader_held("Vladimir Putin", "president", 2018)


@pytest.mark.parametrize(("body", "expected"), [
    ('U.N. Deputy Secretary-General Ana Keller visited the camp on Monday.\n\n"The needs are '
     'huge," the secretary-general said.', {"The needs are huge": "the secretary-general"}),
    ('U.N. Deputy Secretary-General Ana Keller visited the camp on Monday.\n\n"The needs are '
     'huge," the deputy secretary-general said.', {"The needs are huge": "Ana Keller"}),
    ('Pope Leo and Vice Chancellor Erik Dahl met on Monday.\n\n"We are brothers," the '
     "chancellor said.", {"We are brothers": "the chancellor"}),
    # (the office itself still takes up its holder, and "vice" before another word is no
    # lesser nominee)
    ("Democratic vice presidential nominee Ann Lee rallied voters in Ohio on Monday.\n\n\"We "
     'will win this state," the nominee said.', {"We will win this state": "Ann Lee"}),
    ('U.N. Secretary-General Ana Keller visited the camp on Monday.\n\n"The needs are huge," the '
     "secretary-general said.", {"The needs are huge": "Ana Keller"}),
])
def test_a_lesser_office_is_not_the_office_it_serves(body, expected):
    """description_words.csv lesser: a person titled "Deputy"/"Vice" is no "the
    secretary-general" or "the chancellor" unless the description says "deputy" too (was
    Ana Keller, the deputy, as "the secretary-general")."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Mike Pompeo, the U.S. secretary of state, arrived in Seoul on Tuesday for talks with "
     'President Moon Jae-in.\n\n"We will keep talking," the top U.S. diplomat said.',
     {"We will keep talking": "Mike Pompeo"}),
    ("Mike Pompeo, the secretary of state, met Saudi Crown Prince Mohammed bin Salman in Riyadh "
     'on Monday.\n\n"We had a candid conversation," America\'s top diplomat told reporters.',
     {"We had a candid conversation": "Mike Pompeo"}),
    ("Rex Tillerson, then the secretary of state, spoke by phone with President Donald Trump."
     '\n\n"I was not consulted," the diplomat said later.',
     {"I was not consulted": "Rex Tillerson"}),
    # (an "of" tail that is no title word stays out of the title)
    ("Ann Lee, a senior analyst at the institute, spoke with Tom Ward.\n\n\"Prices will rise,\" "
     "the analyst said.", {"Prices will rise": "Ann Lee"}),
    ('Ann Lee, the head of the agency, spoke with Governor Tom Ward.\n\n"We are ready," the '
     "agency said.", {"We are ready": "the agency"}),
])
def test_an_appositive_title_keeps_its_office_after_of(body, expected):
    """entities._appositive_title: "X, the secretary of state," keeps "of state" (a title word
    of title_roles.csv, State -> diplomat), so "the top U.S. diplomat" takes X up (was left
    unresolved: the title stopped at "the secretary"); "of the agency" stays out."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Secretary of State Dana Whitcomb arrived in Oslo on Thursday.\n\nState Department "
     "spokeswoman Lena Ortiz said the visit would focus on fishing rights.\n\n\"We want to "
     'settle this quietly," the top U.S. diplomat said.',
     {"We want to settle this quietly": "Dana Whitcomb"}),
    ("Foreign Minister Pavel Orlov flew to Baku on Monday. Foreign Ministry spokeswoman Irina "
     'Sokol said the talks would be long.\n\n"We expect a frank exchange," the diplomat said.',
     {"We expect a frank exchange": "Pavel Orlov"}),
    ("Secretary of State Ann Keller landed in Lima on Friday. State Department spokesman Tom "
     'Ward briefed reporters on the plane.\n\n"We came to listen," America\'s top diplomat said.',
     {"We came to listen": "Ann Keller"}),
    ("Foreign Secretary Ann Keller arrived in Delhi on Monday. Foreign Office spokesman Tom Ward "
     'said the visit would last two days.\n\n"This is a partnership of equals," the diplomat '
     "told reporters.", {"This is a partnership of equals": "Ann Keller"}),
    # (a minister heading the body keeps the role: title_roles.csv office_head)
    ("Foreign Affairs Minister Ann Keller flew to Ottawa on Monday for talks on trade. Farm "
     'Minister Tom Ward stayed behind.\n\n"We want a balanced agreement," the top diplomat '
     "said.", {"We want a balanced agreement": "Ann Keller"}),
    ("Foreign Office Minister Ann Keller visited Kabul on Tuesday with Tom Ward, a senior aide."
     '\n\n"We stand with our friends here," the diplomat told reporters.',
     {"We stand with our friends here": "Ann Keller"}),
])
def test_a_ministry_spokesman_is_no_diplomat(body, expected):
    """entities.title_roles: "State" and "Foreign" before a body's word give the diplomat
    role only in the title of the office heading that body (title_roles.csv office_head:
    "Secretary of State", "Foreign Affairs Minister", "Foreign Office Minister"), not in
    another title ("State Department spokeswoman", "Foreign Ministry spokeswoman"): "the top
    U.S. diplomat" takes up the secretary (was the spokeswoman named last), and "the top
    diplomat" the Foreign Affairs Minister."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Governor Tom Ward announced new harbour rules on Monday.\n\n"The season starts late this '
     'year," Ward said.\n\nMayor Bill de Vries, who has long quarrelled with the governor, spoke '
     'at his own briefing.\n\n"Our boats are ready to sail," he said.',
     {"The season starts late this year": "Tom Ward", "Our boats are ready to sail": "Bill de Vries"}),
    ('"The port will stay open," Mayor Bill van Dijk said on Tuesday.',
     {"The port will stay open": "Bill van Dijk"}),
    ("Harbour Commissioner Bill de la Cruz toured the docks with Senator Ann Keller.\n\n\"The "
     'cranes are fifty years old," de la Cruz said.',
     {"The cranes are fifty years old": "Bill de la Cruz"}),
])
def test_a_first_name_before_a_particle_opens_the_name(body, expected):
    """entities._scan: a title run into a name whose first name is also a body's word ("Bill")
    and whose surname opens with a particle ("de Vries", "van Dijk") is one person (was the
    body "Mayor Bill" and a person "de Vries", so "he" passed over him to the governor)."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('Defense Secretary James "Iron Jim" Calloway arrived in Kabul on Monday.\n\n"We are not '
     'going anywhere," Calloway said.', {"We are not going anywhere": "Calloway"}),
    ('The gang boss Joaquín "El Flaco" Ortega was moved to a prison in Colorado.\n\n"He will '
     'never walk free again," the prosecutor, Ann Keller, said.',
     {"He will never walk free again": "Ann Keller"}),
    ('Marvin Lee, 58, who boxed as Marvin "The Hammer" Lee, announced his run for mayor.\n\n'
     '"This city gave me everything," Lee said.', {"This city gave me everything": "Marvin Lee"}),
    # (a first name the lexicon does not list: the word before ends a person's mention)
    ('Boxer Manny "Big Storm" Delgado, now a senator, spoke in Cebu on Sunday.\n\n"I will '
     'run for governor," Delgado said.', {"I will run for governor": "Delgado"}),
    # (a Title Case quote after a lower-case word is no nickname and still speaks)
    ('Mayor Tom Ward said the plan was "Good For Everyone" in a radio interview.',
     {"Good For Everyone": "Tom Ward"}),
    # (nor after a day or another capitalised word that is no first name: no evidence)
    ('Governor Ann Keller wrote Sunday "Happy Holidays To All" In another post she thanked the '
     "nurses.", {"Happy Holidays To All": "Ann Keller"}),
    ('Mayor Tom Ward posted Friday "Stay Home Tonight" Roads across the county were closed by '
     "noon.", {"Stay Home Tonight": "Tom Ward"}),
])
def test_a_nickname_inside_a_name_is_no_statement(body, expected):
    """quotes._nickname_in_name: a Title Case quote between two capitalised words of a name
    is a nickname, not words said (was a statement credited to whoever the sentence's subject
    was), given positive evidence: the word before is a known first name (first_names.csv)
    or ends a person's mention. A day before the quote is none: the words stay a statement."""
    assert quote_speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('"The policy is cruel," said Rep. Lena Ortiz, D-Wash. Rep. Tom Ward, R-N.Y., disagreed: '
     '"It is necessary for our security."',
     {"The policy is cruel": "Lena Ortiz", "It is necessary for our security": "Tom Ward"}),
    # (a state of two initials ends the sentence too: "D-N.Y.", "D-S.C.")
    ('"This is a disaster," said Rep. Ann Keller, D-N.Y. Rep. Tom Ward, R-Texas, disagreed: '
     '"It is a success."', {"This is a disaster": "Ann Keller", "It is a success": "Tom Ward"}),
    ('"The tariffs will hurt our farmers," said Sen. Ann Keller, D-S.C. Sen. Tom Ward, R-N.J., '
     'answered: "They will bring the factories home."',
     {"The tariffs will hurt our farmers": "Ann Keller",
      "They will bring the factories home": "Tom Ward"}),
    # (an en dash is a party code's dash too)
    ('"The count was fair," said Rep. Ann Keller, D–Wash. Rep. Tom Ward, R–Texas, replied: '
     '"Nobody believes that."', {"The count was fair": "Ann Keller", "Nobody believes that": "Tom Ward"}),
    ('"This bill is dead," said Sen. Ann Keller, R-Ky. Sen. Tom Ward, D-Calif., replied: "We '
     'will bring it back next year."',
     {"This bill is dead": "Ann Keller", "We will bring it back next year": "Tom Ward"}),
    ('"We have the votes," said Rep. Ann Keller, D-Mass. Rep. Tom Ward, R-Texas, said his party '
     'had "the better argument on the border."',
     {"We have the votes": "Ann Keller", "the better argument on the border": "Tom Ward"}),
    # (a code followed by a comma or a lower-case word ends no sentence)
    ('Sen. Ann Keller, R-Ky., said the bill was "dead on arrival in the Senate."',
     {"dead on arrival in the Senate": "Ann Keller"}),
])
def test_a_party_code_ends_its_sentence(body, expected):
    """article.split_sentences: the state's period of a lawmaker's party code ("R-Ky.",
    "D-Wash.", "R-N.Y.", "D-S.C."; article.PARTY_CODE, the pattern article.PARTY_AFTER reads
    the party with) ends the sentence when a capitalised word or a quote follows, before the
    abbreviation tests (was read as an abbreviation, so the next sentence's quote went to
    the lawmaker before)."""
    assert quote_speakers(body) == expected
