"""Fact type "deployments": armed or security forces sent, massed, stationed or withdrawn.

Read on the parse. Each force phrase of a parsed sentence (forces.py: "some 14,000 U.S.
troops", "thousands of troops", "two Japanese destroyers") is kept only when a rule of the
table below finds the predicate that deploys it; the rule's frame gives the place (a
GPE/LOC/FAC or a place noun phrase in the predicate's own clause: "the Ukrainian border";
an origin is a place only for a withdrawal) and the status (the predicate's kind, then the
modality above it: "will" -> ordered, "plans to" / "could" -> planned, cuts and pull-outs
-> withdrawn, "on standby" -> planned). The actor is the phrase's owner ("Russian",
"Britain's", "troops of the African Union"), else the subject of the sending verb (a
country or body; a person whose country is known, from a title or an "of" phrase or an
apposition: "Defence Minister X of Sweden"; a governor's state: "Oregon Gov. X"), else the
force owner the article names most.

Rules (ordered: the first that holds names the fact; ids are `deploy.<what it reads>`):
  deploy.force_total      the phrase is counted by a total its verb brings to a number
                          ("bring the total number of troops in X to 4,300": size 4,300)
  deploy.force_object     the phrase is the object of a deploying verb ("sent 400 troops to
                          the border"; passive "troops were deployed to X")
  deploy.force_hosted     a place hosts the phrase ("Germany hosts 35,000 U.S. troops",
                          "Okinawa is home to 25,000 troops"): the host is the place
  deploy.force_subject    the phrase is the subject of a deploying verb ("troops arrived in
                          X", "soldiers remain in X"), or the object that controls one
                          ("ordered the warships to sail to X")
  deploy.force_participle a deploying participle or relative clause on the phrase ("troops
                          stationed in X", "soldiers guarding the airport")
  deploy.deploy_noun      the phrase belongs to a deployment noun ("the deployment of 300
                          troops to X", "a troop withdrawal from X", "on their way to X")
  deploy.hardware_seen    counted or owned ships, aircraft or weapons as the subject of a
                          passive that neither deploys nor reports ("two Russian warships
                          were spotted off X")
  deploy.force_in_place   a military phrase with a place of its own ("14,000 U.S. troops in
                          Afghanistan"; "there are troops along the border")
  deploy.force_at_place   counted or owned regular forces with a place on the noun itself,
                          whatever the clause does with them ("fear for the 900 Irish
                          peacekeepers in Lebanon"; owned targets: "paid to kill U.S.
                          soldiers in X" says they are in X; unowned victims do not)
  deploy.bare_number      a number standing for forces named just before ("adding to the
                          14,000 already deployed", "keep 5,500 in the country"; a list
                          item takes the forces' predicate: "send 300 troops to X, 150 to Y")

Rejected: forces as victims or objects of training, funding or bans (lexicon
`force_harm_verbs`), negated predicates, questions ("how many troops"), phrases quoted as
hypotheticals with no place and no number. Knowledge is data: `deploy_verbs.csv` (which
argument is the force, the predicate's kind, words it needs: "pull out"),
`deploy_nouns.csv`, `deploy_status_cues.csv`, `deploy_place_nouns.csv`,
`deploy_host_nouns.csv`, plus forces.py's tables. One fact per distinct number+place per article; a vague mention of forces already
counted at a place is not repeated.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsfacts import lexicon

from . import forces
from .context import PLACE_LABELS
from .dates import YEAR_RE
from .forces import ForcePhrase, actor_of, force_phrases
from .lexicons import GROUP_LEADERS, RELATIVE_WORDS, SETTLEMENT_NOUNS, TITLE_ROLES
from .nlp import lower_indices
from .places import actor_country, lookup_place, state_of
from .rules import active, table

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .context import DocContext


# ---------------------------------------------------------------------------------------
# lexicon

@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    object: str      # the predicate's kind when the forces are its object ('' = not a frame)
    subject: str     # ... when the forces are its subject
    place_object: str  # ... when its direct object is the place ("entered Syria")
    needs: frozenset[str]
    with_object: str = ""  # ... when the forces are its "with" object ("reinforced X with")
    place_subject: str = ""  # ... when the forces are its object and its subject the place
    needs_place: bool = False  # its forces object deploys only with a place named
    weapon_subject: str = ""  # "-": with weapons as its subject, no frame ("missiles can reach X")
    owned_object: bool = False  # its forces object deploys only if military or owned
    material_object: bool = False  # ... only if personnel or hardware, no institution


@cache
def _verbs() -> dict[str, tuple[Verb, ...]]:
    """Form -> the rows of deploy_verbs.csv for it (a lemma may have several, told apart by
    the words they need: "call up" orders, "call for" plans)."""
    out: dict[str, list[Verb]] = {}
    for r in lexicon.rows("deploy_verbs"):
        v = Verb(r["lemma"], r["object"], r["subject"], r["place_object"],
                 frozenset(r["needs"].split()), r["with"], r["place_subject"],
                 r["needs_place"] == "yes", r["weapon_subject"], r["owned_object"] == "yes",
                 r["material_object"] == "yes")
        for f in lexicon.forms(r["lemma"], r["forms"]):
            out.setdefault(f, []).append(v)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _nouns() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in lexicon.rows("deploy_nouns"):
        out.setdefault(r["lemma"].lower(), r["status"])
        out.setdefault((r["plural"] or r["lemma"] + "s").lower(), r["status"])
    return out


@cache
def deploy_noun_words() -> frozenset[str]:
    return frozenset(_nouns())


@cache
def _owned_nouns() -> frozenset[str]:
    """Forms of the deployment nouns that a country owning them makes a deployment without
    a force noun (deploy_nouns.csv `owned`: "the U.S. withdrawal from X", "Russia's buildup")."""
    out: set[str] = set()
    for r in lexicon.rows("deploy_nouns"):
        if r["owned"] == "yes":
            out.update({r["lemma"].lower(), (r["plural"] or r["lemma"] + "s").lower()})
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Cues:
    aux: dict[str, str]       # "will" -> ordered
    governor: dict[str, str]  # form of a governing word -> status ("none": not happening)
    prep: dict[str, str]      # "on standby" -> planned
    reporting: frozenset[str]  # forms of verbs that report ("said it would deploy")
    # governing words that cue only with a word beside them ("called for", "backed away")
    phrasal: dict[str, tuple[tuple[frozenset[str], str], ...]]
    amod: dict[str, str]       # "a possible deployment" -> planned
    condition: dict[str, str]  # "if" opening a clause on the predicate -> planned
    # passive verbs that say who holds a fact true, not when: "troops are believed to be in X"
    evidential: frozenset[str]
    # forms of `none` governors -> what they leave when negated (`negated` column): "planned"
    # ("has not ruled out sending"), "inner" (no cue of their own: "has not cancelled the
    # deployment" leaves the deployment's own status)
    negated_as: dict[str, str]
    # forms of governors that govern only a clause (`governs` = clause): "is discussing
    # sending troops", not "discussed the troops massed in X"; or forces not yet there
    # (`governs` = wanted): "pressed for more troops", not "for the troops in X"
    clause_only: frozenset[str]
    wanted_only: frozenset[str]
    # forms of governors that tell the forces they govern to act (`governs` = command):
    # "ordered 500 soldiers to leave X" (the forces' own verb frames them), not "pledged
    # 4,000 troops to stay in X" or "called up reservists to serve in X" (ordered)
    command: frozenset[str]


@cache
def _cues() -> Cues:
    aux, gov, prep, rep, amod, cond, evid = {}, {}, {}, set(), {}, {}, set()
    phrasal: dict[str, list] = {}
    negated_as: dict[str, str] = {}
    clause_only: set[str] = set()
    wanted_only: set[str] = set()
    command: set[str] = set()
    by_word = {"aux": aux, "prep": prep, "amod": amod, "condition": cond}  # cue -> status
    by_form = {"report": rep, "evidential": evid}  # every inflected form of the cue
    for r in lexicon.rows("deploy_status_cues"):
        cue, st, scope = r["cue"].lower(), r["status"], r["scope"]
        if scope in by_word:
            by_word[scope][cue] = st
            continue
        if scope in by_form:
            by_form[scope].update(lexicon.forms(cue, r["forms"]))
            continue
        # forms "-": an adjective, not inflected ("willing", "open": not "opened")
        for f in (cue,) if r["forms"] == "-" else lexicon.forms(cue, r["forms"]):
            if r["needs"]:
                phrasal.setdefault(f, []).append((frozenset(r["needs"].lower().split()), st))
            else:
                gov.setdefault(f, st)
            if r["negated"]:
                negated_as.setdefault(f, r["negated"])
            if r["governs"] == "clause":
                clause_only.add(f)
            elif r["governs"] == "wanted":
                wanted_only.add(f)
            elif r["governs"] == "command":
                command.add(f)
    return Cues(aux, gov, prep, frozenset(rep), {k: tuple(v) for k, v in phrasal.items()},
                amod, cond, frozenset(evid), negated_as, frozenset(clause_only),
                frozenset(wanted_only), frozenset(command))


def _gov_cue(t: Token, via: Token | None = None) -> str | None:
    """The status a governing word cues: a single word ("ordered", "plans"), or one that
    needs a word beside it ("called for", "backed away from", "dropped plans"). via: the
    word below it on the way up; a word that governs only a clause ("discussing sending")
    cues nothing over a noun ("discussed the troops massed in X"). A noun that is the
    object of "in" is no cue: "voted in favor of sending", "in the case of the troops"."""
    cues = _cues()
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "in":
        return None
    if t.lower_ in cues.clause_only and not _new_below(via, False):
        return None
    if t.lower_ in cues.wanted_only and not _new_below(via, True):
        return None
    st = cues.governor.get(t.lower_)
    if st is not None:
        return st
    phrasal = cues.phrasal.get(t.lower_, ())
    near = _near_words(t, 2) if phrasal else frozenset()
    for needs, st in phrasal:
        if near & needs:
            return st
    return None


def _new_below(via: Token | None, forces_too: bool) -> bool:
    """via (the word below a governing word, or the preposition it takes) names a deployment
    not yet made: a clause ("is discussing sending troops", "talk of sending troops"), a
    deployment noun no determiner or owner names as one there ("talk of a surge", not
    "discussed the buildup", "Russia's deployment", "pressure from a Russian buildup"), a
    governing noun ("discussed plans to send"), a noun whose own complement is such a
    clause ("debated ways of sending troops"), or, with forces_too, forces named as not yet
    there ("pressed for more troops", not "for the troops in X"). Any other noun is a thing
    of its own: "pressed the Pentagon for details about the troops", "demanded money for
    the troops", "debated the cost of the troops"."""
    if via is None:
        return False
    if via.pos_ in ("VERB", "AUX"):
        return True
    if via.pos_ == "ADP":
        return any(c.dep_ in ("pcomp", "pobj") and (
            c.pos_ in ("VERB", "AUX") or (c.dep_ == "pobj" and _unnamed(c, forces_too)))
            for c in via.children)
    return _unnamed(via, forces_too) or (via.pos_ == "NOUN" and any(
        (c.dep_ == "acl" and c.tag_ in ("VB", "VBG")) or
        (c.dep_ == "prep" and _new_below(c, False)) for c in via.children))


def _unnamed(n: Token, forces_too: bool) -> bool:
    """n is a governing noun ("plans", "request"), or a deployment noun (with forces_too,
    a force noun too) with no definite or possessive determiner, and a deployment noun with
    no owner ("a Russian buildup", "a U.S. surge")."""
    cues = _cues()
    if n.lower_ in cues.governor or n.lower_ in cues.phrasal:
        return True
    dep = n.lower_ in deploy_noun_words()
    if not dep and not (forces_too and n.lower_ in forces.nouns()):
        return False
    for c in n.children:
        if c.dep_ == "poss" or (c.dep_ == "det" and (
                c.morph.get("Definite") == ["Def"] or "Dem" in c.morph.get("PronType"))):
            return False
        if dep and c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE"):
            return False
    return True


@cache
def _harm() -> frozenset[str]:
    """Forms of verbs whose object or subject forces are victims, trainees, payees."""
    out: set[str] = set()
    for r in lexicon.rows("force_harm_words"):
        if r["pos"] == "verb":
            out.update(lexicon.forms(r["lemma"], r["forms"]))
    return frozenset(out)


@cache
def _harm_nouns() -> frozenset[str]:
    """Nouns that make "of"-forces victims: "the deaths of 12 soldiers"."""
    out: set[str] = set()
    for r in lexicon.rows("force_harm_words"):
        if r["pos"] == "noun":
            out.add(r["lemma"].lower())
            out.update(r["forms"].lower().split())
    return frozenset(out)


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("deploy_place_nouns"))


@cache
def _group_place_nouns() -> frozenset[str]:
    """Place nouns naming a group ("member countries"): a place only when the clause names
    no other (deploy_place_nouns.csv, note "group")."""
    return frozenset(r["word"].lower() for r in lexicon.rows("deploy_place_nouns")
                     if r["note"].startswith("group"))


# the words before a place noun that make it name a place, by its note in
# deploy_place_nouns.csv ("modifier": "the area", "border areas"; "describer", an article
# not enough: "the oil pipeline", not "in the pipeline")
_MODIFIER_DEPS = {"modifier": frozenset({"det", "poss", "amod", "compound"}),
                  "describer": frozenset({"poss", "amod", "compound", "nmod"})}


@cache
def _modified_place_nouns() -> dict[str, frozenset[str]]:
    """Place nouns that name a place only with a word before them: noun -> the dependency
    labels of those words (deploy_place_nouns.csv, notes "modifier" and "describer")."""
    out = {}
    for r in lexicon.rows("deploy_place_nouns"):
        kind = r["note"].partition(":")[0]
        if kind in _MODIFIER_DEPS:
            out[r["word"].lower()] = _MODIFIER_DEPS[kind]
    return out


def parse_words() -> frozenset[str]:
    """Sentences worth parsing for deployments: those naming a force (forces.parse_words)."""
    return forces.parse_words()


# and those naming a force noun that needs a word beside it ("service members")
PARSE_PATTERN = forces.parse_pattern()

# the forms of "be" (one owner): finite ("is", "'re"), and with the base and participle
# (the parse's lemma is "be" for most of them, not for "be" itself nor for curly "’s")
_BE = frozenset({"is", "are", "am", "was", "were", "'s", "’s", "'re", "’re"})
_BE_ANY = _BE | {"be", "been"}


# ---------------------------------------------------------------------------------------
# frames

@dataclass(frozen=True, slots=True)
class Frame:
    """What a rule found: the deploying predicate (verb or noun; None when the phrase's own
    place carries it), its kind (move, stay, withdraw, order, plan), the tokens whose
    prepositions may name the place, and clauses looked at when those name none."""

    pred: Token | None
    kind: str
    place_from: tuple[Token, ...]
    place_object: bool = False
    extra: tuple[Token, ...] = ()
    holder: Token | None = None  # "has" in "the U.S. has 2,000 troops in X": its subject owns
    level: tuple[int, str] | None = None  # (size, qualifier) the forces are brought to
    host: Token | None = None  # the place that hosts the forces ("Germany hosts ...")
    place_prep: Token | None = None  # the preposition that names the forces' own place


def _who_clauses(head: Token) -> tuple[Token, ...]:
    """Relative clauses opened by "who" that the parse hangs on the unit or place the
    forces come from; "who" speaks of the people, the forces ("750 soldiers from the
    division who were sent to X")."""
    units = forces.nouns()
    return tuple(r for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON" and
                 o.lower_ in units and units[o.lower_].kind in ("formation", "organisation")
                 for r in o.children if r.dep_ == "relcl" and any(
                     x.lower_ == "who" and x.dep_ in ("nsubj", "nsubjpass") for x in r.children))


def _clauses(fp: ForcePhrase) -> tuple[Token, ...]:
    """Clauses on the phrase and the verbs inside them ("the troops it has working in X")."""
    out = []
    for c in (*fp.head.children, *_who_clauses(fp.head)):
        if c.dep_ in ("acl", "relcl"):
            out.append(c)
            out.extend(x for x in c.children if x.dep_ in ("xcomp", "conj"))
    return tuple(out)


def _arg(top: Token) -> Token:
    """The token whose role the phrase shares: the first conjunct ("troops and tanks were
    sent": tanks take troops' role), or the forces another force phrase carries ("seven
    vehicles with 30 soldiers arrived"), or the named ship a vessel noun is in apposition
    to ("HMS X, the helicopter carrier, was sent")."""
    t = top
    for _ in range(6):
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "NUM"):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in forces.nouns():
            t = t.head.head
        elif t.dep_ == "appos" and t.head.pos_ == "PROPN" and _vessel(t):
            t = t.head  # "HMS X, the helicopter carrier, was sent": the named ship's role
        else:
            break
    return t


def _material(n: forces.Noun) -> bool:
    """Forces of personnel or hardware, as force_nouns.csv kinds them: not an institution
    (kind organisation: army, navy, "security forces") nor people of weak strength that
    serve one ("police", "officers")."""
    return n.kind != "organisation" and not (n.kind == "person" and not n.core)


def _vessel(t: Token) -> bool:
    n = forces.nouns().get(t.lower_)
    return n is not None and n.kind == "vessel"


def _origin(p: Token) -> bool:
    """p names where forces leave: an origin preposition, or a leaving word that heads no
    destination ("home from X", not "home to X")."""
    return p.lower_ in _ORIGIN_PREPS or (p.lower_ in _LEAVING and not any(
        x.lower_ in _TO_PREPS for x in p.children))


def _set_off(pred: Token, c: Token) -> bool:
    """c, a child of pred after it, follows a comma and heads a "to" or "of" phrase: an
    apposition's word the parse hangs on the verb, not the verb's ("returned to X, home to
    Y", "sent troops to X, home of Y"; not "returned to X, their home state, from Y")."""
    return c.i > pred.i + 1 and c.doc[c.i - 1].is_punct and any(
        x.dep_ == "prep" and x.lower_ in ("to", "of") for x in c.children)


def _near_words(pred: Token, window: int) -> set[str]:
    """The words a cue or verb needs beside it may be: its particle, adverb, preposition or
    object children, or the next `window` words."""
    near = {c.lower_ for c in pred.children if c.dep_ in ("prt", "advmod", "prep", "dobj")
            and not _set_off(pred, c)}
    near.update(t.lower_ for t in pred.subtree if _home_adverb(t))  # "bring the troops in X home"
    for t in pred.doc[pred.i + 1:pred.i + 1 + window]:
        if t.is_punct:
            break  # ("returned to X, home to Y": an apposition's word)
        if t.dep_ != "compound" or t.i == pred.i + 1:  # ("returned to its home port": no
            near.add(t.lower_)                          # "home"; but "bringing home troops")
    return near


def _needs_ok(v: Verb, pred: Token) -> bool:
    if not v.needs:
        return True
    return bool(_near_words(pred, 5) & v.needs)


def _verb(tok: Token) -> Verb | None:
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBG", "VBD"):
        return None
    for v in _verbs().get(tok.lower_, ()):
        if _needs_ok(v, tok):
            return v
    return None


def _subject_kind(v: Verb, head: Token) -> str:
    """v's kind with the force noun head as its subject. Weapons as the subject of a verb of
    flight or range (deploy_verbs.csv weapon_subject `-`) are fired or in range, not moved:
    "the missiles can reach Guam", "two missiles landed in the sea"."""
    if v.weapon_subject == "-":
        n = forces.nouns().get(head.lower_)
        if n is not None and n.kind == "weapon":
            return ""
    return v.subject


def _has_force_object(verb: Token) -> bool:
    """The verb's direct object is a force noun ("sending a ship", "has 2,000 troops")."""
    return any(c.dep_ == "dobj" and c.lower_ in forces.nouns() for c in verb.children)


def rule_force_object(fp: ForcePhrase) -> Frame | None:
    """The forces are the object of a deploying verb (active or passive), or carried by
    its object ("sending a ship with 400 marines on board")."""
    a = _arg(fp.top)
    if a.dep_ == "pobj" and a.head.lower_ == "with" and a.head.dep_ == "prep":
        verb = a.head.head  # "reinforced its garrison in X with 500 soldiers": the verb's
        v = _verb(verb)     # object (or passive subject) holds the place
        if v is not None and v.with_object:
            objs = tuple(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
            return Frame(verb, v.with_object, (verb, *objs), True, _clauses(fp))
    if a.dep_ == "pobj" and a.head.lower_ == "with" and a.head.dep_ == "prep" and \
            _has_force_object(a.head.head):
        v = _verb(a.head.head)
        if v is not None and v.object:
            return Frame(a.head.head, v.object, (a.head.head, fp.top, fp.head), extra=_clauses(fp))
    if a.dep_ not in ("dobj", "nsubjpass", "oprd"):
        return None
    v = _verb(a.head)
    if v is None or not v.object:
        return None
    if v.object == "order" and a.dep_ == "dobj" and a.head.lower_ in _cues().command:
        for c in a.head.children:  # "ordered the troops to leave X": the forces' own verb
            if c.dep_ == "xcomp" and c.i > a.i and _verb(c) is None and \
                    c.lower_ in lexicon.form_index("deploy_aspect_verbs"):
                # through an aspect verb to the one it governs: "ordered the troops to
                # begin withdrawing from X" (not "to prepare to withdraw": an order)
                c = next((x for x in c.children if x.dep_ == "xcomp"), c)
            w = _verb(c) if c.dep_ == "xcomp" and c.i > a.i else None
            if w is not None and (kind := _subject_kind(w, fp.head)) and not (
                    kind in ("stay", "remain") and any(x.lower_ in _LEAVING for x in c.children)):
                # the forces' own place where a verb of leaving or staying names none, as
                # for a subject: "ordered the troops in X to withdraw" (not "ordered the
                # troops at Fort Y to deploy": where they go is not said)
                own = (fp.head,) if kind in ("withdraw", "stay", "remain") else ()
                return Frame(c, kind, (c, *own), bool(w.place_object), _clauses(fp))
    return Frame(a.head, v.object, (a.head, fp.top, fp.head, *_later_conjuncts(a, fp.top)),
                 extra=_clauses(fp))


def _later_conjuncts(first: Token, top: Token) -> tuple[Token, ...]:
    """The force nouns coordinated after `top` with it under one verb: a destination the
    parse hangs on the last of them is every one's ("sent two jets and a frigate to X")."""
    table = forces.nouns()
    return tuple(c for c in first.conjuncts if c.i > top.i and c.lower_ in table)


def rule_force_hosted(fp: ForcePhrase) -> Frame | None:
    """A place hosts the forces: the subject of a hosting verb (deploy_verbs.csv
    `place_subject`: "Germany hosts 35,000 U.S. troops", "Poland, which hosts ..."), or
    what is "home to" them ("Okinawa is home to 25,000 troops", "the base, home to 2,000
    troops"). The host is the place, not the forces' owner."""
    a = _arg(fp.top)
    if a.dep_ == "dobj":
        v = _verb(a.head)
        if v is None or not v.place_subject or _reception(a.head, fp.head):
            return None
        return _host_frame(a.head, v.place_subject, a.head)
    if a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ in _host_nouns():
        home = a.head.head
        up = home.head
        if up.pos_ in ("NOUN", "PROPN"):
            return Frame(home, "stay", (), host=up)  # "the base, home to 2,000 troops"
        if up.lower_ in _BE or up.lemma_ == "be":  # "Okinawa is home to ..."
            return _host_frame(up, "stay", up)
    return None


@cache
def _host_nouns() -> frozenset[str]:
    """Nouns a place is to the forces it hosts: "is home / host to" (deploy_host_nouns.csv)."""
    return frozenset(w.lower() for w in lexicon.words("deploy_host_nouns"))


def _host_frame(verb: Token, kind: str, pred: Token) -> Frame | None:
    """The frame of forces hosted by the subject of verb, a relative pronoun standing for
    the noun its clause hangs on ("Poland, which hosts ...", "the country, which is home
    to ..."); a person hosts guests, not forces ("Macron hosted 300 soldiers")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and subj.ent_type_ == "PERSON" and not lookup_place(subj.text):
        return None  # (a place the tagger takes for a person stays: "Okinawa is home to")
    return Frame(pred, kind, (), host=subj)


@cache
def _occasions() -> frozenset[str]:
    """Occasions (meeting_nouns.csv): forces hosted at one are guests, not stationed."""
    return frozenset(w.lower() for r in lexicon.rows("meeting_nouns")
                     for w in (r["lemma"], r["lemma"] + "s"))


def _reception(verb: Token, head: Token) -> bool:
    """Forces hosted at or for an occasion ("hosted 300 soldiers at a dinner") are guests."""
    return any(p.dep_ == "prep" and p.lower_ in ("at", "for") and any(
        o.dep_ == "pobj" and o.lower_ in _occasions() for o in p.children)
        for t in (verb, head) for p in t.children)


def rule_force_level(fp: ForcePhrase) -> Frame | None:
    """The forces are the level a withdrawal cuts to: "cut the presence in X to 5,000 troops"."""
    a = _arg(fp.top)
    if a.dep_ != "pobj" or (a.head.lower_ not in ("to", "by") and not _change_to(a)):
        return None
    v = _verb(a.head.head)
    if v is None or v.object != "withdraw":
        return None
    verb = a.head.head
    objs = tuple(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    if a.head.lower_ == "from" and not any(  # a change "from X to Y troops" of a force
            p.lower_ in _DEST_PREPS and p.lower_ not in _TOWARD_PREPS and any(  # somewhere
                True for _ in _pobjs(p))  # ("reduce the force in X"), not of a whole army
            for o in (verb, *objs) for p in _preps(o)):
        return None
    return Frame(verb, "withdraw", (verb, *objs))


def _change_to(a: Token) -> bool:
    """a is the forces of a change "from X to Y troops" the parse reads as one range under
    "from" (the first number and "to" hang on the second): the level the change ends at."""
    return a.head.lower_ == "from" and any(
        c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ == "to" for q in c.children)
        for c in a.children)


def _readied_on(c: Token) -> Token | None:
    """The readiness word ("standby", "alert": deploy_status_cues.csv `prep`) when c, a
    child of the forces' verb, puts them on it: "on standby" as a phrase of "on", or the
    parse's attribute "standby" after "on" only when it is readiness to deploy: for a
    deployment or a place, or with a deploying infinitive ("are on standby for deployment to
    X", "on standby to deploy to X"; not "on standby for flood relief in X")."""
    prep = _cues().prep
    if c.dep_ == "prep" and c.lower_ == "on":
        return next((o for o in _pobjs(c) if o.lower_ in prep), None)
    if c.dep_ not in ("attr", "acomp") or c.lower_ not in prep or c.i == 0 or \
            c.doc[c.i - 1].lower_ != "on":
        return None
    fors = [o for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for o in _pobjs(p)]
    if any(o.lower_ in _nouns() or o.ent_type_ in ("GPE", "LOC") for o in fors) or any(
            x.dep_ in ("advcl", "xcomp") and _verb(x) is not None for x in c.head.children):
        return c
    return None


def rule_force_subject(fp: ForcePhrase) -> Frame | None:
    """The forces are the subject of a deploying verb, or the object that controls one."""
    a = _arg(fp.top)
    nouns = _nouns()
    if a.dep_ == "nsubj":
        v = _verb(a.head)
        if fp.top.lower_ in forces.reference_words("total") and _counts_a_state(fp.head, fp.top):
            return None  # "the number of wounded soldiers fell to 120"
        kind = _subject_kind(v, fp.head) if v is not None else ""
        if kind and not _has_force_object(a.head):
            # (a service that withdraws or sends other forces is their owner, not forces
            # on the move: "the French navy will withdraw two frigates")
            level = _to_level(a.head) if kind == "withdraw" and fp.size is None else None
            return Frame(a.head, kind, (a.head, fp.head), bool(v.place_object), _clauses(fp),
                         level=level)  # ("U.S. forces in X will shrink to about 600")
        for c in a.head.children:  # "troops beefed up their presence in X"
            if c.dep_ == "dobj" and c.lower_ in nouns:
                return Frame(c, nouns[c.lower_], (c, a.head))
    if a.dep_ == "nsubjpass" and a.head.lower_ in _cues().evidential:
        fr = _evidential_frame(a.head, fp.head)  # "troops are believed to be in X", "are said to
        if fr is not None:              # have arrived in X"
            return fr
    if a.dep_ == "nsubjpass" and a.head.pos_ == "VERB" and a.head.lower_ not in _harm():
        fr = _raised_frame(a.head, fp.head)  # "troops are expected to arrive in X"
        cue = _raising_cue(a.head)
        if fr is not None and (cue not in (None, "none") or (cue is None and fr.kind == "withdraw")):
            return fr  # (not "were forbidden / allowed to enter X"; a withdrawal whatever
            # word governs it: "were forced to pull out of X")
    if a.dep_ == "nsubj" and (a.head.lower_ in _BE_ANY or a.head.lemma_ == "be"):
        for c in a.head.children:  # "troops are due to arrive", "are likely to be sent"
            if c.dep_ == "acomp" and _gov_cue(c) not in (None, "none"):
                fr = _raised_frame(c, fp.head)
                if fr is not None:
                    return fr
        if any(_readied_on(c) is not None for c in a.head.children):
            return Frame(a.head, "stay", (a.head, fp.head))  # "3,500 troops will be on standby"
    if a.dep_ in ("dobj", "nsubj"):
        for c in a.head.children:
            if c.dep_ in ("xcomp", "ccomp") and c.i > a.i:
                v = _verb(c)
                if v is not None and (kind := _subject_kind(v, fp.head)):
                    return Frame(c, kind, (c,), bool(v.place_object))
                if c.dep_ == "xcomp" and a.dep_ == "nsubj" and _passive(c) and \
                        v is not None and v.object:
                    return Frame(c, v.object, (c,))  # "troops are to be sent to X"
                for o in c.children:  # "troops are to have finished their withdrawal from X"
                    if o.dep_ == "dobj" and o.lower_ in nouns and a.dep_ == "nsubj":
                        return Frame(o, nouns[o.lower_], (o, c))
    return None


def _passive(verb: Token) -> bool:
    return any(x.dep_ == "auxpass" for x in verb.children)


def _raised_frame(gov: Token, head: Token) -> Frame | None:
    """The frame of a deploying verb in the infinitive that a raising or control word
    hands its subject to: the forces are that verb's subject ("troops are expected / due /
    scheduled to arrive in X") or, passive, its object ("troops are likely to be sent to
    X"). The governing word's modality comes later, from the status chain. head: the force
    noun, whose own place holds when the verb names none ("the troops in X are due to
    leave")."""
    for c in gov.children:
        if c.dep_ != "xcomp" or not any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            continue
        v = _verb(c)
        if v is None:
            if _gov_cue(c) not in (None, "none", "reported"):
                fr = _raised_frame(c, head)  # "troops were told to prepare to deploy to X"
                if fr is not None:
                    return fr
            continue
        if _passive(c):
            if v.object:
                return Frame(c, v.object, (c, head))
        elif kind := _subject_kind(v, head):
            return Frame(c, kind, (c, head), bool(v.place_object))
    return None


def _raising_cue(gov: Token) -> str | None:
    """The status cue of a raising or control word, or of the first cue word its
    infinitive passes the subject through ("were told to prepare to deploy": prepare)."""
    cue = _gov_cue(gov)
    if cue is not None:
        return cue
    for c in gov.children:
        if c.dep_ == "xcomp" and _verb(c) is None:
            cue = _gov_cue(c)
            if cue not in (None, "reported"):
                return cue
    return None


def _evidential_frame(verb: Token, head: Token) -> Frame | None:
    """The frame of the clause an evidential passive raises its subject, the force noun
    head, into: a deploying verb ("said to have arrived", "reported to be stationed") or
    "be" in a place ("believed to be in X")."""
    for c in verb.children:
        if c.dep_ != "xcomp":
            continue
        v = _verb(c)
        passive = _passive(c)
        kind = (v.object if passive else _subject_kind(v, head)) if v is not None else ""
        if kind:
            return Frame(c, kind, (c,),
                         bool(v.place_object) and not passive)
        if c.lemma_ == "be" or c.lower_ == "be":
            return Frame(c, "stay", (c,))
        if c.tag_ == "VBG" and any(p.dep_ == "prep" and p.lower_ in _AT_PLACE
                                   for p in c.children):
            return Frame(c, "stay", (c,))  # "were seen standing on the roof of X"
    return None


def rule_force_participle(fp: ForcePhrase) -> Frame | None:
    """A deploying participle or relative clause on the phrase ("troops stationed in X",
    "soldiers guarding the airport", "the deployed troops")."""
    for t in (fp.head, fp.top):
        for c in (*t.children, *(_who_clauses(t) if t.i == fp.head.i else ())):
            if c.dep_ in ("acl", "amod") and c.i > t.i and _gov_cue(c) not in (None, "none"):
                fr = _raised_frame(c, fp.head)  # "troops due / scheduled to arrive in X"
                if fr is not None:
                    return fr
            if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and c.i < t.i:
                if _hyphen_half(c) and _arg(fp.top).dep_ == "dobj" and \
                        _arg(fp.top).head.lower_ in _HOLD:
                    continue  # "Poland has 12 sea-based launchers in X": a kind of
                    # weapon a country holds (rule_force_in_place), no deploying
                v = _verb(c)
                if v is not None and v.object:
                    return Frame(c, v.object, (c, fp.head))
                continue
            if c.dep_ not in ("acl", "relcl"):
                continue
            v = _verb(c)
            if v is None:
                continue
            passive = c.tag_ == "VBN" or any(x.dep_ in ("nsubjpass", "auxpass") for x in c.children)
            if passive and v.object:
                return Frame(c, v.object, (c,))
            if not passive and (kind := _subject_kind(v, fp.head)):
                return Frame(c, kind, (c,), bool(v.place_object))
    return None


def _noun_froms(n: Token) -> tuple[Token, ...]:
    """A deployment noun and the clauses on it ("the troop increase he ordered in X")."""
    return (n, *(c for c in n.children if c.dep_ in ("relcl", "acl")))


def _cut_level(fp: ForcePhrase, noun: Token, kind: str, *gov: Token) -> tuple[int, str] | None:
    """The level a withdrawal noun cuts uncounted forces to: "a drawdown of troops in X to
    2,500", "ordered a reduction of its soldiers there to 4,000" ("to" on the noun or on the
    verb that governs it)."""
    if kind != "withdraw" or fp.size is not None:
        return None
    return _to_level(noun, *gov)


def rule_deploy_noun(fp: ForcePhrase) -> Frame | None:
    """The phrase belongs to a deployment noun: "deployment of troops", "troop surge"."""
    nouns = _nouns()
    top = fp.top
    if top.lower_ in nouns and top.i != fp.head.i:  # "troop withdrawal"
        return Frame(top, nouns[top.lower_], _noun_froms(top))
    a = _arg(top)
    if a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.lower_ in nouns:
        n = a.head.head
        gov = (n.head,) if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ == "VERB" else ()
        # the verb that governs the noun may carry the place: "delayed the pullout ... there"
        return Frame(n, nouns[n.lower_], (*_noun_froms(n), fp.top, fp.head), extra=gov,
                     level=_cut_level(fp, n, nouns[n.lower_], *gov))
    if a.dep_ == "nsubj" and a.head.pos_ in ("VERB", "AUX"):
        be = a.head.lemma_ == "be" or a.head.lower_ in _BE_ANY
        for p in a.head.children:  # "troops are on their way to X", "two warships passed
            # through the strait on their way to X" (a verb that is no deploying one: only
            # with a destination, not "stopped in X on their way out of Y")
            if p.dep_ == "prep":
                for n in p.children:
                    if n.dep_ == "pobj" and n.lower_ in nouns and nouns[n.lower_] == "order" \
                            and (be or any(q.lower_ in _TOWARD_PREPS for q in _preps(n))):
                        return Frame(n, "order", (n,))
    return None


_HOLD = _BE_ANY | {"being", "have", "has", "had", "having"}
_IN_PLACE_ROLES = frozenset({"nsubj", "nsubjpass", "attr", "appos", "ROOT", "npadvmod"})


def rule_force_in_place(fp: ForcePhrase) -> Frame | None:
    """A military phrase with a place of its own: "troops in X", "there are troops in X",
    "the U.S. has 12,000 troops in X". Regular forces only (a core noun, or forces and
    militaries owned by a country), as the subject, the thing there is, the thing a country
    has; not the object of other verbs ("attacks on troops in X")."""
    n = fp.noun
    a = _arg(fp.top)
    dep = a.dep_
    held = dep == "dobj" and a.head.lower_ in _HOLD  # "the U.S. has 800 personnel in X"
    if n.kind == "irregular" or not (n.core or (n.kind == "organisation" and fp.owners) or (
            held and n.kind in ("person", "organisation", "formation")) or (
            # owned service people: "about 200 Russian military instructors are in X"
            n.kind == "person" and fp.owners) or (
            # counted hardware a country owns: "two U.S. aircraft carriers are in X"
            fp.size is not None and (fp.owners or held) and n.kind in _HARDWARE)):
        return None
    count = _place_count(fp)
    if dep == "dobj" and not held and count is None:
        return None  # (not "said U.S. troops in Iraq number 5,000": the parse's object)
    if dep == "pobj" and not (a.head.lower_ in ("with", "of") and a.head.head.pos_ in (
            "NOUN", "PROPN", "NUM", "PRON", "DET")):
        return None
    if dep not in _IN_PLACE_ROLES and dep not in ("dobj", "pobj"):
        return None
    if dep in ("nsubj", "nsubjpass") and a.head.lower_ in _harm():
        return None
    if dep == "nsubj" and a.head.lower_ in _HOLD and _has_force_object(a.head):
        return None  # "the U.S. military has 2,000 troops in X": the troops' owner
    froms = [fp.head, fp.top]
    if dep == "nsubj" and a.head.lower_ in _HOLD:
        froms.append(a.head)  # "troops are in X"
        froms.extend(c for c in a.head.children if c.dep_ == "acomp" and any(
            v.subject in ("stay", "remain") for v in _verbs().get(c.lower_, ())))  # "are present in X"
    if held:
        froms.append(a.head)  # "has 2,000 troops in X" with "in X" on the verb
        froms.extend(c for c in a.head.children if c.dep_ == "nsubj" and _holder_noun(c))
        # ("the U.N. mission in X has 13,000 peacekeepers": the holder's place)
    return Frame(None, "stay", tuple(froms), extra=_clauses(fp), holder=a.head if held else None,
                 level=count)


@cache
def _holder_nouns() -> frozenset[str]:
    """Bodies and posts that hold forces at their own place (deploy_holder_nouns.csv)."""
    return frozenset(w.lower() for w in lexicon.words("deploy_holder_nouns"))


def _holder_noun(tok: Token) -> bool:
    """tok is a military body or post whose place is that of the forces it has: "the U.N.
    mission in X has 13,000 peacekeepers", "the U.S. military in X has 64,000 troops"; not
    any holder ("a reporter in X had two soldiers with him")."""
    if tok.pos_ != "NOUN":
        return False
    n = forces.nouns().get(tok.lower_)
    return tok.lower_ in _holder_nouns() or (
        n is not None and n.kind in ("organisation", "formation") and not n.needs)


def _count_noun(tok: Token) -> bool:
    """tok is the verb "number" that the parse has read as a noun closing a place ("troops
    in Iraq number about 5,200": "Iraq number" one noun phrase), a count right after it."""
    return tok.lower_ == "number" and tok.tag_ == "NN" and tok.dep_ == "pobj" and any(
        c.dep_ == "compound" and c.i == tok.i - 1 and (
            c.ent_type_ in PLACE_LABELS or c.pos_ == "PROPN") for c in tok.children) and \
        _count_after(tok) is not None


def _home_adverb(tok: Token) -> bool:
    """tok is the adverb "home" that the parse has read as a noun closing the forces' place
    ("ordered the troops in Syria home": "Syria home" one noun phrase), the phrase's last
    word, with no determiner or possessive of its own and its preposition on the force noun
    (not "sent soldiers to the Bhutto home in X", "deployed troops to the Hebron home of
    the attacker": a house)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == _HOME and tok.dep_ == "pobj" and \
        tok.head.head.lower_ in forces.nouns() and not any(
            c.dep_ in ("det", "poss") for c in tok.children) and any(
        c.dep_ == "compound" and c.i == tok.i - 1 and (
            c.ent_type_ in PLACE_LABELS or c.pos_ == "PROPN") for c in tok.children) and (
        nxt is None or nxt.pos_ in ("PUNCT", "ADP", "ADV", "SCONJ", "CCONJ"))


def _count_after(tok: Token) -> tuple[int, str] | None:
    """(size, qualifier) of a count right after tok, at most a qualifier ("about", "more
    than") between them, and no noun of its own after it ("number one priority")."""
    doc = tok.doc
    for k in range(tok.i + 1, min(len(doc), tok.i + 5)):
        t = doc[k]
        if t.like_num and t.ent_type_ in ("CARDINAL", "") and not YEAR_RE.fullmatch(t.text):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ") and \
                    nxt.lower_ not in forces.nouns():
                return None  # "number one priority"
            size = forces.parse_number(t.text)
            between = doc[tok.i + 1:k].text
            q = forces.qualifier_of(between) if between else "exact"
            return (size, q) if size and size > 1 and q else None
        if t.is_punct or t.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            return None
    return None


def _place_count(fp: ForcePhrase) -> tuple[int, str] | None:
    """The count of uncounted forces the verb "number" gives right after their own place:
    "U.S. troops in Iraq (now) number about 5,200", whatever the parse makes of "number"."""
    if fp.size is not None:
        return None
    for p in _preps(fp.head):
        if p.lower_ not in _AT_PLACE:
            continue
        for o in _pobjs(p):
            if _count_noun(o):
                return _count_after(o)
            doc = o.doc
            k = o.right_edge.i + 1
            while k < len(doc) and doc[k].lower_ in _NOW:
                k += 1
            if k < len(doc) and doc[k].lower_ == "number":
                return _count_after(doc[k])
    return None


_HARDWARE = frozenset({"vessel", "aircraft", "weapon", "vehicle"})
_AT_PLACE = frozenset({"in", "at", "along", "on", "inside", "near", "across", "throughout"})


def rule_force_at_place(fp: ForcePhrase) -> Frame | None:
    """Counted or owned regular forces with a place preposition on the force noun itself,
    whatever the clause does with them, even as targets: "bounties to kill U.S. and NATO
    soldiers in Afghanistan", "the fate of the 2,000 U.S. troops in Syria": they are there."""
    n = fp.noun
    if n.kind == "irregular" or not n.core or (fp.size is None and not fp.owners):
        return None
    if fp.top.lower_ in forces.reference_words("total"):
        return None  # "the number of marines on Okinawa": a count, told by its verb
    if any(p.dep_ == "prep" and p.lower_ in _AT_PLACE for p in fp.head.children):
        # "U.S. troops in X number 8,400, officials said": the count "number" gives
        return Frame(None, "stay", (fp.head,), level=_place_count(fp))
    now = _now_prep(fp.head)
    if now is not None:
        return Frame(None, "stay", (), place_prep=now)
    # what they are doing there: "the 3,500 troops advising and assisting in Iraq",
    # "U.S. soldiers serving in Afghanistan" (a present participle on the noun)
    acts = [c for c in fp.head.children if c.dep_ == "acl" and c.tag_ == "VBG"
            and c.lower_ not in _harm()]
    # or a relative clause that says they are there: "the 2,000 troops who are in X"
    acts += [c for c in fp.head.children if c.dep_ == "relcl" and c.lower_ in _BE]
    acts += [x for c in acts for x in c.children if x.dep_ == "conj" and x.tag_ == "VBG"]
    if any(p.dep_ == "prep" and p.lower_ in _AT_PLACE for c in acts for p in c.children):
        return Frame(None, "stay", tuple(acts))
    return None


def _now_prep(head: Token) -> Token | None:
    """"join 2,000 soldiers already in X": the forces' own place written right after them
    with "already" / "still" / "currently" / "now", which the parse hangs on the verb."""
    doc = head.doc
    if head.i + 2 >= len(doc):
        return None
    adv, p = doc[head.i + 1], doc[head.i + 2]
    if adv.lower_ in _NOW and adv.head.i == p.i and p.dep_ == "prep" and \
            p.lower_ in _AT_PLACE and any(a.i == p.head.i for a in head.ancestors):
        return p
    return None


def rule_hardware_seen(fp: ForcePhrase) -> Frame | None:
    """Counted or owned ships, aircraft or weapons reported somewhere by a passive verb
    that neither deploys, governs nor reports are there: "two Russian warships were spotted
    off the coast of X", "the carrier and two other U.S. warships were joined by ..." (not
    people: "troops were seen" is as often a rumour as a presence)."""
    if fp.noun.kind not in _HARDWARE or not (fp.owners or fp.size is not None):
        return None
    a = _arg(fp.top)
    verb = a.head
    if a.dep_ != "nsubjpass" or verb.pos_ != "VERB" or verb.lower_ in _cues().reporting or \
            _gov_cue(verb) is not None or _verb(verb) is not None:
        return None
    return Frame(verb, "stay", (fp.head, verb), False, _clauses(fp))


def _level_number(prep: Token) -> tuple[int, str] | None:
    """(size, qualifier) of "to about 4,300" under a preposition, or None."""
    for o in (x for c in prep.children if c.dep_ == "pobj" for x in (c, *c.children)):
        # "to 5,000 last year": the parse may hang the number on the date after it
        if (o.dep_ == "pobj" or (o.dep_ == "nummod" and o.ent_type_ == "CARDINAL")) and \
                o.like_num and o.ent_type_ in ("CARDINAL", ""):
            size = forces.parse_number(o.text)
            if size and size >= 2 and not YEAR_RE.fullmatch(o.text):
                q = forces.qualifier_of(o.doc[prep.i + 1:o.i].text)
                return size, q or "exact"
    return None


def rule_force_total(fp: ForcePhrase) -> Frame | None:
    """The forces are counted by a total their verb brings to a number: "bring the total
    number of troops stationed on the border to about 4,300", "raised the number of U.S.
    troops in X to 5,000". The number is the forces' size; the verb's kind (a cut: a
    withdrawal) and modality give the status."""
    top = fp.top
    totals = forces.reference_words("total")
    if top.i == fp.head.i or top.lower_ not in totals or fp.size is not None:
        return None
    if _counts_a_state(fp.head, top):  # "the number of soldiers killed rose to 10,000"
        return None
    verb = top.head
    if top.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX"):
        # the total changes by itself: "troop levels in X will fall to 4,000", "the number
        # of troops there has risen to 5,000" (deploy_verbs.csv: a subject kind that needs
        # "to"); a fall is a withdrawal, a rise forces sent
        v = _verb(verb)
        preps = v.needs & _LEVEL_PREPS if v is not None else frozenset()
        if v is None or not v.subject or not preps:
            return None
        level = _to_level(verb, preps=preps)  # ("peaked at 100,000", "stands at 2,500")
        if level is not None:
            return Frame(verb, v.subject, (fp.head, *_clauses(fp), top, verb), level=level)
        return None
    if top.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    v = _verb(verb)
    if verb.lower_ not in _RAISE and v is None:
        return None
    kind = "withdraw" if v is not None and v.object == "withdraw" and \
        verb.lower_ not in _RAISE else "stay"
    clauses = _clauses(fp)
    level = _to_level(verb, *clauses, top)
    if level is not None:
        return Frame(verb, kind, (fp.head, *clauses, top, verb), level=level)
    return None


def _counts_a_state(*toks: Token) -> bool:
    """A total of forces in a state, not of forces there: "wounded soldiers", "soldiers
    killed", "troops infected with the virus", "soldiers deserting" (a harm word, or a
    participle that is no deploy verb, on the force noun or its total)."""
    return any(c.dep_ in ("amod", "acl") and (
        c.lower_ in _harm() or (c.tag_ in ("VBG", "VBN") and c.lower_ not in _verbs()))
        for t in toks for c in t.children)


_LEVEL_PREPS = frozenset({"to", "at"})


def _to_level(*toks: Token, preps: frozenset[str] = frozenset({"to"})) -> tuple[int, str] | None:
    """The first level a "to" phrase (or one of `preps`) on one of `toks` gives, in order
    ("cut to 4,000")."""
    for t in toks:
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in preps:
                level = _level_number(p)
                if level is not None:
                    return level
            elif p.dep_ == "prep" and p.lower_ == "from" and "to" in preps:
                level = _change_end(p)
                if level is not None:
                    return level
    return None


def _change_end(frm: Token) -> tuple[int, str] | None:
    """The level a change "from X to Y" ends at: "cut the number of troops from 5,200 to
    3,000" (the parse hangs "to 3,000" on the first number, or reads "13,000 to 8,600" as
    one number whose "to" is a modifier of the second)."""
    for o in (x for c in frm.children if c.dep_ == "pobj" for x in (c, *c.children)
              if x.like_num and (x.dep_ == "pobj" or x.dep_ == "nummod")):
        # ("from 13,000 to 8,600 last year": the parse may hang the number on the date)
        for p in (*o.children, *frm.children):  # "from 5,200 [to 3,000]"
            if p.dep_ == "prep" and p.lower_ == "to":
                return _level_number(p)
        to = next((c for c in o.children if c.dep_ == "quantmod" and c.lower_ == "to"), None)
        if to is not None and o.ent_type_ in ("CARDINAL", ""):  # "from about [13,000 to] 8,600"
            size = forces.parse_number(o.text)
            if size and size >= 2:
                return size, forces.qualifier_of(o.doc[to.i + 1:o.i].text) or "exact"
    return None


PHRASE_RULES = table(
    ("deploy.force_total", rule_force_total),
    ("deploy.force_object", rule_force_object),
    ("deploy.force_hosted", rule_force_hosted),
    ("deploy.force_level", rule_force_level),
    ("deploy.force_subject", rule_force_subject),
    ("deploy.force_participle", rule_force_participle),
    ("deploy.deploy_noun", rule_deploy_noun),
    ("deploy.hardware_seen", rule_hardware_seen),
    ("deploy.force_in_place", rule_force_in_place),
    ("deploy.force_at_place", rule_force_at_place),
)
RULE_IDS = (*(r.id for r in PHRASE_RULES), "deploy.bare_number")


def rule_ids() -> tuple[str, ...]:
    return RULE_IDS


# ---------------------------------------------------------------------------------------
# places

# the prepositions of going to a place ("back to X", "out of X and into Y")
_TO_PREPS = frozenset({"to", "into"})
# the prepositions of a reporting predicate ("announced 500 troops to X") that say where
# the forces go; its others say where it was said ("announced ... in Moscow")
_TOWARD_PREPS = frozenset({*_TO_PREPS, "onto", "toward", "towards"})
_DEST_PREPS = frozenset({*_TOWARD_PREPS, "in", "on", "at", "along", "near", "across", "inside",
                         "within", "throughout", "around", "off", "over", "outside", "between",
                         "beside", "alongside", "through", "among", "amongst"})
_ORIGIN_PREPS = frozenset({"from", "of", "out"})
_PLACE_PREPS = frozenset({"of", "with", "in", "off", "near", "along", "between", "across", "on",
                          "inside", "outside"})
_CUT_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"})


@dataclass(frozen=True, slots=True)
class PlaceHit:
    text: str
    country: str | None
    tokens: tuple[int, int]
    anaphor: bool = False  # "there": the place named before
    also: PlaceHit | None = None  # a second place in a coordinated preposition
    toward: bool = False  # named by "to" / "into": where forces leaving the first place go


def _place_text(ctx: DocContext, idx: int, tok: Token, *, groups: bool) -> PlaceHit | None:
    """The place a preposition's object names, as written, or None if it names none.
    groups=False: a group place noun ("member countries") names none (see _find_place)."""
    doc = tok.doc
    if tok.lower_ in forces.nouns():
        return None  # "U.S. troops" is no place, though "U.S." is
    named = ctx.place_of(idx, tok)
    if named is None:  # "South China Sea islands", "eastern Ukraine's border"
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("compound", "poss", "amod", "nmod"):
                named = ctx.place_of(idx, c)
                if named is not None:
                    break
    region = named is None and tok.pos_ == "PROPN" and bool(
        lookup_place(tok.text) or lookup_place("the " + tok.text))
    if named is None and not region and tok.lower_ not in _place_nouns():
        return None  # ("the Sahel": a region the parse does not tag)
    if named is None and not region and not groups and \
            tok.lower_ in _group_place_nouns():
        return None  # "to member countries on the eastern flank": the flank first
    if named is None and _amount_of(tok):
        return None  # "sent in the neighborhood of 2,000 soldiers": an amount, no place
    needs = _modified_place_nouns().get(tok.lower_)
    if named is None and needs is not None and not any(
            c.dep_ in needs for c in tok.children if c.i < tok.i):
        return None  # "in areas including logistics", "in the pipeline"
    # the phrase: the object's subtree up to a clause, comma or apposition
    start = tok.left_edge.i
    end = tok.i + 1
    if _count_noun(tok) or _home_adverb(tok):  # "in Iraq number about 5,200", "in Iraq
        # home": "Iraq"
        return PlaceHit(doc[start:tok.i].text, named.country if named else None,
                        (start, tok.i))
    name, town = _town_beside(ctx, idx, tok) or (None, None)
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ not in _PLACE_PREPS:
            break  # "the border at the president's request"
        if c.dep_ in _CUT_DEPS:
            if c.dep_ == "conj" and (ctx.place_of(idx, c) is not None or c.lower_ in _place_nouns()):
                end = c.right_edge.i + 1  # "Alaska and California"
                continue
            if c.dep_ == "cc":
                continue
            if name is not None and c.i == name.i - 1:
                continue  # the comma before the town named
            if name is not None and c.i == name.i:
                # "Sierra Leone's capital, Freetown": up to the town's own name, not what
                # hangs on it ("Freetown, where fighting raged")
                end = town.span.end
                break
            break
        end = c.right_edge.i + 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    span = doc[start:end]
    text = span.text
    country = None
    for t in span:
        p = ctx.place_of(idx, t)
        if p is not None and p.country:
            country = p.country
            break
    return PlaceHit(text, country, (span.start, span.end))


def _town_beside(ctx: DocContext, idx: int, tok: Token):
    """The town set beside a kind of town (lexicon settlement_nouns.csv) that names it, after
    a comma: "Sierra Leone's capital, Freetown" (the token Freetown and its place); else
    None."""
    if tok.lower_ not in SETTLEMENT_NOUNS:
        return None
    for c in tok.rights:
        if c.dep_ == "appos" and c.i >= 1 and c.doc[c.i - 1].text == "," and \
                (pa := ctx.place_of(idx, c)) is not None and pa.kind == "city":
            return c, pa
    return None


def _amount_of(tok: Token) -> bool:
    """Whether "of" after a place noun opens an amount of forces, not a place: the first
    noun after it is a force noun ("in the neighborhood of 2,000 soldiers", "in the region
    of 800 troops"; not "the outskirts of the city", "an area of 3,000 square
    kilometers"), however the parse attaches the "of"."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return False
    for t in doc[tok.i + 2:tok.i + 7]:
        if t.lower_ in forces.nouns():
            return True
        if t.pos_ in ("NOUN", "PROPN") or t.is_punct:
            return False
    return False


def _preps(tok: Token):
    for c in tok.children:
        if c.dep_ in ("prep", "dative") or (
                c.dep_ in ("prt", "advmod") and c.lower_ in _COMPOUND_PREP_HEADS):
            yield c
        elif c.dep_ in ("dobj", "npadvmod") and c.lower_ in _COMPOUND_PREP_HEADS and any(
                x.dep_ == "prep" and x.lower_ == "of" for x in c.children):
            yield c  # "stationed north of Baghdad", the compass word parsed as an object


_HOME = "home"  # the adverb of going home (_home_adverb, _LEAVING, _COMPOUND_PREP_HEADS)
_LEAVING = frozenset({"out", "back", "away", _HOME})
_COMPOUND_PREP_HEADS = frozenset({*_LEAVING, "north", "south", "east",
                                  "west", "outside", "ahead", "close", "closer", "next", "nearer",
                                  "inside"})


def _pobjs(prep: Token):
    for c in prep.children:
        if c.dep_ == "pobj":
            yield c
        elif c.dep_ == "prep" and prep.lower_ in _COMPOUND_PREP_HEADS:
            yield from _pobjs(c)  # "out of X", "back from X", "north of X"


def _dest_place(ctx: DocContext, idx: int, tok: Token, *, groups: bool) -> PlaceHit | None:
    """The first place a destination preposition of `tok` names, in reading order."""
    for p in sorted(_preps(tok), key=lambda x: x.i):
        if p.lower_ in _DEST_PREPS:
            for o in _pobjs(p):
                hit = _place_text(ctx, idx, o, groups=groups)
                if hit:
                    return hit
    return None


def _inner_place(ctx: DocContext, idx: int, tok: Token,
                 preps: tuple[str, ...] = ("in", "on", "at", "along", "near", "across"),
                 *, groups: bool) -> PlaceHit | None:
    """A place one step inside a non-place object: "into battles in Korea" (the place a
    preposition of `preps` on `tok` names)."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in preps:
            for o in _pobjs(p):
                hit = _place_text(ctx, idx, o, groups=groups)
                if hit:
                    return hit
    return None


# "serving with / under the U.N. mission in X", "as part of the coalition in X"
_MEMBER_PREPS = frozenset({"with", "under", "as"})


def _body_place(ctx: DocContext, idx: int, tok: Token, *, groups: bool) -> PlaceHit | None:
    """The place of the body or mission the forces serve in, named on it: "troops serving
    with the African Union mission in X", "deployed with UNIFIL in X", "as part of the
    coalition in X" (a holder noun or an organisation's name, one step inside)."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in _MEMBER_PREPS:
            continue
        for o in _pobjs(p):
            if p.lower_ == "as":  # "as part of X"
                o = next((x for q in o.children if o.lower_ == "part" and q.dep_ == "prep"
                          and q.lower_ == "of" for x in _pobjs(q)), None)
                if o is None:
                    continue
            if _holder_noun(o) or o.ent_type_ == "ORG":
                hit = _inner_place(ctx, idx, o, groups=groups)
                if hit:
                    return hit
    return None


def _with_second(ctx: DocContext, idx: int, prep: Token, hit: PlaceHit, *, groups: bool
                 ) -> PlaceHit:
    """"along the border and in annexed Crimea": the second place of the same forces."""
    for c in prep.children:
        if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in _DEST_PREPS:
            for o in _pobjs(c):
                second = _place_text(ctx, idx, o, groups=groups)
                if second and second.text != hit.text:
                    if c.lower_ in _TO_PREPS:  # "out of X and into Y"
                        second = dataclasses.replace(second, toward=True)
                    return PlaceHit(hit.text, hit.country, hit.tokens, hit.anaphor, second)
    return hit


def _goes_home_to(t: Token, p: Token) -> bool:
    """p, a preposition of t (or a leaving word on t), says where withdrawing forces go, not
    the place they leave: "returned home to X", "to" right after a leaving word on t or
    under "home"."""
    if p.lower_ in _TO_PREPS:
        return p.i > 0 and p.doc[p.i - 1].lower_ in _LEAVING and p.doc[p.i - 1].head.i == t.i
    return p.lower_ == _HOME and any(x.lower_ in _TO_PREPS for x in p.children)


def _find_place(ctx: DocContext, idx: int, fr: Frame, kind: str) -> PlaceHit | None:
    """The frame's place; a group of countries only when it names no other: the search
    runs without group place nouns first, then, if it found nothing, with them."""
    hit = _find_any_place(ctx, idx, fr, kind, groups=False)
    return hit if hit is not None else _find_any_place(ctx, idx, fr, kind, groups=True)


def _find_any_place(ctx: DocContext, idx: int, fr: Frame, kind: str, *, groups: bool
                    ) -> PlaceHit | None:
    if fr.host is not None:  # "Germany hosts 35,000 U.S. troops"
        return _place_text(ctx, idx, fr.host, groups=groups)
    if fr.place_prep is not None:  # "2,000 soldiers already in X"
        return next((h for o in _pobjs(fr.place_prep)
                     if (h := _place_text(ctx, idx, o, groups=groups)) is not None), None)
    withdrawing = kind == "withdraw"
    froms = list(dict.fromkeys(fr.place_from))
    if fr.pred is not None and fr.place_object:
        for c in fr.pred.children:
            if c.dep_ == "dobj":
                hit = _place_text(ctx, idx, c, groups=groups)
                if hit:
                    return hit
    for t in froms:
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ in ("overseas", "abroad"):
                return PlaceHit(c.text, None, (c.i, c.i + 1))
    for t in froms:
        said = fr.pred is not None and t.i == fr.pred.i and t.lower_ in _cues().reporting
        # a withdrawal's origin before any other of its places: "returned home to X from Y"
        for p in sorted(_preps(t), key=lambda x: (withdrawing and not _origin(x), x.i)):
            word = p.lower_
            if said and word not in _TOWARD_PREPS:
                continue  # "announced 3,000 troops for X in a speech at Y": where it was said
            if withdrawing and _goes_home_to(t, p):
                continue  # "returned home to X": where they go, not the place left
            if word in _LEAVING and any(x.lower_ in _TO_PREPS for x in p.children):
                pass  # "back to X": a destination ("out of X and into Y": Y)
            elif word in _ORIGIN_PREPS or word in _LEAVING:
                if not withdrawing:
                    continue
            elif word not in _DEST_PREPS and word not in _COMPOUND_PREP_HEADS:
                continue
            for o in _pobjs(p):
                hit = _place_text(ctx, idx, o, groups=groups) or \
                    _inner_place(ctx, idx, o, groups=groups)
                if hit:
                    return _with_second(ctx, idx, p, hit, groups=groups)
    for t in fr.extra:
        hit = _dest_place(ctx, idx, t, groups=groups)
        if hit:
            return hit
    for t in froms:  # the body the forces serve in, at its place
        hit = _body_place(ctx, idx, t, groups=groups)
        if hit:
            return hit
    if kind != "withdraw":  # "requested / approved 4,000 more troops for X", "...
        for t in froms:         # for the mission in X", "deployed for the rally in X"
            hit = _inner_place(ctx, idx, t, ("for",), groups=groups) or next(
                (h for p in t.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in _pobjs(p)
                 if (h := _inner_place(ctx, idx, o, groups=groups)) is not None), None)
            if hit:
                return hit
    # the deployment the forces are readied for: "on standby for deployment to X", "put on
    # alert for a possible deployment to X"
    for t in (*froms, *(c for f in froms for c in f.children
                        if c.dep_ in ("dobj", "attr", "acomp"))):
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ == "for":
                for o in _pobjs(p):
                    if o.lower_ in _nouns():
                        hit = _dest_place(ctx, idx, o, groups=groups)
                        if hit:
                            return hit
    for t in froms:  # the place itself: "placed on standby for X", "on alert for X"
        for p in t.children:
            o = _readied_on(p)
            if o is None or _cues().prep.get(o.lower_) != "planned":
                continue
            if o.dep_ in ("attr", "acomp") and any(  # the parse's "on standby for
                    q.dep_ == "prep" and q.lower_ == "for" for q in o.children):
                hit = _dest_place(ctx, idx, o, groups=groups)  # deployment to X"
                if hit:
                    return hit
            for q in o.children:
                if q.dep_ == "prep" and q.lower_ == "for":
                    hit = next((h for x in _pobjs(q) if (
                        h := _dest_place(ctx, idx, x, groups=groups)
                        if x.lower_ in _nouns()  # "for (possible) deployment to X"
                        else _place_text(ctx, idx, x, groups=groups))), None)
                    if hit:
                        return hit
    # a purpose clause of the predicate: "sent troops to help with relief in X"
    if fr.pred is not None:
        for c in fr.pred.children:
            if c.dep_ in ("xcomp", "advcl") and c.i > fr.pred.i:
                v = _verb(c)
                for o in c.children:
                    if o.dep_ != "dobj":
                        continue
                    if v is not None and v.place_object:  # "sent troops to guard the border"
                        hit = _place_text(ctx, idx, o, groups=groups)
                        if hit:
                            return hit
                    elif c.lower_ in lexicon.form_index("deploy_purpose_verbs"):
                        # a verb whose country object in a purpose clause is where forces
                        # go ("to help Iraq", "to defend Estonia")
                        place = ctx.place_of(idx, o)  # "sent 300 advisers to help Iraq"
                        if place is not None and place.kind == "country":
                            return PlaceHit(place.text, place.country, (o.i, o.i + 1))
                hit = _dest_place(ctx, idx, c, groups=groups) or next(
                    (h for p in _preps(c) for o in _pobjs(p)
                     if (h := _inner_place(ctx, idx, o, groups=groups)) is not None), None)
                if hit:  # ("to help with relief efforts in X": one step inside its object)
                    return hit
    # "there": the place named before (resolved by the caller)
    for t in (*froms, *fr.extra):
        if t.lower_ == "there" and t.dep_ == "advmod":
            return PlaceHit(t.text, None, (t.i, t.i + 1), anaphor=True)
        for c in t.children:
            if c.dep_ == "advmod" and c.lower_ == "there" and t.lower_ not in _BE:
                return PlaceHit(c.text, None, (c.i, c.i + 1), anaphor=True)
    return None


# ---------------------------------------------------------------------------------------
# status

_VERB_UP = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp"})
_NOUN_UP = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos", "pobj", "conj"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def _negated(t: Token) -> bool:
    """"not", "no troops", "any troops" (forces nobody has sent)."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "any"))
               for c in t.children)


def _bare_gerund(t: Token) -> bool:
    return t.tag_ == "VBG" and 0 < t.i - t.head.i <= 3 and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in t.children)


def _chain(start: Token, own_clause: bool = False):
    """The predicate and the words that govern it, nearest first: up through the noun
    phrase to its verb, then through complement clauses; a relative clause or a noun
    ends the chain unless the noun is a governing cue ("the decision to pull out").
    own_clause: stop at the first verb (forces stated to be somewhere)."""
    gov = _cues().governor
    t = start
    yield t, False
    for _ in range(10):
        dep, h = t.dep_, t.head
        if h.i == t.i:
            return
        if own_clause and t.pos_ in ("VERB", "AUX"):
            return
        if t.pos_ in _NOMINAL:
            if dep == "pobj" and h.dep_ == "prep":
                if own_clause:
                    return
                h = h.head
            elif dep not in _NOUN_UP:
                return
        elif t.pos_ == "ADP" and dep == "prep":
            pass  # "agreed on sending": through the preposition to its head
        elif t.pos_ == "ADV" and dep in ("advmod", "prt") and h.pos_ == "VERB":
            pass  # "backed away from his plan to pull out": the particle's verb
        elif dep == "acl" and h.lower_ in gov:
            yield h, False  # "the decision to pull out", "plans to send": on to its verb
            t = h
            continue
        elif dep not in _VERB_UP:
            return
        first = _shared_infinitive(t)
        if first is not None and first.dep_ == "acl":
            t = first  # "is considering a plan to send X, and station Y": station goes up
            continue   # as send does, through the plan
        # a coordinated or adverbial clause's head does not govern it, unless the adverbial
        # is a bare gerund complement the parser mislabels ("ruled out sending troops") or
        # the conjunct is a second infinitive hung on the governor of the first
        yield h, (dep == "conj" and first is None) or (
            dep == "advcl" and not _bare_gerund(t) and not _for_clause(t))
        t = h


def _shared_infinitive(t: Token) -> Token | None:
    """The earlier to-infinitive whose governor t shares: t is a bare infinitive, with no
    subject or auxiliary of its own, that the parse coordinates with a finite verb that
    governs that infinitive, directly ("pledged to send marines to X, and station others in
    Y": station is pledged as well) or through its object noun ("is considering a plan to
    send X, and station Y": station is in the plan); t is not a clause of its own."""
    h = t.head
    if t.dep_ != "conj" or t.tag_ != "VB" or h.tag_ == "VB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return None
    firsts = [c for c in h.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < t.i]
    firsts += [a for n in h.children if n.dep_ == "dobj" and n.i < t.i
               and n.lower_ in _cues().governor for a in n.children
               if a.dep_ == "acl" and a.tag_ == "VB" and a.i < t.i
               and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
    return firsts[-1] if firsts else None


def _for_clause(t: Token) -> bool:
    """A clause opened by "for" that the parse hangs on the verb as an adverbial: the
    object of "called for" ("called for 20,000 troops split between X and Y")."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children)


_OBJECT_CONTROL = frozenset({"of", "for", "from", "into", "against"})  # "accused X of sending"
_NOW = frozenset({"already", "still", "currently", "now"})  # "units already patrolling X"


def _governing_cue(tok: Token) -> str | None:
    """The status cue of the clause that holds a noun phrase (a governing word, or a modal on
    its verb): "asks for 28 interceptors" -> planned."""
    cues = _cues()
    prev = None
    more = any(w.i < tok.i and w.lower_ in forces.reference_words("increment")
               for w in tok.subtree)
    for t, coordinated in _chain(tok):
        below, prev = prev, t
        if t.i == tok.i or coordinated:
            continue
        if t.lower_ in cues.reporting:
            return None
        st = _gov_cue(t, below)
        if st is not None:
            return st if st != "none" else None
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in _HOLD and \
                t.lower_ not in lexicon.form_index("deploy_receiving_verbs") and not more:
            return None  # a modal on a verb that does something with forces already sent
            # is no cue for them: "will visit the troops stationed in X", "the troops sent
            # to X will help defend it" (only holding or receiving them: "will have 40
            # marines based in X", "will need 4,000 troops deployed to X"; or forces yet to
            # come: "will get 4,000 more troops based in X")
        for c in t.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in cues.aux:
                return cues.aux[c.lower_]
        if t.pos_ in ("VERB", "AUX"):
            return None  # only the clause that holds the phrase: "joining ships stationed
            # in X" says nothing of when they got there
    return None


def _finite_relative(pred: Token) -> bool:
    """A relative clause with a tense of its own ("who were sent", "that have been
    stationed"), not a bare participle ("stationed in X")."""
    return pred.dep_ == "relcl" and any(c.dep_ in ("aux", "auxpass") for c in pred.children)


def _hyphen_half(tok: Token) -> bool:
    """tok is the second half of a hyphenated modifier ("ground-based", "sea-launched"): a
    kind of weapon, not a state the forces are in."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def _wanted(fp: ForcePhrase) -> str | None:
    """The status a governing word cues when the forces are its object ("wants more troops
    in X", "asked for 28 interceptors", "proposed 2,000 troops in X"), else None."""
    a = _arg(fp.top)
    if a.dep_ == "dobj":
        g, st = a.head, _gov_cue(a.head, a)
    elif a.dep_ == "pobj" and a.head.dep_ == "prep":
        g, st = a.head.head, _gov_cue(a.head.head, a.head)
    else:
        return None
    if st == "planned" and g.pos_ == "NOUN" and g.dep_ in ("dobj", "nsubjpass") and \
            _gov_cue(g.head, g) == "ordered":
        st = "ordered"  # "approved a request for 1,000 troops at X": a decision on a
        # request makes it one (as _status does for "approved a request to send")
    return st if st in ("planned", "ordered") else None


def _reported(t: Token) -> bool:
    """A clause that a parenthetical reporting verb or "according to" attributes to a
    source ("The troops, officials said, would ...", "... would deploy, according to X")."""
    rep = _cues().reporting
    return any((c.dep_ == "parataxis" or c.dep_ == "prep") and c.lower_ in rep
               for c in t.children)


def _condition(t: Token) -> str | None:
    """The cue of a conditional clause on a verb ("if Russia invades", "unless talks
    succeed"): forces sent only if something happens are not yet decided."""
    cond = _cues().condition
    for c in t.children:
        if c.dep_ == "advcl":
            for m in c.children:
                if m.dep_ == "mark" and m.lower_ in cond:
                    return cond[m.lower_]
    return None


def _weighed(verb: Token) -> bool:
    """A verb under a modal or a condition: what its gerund subject does is an idea weighed
    ("sending troops would be a mistake", "could cost billions if ...")."""
    return _condition(verb) is not None or any(
        c.dep_ == "aux" and c.lower_ in _cues().aux for c in verb.children)


def _cut_to_level(pred: Token) -> bool:
    """A withdrawal stated as the level forces are cut to ("cut to 9,800")."""
    for p in pred.children:
        if p.dep_ == "prep" and p.lower_ == "to" and any(
                o.dep_ == "pobj" and (o.like_num or o.ent_type_ == "CARDINAL") for o in p.children):
            return True
    return False


def _state_cue(t: Token) -> str | None:
    """The cue of a state a verb puts forces in ("put on standby", "placed on alert"): a
    preposition's object, or the state word itself when the parse makes it the preposition
    ("been put on standby") or an object after a particle ("put on heightened alert"); after
    "on", also a word that modifies the object ("placed on prepare-to-deploy orders")."""
    cues = _cues()
    for c in t.children:
        if c.dep_ == "prep":
            for o in c.children:
                if o.lower_ in cues.prep:
                    return cues.prep[o.lower_]
                m = next((x for x in o.children if x.dep_ in ("nmod", "compound", "amod")
                          and x.lower_ in cues.prep), None) if c.lower_ == "on" else None
                if m is not None:
                    return cues.prep[m.lower_]
        if c.lower_ in cues.prep and not any(x.dep_ == "aux" for x in c.children) and any(
                x.lower_ == "on" for x in c.doc[max(0, c.i - 3):c.i]):
            return cues.prep[c.lower_]
    return None


def _status(fr: Frame, fp: ForcePhrase) -> tuple[str, bool]:
    """(status, negated) from the frame's kind and the modality above the predicate."""
    cues = _cues()
    kind = fr.kind
    start = fr.pred if fr.pred is not None else fp.top
    negated = _negated(fp.head) or _negated(fp.top)
    cue = None
    prev = None
    through_prep = False
    reported = False  # the cue is a reported "would" ("said it would deploy")
    now = _now_prep(fp.head) is not None or any(
        c.dep_ == "advmod" and c.lower_ in _NOW for c in fp.head.children)
    if start.pos_ in ("NOUN", "PROPN"):
        for c in start.children:  # "the troop increase he ordered", "the withdrawal he announced"
            if c.dep_ in ("relcl", "acl") and c.lower_ in cues.governor:
                cue = cues.governor[c.lower_]
                break
    for t in dict.fromkeys((start, fp.top, fp.head)):  # "a possible deployment of troops"
        if cue is None and t.pos_ in ("NOUN", "PROPN"):
            cue = next((cues.amod[c.lower_] for c in t.children
                        if c.dep_ == "amod" and c.lower_ in cues.amod and (
                            kind == "stay" or cues.amod[c.lower_] != "deployed")), None)
            # ("will keep the current force of 9,800 troops": there now, whoever decides
            # to keep them; only where they are kept, not "will send the current 500")
    for t, coordinated in _chain(start, own_clause=fr.pred is None):
        if t.pos_ == "ADP":
            through_prep = True
        if t.lower_ in cues.reporting and prev is not None and prev.dep_ == "ccomp":
            if cue is None and any(c.dep_ == "aux" and c.lower_ == "would"
                                   for c in prev.children):
                cue = "ordered"  # "announced it would deploy": the reported future
                reported = True
            break  # the reporting verb itself says nothing of the deployment
        gov = _gov_cue(t, prev) if t.i != start.i and not coordinated and not (
            prev is not None and prev.dep_ == "nsubj" and prev.pos_ in _NOMINAL
            and any(c.dep_ == "dobj" for c in t.children)) else None
        # (a word cues what it governs, not the subject it acts with: "the withdrawal of
        # troops from X abandoned the Kurds" is a withdrawal, not one called off; "the
        # withdrawal stopped in March", with no object, is)
        if gov == "planned" and now:
            gov = None  # "is open to hosting the troops already in X": there now
        undenied = gov == "none" and _negated(t)
        if undenied:  # a stop negated: "has not ruled out sending" is possible (planned);
            # "has not cancelled the deployment" leaves the deployment's own status
            gov = "planned" if cues.negated_as.get(t.lower_) == "planned" else None
        negated = negated or (not through_prep and t.pos_ in ("VERB", "AUX", "ADJ")
                              and _negated(t) and not undenied) or (
            gov is not None and t.pos_ == "NOUN" and _negated(t))  # "no plans to send"
        if gov == "none":
            negated = True  # "abandoned plans to send", whatever cue came first
        if gov == "ordered" and cue == "planned" and prev is not None and \
                prev.pos_ == "NOUN" and prev.dep_ in ("dobj", "nsubjpass") and \
                _gov_cue(prev) == "planned":
            cue = gov  # "approved a request to send", "accepted the proposal to deploy":
            # a decision on a proposal makes it one
        elif gov == "planned" and cue == "ordered" and prev is not None and \
                prev.pos_ == "NOUN" and prev.dep_ in ("dobj", "nsubjpass") and \
                _gov_cue(prev) == "ordered":
            cue = gov  # "is weighing plans to send", "drew up plans to deploy": a plan
            # considered or drafted is not yet decided
        if cue is None and gov is not None:
            cue = gov
        if cue is None and t.pos_ in ("VERB", "AUX") and not coordinated:
            cue = _condition(t)  # "will deploy troops if Russia invades"
        if cue is None:  # "will be (put) on standby": the state, whatever the tense
            cue = _state_cue(t)
        if cue is None and t.i == start.i and fp.top.dep_ in ("dobj", "nsubjpass") and \
                fp.top.head.i == t.i:
            cue = _state_cue(fp.top)  # the parse hangs the state on the forces: "put 1,000
            # paratroopers on alert for deployment to X"
        if cue is None:
            for c in t.children:
                if c.dep_ in ("aux", "auxpass") and c.lower_ in cues.aux:
                    cue = cues.aux[c.lower_]
                    if c.lower_ == "would" and ((t.dep_ == "ccomp" and t.head.lower_ in
                                                 cues.reporting) or _reported(t)):
                        cue = "ordered"  # "troops would deploy, officials said / according to X"
                        reported = True
                    break
        if cue is None and t.i != start.i and t.lower_ in _BE and prev is not None and \
                prev.dep_ == "xcomp" and any(c.lower_ == "to" for c in prev.children):
            cue = "ordered"  # "is to send"
        prev = t
    if fr.pred is None and kind == "stay" and cue in ("planned", "ordered") and (now or any(
            p.dep_ == "prep" and any(c.dep_ == "advmod" and c.lower_ in _NOW for c in p.children)
            for p in fp.head.children)):
        return "deployed", negated  # "the 800 troops already in X will be joined by 300
        # more": forces written as there now, whatever the clause says happens to them
    if kind == "remain" and (cue is None or (cue == "ordered" and not reported)):
        return "deployed", negated  # "8,000 troops will remain": there now, and staying
        # (a reported "would remain" is a decision announced: "said 5,500 would remain")
    if cue == "none":
        if kind == "withdraw" and not _negated(fp.head) and not _negated(fp.top):
            return "deployed", False  # "suspended the pullout of troops from X": they stay
        return "deployed", True
    if kind == "withdraw" and negated and fr.pred is not None and fr.pred.pos_ in ("VERB", "AUX"):
        return "deployed", False  # "will not withdraw the 2,000 troops": they stay
    if kind == "withdraw" and fr.pred is not None and _cut_to_level(fr.pred) and \
            fp.top.dep_ in ("nsubjpass", "dobj") and fr.level is None:
        return "deployed", negated  # "the force of 35,000 will be cut to 9,800": 35,000 are there
    if kind == "withdraw":
        return "withdrawn", negated
    if kind == "plan":
        return "planned", negated
    if cue is not None:
        return cue, negated
    if kind == "order":
        return "ordered", negated
    p = fr.pred
    # (an active progressive is no cue: "is sending 200 troops to X" reads as forces going
    # there, deployed; only the passive progressive is an order being carried out)
    if p is not None and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in p.children):
        return "ordered", negated  # "are being deployed"
    if p is not None and p.tag_ == "VBG" and p.dep_ in ("csubj", "csubjpass") and \
            p.i < p.head.i and p.head.dep_ in ("ROOT", "ccomp") and _weighed(p.head):
        return "planned", negated  # a gerund subject weighed by a modal or a condition is an
        # idea: "sending 3,000 troops to X would be a mistake" (not "stationing troops in X
        # costs $1 billion a year": they are there)
    to_infinitive = p is not None and p.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in p.children)
    if to_infinitive and (p.dep_ == "ROOT" or (
            p.dep_ == "ccomp" and p.head.dep_ == "ROOT" and p.head.lower_ in cues.reporting)) \
            and any(c.dep_ == "nsubj" for c in p.children):
        return "ordered", negated  # a headline's "X to send troops to Y" is "X is to send",
        # also when reported ("X to send troops to Y, minister says")
    if to_infinitive and not (p.dep_ == "xcomp" and p.head.lower_ in cues.evidential):
        return "planned", negated  # an infinitive nobody has decided yet (not "believed
        # to be in X": a stated fact)
    return "deployed", negated


# ---------------------------------------------------------------------------------------
# rejection

_QUESTION = frozenset({"how", "whether"})


def _harmed(fp: ForcePhrase) -> bool:
    """Forces as victims, trainees, payees...: "soldiers were killed", "killing troops";
    or named as where others come from ("soldiers from a brigade based in X")."""
    harm = _harm()
    a = _arg(fp.top)
    h = a.head
    if a.dep_ == "pobj" and h.lower_ == "from" and not _change_to(a):
        return True  # (not "cut the force from 5,200 to 3,000 troops": the level)
    if a.dep_ in ("nsubjpass", "dobj", "nsubj", "pobj", "attr") and h.lower_ in harm and not (
            a.dep_ == "nsubj" and _agent_clause(h)):  # ("troops fighting X", "... killed a
        return True                                   # rebel leader": they act)
    if a.dep_ == "pobj" and h.head.lower_ in harm:
        return True
    for c in fp.head.children:  # "troops killed in the attack", "troops who died"
        if c.dep_ in ("acl", "relcl") and c.lower_ in harm and not _agent_clause(c):
            return True
    return a.dep_ == "pobj" and h.lower_ == "of" and h.head.lower_ in _harm_nouns()


@cache
def _dying() -> frozenset[str]:
    """The forms of "die" as force_harm_words.csv gives them (compared by form: the pipeline
    has no lemmatizer, so lemma_ is empty for such words)."""
    return frozenset(f for r in lexicon.rows("force_harm_words") if r["lemma"] == "die"
                     for f in lexicon.forms(r["lemma"], r["forms"]))


def _agent_clause(c: Token) -> bool:
    """A harm verb the forces do, not suffer: a present participle on them or with them as
    its subject ("troops fighting in X", "soldiers training Afghan forces"; not "dying"), or
    a relative clause or verb with an object ("soldiers who protect the embassy", "commandos
    have killed a rebel leader"); a passive or a bare past participle keeps them victims."""
    return c.lower_ not in _dying() and not any(x.dep_ in ("auxpass", "nsubjpass") for x in c.children) \
        and (c.tag_ == "VBG" or (c.dep_ != "acl" and any(x.dep_ == "dobj" for x in c.children)))


def _question(fp: ForcePhrase) -> bool:
    left = fp.top.left_edge.i
    doc = fp.head.doc
    return any(t.lower_ in _QUESTION for t in doc[max(0, left - 2):fp.head.i])


# ---------------------------------------------------------------------------------------
# actors

def _subject_actor(ctx: DocContext, idx: int, pred: Token | None,
                   skip: frozenset[int] = frozenset(), through_reports: bool = False
                   ) -> tuple[str, str | None] | None:
    """The country or body that does the deploying: the nearest subject up the chain
    (the forces themselves skipped). A pronoun subject ("it would deploy") is the
    reporting clause's subject or the last country named; a person's is their country when
    known. through_reports: also climb from a reported clause to the reporter ("Germany
    announced that its brigade ...")."""
    ups = {"xcomp", "conj", "advcl", "acl", "pcomp", "pobj", "prep", "acomp"}
    if through_reports:
        ups.add("ccomp")
    if pred is not None and pred.pos_ in ("NOUN", "PROPN"):
        for c in pred.children:  # "the troop surge (that) Russia ordered": its orderer
            if c.dep_ in ("relcl", "acl") and c.lower_ in _cues().governor:
                for x in c.children:
                    if x.dep_ == "nsubj":
                        ac = _token_actor(ctx, idx, x)
                        if ac:
                            return ac
    t = pred
    steps = 0
    raised = False  # t was reached from its infinitive complement
    via_acl = False  # t was reached from its infinitive ("the decision to send")
    while t is not None and steps < 6:
        steps += 1
        if via_acl and t.pos_ == "NOUN" and t.lower_ in _cues().governor:
            for c in t.children:  # "Trump's decision to withdraw troops": its owner's
                if c.dep_ == "poss" and c.i not in skip:
                    ac = _token_actor(ctx, idx, c) or _state_actor(c)
                    if ac:
                        return ac
        for c in t.children:
            if c.dep_ not in ("nsubj", "agent") and not (
                    c.dep_ == "nsubjpass" and (raised or t.lower_ in _cues().evidential)):
                continue  # ("Turkey is believed / expected to send troops": Turkey's)
            if c.i in skip:
                return None  # the forces themselves: the article's main force owner decides
            s = c
            if c.dep_ == "agent":
                s = next((x for x in c.children if x.dep_ == "pobj"), None)
                if s is None:
                    continue
            if s.lower_ in RELATIVE_WORDS and t.dep_ == "relcl":
                s = t.head  # "Germany, which has 1,000 soldiers in X": the antecedent's
                if s.i in skip:
                    return None
            ac = _token_actor(ctx, idx, s) or _state_actor(s, t, raised)
            if ac:
                return ac
            if s.lower_ in ("it", "they"):
                ac = _pronoun_actor(ctx, idx, t)
                if ac:
                    return ac
                continue
            if s.lower_ == "we":
                return _quoted_we(ctx, idx, s)
            if s.lower_ in ("he", "she"):
                return _reporter_actor(ctx, idx, t, "m" if s.lower_ == "he" else "f")
            return None  # a subject that is not a country or body: no guess from higher up
        if t.head.i == t.i:
            break
        # object control: "asked NATO to station troops": NATO's; also a gerund after the
        # object's preposition: "accused Moscow of sending troops": Moscow's (not "by":
        # "rewarded Poland by sending troops" is the subject's)
        ctl = t.head if t.dep_ == "xcomp" else t.head.head if (
            t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep"
            and t.head.lower_ in _OBJECT_CONTROL) else None
        if ctl is not None:
            for c in ctl.children:
                if c.dep_ == "dobj" and c.i < t.i and c.i not in skip:
                    ac = _token_actor(ctx, idx, c)
                    if ac:
                        return ac
        passive = any(c.dep_ == "nsubjpass" for c in t.children)
        noun_up = t.pos_ in ("NOUN", "PROPN", "NUM") and t.dep_ in ("dobj", "attr") and (
            t.head.lower_ in _HOLD or _verb(t.head) is not None
            or t.lower_ in _cues().governor or t.head.lower_ in _cues().governor)  # "approved plans to send"; not "they join the troops"
        if t.dep_ in ups or noun_up \
                or (passive and t.dep_ == "ccomp"):  # "the Pentagon said 750 troops would be sent"
            raised = t.dep_ == "xcomp"
            via_acl = t.dep_ == "acl"
            t = t.head  # "Italy has 900 soldiers stationed in X": from the noun to its verb
        else:
            break
    return None


def _sender_actor(ctx: DocContext, idx: int, fp: ForcePhrase) -> tuple[str, str | None] | None:
    """Who sent the forces, named as the subject of a relative clause that deploys them as
    its object: "the 600 soldiers that Macron sent to Estonia (will stay)": France's. Not a
    verb of plan kind (deploy_verbs.csv: "the 300 advisers that Lima requested" are no
    more Peru's than "the peacekeepers that Chad has sought" are Chad's)."""
    for c in fp.head.children:
        if c.dep_ != "relcl" or any(x.dep_ == "dobj" and x.tag_ not in ("WDT", "WP")
                                    for x in c.children):
            continue
        v = _verb(c)
        if v is None or not v.object or v.object == "plan":
            continue
        for x in c.children:
            if x.dep_ == "nsubj" and x.tag_ not in ("WDT", "WP"):
                ac = _token_actor(ctx, idx, x)
                if ac:
                    return ac
    return None


def _state_actor(tok: Token, verb: Token | None = None, raised: bool = False
                 ) -> tuple[str, str | None] | None:
    """A state named as the deploying subject ("Texas will send 1,000 National Guard
    troops", "Arizona deployed its Guard to the border"): its own forces, as a governor's are
    (_governed_place). A state only (places.state_of), not a city ("Brussels will send"),
    and only as the subject of a verb that deploys, or that governs a deploying infinitive
    (raised: "Texas plans to send"), not of one that has or hosts them ("Texas has 10,000
    soldiers at X"); verb None: the possessor of a governing noun ("Texas's decision to
    send"). A country or capital is actor_of's."""
    if verb is not None and not raised:
        v = _verb(verb)
        if verb.lower_ in _HOLD or v is None or not (v.object or v.subject) or v.place_subject:
            return None
    e = forces.ent_of(tok)
    if e is None or e.label_ != "GPE":
        return None
    return state_of(re.sub(r"^the\s+", "", e.text))


def _reporter_actor(ctx: DocContext, idx: int, t: Token, gender: str
                    ) -> tuple[str, str | None] | None:
    """"he"/"she" as the deploying subject of a clause a reporting verb governs directly:
    the country of the named person who reports it ("Trump announced he was pulling troops
    from X"), when the article gives that person the pronoun's gender by a first name or an
    honorific (a vote of pronouns would count this very pronoun). None when the clause
    hangs on anything else ("warned X that he would face sanctions if he sent troops",
    "criticized X because he had sent"), or the reporting verb has a named or pronoun
    object, who may be the one meant ("asked X whether he would send"; "told reporters"
    is no such object)."""
    h = t.head
    if t.dep_ not in ("ccomp", "xcomp") or h.i == t.i or h.lower_ not in _cues().reporting \
            or any(c.dep_ in ("dobj", "dative", "iobj") and c.pos_ in ("PROPN", "PRON")
                   for c in h.children):
        return None
    for c in h.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN":
            m = ctx.mention_at(ctx.abs(idx, c), ctx.abs_end(idx, c))
            if m is None or m.actor is None or not m.actor.gender_named \
                    or m.actor.gender != gender:
                return None
            return _token_actor(ctx, idx, c)
    return None


def _pronoun_actor(ctx: DocContext, idx: int, t: Token) -> tuple[str, str | None] | None:
    """"it"/"they" as the deploying subject: the subject of the clause that reports it
    ("Latvia announced that it would deploy"), else the country or body the previous
    sentence is about (its subject), else the last country named before."""
    h = t
    for _ in range(4):
        if h.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or h.head.i == h.i:
            break
        h = h.head
        for c in h.children:
            if c.dep_ == "nsubj":
                ac = _token_actor(ctx, idx, c)
                if ac:
                    return ac
    prev = ctx.parse(idx - 1) if idx > 0 else None
    if prev is not None:  # the previous sentence's subject ("The Pentagon ... . It also sent")
        for root in (x for x in prev if x.dep_ == "ROOT"):
            for c in root.children:
                if c.dep_ == "nsubj":
                    ac = _token_actor(ctx, idx - 1, c)
                    if ac:
                        return ac
    from .places import actor_country

    if prev is None and idx > 0:  # unparsed: a country or body opening the sentence
        ps = ctx.article.sentences[idx - 1]
        for m in ctx.entities.mentions_in(ps.start, min(ps.end, ps.start + 30)):
            ac = actor_country(m.text) if m.kind in ("country", "organisation") else None
            if ac and ctx.article.text[ps.start:m.start].strip(" \"“'").lower() in ("", "the"):
                return ac
    start = ctx.article.sentences[idx].start
    best = None
    for m in ctx.entities.mentions_in(max(0, start - 600), start):
        if m.kind == "country":
            ac = actor_country(m.text)
            if ac:
                best = ac
    return best


def _token_actor(ctx: DocContext, idx: int, tok: Token, depth: int = 0
                 ) -> tuple[str, str | None] | None:
    """The country or body a subject names: itself ("Russia", "the Pentagon"), a modifier
    ("Japan's defence minister", "the German government"), a person's or office's country
    ("Defence Minister Anna Berg of Sweden", "the president of France", "Lars Holm, Denmark's
    foreign minister", a name whose title elsewhere gives it: "Chilean President X ... X
    sent"), the parse's part of speech aside (a name it tags as an adjective)."""
    ac = actor_of(tok)
    if ac:
        return ac
    for c in tok.children:
        if c.dep_ in ("compound", "poss", "amod"):
            ac = actor_of(c) or _governed_place(f"{(forces.ent_of(c) or c).text} {tok.text}")
            if ac:  # ("Arizona's governor": the state's)
                return ac
            if c.dep_ == "amod" and c.lower_ in GROUP_LEADERS:  # "the Saudi-led coalition"
                for x in c.children:
                    if x.dep_ in ("npadvmod", "compound", "nmod") and x.i < c.i:
                        ac = actor_of(x)
                        if ac:
                            return ac
    s = ctx.article.sentences[idx].start
    m = ctx.mention_at(s + tok.idx, s + tok.idx + len(tok.text))
    if m is not None and m.actor is not None and (
            m.actor.kind == "person" or tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN"):
        ac = _person_actor(m.actor)
        if ac:
            return ac
    if depth == 0 and (tok.ent_type_ == "PERSON" or tok.lower_ in _person_heads()):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":  # "the defence minister of Japan"
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    e = forces.ent_of(o)
                    name = re.sub(r"^the\s+", "", e.text if e is not None else o.text)
                    ac = actor_country(name)  # the whole name: "New Mexico" is no "Mexico"
                    if ac and ac[1]:
                        return ac
                    title = m.actor.title if m is not None and m.actor is not None else None
                    info = lookup_place(name) if _governed_place(
                        f"{title or ''} {tok.text} {name}") else None  # "the governor of Texas"
                    if info and info.get("country"):
                        return info["name"], info["country"]
            elif c.dep_ == "appos":  # "Lars Holm, Denmark's foreign minister"
                ac = _token_actor(ctx, idx, c, depth + 1)
                if ac:
                    return ac
    if (m is None or m.actor is None) and tok.text[:1].isupper() and \
            tok.ent_type_ not in _PLACE_ENTS:
        e = forces.ent_of(tok)  # a leader's name no mention holds, whatever the tagger
        # makes of it ("Putin sent troops", "Trump" read as an organisation): their country
        return forces.leader_actor(forces.unpossessive(e.text if e is not None else tok.text))
    return None


_PLACE_ENTS = PLACE_LABELS | {"NORP"}   # a place or a people: no leader's name


def _person_actor(person) -> tuple[str, str | None] | None:
    """The country a person deploys for: their own (a title's or an "of" phrase's), a
    governor's state ("California Gov. X"), or a leader's country (leaders.csv)."""
    if person.country:
        name = forces.country_name(person.country)
        if name:
            return name, person.country
    if person.kind != "person":
        return None
    if person.title:
        ac = _governed_place(person.title)
        if ac:
            return ac
    return forces.leader_actor(person.name)


def _quoted_we(ctx: DocContext, idx: int, tok: Token) -> tuple[str, str | None] | None:
    """"we" deploying inside a quotation is the speaker's country or body, named in the
    sentence outside the quotation marks ('"We are sending 3,000 troops," President X
    said'; '"We will keep forces there," the Pentagon said')."""
    s = ctx.article.sentences[idx]
    if not ctx.in_quote(s.start + tok.idx):
        return None
    from .places import actor_country

    for m in ctx.entities.mentions_in(s.start, s.end):
        if ctx.in_quote(m.start):
            continue
        if m.kind == "person" and m.actor is not None:
            ac = _person_actor(m.actor)
        elif m.kind in ("country", "organisation"):
            ac = actor_country(m.text)
        elif m.kind == "place":  # a capital that speaks: '"We ...," Ottawa said'
            t = next((x for x in tok.doc if s.start + x.idx == m.start), None)
            ac = actor_of(t) if t is not None and t.dep_ == "nsubj" else None
        else:
            ac = None
        if ac:
            return ac
    return None


def _governed_place(title: str) -> tuple[str, str | None] | None:
    """The state or province a governor's title names ("California Gov.", "Governor of
    Texas"): the forces a governor sends are that state's (its National Guard)."""
    words = [forces.unpossessive(w) for w in title.split()]
    if not any("governor" in _title_roles().get(w.lower().rstrip("."), ()) for w in words):
        return None
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i:i + n])
            if not name[:1].isupper() or _title_roles().get(name.lower().rstrip(".")):
                continue
            info = lookup_place(name)
            if info and info.get("kind") != "country" and info.get("country"):
                return info["name"], info["country"]
    return None


@cache
def _title_roles() -> dict[str, frozenset[str]]:
    """lexicons.TITLE_ROLES by lower-case word without its full stop ("gov" for "Gov.")."""
    out: dict[str, frozenset[str]] = {}
    for word, roles in TITLE_ROLES.items():
        key = word.lower().rstrip(".")
        out[key] = out.get(key, frozenset()) | roles
    return out


@cache
def _person_heads() -> frozenset[str]:
    """Nouns that name a person by office ("minister", "president", "chief"): title_roles
    and title_words."""
    out = set(_title_roles())
    for r in lexicon.rows("title_words"):
        w = next(iter(r.values())).lower()
        out.add(w.rstrip("."))
    return frozenset(out)


# ---------------------------------------------------------------------------------------
# bare numbers

_NUM_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "conj",
                       "npadvmod"})
_RAISE = frozenset({"bring", "brings", "bringing", "brought", "raise", "raises", "raised",
                    "raising", "take", "takes", "took", "taking", "increase", "increases",
                    "increased", "increasing", "boost", "boosts", "boosted", "boosting"})
_PRONOUN_GROUP = frozenset({"them", "those", "these"})


def _bare_numbers(doc: Doc, taken: set[int]):
    """Numbers heading a noun phrase of their own: "the 14,000 already deployed"."""
    for t in doc:
        if t.i in taken or t.ent_type_ not in ("CARDINAL", "") or not t.like_num:
            continue
        if (t.dep_ not in _NUM_DEPS and not _on_increment(t)) or \
                YEAR_RE.fullmatch(t.text):
            continue
        if any(c.dep_ == "pobj" for c in t.children):
            continue
        yield t


def _on_increment(t: Token) -> bool:
    """"could send 4,000 more": the number parsed on the comparative that stands for the
    forces (the comparative takes the role)."""
    return t.dep_ == "nummod" and t.head.i == t.i + 1 and t.head.dep_ in _NUM_DEPS and \
        t.head.lower_ in forces.reference_words("increment")


def _of_pronoun(t: Token) -> bool:
    """"300 of them": the number counts forces named before; also "Of those, 6,400 will
    return ...", the "of" phrase opening the clause (the parse hangs it on the verb)."""
    preps = list(t.children)
    if t.dep_ in ("nsubj", "nsubjpass"):
        verbs = [t.head, *((t.head.head,) if t.head.dep_ in ("advcl", "conj") else ())]
        # ("Of those, 6,400 will return ..., while 5,600 will shift to X": the second clause)
        preps += [p for v in verbs for p in v.children if p.i < t.i]
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.lower_ in _PRONOUN_GROUP for o in p.children) for p in preps)


def _moves_on(h: Token) -> bool:
    """The verb of "another N" says the forces go, stay or will act: a deploy verb
    ("another 150 will arrive"), a status cue ("are expected to follow"), or a modal on a
    verb that is no "be" ("another 150 will train local reservists"); not a state or a
    harm ("another 500 are missing", "another 300 surrendered")."""
    if _verb(h) is not None or h.lower_ in _verbs() or _gov_cue(h) not in (None, "none"):
        return True
    return h.lemma_ != "be" and h.lower_ not in _BE and any(
        c.dep_ == "aux" and c.lower_ in _cues().aux for c in h.children)


def _anaphoric(t: Token) -> bool:
    words = forces.reference_words("anaphor")
    return any(c.dep_ in ("det", "amod", "advmod") and c.lower_ in words for c in t.children)


def _list_item(t: Token, ref: Cand) -> Frame | None:
    """A number in an elliptical list after forces that a verb governs, with a place of its
    own: "will send 300 troops to X, 150 to Y and 100 to Z", "has 2,500 troops in X, 900 in
    Y": the forces' predicate (so their status), the number's own place."""
    if ref.doc is not t.doc or not any(
            p.lower_ in _DEST_PREPS and any(True for _ in _pobjs(p)) for p in _preps(t)):
        return None
    x = t
    while x.dep_ == "conj" and x.head.like_num:
        x = x.head
    top = _arg(ref.fp.top)
    if x.dep_ == "conj" and x.head in (ref.fp.head, top):
        pass  # "300 troops to X and 150 to Y": a conjunct of the forces themselves
    elif x.dep_ not in ("npadvmod", "appos", "conj") or x.head.pos_ not in ("VERB", "AUX") or \
            top.head.i != x.head.i:
        return None
    return Frame(ref.fr.pred, ref.fr.kind, (t,), holder=ref.fr.holder)


def _bare_frame(t: Token, ref: Cand | None = None) -> Frame | None:
    """The frame of a number standing for forces, or None."""
    a = t.head if _on_increment(t) else t
    if ref is not None:
        fr = _list_item(t, ref)
        if fr is not None:
            return fr
    if a.dep_ == "npadvmod":
        return None
    change_end = a.dep_ == "pobj" and a.head.lower_ == "from" and any(
        c.dep_ == "quantmod" and c.lower_ == "to" for c in a.children)  # "from [400 to] 150"
    if a.dep_ == "pobj" and (a.head.lower_ in ("to", "by") or change_end):
        verb = a.head.head
        if change_end:
            pass
        elif verb.lower_ == "from" and verb.dep_ == "prep":
            verb = verb.head  # "reduced from 5,200 to 3,000"
        elif verb.like_num and verb.dep_ == "pobj" and verb.head.lower_ in ("from", "by"):
            verb = verb.head.head  # "reduced from [5,200 to 3,000]", "cut by 2,200 to 3,000"
        v = _verb(verb)
        if v is not None and v.object == "withdraw":
            return Frame(verb, "withdraw", (a,))  # "cut to 9,800", "reduced by 2,000"
        totals = forces.reference_words("total")
        if verb.lower_ not in _RAISE:  # "bringing the total number added to 1,500": the
            # parse may hang "to N" on a verb next to the raising one, or on a clause of
            # the total ("the total number sent this year")
            near = [c for c in verb.children if c.dep_ in ("csubj", "advcl", "xcomp", "conj")]
            if verb.dep_ == "acl" and verb.head.lower_ in totals:
                near.append(verb.head.head)
            verb = next((c for c in near if c.lower_ in _RAISE), verb)
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in totals]
        if verb.lower_ in _RAISE and a.head.lower_ == "to" and objs:
            # "bringing the total (of troops stationed on the border) to 4,300"
            return Frame(verb, "stay", (verb,), extra=tuple(
                x for o in objs for x in o.subtree if x.pos_ in ("VERB", "NOUN")))
    if a.dep_ in ("dobj", "nsubjpass"):
        v = _verb(a.head)
        if v is not None and v.object:
            return Frame(a.head, v.object, (a.head, a))
    if a.dep_ == "nsubj":
        v = _verb(a.head)
        if v is not None and v.subject:
            return Frame(a.head, v.subject, (a.head, a))
    for c in a.children:
        if c.dep_ in ("acl", "relcl"):
            v = _verb(c)
            if v is not None and (v.object if c.tag_ == "VBN" else v.subject):
                return Frame(c, v.object if c.tag_ == "VBN" else v.subject, (c, a))
    # "the roughly 8,400 already in Afghanistan", "on top of 500 already there"
    froms = (a, *(c for c in a.children if c.dep_ == "advmod"))
    nxt = a.doc[a.i + 1] if a.i + 1 < len(a.doc) else None
    if nxt is not None and nxt.lower_ in ("already", "still") and nxt.dep_ == "advmod":
        froms = (*froms, nxt, nxt.head)
        after = a.doc[nxt.i + 1] if nxt.i + 1 < len(a.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ in _DEST_PREPS and \
                after.head.i == a.head.head.i:
            froms = (*froms, after.head)  # "to add to the 8,400 already in X": "in X" on the verb
    if any(p.lower_ in _DEST_PREPS for f in froms for p in _preps(f)) or any(
            f.lower_ == "there" for f in froms) or any(
            c.dep_ == "advmod" and c.lower_ == "there" for f in froms for c in f.children):
        return Frame(None, "stay", froms)
    if _anaphoric(a) or _of_pronoun(a):  # "another 150 will train ...", "300 of them"
        if any(x.lower_ in _harm() and x.tag_ in ("VBN", "VBD") for x in a.doc[a.i + 1:a.i + 4]):
            return None  # victims: "13 were killed and another 32 (were) wounded" (not
            # "another 150 will train local recruits")
        h = a.head if a.head.pos_ in ("VERB", "AUX") else None
        if h is not None and a.dep_ == "nsubjpass":  # "another 3,000 are expected to
            h = next((c for c in h.children if c.dep_ == "xcomp" and c.i > h.i), h)  # follow"
        if h is not None and not _moves_on(h) and _gov_cue(a.head) in (None, "none"):
            return None  # "another 500 are missing", "another 300 surrendered"
        return Frame(h, "move" if h is not None else "stay", (h, a) if h is not None else (a,))
    return None


def _bare_cands(doc: Doc, taken: set[int], idx: int, producing: list[Cand]) -> list[Cand]:
    """Numbers standing for forces a fact named just before (in this sentence or the two
    before; "300 of them" may point further back)."""
    out = []
    for t in _bare_numbers(doc, taken):
        before = [c for c in producing if c.idx < idx or (c.idx == idx and c.fp.head.i < t.i)]
        ref = before[-1] if before and idx - before[-1].idx <= 2 else None
        if ref is None and before and _of_pronoun(t):
            ref = before[-1]
        if ref is None:
            continue
        if t.i > 0 and (doc[t.i - 1].lower_ in forces.vague_words() or
                        doc[t.i - 1].lower_ in ("few", "several")):
            continue  # "a few hundred crossed": no number
        fr = _bare_frame(t, ref)
        size = forces.parse_number(t.text)
        if fr is None or not size or size < 2:
            continue
        left = t.left_edge.i
        q = forces.qualifier_of(doc[max(0, left - 4):t.i].text)
        fp = ForcePhrase(t, t, ref.fp.unit, size, q or "exact", (), False, True, ref.fp.noun)
        out.append(Cand(idx, doc, fp, fr, "deploy.bare_number", ref, same_place=ref.idx == idx))
    return out


# ---------------------------------------------------------------------------------------
# extraction

def extract_deployments(ctx: DocContext) -> list[dict]:
    """Fact type "deployments" on a DocContext (see the module docstring)."""
    from .rules import disabled_rules

    rules = list(active(PHRASE_RULES))
    ids = {r.id for r in rules}
    bare_on = "deploy.bare_number" not in disabled_rules()
    cands: list[Cand] = []
    bare_sites: list[tuple[int, Doc, set[int]]] = []
    all_owners: Counter = Counter()
    dn = deploy_noun_words()
    for s in ctx.sentences():
        doc = ctx.parse(s.idx)
        if doc is None or s.text.rstrip(" \"”’'").endswith("?"):
            continue  # unparsed, or a question
        phrases = force_phrases(doc, dn, deploys=lambda t: _verb(t) is not None)
        for fp in phrases:
            if not _harmed(fp):  # victims and trainees are rarely the article's deployers
                all_owners.update(fp.owners)
        for fp in phrases:
            if _question(fp):
                continue
            if _harmed(fp):  # victims and trainees: only where they are ("troops in X")
                fr = rule_force_at_place(fp) if "deploy.force_at_place" in ids and \
                    fp.owners else None  # "four Marines (killed) in X": no owner, no presence
                if fr is not None:
                    cands.append(Cand(s.idx, doc, fp, fr, "deploy.force_at_place"))
                continue
            for r in rules:
                fr = r(fp)
                if fr is None:
                    continue
                cands.append(Cand(s.idx, doc, fp, fr, r.id))
                break
        if "deploy.deploy_noun" in ids:
            cands.extend(_owned_noun_cands(s.idx, doc, phrases))
        if bare_on:
            bare_sites.append((s.idx, doc, {fp.head.i for fp in phrases} |
                               {fp.top.i for fp in phrases}))
    _resolve(ctx, cands)
    _whole_places(cands)
    _withdrawal_places(cands)
    _nearby_owners(cands)
    default = _default(ctx, cands, all_owners)
    made = [(c, c.facts(ctx, default)) for c in cands]
    producing = [c for c, f in made if f]
    bare: list[Cand] = []
    for idx, doc, taken in bare_sites:
        bare.extend(_bare_cands(doc, taken, idx, producing))
    _resolve(ctx, bare, producing)
    made += [(c, c.facts(ctx, default)) for c in bare]
    facts = [f for _c, fs in sorted(made, key=lambda x: (x[0].idx, x[0].fp.head.i)) for f in fs]
    return _dedup(facts)


def _owned_noun_cands(idx: int, doc: Doc, phrases: list[ForcePhrase]) -> list[Cand]:
    """A deployment noun a country or body owns, no force noun on it: "the U.S. withdrawal
    from X", "Russia's presence in X" (forces of unstated kind: unit "troop", no number)."""
    taken = {fp.top.i for fp in phrases} | {fp.head.i for fp in phrases}
    troop = forces.nouns()["troops"]
    out = []
    for i in lower_indices(doc, _owned_nouns()):
        t = doc[i]
        if i in taken or t.pos_ != "NOUN":
            continue
        owners: list[tuple[str, str | None]] = []
        for c in t.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                ac = actor_of(c)
                if ac and ac not in owners:
                    owners.append(ac)
        if not owners:
            continue
        fp = ForcePhrase(t, t, troop.lemma, None, "vague", tuple(owners), False, True, troop)
        out.append(Cand(idx, doc, fp, Frame(t, _nouns()[t.lower_], _noun_froms(t)),
                        "deploy.deploy_noun"))
    return out


def _resolve(ctx: DocContext, cands: list[Cand], before: list[Cand] = ()) -> None:
    """Status, place and actors of each candidate; "there" takes the place named last."""
    placed = [c for c in before if c.place is not None]
    for c in cands:
        c.resolve(ctx)
        if c.place is not None and c.place.anaphor:
            ref = _place_before(ctx, c.idx, c.place.tokens[0], c.fp)
            if ref is None and c.ref is not None and c.ref.place is not None:
                ref = c.ref.place
            if ref is None:
                prev = [p for p in placed if p.idx <= c.idx and c.idx - p.idx <= 3]
                ref = prev[-1].place if prev else None
            c.place = ref if ref is not None and not ref.anaphor else None
        if c.place is not None:
            placed.append(c)


def _whole_places(cands: list[Cand]) -> None:
    """The whole of a partitive without a place of its own is where its part is moved from
    or to: "will pull 300 of its 800 soldiers out of X" (800 in X)."""
    parts = {(c.idx, c.fp.top.i): c for c in cands if c.fp.top.i != c.fp.head.i}
    for c in cands:
        h = c.fp.head
        if c.place is None and c.fp.top.i == h.i and h.dep_ == "pobj" and h.head.lower_ == "of":
            part = parts.get((c.idx, h.head.head.i))
            if part is not None and part.fp.head.i == h.i:
                c.place = part.place


def _withdrawal_places(cands: list[Cand]) -> None:
    """A withdrawal without a number or a place of its own is from where the article last
    placed the same owner's forces: "U.S. soldiers in X ... a deal to withdraw U.S. soldiers"
    (a withdrawal from nowhere is no fact; one from the forces' known place is)."""
    placed: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.idx, c.fp.head.i)):
        if c.place is None and c.fp.size is None and c.actors and c.status == "withdrawn" \
                and not c.negated:
            prev = [p for p in placed if p.actors[:1] == c.actors[:1]]
            if prev:
                c.place = prev[-1].place
        elif c.place is not None and c.actors and not c.place.anaphor:
            placed.append(c)


def _nearby_owners(cands: list[Cand]) -> None:
    """Forces without an owner or a deploying subject are the owned forces named last, in
    their sentence or the two before ("Latvian soldiers arrived in Riga. Hundreds of
    soldiers were then moved to X": Latvia's), before the article's main owner is guessed."""
    last: Cand | None = None
    for c in sorted(cands, key=lambda c: (c.idx, c.fp.head.i)):
        if c.actors and c.fp.owners:
            last = c
        elif not c.actors and last is not None and c.idx - last.idx <= 2:
            c.actors = list(last.actors)


def _place_before(ctx: DocContext, idx: int, i: int, fp: ForcePhrase) -> PlaceHit | None:
    """The place a preposition names last before token i of the sentence, outside the force
    phrase: "in the capital X, ... troops there" ("Russia said troops stay there" names none)."""
    best = None
    for p in ctx.places(idx):
        r = p.span.root
        if p.span.end > i or fp.start <= r.i < fp.end:
            continue
        if r.dep_ == "pobj" or (r.dep_ in ("appos", "compound") and r.head.dep_ == "pobj"):
            best = PlaceHit(p.text, p.country, (p.span.start, p.span.end))
    return best


def _default(ctx: DocContext, cands: list[Cand], all_owners: Counter):
    """The article's main force owner: owners and deploying subjects named most, else the
    country the article names most that is not where the forces are."""
    counts: Counter = Counter()
    for c in cands:
        if not c.negated:  # ("Governor X of Y declined to send troops": not Y's forces)
            counts.update(c.actors)
    counts.update(all_owners)
    best = _default_actor(counts)
    if best is None:
        best = _mentioned_country(ctx, {c.place.country for c in cands if c.place})
    return best


def _bound_for(ctx: DocContext, idx: int, pred: Token) -> PlaceHit | None:
    """The place a leaving verb's "for" names ("left for Lebanon", "departed for the
    Gulf"): where the forces go, not where they withdraw from."""
    v = _verb(pred)
    if v is None or v.place_object != "withdraw":
        return None  # (a verb that leaves its object: "leave", "depart")
    return _inner_place(ctx, idx, pred, ("for",), groups=True) or next(
        (h for p in pred.children if p.dep_ == "prep" and p.lower_ == "on"
         for o in _pobjs(p) if _nouns().get(o.lower_) == "order"  # "left X on their way to Y"
         and (h := _dest_place(ctx, idx, o, groups=True)) is not None), None)


def _leaving(pred: Token) -> bool:
    """"out of X", "home", "back from X" on a sending verb; not "back to X"."""
    to = any(c.dep_ in ("prep", "dative") and c.lower_ in _TO_PREPS for c in pred.children)
    if any(_home_adverb(t) for t in pred.subtree):
        return True  # "ordered the troops in X home"
    for c in pred.children:
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _LEAVING and \
                not _set_off(pred, c):
            if c.lower_ == "back" and (to or any(x.lower_ in _TO_PREPS for x in c.children)):
                continue
            return True
    return False


class Cand:
    """A force phrase a rule has framed, on its way to becoming facts."""

    def __init__(self, idx: int, doc: Doc, fp: ForcePhrase, fr: Frame, rule: str,
                 ref: Cand | None = None, same_place: bool = False):
        if fr.level is not None:  # "bring the total number of troops to 4,300"
            fp = dataclasses.replace(fp, size=fr.level[0], qualifier=fr.level[1])
        self.idx, self.doc, self.fp, self.fr, self.rule, self.ref = idx, doc, fp, fr, rule, ref
        self.same_place = same_place  # a number in the ref's sentence: the ref's place
        self.status = "deployed"
        self.negated = False
        self.place: PlaceHit | None = None
        self.actors: list[tuple[str, str | None]] = []

    def resolve(self, ctx: DocContext) -> None:
        p = self.fr.pred
        if p is not None and self.fr.kind in ("move", "order") and _leaving(p):
            # "ordered the troops out of X", "sent them home": a withdrawal
            self.fr = Frame(p, "withdraw", self.fr.place_from, self.fr.place_object,
                            self.fr.extra, self.fr.holder)
        bound = _bound_for(ctx, self.idx, p) if p is not None and \
            self.fr.kind == "withdraw" else None
        if bound is not None:  # "120 soldiers left for Lebanon": on their way there
            self.fr = Frame(p, "order", self.fr.place_from, self.fr.place_object,
                            self.fr.extra, self.fr.holder)
        self.status, self.negated = _status(self.fr, self.fp)
        wanted = _wanted(self.fp)
        if self.rule == "deploy.force_participle" and self.status == "deployed" and \
                not self.negated and self.fr.pred is not None and not any(
                    c.lower_ in _NOW for c in self.fr.pred.children) and not (
                    self.fr.pred.dep_ == "amod" and self.fr.pred.i < self.fp.head.i
                    and not _hyphen_half(self.fr.pred) and wanted is None) and \
                not _finite_relative(self.fr.pred):
            # (a participle before the noun is a state: "will watch the massed troops";
            # not one that is half a compound: "asks for 28 ground-based interceptors", nor
            # on forces wanted: "wants 5,000 permanently stationed troops")
            # "a bill that asks for 28 interceptors (stationed) in X": the modality of the
            # clause that holds the forces, when their own participle has none (a relative
            # clause with its own tense has its own: "will join 750 soldiers who were sent")
            gov = _governing_cue(self.fp.top)
            if gov in ("planned", "ordered"):
                self.status = gov
        if self.rule == "deploy.force_at_place" and wanted is not None:
            self.status = wanted  # forces wanted there: "asked for 5,000 troops in X"
        elif self.rule == "deploy.force_at_place" and self.status in ("planned", "ordered"):
            self.status = "deployed"  # there now, whatever the clause says they may do:
            # "troops near the border could attack"
        self.place = bound or _find_place(ctx, self.idx, self.fr, self.fr.kind)
        if self.place is None and self.same_place and self.ref is not None:
            self.place = self.ref.place  # "sent 400 more to X, adding to the 1,000 already deployed"
        actors = list(self.fp.owners)
        if not actors and self.ref is not None:
            actors = list(self.ref.actors)
        if not actors and self.fr.host is None:  # (a host is no owner)
            own = frozenset({self.fp.head.i, self.fp.top.i, _arg(self.fp.top).i})
            pred = self.fr.pred if self.fr.pred is not None else self.fr.holder
            ac = _subject_actor(ctx, self.idx, pred, own) if pred is not None else None
            if ac is None and self.fp.owner_pronoun:
                ac = _subject_actor(ctx, self.idx, _clause_verb(self.fp.top), own,
                                    through_reports=True)
            if ac is None:
                ac = _sender_actor(ctx, self.idx, self.fp)
            if ac is not None:
                actors = [ac]
        self.actors = actors

    def facts(self, ctx: DocContext, default) -> list[dict]:
        fp, place = self.fp, self.place
        if self.negated:
            return []
        if place is None and self.rule != "deploy.bare_number" and (
                not fp.noun.core or self.rule in ("deploy.force_in_place", "deploy.force_at_place",
                                                  "deploy.hardware_seen")) and not (
                    fp.size is not None and self.actors and self.fr.pred is not None
                    and fp.noun.kind in ("vessel", "aircraft") and fp.head.pos_ != "PROPN"):
            # a weak noun ("police", "forces") needs a place to be a deployment, unless
            # counted hardware a named owner sends ("sent two destroyers to join ...")
            return []
        if fp.noun.kind == "irregular" and self.fr.kind not in ("stay", "remain"):
            return []
        if self.fr.host is not None and place is None:
            return []  # a host that is no place ("the Queen hosted 200 troops"): guests
        if place is None and self.rule == "deploy.force_object" and self.fr.pred is not None \
                and (v := _verb(self.fr.pred)) is not None and v.needs_place:
            return []  # "approved 1.3 million troops for the army": a headcount
        if self.rule == "deploy.force_object" and not fp.military and not self.actors \
                and self.fr.pred is not None and (v := _verb(self.fr.pred)) is not None \
                and v.owned_object:
            return []  # "the crew sailed the ship to X for repairs": no one's forces
        if self.rule == "deploy.force_object" and self.fr.pred is not None \
                and (v := _verb(self.fr.pred)) is not None and v.material_object \
                and not _material(fp.noun):
            return []  # "helped Kabul build up its security forces in X": an institution
        actors = self.actors or ([default] if default is not None else [(None, None)])
        if fp.size is None and actors[0][0] is None:
            return []
        if fp.size is None and place is None:
            return []
        s = ctx.article.sentences[self.idx]
        out = []
        places = [place]
        while places[-1] is not None and places[-1].also is not None:
            places.append(places[-1].also)
        for k, (actor, iso), pl in ((k, a, p) for k, p in enumerate(places) for a in actors):
            size, qualifier = (fp.size, fp.qualifier) if k == 0 else (None, "vague")
            status = self.status
            if k > 0 and pl.toward and status == "withdrawn" and self.fr.pred is not None:
                # "moving its troops out of X and into Y": sent to Y, as the verb says
                status = _status(dataclasses.replace(self.fr, kind="move"), fp)[0]
            loc_text = pl.text if pl else None
            loc_iso = pl.country if pl else None
            if pl is not None and loc_iso is None:
                info = lookup_place(re.sub(r"^(?:the|its|their)\s+", "", loc_text, flags=re.I))
                loc_iso = (info or {}).get("country")
            home = bool(iso and loc_iso == iso and (lookup_place(
                re.sub(r"^the\s+", "", loc_text)) or {}).get("kind") == "country")
            if size is None and home:
                continue  # "Russian troops in Russia": no deployment worth recording
            if home and self.fr.kind in ("move", "order") and self.ref is not None and \
                    self.ref.status == "withdrawn" and self.ref.place is not None:
                # "will withdraw 600 troops from X. Of those, 350 will return to Norway": a
                # part of the withdrawal, from where the whole is withdrawn
                status, loc_text, loc_iso = "withdrawn", self.ref.place.text, self.ref.place.country
            out.append({"actor": actor, "actor_country": iso, "size": size,
                        "qualifier": qualifier, "unit": fp.unit, "location": loc_text,
                        "location_country": loc_iso, "status": status, "sentence": s.text,
                        "sentence_idx": self.idx,
                        "start": ctx.abs(self.idx, self.doc[fp.start]),
                        "end": ctx.abs_end(self.idx, fp.head), "rule": self.rule})
        return out


def _mentioned_country(ctx: DocContext, places: set) -> tuple[str, str | None] | None:
    from .places import actor_country

    counts: Counter = Counter()
    for m in ctx.entities.mentions:
        if m.kind == "country":
            ac = actor_country(m.text)
            if ac and ac[1] not in places:
                counts[ac] += 1
    if not counts:
        return None
    best, n = counts.most_common(1)[0]
    return best if n >= 2 else None


def _default_actor(counts: Counter) -> tuple[str, str | None] | None:
    if not counts:
        return None
    (best, n), *rest = [*counts.most_common(2), (None, 0)]
    return best if n >= 2 or len(counts) == 1 or n > rest[0][1] else None


def _clause_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


_LOC_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "of", "in", "to",
                       "and", "on", "at", "along", "near"})


def _loc_key(d: dict) -> str:
    if d["location"] is None:
        return ""
    words = [w for w in re.findall(r"[a-z0-9]+", d["location"].lower()) if w not in _LOC_STOP]
    return " ".join(words)


def _dedup(flat: list[dict]) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple] = set()
    for d in flat:
        lk = _loc_key(d)
        if d["size"] is not None:
            key = ("n", d["size"], lk)
            if key in seen or any(o["size"] == d["size"] and o["actor"] == d["actor"] and (
                    not o["location_country"] or not d["location_country"]
                    or o["location_country"] == d["location_country"]) for o in out):
                continue
        else:
            # one vague fact per owner and place (its country when known: "Syria" and
            # "northern Syria" are one) per article, and one withdrawal from there
            key = ("v", d["actor"], d["location_country"] or lk or d["unit"],
                   d["status"] == "withdrawn")
            if key in seen:
                continue
            if lk and any(o["size"] is not None and (o["actor"], o["unit"]) == (
                    d["actor"], d["unit"]) and (o["status"] == "withdrawn") == (
                    d["status"] == "withdrawn") and _loc_key(o) == lk for o in flat):
                continue  # "a huge number of troops" where the 100,000 troops are counted,
                # whatever the vague mention's tense or modality (a withdrawal from there
                # stays a fact of its own)
        seen.add(key)
        out.append(d)
    return out

