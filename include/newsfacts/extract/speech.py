"""Who speaks a quote, read from the dependency parse of its sentence.

A quotation is an argument of a speech verb ("said", "warned", "called"), or sits below one
in the tree ('accused Ann Lee of "stalling"'). From the quote's top tokens the tree is
walked up to the first speech verb outside the quote; its subject is the speaker:

- the `nsubj` of the verb, or for a participle, a coordinated verb or an adverbial clause
  without a subject of its own ('..., saying "..."', '... and warned "..."'), the subject
  of the verb it hangs from;
- a relative pronoun ("who said ...") stands for the noun its clause modifies;
- a speech verb inside what another speech verb reports ('Ann Lee said she believed
  "..."', 'Ann Lee said the board had concluded "..."') gives way to the outermost one: the
  words reached the reporter through its subject; not a quotation opened after its own
  verb (and at most its addressee) and a comma or colon, that the verb reports, with a named
  subject ('Ann Lee said Tom Ward told her, "..."': Tom Ward's words, quoted whole);
- a passive speech verb with an agent ('was told by Ann Lee that') takes the agent, over its
  passive subject (the one told), except 'quoted'/'cited' ('X was quoted by Y as saying': X).

The result is a token span, which the caller maps to its speaker candidates (names,
descriptions, pronouns). Only sentences the parse was run on are read (see
statements.parse_pattern: sentences holding a quotation mark and a speech verb outside it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsfacts import lexicon

from .lexicons import AUDIENCE_NOUNS, CUE_FORMS, PERSON_NOUNS, RELATIVE_WORDS, ROLE_NOUNS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "nsubjpass")
# verbs a subject-less verb can take its subject from
_INHERITS = ("conj", "advcl", "xcomp", "acl", "pcomp")
_RELATIVE = RELATIVE_WORDS
_NOT_SPEECH = frozenset({"point", "points", "pointed", "pointing", "continue", "continues",
                         "continued", "continuing", "relate", "related", "relating", "report",
                         "reports", "note", "notes", "state", "states"})


def is_speech_verb(tok: Token) -> bool:
    """A token that is a speech verb in use (not "the report", "the States"; a verb of
    talking only through its topic preposition, see _speaks_of)."""
    low = tok.lower_
    if low not in CUE_FORMS or tok.pos_ not in ("VERB", "AUX") or low in _TOPIC_SPEECH:
        return False
    return not (low in _NOT_SPEECH and tok.pos_ != "VERB")


# verbs of talking that report a quotation only as what they are about ('spoke of "..."'):
# form -> the prepositions (topic_speech_verbs.csv)
_TOPIC_SPEECH = {f: frozenset(r["prepositions"].split()) for r in lexicon.rows("topic_speech_verbs")
                 for f in lexicon.forms(r["lemma"], r["irregular"])}


def _speaks_of(w: Token, below: Token) -> bool:
    """'as Ward spoke of "...": a verb of talking whose preposition (below, on the way up
    from the quotation) is one that names its topic."""
    return w.pos_ == "VERB" and below.dep_ == "prep" and \
        below.lower_ in _TOPIC_SPEECH.get(w.lower_, ())


def speech_verb_of(doc: Doc, qs: int, qe: int) -> Token | None:
    """The first speech verb outside the character span [qs, qe) of doc (the quotation)
    above the quote's top tokens, or None."""
    inside = [t for t in doc if qs <= t.idx < qe]
    if not inside:
        return None
    tops = [t for t in inside if t.head.i == t.i or not (qs <= t.head.idx < qe)]
    # (a full stop inside the closing mark hangs from the sentence's root: it tells
    # nothing of the verb that reports the words; a comma there may: '"...," X says, "..."')
    tops = [t for t in tops if t.text not in (".", "!", "?", "...")] or tops
    best = None
    for top in tops:
        w, hops = top, 0
        while w.head.i != w.i and hops < 8:
            below, w = w, w.head
            hops += 1
            if qs <= w.idx < qe:
                continue
            if is_speech_verb(w) or _speaks_of(w, below):
                w = _addressee_clause_verb(doc, w, hops, top, qs)
                if best is None or hops < best[0]:
                    best = (hops, w)
                break
    return best[1] if best else None


_THAT_GAP = re.compile(r"\s*[\"“‘']?\s*")


def _addressee_clause_verb(doc: Doc, w: Token, hops: int, top: Token, qs: int) -> Token:
    """'X told a voter who asked about the tariffs that "..."': a speech verb in a relative
    clause on the object of another speech verb, which the quotation reaches only through
    other words (not 'who asked "..."'), reports the addressee's words, not the quotation,
    when the quotation opens a clause of its own ('that' right before the mark is the left
    edge of the quoted clause): the outer verb (whose object the addressee is) does. Else
    w itself ('X told a reporter who said the law was "a disaster" that ...': the
    reporter's)."""
    if hops > 1 and w.dep_ == "relcl" and w.head.dep_ in ("dobj", "dative") and \
            is_speech_verb(w.head.head) and _opens_that_clause(doc, top, qs):
        return w.head.head
    return w


def _opens_that_clause(doc: Doc, top: Token, qs: int) -> bool:
    """Whether the clause the quotation's top word heads starts with a 'that' right before
    the opening mark ('... that "we will ..."')."""
    first = top.left_edge
    return first.lower_ == "that" and first.idx < qs and _THAT_GAP.fullmatch(
        doc.text[first.idx + len(first.text):qs]) is not None


# passives whose subject is the one who spoke ("Ann Lee was quoted by the paper as saying"):
# their forms, as the parse's lemma is empty for them (no lemmatizer, see nlp.py)
_QUOTED = frozenset(f for v in ("quote", "cite") for f in lexicon.forms(v))


def _agent(verb: Token) -> Token | None:
    """The object of a passive's "by" ("was told by Ann Lee" -> Lee)."""
    for ch in verb.children:
        if ch.dep_ == "agent":
            for g in ch.children:
                if g.dep_ == "pobj":
                    return g
    return None


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject: its nsubj (a relative pronoun standing for the noun its
    clause modifies), the agent of a passive, or the noun a relative clause modifies."""
    subs = [ch for ch in verb.children if ch.dep_ in _SUBJ]
    if subs and all(ch.dep_ == "nsubjpass" for ch in subs) and verb.lower_ not in _QUOTED:
        # "Ann Lee was told by Tom Ward that ...": the agent speaks, not the one told
        agent = _agent(verb)
        if agent is not None:
            return agent
    if subs:
        # of two subjects the parser could not join ("Harbour FC | winger Ann Lee said"),
        # the one nearest the verb before it
        before = [ch for ch in subs if ch.i < verb.i]
        ch = before[-1] if before else subs[0]
        if ch.lower_ in _RELATIVE and ch.head.dep_ == "relcl":
            return ch.head.head  # "Ann Lee, who said ..."
        return ch
    agent = _agent(verb)  # "was quoted by Ann Lee"
    if agent is not None:
        return agent
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        return verb.head  # "a spokesman who said ..." (no relative pronoun parsed)
    return None


def near_clause_subject(verb: Token) -> Token | None:
    """'X dismissed it as "..." while Ann Lee defended it, saying "..."': a participle after
    another clause joined to the verb it hangs from takes the subject of that nearer clause
    (None when there is no such clause)."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or head.i >= verb.i:
        return None
    near = [w for w in head.children if head.i < w.i < verb.i
            and w.dep_ in ("advcl", "conj") and w.pos_ in ("VERB", "AUX")]
    if not near:
        return None
    s = own_subject(near[-1])
    if s is not None and s.pos_ in ("PROPN", "NOUN", "PRON") and s.lower_ not in _RELATIVE:
        return s
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited from the verb it hangs from when it has none (never
    from a relative clause: its subject is not the main clause's)."""
    own = own_subject(verb)
    if own is not None:
        return own
    head = verb.head
    if depth == 0:
        near = near_clause_subject(verb)
        if near is not None:
            return near
    if verb.dep_ in _INHERITS and head.i != verb.i and depth < 4 and head.dep_ != "relcl":
        return subject_of(head, depth + 1)
    return None


def reporting_speaker(verb: Token, qs: int, qe: int) -> Token | None:
    """For a speech verb inside what another speech verb reports ('Ann Lee said she believed
    "..."', 'Ann Lee said the board had concluded "..."'), the subject of the outermost such
    verb: the person the reporter heard the words from. None when there is none."""
    w, hops, out = verb, 0, None
    # up through what is reported (ccomp), or through a clause sharing its verb's subject
    while w.head.i != w.i and hops < 6 and (w.dep_ == "ccomp" or (
            w.dep_ in ("conj", "xcomp", "advcl") and own_subject(w) is None
            and near_clause_subject(w) is None)):
        w = w.head
        hops += 1
        if is_speech_verb(w):
            s = subject_of(w)
            if s is not None and not (qs <= s.idx < qe) and s.pos_ in ("PROPN", "PRON", "NOUN"):
                out = s
    return out


def quote_speaker(doc: Doc, qs: int, qe: int) -> tuple[Token, Token, bool] | None:
    """(speech verb, subject token, direct) for the quotation at character span [qs, qe)
    of doc, or None when the parse shows no speech verb with a subject above it. `direct`
    is False when the subject was inherited from another verb (less sure)."""
    verb = speech_verb_of(doc, qs, qe)
    if verb is None:
        return None
    subj = own_subject(verb)
    direct = subj is not None
    if subj is None:
        subj = subject_of(verb)
        # a coordinated verb shares its subject as surely as it has it ("X accused ... and
        # warned "...""); other inherited subjects are less sure
        # (spaCy makes a new Token object on every access: tokens compare by index)
        head_subj = own_subject(verb.head) if verb.dep_ == "conj" else None
        direct = subj is not None and head_subj is not None and head_subj.i == subj.i
    if subj is None or qs <= subj.idx < qe:
        return None
    outer = reporting_speaker(verb, qs, qe)
    if outer is not None and not _own_direct_speech(doc, verb, subj, qs, qe):
        subj, direct = outer, True
    return verb, subj, direct


_FRAME_GAP = re.compile(r"\s*[,:]\s*[\"“‘']?\s*")
_ADDRESSEE_NOUNS = PERSON_NOUNS | ROLE_NOUNS | AUDIENCE_NOUNS


def _own_direct_speech(doc: Doc, verb: Token, subj: Token, qs: int, qe: int) -> bool:
    """'X said Tom Ward told her, "..."', 'Tom Ward said, "...," X recalled': the quotation
    opens right after its own verb (or the one it addresses) and a comma or colon, the
    quoted clause is what that verb reports (its top word a ccomp or parataxis of it), and
    that verb has a named subject of its own: the words are that subject's, quoted whole,
    not the reporter's ('X said the board had concluded the plan was "..."', 'X said Tom
    Ward denied the report, "as he always does"' stay X's)."""
    own = verb.head if verb.dep_ == "conj" and subj.head.i != verb.i else verb
    if subj.pos_ in ("PRON", "DET") or subj.head.i != own.i or \
            subj.dep_ not in ("nsubj", "nsubjpass"):  # (or the subject of "smiled and said")
        return False
    tops = [t for t in doc if qs <= t.idx < qe and not t.is_punct
            and (t.head.i == t.i or not (qs <= t.head.idx < qe))]
    if not tops or any(t.head.i != verb.i or t.dep_ not in ("ccomp", "parataxis")
                       for t in tops):
        return False
    last = None
    for t in doc:
        if t.idx + len(t.text) > qs:
            break
        if not t.is_punct:
            last = t
    if last is None or not (last.i == verb.i or (last.head.i == verb.i and (
            last.dep_ == "npadvmod" or _addressee(last)))):
        return False
    return _FRAME_GAP.fullmatch(doc.text[last.idx + len(last.text):qs]) is not None


def _addressee(tok: Token) -> bool:
    """An object of a speech verb that is the one spoken to ('told her', 'told Lee', 'told
    reporters'), not what is spoken of ('denied the report', 'announced the plan')."""
    if tok.dep_ in ("dative", "iobj"):
        return True
    return tok.dep_ == "dobj" and (tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ == "PERSON"
                                   or tok.lower_ in _ADDRESSEE_NOUNS)
