"""Rule-based mentions of people, organisations and countries, and within-article
coreference (surname, honorific + surname, pronouns, role nouns) to the fullest form."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .dates import WHEN
from .lexicons import (
    ARMED_GROUPS,
    COMPANY_MARKS,
    CUE_FORMS,
    DESC_NOUNS,
    DOCUMENT_CLAUSE_OPENERS,
    FEMALE_FIRST,
    FEMALE_HON,
    GROUP_PLURALS,
    HONORIFICS,
    LEADING_CUES,
    MALE_FIRST,
    MALE_HON,
    MINISTRIES,
    NAME_KIND_WORDS,
    NON_NAME_WORDS,
    OFFICE_HEADS,
    ORG_NAME_ENDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PRONOUNS_PERSON,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SURNAME_ORG_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_ROLES,
    TITLE_WORDS,
)
from .places import actor_country, country_of, fold, lookup_place


def _letter_class(category: str) -> str:
    """A character-class body of the Latin letters of one case (ASCII, Latin-1, Latin
    Extended A/B and Additional: "Ñ", "ć", "Ł", "ễ"), so that names are matched as people
    write them, not cut at their first non-ASCII letter."""
    import unicodedata

    cps = [cp for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
           if unicodedata.category(chr(cp)) == category and cp not in (0xD7, 0xF7)]
    return ("A-Z" if category == "Lu" else "a-z\u0300-\u036f") + "".join(
        re.escape(chr(cp)) for cp in cps)


UPPER = _letter_class("Lu")  # character-class bodies: f"[{UPPER}]"
LOWER = _letter_class("Ll")
_U, _L = f"[{UPPER}]", f"[{LOWER}]"
# One capitalised word of a name: an abbreviated title ("Gov."), a prefixed Arabic name
# ("al-Assad", "Abu-Bakr"), an elided particle ("O'Brien", "D'Amato", "d'Estaing"), an inner
# capital ("McCain", "DiCaprio"), a plain or hyphenated word ("Núñez", "Okonjo-Iweala"), an
# acronym or initials.
# (the abbreviated titles are title_words.csv's; the others are honorifics, plurals, name
# suffixes and "St.")
_ABBREVIATED = sorted(TITLE_ABBREVIATIONS | {
    "Fr", "Gens", "Govs", "Jr", "Mr", "Mrs", "Ms", "Sr", "St"},
    key=lambda w: (-len(w), w))
_CAP = (rf"(?:(?:{'|'.join(_ABBREVIATED)})\.(?=\s)"
        # the grade of a rank ("Sgt. 1st Class Ann Lee", "Petty Officer 2nd Class"): never
        # opens a run (NAME_RE starts at a capital), only goes on with one
        r"|[1-4](?:st|nd|rd|th)(?=[ \t]+Class\b)"
        rf"|(?:al|el|an|ad|as|ash|ar|at|az|ul|ur|bin|ibn|abu|abd|Al|El|Abu|Abd|Bin|Ibn)[-‑]{_U}{_L}+(?:[-‑]{_U}{_L}+)*"
        rf"|[ODdL][’']{_U}{_L}+(?:[-‑]{_U}{_L}+)*"
        rf"|{_U}{_L}*{_U}{_L}+(?:[-‑]{_U}?{_L}+)*"
        rf"|{_U}{_L}+(?:[-‑]{_U}?{_L}+|['’]{_U}{_L}+)*"
        rf"|{_U}{{2,}}(?!{_L})|{_U}\.(?:{_U}\.)*)")
# lower-case particles inside a name ("van der Berg", "de la Cruz", "bin Salman", "Ortega y
# Gasset"), and the ones that can open it ("said van der Berg")
_PART = r"(?:al|el|bin|ibn|bint|de|da|di|du|des|del|della|dos|das|do|van|von|der|den|ter|ten|la|le|y|zu|ul)"
_LEAD_PART = r"(?:van|von|de|da|di|du|des|del|della|dos|das|der|den|ter|ten)"
# the leading look-ahead names the possible first letters so the regex engine can skip ahead
# (an assertion first would make it try every position)
NAME_RE = re.compile(
    rf"(?=[{UPPER}aeibdv])(?<![\w’'-])(?:{_LEAD_PART}[ \t]+)*{_CAP}"
    rf"(?:[ \t]+(?:{_PART}[ \t]+)*{_CAP})*(?:,?[ \t]+(?:Jr|Sr|III|II)\b\.?)?")
AGE_RE = re.compile(r"^,\s*(\d{1,3})(?=\s*[,.;)]|\s*$)")
PRE_TITLE_RE = re.compile(
    r"((?:(?:former|new|then|acting|interim|deputy|senior|veteran|embattled|outgoing|incoming|"
    r"[A-Z][a-z]+|[a-z]+)\s+){0,3})$")

_FIRST_NAME_MONTHS = frozenset({"Jan", "April", "June", "August", "May"})
_TIME_BEFORE = re.compile(r"\b(?:in|on|since|until|till|by|from|last|next|this|early|late|mid|"
                          r"of|during|before|after)\s+$", re.I)
_GEO_HEADS = NAME_KIND_WORDS["place_head"]
_BARE_NOT_NAMES = NAME_KIND_WORDS["bare_not_name"]
_SPEAKS_AFTER = re.compile(
    # a participle or prepositional clause between: ", speaking in Iowa, said", ", in a
    # speech at the state university, criticized"
    # (not a body's written word: ", in a statement," ", citing ...,": document_clause_openers)
    r"(?:,\s+(?!(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                             for p in sorted(DOCUMENT_CLAUSE_OPENERS, key=len, reverse=True))
    + r")\b)(?:[a-z]{3,}ing|in|at|during)\b[^,.;:!?\"“”\n]{0,50}(?=,))?"
    r",?\s+(?:(?:also|has|had|then|later|again)\s+)?(?:"
    + "|".join(sorted((f for f in CUE_FORMS if f.endswith(("ed", "s", "d")) and len(f) > 3
                       and f not in ("states", "reports", "notes", "claims", "comments", "charges",
                                     "questions", "points", "demands", "pledges", "promises")),
                      key=len, reverse=True))
    + r"|said|says|told|wrote)\b")
_SPEAKS_BEFORE = re.compile(r"\b(?:said|says|added|adds|wrote|asked)\s+$")
_SMALL_WORDS = {"The", "A", "An", "And", "But", "Or", "Of", "In", "On", "At", "To", "For", "With"}
_TITLE_STOP = {"the", "a", "an", "and", "said", "says", "by", "of", "to", "with", "for", "from", "in",
               "on", "at", "that", "as", "is", "was", "told"}
# a capitalised compound modifier before a name ("Russian-led Zapad", "Iran-backed Houthis")
_COMPOUND_MODIFIER = re.compile(r"-(?:led|backed|based|born|made|owned|funded|run|allied|aligned|"
                                r"controlled|held|occupied|sponsored|style|era|linked)$")
_DET_NOUN = re.compile(r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}[a-z][\w-]*)\b")
_CLAUSE_CUT = re.compile(r"[.!?]\s|[“”\"]")
_GENDER_PRON = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.I)
_QUOTE_THEN_PRON = re.compile(
    r"[^“”\"\n]{0,160}?[.:]\s+[“\"][^“”\"\n]{2,700}[”\"]\s*(he|she)\s+(?:\w+\s+)?"
    r"(?:said|says|added|adds|told|tells|warned|insisted|explained|wrote|argued|noted)\b")
# a preposition right before a name: the name is its object, not a clause's subject
_PREP_OBJECT = re.compile(r"\b(?:to|by|with|for|from|of|at|in|on|against|about|than|like|"
                          r"between|among|toward|towards|over|under|into|onto|behind|beside)"
                          r"\s+(?:the\s+)?$", re.I)
_ORG_ACRONYMS = NAME_KIND_WORDS["lower_acronym"]
_NOT_PERSON_FIRST = NAME_KIND_WORDS["not_person_first"]
# last words that make a capitalised phrase a thing, not a person ("Congressional Gold Medal")
_NOT_PERSON_LAST = NAME_KIND_WORDS["not_person_last"]


# how many name mentions back a pronoun's antecedent is looked for
MAX_LOOKBACK = 200


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str  # the name as written (titles stripped)
    kind: str  # person|organisation|country|place|unknown
    title: str | None = None
    age: int | None = None
    honorific: str | None = None
    actor: Actor | None = None
    full_start: int = 0  # including title


@dataclass(slots=True)
class Actor:
    key: str
    name: str
    kind: str
    title: str | None = None
    age: int | None = None
    country: str | None = None
    gender: str | None = None
    # the gender comes from a first name or an honorific, not from pronouns voting
    gender_named: bool = False
    mentions: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"key": self.key, "name": self.name, "kind": self.kind, "title": self.title,
                "age": self.age, "country": self.country, "mentions": list(self.mentions)}


@lru_cache(maxsize=8192)
def _held_office_of(text: str, pos: int) -> bool:
    """Whether text just before pos is an office and "of" ("Mayor of ", "Governor of the ")."""
    om = _TITLE_OF.search(text, max(0, pos - 40), pos)
    return om is not None and _is_title_token(om.group(1).split()[-1])


def _is_titleish(t: str) -> bool:
    return _is_title_token(t) or t.rstrip(".") in HONORIFICS


@lru_cache(maxsize=8192)
def _is_title_token(t: str) -> bool:
    if t in TITLE_WORDS or t.rstrip(".") in TITLE_WORDS:
        return True
    if "-" in t:  # "Ex-Assistant", "Vice-President", "Deputy-Governor"
        head, _, rest = t.partition("-")
        if head.lower() in ("ex", "former", "vice", "deputy", "acting", "co"):
            return rest in TITLE_WORDS or rest.capitalize() in TITLE_WORDS
        # "Secretary-General", "Attorney-General", "Governor-General": both halves are titles
        return head in TITLE_WORDS and rest.capitalize() in TITLE_WORDS
    return False


_TITLE_OF = re.compile(r"((?!The\b)(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*)[ \t]+(of[ \t]+(?:the[ \t]+)?)$")


def _first_name_gender(first: str) -> str:
    """"f" or "m" for a first name the lexicon gives one gender, "" for one it gives both
    ("Lindsey", "Jordan": no evidence), "?" for a word it does not list."""
    f, m = first in FEMALE_FIRST, first in MALE_FIRST
    return "" if f and m else "f" if f else "m" if m else "?"


def _honorific_surname_at(toks: list[str]) -> int | None:
    """Index of the last honorific followed by one capitalised word that is not a role noun
    ("Mr German", "Ms Bishop"), or None."""
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].rstrip(".") in HONORIFICS:
            nxt = toks[i + 1]
            if i + 2 == len(toks) and nxt.lower() not in ROLE_NOUNS and \
                    nxt.lower() not in PERSON_NOUNS and nxt not in _SMALL_WORDS:
                return i
            return None
    return None


@lru_cache(maxsize=4096)
def _is_group_word(t: str) -> bool:
    """A capitalised plural that names a group, not a person: "Officials", "Aides",
    "Analysts", "Cypriots"."""
    low = t.lower()
    if " " in low or not low.endswith("s") or len(low) < 4:
        return False
    stem = low[:-1]
    return (stem in ROLE_NOUNS or stem in SOURCE_NOUNS or stem in DESC_NOUNS
            or low in GROUP_PLURALS or bool(country_of(t[:-1])))


def _fold_the(name: str) -> str:
    k = fold(name)
    return k[4:] if k.startswith("the ") else k


def _us_state(pl: dict) -> bool:
    """A gazetteer row for a US state ("Ohio", "Iowa"): no coordinates, no population. Alone
    it is that state, never a small town's name nor, before 'said', a person."""
    return pl.get("country") == "US" and pl.get("lat") is None and not pl.get("pop")


def classify_name(tokens: list[str]) -> str:
    return _classify(tuple(tokens))


@lru_cache(maxsize=65536)
def _classify(tokens: tuple[str, ...]) -> str:
    low = [t.lower().rstrip(".") for t in tokens]
    joined = " ".join(tokens)
    if _fold_the(joined) in MINISTRIES or _fold_the(joined) in ARMED_GROUPS:
        return "organisation"  # "the State Department": a body, whose country is its actor;
        # "Hamas": a group that can be "the group" (no country)
    if actor_country(joined) or country_of(joined):
        return "country"
    if len(tokens) > 1 and low[-1] in _GEO_HEADS:
        return "place"  # "Black Sea", "Taiwan Strait", "Mexico City", "Litani River"
    if len(tokens) == 1 and low[0] in _BARE_NOT_NAMES:
        return "unknown"  # a bare "Council", "Bank", "Department": not a name on its own
    # a first name is no organisation head ("Bill Clinton"), nor, right after one, a word
    # that is as often a surname ("Fiona Hill", "Dave Camp")
    first = len(tokens) > 1 and _first_name_gender(tokens[0]) != "?"
    heads = low[1:] if first else low
    if first and len(tokens) == 2 and low[1] in SURNAME_ORG_WORDS:
        heads = []
    if len(tokens) > 1 and low[-1] in COMPANY_MARKS:
        return "organisation"  # "Boeing Co.", "Acme Shipping Ltd"
    if any(t in ORG_WORDS and (t not in _ORG_ACRONYMS or tok.isupper())
           for t, tok in zip(heads, tokens[len(low) - len(heads):], strict=True)):
        return "organisation"
    if all(t.isupper() and len(t) > 1 for t in tokens):
        # a capitalised dateline ("WARSAW —", "NEW YORK (Reuters)") names a city
        pl = lookup_place(joined.title()) if len(joined) > 3 else None
        if pl and pl["kind"] == "city" and pl.get("pop", 0) >= 100_000:
            return "place"
        return "organisation"
    pl = lookup_place(joined)
    if pl:
        if len(tokens) == 1 and pl["kind"] == "city" and pl.get("pop", 0) < 100_000 and \
                not _us_state(pl):
            return "unknown"
        return "place"
    if len(tokens) >= 2:
        if low[0] in _NOT_PERSON_FIRST or low[-1] in _NOT_PERSON_LAST:
            return "unknown"
        if any(t in NON_NAME_WORDS for t in tokens) and not (
                len(tokens) == 2 and tokens[1] in _FIRST_NAME_MONTHS
                and _first_name_gender(tokens[0]) != "?"):
            return "unknown"
        return "person"
    return "unknown"


class EntityIndex:
    """All name mentions in an article, clustered into actors."""

    def __init__(self, text: str, quote_mask: list[tuple[int, int]] | None = None,
                 skip: list[tuple[int, int]] | None = None):
        self.text = text
        self._skip = skip or []
        self._mcount: dict[str, int] = {}
        self.mentions: list[Mention] = []
        self.actors: list[Actor] = []
        self._by_surname: dict[str, list[Actor]] = {}
        self._by_name: dict[str, Actor] = {}
        self._quote_spans = sorted(quote_mask or [])
        self._quote_starts = [a for a, _b in self._quote_spans]
        self._scan()

    # --- scanning -------------------------------------------------------------------------
    def _scan(self) -> None:
        text = self.text
        raw: list[Mention] = []
        skip = self._skip
        for m in NAME_RE.finditer(text):
            g = m.group(0)
            if " " not in g and (g in NON_NAME_WORDS or _is_titleish(g)):
                continue  # fast path: "The", "But", a bare title
            start = m.start()
            if skip and any(a <= start < b for a, b in skip):
                continue
            run = []
            p = 0
            for tok in g.split():
                p = g.index(tok, p)
                run.append((tok, start + p))
                p += len(tok)
            # leading non-name words ("But", "The") that are not titles; a month that is also
            # a first name stays before a surname ("Jan Novak", "June Ward", not "Jan. 5")
            month_name = run[0][0] in _FIRST_NAME_MONTHS and len(run) > 1 and \
                run[1][0] not in NON_NAME_WORDS and not _TIME_BEFORE.search(
                    text, max(0, run[0][1] - 12), run[0][1])
            # "He Lei", "He Yafei": the pronoun never comes before a capitalised word, so
            # "He" and one name word is a (Chinese) surname and given name
            he_name = len(run) == 2 and run[0][0] == "He" and run[1][0] not in NON_NAME_WORDS \
                and not _is_titleish(run[1][0]) and run[1][0][1:].islower()
            # "Facebook Inc", "Boeing Co.": a company's mark ends the run, and the one word
            # before it is its name, whatever word it is ("Twitter Inc", "Sterling Co");
            # words before that fall off as in any run ("Two Acme Corp.", "Following Boeing
            # Co.'s", "Meanwhile Sterling Co.")
            company = len(run) > 1 and run[-1][0].rstrip(".").lower() in COMPANY_MARKS
            while len(run) > 1 and run[0][0] in NON_NAME_WORDS and not (
                    _is_title_token(run[0][0]) or run[0][0].rstrip(".") in HONORIFICS) and not (
                    month_name and run[0][0] in _FIRST_NAME_MONTHS) and not he_name and not (
                    company and len(run) == 2):
                run = run[1:]
            company = company and len(run) > 1
            if len(run) > 1 and not (company and len(run) == 2) and run[0][0].endswith("ing") and \
                    run[0][0][0].isupper() and \
                    re.search(r"(?:^|[.!?][\"”’']?\s+|\n)$", text[max(0, run[0][1] - 3):run[0][1]]) \
                    and run[0][0] not in MALE_FIRST and run[0][0] not in FEMALE_FIRST \
                    and not actor_country(" ".join(t for t, _ in run)):
                run = run[1:]  # "Dredging Harbour Road ...": a gerund opening a sentence
                # (not a known body's name: "Downing Street said")
            end0 = run[-1][1] + len(run[-1][0])
            if len(run) > 1 and run[0][0] in LEADING_CUES and (
                    _is_titleish(run[1][0]) or text[end0:end0 + 1] in (":", ",")):
                run = run[1:]  # 'Said Mr Ozo: "..."', 'Said Ann Lee: "...": the verb opens it
            toks = [t for t, _ in run]
            # "envoy to Britain Ana Lee": a country name run into a person's name
            # is two mentions (not when the rest opens with a title: "Britain's Ambassador")
            # "the Harbour Workers Union Tom Ward": likewise an institution
            for k0 in range(min(len(toks) - 2, 5), 0, -1):
                if _is_titleish(toks[k0]) or toks[k0] in NON_NAME_WORDS or \
                        classify_name(toks[k0:]) != "person" or (
                            # "Mayor Bill van Dijk": a first name before a particle opens
                            # the name, whatever else the word is
                            toks[k0][:1].islower() and _first_name_gender(toks[k0 - 1]) != "?"):
                    continue
                head = toks[:k0]
                pl0 = lookup_place(" ".join(head)) or {}
                if pl0.get("kind") == "country":
                    kind0 = "country"
                elif pl0 and _held_office_of(text, run[0][1]):
                    # "Mayor of London Sadiq Khan", "Governor of Texas Ann Lee": the place an
                    # office is of, then the person holding it
                    kind0 = "place"
                elif k0 >= 2 and head[-1].lower() in ORG_WORDS and \
                        classify_name(head) == "organisation":
                    kind0 = "organisation"
                else:
                    continue
                raw.append(Mention(run[0][1], run[k0 - 1][1] + len(run[k0 - 1][0]),
                                   " ".join(head), kind0, None, None, None, None, run[0][1]))
                run = run[k0:]
                toks = toks[k0:]
                break
            if len(toks) > 1 and country_of(" ".join(toks)):
                # "Saudi Arabia", "South Sudan": a country, not "Arabia" titled "Saudi"
                mm = Mention(run[0][1], run[-1][1] + len(run[-1][0]), " ".join(toks), "country",
                             None, None, None, None, run[0][1])
                raw.append(mm)
                continue
            # split at the last title/honorific token that is followed by name tokens
            k = -1
            # "State Department", "Foreign Ministry": an institution's name, not a titled person
            org_name = (len(toks) > 1 and toks[-1].lower() in ORG_WORDS) or company
            for idx in range(len(toks) - 1, -1, -1):
                if org_name:
                    break
                t = toks[idx]
                if _is_titleish(t):
                    if idx == len(toks) - 1 and idx >= 2 and not _is_titleish(toks[idx - 1]) \
                            and _first_name_gender(toks[idx - 1]) != "?":
                        continue  # "Rep. Steve King": a surname that is also a title word
                    k = idx if idx < len(toks) - 1 else -1
                    break
            # after an honorific, a capitalised word is a surname even when it is also a
            # title word, a demonym or a place ("Mr German", "Ms Bishop", "Mrs Paris"), unless
            # it names a role ("Mr President", "Madam Speaker")
            hk = _honorific_surname_at(toks)
            if hk is not None and hk > k:
                k = hk
            title_toks = toks[:k + 1] if k >= 0 else []
            hon = next((t.rstrip(".") for t in title_toks if t.rstrip(".") in HONORIFICS), None) \
                if title_toks else None
            name_run = run[k + 1:]
            # drop non-name words inside/after ("Trump Tuesday")
            honorific_before = bool(title_toks) and title_toks[-1].rstrip(".") in HONORIFICS
            while name_run and _COMPOUND_MODIFIER.search(name_run[0][0]):
                name_run = name_run[1:]  # "Russian-led", "Saudi-backed": a modifier, no name
            while name_run and name_run[0][0] in NON_NAME_WORDS and not he_name and not (
                    honorific_before and name_run[0][0] not in _SMALL_WORDS) and not (
                    company and len(name_run) > 1) and not (
                    # (after a title too: "Foreign Minister Jan Nowak")
                    (month_name or bool(title_toks)) and name_run[0][0] in _FIRST_NAME_MONTHS
                    and len(name_run) > 1 and name_run[1][0] not in NON_NAME_WORDS):
                name_run = name_run[1:]
            while len(name_run) > 1 and name_run[-1][0] in NON_NAME_WORDS and not (
                    name_run[-1][0] in _FIRST_NAME_MONTHS and len(name_run) == 2
                    and _first_name_gender(name_run[0][0]) != "?") and not (
                    # "Human Rights Watch", "Arab League": a body's head ends its name
                    name_run[-1][0] in ORG_NAME_ENDS and not title_toks):
                name_run = name_run[:-1]  # ("Theresa May": a month after a first name stays)
            if not name_run:
                continue
            for t, _ in name_run:
                if not _is_titleish(t):
                    break
            else:
                if hk is None or hk != k:
                    continue  # titles only
            name_toks = [t for t, _ in name_run]
            off = name_run[0][1]
            end = name_run[-1][1] + len(name_run[-1][0])
            name = text[off:end]
            if title_toks:
                start = run[0][1]
            else:
                start = off
            kind = classify_name(name_toks)
            title = (" ".join(t for t in title_toks if t not in HONORIFICS and t.rstrip(".") not in HONORIFICS)
                     or None) if title_toks else None
            if title_toks and kind == "unknown" and (
                    hon or any(t.rstrip(".") in TITLE_WORDS for t in title_toks)):
                kind = "person"
            if title and not hon:
                # "Secretary of State Ann Lee", "Minister of the Interior Ann Lee": the title's
                # head before "of" belongs to it
                om = _TITLE_OF.search(text, max(0, start - 40), start)
                if om and _is_title_token(om.group(1).split()[-1]):
                    title = f"{om.group(1)} {om.group(2)}{title}"
                    start = om.start(1)
            if honorific_before and kind in ("country", "place") and len(name_toks) == 1:
                kind = "person"  # "Mr Jordan", "Mrs Paris": an honorific names a person
            # lower-case title before ("venezuelan president Hugo Chavez")
            if kind == "person" and not title:
                words = text[max(0, off - 50):off].split()[-4:]
                # "The Polish defence minister, Katarzyna Lis" / "Poland's defence minister, X":
                # an appositive role right before the name, opening its clause
                appos = bool(words) and words[-1].endswith(",") and words[-1][:-1].lower() in ROLE_NOUNS
                if appos:
                    words[-1] = words[-1][:-1]
                if words and words[-1].lower() in ROLE_NOUNS:
                    k2 = len(words) - 1
                    while k2 > 0 and words[k2 - 1].lower() not in _TITLE_STOP and \
                            words[k2 - 1].lower() not in ("his", "her", "its", "their") and \
                            re.fullmatch(r"[A-Za-z-]+(?:’s|'s)?", words[k2 - 1]) and \
                            not (words[k2 - 1].endswith(("’s", "'s")) and not appos):
                        k2 -= 1
                    if appos and not (k2 == 0 or words[k2 - 1].lower() in ("the", "his", "her", "its", "their")
                                      or words[k2 - 1][-1:] in ".;:\"“”"):
                        k2 = len(words)  # not at the start of the clause: not this person's role
                    title = " ".join(words[k2:]) or None
                elif len(words) >= 3 and words[-2].lower() in ("to", "at", "in") and \
                        words[-3].lower() in ROLE_NOUNS and words[-1][:1].isupper() and \
                        (lookup_place(words[-1].rstrip(",")) or {}).get("kind") == "country":
                    # "Norway's envoy to Britain Ana Lee": the role's place between
                    title = " ".join(words[-3:]).rstrip(",")
            if kind == "person" and not title:
                # "Ukraine's ambassador to the United Nations, Oleh Kravets": a role with its
                # prepositional tail in apposition before the name, opening its clause
                tm = _ROLE_TAIL_BEFORE.search(text, max(0, off - 110), off)
                if tm is not None and tm.group("h").lower() in ROLE_NOUNS and \
                        not re.search(r"\b(?:said|says|told|and)\b", tm.group(0)):
                    title = tm.group("t")
            age = None
            am = AGE_RE.match(text[end:end + 8])
            if am and kind == "person":
                a = int(am.group(1))
                if 12 <= a <= 110:
                    age = a
            if kind == "person" and not title:
                title = _appositive_title(text, end)
            mm = Mention(off, end, name, kind, title, age, hon, None, start)
            raw.append(mm)
        self.mentions = raw
        self._cluster()
        self._month_surnames()

    def _month_surnames(self) -> None:
        """A month that is a surname ("May", "April") standing alone before a speech verb
        ("which May said", "May told MPs") or a travel verb ("May flew to Brussels", "May
        will travel to", "May is in Brussels") is that person, when one of that surname was named before it
        ("Theresa May"); the scan passes such words over as calendar words."""
        people = {}
        for a in self.actors:
            if a.kind == "person" and len(a.name.split()) >= 2 and \
                    a.name.split()[-1] in _FIRST_NAME_MONTHS:
                people.setdefault(a.name.split()[-1], a)
        if not people:
            return
        rx = re.compile(r"(?<![\w’'-])(" + "|".join(sorted(people)) + r")\b(?=" +
                        _SPEAKS_AFTER.pattern + "|" + _travels_after() + ")")
        taken = {m.start for m in self.mentions}
        added = False
        for mm in rx.finditer(self.text):
            pos = mm.start(1)
            a = people[mm.group(1)]
            first = self._first_pos.get(a.key, len(self.text))
            if pos in taken or first >= pos or self._in_quote(pos) or \
                    any(x <= pos < y for x, y in self._skip) or \
                    _TIME_BEFORE.search(self.text, max(0, pos - 12), pos) or \
                    self.text.startswith(",", mm.end(1)):
                continue  # (not the calendar: 'By the end of May, said one official')
            m = Mention(pos, mm.end(1), mm.group(1), "person", None, None, None, None, pos)
            self._attach(a, m)
            self.mentions.append(m)
            added = True
        if added:
            self.mentions.sort(key=lambda m: m.start)
            self.__dict__.pop("_starts", None)

    def _by_first_name(self, first: str) -> list:
        """Person actors whose name's first word is `first` (index rebuilt when actors grow)."""
        idx = self.__dict__.get("_first_idx")
        if idx is None or idx[0] != len(self.actors):
            by: dict[str, list] = {}
            for a in self.actors:
                if a.kind == "person" and a.name:
                    by.setdefault(a.name.split(None, 1)[0], []).append(a)
            idx = self._first_idx = (len(self.actors), by)
        return list(idx[1].get(first, ()))

    def _cluster(self) -> None:
        # Pass 1: multi-token person names become actors.
        n = 0
        for m in self.mentions:
            if m.kind == "person" and _name_len(m.text) >= 2:
                a = self._find_full(m.text)
                if a is None:
                    n += 1
                    a = Actor(f"p{n}", m.text, "person")
                    self.actors.append(a)
                    self._by_name[m.text] = a
                    self._by_surname.setdefault(_surname(m.text), []).append(a)
                    g = _first_name_gender(m.text.split()[0])
                    if g in ("f", "m"):
                        a.gender, a.gender_named = g, True
                self._attach(a, m)
        full_counts: dict[str, int] = {}
        for m in self.mentions:
            if m.actor is not None:
                full_counts[m.actor.key] = full_counts.get(m.actor.key, 0) + 1
        # Pass 2: single-token names -> surname match, else person if titled, else other.
        # Run twice so that an early bare surname ("the Obama administration") reaches a
        # person introduced later ("Obama vowed ...").
        for m in self.mentions + [x for x in self.mentions if x.kind == "unknown"]:
            if m.actor is not None:
                continue
            if m.kind in ("person", "unknown", "place") or (
                    # "Hill said", after "Fiona Hill": the surname, not a body so named
                    m.kind == "organisation" and m.text.lower() in SURNAME_ORG_WORDS
                    and self._by_surname.get(_surname(m.text))) or (
                    # "Jordan said", after "Rep. Jim Jordan": the surname, not the country
                    m.kind == "country" and _name_len(m.text) == 1
                    and self._named_before(m) and self._speaks(m)):
                cands = self._by_surname.get(_surname(m.text)) or []
                # "Trump Jr." is the one with the suffix, "Trump" one without, when named
                cands = [a for a in cands if _suffix(a.name) == _suffix(m.text)] or cands
                if not cands and _name_len(m.text) == 1:
                    cands = self._by_first_name(m.text)
                if cands:
                    prior = [a for a in cands if self._first_pos.get(a.key, 10**9) <= m.start] or cands
                    g = ("f" if m.honorific in FEMALE_HON else "m" if m.honorific in MALE_HON
                         else None)
                    if g:
                        prior = [a for a in prior if a.gender in (None, g)] or prior
                    if len(prior) > 1 and m.title:
                        tw = set(m.title.lower().split())
                        titled = [a for a in prior if a.title and tw & set(a.title.lower().split())]
                        prior = titled or prior
                    # several people share the surname: the one named in full most often is
                    # the article's principal ("Trump" is Donald, not Melania, Trump)
                    if m.title and _name_len(m.text) == 1 and not any(
                            a.title and set(m.title.lower().split()) & set(a.title.lower().split())
                            for a in prior) and not any(
                            a.gender and g and a.gender == g for a in prior) and not m.honorific:
                        # "President Trump" when only "Melania Trump" was named in full
                        n += 1
                        a = Actor(f"p{n}", m.text, "person", title=m.title)
                        self.actors.append(a)
                        self._by_surname.setdefault(_surname(m.text), []).append(a)
                        m.kind = "person"
                        self._attach(a, m)
                        continue
                    best = max(prior, key=lambda a: (self._mcount.get(a.key, 0),
                                                     full_counts.get(a.key, 0),
                                                     -self._first_pos.get(a.key, 0)))
                    m.kind = "person"
                    self._attach(best, m)
                    continue
                if m.kind == "place":
                    continue
                speaker_like = m.kind == "unknown" and self._speaks(m)
                if _is_group_word(m.text):
                    # "Officials said", "Turkish Cypriots": people in general, not a person
                    key = "group:" + m.text.lower()
                    a = self._by_name.get(key)
                    if a is None:
                        n += 1
                        a = self._by_name[key] = Actor(f"g{n}", m.text, "group")
                        self.actors.append(a)
                    self._attach(a, m)
                    continue
                if m.kind == "person" or m.honorific or m.title or speaker_like:
                    n += 1
                    a = Actor(f"p{n}", m.text, "person")
                    self.actors.append(a)
                    self._by_surname.setdefault(_surname(m.text), []).append(a)
                    m.kind = "person"
                    self._attach(a, m)
            elif m.kind in ("organisation", "country"):
                key = m.text.lower()
                a = self._by_name.get(key)
                if a is None:
                    n += 1
                    ac = actor_country(m.text) if m.kind == "country" else None
                    name = m.text
                    if m.kind == "country" and ac and ac[1] and country_of(m.text):
                        name = ac[0]  # a country's other name; a body keeps its own
                    a = Actor(f"{'c' if m.kind == 'country' else 'o'}{n}", name, m.kind,
                              country=ac[1] if ac else None)
                    self.actors.append(a)
                    self._by_name[key] = a
                self._attach(a, m)
        # genders from honorifics (before pronouns vote: "Mr" outweighs a "she" nearby)
        for m in self.mentions:
            if m.actor and m.honorific and m.actor.gender is None:
                if m.honorific in FEMALE_HON:
                    m.actor.gender, m.actor.gender_named = "f", True
                elif m.honorific in MALE_HON:
                    m.actor.gender, m.actor.gender_named = "m", True
        # genders from the pronoun that follows a name in the same sentence
        votes: dict[str, list[int]] = {}
        ms = self.mentions
        for i, m in enumerate(ms):
            if m.actor is None or m.actor.kind != "person":
                continue
            nxt = ms[i + 1].start if i + 1 < len(ms) else len(self.text)
            seg = self.text[m.end:min(nxt, m.end + 80)]
            cut = _CLAUSE_CUT.search(seg)
            if cut:
                seg = seg[:cut.start()]
            # another person described in between ("Ann Lee says that if the prime minister
            # ..., she will ...") may be the one the pronoun stands for
            cut = next((x for x in _DET_NOUN.finditer(seg) if any(
                w in ROLE_NOUNS or w in PERSON_NOUNS for w in x.group(1).lower().split())
                and not re.fullmatch(r"\s*,\s*(?:\d{1,3},\s*)?", seg[:x.start()])), None)
            if cut:
                seg = seg[:cut.start()]
            pm = _GENDER_PRON.search(seg)
            if pm is None and not _PREP_OBJECT.search(self.text, max(0, m.full_start - 12), m.full_start):
                # 'Ann Lee was more cautious. "...," she said': the pronoun crediting the
                # quote that follows the sentence naming them (no one named in between), when
                # they are no object of a preposition ('the chance fell to Ann Lee')
                pm = _QUOTE_THEN_PRON.match(self.text, m.end, min(nxt, m.end + 900))
            if pm:
                v = votes.setdefault(m.actor.key, [0, 0])
                v[0 if pm.group(1 if pm.re is _QUOTE_THEN_PRON else 0).lower() in (
                    "he", "his", "him", "himself") else 1] += 1
        for a in self.actors:
            v = votes.get(a.key)
            if a.gender is None and v and v[0] != v[1]:
                a.gender = "m" if v[0] > v[1] else "f"
        # a person's country from a demonym in their title ("Russian President")
        for a in self.actors:
            if a.kind == "person" and a.title and a.country is None:
                words = [re.sub(r"(?:’s|'s)$", "", w) for w in a.title.split()]
                # the word nearest the role first ("Guyana Brazilian defence minister", a
                # heading run into the title, is Brazilian), and two words before one:
                # "North Korean" is not "Korean"
                for i in range(len(words) - 1, -1, -1):
                    w = words[i]
                    pair = f"{words[i - 1]} {w}" if i > 0 else ""
                    c = (country_of(pair) if pair[:1].isupper() and w[:1].isupper() else None) \
                        or (country_of(w) if w[:1].isupper() else None)
                    if c:
                        a.country = c[1]
                        break

    def _named_before(self, m: Mention) -> bool:
        """A person whose surname m is was named in full before m."""
        return any(self._first_pos.get(a.key, 10**9) <= m.start
                   for a in self._by_surname.get(_surname(m.text)) or ())

    def _speaks(self, m: Mention) -> bool:
        """A speech verb right after m (or a clause between) or right before it."""
        return _SPEAKS_AFTER.match(self.text, m.end) is not None or \
            _SPEAKS_BEFORE.search(self.text, max(0, m.start - 12), m.start) is not None

    @property
    def _first_pos(self) -> dict[str, int]:
        if not hasattr(self, "_fp"):
            self._fp: dict[str, int] = {}
        return self._fp

    def _find_full(self, name: str) -> Actor | None:
        a = self._by_name.get(name)
        if a:
            return a
        toks = name.split()
        # "George W Bush" vs "George Bush": same first+last
        for b in self._by_surname.get(_surname(name), []):
            bt = b.name.split()
            if bt[0] == toks[0] and _suffix(b.name) == _suffix(name):
                # ("Donald Trump" is not "Donald Trump Jr.")
                if len(toks) > len(bt):
                    b.name = name
                return b
        # "Ruiz Mejia" after "Luis Alberto Ruiz Mejia": a two-word surname is the tail of a
        # longer name named before, when of one such name only ("Tomas Ruiz Mejia" and "Luis
        # Alberto Ruiz Mejia" both named: no telling), and not a first name and surname after
        # a cut that kept a word before the first name ("Mr Olympia Dan Price")
        short_first = _first_name_gender(toks[0]) != "?"
        tails = [b for b in self._by_surname.get(_surname(name), [])
                 if len(bt := b.name.split()) > len(toks) and bt[-len(toks):] == toks
                 and _suffix(b.name) == _suffix(name)
                 and not (short_first and _first_name_gender(bt[0]) == "?")]
        return tails[0] if len(tails) == 1 else None

    def _attach(self, a: Actor, m: Mention) -> None:
        m.actor = a
        self._mcount[a.key] = self._mcount.get(a.key, 0) + 1
        self._first_pos.setdefault(a.key, m.start)
        if m.text not in a.mentions:
            a.mentions.append(m.text)
        if m.title and not a.title:
            a.title = m.title
        if m.age and not a.age:
            a.age = m.age

    # --- queries ---------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Mention]:
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.mentions):
            starts = self._starts = [m.start for m in self.mentions]
        i = bisect.bisect_left(starts, start)
        out = []
        ms = self.mentions
        while i < len(ms) and ms[i].start < end:
            if ms[i].end <= end:
                out.append(ms[i])
            i += 1
        return out

    def last_person_before(self, pos: int, gender: str | None = None,
                           lo: int = 0, skip_quotes: bool = True, exclude=()) -> Actor | None:
        """The person named last before pos (of that gender, outside quotes, not one of the
        actor keys in exclude)."""
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.mentions):
            starts = self._starts = [m.start for m in self.mentions]
        ms = self.mentions
        hi = bisect.bisect_left(starts, pos)
        for i in range(hi - 1, max(-1, hi - 1 - MAX_LOOKBACK), -1):  # bounded work per call
            m = ms[i]
            if m.start < lo:
                break
            if m.end > pos:
                continue
            if m.kind != "person" or m.actor is None or m.actor.key in exclude:
                continue
            if skip_quotes and self._in_quote(m.start):
                continue
            if gender and m.actor.gender and m.actor.gender != gender:
                continue
            return m.actor
        return None

    def _in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and self._quote_spans[k][0] <= pos < self._quote_spans[k][1]

    def resolve_name(self, name: str, pos: int) -> Actor | None:
        toks = name.split()
        if not toks:
            return None
        a = self._by_name.get(name)
        if a:
            return a
        cands = self._by_surname.get(_surname(name)) or []
        if cands:
            return cands[0]
        return None

    def salient_person(self, pos: int) -> Actor | None:
        """The person mentioned most often before pos (ties: the earliest)."""
        counts: dict[str, int] = {}
        first: dict[str, Actor] = {}
        for m in self.mentions:
            if m.start >= pos:
                break
            if m.actor is not None and m.actor.kind == "person":
                counts[m.actor.key] = counts.get(m.actor.key, 0) + 1
                first.setdefault(m.actor.key, m.actor)
        if not counts:
            return None
        key = max(counts, key=lambda k: counts[k])
        return first[key] if counts[key] >= 2 else None

    def role_person(self, role: str, pos: int, prefer=(), honorifics: bool = False,
                    fits=None) -> Actor | None:
        """Resolve "the minister" to a person named before pos whose title holds the role
        noun, as written or through its abbreviation ("Gov." -> governor, title_roles.csv)
        (with `honorifics`, the honorific too: "Rabbi Ann Lee" is the rabbi). Of several
        holders, one in `prefer` (the people who just spoke) wins, then the most
        talked-about (ties: the most recent). `fits(actor)`, when given, must hold too."""
        role = role.lower()

        def holds(m: Mention) -> bool:
            a = m.actor
            if fits is not None and not fits(a):
                return False
            return bool((a.title and role in title_roles(a.title) and not (
                role == "president" and "vice" in a.title.lower())) or (
                honorifics and m.honorific and role in title_roles(m.honorific)))

        return self.person_before(pos, holds, prefer)

    def person_before(self, pos: int, holds, prefer=(), recent_ties: bool = True
                      ) -> Actor | None:
        """The person named (a mention starting) before pos for whom holds(mention) is true.
        Of several, one in `prefer` wins, then the most talked-about; ties go to the most
        recent, or with `recent_ties` False to the earliest (the first to reach that
        count)."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        for i, m in enumerate(self.mentions):
            if m.start >= pos:
                break
            a = m.actor
            if a and a.kind == "person" and holds(m):
                counts[a.key] = counts.get(a.key, 0) + 1
                last[a.key] = i
                actors[a.key] = a
        if not counts:
            return None
        for p in prefer:
            if p is not None and p.key in actors:
                return actors[p.key]
        tie = 1 if recent_ties else -1
        key = max(counts, key=lambda k: (counts[k], tie * last[k]))
        return actors[key]

    def title_person(self, words: list[str], pos: int) -> Actor | None:
        """The person named last before pos whose title holds every one of a description's
        words ("the finance minister" -> "her finance minister, Erik Dahl", not "Prime
        Minister Sofia Lind"): a role noun with the words that make it one office."""
        want = {re.sub(r"(?:’s|'s)$", "", w) for w in words}
        for m in reversed(self.mentions[:bisect.bisect_left(self._mention_starts(), pos)]):
            a = m.actor
            if a is not None and a.kind == "person" and a.title and want <= {
                    re.sub(r"(?:’s|'s)$", "", w) for w in title_roles(a.title)}:
                return a
        return None

    def role_person_after(self, role: str, pos: int, seen=()) -> Actor | None:
        """The first person introduced after pos (not named before it, nor one of the keys in
        `seen`) whose title holds the role noun: "China's ambassador said ... Ambassador Ann
        Lee" (a description that comes before the name it stands for)."""
        role = role.lower()
        before = {m.actor.key for m in self.mentions if m.start < pos and m.actor is not None}
        for m in self.mentions[bisect.bisect_left(self._mention_starts(), pos):]:
            a = m.actor
            if a is None or a.kind != "person" or a.key in before or a.key in seen:
                continue
            if a.title and role in title_roles(a.title) and not (
                    role == "president" and "vice" in a.title.lower()):
                return a
        return None

    def first_mention(self, actor: Actor) -> Mention | None:
        """The earliest mention of the actor."""
        return next((m for m in self.mentions if m.actor is actor), None)

    def _mention_starts(self) -> list[int]:
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.mentions):
            starts = self._starts = [m.start for m in self.mentions]
        return starts


_ROLE_TAIL_BEFORE = re.compile(
    r"(?:^|(?<=[.;:\"“”\n])\s*|\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+|(?<=’s |'s ))"
    r"(?P<t>(?:[a-z][\w-]*\s+){0,2}(?P<h>[a-z][\w-]*))\s+(?:to|for|of|at|in|on)\s+"
    r"(?:the\s+)?[\w][^,;:.\"“”()]{1,50},\s*$")
_APPOS_TITLE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<t>(?:(?:the|a|an|his|her|its|their)\s+|[A-Z][\w.-]*(?:’s|'s)\s+)?"
    r"(?:[\w.’'-]+\s+){0,4}?(?P<h>[a-z][\w-]*))(?=\s*[,;.)]|\s+(?:of|at|for|in|to|with|from|"
    r"on|who|and)\b)")

_APPOS_OF = re.compile(r"(\s+of\s+(?:the\s+)?([a-z]+))(?=\s*[,;.)])")


@lru_cache(maxsize=1)
def _travels_after() -> str:
    """A regex for the words after a subject that travels: an auxiliary or two and a form of
    a travel verb of lexicon/travel_verbs.csv ("flew to", "will travel to", "arrived in")."""
    from newsfacts import lexicon as lx

    # (no -ing form: "the May meeting in Brussels" is the month's)
    verbs = sorted((f for f in lx.form_index("travel_verbs") if " " not in f and len(f) > 3
                    and not f.endswith("ing")), key=len, reverse=True)
    # a verb whose object is the place or the one met (travel_verbs.csv surname_cue object,
    # and the guest verbs): "May will visit China", "May met Xi in Beijing", "May met with",
    # "May hosted Trump"
    cued = {r["lemma"] for r in lx.rows("travel_verbs") if r["surname_cue"] == "object"}
    objects = sorted({f for t in ("travel_verbs", "host_verbs") for f, lem in lx.form_index(t).items()
                      if " " not in f and not f.endswith("ing") and (t == "host_verbs" or lem in cued)},
                     key=len, reverse=True)
    # a possessive with positive evidence of a person: a trip noun with its own preposition
    # ("May's visit to Beijing", trip_nouns.csv preps) or a meeting noun with "with" ("May's
    # talks with Xi"); not a bare "May's summit in Brussels" (the month's)
    owned = [(r["lemma"], r["preps"].split()) for r in lx.rows("trip_nouns")] + [
        (r["lemma"], ["with"]) for r in lx.rows("meeting_nouns") if r["kind"] == "meeting"]
    # (a noun's plural is the -s form of lexicon.forms: "summits", "ceremonies")
    nouns = "|".join("(?:" + "|".join(re.escape(f) for f in ((n,) if n.endswith("s") else lx.forms(n)[:2]))
                     + r")\s+(?:" + "|".join(preps) + ")" for n, preps in owned if preps and " " not in n)
    return (r"\s+(?:(?:will|would|is|was|has|had|also|then|later|again|be|been)\s+){0,2}(?:(?:"
            + "|".join(re.escape(v) for v in verbs) + r")\s+(?:to|in|for|at)\b|(?:"
            + "|".join(re.escape(v) for v in objects) + r")\s+(?:with\b|[A-Z]))"
            + r"|[’']s\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + r")\b"
            # present in a named place that ends the clause (punctuation, a preposition of
            # purpose, time or company, or a time expression, dates.WHEN): "May is in
            # Brussels for talks", "May will be in Tokyo on Friday"; not "May is in Germany
            # the month of festivals", "May is in Brussels' debt"
            + r"|\s+(?:(?:will|would|has|had|also|still|now|then|later)\s+){0,2}"
            + r"(?:is|was|be|been)\s+(?:(?:also|still|now|already)\s+)?in\s+[A-Z][\w.-]*"
            + r"(?:\s+[A-Z][\w.-]*)*(?=\s*[.,;:!?]|\s+(?:for|on|to|with|at|where)\b|\s+(?:"
            + WHEN + "))")


def _appositive_title(text: str, end: int) -> str | None:
    """A person's title given in apposition after the name: "Ann Lee, a senior analyst at
    the institute," -> "a senior analyst"; "Tom Ward, 61, the harbour master," -> "the
    harbour master" (the head noun must name a person: speaker_nouns.csv set=person)."""
    m = _APPOS_TITLE.match(text, end, min(len(text), end + 90))
    if m is None or m.group("h") not in PERSON_NOUNS:
        return None
    t = m.group("t")
    if re.search(r"[\"“”]|\b(?:said|says|told)\b", t):
        return None
    # "the secretary of state": an "of" tail whose word is a title word of title_roles.csv
    # belongs to the title ("of the institute" does not)
    om = _APPOS_OF.match(text, m.end())
    if om is not None and om.group(2).capitalize() in TITLE_ROLES:
        t += om.group(1)
    return t


@lru_cache(maxsize=4096)
def title_roles(title: str) -> frozenset[str]:
    """The role nouns a title gives its holder: its words in lower case, and the roles of
    its abbreviations and title words ("Ohio Gov." -> {"ohio", "gov.", "governor"}). A title
    word before a body's word gives no role unless the title is the office heading that body
    (title_roles.csv office_head: "Foreign Affairs Minister" and "Foreign Office Minister" are
    diplomats, "State Department spokeswoman" and "Foreign Ministry spokesman" are not)."""
    out: set[str] = set()
    words = title.split()
    heads_body = any(w in OFFICE_HEADS or w.capitalize() in OFFICE_HEADS for w in words)
    for i, w in enumerate(words):
        out.add(w.lower())
        if not heads_body and i + 1 < len(words) and words[i + 1].lower() in ORG_WORDS:
            continue
        out |= TITLE_ROLES.get(w, frozenset())
        out |= TITLE_ROLES.get(w.capitalize(), frozenset())
    return frozenset(out)


_SUFFIXES = ("Jr", "Jr.", "Sr", "Sr.", "II", "III")
_ARABIC_PREFIX = re.compile(r"^(?:al|el|an|ad|as|ash|ar|at|az|ul|ur|Al|El)[-‑](?=\w)")


_CAP_PARTICLES = frozenset("van von de da di du des del della der den ter ten le la dos das".split())


@lru_cache(maxsize=8192)
def _name_len(name: str) -> int:
    """Words of a name that are not particles: "van der Berg", "Van der Berg" and "bin Salman"
    are one word (a surname written with its particles), "Pieter van der Berg" two."""
    toks = name.split()
    return sum(1 for i, t in enumerate(toks) if t[:1].isupper() and t not in _SUFFIXES
               and not (t.lower() in _CAP_PARTICLES and i + 1 < len(toks)))


@lru_cache(maxsize=8192)
def _suffix(name: str) -> str | None:
    """A name's generational suffix ("Jr", "Sr", "II", "III"), or None."""
    last = name.split()[-1].rstrip(",.") if name.split() else ""
    return last if last in _SUFFIXES else None


@lru_cache(maxsize=8192)
def _surname(name: str) -> str:
    """The key a bare surname is looked up by: the last word without suffixes or an Arabic
    article ("al-Assad" and "Assad" share "Assad"), a curly apostrophe read as a straight one
    ("O’Dell" and "O'Dell" share "O'Dell")."""
    toks = [t for t in name.split() if t not in _SUFFIXES]
    if not toks:
        return name.replace("\u2019", "'")
    return _ARABIC_PREFIX.sub("", toks[-1].rstrip(",.")).replace("\u2019", "'")


def gender_of_pronoun(p: str) -> str | None:
    """"m" or "f" for a gendered personal pronoun (pronouns.csv), else None."""
    return PRONOUNS_PERSON.get(p.lower())
