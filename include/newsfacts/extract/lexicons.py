"""The lexicon store's tables as the Python structures the rules use.

Nothing here is knowledge: every word comes from `newsfacts/lexicon/*.csv` (the store the
dbt seeds read too; see its README.md). This module only shapes the rows into the sets and
dicts that quotes.py, entities.py, places.py, deployments.py and dates.py import, once, at
import time.
"""

from __future__ import annotations

import re

from newsfacts import lexicon as _lx


def _fold(s: str) -> str:
    return s.lower().strip()


# -- speech cues (reference/ref_cue_verbs.csv: one row per form) --------------------------
_CUE_ROWS = [r for r in _lx.rows("ref_cue_verbs") if r["attribution"] == "yes"]
CUE_LEMMAS = list(dict.fromkeys(r["lemma"] for r in _CUE_ROWS))
# form -> lemma of every word that attributes speech ("said" -> "say")
CUE_FORMS: dict[str, str] = {r["cue"]: r["lemma"] for r in _CUE_ROWS}
# cues that introduce speech only weakly (need a quote or a "that" clause nearby)
WEAK_CUES = frozenset(r["lemma"] for r in _CUE_ROWS if r["weak"] == "yes")
# capitalised speech verbs that open an inverted attribution: 'Said Mr Ozo: "..."'
LEADING_CUES = frozenset(r["cue"].capitalize() for r in _CUE_ROWS if r["leading"] == "yes")
# cues that are sounds ("laughed"): only right after a quote or before a colon or comma
SOUND_CUES = _lx.words("sound_cue_verbs", "lemma")
# section labels before a colon that are never a speaker ('NOTE:', 'EDITOR'S NOTE:')
NON_SPEAKER_LABELS = _lx.words("non_speaker_labels", "label")
# clauses between a name and its speech verb that make no person of it ('in a statement')
DOCUMENT_CLAUSE_OPENERS = _lx.words("document_clause_openers", "phrase")

# -- speaker nouns (speaker_nouns.csv) ------------------------------------------------------
# nouns that, as subject or in "according to", act as a speech source
SOURCE_NOUNS = _lx.words("speaker_nouns", set="source")
# other heads of descriptive speaker phrases ("the paper", "a man on a loudspeaker")
DESC_NOUNS = _lx.words("speaker_nouns", set="desc")
# lower-case role nouns that can refer back to a person ("the minister")
ROLE_NOUNS = _lx.words("speaker_nouns", set="role")
# nouns that name a person by what they are or do ("the analyst", "the senator"): the heads of
# a person's title in apposition ("Ann Lee, a senior analyst at X,") and of descriptions
# that take up a person named before
PERSON_NOUNS = _lx.words("speaker_nouns", set="person")
# audiences a speaker addresses ("told reporters", "told the crowd"; audience_nouns.csv)
AUDIENCE_NOUNS = _lx.words("audience_nouns")
# seats in a legislature ("the MP", "the senator"): held alongside other offices
LEGISLATOR_NOUNS = _lx.words("speaker_nouns", set="legislator")
# nouns of documents that speak for their author ("the statement said", "the paper said")
DOCUMENT_NOUNS = _lx.words("speaker_nouns", set="document")
# lower-case party word or code -> party ("democrat" -> "D", "r" -> "R"): "the Democrat"
PARTY_WORDS: dict[str, str] = _lx.mapping("party_words", "word", "party")
# document noun -> the forms of the act that makes it ("lawsuit" -> sue, sues, sued, suing)
DOCUMENT_ACTS: dict[str, tuple[str, ...]] = {
    r["word"]: (r["verb"], *r["forms"].split()) for r in _lx.rows("document_acts")}
# lower-case words that make "the leader" another body's ("the opposition leader")
BODY_MODIFIERS = _lx.words("body_modifiers")
# kinds of town a place is named by ("the Russian capital", "the city of X", "the capital,
# Freetown"; settlement_nouns.csv): visits and deployment locations read them
SETTLEMENT_NOUNS = _lx.words("settlement_nouns")
# document noun -> the other names of the same document ("memo" -> "memorandum")
DOCUMENT_ALIKE: dict[str, tuple[str, ...]] = {}
for _r in _lx.rows("document_alike"):
    DOCUMENT_ALIKE[_r["word"]] = (*DOCUMENT_ALIKE.get(_r["word"], ()), _r["alike"])
# title word as written ("Gov.", "Rep.", "Secretary") -> the role nouns that refer back to
# its holder ("the governor", "the congressman") (title_roles.csv)
TITLE_ROLES: dict[str, frozenset[str]] = {}
for _r in _lx.rows("title_roles"):
    TITLE_ROLES[_r["word"]] = TITLE_ROLES.get(_r["word"], frozenset()) | {_r["role"]}
# title words that head a body ("Minister", "Secretary"): a body's words before them are the
# office's ("Foreign Office Minister" is a diplomat; "State Department spokeswoman" is none)
OFFICE_HEADS = _lx.words("title_roles", office_head="yes")

# person noun -> "f" or "m" ("congresswoman", "businessman": gendered_nouns.csv)
NOUN_GENDER: dict[str, str] = _lx.mapping("gendered_nouns", "word", "gender")

# -- titles (reference/ref_titles.csv, title_words.csv) -------------------------------------
_TITLES = _lx.rows("ref_titles")
HONORIFICS = frozenset(r["title"] for r in _TITLES if r["title_type"] == "honorific")
FEMALE_HON = frozenset(r["title"] for r in _TITLES if r["gender"] == "f")
MALE_HON = frozenset(r["title"] for r in _TITLES if r["gender"] == "m")
# title words (capitalised in front of names, or lower-case role nouns)
TITLE_WORDS = _lx.words("title_words")
# abbreviated titles written with a full stop ("Sgt.", "Cpl.", "Gov."), without it: their
# period ends no sentence, and they open a name ("Cpl. Ann Lee")
TITLE_ABBREVIATIONS = frozenset(w[:-1] for w in TITLE_WORDS
                                if w.endswith(".") and "." not in w[:-1])

# -- names ----------------------------------------------------------------------------------
# words that are capitalised but are never person names
NON_NAME_WORDS = _lx.words("non_name_words")
FEMALE_FIRST = _lx.words("first_names", "name", gender="f")
# place or day heads that are as often a surname: after a first name, a person ("Fiona Hill")
SURNAME_ORG_WORDS = _lx.words("surname_org_words")
# capitalised non-name words that end a body's name ("Human Rights Watch", "Arab League")
ORG_NAME_ENDS = _lx.words("org_name_ends")
# lower-case heads that make a run of names an organisation's ("department", "corp", "watch")
ORG_WORDS = _lx.words("org_words")
# words that tell what a run of capitalised words names (name_kind_words.csv, by kind; read
# by entities._classify): place_head (a last word that makes it a place: "Black Sea",
# "Mexico City"), bare_not_name (alone it names nothing: "Council"), not_person_first and
# not_person_last (a first or last word that makes it no person: "New ...", "... Medal"),
# lower_acronym (an org word that is an organisation only in capitals: "WHO", not "who")
NAME_KIND_WORDS = {k: _lx.words("name_kind_words", kind=k) for k in (
    "place_head", "bare_not_name", "not_person_first", "not_person_last", "lower_acronym")}
# capitalised plurals that name people in general, not a person ("Officials", "Aides")
GROUP_PLURALS = _lx.words("group_plurals")
# words that make a body's name a public body's ("Justice Department"): no "company"
PUBLIC_BODY_HEADS = _lx.words("public_body_heads")
MALE_FIRST = _lx.words("first_names", "name", gender="m")
PRONOUNS_PERSON = _lx.mapping("pronouns", "word", "gender")

# -- calendar -------------------------------------------------------------------------------
MONTHS = {k: int(v) for k, v in _lx.mapping("calendar_words", "word", "number", kind="month").items()}
WEEKDAYS = {k: int(v) for k, v in _lx.mapping("calendar_words", "word", "number",
                                               kind="weekday").items()}

# -- countries, aliases, institutions, demonyms (reference/*.csv, regions.csv) --------------
_COUNTRY_NAME = {r["country_code"]: r["country_name"] for r in _lx.rows("ref_countries")}
# alias types that name the country itself (as opposed to its seat of government, capital,
# armed forces or ministries, which stand for it as an actor only)
_COUNTRY_ALIAS_TYPES = frozenset({"short form", "official name", "constituent country",
                                  "territory", "region"})
_ALIASES = _lx.rows("ref_actor_aliases")
# lower-case alias -> (canonical country name, ISO2)
COUNTRY_ALIASES: dict[str, tuple[str, str]] = {
    _fold(r["alias"]): (r["canonical_name"], r["country_code"]) for r in _ALIASES
    if r["actor_kind"] == "country" and r["alias_type"] in _COUNTRY_ALIAS_TYPES}
# lower-case name of an institution, seat of government, capital or armed group ->
# (actor name, ISO2 or None)
INSTITUTIONS: dict[str, tuple[str, str | None]] = {
    _fold(r["alias"]): (r["canonical_name"], r["country_code"] or None) for r in _ALIASES
    if not (r["actor_kind"] == "country" and r["alias_type"] in _COUNTRY_ALIAS_TYPES)}
# lower-case seat of government or ministry of one country -> its ISO2 ("the Kremlin": RU,
# "State Department": US): a title with one ("Kremlin spokesman") tells its holder's country
GOVERNMENT_SEATS: dict[str, str] = {
    _fold(r["alias"]): r["country_code"] for r in _ALIASES
    if r["alias_type"] in ("seat of government", "ministry") and r["country_code"]}
# lower-case names of ministries: bodies of a country's government, organisations as actors
MINISTRIES = frozenset(_fold(r["alias"]) for r in _ALIASES if r["alias_type"] == "ministry")
# lower-case names of armed groups ("Hamas", "the Taliban"): organisations, not countries
ARMED_GROUPS = frozenset(_fold(r["alias"]) for r in _ALIASES
                         if r["alias_type"] == "armed group" and r["actor_kind"] == "organisation")
# world regions: places without a country ("the Middle East", "the Sahel")
REGIONS = frozenset(_fold(r["name"]) for r in _lx.rows("regions") if r["kind"] != "compass")
# lower-case demonym -> (country name, ISO2)
DEMONYMS: dict[str, tuple[str, str]] = {
    _fold(r["demonym"]): (_COUNTRY_NAME[r["country_code"]], r["country_code"])
    for r in _lx.rows("ref_demonyms")}
COUNTRY_NAMES = _COUNTRY_NAME  # ISO2 -> canonical name (ref_countries)
# nationality nouns: lower-case noun -> (ISO2, gender or ""): the nouns of national_nouns.csv
# ("the Spaniard", "the Frenchwoman") and the demonyms in -an/-i, which are nouns as well
# ("the Australian", "the Israeli"; not "the French", "the Swiss": a nation, not one person)
NATIONAL_NOUNS: dict[str, tuple[str, str]] = {
    **{d: (iso, "") for d, (_n, iso) in DEMONYMS.items() if d.endswith(("an", "i"))},
    **{_fold(r["word"]): (r["country_code"], r["gender"]) for r in _lx.rows("national_nouns")}}
# ISO2 -> capital as written (ref_countries.capital): the one owner of capitals for the
# extractor ("the Kazakh capital", a country's point, "is X its capital") and for dbt
CAPITAL_OF: dict[str, str] = {r["country_code"]: r["capital"] for r in _lx.rows("ref_countries")
                              if r["capital"]}
# lower-case capital -> (country name, ISO2): a capital stands for its country's government
# as an actor ("Caracas deployed troops"; ref_countries.capital, as dbt's name lookup reads
# it), except capitals that are as often a person's name, a common word or another place
# (capital_non_actors.csv)
_NOT_ACTOR_CAPITALS = frozenset(_fold(n) for n in _lx.words("capital_non_actors", "name"))
CAPITALS: dict[str, tuple[str, str]] = {
    _fold(r["capital"]): (r["country_name"], r["country_code"]) for r in _lx.rows("ref_countries")
    if r["capital"] and _fold(r["capital"]) not in _NOT_ACTOR_CAPITALS}
# nouns whose leader-name modifier names a government: "the Obama administration"
GOVERNMENT_NOUNS = _lx.words("government_nouns")


# -- speaker descriptions and their context (description_words.csv and others) -------------
# description_words.csv sets: what a definite description's head or words tell
OUTLET_HEADS = _lx.words("description_words", set="outlet")  # "the paper": the outlet itself
ORG_HEADS = _lx.words("description_words", set="organisation")  # "the ministry"
COMPANY_HEADS = _lx.words("description_words", set="company")  # "the company": a subject body
GENERIC_SOURCES = _lx.words("description_words", set="generic")  # "the official": no name
ANY_TITLE_HEADS = _lx.words("description_words", set="any_title")  # "the leader": any title
MASS_SPEAKERS = _lx.words("description_words", set="mass")  # "police said"
GROUP_SPEAKERS = _lx.words("description_words", set="group")  # "a delegation said"
DESC_FILLER = _lx.words("description_words", set="filler")  # "the senior official"
# words in the names of news outlets ("The Korea Times", "Yonhap news agency")
NEWS_NAME_WORDS = _lx.words("news_name_words")


def outlet_key(name: str) -> str:
    """A news outlet's name as news_outlets.csv keys it ("The New York Times" -> "new york times")."""
    return re.sub(r"^the\s+", "", name.strip().lower())


# the listed news outlets (news_outlets.csv), by outlet_key: "CNN", "the BBC"
NEWS_OUTLETS = frozenset(outlet_key(n) for n in _lx.words("news_outlets", "name"))
# words ending in -s that are no plural noun ("this", "news", "perhaps")
NOT_PLURAL_WORDS = _lx.words("not_plural_words")
# lemmas of verbs of saying proper: only they make an unknown noun phrase a speaker
CORE_SPEECH_LEMMAS = _lx.words("core_speech_verbs", "lemma")
# capitalised function words: never part of a name run ("The", "In", "He")
CAPITALISED_FUNCTION_WORDS = _lx.words("capitalised_function_words")
FUNCTION_WORDS = _lx.words("function_words")
# words that open a clause (clause_words.csv): relative pronouns and the rest
RELATIVE_WORDS = _lx.words("clause_words", kind="relative")
CLAUSE_WORDS = _lx.words("clause_words")
# participles by which a group names its leader ("a delegation led by X", "the Saudi-led")
GROUP_LEADERS = _lx.words("group_leader_words")
# one holder per article: "the president" alone is the person the article is about
SALIENT_ROLES = _lx.words("description_words", set="salient_role")
TITLED_OFFICES = _lx.words("description_words", set="titled_office")  # "the pontiff"
PAST_WORDS = _lx.words("description_words", set="past")  # "former", "emeritus"
LESSER_WORDS = _lx.words("description_words", set="lesser")  # "deputy", "vice"
PORTFOLIO_WORDS = _lx.words("description_words", set="portfolio")  # "the foreign minister"
PORTFOLIO_JOINTS = _lx.words("description_words", set="portfolio_joint")  # "veterans affairs"
# alias words of a portfolio, read as the office's usual word ("Economic" -> "economy")
PORTFOLIO_CANON = {w: c for w, c in _lx.mapping("description_words", "word", "canonical",
                                                set="portfolio").items() if c}
LEADER_HEADS = _lx.words("description_words", set="leader")  # "the Russian leader"
# nouns that name a body by its kind ("the club", "the carmaker"): they take up an
# organisation named as a subject just before
BODY_HEADS = _lx.words("description_words", set="body")
# bodies of the state ("Treasury", "council") and company-name words ("Corp.", "Ltd"): what
# kind of body a name is, against the kind a description's head asks for
STATE_HEADS = _lx.words("description_words", set="state")
COMPANY_MARKS = _lx.words("description_words", set="company_mark")
# relation nouns that modify a thing ("its sister company"), and the things besides bodies
KIN_MODIFIERS = _lx.words("description_words", set="kin_modifier")
KIN_THINGS = _lx.words("description_words", set="kin_thing")
# words of a subject that bring in a new voice ("The fiercest critic is Ann Lee.")
VOICE_WORDS = _lx.words("description_words", set="voice")
# officers of a body after its possessive name ("Acme's chief executive"), as written
OFFICER_NOUNS = tuple(r["word"] for r in _lx.rows("description_words") if r["set"] == "officer")
# documents whose "of" names what they record ("a recording of the call"), not their author
RECORD_NOUNS = _lx.words("description_words", set="record")
# verbs of a document's making, in file order ("issued", "drawn up"): their agent is its author
DOCUMENT_MAKING_VERBS = tuple(r["form"] for r in _lx.rows("document_making_verbs"))
