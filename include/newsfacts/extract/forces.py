"""Force phrases on the parse: the noun phrase that names armed or security forces.

A force phrase is a noun from the lexicon's `force_nouns` table ("troops", "warships",
"police officers") heading a noun phrase, read with what hangs off it in the dependency
tree: its numeric modifier (size and qualifier: "some 14,000", "as many as 300", "thousands
of"), its owners (a possessive, a compound or adjectival country/body name, "troops of X",
coordinated owners "U.S. and South Korean troops") and the top token through which the
phrase takes part in its clause ("thousands" in "thousands of troops", "withdrawal" in
"troop withdrawal"). Which clause that is, and whether it deploys anything, is
deployments.py's business.

Knowledge is data: force nouns (`force_nouns.csv`: kind, whether the noun is military by
itself or needs a military word, words it needs), military modifiers
(`force_modifiers.csv`), qualifier cues (`size_qualifiers.csv`), amounts without a number
(`vague_amounts.csv`), number words (`number_words.csv`), words by which a bare number
refers to forces (`force_reference_words.csv`); named forces and their owners ("People's
Liberation Army") are rows of `reference/ref_actor_aliases.csv`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from newsfacts import lexicon

from .dates import DATE_YEAR_RE
from .lexicons import ARMED_GROUPS, BODY_MODIFIERS, GOVERNMENT_NOUNS, MINISTRIES
from .nlp import lower_indices, string_ids
from .places import actor_country, capital_actor, fold, lookup_place
from .rules import ParsePattern, gate_words

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

# dependency labels through which a modifier hangs off a noun
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod"})
_OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_POSS_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
_NOT_OWNER_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                             "QUANTITY", "PERSON"})


@dataclass(frozen=True, slots=True)
class Noun:
    lemma: str
    kind: str
    core: bool
    needs: frozenset[str]
    plural: bool
    single: str = ""  # one of them alone: "one" (a ship, a missile battery: size 1),
    # "vague" (a brigade: no number), "" (one soldier, one missile: no deployment)
    modified: bool = False  # strength `modified`: forces only as a military word of
    # force_modifiers.csv before it names them ("fighter planes", "Royal Air Force planes")


@cache
def nouns() -> dict[str, Noun]:
    """Lower-case form -> Noun for every force noun (singular and plural)."""
    out: dict[str, Noun] = {}
    for r in lexicon.rows("force_nouns"):
        lemma = r["lemma"].lower()
        plural = (r["plural"] or lemma + "s").lower()
        needs = frozenset(r["needs"].lower().split())
        core = r["strength"] == "core"
        mod = r["strength"] == "modified"
        out.setdefault(plural, Noun(lemma, r["kind"], core, needs, True, r["single"], mod))
        if lemma != plural:
            out.setdefault(lemma, Noun(lemma, r["kind"], core, needs, False, r["single"], mod))
    return out


@cache
def modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("force_modifiers"))


@cache
def qualifier_cues() -> tuple[tuple[str, str], ...]:
    """(cue, qualifier) from size_qualifiers.csv, longest first: "as many as" before "as"."""
    cues = [(r["phrase"].lower(), r["qualifier"]) for r in lexicon.rows("size_qualifiers")]
    return tuple(sorted(cues, key=lambda x: -len(x[0])))


@cache
def vague_words() -> frozenset[str]:
    """Amounts without a number ("thousands", "dozens", "a number"): vague_amounts.csv."""
    return frozenset(w.lower() for w in lexicon.words("vague_amounts"))


@cache
def whole_words() -> frozenset[str]:
    """Amounts that are all of what they count ("all of the 1,500 troops"): vague_amounts.csv
    `whole`."""
    return frozenset(w.lower() for w in lexicon.words("vague_amounts", whole="yes"))


def _whole_moved(top: Token, deploy_nouns: frozenset[str],
                 deploys: Callable[[Token], bool] | None) -> bool:
    """"all of the 1,500 troops in X" as what a deploying verb or deployment noun acts on:
    the whole, one phrase with the number ("All of the 450 troops in X are leaving", "the
    withdrawal of all of the 600 soldiers"). Not "nearly all" (a part), nor forces that only
    do something else ("All of the 1,500 troops in X will receive hazard pay": the 1,500 are
    where they are). `deploys` tells a deploying verb (deployments._verb)."""
    if top.lower_ not in whole_words() or any(c.dep_ == "advmod" for c in top.children):
        return False
    g = top.head.head if top.dep_ == "pobj" else top.head
    return g.lower_ in deploy_nouns or (deploys is not None and deploys(g))


@cache
def scale_words() -> dict[str, int]:
    return {k: int(v) for k, v in lexicon.mapping("number_words", "word", "value",
                                                  kind="scale").items()}


@cache
def number_words() -> dict[str, int]:
    scales = scale_words()
    return {k: int(v) for k, v in lexicon.mapping("number_words", "word", "value",
                                                  kind="number").items()
            if k not in scales and " " not in k}


@cache
def reference_words(kind: str) -> frozenset[str]:
    """force_reference_words.csv: `anaphor` words make a bare number stand for forces named
    before ("another 150"); `total` words name a level forces are brought to; `group` words
    are groups above a force noun ("a 20-strong team of soldiers", "a convoy of 40 tanks");
    `increment` words are the comparative a number may hang on ("500 more troops")."""
    return frozenset(w.lower() for w in lexicon.words("force_reference_words", kind=kind))


def parse_words() -> frozenset[str]:
    """Words that make a sentence worth parsing for force phrases, as force_nouns.csv's
    `parse` column says: `both` forms (nouns that name forces by themselves or one unit of
    hardware: "troop", "warship", "the military"), the `plural` only ("forces", "officers":
    the singular is common alone), or `no` (mostly other things: "members" of Congress,
    "militants" who are not deployed forces)."""
    out = set()
    for r in lexicon.rows("force_nouns"):
        lemma = r["lemma"].lower()
        if r["parse"] in ("both", "plural"):
            out.add((r["plural"] or lemma + "s").lower())
        if r["parse"] == "both":
            out.add(lemma)
    return frozenset(out)


@cache
def ship_prefixes() -> dict[str, str]:
    """ship_prefixes.csv: the prefix of a named warship ("USS", "HMS") -> its navy's country."""
    return {r["prefix"]: r["country_code"] for r in lexicon.rows("ship_prefixes")}


def parse_pattern() -> ParsePattern | None:
    """Sentences worth parsing for the force nouns force_nouns.csv does not let select a
    sentence alone (`parse` no) but names with the words they need close by: "service
    members", "members of the National Guard", "a carrier strike group". Each alternative
    is searched only in sentences holding one of the words it needs."""
    parts: list[tuple[frozenset[str] | None, str]] = []
    for r in lexicon.rows("force_nouns"):
        needs = r["needs"].lower().split()
        if r["parse"] != "no" or not needs:
            continue
        lemma = r["lemma"].lower()
        forms = "|".join(sorted({re.escape(lemma), re.escape((r["plural"] or lemma + "s").lower())},
                                key=len, reverse=True))
        need = "|".join(re.escape(w) for w in needs)
        gap = r"(?:[\s-]+[\w.'’-]+){0,2}?[\s-]+"
        parts.append((gate_words(needs), rf"\b(?:{need}){gap}(?:{forms})\b"
                                         rf"|\b(?:{forms}){gap}(?:\w+\s+)?(?:{need})\b"))
    singular = sorted({r["lemma"].lower() for r in lexicon.rows("force_nouns")
                       if r["parse"] == "plural" and r["kind"] in ("organisation", "formation")},
                      key=len, reverse=True)
    if singular and modifiers():  # "a peacekeeping force", "a military contingent"
        mods = "|".join(sorted(map(re.escape, modifiers()), key=len, reverse=True))
        parts.append((gate_words(singular), rf"\b(?:{mods})(?:[\s-]+[\w-]+)?[\s-]+"
                                            rf"(?:{'|'.join(map(re.escape, singular))})\b"))
        parts.append((frozenset({"strong"}), r"\b\d[\d,.]*\s*-?\s*strong\b"))  # "a 5,000-strong force"
    anaphors, more = reference_words("anaphor"), reference_words("increment")
    if anaphors and more:  # a number standing for forces named before, in a sentence
        # of its own: "Another 3,000 are expected to follow", "... could send 4,000 more"
        ana = "|".join(sorted(map(re.escape, anaphors), key=len, reverse=True))
        inc = "|".join(sorted(map(re.escape, more), key=len, reverse=True))
        parts.append((gate_words(anaphors | more),
                      rf"\b(?:{ana})\s+(?:[a-z]+\s+)?\d[\d,.]*\b|\b\d[\d,.]*\s+(?:{inc})\b"))
    # aircraft named by their model alone, in the plural: "sent six F-16s to X"
    parts.append((None, r"\b(?-i:" + _MODEL.pattern + r"s)\b"))  # (capitals as written)
    if ship_prefixes():  # a named warship: "the USS Carl Vinson"
        parts.append((gate_words(ship_prefixes()),
                      r"\b(?:" + "|".join(map(re.escape, ship_prefixes())) + r")\s+[A-Z]"))
    return ParsePattern.of(*parts, flags=re.I) if parts else None


# ---------------------------------------------------------------------------------------
# numbers

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")
_RANGE = re.compile(r"^([\d,.]+)\s*(?:-|–|to|and)\s*[\d,.]+")


def parse_number(text: str) -> int | None:
    """An integer from number text: "14,000", "2.5 million", "two dozen", "forty-five",
    "a dozen"; the lower bound of a range ("8,000 to 12,000"); None when not a number."""
    t = text.lower().strip().replace("\u2009", "")
    rng = _RANGE.match(t)
    if rng:
        t = rng.group(1)
    words = re.split(r"[\s-]+", t)
    nums, scales = number_words(), scale_words()
    total, cur, seen = 0.0, 0.0, False
    for w in words:
        if not w or w in ("a", "an", "and"):
            continue
        m = _DIGITS.match(w)
        if m:
            cur += float(m.group(1).replace(",", ""))
            seen = True
        elif w in nums:
            cur = cur * nums[w] if w == "dozen" and cur else cur + nums[w]
            seen = True
        elif w in scales:
            if scales[w] == 100:
                cur = (cur or 1) * 100
            else:
                total += (cur or 1) * scales[w]
                cur = 0
            seen = True
        else:
            return None
    total += cur
    return round(total) if seen and total else None


def is_range(text: str) -> bool:
    return bool(_RANGE.match(text.lower().strip()))


# ---------------------------------------------------------------------------------------
# phrases

@dataclass(frozen=True, slots=True, eq=False)
class ForcePhrase:
    """A force noun phrase in a parsed sentence.

    head: the force noun; top: the token through which the phrase sits in its clause
    (the head, or the amount/partitive/deployment noun above it); unit: the kind of force,
    singular ("troop", "police officer"); size/qualifier as ANNOTATION.md has them;
    owners: (actor name, ISO2 or None) read inside the phrase; owner_pronoun: a possessive
    pronoun owner ("its troops"), resolved by the caller; military: the noun is military
    by itself or carries a military word or a country owner."""

    head: Token
    top: Token
    unit: str
    size: int | None
    qualifier: str
    owners: tuple[tuple[str, str | None], ...]
    owner_pronoun: bool
    military: bool
    noun: Noun

    @property
    def start(self) -> int:
        return min(self.top.left_edge.i, self.head.left_edge.i)

    @property
    def end(self) -> int:
        return self.head.i + 1


def ent_of(tok: Token) -> Span | None:
    """The named entity a token belongs to, if any."""
    if not tok.ent_type_:
        return None
    for e in tok.doc.ents:
        if e.start <= tok.i < e.end:
            return e
    return None  # pragma: no cover - ent_type_ set implies an entity


def actor_of(tok: Token) -> tuple[str, str | None] | None:
    """The country or body a token names (through its entity when it has one): "U.S.",
    "American", "South Korean", "NATO", "the Pentagon", "Downing Street"; a leader's country
    ("Assad's forces", "Obama's troop cuts", "the Obama administration"); a capital standing
    for its government ("Caracas deployed troops"), unless it is the article's dateline."""
    e = ent_of(tok)
    if e is not None and e.label_ == "PERSON" and (
            tok.dep_ == "poss" or (tok.dep_ == "compound" and _is_government(tok.head))):
        return leader_actor(unpossessive(e.text))
    if _is_government(tok):  # "the Obama administration", "the Merkel government"
        run = _name_run(tok, with_head=False)
        ac = leader_actor(run.text) if run is not None else None
        if ac:
            return ac
    if e is not None and e.label_ in _NOT_OWNER_ENTS and not (
            e.label_ == "PERSON" and fold(e.text) in ARMED_GROUPS):
        return None  # (an armed group's name the recogniser calls a person: "al-Shabab
        # fighters massed in X" is still the group's)
    texts = []
    if e is not None:
        texts.append(e.text)
        before = tok.doc[e.start - 1] if e.start > 0 else None
        if before is not None and before.ent_type_ == "ORDINAL":  # "the 82nd Airborne Division"
            texts.insert(0, f"{before.text} {e.text}")
    else:  # a name the entity recogniser leaves out: "Downing Street", "Defense Department"
        run = _name_run(tok)
        if run is not None:
            texts.append(run.text)
    if not _inside_place_name(tok, e):
        texts.append(tok.text)
    texts = [_bare(t) for t in texts]
    for t in texts:
        ac = actor_country(t) or actor_country(t.rstrip("."))
        if ac:
            if fold(t) in MINISTRIES:  # "Russia's Ministry of Defence": the modifier's
                for c in tok.children:
                    if c.dep_ in ("poss", "compound", "amod") and c.i < tok.i:
                        own = actor_of(c)
                        if own and own[1]:
                            return own
            return ac
    for t in texts:  # a dict lookup first: the dateline test reads the sentence
        ac = capital_actor(t)
        if ac:
            return None if _dateline(tok) else ac
    return None


def _inside_place_name(tok: Token, e: Span | None) -> bool:
    """tok is one word of a longer name of a place that is no country ("Mexico" in "New
    Mexico", "Wales" in "New South Wales"): the word alone names nothing here."""
    if e is None or len(e) < 2:
        return False
    whole = _bare(e.text)
    if fold(whole) == fold(_bare(tok.text)):
        return False
    info = lookup_place(whole)
    return bool(info) and info.get("kind") != "country"


def unpossessive(t: str) -> str:
    """A name without its possessive ending ("Assad's" -> "Assad")."""
    return re.sub(r"(?:’s|'s|’)$", "", t.strip())


def _bare(t: str) -> str:
    """A name without its possessive ending, leading article or "-led" suffix."""
    t = unpossessive(t)
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    return re.sub(r"-(?:led|backed|allied|based)$", "", t)


def _is_government(tok: Token) -> bool:
    return tok.lower_ in GOVERNMENT_NOUNS


def _name_run(tok: Token, with_head: bool = True) -> Span | None:
    """The proper-noun compounds written right before a token, with it ("Downing Street")
    or without it ("Barack Obama" in "the Barack Obama administration"); None without any."""
    start = tok.i
    while start > 0:
        prev = tok.doc[start - 1]
        if prev.dep_ == "compound" and prev.pos_ == "PROPN" and prev.head.i >= start - 1 and \
                prev.head.i <= tok.i:
            start -= 1
        else:
            break
    if start == tok.i:
        return None
    return tok.doc[start:tok.i + 1] if with_head else tok.doc[start:tok.i]


_DATELINE_MARKS = frozenset({"(", "-", "--", "—", "–"})


def _dateline(tok: Token) -> bool:
    """Whether a place token is the article's dateline, where it was filed from and no actor:
    written in capitals ("CARACAS"), or opening its sentence before a dash or a parenthesis
    ("Caracas - ...", "Ottawa (AP) ...")."""
    if len(tok.text) > 3 and tok.text.isupper():
        return True
    sent = tok.sent
    run = _name_run(tok)
    first = run.start if run is not None else tok.i
    if any(not t.is_punct for t in tok.doc[sent.start:first]):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ",":  # "Caracas, Venezuela - ..."
        nxt = next((t for t in tok.doc[tok.i + 2:tok.i + 6] if t.pos_ != "PROPN"), None)
    return nxt is not None and nxt.text in _DATELINE_MARKS


@cache
def _leaders() -> tuple[dict[str, str], dict[str, str]]:
    """leaders.csv: full name -> country; and surname -> country for the leaders a surname
    names alone (`by_surname`: "Merkel" yes, "Johnson" or "May" no) when no other leader
    there has it."""
    full: dict[str, str] = {}
    last: dict[str, set[str]] = {}
    for r in lexicon.rows("leaders"):
        key = _name_key(r["name"])
        full[key] = r["country_code"]
        last.setdefault(key.split()[-1], set()).add(
            r["country_code"] if r["by_surname"] == "yes" else "")
    return full, {k: next(iter(v)) for k, v in last.items() if len(v) == 1 and "" not in v}


class LeaderOffice(NamedTuple):
    """One office of a leaders.csv note ("vice-president 2009-2017"): the office as written
    without its years, in lower case ("vice-president", "secretary of state"), its head noun
    as written ("vice-president", "secretary"), and its first and last years (None when the
    note gives none)."""
    role: str
    noun: str
    start: int | None
    end: int | None


def _note_offices(note: str) -> tuple[LeaderOffice, ...]:
    """A leaders.csv note read: one office per ";" part ("vice-president 2009-2017;
    president 2021-2025")."""
    out = []
    for part in note.split(";"):
        role = re.sub(r"\s*\d.*$", "", part).strip().lower()
        if not role:
            continue
        yrs = re.search(r"(\d{4})\s*-\s*(\d{4})?", part)
        out.append(LeaderOffice(role, role.split(" of ")[0].split()[-1],
                                int(yrs.group(1)) if yrs else None,
                                int(yrs.group(2)) if yrs and yrs.group(2) else None))
    return tuple(out)


@cache
def _leader_offices() -> dict[str, tuple[LeaderOffice, ...]]:
    """name (lower case) -> the offices leaders.csv's notes give them (_note_offices)."""
    out: dict[str, tuple[LeaderOffice, ...]] = {}
    for r in lexicon.rows("leaders"):
        key = r["name"].lower()
        out[key] = out.get(key, ()) + _note_offices(r["note"])
    return out


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z]+", fold(name)))


def leader_country(name: str) -> str | None:
    """The country of a national leader or defence chief leaders.csv names (by full name,
    or by a surname no other leader there has)."""
    full, last = _leaders()
    key = _name_key(name)
    if key in full:
        return full[key]
    return last.get(key) if key and " " not in key else None


@cache
def _leader_surnames() -> dict[str, str]:
    """surname (lower case) -> full name, for the leaders leaders.csv lets a surname name
    alone (by_surname) when no other leader there has that surname. Rows spelling one
    name with and without its diacritics ("Erdoğan", "Erdogan") are one leader: the first
    row's spelling names them."""
    names: dict[str, dict[str, str]] = {}
    for r in lexicon.rows("leaders"):
        key = _name_key(r["name"])
        names.setdefault(key.split()[-1], {}).setdefault(
            key if r["by_surname"] == "yes" else "", r["name"])
    return {k: next(iter(v.values())) for k, v in names.items() if len(v) == 1 and "" not in v}


def leader_by_surname(word: str) -> str | None:
    """The full name of the leader a bare surname names ("Merkel" -> "Angela Merkel"), or
    None (not a leader's surname, or one leaders.csv does not let name them alone)."""
    return _leader_surnames().get(_name_key(word)) if " " not in word.strip() else None


def _office_key(noun: str) -> str:
    """The key leader_held asks an office by: its head noun, "vice" for "vice-president"."""
    return "vice" if noun.startswith("vice-") else noun


def _in_office(o: LeaderOffice, year: int | None, former: bool) -> bool:
    """Whether an office was held in that year, or with `former` ended by then (an office
    with no end year gives no former holder); any year when the office or the year has
    none."""
    if former:
        return o.end is not None and (year is None or o.end <= year)
    return year is None or o.start is None or o.start <= year <= (o.end or 9999)


def leader_offices_held(name: str, year: int | None, former: bool = False) \
        -> tuple[LeaderOffice, ...]:
    """The offices leaders.csv's note gives a leader (by the name as written in any case)
    that they held in that year, or with `former` had ended by then (_in_office)."""
    return tuple(o for o in _leader_offices().get(name.lower(), ()) if _in_office(o, year, former))


def leader_held(name: str, office: str, year: int | None, former: bool = False) -> bool:
    """Whether leaders.csv's note gives a leader the office (its head noun: "president";
    "vice" for "vice-president") in that year ("president 2017-2021"), or with `former`
    ended by then (a note with no end year gives no former holder: "president" alone is
    no "former president"); any year when the note or the year is missing."""
    return any(_office_key(o.noun) == office for o in leader_offices_held(name, year, former))


def leader_actor(name: str) -> tuple[str, str] | None:
    """A leader's country (leader_country) as an actor: (country name, ISO code)."""
    iso = leader_country(name)
    country = country_name(iso) if iso else None
    return (country, iso) if country else None


def country_name(iso: str) -> str | None:
    from .lexicons import COUNTRY_NAMES

    return COUNTRY_NAMES.get(iso)


def _is_numberish(t: Token) -> bool:
    low = t.lower_
    return t.like_num or low in number_words() or low in scale_words()


def _number_of(tok: Token) -> Token | None:
    """The number token modifying tok ("14,000" in "some 14,000 troops"; not an ordinal: "the
    first 150 soldiers"), or one the parse hangs on a compound before it ("12 F-16 fighter
    jets", "three dozen special forces soldiers")."""
    kids = [c for c in tok.children if c.ent_type_ != "ORDINAL"]
    for c in kids:
        if c.dep_ == "nummod" and _is_numberish(c):
            return c
    for c in kids:
        if c.dep_ in ("amod", "quantmod", "nummod") and c.like_num:
            return c
    for c in kids:  # "500 more troops" with the number parsed on "more"
        if c.dep_ == "amod" and c.lower_ in reference_words("increment"):
            for n in c.children:
                if n.dep_ in ("npadvmod", "nummod") and n.i < c.i and _is_numberish(n) and \
                        n.ent_type_ != "ORDINAL":
                    return n
    comps = [c for c in kids if c.i < tok.i and (c.dep_ == "compound" or (
        c.dep_ == "nummod" and not _is_numberish(c)))]  # a model: "six F-35 jets"
    for c in comps:
        comps.extend(x for x in c.children if x.dep_ == "compound" and x.i < c.i)
        for n in c.children:
            if n.dep_ == "nummod" and n.i < c.i and _is_numberish(n) and \
                    n.ent_type_ != "ORDINAL":
                return n
    for c in tok.children:  # "a 1,000-strong force"
        if c.dep_ == "amod" and c.lower_ == "strong":
            for n in c.children:
                if n.like_num and n.i < c.i:
                    return n
    return _number_on_date(tok)


def _number_on_date(tok: Token) -> Token | None:
    """A number written right before the phrase that the parse hangs on a day or a date
    before it ("On Monday 2,000 more marines arrived", "By Friday 400 Dutch marines will
    be there"): the first word left of the noun's own modifiers, a number whose head is a
    date word before it (no day of the month or year the date may have taken: "On May 5")."""
    i = tok.i - 1
    while i >= 0 and ((tok.doc[i].head.i == tok.i and tok.doc[i].dep_ in ("amod", "compound"))
                      or tok.doc[i].lower_ in reference_words("increment")):
        i -= 1  # ("2,000 more marines", whatever the parse makes of "more")
    if i < 1:
        return None
    n = tok.doc[i]
    if n.dep_ != "nummod" or not _is_numberish(n) or n.ent_type_ == "ORDINAL" or \
            n.head.i > n.i or n.head.ent_type_ != "DATE":
        return None
    if n.ent_type_ == "DATE":  # read into the date: no day of a month, no year
        value = parse_number(n.text)
        if value is None or value <= 31 or DATE_YEAR_RE.fullmatch(n.text):
            return None
    return n


def _number_span(num: Token) -> tuple[int, int]:
    """Token range of the number: the number words of the CARDINAL entity around num
    ("an additional 1,000" -> "1,000"; "8,000 to 12,000"; "2.5 million"), else num's own
    number children."""
    e = ent_of(num)
    toks = list(e) if e is not None and e.label_ == "CARDINAL" else sorted(
        [num, *(c for c in num.children if _is_numberish(c) or c.dep_ == "quantmod")],
        key=lambda x: x.i)
    first = next((t for t in toks if _is_numberish(t)), num)
    last = max((t for t in toks if _is_numberish(t)), key=lambda x: x.i, default=num)
    for c in num.rights:  # "100-120" parsed as a number with a dependent number
        if c.like_num and c.i > last.i and c.i - last.i <= 2:
            last = c
    doc = num.doc
    # "3,000 to 5,000 troops" read with only the upper bound as the troops' number: the
    # range starts at the number before "to" (its lower bound is the size), unless that
    # number is where a change starts ("from 2,000 to 5,000 troops": 5,000 now)
    if first.i >= 2 and doc[first.i - 1].lower_ in ("to", "-", "\u2013") and \
            _range_start(doc[first.i - 2], first):
        first = doc[first.i - 2]
    elif _starts_a_change(first):
        # a change read as one number ("by 500 to 1,500"): the size is where it ends
        to = next((t for t in doc[first.i:last.i] if t.lower_ == "to"), None)
        if to is not None:
            first = doc[to.i + 1]
    return first.i, last.i + 1


def _range_start(low: Token, high: Token) -> bool:
    """Whether the number low, written before "to" and high, is the lower bound of a range
    ("3,000 to 5,000 troops"): a number the parse attaches to high, no date ("from 9,000 in
    2019 to 2,500"), and no "from" or "by" a few words before it ("cut from about 2,000 to
    1,500", "grew by 500 to 1,500": a change, whose end is the size)."""
    return low.like_num and low.ent_type_ != "DATE" and low.head.i == high.i and \
        not _starts_a_change(low)


def _starts_a_change(num: Token) -> bool:
    """Whether "from" or "by" stands a few words before num ("from about 2,000", "by 500"):
    the number is where a change starts, or its amount, not a size."""
    return any(t.lower_ in ("from", "by") for t in num.doc[max(0, num.i - 3):num.i])


def qualifier_of(text_before: str) -> str | None:
    """The qualifier cue that ends the words before a number."""
    before = " " + re.sub(r"\s+", " ", text_before.lower()).strip()
    before = re.sub(r"\s+(?:an?|the)$", "", before)  # "more than a dozen"
    for cue, q in qualifier_cues():
        if before.endswith(" " + cue):
            return q
    return None


_FEW = frozenset({"several", "few", "many"})


def _size(head: Token, top: Token, num: Token | None = None) -> tuple[int | None, str, bool]:
    """(size, qualifier, has_amount) of a force phrase (num: the number to read, if known)."""
    num = num or _number_of(head)
    if num is None and top.i != head.i:
        if _is_numberish(top):
            num = top
        elif top.lower_ in vague_words():
            return None, "vague", True
        else:
            num = _number_of(top)
    if num is None:
        for c in head.children:  # "several hundred troops", "dozens more troops"
            if c.dep_ in ("amod", "det", "nmod", "nummod") and c.lower_ in vague_words():
                return None, "vague", True
        return None, "vague", False
    doc = head.doc
    a, b = _number_span(num)
    text = doc[a:b].text
    if doc[a].lower_ in vague_words() or (
            a > 0 and doc[a - 1].lower_ in _FEW and all(
                t.lower_ in scale_words() or t.lower_ == "dozen" for t in doc[a:b])):
        return None, "vague", True  # "several hundred troops", "a few thousand": no number
    left = min(top.left_edge.i, num.left_edge.i, a)
    q = qualifier_of(doc[left:a].text)
    n = parse_number(text)
    if n is None:
        return None, "vague", True
    if is_range(text):
        q = "approx"
    return n, q or "exact", True


def _unit(head: Token, noun: Noun) -> str:
    words = [c.text.lower() for c in head.children
             if c.dep_ == "compound" and c.i < head.i and (
                 (c.lower_ in nouns() and nouns()[c.lower_].lemma not in ("force",))
                 or (c.i == head.i - 1 and c.lower_ in noun.needs))]  # "service member"
    return " ".join([*words, noun.lemma])


def _owner_candidates(tok: Token):
    for c in tok.children:
        if c.dep_ in _OWNER_DEPS:
            yield c
            for cc in c.children:
                if cc.dep_ == "conj":
                    yield cc
                if cc.dep_ in ("compound", "poss") and c.dep_ == "compound":
                    yield cc  # "U.S. Army soldiers": the owner of the compound


def owners_of(head: Token, top: Token) -> tuple[list[tuple[str, str | None]], bool]:
    """Owners named inside the phrase (in order, without repeats) and whether a possessive
    pronoun owns it."""
    out: list[tuple[str, str | None]] = []
    pron = False
    toks = [head] if top.i == head.i else [head, top]
    for t in toks:
        for c in _owner_candidates(t):
            if c.lower_ in _POSS_PRONOUNS and c.dep_ == "poss":
                pron = True
                continue
            ac = actor_of(c)
            if ac and ac not in out:
                out.append(ac)
    if not out:
        for c in head.children:  # "troops of the African Union", "troops from Chad arrived"
            if c.dep_ == "prep" and (c.lower_ == "of" or (
                    c.lower_ == "from" and top.dep_ in ("nsubj", "nsubjpass", "appos"))):
                for p in c.children:
                    if p.dep_ == "pobj":
                        ac = actor_of(p) or next(
                            (actor_of(x) for x in p.children if x.dep_ in _OWNER_DEPS), None)
                        if ac and ac not in out:
                            out.append(ac)
    if not out:  # "the destroyer USS Porter", "USS Porter, a destroyer": the named ship's navy
        named = [c for c in head.children if c.dep_ in ("appos", "compound")]
        if head.dep_ == "appos":
            named.append(head.head)
        for c in named:
            if c.pos_ == "PROPN":
                iso = next((ship_prefixes()[x.text] for x in (c, *c.children)
                            if x.text in ship_prefixes()), None)
                name = country_name(iso) if iso else None
                if name and (name, iso) not in out:
                    out.append((name, iso))
    if not out:
        for c in head.children:  # "forces loyal to President X": the leader's country
            if c.dep_ == "amod" and c.lower_ in ("loyal", "allied"):
                for p in (x for x in c.children if x.dep_ == "prep" and x.lower_ == "to"):
                    for o in (x for x in p.children if x.dep_ == "pobj"):
                        ac = actor_of(o) or _leader_actor(o)
                        if ac and ac not in out:
                            out.append(ac)
    return out, pron


def _leader_actor(tok: Token) -> tuple[str, str | None] | None:
    e = ent_of(tok)
    if e is None or e.label_ != "PERSON":
        return None
    return leader_actor(e.text)


def _military(head: Token, top: Token, noun: Noun, owners) -> bool:
    if noun.core or owners:
        return True
    mods = modifiers()
    for t in (head, top):
        for c in t.subtree:
            if c.i < head.i and c.lower_ in mods:
                return True
    return False


def _modified_as_forces(head: Token) -> bool:
    """A noun of strength `modified` names forces: a military word (force_modifiers.csv)
    is one of its own modifiers before it ("two military planes", "Royal Air Force planes";
    not "planes to combat the fires", "planes of the air force", "planes carrying military
    aid"), and it carries nothing ("Air Force planes carrying the delegation": a transport)."""
    mods = modifiers()
    if not any(c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and any(
            t.lower_ in mods for t in c.subtree) for c in head.children):
        return False
    return not any(c.dep_ in ("acl", "prep") and _carries(c) for c in head.children)


def _carries(t: Token) -> bool:
    """t, hanging off a noun, says what it carries: "carrying aid", "loaded with aid",
    "with the delegation" (not "based in X")."""
    if t.dep_ == "prep":
        return t.lower_ == "with"
    return any(x.dep_ == "dobj" or (x.dep_ == "prep" and x.lower_ == "with")
               for x in t.children)


def _needs_met(head: Token, noun: Noun) -> bool:
    """One of the words the noun needs is in its phrase, in the three words after it, or is
    the verb that governs it ("stepped up security at X")."""
    if not noun.needs:
        return True
    words = {t.lower_ for t in head.subtree} | {t.lower_ for t in head.doc[head.i + 1:head.i + 4]}
    if head.head.pos_ == "VERB":
        words.add(head.head.lower_)
    return bool(words & noun.needs)


_MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?")  # "F-15", "Su-35", "MiG-29"


def _model_named(tok: Token) -> bool:
    """A model designation names the noun's machine ("F-15 fighters", "Su-35 fighters"), also
    with a describing word between them, whatever the parse makes of the model ("six F-35
    stealth fighters", "Su-35 multirole fighters"): aircraft, not fighting men. Not when a
    word between them names men or the body they fight for ("M-23 rebel fighters",
    "militia fighters": a force noun, or a body word of body_modifiers.csv)."""
    def men(t: Token) -> bool:
        return t.lower_ in BODY_MODIFIERS or t.lower_ in nouns()

    if any(c.dep_ in ("compound", "nmod", "amod") and _MODEL.fullmatch(c.text)
           and not any(men(t) for t in tok.doc[c.i + 1:tok.i]) for c in tok.children):
        return True
    for k in range(tok.i - 1, max(-1, tok.i - 3), -1):  # the model, at most one word between
        t = tok.doc[k]
        if _MODEL.fullmatch(t.text):
            return True
        if t.pos_ not in ("ADJ", "NOUN") or men(t):
            return False
    return False


def force_phrases(doc: Doc, deploy_nouns: frozenset[str] = frozenset(),
                  deploys: Callable[[Token], bool] | None = None) -> list[ForcePhrase]:
    """The force phrases of a parsed sentence, in order. A force noun used as a modifier
    of another noun is no phrase ("troop levels", "a military base", "police station"),
    unless that noun is a deployment noun ("troop withdrawal": top is the noun)."""
    table = nouns()
    out: list[ForcePhrase] = []
    models = _model_plurals(doc)
    for i in sorted({*lower_indices(doc, _noun_words()), *models}):  # (the tokens table.get
        tok = doc[i]                                                 # finds, and models)
        noun = models.get(i) or table[tok.lower_]
        if noun.kind == "irregular" and _model_named(tok):
            noun = dataclasses.replace(noun, kind="aircraft", core=True)  # "12 F-15 fighters"
        if tok.pos_ not in ("NOUN", "PROPN") and not (
                tok.dep_ == "amod" and tok.head.lower_ in deploy_nouns):
            continue  # an adjective only as "military presence", "military buildup"
        if tok.dep_ in ("compound", "amod", "nmod", "poss"):
            h = tok.head
            if h.lower_ in table and h.pos_ in ("NOUN", "PROPN"):
                continue  # "police officers", "National Guard troops": the head is the noun
            if h.lower_ not in deploy_nouns and not (
                    h.lower_ in reference_words("total") and h.pos_ == "NOUN"):
                continue  # ("troop levels in X will fall to 4,000": the level's phrase)
            top = h
        else:
            top = _partitive_top(tok)
            if top.i != tok.i and top.lower_ in table:
                inner = _number_of(tok) is not None
                if not inner:
                    continue  # "members of the National Guard": the group noun's phrase
        if tok.lower_ in table and _inner_counted(tok, table):
            continue  # "a force of 9,800 troops": the troops' phrase
        if not _needs_met(tok, noun) or (noun.modified and not _modified_as_forces(tok)):
            continue
        if tok.dep_ == "conj" and _carried(tok.head, tok, table):
            continue  # the second half of "coast guard and militia vessels"
        size, qualifier, has_amount = _size(tok, top)
        if not noun.plural and not has_amount and top.i == tok.i:
            if noun.single == "one":
                size, qualifier = 1, "exact"  # "a U.S. aircraft carrier"
            elif noun.single != "vague":
                continue  # one soldier, one missile: not a deployment
        if size is not None and size < 2:
            if noun.single == "vague":
                size, qualifier = None, "vague"  # "one brigade": no number
            elif noun.single != "one":
                continue
        owners, pron = owners_of(tok, top)
        unit = _unit(tok, noun)
        for c in tok.children:  # "30 coast guard and maritime militia vessels": vessels
            if c.dep_ == "conj" and _carried(tok, c, table):
                noun = table[c.lower_]
                unit = _unit(c, noun)
        military = _military(tok, top, noun, owners)
        if top.i != tok.i and top.lower_ in vague_words() and size is not None and any(
                c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.children) \
                and not _whole_moved(top, deploy_nouns, deploys):
            # "some of the 5,000 troops in Iraq": the number counts all of them, where they
            # are; the part is a phrase of its own, without a number ("all of the 2,000
            # troops in X" is the whole: one phrase, with the number)
            out.append(ForcePhrase(tok, tok, unit, size, qualifier, tuple(owners), pron,
                                   military, noun))
            size, qualifier = None, "vague"
        elif top.i != tok.i and size is not None and _is_numberish(top) and \
                _number_of(tok) is not None:
            # "will withdraw 2,000 of its 9,500 troops in X": the whole, where it is, and the
            # part the clause moves, each with its own number
            out.append(ForcePhrase(tok, tok, unit, size, qualifier, tuple(owners), pron,
                                   military, noun))
            size, qualifier, _ = _size(tok, top, num=top)
        out.append(ForcePhrase(tok, top, unit, size, qualifier, tuple(owners), pron, military,
                               noun))
    if not any(fp.noun.kind == "vessel" and (fp.size or 0) >= 2 for fp in out):
        out += _named_ships(doc, {fp.head.i for fp in out})  # (not one of counted ships)
    return sorted(out, key=lambda fp: fp.head.i)


_MODEL_PLURAL = re.compile(_MODEL.pattern + "s")


def _model_plurals(doc: Doc) -> dict[int, Noun]:
    """Aircraft named by their model alone, in the plural ("six F-16s", "Su-24s"): index ->
    a core aircraft noun whose unit is the model ("F-16"), as "F-16 fighters" are forces."""
    return {t.i: Noun(t.text[:-1], "aircraft", True, frozenset(), True)
            for t in doc if "-" in t.text and _MODEL_PLURAL.fullmatch(t.text)
            and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"}


@cache
def _noun_words() -> frozenset[str]:
    """The forms nouns() is keyed by."""
    return frozenset(nouns())


def _named_ships(doc: Doc, taken: set[int]) -> list[ForcePhrase]:
    """Named warships ("the USS Carl Vinson", "HMS Defender"): one vessel of the prefix's
    navy, unless a force noun already names it ("the aircraft carrier USS Nimitz") or it
    is one of a group a force phrase counts ("two ships, HMS X and HMS Y": the caller skips
    sentences that count vessels)."""
    out = []
    vessel = nouns().get("ship")
    prefixes = ship_prefixes()
    if vessel is None or not _has_ship_prefix(doc, prefixes):
        return out  # (a prefix is a whole token's text: none is in the sentence)
    for tok in doc:
        iso = prefixes.get(tok.text)
        if iso is None or tok.dep_ != "compound" or tok.head.pos_ != "PROPN":
            continue
        head = tok.head
        if head.i in taken or any(a.i in taken for a in head.ancestors) or any(
                c.i in taken or c.lower_ in nouns() for c in head.children
                if c.dep_ in ("appos", "compound")):
            continue  # "two ships - the frigate HMS X and ...": counted in the group
        name = country_name(iso)
        out.append(ForcePhrase(head, head, vessel.lemma, 1, "exact", ((name, iso),) if name
                               else (), False, True, vessel))
    return out


def _has_ship_prefix(doc: Doc, prefixes) -> bool:
    """Whether a token of doc is written as one of the ship prefixes (compared by the
    hashes of the tokens' texts, spaCy's ORTH: no Token objects, no Doc.text)."""
    from spacy.attrs import ORTH

    return not string_ids(frozenset(prefixes)).isdisjoint(doc.to_array(ORTH).tolist())


def _carried(first: Token, conj: Token, table) -> bool:
    """"coast guard and militia vessels": a service named before hardware it operates, with
    one number for the whole."""
    a, b = table.get(first.lower_), table.get(conj.lower_)
    return bool(a and b and a.kind in ("organisation", "person") and not a.plural
                and b.kind in ("vessel", "aircraft", "vehicle") and _number_of(conj) is None)


def _inner_counted(tok: Token, table) -> bool:
    """tok is a group noun over a counted force noun: "force of 9,800 troops"."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.lower_ in table and _number_of(o) is not None:
                    return True
    return False


def _partitive_top(tok: Token) -> Token:
    """"thousands of troops" / "10,000 of its troops" / "a contingent of marines" /
    "members of the National Guard": the amount (or group noun) above the force noun."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        above = tok.head.head
        if above.like_num or above.lower_ in vague_words() or above.lower_ in number_words() \
                or above.lower_ in scale_words() or above.lower_ in nouns() \
                or above.lower_ in reference_words("group"):  # "a team of soldiers"
            return above
    return tok
