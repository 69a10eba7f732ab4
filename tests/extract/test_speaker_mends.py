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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(f"{text} {quote}") == {quote.split('"')[1].strip(" ,."): speaker}


def _credits(body: str) -> dict[str, tuple[str, str]]:
    """quote text -> (speaker, speaker_mention), for the direct statements of an article."""
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(META))
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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


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
    assert _speakers(body) == expected


def test_a_surname_spelt_with_or_without_diacritics_names_one_leader():
    """forces.leader_by_surname: two leaders.csv rows that differ only in diacritics are one
    leader, not two leaders sharing a surname (which would let neither be named alone)."""
    from newsfacts.extract.forces import leader_by_surname
    assert leader_by_surname("Erdogan") == leader_by_surname("Erdoğan") == "Recep Tayyip Erdogan"
    assert leader_by_surname("Merkel") == "Angela Merkel"
    assert leader_by_surname("Bush") is None   # two Presidents Bush: no one by surname alone
