"""Statements, names and speakers: one invented sentence (or two) per rule and mechanism.

Every sentence here was written for these tests; none comes from a real article."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document
from newsfacts.extract.entities import EntityIndex

META = {"published": "2024-05-14", "title_in_body": True}


def _run(body: str, headline: str = "Talks resume in the capital") -> dict:
    return extract_document("t", f"{headline}\n\n{body}", meta=dict(META))


@pytest.fixture
def surface():
    """The parse path switched off: the surface rules (quotes.py) speak alone."""
    from newsfacts.extract.rules import set_disabled

    set_disabled("statement.quote_verb_subject")
    yield
    set_disabled("")


def _said(body: str, **kw) -> list[tuple[str, str, str]]:
    """(speaker, text, rule) of the direct statements."""
    return [(s["speaker"], s["text"], s["rule"]) for s in _run(body, **kw)["statements"]
            if s["kind"] == "direct"]


# -- names as people write them ---------------------------------------------------------

@pytest.mark.parametrize("name", [
    "Ana Núñez", "Dragan Vuković", "Marie Lefèvre", "Siobhán O'Brien", "Bashar al-Assad",
    "Pieter van der Berg", "Łukasz Żuławski", "Recep Tayyip Erdoğan", "Nguyễn Phú Trọng",
    "Valéry Giscard d'Estaing", "Ursula von der Leyen", "Mohammed bin Salman",
    "Ngozi Okonjo-Iweala", "Aoife Ní Fhaoláin",
])
def test_names_with_diacritics_apostrophes_and_particles_are_whole(name):
    text = f"The envoy met {name} on Monday. Later {name} spoke to reporters."
    idx = EntityIndex(text)
    people = [a.name for a in idx.actors if a.kind == "person"]
    assert people == [name]


def test_a_surname_with_its_particles_or_article_resolves_to_the_full_name():
    text = ("Pieter van der Berg met Bashar al-Assad in the capital. "
            "Van der Berg said little, and Assad thanked van der Berg.")
    idx = EntityIndex(text)
    assert sorted(a.name for a in idx.actors if a.kind == "person") == [
        "Bashar al-Assad", "Pieter van der Berg"]


def test_speaker_and_traveller_named_with_diacritics():
    body = ("Foreign Minister Ana Núñez flew to Lisbon on Monday for talks on fishing quotas.\n\n"
            '"We came to listen," Núñez told reporters at the airport.\n\n'
            "Dragan Vuković will visit Warsaw next week, his office said.")
    res = _run(body)
    assert [s["speaker"] for s in res["statements"] if s["kind"] == "direct"] == ["Ana Núñez"]
    trips = {(v["traveller"], v["destination"]) for v in res["visits"]}
    assert ("Ana Núñez", "Lisbon") in trips and ("Dragan Vuković", "Warsaw") in trips


# -- unnamed sources keep their whole description ---------------------------------------

@pytest.mark.parametrize("source", [
    "a spokesman for the Polish foreign ministry",
    "a senior official at the Ministry of Foreign Affairs",
    "a source close to the negotiations",
    "a spokeswoman for the regional governor",
])
def test_unnamed_source_keeps_its_whole_description(source):
    body = f'"We will respond in our own time," {source} said on Thursday.'
    assert [s[:2] for s in _said(body)] == [(source, "We will respond in our own time,")]


def test_description_stops_before_the_verb_and_the_time():
    body = ('A statement from the harbour authority warned that "the quay is unsafe at night." '
            "It gave no details.")
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(META))
    s = res["statements"][0]
    # the description as written is the mention; the author it names is the speaker
    assert s["speaker_mention"] == "A statement from the harbour authority"
    assert s["speaker"] == "the harbour authority"


# -- boilerplate never yields facts ------------------------------------------------------

_FURNITURE = [
    "Media playback is unsupported on your device Media caption Britain sends 500 troops to "
    "Estonia",
    "Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP",
    "President Ana Lee visits troops in Riga on Monday, where 300 soldiers are stationed. "
    "REUTERS/Jan Novak",
    "Britain sent 500 troops to Estonia last year. (Photo: Tom Ward/Getty Images)",
    "Slideshow (12 Images)",
    "JUST WATCHED Envoy visits Kyiv Replay More Videos ... MUST WATCH Envoy visits Kyiv 02:10",
    "READ: Minister Tom Ward visits Kyiv as 2,000 troops mass at the border",
    "[Read: Minister Tom Ward visited Vilnius last week]",
    "Minister Tom Ward visits Vilnius for snap talks [VIDEO]",
    "Russia deploys 3,000 troops to Belarus, says Tom Ward tmsnrt.rs/3xYzAbC",
    "Get the morning briefing delivered to your inbox. By signing up, you agree to our terms",
    "Please enter your comment! Please enter your name here",
    "By Tom Ward and Jane Roe",
    "'Send more troops'",
]


def test_page_furniture_yields_no_facts_on_text():
    body = "\n\n".join(
        [*_FURNITURE, 'Defence Minister Ana Lee said on Monday that "we will not be intimidated."'])
    res = _run(body)
    assert [(s["speaker"], s["text"]) for s in res["statements"] if s["kind"] == "direct"] == [
        ("Ana Lee", "we will not be intimidated.")]
    assert res["visits"] == [] and res["deployments"] == []


def test_page_furniture_yields_no_facts_on_html():
    paras = "".join(f"<p>{p}</p>" for p in _FURNITURE)
    html = (
        "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        f"{paras}<p>Defence Minister Ana Lee said on Monday that \"we will not be "
        "intimidated,\" and that talks with her neighbours would go on through the winter "
        "whatever the weather in the mountains.</p><p>The harbour reopened on Tuesday after "
        "a week of storms, and the first ferries left for the islands at dawn.</p>"
        "</article></body></html>")
    res = extract_document("t", html, fmt="html", meta=dict(META))
    assert [(s["speaker"], s["text"]) for s in res["statements"] if s["kind"] == "direct"] == [
        ("Ana Lee", "we will not be intimidated,")]
    assert res["visits"] == [] and res["deployments"] == []


def test_related_links_glued_to_a_name_are_cut_from_the_sentence():
    body = ('"The vote is a disgrace," Sen. Ann Lee Ann Marie LeeSenate delays vote on harbour '
            "bill Ten things to know about the port MORE (D-Ore.) tweeted on Friday.")
    res = _run(body)
    assert [(s["speaker"], s["text"]) for s in res["statements"]] == [
        ("Ann Lee", "The vote is a disgrace,")]
    assert "MORE" not in res["article"]["text"] and "harbour bill" not in res["article"]["text"]


# -- attribution paths -------------------------------------------------------------------

def test_a_one_word_quote_tells_who_speaks_in_its_sentence(surface):
    body = ('Defence Minister Ana Lee said it was "unmistakable" that the raid came from across '
            'the border "in a plain attempt to cut the valley road."')
    assert _said(body) == [("Ana Lee", "in a plain attempt to cut the valley road.",
                            "statement.quote_continuation")]


def test_a_cue_after_the_quote_in_a_coordinated_clause_does_not_speak_for_it(surface):
    body = ("Trade Minister Ana Lee argued that parliament is \"ready to ratify\" the treaty, "
            "and urged Tom Ward to sign it before the summit.")
    assert _said(body) == [("Ana Lee", "ready to ratify", "statement.quote_cue_before")]


def test_the_next_sentence_credits_a_quote_only_when_it_is_a_credit(surface):
    body = ("Port chief Ana Lee spoke to reporters on Monday.\n\n"
            '"The harbour stays shut until spring," she said. "Ferries will wait for the ice '
            'to clear." Tom Ward argued the plan was late.\n\n'
            '"We were never told about the closure." Tom Ward said.')
    assert _said(body) == [
        ("Ana Lee", "The harbour stays shut until spring,", "statement.quote_cue_after"),
        ("Ana Lee", "Ferries will wait for the ice to clear.", "statement.quote_continuation"),
        ("Tom Ward", "We were never told about the closure.", "statement.quote_cue_after")]


# -- who a description stands for --------------------------------------------------------

@pytest.mark.parametrize("body, speaker", [
    # a role noun takes up the holder of the title, abbreviations included
    ("Ohio Gov. Ann Lee toured the flooded towns on Monday.\n\n"
     '"We will rebuild every bridge," the governor said.', "Ann Lee"),
    ("Rep. Tom Ward of Oregon voted against the bill.\n\n"
     '"It spends money we do not have," the congressman said.', "Tom Ward"),
    # of two presidents, the one who has just spoken
    ("Turkish President Cem Aydin hosted the talks. Aydin greeted the guests, and Aydin "
     "spoke first.\n\nPresident Ann Lee said the talks had gone well.\n\n"
     '"We made real progress on trade today," the president said.', "Ann Lee"),
    # a document speaks for its author
    ("Union leader Tom Ward said in a statement on Monday that the strike would go on.\n\n"
     '"Our members will not be bullied," the statement said.', "Tom Ward"),
    ("The harbour board published a report from the Tallinn Port Authority on Friday.\n\n"
     '"Repairs will take at least six weeks," the report said.', "Tallinn Port Authority"),
    # a newspaper named beside "newspaper"
    ("The ruling party's newspaper, the Morning Courier, attacked the plan on Sunday.\n\n"
     '"The plan is a betrayal of the workers," the paper said.', "Morning Courier"),
    # "the official" takes up the unnamed source introduced before
    ("A senior harbour ministry official said the port would reopen in June.\n\n"
     '"Repairs will take weeks, not months," the official said.',
     "A senior harbour ministry official"),
    # a country run into a name is two mentions, and the role comes with its place
    ("Norway's envoy to Britain Ana Lee met the minister on Monday.\n\n"
     '"The talks were frank," the envoy said.', "Ana Lee"),
])
def test_a_description_stands_for_who_it_takes_up(body, speaker):
    got = _said(body)
    assert len(got) == 1 and got[0][0] == speaker, got


def test_a_description_with_its_own_qualifier_is_not_taken_for_another():
    body = ("Russia's foreign ministry called the vote illegal.\n\n"
            '"The decision is regrettable and changes nothing," the French foreign ministry said.')
    assert _said(body)[0][0] == "the French foreign ministry"


def test_a_place_before_the_appositive_is_not_the_speaker():
    body = ('Two sailors were hurt in a collision off Norway, the coastguard said in a statement '
            'on Friday.\n\n"Both men are in a stable condition," the statement said.')
    assert _said(body)[0][0] == "the coastguard"


@pytest.mark.parametrize("body, speaker, text", [
    ('Union leader Tom Ward condemned the closure as "a betrayal of every worker here."',
     "Tom Ward", "a betrayal of every worker here."),
    ('Mayor Ana Lee called the new bridge "the best thing to happen to this town."',
     "Ana Lee", "the best thing to happen to this town."),
    ('Green MEP Jane Roe welcomed the minister\'s "nerve in standing by the fishermen" on the '
     'vote.', "Jane Roe", "nerve in standing by the fishermen"),
])
def test_verbs_that_quote_their_subjects_words(body, speaker, text, surface):
    assert _said(body) == [(speaker, text, "statement.quote_cue_before")]


def test_naming_is_not_speech():
    body = ('The hackers used a tool called "Night Owl Seven" to enter the network, and a '
            'campaign dubbed "open harbour for all" was launched on Monday.')
    assert _said(body) == []


def test_an_institution_run_into_a_name_is_two_mentions():
    text = "Chairman of the Harbour Workers Union Tom Ward condemned the plan."
    idx = EntityIndex(text)
    assert [(m.text, m.kind) for m in idx.mentions] == [
        ("Harbour Workers Union", "organisation"), ("Tom Ward", "person")]


# -- the parse: the subject of the speech verb above the quote ---------------------------

@pytest.mark.parametrize("body, speaker", [
    # a relative clause and a time adverbial between the subject and its verb
    ('Ana Lee, who in 2019 ran the harbour board against Tom Ward, on Tuesday praised the '
     'crews for "keeping the port open through the storm."', "Ana Lee"),
    # a name followed by a prepositional phrase holding a description
    ('Sgt. Tom Ward of the harbour police said the patrols would continue "to keep the quays '
     'safe at night."', "Tom Ward"),
    # a possessive appositive does not take the verb ("X, Y's uncle, said")
    ('Tom Ward, Ana Lee\'s uncle, said at the time, "We believe she was on the last ferry '
     'out."', "Tom Ward"),
    # the pronoun inside what a named person reports is bound to that person
    ('Senator Ana Lee said she believes "more ferries will be lost before winter."', "Ana Lee"),
    # words reported through another's clause belong to the reporter
    ('Ana Lee said that after a long review the board had concluded the plan was "not, in '
     'itself, a breach of the treaty".', "Ana Lee"),
])
def test_the_parse_gives_the_subject_of_the_speech_verb(body, speaker):
    got = _said(body)
    assert len(got) == 1 and got[0][0] == speaker, got


def test_a_named_appositive_speaks_for_a_description():
    body = ('The union\'s spokesman, Tom Ward, said the strike was "only the beginning of a long '
            'winter."')
    assert _said(body)[0][0] == "Tom Ward"


def test_speech_module_reads_the_tree():
    from newsfacts.extract.nlp import parse_text
    from newsfacts.extract.speech import quote_speaker

    text = 'The minister, who spoke to reporters, warned that "the ice will not hold."'
    doc = parse_text(text)
    qs = text.index("the ice")
    verb, subj, direct = quote_speaker(doc, qs, text.index('."'))
    assert verb.lower_ == "warned" and subj.lower_ == "minister" and direct


@pytest.mark.parametrize(("text", "verb", "subject"), [
    ("Mayor Tom Berg was quoted by the local paper as saying the road would open.",
     "quoted", "Berg"),
    ("The harbour master was cited by the radio station as saying no ship would leave.",
     "cited", "master"),
    ("The engineer was told by the mayor that the bridge would close.", "told", "mayor"),
])
def test_a_passive_speech_verb_speaks_through_its_agent_unless_it_quotes(text, verb, subject):
    """'X was quoted / cited by Y as saying': X spoke; 'X was told by Y': Y did (the verbs
    are compared by their forms: the parse has no lemma for them)."""
    from newsfacts.extract.nlp import parse_text
    from newsfacts.extract.speech import own_subject

    doc = parse_text(text)
    v = next(t for t in doc if t.lower_ == verb)
    assert own_subject(v).text == subject


def test_a_term_named_in_quotes_is_not_a_statement():
    body = ('Mayor Ana Lee defended her use of the term "harbour renewal" on Monday, and the '
            'plan known as "Blue Quay" was approved.')
    assert _said(body) == []


@pytest.mark.parametrize("body, speaker", [
    # a title given in apposition after the name
    ("Ann Lee, a senior analyst at the Baltic Institute, said the talks were stalled.\n\n"
     '"Nobody wants to blink first," the analyst said.', "Ann Lee"),
    # a description of a person with no such title named: the person who just spoke
    ('"We will vote against it," Tom Ward told reporters.\n\n'
     '"This bill is a gift to the shipping lobby," the lawmaker added.', "Tom Ward"),
    # an institution named before
    ("The Estonian Foreign Ministry summoned the ambassador on Monday.\n\n"
     '"This violation of our airspace is unacceptable," the ministry said.',
     "Estonian Foreign Ministry"),
    # a pronoun chain: "He" opening the sentence before goes on with the same person
    ('"We never asked for this fight," Tom Ward said.\n\n'
     "He sidestepped questions about the strike, a subject that has troubled Mayor Jan "
     'Novak for weeks.\n\n"If I had known then what I know now, I would have acted," he said.',
     "Tom Ward"),
])
def test_who_a_description_or_pronoun_takes_up(body, speaker):
    got = _said(body)
    assert got and got[-1][0] == speaker, got


def test_a_gerund_opening_a_sentence_is_not_a_name():
    text = "Dredging Harbour Road is a priority for Ana Lee. Chelsea Manning agreed."
    assert [a.name for a in EntityIndex(text).actors if a.kind == "person"] == [
        "Ana Lee", "Chelsea Manning"]


def test_a_short_quoted_sentence_that_goes_on_with_the_speaker_is_a_statement():
    body = ('Karen Holt said the islanders would go to court. "We have the lawyers and we have '
            'the votes," she said. "We will win."')
    got = {s["text"].strip(" ,."): s["speaker"] for s in extract_document(
        "t", f"Harbour news\n\n{body}", meta=dict(META))["statements"] if s["kind"] == "direct"}
    assert got.get("We will win") == "Karen Holt"


@pytest.mark.parametrize("body", [
    'The chat group was called "Dock Rats Forever", the union newsletter said on Monday.',
    'The mayor has long pushed the so-called "blue harbour" plan, the council said.',
])
def test_a_name_given_in_quotes_is_no_statement(body):
    res = extract_document("t", f"Harbour news\n\n{body}", meta=dict(META))
    assert [s for s in res["statements"] if s["kind"] == "direct"] == []
