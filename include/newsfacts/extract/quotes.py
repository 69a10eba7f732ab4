"""Direct and indirect statements: quotation spans, attribution to a speaker mention, and
resolution of that mention to the fullest name in the article."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from .article import PARTY_AFTER, Article
from .boilerplate import boilerplate_kind
from .dates import WEEKDAY
from .entities import (
    EntityIndex,
    _first_name_gender,
    _is_titleish,
    classify_name,
    gender_of_pronoun,
    title_roles,
)
from .forces import leader_by_surname, leader_country, leader_held, leader_offices_held
from .lexicons import (
    ANY_TITLE_HEADS,
    BODY_HEADS,
    BODY_MODIFIERS,
    CAPITALISED_FUNCTION_WORDS,
    CLAUSE_WORDS,
    COMPANY_HEADS,
    COMPANY_MARKS,
    CORE_SPEECH_LEMMAS,
    CUE_FORMS,
    DESC_FILLER,
    DESC_NOUNS,
    DOCUMENT_ACTS,
    DOCUMENT_ALIKE,
    DOCUMENT_MAKING_VERBS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GENERIC_SOURCES,
    GROUP_SPEAKERS,
    HONORIFICS,
    KIN_MODIFIERS,
    KIN_THINGS,
    LEADER_HEADS,
    LEADING_CUES,
    LEGISLATOR_NOUNS,
    LESSER_WORDS,
    MASS_SPEAKERS,
    MINISTRIES,
    NATIONAL_NOUNS,
    NEWS_NAME_WORDS,
    NEWS_OUTLETS,
    NON_NAME_WORDS,
    NON_SPEAKER_LABELS,
    NOT_PLURAL_WORDS,
    NOUN_GENDER,
    OFFICER_NOUNS,
    ORG_HEADS,
    OUTLET_HEADS,
    PARTY_WORDS,
    PAST_WORDS,
    PERSON_NOUNS,
    PORTFOLIO_CANON,
    PORTFOLIO_JOINTS,
    PORTFOLIO_WORDS,
    PUBLIC_BODY_HEADS,
    RECORD_NOUNS,
    ROLE_NOUNS,
    SALIENT_ROLES,
    SOUND_CUES,
    SOURCE_NOUNS,
    STATE_HEADS,
    TITLE_ROLES,
    TITLE_WORDS,
    TITLED_OFFICES,
    VOICE_WORDS,
    WEAK_CUES,
    outlet_key,
)
from .places import fold
from .rules import alternation

# a cue form as a regex: "called" is a speech verb ('called the plan "a disaster"') but not in
# "called on", "called for", "called off", nor when it names what comes right after it ('a
# group called "Free Speech"', 'a policy dubbed "maximum pressure"'); no cue after a hyphen
# ("so-called")
_NAMING = r"(?!\s*[“\"‘'])"
_NOT_SPEECH_AFTER = {"call": r"(?!\s+(?:on|for|off|up|in|back|out)\b)" + _NAMING,
                     "dub": _NAMING, "label": _NAMING, "brand": _NAMING}
# forms that are as often a plural noun: "states" says only before a stop, a colon, a quote
# (after a comma too) or "that" ('the memo states:', '..., the lawsuit states.'), never as
# the noun ('Gulf states said', 'three Gulf states, speaking on condition ...'); "posts"
# likewise, or before "on" ('posts on social media'), never 'two border posts said'
_SAYS_NEXT = r"\s*[.:“\"]|\s*,\s*[“\"]|\s+that\b"  # what a speech verb, not a noun, is before
_FORM_NOT_SPEECH_AFTER = {"states": rf"(?={_SAYS_NEXT})", "posts": rf"(?={_SAYS_NEXT}|\s+on\b)"}


_FORM_TAIL_RE = {f: re.compile(t) for f, t in _FORM_NOT_SPEECH_AFTER.items()}


def _cue_tail(form: str) -> str:
    return _FORM_NOT_SPEECH_AFTER.get(form, _NOT_SPEECH_AFTER.get(CUE_FORMS[form], ""))


_CUE_ALT = "|".join(re.escape(f) + _cue_tail(f) for f in sorted(CUE_FORMS, key=len, reverse=True))
# the same forms (and tails) as a trie: matches the same texts, faster (rules.alternation);
# it tries the forms that fit at a position longest first, as _CUE_ALT does, so the form
# it matches is _CUE_ALT's too (CUE_RE reads it; tests/extract/test_selection.py)
_CUE_TRIE = alternation({f: _cue_tail(f) for f in CUE_FORMS})
_CUE_VERB_RE = re.compile(rf"(?<![\w-])({_CUE_TRIE})\b")
# "another" or an ordinal with its head elided, as the subject of a speech verb: 'one
# witness said ... "...," another said' / 'said a third.' is one more unnamed speaker, as
# written
_ELIDED_SPEAKER = re.compile(
    rf"(?<![\w’'-])(?:(?:{_CUE_TRIE})[ \t]+(another|a (?:second|third|fourth|fifth))(?=[.,;]|$)"
    rf"|([Aa]nother|[Aa] (?:second|third|fourth|fifth))(?=[ \t]+(?:{_CUE_TRIE})\b))")
# (never right after a determiner: "the alleged hacking", "a reported deal")
_CUE_DET_BEFORE = re.compile(r"\b(?:the|The|a|A|an|An|its|his|her|their|this) \Z")
# (an -s form right after a preposition is the plural noun: "with promises of new dams",
# "amid claims that", "a flurry of tweets", "for answers")
_NOUN_AFTER_PREP = re.compile(r"\b(?:with|of|by|for|about|over|amid|despite|on|to)\s$")


class _CueRe:
    """CUE_RE: the speech-verb forms (the trie above: ~4x faster than _CUE_ALT, same
    matches), never right after a determiner, less an -s form right after a preposition.
    Both are checked on each match: per-branch lookbehinds made the regex ten times slower,
    and the determiner's eleven, tried at every position, cost ~15%. A match after a
    determiner is dropped and the search goes on one character further, as the regex's
    lookbehinds would have: the same matches as the single regex (test_selection.py)."""

    def _verb(self, s: str, m: re.Match) -> bool:
        f = m.group(1)
        return not (f.endswith("s") and not f.endswith("ss")
                    and _NOUN_AFTER_PREP.search(s, max(0, m.start() - 9), m.start()))

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None):
        end = len(s) if endpos is None else endpos
        search = _CUE_VERB_RE.search
        while (m := search(s, pos, end)) is not None:
            start = m.start()
            if _CUE_DET_BEFORE.search(s, max(0, start - 8), start):
                pos = start + 1
                continue
            if self._verb(s, m):
                yield m
            pos = m.end()

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(s, pos, endpos), None)


CUE_RE = _CueRe()
_ADV = r"(?:(?:has|have|had|also|then|later|again|previously|earlier|once|recently|simply|just|further|quickly|would|will|was|were|is|had|did|flatly|repeatedly|publicly|privately|reportedly|famously|memorably|bluntly|angrily|told)\s+)*"
# a speech verb crediting a name right after it ("Ann Lee of the health trust said"):
# compiled once (Attributor._clause_subject); the cue forms as a trie (same matches)
_CREDITED_AFTER = re.compile(r"(?:\s*,?\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[\w’'&-]+\s+){0,6}?|\s+)"
                             r"(?:" + _ADV + r")(?:" + _CUE_TRIE + r")\b")
_PRON = {"he", "she", "they", "it", "we", "i", "you"}
# lawmakers' abbreviations that are descriptions as written ("the MP", "an MEP")
_LAWMAKER_ABBREVS = frozenset({"MP", "MEP", "MSP", "AM"})
_DETS = ("a ", "an ", "the ", "one ", "two ", "three ", "some ", "another ", "several ", "many ")
_STOP_SP = re.compile(
    r"\s*(?:,|;|\.|:|\(|—|–| - | in an? | in the | on " + WEEKDAY + r"| during | after | before | at an? | at the | when | while | as | who | which | that | to reporters| to the | to an? | on | in | of the [A-Z]|$)")


# the verbs of a document's making, whose agent is its author (not "obtained": who got it
# did not write it)
_DOC_MADE = "(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in DOCUMENT_MAKING_VERBS) \
    + ")"  # (document_making_verbs.csv)
# the agent of a document's making, past a time or place: 'a report published on Tuesday
# by the audit office'
_DOC_AGENT = re.compile(r"\s*,?\s+" + _DOC_MADE + r"\s+(?:[\w’'-]+\s+){1,4}?by\s+(?:the\s+)?")
# a verb whose subject is the author of the document after it: 'X said in a statement',
# 'X filed a suit', 'X put out a release'
_DOC_SUBJECT_VERB = re.compile(r"\b(?:said|says|told|added|wrote|warned|announced|put out|left|"
                               r"tweeted|" + _DOC_MADE + r")\b")
# the maker in a document description's own apposition: 'The report, drawn up by the audit
# office, said'
_DOC_OWN_MAKER = re.compile(r"\s*,\s*" + _DOC_MADE + r"\s+(?:[\w’'-]+\s+){0,4}?by\s+(?:the\s+)?")
# the verbs of _DOC_SUBJECT_VERB whose subject is an author only of their direct object ('X
# left a note', 'X signed the letter'; not 'X left the chamber before the report was read')
_DOC_OBJECT_ONLY = re.compile(r"left|" + _DOC_MADE)
# what may stand between such a verb and its direct object: a determiner and modifiers
_DOC_OBJECT_GAP = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|this|that|our|new)\s+)?"
                             r"(?:(?!(?:in|on|at|after|before|to|from|with|by|for|of|as|when|"
                             r"while|and|but)\s)[\w’'-]+\s+){0,3}")
# what a person leaves as its author ('left a note')
_LEFT_DOCS = frozenset({"note", "notes", "letter", "letters", "message", "messages"})
# a cue that continues the last speaker's words: '"...," the president added' ('added the
# president', 'went on')
_CONTINUES_AFTER = re.compile(r"\s+(?:added|adds|continued|continues|went\s+on|goes\s+on)\b")
_CONTINUES_BEFORE = re.compile(r"\b(?:added|adds|continued|continues)\s+$")
# an optional article before a name
_OPT_THE = re.compile(r"(?:[Tt]he\s+)?")
# a document's author right after it: 'a summary by X', 'a statement from X', 'a complaint
# filed by X', 'The memo, written by X,'
_DOC_BY = re.compile(r"\s*,?\s+(?:" + _DOC_MADE + r"\s+)?(?:from|by)\s+")
# the same, "of" too, with its article: 'a statement of the ministry' (Attributor._author_of)
# ('The report, released by the audit office': past a comma only with a verb)
_DOC_OF = re.compile(r"(?:\s+|\s*,\s+(?=" + _DOC_MADE + r"))(?:" + _DOC_MADE
                     + r"\s+)?(?:from|by|of)\s+(?:the\s+)?")
# right before a word inside a sentence: a lower-case letter or a comma, then a space
_MID_SENTENCE = re.compile(r"[a-z,][ \t]+$")
# a capitalised name of two to six words, small words between ("Bank of England")
_ACRONYM_SOURCE = re.compile(r"[A-Z][a-z]+(?:[ \t]+(?:(?:of|the|and|for|on)[ \t]+)*[A-Z][a-z]+){1,5}")
# a group's member named after it: "Several senators, including", "Democrats including"
# between "including" and a name: a relation, not a member ("the neighbours of", "Ann's")
_RELATED_GAP = re.compile(r"\b(?:of|from|for|with)\b|['’]s\b")
_INCLUDING = re.compile(r"\s*,?\s+including\s+")
_THE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})")
_ACRONYM_SMALL = frozenset(("of", "the", "and", "for", "on"))


def _spelled_by(m: re.Match, acr: str) -> str | None:
    """The part of a capitalised run (an _ACRONYM_SOURCE match) whose words' initials spell
    acr: it opens at the first of those words and ends at the last, or at the end of the
    run when only "and" and one more word follow ("... Control and Prevention"; "and
    Homeland Security" is a second body).
    Words after it are left out ("Federal Bureau of Investigation Director Ann Lee"), but
    two letters spelled inside a longer run are taken for chance."""
    words = [(w.group(0), w.start()) for w in re.finditer(r"\S+", m.group(0))]
    big = [(i, w) for i, (w, _o) in enumerate(words) if w.lower() not in _ACRONYM_SMALL]
    n = len(acr)
    for k in range(len(big) - n + 1):
        if "".join(w[0] for _i, w in big[k:k + n]) != acr:
            continue
        first, last = big[k][0], big[k + n - 1][0]
        rest = [w for w, _o in words[last + 1:]]
        tail = len(rest) == 2 and rest[0] == "and"
        if rest and not tail and n < 3 and k > 0:
            continue  # two letters inside a longer run: too easily spelled by chance
        end = len(words) - 1 if tail else last
        got = m.group(0)[words[first][1]:words[end][1] + len(words[end][0])]
        return re.sub(r"^The\s+", "", got)
    return None
# how far back (characters) speaker candidates are read from a cue or a quote
CAND_WINDOW = 1200


@dataclass(slots=True, frozen=True)
class QuoteSpan:
    open: int   # offset of opening mark
    close: int  # offset just after closing mark (or paragraph end)
    ts: int     # text start
    te: int     # text end
    closed: bool
    para: int


_MARK_RE = re.compile(r"''|``|[\"“”„«»]")
_OPENERS = "“„«`"
_CLOSERS = "”»"


def _straight_role(text: str, i: int, n: int, ps: int, pe: int) -> str:
    """'open', 'close' or '?' for a straight double-quote mark at i (n chars long)."""
    prev = text[i - 1] if i > ps else " "
    nxt = text[i + n] if i + n < pe else " "
    if (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace():
        return "open"
    if not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-'’"):
        return "close"
    return "?"


def find_quotes(text: str, ps: int, pe: int, pi: int) -> list[QuoteSpan]:
    """Quote spans in one paragraph: double quotes (curly, straight, doubled apostrophes), then
    single quotes outside them. A quote that never closes runs to the end of its paragraph; an
    opening mark inside an open quote (collapsed paragraphs) ends the previous one there."""
    out: list[QuoteSpan] = []
    open_at = None
    open_len = 1
    marks = list(_MARK_RE.finditer(text, ps, pe))
    # an even number of straight marks pairs up by alternation (also when spaced: '" x "');
    # an odd number means a quote left open, so each mark's role is read from its context
    straight = [m for m in marks if m.group(0) in ('"', "''")]
    straight_even = len(straight) % 2 == 0 and any(
        (m.start() == ps or text[m.start() - 1].isspace())
        and (m.end() >= pe or text[m.end()].isspace()) for m in straight)
    for m in marks:
        i, mk = m.start(), m.group(0)
        n = len(mk)
        if mk in _OPENERS or mk == "``":
            role = "open"
        elif mk in _CLOSERS:
            role = "close"
        elif straight_even:
            role = "close" if open_at is not None else "open"
        else:
            role = _straight_role(text, i, n, ps, pe)
            if role == "?":
                role = "close" if open_at is not None else "open"
        if role == "open":
            if open_at is not None:
                end = i
                while end > open_at + open_len and text[end - 1].isspace():
                    end -= 1
                if end - (open_at + open_len) > 3:
                    out.append(QuoteSpan(open_at, end, open_at + open_len, end, False, pi))
            open_at, open_len = i, n
        elif open_at is not None:
            out.append(QuoteSpan(open_at, i + n, open_at + open_len, i, True, pi))
            open_at = None
    if open_at is not None and pe - open_at > 3:
        out.append(QuoteSpan(open_at, pe, open_at + open_len, pe, False, pi))
    # single quotes outside double-quoted spans
    covered = sorted((q.open, q.close) for q in out)
    starts = [a for a, _b in covered]
    for m in _SINGLE_RE.finditer(text, ps, pe):
        s, e = m.start(), m.end()
        k = bisect_right(starts, s) - 1
        if k >= 0 and covered[k][0] <= s < covered[k][1]:
            continue
        out.append(QuoteSpan(s, e, s + 1, e - 1, True, pi))
    out.sort(key=lambda q: q.open)
    return out


_SINGLE_RE = re.compile(r"(?<![\w’'])[‘'](?=[A-Za-z0-9])([^‘'’\n]|(?<=\w)[’'](?=\w))+?[^\s‘][’'](?![\w’'])")


def _clean(s: str) -> str:
    return s.strip().strip(",;:").strip()


_DESC_NOUNS = sorted(SOURCE_NOUNS | ROLE_NOUNS | DESC_NOUNS | DOCUMENT_NOUNS, key=len, reverse=True)
_DET = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
PRON_RE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)(?![\w’'-])")
_DESC_WORDS = frozenset(_DESC_NOUNS) | {"mp", "mep", "msp"}
# nouns naming people or a body (a plural source written as a bare noun phrase)
_PEOPLE_OR_BODY_NOUNS = _DESC_WORDS | BODY_HEADS
_DESC_LOOKUP = frozenset(v for w in _DESC_WORDS for v in (w, w + ".", w + "’s", w + "'s", w + "’s.",
                                                           w + "'s."))
_DESC_DETS = frozenset("a an the one another two three several some many other his her their its our".split())
_WORD_TOK = re.compile(r"[\w.’'-]+")
# Words that end the noun phrase of a description's tail: function words, auxiliaries and
# speech verbs ("a spokesman for the Polish foreign ministry | said on Thursday").
_NP_STOP = frozenset("""a an the and or but nor so yet that which who whom whose what when where
while as at on in into onto by to for from with without of off over under after before during
since until about against between among than then also not no is are was were be been being has
have had do does did will would shall should can could may might must said says told say tell
telling saying added adds according he she they it we i you his her its their our this these
those there here later earlier today yesterday tomorrow tonight morning afternoon evening night
monday tuesday wednesday thursday friday saturday sunday cannot can't won't don't doesn't
didn't isn't wasn't aren't weren't hasn't haven't hadn't wouldn't couldn't shouldn't never
can’t won’t don’t doesn’t didn’t isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t wouldn’t
couldn’t shouldn’t""".split()) | (
    frozenset(CUE_FORMS) - frozenset(_FORM_NOT_SPEECH_AFTER))  # ("Gulf states": a noun)
_DESC_PREP = re.compile(r"\s+(close to|familiar with|for|from|of|at|in|with|to|on)\s+")
_DESC_WHO = re.compile(r"\s+who\s+(?:spoke|asked|requested|declined)"
                       r"(?:(?!\s+(?:said|says|told|tells|added|adds)\b)[^,.;:\"“”]){0,60}")


_NP_TOK = re.compile(r"[ \t]*([\w’'.-]+)")


def _np_end(text: str, pos: int, limit: int) -> int:
    """End of a noun phrase starting at pos: an optional determiner, then up to five words
    none of which is a function word, an auxiliary or a speech verb (pos when none)."""
    m = re.match(r"(?:the|a|an|his|her|its|their)[ \t]+", text[pos:limit])
    cur = end = pos + (m.end() if m else 0)
    n = 0
    prev = ""
    while n < 5:
        w = _NP_TOK.match(text, cur, limit)
        if not w:
            break
        word = w.group(1).rstrip(".")
        if not word or word.lower() in _NP_STOP or (
                word in _FORM_NOT_SPEECH_AFTER and _FORM_TAIL_RE[word].match(text, w.end(1))):
            break
        if n and word.islower() and word.endswith("ed") and text[end - 1:end].isalpha() and \
                prev[:1].isupper():
            break  # a name then a past tense: "from the White House | expressed"
        prev = word
        end = w.start(1) + len(word)
        cur = w.end()
        n += 1
        if w.group(1).endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w.group(1)) and \
                word not in ("Mr", "Mrs", "Ms", "Dr", "St") and w.group(1) not in TITLE_WORDS \
                and w.group(1) not in HONORIFICS:  # ('an aide to Sen. Ann Lee')
            break  # a full stop ends the phrase (and the sentence)
    return end if n else pos


def _source_tail_end(masked: str, e: int, b: int) -> int:
    """Where a bare source ending at e ends with its prepositional tail (desc_tail_end, read
    up to b) when the tail says whose or where they are ("at the State Department", "of the
    town", "in Kabul"); e when it has none or it says when ("in the past")."""
    end = desc_tail_end(masked, e, b)
    tail = masked[e:end]
    if end > e and MASK not in tail and (
            re.search(r"[A-Z]", tail) is not None
            or re.match(r"\s+(?:of|at|from|for|with|close\s+to|familiar\s+with)\s", tail)):
        return end
    return e


def desc_tail_end(text: str, e: int, b: int) -> int:
    """Where a description's tail ends: 'a spokesman' + ' for the Polish foreign ministry'
    (+ ' of X' once more) + ' who spoke on condition of anonymity'."""
    end = e
    for _ in range(3):
        pm = _DESC_PREP.match(text, end, b)
        if not pm or (_ and pm.group(1) not in ("of", "for", "at", "in")):
            break
        ne = _np_end(text, pm.end(), b)
        if ne == pm.end():
            break
        end = ne
    wm = _DESC_WHO.match(text, end, b)
    return wm.end() if wm else end


_POSS_NAME = re.compile(r"[A-Z][\w.-]*[’']s")
_CAP_TOK = re.compile(r"[A-Z][\w.’'-]*")


def find_descs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of descriptive speaker phrases ("a source close to Ms Truss", "the ministry
    spokesman") in text[a:b]: found from their head noun, so cheap on long texts."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD_TOK.finditer(text, a, b)]
    out = []
    last_end = a
    for i, (_s, e, w) in enumerate(toks):
        lw0 = w.lower()
        if lw0 not in _DESC_LOOKUP and w not in _LAWMAKER_ABBREVS:
            if not (w.endswith("-year-old") and _AGE_NOUN.fullmatch(w) and i > 0 and toks[i - 1][2].lower() == "the"
                    and re.fullmatch(r"[ \t]+", text[toks[i - 1][1]:_s])):
                continue
            out.append((toks[i - 1][0], e))  # "the 72-year-old": an age as a person's noun
            last_end = e
            continue
        lw = lw0.rstrip(".")
        while e > _s and text[e - 1] == ".":
            e -= 1
        if lw.endswith(("’s", "'s")):
            lw = lw[:-2]
            e -= 2
        if lw not in _DESC_WORDS and w not in _LAWMAKER_ABBREVS:
            continue
        if lw in ("am",) and w != "AM":
            continue
        if i + 1 < len(toks) and toks[i + 1][2].lower().rstrip(".") in _DESC_WORDS and \
                re.fullmatch(r"[ \t]+", text[e:toks[i + 1][0]]) and not lw0.endswith(("’s", "'s")):
            continue  # "a State Department official": the head is the last noun
        if lw in KIN_MODIFIERS and i + 1 < len(toks) and (
                toks[i + 1][2].lower().rstrip(".,") in BODY_HEADS | OUTLET_HEADS | KIN_THINGS) \
                and re.fullmatch(r"[ \t]+", text[e:toks[i + 1][0]]):
            e = toks[i + 1][1] - (1 if toks[i + 1][2].endswith((".", ",")) else 0)
            # ("its sister company", "the parent firm": a modifier; the phrase runs on)
        # look back (at most 6 words) for a determiner, staying in the same clause; a
        # possessive name is one too ("China's ambassador to Britain", "North Korea's
        # foreign ministry"), with the determiner of its own phrase ("the Kremlin's")
        for j in range(i - 1, max(-1, i - 7), -1):
            jw = toks[j][2]
            if jw.lower() in CLAUSE_WORDS:
                break  # "a fire that Mayor Ann Lee described": the determiner is another's
            poss = _POSS_NAME.fullmatch(jw) is not None
            if poss:
                k = j
                while k > 0 and k > j - 3 and _CAP_TOK.fullmatch(toks[k - 1][2]) and \
                        toks[k - 1][2] not in CAPITALISED_FUNCTION_WORDS and \
                        re.fullmatch(r"[ \t]+", text[toks[k - 1][1]:toks[k][0]]):
                    k -= 1
                if k > 0 and toks[k - 1][2].lower() in ("the", "a", "an") and \
                        re.fullmatch(r"[ \t]+", text[toks[k - 1][1]:toks[k][0]]):
                    k -= 1
                j = k
            if poss or jw.lower() in _DESC_DETS:
                ds = toks[j][0]
                if ds < last_end or re.search(r"[,;:()\"“”]", text[ds:toks[i][0]]):
                    break
                end = desc_tail_end(text, e, b)
                out.append((ds, end))
                last_end = end
                break
    return out


# "72-year-old" used as a noun ("the 72-year-old said"): the person of that age
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")


# "The head of the dockers' union, " before a name in apposition
_DESC_THEN_NAME = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;:()\n]{1,70},\s*")


_APPOS_RE = re.compile(
    r"\s*(?:\([^)]{1,40}\))?\s*,\s*(?:who|whose|which|a|an|the|\d|[a-z]|[A-Z]{2,3}\b)"
    r"(?:[^.;:!?\"“”]|(?<=Mr|Ms|Dr|St|Jr)\.|(?<=Mrs|Gen|Sen|Rep|Gov|Col)\.|(?<=[A-Z])\.){0,160},\s*"
    + _ADV + r"|\s*\([^)]{1,40}\)\s*,?\s*" + _ADV
    # a party and state tag: "Rep. Ann Lee, R-S.C., asked", "Sen. Tom Ward, D-Calif., said"
    + r"|\s*,\s*[RDI]-[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?\s*,\s*" + _ADV)


_INTRO_RE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Earlier|Later|Last|This|Asked|Meanwhile|"
    r"However|But|Yet|And|Since|Despite|Following|Under|With|Without|"
    r"[A-Z][\w-]*\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|later|earlier))\b[^,;:]{0,90},\s*")
# a name used as a modifier ("the Trump administration", "Obama White House")
_MODIFIER_RE = re.compile(r"\s+(?:administration|campaign|government|family|camp|era|presidency|"
                          r"foundation|organization|organisation|team|White\s+House|"
                          r"(?:news\s+)?agency|newspaper|news\s+service)\b")
_COORD_RE = re.compile(r"(?:^|[\s,])(?:and|but|then)\s+" + _ADV + r"$")


_NONSPACE = re.compile(r"[^\s]")
# a bullet point with no subject: the mark, then a lower-case word or a verb in the past
_BULLET = re.compile(r"\s*[•·▪◦‣*-]\s*(?:[a-z]|[A-Z][a-z]+ed\b)")
# a capitalised institution's name as written: "the White House", "Downing Street"
_INSTITUTION = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,4}"
                          r"(?=\s*[.,;]|\s*$)")
# between a description's head noun and the name set off after it: a comma, after at most
# one prepositional tail ("a spokesman | for the Islamic State, | Ann Lee")
_APPOS_GAP = r"(?:\s+(?:for|of|at|in|to|with|from)\s+[^,;:()\n]{1,60})?\s*,\s*"
# a reporter relaying another source's words: ", citing a ministry spokesman", ", quoting X"
# 'according to X, "..."', 'in the words of X, "..."' and the same credits after the quote
_ACCORDING_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+")
_ACCORDING_AFTER = re.compile(r"\s*,?\s*(?:according\s+to|in\s+the\s+words\s+of|came\s+the\s+"
                              r"(?:reply|response|answer|retort)\s+from)\s+")
_RELAY_RE = re.compile(r",\s*(?:citing|quoting)\s+")
# quoted words that make a whole sentence: a capital first, a full stop (or ! ?) last
_FULL_SENTENCE = re.compile(r"[A-Z][^.!?]*[.!?]")
# a plural noun phrase opening a clause, before its verb: "Israeli officials told",
# "the striking dockers said", "protesters set up"
# (shared by both patterns: up to three capitalised words, with initials: "U.S. officials";
# the adverbs and auxiliaries between such a subject and its verb)
_CAPITAL_WORDS = r"(?:[A-Z][\w’'-]*(?:\.[A-Z])*\.?\s+){0,3}"
_BEFORE_VERB = r"(?:(?:also|later|then|have|had|were|are|did|would|will|could|on\s+\w+day)\s+)*"
_PLURAL_SUBJ = re.compile(
    r"\s*((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Oo]ther)\s+)?"
    + _CAPITAL_WORDS + r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<n>[a-z][\w-]*[a-rt-z]s))\s+" + _BEFORE_VERB +
    r"(?:said|say|told|tell|[a-z]+ed|set|met|went|came|gave|held|took|made|began|kept|"
    r"spoke|wrote)\b")
# a body a name owns ("Ann Lee's office", "Ann Lee's re-election campaign"), or a body's
# description ("The company", "The Dutch carmaker"), as a clause's subject (a verb after it)
_BODY_NOUN_ALT = "|".join(sorted(ORG_HEADS | BODY_HEADS, key=len, reverse=True))
_VERB_NEXT = (r"(?![’'])(?=\s*,|\s+(?:has|had|have|was|is|also|later|then|said|says|put|sent|"
              r"wrote|told|[a-z]+ed)\b)")
_OWNED_BODY = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _BODY_NOUN_ALT + r")\b"
                         + _VERB_NEXT)
_BODY_DESC = re.compile(r"\s*((?:[Tt]he|[Ii]ts)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + _BODY_NOUN_ALT
                        + r"))\b" + _VERB_NEXT)
# an 'on' tail naming a body ("Democrats on the committee", "on the House Ethics Committee"),
# never a day, a date or a state ("Democrats on Tuesday", "Workers on strike")
_ON_BODY = (r"on\s+the\s+(?:[A-Za-z][\w’'-]*\s+){0,4}?(?i:" + _BODY_NOUN_ALT + r")(?![\w’'-])")
# a plural noun phrase naming people or a body opening a clause, with a prepositional tail,
# before its verb: "Both candidates sought", "House Democrats unveiled", "The families of
# the victims gathered" (the noun is checked by _people_plural)
_PEOPLE_PLURAL_SUBJ = re.compile(
    r"\s*((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Oo]ther|[Bb]oth|"
    r"[Aa]ll|[Mm]ost|[Tt]hose|[Tt]hese)\s+){0,2}" + _CAPITAL_WORDS +
    r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<n>[A-Za-z][\w-]*s)(?:\s+(?:of|from|at|in|for|with)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+|\s+" + _ON_BODY + r")?)\s+" + _BEFORE_VERB +
    r"(?:said|say|told|tell|[a-z]+ed|set|met|went|came|gave|held|took|made|began|kept|"
    r"spoke|wrote|sought|stood|fought|brought)\b")


# a plural noun phrase and the comma before two people named in apposition to it
_PLURAL_BEFORE_PAIR = re.compile(r"\s*(?:[Tt]he\s+|[Bb]oth\s+)?(?:[\w’'-]+\s+){0,2}[a-z][\w-]*s\s*,\s*")


def _people_plural(n: str) -> bool:
    """Whether a plural names people or bodies ("candidates", "Democrats", "families")."""
    low = n.lower()
    sing = {low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else low[:-1]}
    return bool(sing & (_PEOPLE_OR_BODY_NOUNS | GROUP_SPEAKERS | MASS_SPEAKERS)) and \
        low not in NOT_PLURAL_WORDS


# a capitalised name opening a clause before its verb ("Facebook has come under fire",
# "Twitter said", "Nordair cancelled"): a body the entity index may have left out
_BODY_OPENS = re.compile(r"\s*([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
                         r"(?:(?:also|later|then|has|had|have|is|was|on\s+\w+day)\s+)*"
                         r"(?:[a-z]+(?:ed|es)|said|says|come|made|took|gave|told|won|lost|"
                         r"cut|sold|bought|laid|paid|hit|set|put)\b")
# a body's officer opening a clause: "Acme's chief executive", "Acme's new CEO"
_OFFICER_OF = re.compile(r"\s*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})[’']s\s+(?:[a-z]+\s+){0,2}"
                         r"(?:" + "|".join(OFFICER_NOUNS) + r")\b")
# the verb after a plural subject and its tail ("Officials at the ministry | rejected")
_CLAUSE_VERB_AFTER = re.compile(r"\s(?:(?:also|later|then|have|had|were|are|did|would|will|could)\s+)*"
                                r"(?:said|say|told|tell|[a-z]+ed|set|met|went|came|gave|held|"
                                r"took|made|began|kept|spoke|wrote)\b")
# what the words inside quotation marks become in Attributor.masked: a private-use character
# that no article contains (a letter would be taken for text: "Quina", "Qatar")
MASK = "\ue000"
# between a possessor name and the name or description it owns: "Norway's Ingrid Lund",
# "Acme's chief executive" (the possessed is the clause's subject)
_COUNTRY_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:[’']s)?)\s+(?:[a-z][\w-]*\s+){0,3}$")
_COUNTRY_AFTER = re.compile(r"\s*,?\s*(?:of|from)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


_MODIFIER_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")
_POSSESSOR_GAP = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}")
# a determiner-led noun phrase right before a speech verb ("..., the coastguard | said")
_UNKNOWN_NP = re.compile(r"^\s*,\s*((?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+"
                         + _ADV + r"$")
_PREP_BEFORE = re.compile(r"\b(?:in|at|on|to|from|with|for|of|by|near|across|into|over|against|"
                          r"than|about|between|toward|towards|off|outside|inside|around|through|"
                          r"throughout|along|under|within|beyond|via)\s+(?:the\s+)?$")


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    kind: str  # name|pron|desc
    text: str
    mention: object | None = None


def _with_words_before(m, start: int, text: str):
    """Mention m of a body's name taken back to start ("Republican | National Committee"):
    the name as written there, for this mention alone (the actor keeps its key)."""
    name = text[start:m.end]
    actor = None if m.actor is None else replace(m.actor, name=name)
    return replace(m, start=start, full_start=min(start, m.full_start), text=name, actor=actor)


# An article's masked text, shared by the Attributors built over it (statements and
# indirect speech each build one): a few articles' worth kept.
@lru_cache(maxsize=4)
def _masked_text(text: str, quote_spans: tuple[tuple[int, int], ...]) -> str:
    """text with the non-space characters inside the quotes (ts, te) replaced by MASK."""
    parts = []
    pos = 0
    for ts, te in sorted(quote_spans, key=lambda x: x[0]):
        if ts < pos:
            continue
        parts.append(text[pos:ts])
        parts.append(_NONSPACE.sub(MASK, text[ts:te]))
        pos = te
    parts.append(text[pos:])
    return "".join(parts)


class Attributor:
    def __init__(self, art: Article, ents: EntityIndex, quotes: list[QuoteSpan]):
        self.art = art
        self.text = art.text
        self.ents = ents
        self.quotes = quotes
        self._sent_starts = [s.start for s in art.sentences]
        self._opens = sorted(q.open for q in quotes)
        self._closes = sorted(q.close for q in quotes)
        self._cand_cache: dict[tuple[int, int], list] = {}
        self.masked = _masked_text(self.text, tuple((q.ts, q.te) for q in quotes))
        # (pos, description, speaker, actor key) of descriptions used as speakers
        self.desc_speakers: list[tuple[int, str, str, str | None]] = []
        # sentence idx -> its spaCy parse or None (set by the statements fact type from the
        # document context; without it, attribution reads the surface only)
        self.parse_of = None
        # paragraphs that are not the article's prose (set by the statements fact type)
        self.boilerplate: frozenset[int] = frozenset()
        from .rules import disabled_rules

        self.off = disabled_rules()  # rule ids switched off
        self._indef: list[tuple[int, str, str]] | None = None
        self.last_speaker: tuple[int, object] | None = None

    @property
    def indef(self) -> list[tuple[int, str, str]]:
        """Indefinite descriptions ("a senior defense official") that "the official" can
        refer to (computed on first use)."""
        if self._indef is None:
            self._indef = []
            for ds, de in find_descs(self.masked, 0, len(self.masked)):
                t = self.masked[ds:de]
                w = t.split()
                if w[0].lower() in ("a", "an", "one", "another") and MASK not in t:
                    head = desc_head([y.lower() for y in w])  # (not a noun of its tail)
                    if head:
                        self._indef.append((ds, t.strip(), head))
        return self._indef

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding pos ends (the text's end when there are no sentences)."""
        return self.art.sentences[self.sentence_of(pos)].end if self.art.sentences \
            else len(self.masked)

    def prose_gap(self, p1: int, p2: int) -> int:
        """How many of the article's own paragraphs lie after paragraph p1 up to p2 (page
        furniture between them, a caption or a "Slideshow" line, does not count)."""
        return sum(1 for p in range(p1 + 1, p2 + 1) if p not in self.boilerplate)

    def furniture_between(self, p1: int, p2: int) -> bool:
        """Whether every paragraph strictly between p1 and p2 is page furniture by the
        boilerplate lexicon (an "ADVERTISEMENT" line, a caption, a "Slideshow" line), not a
        section title (a headline-like line the lexicon does not know) and not a line
        leading in to what follows ("Also from X:")."""
        for k in range(p1 + 1, p2):
            ptxt = self.text[slice(*self.art.paragraphs[k])].strip()
            if ptxt.endswith(":") or boilerplate_kind(ptxt) is None:
                return False
        return True

    # -- candidates -----------------------------------------------------------------------
    def candidates(self, a: int, b: int) -> list[Cand]:
        """Speaker candidates (names, pronouns, descriptions) in text[a:b], in order; memoised
        per span (attribution asks about the same spans many times). A span is read at most
        CAND_WINDOW characters back from b: attribution stays linear in the number of quotes
        however long a "sentence" runs."""
        a = max(a, b - CAND_WINDOW)
        if b <= a:
            return []
        hit = self._cand_cache.get((a, b))
        if hit is None:
            hit = self._cand_cache[(a, b)] = self._candidates(a, b)
        return list(hit)

    def _candidates(self, a: int, b: int) -> list[Cand]:
        seg = self.masked[a:b]
        out: list[Cand] = []
        for m in self.ents.mentions_in(a, b):
            if m.kind == "person" and m.start > 4 and self.text[m.start - 4:m.start].lower() == "the " \
                    and _MODIFIER_RE.match(self.text, m.end):
                continue  # "the Trump administration"
            if (len(m.text) <= 2 and not (m.kind in ("country", "organisation") and m.text.isupper())) \
                    or self.text[max(0, m.start - 1):m.start] in ("(", "-"):
                continue  # initials and parenthesised state codes ("(R-S.C.)"), not "the UK"
            if m.kind in ("person", "organisation", "country", "unknown") and self.masked[m.start] != MASK:
                out.append(Cand(m.full_start if m.full_start >= a else m.start, m.end, "name", m.text, m))
        for m in PRON_RE.finditer(seg):
            p0 = a + m.start()
            if m.group(0) == "He" and _MID_SENTENCE.search(self.text, max(0, p0 - 3), p0):
                # a capitalised "He" inside a sentence ('said He, who ...') is no pronoun
                # but the surname of a "He Lei" named before
                named = next((x for x in reversed(self.ents.mentions_in(max(0, p0 - 3000), p0))
                              if x.text.startswith("He ")), None)
                if named is not None:
                    out.append(Cand(p0, a + m.end(), "name", named.text, named))
                continue
            out.append(Cand(p0, a + m.end(), "pron", m.group(0)))
        for ds, de in find_descs(self.masked, a, b):
            t = self.masked[ds:de].rstrip()
            if MASK in t:
                continue
            out.append(Cand(ds, ds + len(t), "desc", t))
        if "statement.elided_speaker" not in self.off:
            for m in _ELIDED_SPEAKER.finditer(self.masked, a, b):
                g = 1 if m.group(1) else 2
                out.append(Cand(m.start(g), m.end(g), "desc", m.group(g)))
        if "statement.institution_speaker" not in self.off:
            # a seat of government or a ministry the entity index leaves out ("the White
            # House said"): the body as written
            taken = [(c.start, c.end) for c in out]
            for m in _institutions_re().finditer(self.masked, a, b):
                if not any(s0 < m.end() and m.start() < e0 for s0, e0 in taken):
                    out.append(Cand(m.start(), m.end(), "desc", m.group(0)))
        if "statement.desc_in_body_name" not in self.off:
            # "The Republican National Committee": a capitalised party word run straight
            # into a body's name the index found without it is a word of that name
            bodies = {c.start: c for c in out if c.kind == "name" and c.mention is not None
                      and c.mention.kind in ("organisation", "unknown")}
            merged: dict[int, Cand] = {}  # id(description) -> the whole name
            used: set[int] = set()  # id() of the bodies merged into one
            for d in out:
                n = bodies.get(d.end + 1) if d.kind == "desc" else None
                last = d.text.split()[-1]
                if n is not None and id(n) not in used and self.masked[d.end] == " " and \
                        last[:1].isupper() and len(last) > 1 and last.lower() in PARTY_WORDS:
                    merged[id(d)] = Cand(d.start, n.end, "name", n.text, _with_words_before(
                        n.mention, d.end - len(last), self.text))
                    used.add(id(n))
            # (built apart from `out`: removing from a list while walking it skips the
            # candidate after the one removed)
            out = [merged.get(id(c), c) for c in out if id(c) not in used]
        # drop candidates nested inside a description (the description wins)
        descs = [c for c in out if c.kind == "desc"]
        out = [c for c in out if c.kind == "desc" or not any(
            d.start <= c.start and c.end <= d.end for d in descs)]
        # a description that runs into the title opening a person's name ("Saudi Arabia's
        # energy minister Prince Ann Lee"): cut before the name
        if "statement.desc_before_name" not in self.off:
            people = [c for c in out if c.kind == "name" and c.mention is not None
                      and c.mention.kind == "person"]
            for i, d in enumerate(out):
                if d.kind != "desc":
                    continue
                cut = min((p.start for p in people if d.start < p.start < d.end < p.end),
                          default=None)
                if cut is not None:
                    t = self.masked[d.start:cut].rstrip(" ,")
                    if t:
                        out[i] = Cand(d.start, d.start + len(t), "desc", t)
        # drop descriptions that start with a possessive pronoun followed by a name ("his aide X")
        out.sort(key=lambda c: (c.start, -c.end))
        # remove overlaps keeping the earlier/longer
        res: list[Cand] = []
        for c in out:
            if res and c.start < res[-1].end:
                continue
            res.append(c)
        # a description with a named appositive is the name: "Norway's fisheries minister,
        # Ann Lee, said" (Ann Lee speaks, not "Norway's fisheries minister")
        return [c for i, c in enumerate(res) if not (
            c.kind == "desc" and i + 1 < len(res) and res[i + 1].kind == "name"
            and res[i + 1].mention is not None and res[i + 1].mention.kind == "person"
            and re.fullmatch(r"\s*,\s*", self.masked[c.end:res[i + 1].start])
            and re.match(r"\s*[,(]", self.masked[res[i + 1].end:res[i + 1].end + 3]))]

    def pick_subject(self, cands: list[Cand], cue_start: int, participle: bool) -> Cand | None:
        cands = [c for c in cands if c.end <= cue_start]
        if not cands:
            return None
        if participle:
            last = cands[-1]
            sent_start = self.art.sentences[self.sentence_of(cue_start)].start
            intro = _INTRO_RE.match(self.masked, sent_start, cue_start)
            if last.kind in ("name", "pron", "desc") and not self.masked[last.end:cue_start].strip():
                if last.kind == "desc" and "statement.document_issuer" not in self.off and \
                        desc_head(last.text.lower().split()) in DOCUMENT_NOUNS:
                    # 'X issued a statement calling ...', 'X posted a video saying ...': the
                    # one who issued it (the subject right before the issuing verb)
                    vms = list(_ISSUE_VERB.finditer(self.masked, sent_start, last.start))
                    vm = vms[-1] if vms else None
                    if vm is not None:
                        who = [c for c in cands if c.end <= vm.start() and
                               c.kind in ("name", "pron", "desc") and
                               len(self.masked[c.end:vm.start()].split()) <= 3]
                        if who:
                            return who[-1]
                return last  # "with Labour's Stephen Doughty saying ..."

            body = [c for c in cands if not intro or c.start >= intro.end()] or cands
            named = [c for c in body if c.kind == "pron" or (
                c.kind == "name" and c.mention is not None and c.mention.kind == "person")]
            named = named or [c for c in body if c.kind in ("name", "pron")]
            return (named or body)[0]
        # "Name, 46, said" / "Name, who ..., added" / "Name, the minister, said"
        for c in cands:
            if c.kind in ("name", "pron", "desc") and \
                    _APPOS_RE.fullmatch(self.masked[c.end:cue_start]):
                return c
        best = cands[-1]
        if best.kind == "desc" and len(cands) >= 2:
            prev = cands[-2]
            if prev.kind == "name" and re.fullmatch(r"\s*,\s*", self.masked[prev.end:best.start]) \
                    and not _PREP_BEFORE.search(self.masked[max(0, prev.start - 12):prev.start]):
                return prev  # "Ann Lee, the minister, said" (not "in Oslo, the minister said")
        gap = self.masked[best.end:cue_start]
        um = _UNKNOWN_NP.search(gap)
        if um and best.kind == "name" and _PREP_BEFORE.search(
                self.masked[max(0, best.start - 12):best.start]):
            # "hurt off Norway, the coastguard said": a noun phrase the lexicon does not know
            # stands between the place and the verb: it is the subject
            s0 = best.end + um.start(1)
            return Cand(s0, best.end + um.end(1), "desc", self.masked[s0:best.end + um.end(1)])
        if len(gap.split()) > 14:
            return None
        if _COORD_RE.search(gap):
            # "X did this ..., and said": the subject is the first name of the clause
            first = next((c for c in cands if c.kind in ("name", "pron")), None)
            if first is not None:
                return first
        return best

    def pick_after(self, a: int, b: int) -> Cand | None:
        cands = self.candidates(a, b)
        if not cands:
            return None
        c = cands[0]
        if len(self.masked[a:c.start].split()) > 3:
            return None
        if c.kind == "name" and len(cands) > 1 and cands[1].kind == "desc" and \
                "statement.possessor_not_speaker" not in self.off and re.fullmatch(
                    r"[’']s\s+(?:[\w’'-]+\s+){0,3}", self.masked[c.end:cands[1].start]):
            # "according to North Korea's ruling party's newspaper": the possessor does not
            # speak, the body or person it owns does
            cands = cands[1:]
            c = cands[0]
        if c.kind == "desc" and len(cands) > 1 and cands[1].kind == "name" and re.fullmatch(
                r"\s*,\s*", self.masked[c.end:cands[1].start]):
            return cands[1]
        if c.kind == "desc" and len(cands) > 1 and "statement.possessor_not_speaker" not in \
                self.off and desc_head(c.text.lower().split()) in OUTLET_HEADS and re.match(
                    r"\s*(?:[,.;(]|$)", self.masked[cands[1].end:cands[1].end + 2]):
            # "the party's newspaper, the Daily Star": the paper's name
            n = cands[1]
            if (n.kind == "name" and re.fullmatch(r"\s*,\s*the\s+", self.masked[c.end:n.start])) \
                    or (n.kind == "desc" and re.fullmatch(r"\s*,\s*", self.masked[c.end:n.start])
                        and re.fullmatch(r"the(?:\s+[A-Z][\w’'.&-]*)+", n.text)):
                return n
        # "said ONGC chairman Subir Raha": an organisation modifying a titled person
        # ("according to White House press secretary Ann Lee": a capitalised body the
        # index left out, read as a description)
        body = (c.kind == "name" and (c.mention is None or c.mention.kind != "person")) or (
            c.kind == "desc" and all(w[:1].isupper() for w in c.text.split()))
        if (body
                and len(cands) > 1 and cands[1].kind == "name" and cands[1].mention is not None
                and cands[1].mention.kind == "person"
                and re.fullmatch(r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,3}", self.masked[c.end:cands[1].start])):
            return cands[1]
        return c

    # -- resolution -----------------------------------------------------------------------
    def resolve_cand(self, c: Cand, pos: int) -> tuple[str | None, str | None, str | None]:
        if c.kind in ("name", "desc") and "statement.national_noun" not in self.off:
            r = self._national_person(c)
            if r is not None:
                return r
        if c.kind == "name":
            m = c.mention
            if m.text.isupper() and 2 <= len(m.text) <= 6 and m.text.isalpha() and \
                    m.kind != "country" and "statement.acronym_name" not in self.off:
                # "the ECB said": the name it stands for, when the article writes it out
                full = self._acronym_name(m.text, c.start)
                if full:
                    return full, m.text, m.actor.key if m.actor is not None else None
            if m.actor is not None and m.actor.kind == "group" and \
                    "statement.bare_noun_tail" not in self.off:
                # "Officials at the State Department said": the group with its tail
                end = _source_tail_end(self.masked, m.end, self.sentence_end(m.start))
                if end > m.end:
                    t = self.text[m.start:end]
                    return t, t, m.actor.key
            if m.actor is not None:
                mention = self.text[m.full_start:m.end] if m.full_start >= m.start - 40 else m.text
                return m.actor.name, mention, m.actor.key
            if m.kind == "unknown":
                return m.text, m.text, None
            return m.text, m.text, None
        if c.kind == "pron":
            low = c.text.lower()
            if low in ("he", "she"):
                got = self._desc_subject_before(c.start, gender_of_pronoun(low))
                a = self.resolve_pronoun(c.start, gender_of_pronoun(low))
                if got is not None and ((got[1] or "").startswith("p") or a is None or got[2] or (
                        self.last_speaker is not None and a is self.last_speaker[1])):
                    # (an unnamed one only over the last speaker the text moved on from,
                    # unless it is someone's: "Reed's mother", never one named before)
                    return got[0], c.text, got[1]
                if a:
                    return a.name, c.text, a.key
                got = self._unresolved_pronoun(c, gender_of_pronoun(low))
                if got is not None:
                    return got[0], c.text, got[1]
                return None, c.text, None
            if low == "it":
                if "statement.it_body" not in self.off:
                    got = self.resolve_it(c.start)
                    if got is None and "statement.it_last_body" not in self.off and \
                            self.art.sentences and not self.candidates(
                                self.art.sentences[self.sentence_of(c.start)].start, c.start):
                        # ('Acme reported a loss. Activists protested. "...," it said.': no
                        # name or description before it in its own sentence)
                        got = self._last_body(c.start)
                    if got is not None:
                        return got[0], c.text, got[1]
                return None, None, None
            if low == "they" and "statement.plural_antecedent" not in self.off:
                group = self.resolve_plural(c.start)
                if group:
                    return group, c.text, None
            return None, c.text, None
        # description
        spk, mention, key = self.resolve_desc(c)
        am = _THE_ACRONYM.fullmatch(spk or "")
        if am and "statement.acronym_name" not in self.off:
            # "the UN said" (an institution the entity index leaves out): likewise
            full = self._acronym_name(am.group(1), c.start)
            if full:
                return full, mention, key
        return spk, mention, key

    def _unresolved_pronoun(self, c: Cand, gender: str | None):
        """(name, actor key) for a he/she no person before it resolves: the one-word name
        the index could not type that is the subject of one of the two sentences before
        ('As Wallace pressed, Miller grew agitated and raised his voice. "...," he said.'),
        when something says it is a person: a he/she/his/her after it in its sentence, or
        the name speaking elsewhere ('Miller said ...'); switch statement.pronoun_fallback.
        (A company or thing is no such subject: 'Apple shares fell. "...," he said.'; nor
        is a person named after the quote: no cataphora.)"""
        from .places import lookup_place

        if "statement.pronoun_fallback" in self.off or not self.art.sentences:
            return None
        sents = self.art.sentences
        si = self.sentence_of(c.start)
        for k in range(si, max(-1, si - 3), -1):
            s = sents[k]
            hi = min(s.end, c.start)
            sub = _SUBORDINATE_OPENS.match(self.masked, s.start, hi)  # 'As Wallace pressed,'
            sc = self._subject_cand(sub.end() if sub else s.start, hi)
            if sc is None or sc.kind != "name" or sc.mention is None:
                continue
            m = sc.mention
            if m.kind == "unknown" and m.actor is None and \
                    " " not in m.text and m.text not in CAPITALISED_FUNCTION_WORDS and \
                    self.masked[m.start] != MASK and lookup_place(m.text) is None and \
                    self.text[m.end:m.end + 2] not in ("’s", "'s") and \
                    self._person_evidence(m.text, m.end, hi, gender):
                return m.text, None
            break
        return None

    def _leader_of_gender(self, name: str, end: int, gender: str) -> bool:
        """Whether a one-word name ending at `end` is a leader leaders.csv names by the
        surname alone whose first name gives the pronoun's gender ('Merkel ... she', not
        'Trump met Merkel. "...," she said'), and no capitalised word follows it straight
        ('Blair House' is no Blair)."""
        full = leader_by_surname(name)
        return full is not None and _first_name_gender(full.split()[0]) == gender and \
            re.match(r"[ \t]+[A-Z]", self.masked[end:end + 3]) is None

    def _person_evidence(self, name: str, start: int, end: int,
                         gender: str | None = None) -> bool:
        """Whether a one-word name reads as a person's: a personal pronoun outside quotes
        between start and end (its own sentence), the name speaking anywhere outside
        quotes ('Miller said', 'said Miller'), or a leader leaders.csv names by the surname
        alone, of the pronoun's gender ('Merkel took questions. "...," she said')."""
        if "statement.pronoun_leader_surname" not in self.off and gender and \
                self._leader_of_gender(name, start, gender):
            return True
        if re.search(r"\b(?:he|she|his|her|him|himself|herself)\b", self.masked[start:end],
                     re.I):
            return True
        n = re.escape(name)
        for m in re.finditer(rf"\b{n}\b(?:[ \t]+[a-z]+){{0,2}}[ \t]+([a-z]+)\b"
                             rf"|\b([a-z]+)[ \t]+{n}\b", self.masked):
            if CUE_FORMS.get(m.group(1) or m.group(2) or "") is not None:
                return True
        return False

    def _national_person(self, c: Cand):
        """"the Spaniard said", "the Australian told reporters": a nationality noun after
        "the" (NATIONAL_NOUNS) is the person of that country named in the sentences before
        (see _country_named), else the person the text is about (the last speaker, the
        subject of one of the two sentences before) when nothing gives them another country
        or the other gender."""
        t = c.text
        if c.kind == "name":
            if self.text[max(0, c.start - 4):c.start].lower() != "the ":
                return None
            noun = t
        elif t[:4].lower() == "the ":
            noun = t[4:]
        else:
            return None
        hit = NATIONAL_NOUNS.get(noun.lower().rstrip(".,"))
        if hit is None or not noun[:1].isupper():
            return None
        iso, gender = hit
        mention = t if c.kind == "desc" else "the " + t
        si = self.sentence_of(c.start)
        sents = self.art.sentences
        lo = sents[max(0, si - 5)].start if sents else 0
        for m in reversed(self.ents.mentions_in(lo, c.start)):
            a = m.actor
            if a is not None and a.kind == "person" and self._country_named(m) == iso and \
                    (not gender or not a.gender or a.gender == gender):
                return a.name, mention, a.key
        who = next((w for w in self.recent_speakers(c.start) if w is not None
                    and w.kind == "person"), None)
        for k in range(si - 1, max(-1, si - 3), -1):
            if who is not None:
                break
            sc = self._subject_cand(sents[k].start, sents[k].end)
            who = self._person_of(sc)
            if who is not None and sc.mention is not None and \
                    self._country_named(sc.mention) not in (None, iso):
                return None  # "Kenya's Ruth Chebet" is no Norwegian
        if who is None or (gender and who.gender and who.gender != gender) or \
                who.country not in (None, iso):
            return None
        return who.name, mention, who.key

    def _country_named(self, m) -> str | None:
        """The country (ISO2) the text gives a person mention: a title that names it
        ("Russian President"), a country or demonym owning or modifying the name ("Kenya's
        Ruth Chebet", "Ethiopian Almaz Tesfaye") or "of/from <country>" after it."""
        from .places import country_of

        if m.actor is not None and m.actor.country:
            return m.actor.country
        first = m.text.split()[0] if m.text else ""
        c = country_of(first) if first[:1].isupper() else None
        if c is None:
            bm = _COUNTRY_BEFORE.search(self.text, max(0, m.full_start - 40), m.full_start)
            am = _COUNTRY_AFTER.match(self.text, m.end)
            for g in (bm, am):
                if g is not None:
                    c = country_of(re.sub(r"[’']s$", "", g.group(1)))
                    if c is not None:
                        break
        return c[1] if c else None

    def _acronym_name(self, acr: str, pos: int) -> str | None:
        """The capitalised name an acronym stands for, written out anywhere in the article
        ("the European Central Bank" for "ECB"; the fullest name, before pos first, then
        after it): the initials of consecutive words of a capitalised run, small words left
        out, spell it, from its first word ("Federal Bureau of Investigation" inside
        "Washington Federal Bureau of Investigation agents") to the run's end or to one of
        its words ("Centers for Disease Control and Prevention" for "CDC")."""
        lo = max(0, pos - 6000)
        for a, b in ((lo, pos), (pos, min(len(self.text), pos + 6000))):
            for m in _ACRONYM_SOURCE.finditer(self.text, a, b):
                got = _spelled_by(m, acr)
                if got:
                    return got
        return None

    # -- the parse ------------------------------------------------------------------------
    def _parse_attribution(self, q: QuoteSpan, si: int, ei: int, direct_only: bool
                           ) -> dict | None:
        """The speaker of q from the parse of the sentence that opens or closes it (see
        speech.py), as a result dict with rule statement.quote_verb_subject, or None."""
        if self.parse_of is None:
            return None
        from .speech import quote_speaker

        for k in dict.fromkeys((si, ei)):
            doc = self.parse_of(k)
            if doc is None:
                continue
            sent = self.art.sentences[k]
            found = quote_speaker(doc, max(q.ts, sent.start) - sent.start,
                                  min(q.te, sent.end) - sent.start)
            if found is None or (direct_only and not found[2]):
                continue
            verb, subj, _direct = found
            if CUE_FORMS.get(verb.lower_) in SOUND_CUES and not self._sound_next_to(
                    q, sent.start + verb.idx, len(verb.text)):
                continue  # ('Onlookers laughed as Ward, wearing a "Save Our Ferry" T-shirt')
            c = self._cand_for_token(k, subj, verb)
            if c is None:
                continue
            r = self._result_c(c, verb.lower_, "statement.quote_verb_subject")
            if r:
                return self._own_description(r, k, verb, subj, q.open)
        return None

    def _own_description(self, r: dict, k: int, verb, subj, q_open: int) -> dict:
        """'Rep. Ann Lee urged ... -- meddling the Ohio congresswoman said is "...": the
        speaker came from a speech verb reporting the quote's own; when the quote's verb has
        a description of its own for the same person, that is the mention as written."""
        from .speech import own_subject

        own = own_subject(verb)
        if own is None or own.i == subj.i or not r.get("speaker_key") or \
                "statement.own_description" in self.off:
            return r
        c = self._cand_for_token(k, own, verb)
        if c is None or c.kind != "desc" or c.start >= q_open:
            return r  # ('"...," the author of a book told CNN': a credit after the quote)
        _spk, mention, key = self.resolve_cand(c, c.start)
        if key == r["speaker_key"] and mention:
            r = dict(r, speaker_mention=mention)
        return r

    def _sound_next_to(self, q: QuoteSpan, vpos: int, vlen: int) -> bool:
        """Whether a sound verb at vpos ("laughed", SOUND_CUES) stands next to quote q: up to
        three words after it ('"...," Ann Lee laughed') or right before it, past a colon or
        comma ('He laughed: "..."')."""
        if vpos >= q.te:
            return len(self.text[q.close:vpos].split()) <= 3
        return re.fullmatch(r"\s*[:,]?\s*", self.text[vpos + vlen:q.open]) is not None

    def _cand_for_token(self, si: int, tok, verb=None) -> Cand | None:
        """The speaker candidate (name, description, pronoun) a subject token stands for:
        the last person's name holding the token ("Detroit harbour pilot Ann Lee"; only the
        token itself: a name elsewhere in its phrase is not the speaker, 'Ann Lee's aides',
        'Ann Lee administration officials', and none in its prepositions: 'a spokesman for
        Ann Lee'), else the candidate holding the token; a description with a named
        appositive ("its director, Ann Lee,") is the name."""
        sent = self.art.sentences[si]
        pos = sent.start + tok.idx
        cands = self.candidates(sent.start, sent.end)
        people = [c for c in cands if c.kind == "name" and c.mention is not None
                  and c.mention.kind == "person" and c.start <= pos < c.end]
        if people:
            return people[-1]
        if tok.pos_ in ("NOUN", "PROPN"):
            # the parse's appositive: "The leader of the dockers' union, Ann Lee, said",
            # "Supreme Allied Commander in Europe Gen. Ann Lee said"
            for ap in (ch for ch in tok.children if ch.dep_ == "appos"):
                a_lo, a_hi = sent.start + ap.left_edge.idx, sent.start + ap.idx + len(ap.text)
                named = [c for c in cands if c.kind == "name" and c.mention is not None
                         and c.mention.kind == "person" and a_lo <= c.mention.start
                         and c.end <= a_hi + 1]
                if named:
                    return named[-1]
        for i, c in enumerate(cands):
            if c.start <= pos < c.end:
                if c.kind == "desc":
                    # "a spokesman for the group, Ann Lee, said": the named appositive
                    nxt = cands[i + 1] if i + 1 < len(cands) else None
                    if nxt is not None and nxt.kind == "name" and nxt.mention is not None \
                            and nxt.mention.kind == "person" and re.fullmatch(
                                r"\s*,\s*", self.masked[c.end:nxt.start]) and re.match(
                                r"\s*(?:[,(]|[.;!?](?:\s|$)|$)", self.masked[nxt.end:nxt.end + 2]):
                        # (or the name ends the sentence: 'vowed the senator from Norland,
                        # Arvid Kessler.')
                        return nxt
                return c if c.kind in ("name", "desc", "pron") else None
        m = self.ents.mention_at(pos, pos + len(tok.text)) if hasattr(self.ents, "mention_at") \
            else None
        if m is not None:
            return None
        if tok.pos_ == "NOUN":  # "The union's spokesman, Ann Lee, said": the named appositive
            # (also past the description's prepositional tail: "a spokesman for the Islamic
            # State, Ann Lee, warned")
            hi = sent.start + tok.idx + len(tok.text)
            nxt = next((c for c in cands if c.start >= hi and c.kind == "name"
                        and c.mention is not None and c.mention.kind == "person"), None)
            if nxt is not None and re.fullmatch(_APPOS_GAP, self.masked[hi:nxt.start]) and \
                    re.match(r"\s*(?:[,(]|[.;!?](?:\s|$)|$)", self.masked[nxt.end:nxt.end + 3]):
                return nxt
        if tok.lower_ in ("he", "she", "they", "i", "we"):
            return Cand(pos, pos + len(tok.text), "pron", tok.text)
        if tok.pos_ in ("NOUN", "PROPN") and verb is not None and \
                CUE_FORMS.get(verb.lower_) in CORE_SPEECH_LEMMAS:
            # a noun phrase the lexicon does not know ("the coastguard said"), a bare plural
            # ("police said", "critics say") or a body's name the entity index leaves out
            # ("Facebook said", "Democrats said"): its words as written (only with a verb of
            # saying proper: "the graphic showed" is no speaker)
            left = tok.left_edge
            while left.i < tok.i and (left.is_punct or left.is_space):
                left = left.nbor(1)  # (not the closing mark of the quote before it)
            lo = sent.start + left.idx
            hi = sent.start + tok.idx + len(tok.text)
            t = self.text[lo:hi]
            bare = "statement.bare_noun_subject" not in self.off and (
                tok.pos_ == "PROPN" or tok.lower_ in MASS_SPEAKERS or (
                    tok.tag_ == "NNS" and tok.lower_ in _DESC_WORDS))
            if not bare and tok.tag_ == "NNS" and "statement.plural_np_subject" not in self.off:
                # a plural noun with its own modifier ("Several unions", "Environmental
                # groups", "Many economists"): a source as written
                # (a noun that names people or a body: not "fighter jets", "banners")
                low = tok.lower_
                sing = {low[:-3] + "y" if low.endswith("ies") else low[:-1], low[:-2]}
                bare = bool(sing & _PEOPLE_OR_BODY_NOUNS) \
                    and any(ch.dep_ in ("amod", "det", "nummod", "poss") and ch.i < tok.i
                            for ch in tok.children)
            if (re.match(r"(?:the|a|an)\s", t, re.I) or bare) and \
                    MASK not in self.masked[lo:hi] and len(t.split()) <= 6:
                if bare and "statement.bare_noun_tail" not in self.off:
                    # "officials at the Department of Homeland Security said": an unnamed
                    # source keeps its whole description, its prepositional tail too
                    vpos = sent.start + verb.idx if verb.idx > tok.idx else sent.end
                    hi = _source_tail_end(self.masked, hi, vpos)
                    t = self.text[lo:hi]
                return Cand(lo, hi, "desc", t)
        return None

    # -- descriptions ---------------------------------------------------------------------
    def resolve_desc(self, c: Cand) -> tuple[str | None, str | None, str | None]:
        """A description ("the governor", "the statement", "a senior official") -> (speaker,
        mention, actor key): the first of DESC_RESOLVERS that knows who it is, else the
        description as written (an unnamed source keeps its whole description)."""
        t = c.text
        words = t.lower().split()
        if len(words) == 1 and t[:1].isupper() and "statement.title_surname" not in self.off:
            # "King said" after "Rep. Steve King": a surname that is also a title word
            a = self.ents.resolve_name(t, c.start)
            if a is not None and a.kind == "person" and len(a.name.split()) >= 2:
                return a.name, t, a.key
        head = desc_head(words)
        if head is None and 2 <= len(words) <= 4 and words[-1].rstrip(".,") in BODY_HEADS:
            head = words[-1].rstrip(".,")  # "the club", "the German carmaker"
        definite = bool(words) and (words[0] in ("the", "that", "this") or (
            words[0].endswith(("’s", "'s")) and t[:1].isupper()))
        if head in DOCUMENT_NOUNS and head not in OUTLET_HEADS:
            r = self._doc_own_author(c, head)
            if r:
                self.desc_speakers.append((c.start, t, r[0], r[2]))
                return r
        if head and definite and len(words) <= 7:
            # "Ann Lee's lawyer" is not Ann Lee
            owner = next((m.actor.key for m in self.ents.mentions_in(c.start, c.end)
                          if m.actor is not None and self.text[m.end:m.end + 2] in ("’s", "'s")
                          and m.start - c.start <= 4), None)
            for rule in DESC_RESOLVERS:
                r = rule(self, c, words, head)
                if r and not (owner and r[2] == owner):
                    return r
        self.desc_speakers.append((c.start, t, t, None))
        return t, t, None

    def _title_cut(self, a) -> bool:
        """Whether the text gives more of a person's title than the title read: a joined
        office's first half before "and" ("Health and Human Services Secretary X" read as
        "Human Services Secretary"), whose portfolio words are then unknown."""
        return bool(a.title) and re.search(
            r"\b[A-Z][\w-]*\s+(?:and|&)\s+" + re.escape(a.title) + r"\s", self.text) is not None

    def _doc_own_author(self, c: Cand, head: str):
        """A document that names its author speaks for them: "a State Department statement",
        "Ann Lee's memo", "a statement from the ministry", "a letter signed by Ann Lee"
        (the description stays the mention)."""
        hm = re.search(rf"\b{re.escape(head)}s?\b", self.text[c.start:c.end], re.I)
        if hm is None:
            return None
        hs, he = c.start + hm.start(), c.start + hm.end()
        who = None
        for m in reversed(self.ents.mentions_in(c.start, hs)):  # a name modifying the head
            if m.kind in ("person", "organisation", "country", "unknown") and \
                    re.fullmatch(r"(?:[’']s)?(?:\s+[a-z][\w-]*)*\s+", self.text[m.end:hs]):
                who = Cand(m.start, m.end, "name", m.text, m)
                break
        if who is None:
            am = _DOC_BY.match(self.masked, he, he + 60)
            if am:
                om = _OPT_THE.match(self.masked, am.end())
                om = _outlets_re().match(self.masked, om.end())
                if om is not None:
                    # 'an analysis by <a listed news outlet>': the outlet, as written (the
                    # entity index may read a place in its name)
                    return om.group(0), c.text, None
                who = self.pick_after(am.end(), min(len(self.masked), am.end() + 80))
                if who is not None and ((who.start > am.end() + 4 and not (
                        who.kind == "name" and _role_before_name(self.masked[am.end():who.start])
                        )) or who.kind not in ("name", "desc")
                        or desc_head(who.text.lower().split()) in DOCUMENT_NOUNS):
                    # (a lower-case role before the name is the author's: 'a memo from
                    # harbour master Ann Lee')
                    who = None
        if who is None:
            return None
        spk, _m, key = self.resolve_cand(who, who.start)
        if who.kind == "name" and who.mention is not None and who.mention.kind != "person":
            spk = who.mention.text  # "a Pentagon statement": the Pentagon, as written
        return (spk, c.text, key) if spk else None

    def recent_speakers(self, pos: int) -> list:
        """The people who spoke last before pos (the last quoted speaker, the last reporter
        of speech in the two sentences before): a role noun or pronoun prefers them."""
        out = []
        rs = self._recent_reporter(self.sentence_of(pos), pos)
        for x in sorted([y for y in (self.last_speaker, rs) if y is not None],
                        key=lambda y: -y[0]):
            out.append(x[1])
        return out

    def _desc_role_holder(self, c: Cand, words: list[str], head: str):
        """"the governor" -> the person whose title holds the role (Ohio Gov. Ann Lee), "the
        analyst" -> the person introduced as one ("Ann Lee, a senior analyst at X,")."""
        if head not in ROLE_NOUNS and head not in PERSON_NOUNS:
            return None
        if head == "president" and "vice" in words:
            head = "vice"  # "the vice president": a holder of that title only
        for m in self.ents.mentions_in(c.start, c.end):  # "its ambassador to X Ann Lee"
            if m.actor is not None and m.actor.kind == "person" and m.actor.title and \
                    head in title_roles(m.actor.title):
                return m.actor.name, c.text, m.actor.key
        # (no holder: not the article's most-mentioned person; _desc_topic_person may
        # still take up who the text is about when the description fits them)
        spec = [w for w in words[1:] if w not in DESC_FILLER]
        if len(spec) >= 2 and spec[-1] == head and "statement.desc_title_words" not in self.off:
            a = self.ents.title_person(spec, c.start)  # "the finance minister": that office
            if a is not None:
                return a.name, c.text, a.key
        a = self._home_holder(head, c) if len(spec) == 1 else None
        party = any(w in PARTY_WORDS and len(w) > 1 for w in words) and \
            "statement.desc_role_party" not in self.off  # "the Republican leader"
        where = _modifiers(c.text) if "statement.desc_role_place" not in self.off else set()

        former = bool(PAST_WORDS & set(words))  # "the former president"
        past = "statement.desc_past_holder" not in self.off and not former
        lesser = "statement.desc_lesser_holder" not in self.off and not LESSER_WORDS & {
            p for w in words for p in w.split("-")}
        portfolio = portfolio_words(words, head) if \
            "statement.desc_portfolio" not in self.off else frozenset()

        def fits(x) -> bool:
            # "the West Virginia senator" is not "Sen. Todd Yancey of Indiana"; "the
            # secretary-general" is not "Former Secretary-General Ann Lee" nor "Deputy
            # Secretary-General Ann Lee" (a lesser office's word the description leaves out)
            got = self._countries_of(x, where) if where else set()
            return (not party or self._party_fits(x, words)) and (
                not where or not got or bool(where & got)) and not (
                past and x.title and PAST_WORDS & set(x.title.lower().split())) and not (
                lesser and x.title and _lesser_office(x.title, head)) and not (
                portfolio and x.title and not portfolio <= office_words(title_roles(x.title))
                and not self._title_cut(x))

        a = a or self.ents.role_person(head, c.start, prefer=self.recent_speakers(c.start),
                                       honorifics="statement.desc_honorific_role" not in self.off,
                                       fits=fits if party or where or past or lesser or portfolio
                                       else None)
        if a is not None and not same_modifiers(c.text, a.title or ""):
            return None  # "the Kentucky Republican" is not "a South Carolina Republican"
        if a is None and "statement.desc_known_leader" not in self.off:
            a = self._known_holder(head, c.start, former=former)
            if a is not None and not self._country_fits(c.text, a):
                a = None  # "the Russian president" is not Erdogan
            pub = self.art.pub_date
            if a is not None and portfolio and not any(
                    portfolio <= office_words(o.role.split())
                    for o in leader_offices_held(a.name, pub.year if pub else None, former)):
                a = None  # "the first minister" is not the prime minister leaders.csv names
        if a is None and "statement.desc_holder_after" not in self.off and \
                head not in GENERIC_SOURCES:
            a = self.ents.role_person_after(head, c.start)  # named further on, with the title
        if a is None and "statement.desc_leader_surname" not in self.off and not where and \
                re.fullmatch(r"the (?:former )?(?:vice )?president", " ".join(
                    c.text.lower().split())):  # not 'the university president'
            # "Trump defended the decision. '...,' the president said.": a surname alone the
            # entity index could not type, of a leader leaders.csv gives that office then
            for m in reversed(self.ents.mentions_in(max(0, c.start - 2000), c.start)):
                if m.kind == "unknown" and m.actor is None and self.masked[m.start] != MASK:
                    full = leader_by_surname(m.text)
                    pub = self.art.pub_date
                    if full is not None and leader_held(full, head, pub.year if pub else None,
                                                        former=former):
                        return m.text, c.text, None
        return (a.name, c.text, a.key) if a else None

    def _countries_of(self, a, where: set) -> set:
        """The places the text gives a person (_places_of), and, when a description's places
        `where` hold a country, the country leaders.csv gives a leader ("Vladimir Putin" ->
        RU; a state, "the Indiana governor", is no country to set against it)."""
        got = set(self._places_of(a))
        if not any(_is_country_code(w) for w in where):
            return got
        from .places import lookup_place

        for n in list(got):  # "Sen. Ann Lee of South Carolina": a state of the US
            pl = lookup_place(n) if not _is_country_code(n) else None
            if pl is not None and pl.get("country"):
                got.add(pl["country"])
        lc = leader_country(a.name) if a.kind == "person" else None
        if lc:
            got.add(lc)
        return got

    def _country_fits(self, desc: str, a) -> bool:
        """Whether a person can be the one a description with a place names: the places
        the description and the person carry (_countries_of), when both carry one, meet
        ("the Russian leader" is not Erdogan)."""
        where = _modifiers(desc)
        if not where or "statement.desc_leader_country" in self.off:
            return same_modifiers(desc, a.title or "")
        got = self._countries_of(a, where)
        return not got or bool(where & got)

    def _desc_country_person(self, c: Cand, words: list[str], head: str):
        """"the Russian leader", "the French president" with people of several countries
        named before: the one person named before whom the text or leaders.csv gives that
        country (positive evidence: "Russian President Vladimir Putin", "Putin of Russia", or
        leaders.csv's row) and who holds the office (their title's or leaders.csv's; "the
        leader" (description_words.csv leader): a head of state or government, salient_role
        or leader)."""
        if "statement.desc_leader_country" in self.off or head not in ROLE_NOUNS or \
                words[0] != "the":
            return None
        where = {w for w in _modifiers(c.text) if _is_country_code(w)}
        if len(where) != 1:
            return None
        heads = SALIENT_ROLES | LEADER_HEADS
        pub = self.art.pub_date
        year, former = (pub.year if pub else None), bool(PAST_WORDS & set(words))
        # the office's own words ("the British opposition leader", "the Israeli prime
        # minister"): each must be a word of the office the person holds
        office = {w.lower() for w in c.text.split() if w[:1].islower()} - {"the", head} - \
            DESC_FILLER - PAST_WORDS

        def holds(a) -> bool:
            roles = set(title_roles(a.title)) if a.title else set()
            named = set(a.title.lower().split()) if a.title else set()
            for o in leader_offices_held(a.name, year, former):  # (in the article's year)
                roles |= title_roles(o.role.title())
                roles.add(o.noun)
                named |= set(o.role.split())
            if not office <= named:
                return False  # "the British opposition leader" is not the prime minister
            if head in LEADER_HEADS:
                return bool(roles & heads)
            return head in roles and fits_description(a, words, head)

        found, tried = {}, set()  # (a person is tried once, at their first unmasked mention)
        for m in self.ents.mentions_in(0, c.start):
            a = m.actor
            if a is None or a.kind != "person" or a.key in tried or self.masked[m.start] == MASK:
                continue
            tried.add(a.key)
            if where <= self._countries_of(a, where) and holds(a):
                found[a.key] = a
        if len(found) != 1:
            return None
        a = next(iter(found.values()))
        return a.name, c.text, a.key

    def _places_of(self, a) -> set:
        """The places the text gives a person: in their title ("Ohio Gov.") or after a mention
        of theirs ("Sen. Joe Mancini of West Virginia"), as _modifiers reads them."""
        cache = self.__dict__.setdefault("_places", {})
        if a.key not in cache:
            got = set(_modifiers(a.title or ""))
            for m in self.ents.mentions:
                if m.actor is a:
                    om = _OF_PLACE.match(self.text, m.end)
                    if om is not None:
                        got |= _modifiers(om.group(1))
            cache[a.key] = got
        return cache[a.key]

    def _home_holder(self, head: str, c: Cand):
        """"the president" with a country named for none of its words, when people of that
        office are named before it both with a country ("French President Ann Lee") and
        without one ("President Tom Ward"): the one named without, the office of the
        country the article writes from (of several, one who just spoke, then the most
        mentioned)."""
        if "statement.desc_home_holder" in self.off or _modifiers(c.text):
            return None
        home: dict[str, list] = {}
        abroad = False
        for m in self.ents.mentions_in(0, c.start):
            a = m.actor
            if a is None or a.kind != "person" or not a.title or \
                    head not in title_roles(a.title) or (head == "president" and "vice" in a.title.lower()):
                continue
            if self._country_named(m) is not None:
                abroad = True
            else:
                home.setdefault(a.key, []).append(m)
        if not abroad or not home:
            return None
        foreign = {m.actor.key for m in self.ents.mentions_in(0, c.start) if m.actor is not None
                   and m.actor.key in home and self._country_named(m) is not None}
        keys = [k for k in home if k not in foreign]
        if not keys:
            return None
        recent = self.recent_speakers(c.start)
        if recent and recent[0] is not None and recent[0].key not in keys and \
                recent[0].title and head in title_roles(recent[0].title) and (
                _CONTINUES_AFTER.match(self.masked, c.end)
                or _CONTINUES_BEFORE.search(self.masked, max(0, c.start - 20), c.start)):
            return recent[0]  # ('"...," Marchuk said. "...," the president added.': she goes on)
        for p in self.recent_speakers(c.start):
            if p is not None and p.key in keys:
                return p
        best = max(keys, key=lambda k: (len(home[k]), home[k][-1].start))
        return home[best][0].actor

    def _known_holder(self, head: str, pos: int, former: bool = False):
        """"the president said" with no one titled so: the person named before pos whom
        leaders.csv gives that office (its note: "president 2017-2021"; "vice" for
        "vice-president") in the article's year (with `former`, "the former vice
        president": one that ended by then), the most mentioned of several (ties: the first
        named that often)."""
        pub = self.art.pub_date
        year = pub.year if pub else None
        return self.ents.person_before(
            pos, lambda m: m.end <= pos and leader_held(m.actor.name, head, year, former=former),
            recent_ties=False)

    def _desc_age(self, c: Cand, words: list[str], head: str):
        """"the 72-year-old" -> the person given that age before ("Ann Lee, 72,", "72-year-old
        Ann Lee", "Ann Lee, a 72-year-old farmer"), else the person the text is about there
        (the last speaker or a recent subject, as for "the senator")."""
        am = _AGE_NOUN.fullmatch(head)
        if am is None or "statement.desc_age" in self.off:
            return None
        age = am.group(1)
        ms = self.ents.mentions_in(max(0, c.start - 3000), c.start)
        for i in range(len(ms) - 1, -1, -1):
            m, a = ms[i], ms[i].actor
            if a is None or a.kind != "person" or self.masked[m.start] == MASK:
                continue
            before = max(m.start - 60, ms[i - 1].end if i else 0, 0)  # no one named between
            if re.match(rf",\s*(?:(?:a|an)\s+)?{age}\b", self.text[m.end:m.end + 12]) or \
                    re.search(rf"\b{age}-year-old\s+(?:[\w-]+\s+){{0,3}}$",
                              self.text[before:m.start]):
                return a.name, c.text, a.key
        return self._desc_topic_person(c, words, head)

    def _desc_introduced_next(self, c: Cand, words: list[str], head: str):
        """"The port's chief said X. '...,' Ann Lee said.": a definite description of a
        person with no holder named before stands for the person introduced (named for the
        first time) as the subject of one of the next two sentences of its paragraph or
        the next, when the description fits them (fits_description)."""
        if (head not in ROLE_NOUNS and head not in PERSON_NOUNS) or head in GENERIC_SOURCES \
                or "statement.desc_introduced_next" in self.off:
            return None
        sents = self.art.sentences
        si = self.sentence_of(c.start)
        for k in range(si + 1, min(len(sents), si + 3)):
            if self.prose_gap(sents[si].paragraph, sents[k].paragraph) > 1:
                break
            s = sents[k]
            who = self._subject_cand(s.start, s.end)
            cm = CUE_RE.search(self.masked, s.start, s.end)
            if (who is None or self._person_of(who) is None) and cm is not None:
                who = self.pick_subject(self.candidates(s.start, cm.start()), cm.start(), False)
            a = self._person_of(who)
            if a is None:
                continue
            first = self.ents.first_mention(a)
            if first is not None and first.start > c.end and fits_description(a, words, head):
                return a.name, c.text, a.key
            return None
        return None

    def _desc_org(self, c: Cand, words: list[str], head: str):
        """"the ministry said" -> the institution named before whose name holds the noun
        ("the Russian Foreign Ministry"); "the group", "the company" -> the organisation
        named last in subject position."""
        if head not in ORG_HEADS or len(words) > 3:
            return None
        si = self.sentence_of(c.start)
        lo = self.art.sentences[max(0, si - 5)].start
        for m in reversed(self.ents.mentions_in(lo, c.start)):
            if m.kind == "organisation" and head in m.text.lower().split() and \
                    self.masked[m.start] != MASK:
                name = m.actor.name if m.actor is not None else m.text
                return name, c.text, m.actor.key if m.actor is not None else None
        for ds, d, spk, key in reversed(self.desc_speakers):
            if ds < c.start and head in d.lower().split() and d.lower() != c.text.lower():
                return spk, c.text, key
        if head in COMPANY_HEADS:
            for k in range(si - 1, max(-1, si - 3), -1):
                sc = self._subject_cand(self.art.sentences[k].start, self.art.sentences[k].end)
                if sc is not None and sc.kind == "name" and sc.mention is not None and \
                        sc.mention.kind == "organisation" and sc.mention.actor is not None:
                    if self._public_body(sc.mention):
                        return None  # 'The Justice Department sued X': not the company
                    return sc.mention.actor.name, c.text, sc.mention.actor.key
        return None

    def _desc_body(self, c: Cand, words: list[str], head: str):
        """"the club said", "the carmaker said": a noun that names a body by its kind takes up
        the name in subject position of one of the two sentences before, when that name is no
        person (an organisation, a name the entity index could not type, or one it typed a
        person with nothing to show it: no first name, title, honorific or pronoun) and no
        country or place ("Thames Water said ... "...," the firm said')."""
        if head not in BODY_HEADS or len(words) > 3 or words[0] != "the" or \
                "statement.desc_body" in self.off:
            return None
        si = self.sentence_of(c.start)
        for k in range(si - 1, max(-1, si - 3), -1):
            s = self.art.sentences[k]
            sc = self._subject_cand(s.start, s.end)
            if sc is None or sc.kind != "name" or sc.mention is None:
                continue
            m = sc.mention
            if self.text[m.end:m.end + 2] in ("’s", "'s") or self.masked[m.start] == MASK:
                return None
            if (m.kind == "unknown" and ((m.actor is None and len(m.text.split()) < 2) or (
                    m.actor is not None and m.actor.kind == "group"))) or _plural_people(m, s.start):
                break  # one capitalised word the index could not type ("Shares in X"), or
                # people ("Investors sold X", "Detainees described ..."): no body
            if head in COMPANY_HEADS and self._public_body(m):
                return None  # a public body is no company: _desc_last_body reads on
            if m.kind in ("organisation", "unknown") or (
                    m.kind == "person" and m.actor is not None and not _person_evidence(m.actor)):
                if not _body_fits(head, m.text):
                    continue  # ('The Treasury welcomed the fine. "...," the bank said.')
                if m.actor is not None:
                    return m.actor.name, c.text, m.actor.key
                return m.text, c.text, None
            return None  # a person or a place is the subject: the text moved on
        if "statement.desc_body_sole" in self.off:
            return None
        # no body as a subject ("Shares in Acme fell ..."): the one organisation named in
        # the sentence before (or a name the index could not type, past its first word),
        # when no person is named there
        s = self.art.sentences[si - 1] if si > 0 else None
        ms = self.ents.mentions_in(s.start, s.end) if s is not None else []
        orgs = {(m.actor.key if m.actor is not None else m.text): m for m in ms
                if (m.kind == "organisation" or (m.kind == "unknown" and re.search(
                    r"[^\W\d]\W*[ \t]$", self.text[s.start:m.start])))
                and self.masked[m.start] != MASK}
        if len(orgs) == 1 and not any(m.kind == "person" for m in ms) and \
                _body_fits(head, next(iter(orgs.values())).text):
            m = next(iter(orgs.values()))
            if head in COMPANY_HEADS and self._public_body(m):
                return None
            return (m.actor.name if m.actor is not None else m.text), c.text, \
                (m.actor.key if m.actor is not None else None)
        return None

    def _desc_last_body(self, c: Cand, words: list[str], head: str):
        """"the company said", "the civil rights organization said", "the airline said" (a
        lower-case description headed by a body noun, description_words.csv) when no other
        resolver knows it: the body named last as the subject of one of the four sentences
        before, past sentences whose subject is people ('Exxon Mobil reported record profits.
        Activists protested outside. "...," the company said.'), or whose officer is the
        subject ("Acme's chief executive was fired"); a person as the subject in between stops
        it, and a place is no body."""
        if head not in BODY_HEADS or head in OUTLET_HEADS or words[0] != "the" or \
                words[-1] != head or \
                not c.text[4:].islower() or "statement.desc_last_body" in self.off \
                or not self.art.sentences:
            return None  # (not "the Security Council", "the North's news agency")
        got = self._last_body(c.start, head)
        return (got[0], c.text, got[1]) if got else None

    def _public_body(self, m) -> bool:
        """Whether a name mention is a public body's ("the Justice Department", "the Federal
        Trade Commission", "the Pentagon"): a ministry alias, or a word of
        public_body_heads.csv in its name; switch statement.desc_public_body."""
        if "statement.desc_public_body" in self.off:
            return False
        name = (m.actor.name if m.actor is not None else m.text).lower()
        k = name[4:] if name.startswith("the ") else name
        return k in MINISTRIES or bool(set(k.split()) & PUBLIC_BODY_HEADS)

    def _last_body(self, pos: int, head: str | None = None) -> tuple[str, str | None] | None:
        """(name, actor key) of the body named last as the subject of one of the four
        sentences before pos (see _desc_last_body), or None; with a description's head, a
        body of another kind is passed over (_body_fits)."""
        from .places import lookup_place

        company = head is not None and head in COMPANY_HEADS
        si = self.sentence_of(pos)
        for k in range(si - 1, max(-1, si - 5), -1):
            s = self.art.sentences[k]
            sc = self._subject_cand(s.start, s.end)
            intro = _INTRO_RE.match(self.masked, s.start, s.end)
            s0 = intro.end() if intro else s.start
            om = _OFFICER_OF.match(self.masked, s0, s.end)
            if om is not None and MASK not in om.group(1):
                # "Acme's chief executive was fired": the body of the officer
                ms = self.ents.mentions_in(om.start(1), om.end(1))
                if not any((x.kind == "person" and x.actor is not None
                            and _person_evidence(x.actor)) or x.kind in ("place", "country")
                           for x in ms) and lookup_place(om.group(1)) is None:
                    a = ms[0].actor if len(ms) == 1 else None
                    return (a.name if a is not None else om.group(1)), \
                        (a.key if a is not None else None)
            pb = next((x for x in self.ents.mentions_in(s0, s.end) if x.start <= s0 + 4), None)
            if company and pb is not None and self._public_body(pb):
                # 'The Justice Department sued Google ... "...," the company said': no public
                # body is a company, but the body it acted on, named right after its verb
                om = _ACTED_ON.match(self.masked, pb.end, s.end)
                xs = self.ents.mentions_in(om.start(1), om.end(1)) if om is not None else []
                if om is not None and lookup_place(om.group(1)) is None and not any(
                        x.kind in ("person", "place", "country") for x in xs):
                    a = xs[0].actor if len(xs) == 1 else None
                    return (a.name if a is not None else om.group(1)), \
                        (a.key if a is not None else None)
                continue  # ('The Justice Department is investigating.': read on)
            if sc is None or sc.start > s0 + 4:
                bm = _BODY_OPENS.match(self.masked, s0, s.end)
                if bm is not None and not self.ents.mentions_in(bm.start(1), bm.end(1)) and \
                        bm.group(1) not in CAPITALISED_FUNCTION_WORDS and (
                            head is None or _body_fits(head, bm.group(1))):
                    return bm.group(1), None  # "Facebook has come under fire"
                continue
            if sc.kind != "name" or sc.mention is None or self.masked[sc.mention.start] == MASK:
                continue
            m = sc.mention
            person = m.kind == "person" and m.actor is not None and _person_evidence(m.actor)
            people = _plural_people(m, s.start) or (m.actor is not None and m.actor.kind == "group")
            if person or people:
                # a person or people the text moved on to: the one organisation after them in
                # that sentence, if any ('Sen. Ann Lee attacked the NRA. "...," the group
                # said.', 'Regulators fined Harwell Bank ... "...," it said.')
                orgs = {x.actor.key if x.actor is not None else x.text: x
                        for x in self.ents.mentions_in(m.end, s.end)
                        if x.kind == "organisation" and self.masked[x.start] != MASK
                        and self.text[x.end:x.end + 2] not in ("’s", "'s")}
                if len(orgs) == 1 and "statement.desc_body_object" not in self.off and (
                        head is None or (head not in STATE_HEADS and _body_fits(
                            head, next(iter(orgs.values())).text))):
                    x = next(iter(orgs.values()))
                    return (x.actor.name if x.actor is not None else x.text), \
                        (x.actor.key if x.actor is not None else None)
                if person:
                    return None
                continue
            if lookup_place(m.text) is not None or m.kind in ("place", "country"):
                continue
            owner = self.text[m.end:m.end + 2] in ("’s", "'s")
            if owner and "statement.desc_body_owner" in self.off:
                continue
            # ("Nordair cancelled ...", "Nordair's shares fell ...": a name opening the clause)
            one = m.kind == "unknown" and m.actor is None and (len(m.text.split()) >= 2 or (
                (_BODY_OPENS.match(self.masked, sc.start, s.end) is not None
                 or (owner and m.start == s0)) and m.text not in CAPITALISED_FUNCTION_WORDS))
            if m.kind == "organisation" or (m.kind == "person" and m.actor is not None) or one:
                if head is not None and not _body_fits(head, m.text):
                    continue  # ('The Treasury welcomed the fine. "...," the bank said.')
                return (m.actor.name if m.actor is not None else m.text), \
                    (m.actor.key if m.actor is not None else None)
        return None

    def _party_of(self, a) -> str | None:
        """The party the text gives a person (party_words.csv): a code after the name ('Ann
        Lee, D-Calif.', '(R-Ky.)'), a party word in the title ('Democratic Rep. Ann Lee') or
        in apposition ('Ann Lee, a Republican,'); None when it gives none."""
        cache = self.__dict__.setdefault("_parties", {})
        if a.key in cache:
            return cache[a.key]
        got = None
        for m in self.ents.mentions:
            if m.actor is not a:
                continue
            pm = PARTY_AFTER.match(self.text, m.end)
            if pm is not None:
                got = PARTY_WORDS.get((pm.group(1) or pm.group(2)).lower())
            else:
                got = next((PARTY_WORDS[w] for w in re.findall(
                    r"[a-z]+", self.text[m.full_start:m.start].lower())
                    if w in PARTY_WORDS and len(w) > 1), None)
            if got:
                break
        cache[a.key] = got
        return got

    def _party_fits(self, a, words: list[str]) -> bool:
        """Whether a person can be the one a description with a party word names ("the
        Democrat", "the Kentucky Republican"): the text gives them no other party."""
        want = next((PARTY_WORDS[w] for w in words if w in PARTY_WORDS and len(w) > 1), None)
        if want is None or "statement.desc_party" in self.off:
            return True
        got = self._party_of(a)
        return got is None or got == want

    def _desc_party_person(self, c: Cand, words: list[str], head: str):
        """"the Democrat said" after 'Rep. Tom Ward, R-Ill., and Rep. Ann Lee, D-Calif.,
        ...': the person named in this or the three sentences before whose party the text
        gives as the description's (the latest named)."""
        want = next((PARTY_WORDS[w] for w in words if w in PARTY_WORDS and len(w) > 1), None)
        if want is None or "statement.desc_party" in self.off or not self.art.sentences:
            return None
        si = self.sentence_of(c.start)
        lo = self.art.sentences[max(0, si - 3)].start
        for m in reversed(self.ents.mentions_in(lo, c.start)):
            a = m.actor
            if a is not None and a.kind == "person" and self.masked[m.start] != MASK and \
                    self._party_of(a) == want and same_modifiers(c.text, a.title or "") and \
                    fits_description(a, words, head):
                return a.name, c.text, a.key
        return None

    def _desc_topic_person(self, c: Cand, words: list[str], head: str):
        """"the senator said" with no senator named: the person the text is about at that
        point (the one who just spoke, else the subject of the sentence before), when the
        description fits them (see fits_description)."""
        if (head not in ROLE_NOUNS and head not in PERSON_NOUNS and not _AGE_NOUN.fullmatch(
                head)) or head in GENERIC_SOURCES or head in TITLED_OFFICES:
            return None  # ("the pontiff" is only someone titled so)
        if words and head not in ROLE_NOUNS and (words[0].endswith(("’s", "'s")) or words[0] in (
                "his", "her", "their")) and "statement.desc_possessed_person" not in self.off:
            return None  # "Reed's mother", "his lawyer": someone else than the one talked about
        si = self.sentence_of(c.start)
        sents = self.art.sentences
        if si > 0 and "statement.desc_subject_between" not in self.off:
            # another person the subject of the sentence right before, after the last
            # speaker: the text has moved on to them ('X said ... Y disagreed. "...," the
            # Kentucky Republican said.')
            spoke = [y[0] for y in (self.last_speaker, self._recent_reporter(si, c.start))
                     if y is not None]
            sc = self._subject_cand(sents[si - 1].start, sents[si - 1].end)
            a = self._person_of(sc)
            if a is not None and spoke and sc.start > max(spoke) and \
                    self._country_fits(c.text, a) and (fits_description(a, words, head) and self._party_fits(a, words)):
                return a.name, c.text, a.key
        for who in self.recent_speakers(c.start):
            if who is not None and who.kind == "person" and \
                    self._country_fits(c.text, who):
                return (who.name, c.text, who.key) if (fits_description(who, words, head) and self._party_fits(who, words)) \
                    else None
        for k in range(si - 1, max(-1, si - 3), -1):
            a = self._person_of(self._subject_cand(sents[k].start, sents[k].end))
            if a is not None and self._country_fits(c.text, a):
                return (a.name, c.text, a.key) if (fits_description(a, words, head) and self._party_fits(a, words)) else None
        if si > 0 and "statement.desc_sole_person" not in self.off:
            # no person as a subject ("The study was led by Dr Ann Lee."): the one person
            # named in the sentence before
            people = {m.actor.key: m.actor for m in self.ents.mentions_in(
                sents[si - 1].start, sents[si - 1].end)
                if m.actor is not None and m.actor.kind == "person"}
            if len(people) == 1:
                a = next(iter(people.values()))
                if self._country_fits(c.text, a) and (fits_description(a, words, head) and self._party_fits(a, words)):
                    return a.name, c.text, a.key
        return None

    def _desc_author(self, c: Cand, words: list[str], head: str):
        """"the statement" -> its author ('X said in a statement', 'a statement from X',
        "X's statement"); "the paper" -> the newspaper named last."""
        if head not in DOCUMENT_NOUNS:
            return None
        lo = self.art.sentences[max(0, self.sentence_of(c.start) - 5)].start
        if head in OUTLET_HEADS:
            return self._last_newspaper(lo, c.start, c.text)
        names = "|".join(re.escape(w) for w in (head, *DOCUMENT_ALIKE.get(head, ())))
        hits = list(re.finditer(rf"\b(?:{names})s?\b", self.masked[lo:c.start]))
        om = _DOC_OWN_MAKER.match(self.masked, c.end)
        if om is not None:
            # its own maker first: 'The report, drawn up by the audit office, said'
            who = self.pick_after(om.end(), min(len(self.masked), om.end() + 80))
            if who is not None and who.kind in ("name", "desc") and who.start <= om.end() + 4:
                spk, _mention, key = self.resolve_cand(who, who.start)
                if spk:
                    return spk, c.text, key
            ms = om.start() + om.group(0).rindex("by") + 3
            ne = _np_end(self.masked, ms, min(len(self.masked), ms + 80))
            if ne > ms and MASK not in self.masked[ms:ne]:
                return _clean(self.text[ms:ne]), c.text, None  # as written
        for hm in reversed(hits):
            hs, he = lo + hm.start(), lo + hm.end()
            if hs >= c.start - 1 or c.start <= hs < c.end or self._record_of(hs, he):
                continue  # ('released audio of the call': the call's words, not theirs)
            who = self._author_of(hs, he)
            if who is not None:
                spk, _mention, key = self.resolve_cand(who, who.start)
                if spk:
                    return spk, c.text, key
        acts = DOCUMENT_ACTS.get(head)
        if acts and "statement.document_act" not in self.off:
            # "the lawsuit says" after "The state sued the county": who did the act
            vms = list(re.finditer(r"\b(?:" + "|".join(acts) + r")\b", self.masked[lo:c.start]))
            if vms:
                vabs = lo + vms[-1].start()
                s0 = self.art.sentences[self.sentence_of(vabs)].start
                who = self.pick_subject(self.candidates(s0, vabs), vabs, participle=False)
                if not vms[-1].group(0).endswith("ing") and re.search(
                        r"\b(?:was|were|been|being|is|are|be|got|get)\s+$", self.masked[s0:vabs]):
                    # passive ('Veltrix was sued on Monday by three workers'): the by-agent
                    vend = lo + vms[-1].end()
                    bm = re.match(r"(?:\s+[\w’'-]+){0,4}?\s+by\s+", self.masked[vend:vend + 60])
                    who = self.pick_after(vend + bm.end(), min(len(self.masked), vend + bm.end()
                                                               + 80)) if bm else None
                    if who is not None and who.start > vend + bm.end() + 4:
                        who = None
                if who is not None and who.kind in ("name", "desc"):
                    spk, _mention, key = self.resolve_cand(who, who.start)
                    if spk:
                        return spk, c.text, key
        return None

    def _record_of(self, hs: int, he: int) -> bool:
        """The document word at [hs, he) records someone else's words or an event: "a
        recording of the call", "video of the arrest" (description_words.csv record)."""
        w = self.masked[hs:he].lower()
        return (w in RECORD_NOUNS or w[:-1] in RECORD_NOUNS) and \
            re.match(r"\s+of\b", self.masked[he:he + 6]) is not None

    def _author_of(self, hs: int, he: int) -> Cand | None:
        """The author of the document noun at [hs, he): 'a statement from X', "X's
        statement", 'X said in a statement', 'X issued a statement'."""
        m = _DOC_OF.match(self.masked[he:he + 40]) or _DOC_AGENT.match(self.masked[he:he + 90])
        if m:
            c = self.pick_after(he + m.end(), min(len(self.masked), he + m.end() + 80))
            if c is not None and c.kind in ("name", "desc") and c.start <= he + m.end() + 4 and (
                    c.kind != "desc" or desc_head(c.text.lower().split()) not in DOCUMENT_NOUNS):
                return c
        s0 = self.art.sentences[self.sentence_of(hs)].start
        cands = [x for x in self.candidates(s0, hs) if x.kind in ("name", "desc")]
        if cands and re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}", self.masked[cands[-1].end:hs]):
            return cands[-1]
        verbs = list(_DOC_SUBJECT_VERB.finditer(self.masked[s0:hs]))
        if verbs and _DOC_OBJECT_ONLY.fullmatch(verbs[-1].group(0)) and (
                not _DOC_OBJECT_GAP.fullmatch(self.masked, s0 + verbs[-1].end(), hs) or (
                    verbs[-1].group(0) == "left"
                    and self.masked[hs:he].lower() not in _LEFT_DOCS)):
            verbs = []  # the document is no direct object of a verb of its making
        if verbs:
            vm = verbs[-1]
            vabs = s0 + vm.start()
            c = self.pick_subject(self.candidates(s0, vabs), vabs, participle=False)
            if c is not None and c.kind in ("name", "desc"):
                return c
        s_end = self.sentence_end(hs)
        im = _INTRO_RE.match(self.masked, s0, s_end)
        if "statement.document_intro_author" not in self.off and im is not None and \
                im.end() >= he:
            # 'In a statement, Ann Lee said ...': the subject of the clause the phrase opens
            cm = CUE_RE.search(self.masked, im.end(), s_end)
            if cm is not None:
                c = self.pick_subject(self.candidates(im.end(), cm.start()), cm.start(), False)
                if c is not None and c.kind in ("name", "desc") and \
                        desc_head(c.text.lower().split()) not in DOCUMENT_NOUNS:
                    return c
        return None

    def _last_newspaper(self, lo: int, hi: int, t: str):
        """The newspaper or agency named last in [lo, hi): an organisation whose name holds a
        news word, or that stands beside "newspaper"/"paper"/"daily"."""
        for m in reversed(self.ents.mentions_in(lo, hi)):
            if m.kind == "place":
                continue
            name = m.actor.name if m.actor is not None else m.text
            key = m.actor.key if m.actor is not None else None
            # "the ruling party's newspaper, the Daily Star" / "the Daily Star newspaper"
            if re.search(r"\b(?:newspaper|paper|daily|tabloid|agency|outlet)[’']?s?,?\s+(?:the\s+)?$",
                         self.masked[max(lo, m.start - 30):m.start]) or re.match(
                    r"\s+(?:newspaper|daily|tabloid|news agency)\b", self.masked[m.end:m.end + 20]):
                return name, t, key
            if (m.kind in ("organisation", "unknown") and any(
                    w in m.text.lower().split() for w in NEWS_NAME_WORDS)) or \
                    outlet_key(m.text) in NEWS_OUTLETS:
                return name, t, key
        # an outlet the entity index did not take whole ("the Financial Times"), as listed
        hits = list(_outlets_re().finditer(self.masked, lo, hi))
        if hits:
            return hits[-1].group(0), t, None
        return None

    def _desc_antecedent(self, c: Cand, words: list[str], head: str):
        """"the official" -> the indefinite description it takes up ("a senior State
        Department official"), or one with another source head when the noun is generic."""
        generic = head in GENERIC_SOURCES and len(words) == 2
        for p, d, h in reversed(self.indef):
            if p >= c.start or c.start - p > 3000:
                continue
            if (h == head and _takes_up(words, d)) or (
                    generic and h in GENERIC_SOURCES and c.start - p < 800):
                hm = re.search(rf"\b{re.escape(h)}s?\b", self.masked[p:p + len(d)], re.I)
                if hm is not None and self._record_of(p + hm.start(), p + hm.end()):
                    continue  # "the recording" is no "a recording of the call" (not its words)
                if h in DOCUMENT_NOUNS and h not in OUTLET_HEADS:  # "a Pentagon statement"
                    r = self._doc_own_author(Cand(p, p + len(d), "desc", d), h)
                    if r:
                        return r[0], c.text, r[2]
                a = self._appositive_person(p)
                if a is None and h == head and "statement.desc_named_after" not in self.off:
                    # "A spokesman for the ministry, Ann Lee, said ...": the name it was given
                    a = self._person_of(self._named_appositive(Cand(p, p + len(d), "desc", d)))
                    if a is not None:
                        return a.name, c.text, a.key
                if a is not None and not generic and fits_description(a, words, head):
                    return a.name, c.text, a.key  # "Ann Lee, a Republican from Ohio,"
                return d, c.text, None
        if head in GENERIC_SOURCES and len(words) >= 3 and \
                "statement.desc_generic_takeup" not in self.off:
            # "the Pentagon official" after "A senior defense official said": an unnamed
            # source's noun with other words takes up the last one introduced just before
            # with that noun, unless their places differ ("the Israeli official" is not "a
            # U.S. official")
            for p, d, h in reversed(self.indef):
                if p >= c.start or c.start - p > 1500 or h != head:
                    continue
                if same_modifiers(c.text, d) and self._appositive_person(p) is None:
                    return d, c.text, None
                break
        return None

    def _appositive_person(self, p: int):
        """The person a description at p stands in apposition to ("Ann Lee, a Republican
        from Ohio,"; "Ann Lee, 44, a nurse,"), or None."""
        if "statement.desc_appositive" in self.off:
            return None
        ms = self.ents.mentions_in(max(0, p - 120), p)
        if not ms:
            return None
        m = ms[-1]
        if m.kind != "person" or m.actor is None or self.masked[m.start] == MASK or \
                not re.fullmatch(r"\s*,\s*(?:\d{1,3},\s*)?", self.text[m.end:p]):
            return None
        return m.actor

    def _plural_antecedent(self, c: Cand, words: list[str], head: str):
        """"the officials", "the official" (no single one introduced before) -> the plural
        source named before without an article, as written ("U.S. officials", "two Israeli
        officials", "several diplomats")."""
        if len(words) != 2 or head not in GENERIC_SOURCES or \
                "statement.plural_source_antecedent" in self.off:
            return None
        plural = head if head.endswith("s") else head + "s"
        if plural not in GENERIC_SOURCES:
            return None
        lo = max(0, c.start - 1500)
        hits = list(re.finditer(
            r"(?<![\w-])(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Ss]enior|"
            r"[Ff]ormer|[Cc]urrent)\s+)*(?:[A-Z][\w.’'-]*\s+){1,3}(?:[a-z]+\s+)?"
            + re.escape(plural) + r"\b", self.masked[lo:c.start]))
        if "statement.plural_source_tail" not in self.off:
            # "Officials at the State Department said": the plural with its body after it
            hits += list(re.finditer(
                r"(?<![\w-])(?:[A-Z][\w.’'-]*\s+){0,2}[" + plural[0] + plural[0].upper() + "]"
                + re.escape(plural[1:]) + r"\s+(?:at|from|in|of|with)\s+(?:the\s+)?"
                r"[A-Z][\w.’'&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.’'&-]*){0,4}",
                self.masked[lo:c.start]))
            hits.sort(key=lambda m: m.start())
        for m in reversed(hits):
            t = m.group(0)
            if MASK in t or t.split()[0] in ("The", "These", "Those", "But", "And", "In", "On"):
                continue
            return t, c.text, None
        return None

    def _desc_repeated(self, c: Cand, words: list[str], head: str):
        """A description that takes up one already used for a speaker."""
        for _p, d, spk, key in reversed(self.desc_speakers):
            if head in d.lower().split() and _takes_up(words, d):
                return spk, c.text, key
        return None

    def resolve_pronoun(self, pos: int, gender: str | None, speech: bool = True):
        """Hobbs-like: the first person mention (the subject) of the nearest sentence before."""
        si = self.sentence_of(pos)
        sents = self.art.sentences
        if sents and "statement.bullet_subject" not in self.off:
            a = self._bullet_subject(sents[si].paragraph, gender)
            if a is not None:
                return a
        ls = self.last_speaker if speech else None
        if speech:
            # "..., Connable says." just before: a reported speaker is the topic too
            rs = self._recent_reporter(si, pos)
            if rs is not None and (ls is None or rs[0] > ls[0]):
                ls = rs
        if ls is not None and ls[1] is not None and sents:
            lpos, la = ls
            if (not gender or not la.gender or la.gender == gender) and self.prose_gap(
                    sents[self.sentence_of(lpos)].paragraph, sents[si].paragraph) <= 2:
                # the previous speaker stays the topic unless another person of the same
                # gender is named in between; a person of unknown gender (no first name the
                # lexicon lists, no honorific, no pronoun of theirs) is no evidence against
                # the speaker the pronoun fits
                rival = False
                for k in range(si, max(-1, si - 3), -1):
                    s = sents[k]
                    if s.end <= lpos:
                        break
                    hi = min(s.end, pos)
                    rivals = [m for m in self.ents.mentions_in(max(s.start, lpos + 1), hi)
                              if m.actor is not None and m.actor is not la
                              and m.actor.kind == "person" and self.masked[m.start] != MASK
                              and (not gender or m.actor.gender == gender)]
                    if rivals:
                        sc = self._subject_cand(s.start, hi)  # (once for the sentence)
                        rival = any(self._clause_subject(m, sc, s.start, hi) for m in rivals)
                    if rival:
                        break
                if not rival:
                    return la
        for k in range(si, max(-1, si - 6), -1):
            s = sents[k]
            hi = min(s.end, pos)
            if hi <= s.start:
                continue
            sc = self._subject_cand(s.start, hi)
            if k < si and sc is not None and sc.kind == "pron" and \
                    gender_of_pronoun(sc.text) == gender and gender:
                continue  # 'He sidestepped ...': the chain goes on to the sentence before
            intro = _INTRO_RE.match(self.masked, s.start, hi)
            starts = [intro.end(), s.start] if intro else [s.start]
            for lo in starts:
                for c in self.candidates(lo, hi):
                    a = None
                    if c.kind == "name":
                        m = c.mention
                        a = m.actor if m is not None and m.kind == "person" else None
                        if a is not None and (self.text[m.end:m.end + 2] in ("’s", "'s")
                                              or _MODIFIER_RE.match(self.text, m.end)):
                            a = None
                    elif c.kind == "desc":
                        r = self.role_from_text(c.text, c.start)
                        a = r[0] if r else None
                    if a is None:
                        continue
                    if gender and a.gender and a.gender != gender:
                        continue
                    return a
        return self.ents.last_person_before(pos, gender)

    def _desc_subject_before(self, pos: int, gender: str | None):
        """'"...," Ann Lee said. | The city's mayor disagreed. "...," he said.': a he/she
        whose clause has no subject before it, after a sentence of its paragraph (or the
        paragraph before) whose subject is a definite description of one person ("the
        mayor", "the Labour leader", "the congressman"; the role or person noun ends it)
        and that comes after the last speaker: the text has moved on to the one described.
        (speaker, actor key, whether it is someone's relation: "Reed's mother") of the
        description as resolve_desc reads it, or None."""
        if "statement.pronoun_desc_subject" in self.off or not self.art.sentences:
            return None
        sents = self.art.sentences
        si = self.sentence_of(pos)
        s = sents[si]
        if self._subject_cand(s.start, pos) is not None or si == 0:
            return None  # a subject of its own before the pronoun, or nothing before
        spoke = [y[0] for y in (self.last_speaker, self._recent_reporter(si, pos)) if y is not None]
        k = si - 1
        while k > 0 and k > si - 3 and self._subject_cand(sents[k].start, sents[k].end) is None \
                and self.masked[sents[k].start:sents[k].end].lstrip()[:1] in (MASK, "“", '"'):
            k -= 1  # ('"Why are they leaving?" | she asked.': past the quote's own sentence)
        prev = sents[k]
        if self.prose_gap(prev.paragraph, s.paragraph) > 1:
            return None
        sc = self._subject_cand(prev.start, prev.end)
        if sc is None or sc.kind != "desc" or (spoke and sc.start <= max(spoke)):
            return None
        if spoke and gender and re.search(
                r"\bhim\b" if gender == "m" else
                r"\bher(?:\s+(?:to|about|for|if|whether|why|what|how|when|out|back|off|up)\b|"
                r"\s*[.,;])", self.masked[sc.end:prev.end]):
            return None  # ('The officer asked him to step out.': the one described acted on him)
        words = [w.strip(".,") for w in sc.text.lower().split()]
        head = words[-1] if words else ""
        if not (words[0] in ("the", "his", "her", "their") or (
                len(words) > 1 and any(w.endswith(("’s", "'s")) for w in words[:-1]))) or \
                (head not in ROLE_NOUNS and head not in PERSON_NOUNS) or len(words) > 5:
            return None
        g = next((NOUN_GENDER[w] for w in words if w in NOUN_GENDER), None)
        if gender and g and g != gender:
            return None
        spk, _mention, key = self.resolve_desc(sc)
        a = next((x for x in self.ents.actors if x.key == key), None) if key else None
        if spk is None or (a is not None and gender and a.gender and a.gender != gender):
            return None
        return spk, key, words[0] != "the" and head not in ROLE_NOUNS

    def _clause_subject(self, m, sc: Cand | None, lo: int, hi: int) -> bool:
        """Whether a person mention in [lo, hi) may be a clause's subject, the topic a
        pronoun after it can take up: the sentence's subject (sc, _subject_cand of [lo,
        hi)), a name opening a clause after a comma ('Pressed by reporters, Mr Lee
        demurred'), or one a speech verb credits ('..., Ann Lee of the health trust said');
        not a name in an object or a preposition's phrase ('Trump mocked Kim', 'talks with
        Ann Lee')."""
        if "statement.rival_subject_only" in self.off:
            return True
        if sc is not None and sc.mention is m:
            return True
        if re.search(r"[,;:]\s*$", self.masked[max(lo, m.full_start - 3):m.full_start]):
            return True
        cm = _COPULA_BEFORE.search(self.masked, max(lo, m.full_start - 40), m.full_start) \
            if "statement.rival_copula" not in self.off else None
        if cm is not None and not any(w in _NP_STOP for w in cm.group(1).split()) and \
                re.match(r"\s*(?:[.;]|$)", self.masked[m.end:m.end + 2]) and any(
                    w in VOICE_WORDS for w in re.findall(r"[a-z]+", self.masked[
                        self.art.sentences[self.sentence_of(m.start)].start:cm.start()].lower())):
            # (a subject bringing in a new voice: not 'His predecessor was Paul Okafor.')
            return True  # "The plan's fiercest critic is Ann Lee.": she is who it is about
        return _CREDITED_AFTER.match(self.masked[m.end:min(hi, m.end + 90)]) is not None

    def _clauses_back(self, pos: int):
        """(k, si, sentence, hi, s0) for the sentence holding pos and the two before it,
        latest first: hi = where the sentence's text before pos ends, s0 = where its clause
        starts past an introductory phrase ("On Monday, ..."). Sentences with no text before
        pos are passed over."""
        sents = self.art.sentences
        si = self.sentence_of(pos)
        for k in range(si, max(-1, si - 3), -1):
            s = sents[k]
            hi = min(s.end, pos)
            if hi <= s.start:
                continue
            intro = _INTRO_RE.match(self.masked, s.start, hi)
            yield k, si, s, hi, (intro.end() if intro else s.start)

    def resolve_it(self, pos: int) -> tuple[str, str | None] | None:
        """"it said" -> (speaker, key) of the body that is the subject of this or one of the
        two sentences before ("The ministry condemned ... '...,' it said"): an organisation
        or a country named, a body's description, or a capitalised name opening the clause
        ("Google denied ..."); None when a person or nothing is the subject there."""
        for k, si, s, hi, s0 in self._clauses_back(pos):
            first = next(iter(self.candidates(s0, hi)), None)
            om = _OWNED_BODY.match(self.masked, first.end) if first is not None and \
                first.kind == "name" and first.start - s0 <= 4 else None
            if om is not None and "statement.it_owned_body" not in self.off:
                # "Governor Ann Lee's office released a statement": the office, campaign or
                # party a name owns, as written
                return self.text[first.start:om.end()], None
            dm = _BODY_DESC.match(self.masked, s0, hi)
            if dm is not None and "statement.it_body_desc" not in self.off:
                # "The company denied wrongdoing": the body the description takes up (the
                # one named before), else the description as written
                spk, _m, key = self.resolve_desc(Cand(dm.start(1), dm.end(1), "desc", dm.group(1)))
                return (spk, key) if spk else None
            sc = self._subject_cand(s.start, hi)
            if sc is not None and sc.start - s0 <= 4:
                if sc.kind == "pron":
                    if sc.text.lower() == "it" and k < si:
                        continue  # the chain goes on to the sentence before
                    return None
                if sc.kind == "name" and sc.mention is not None and \
                        sc.mention.kind in ("organisation", "country"):
                    a = sc.mention.actor
                    return (a.name, a.key) if a is not None else (sc.mention.text, None)
                if sc.kind == "desc" and (desc_head(sc.text.lower().split()) in ORG_HEADS
                                          or _institutions_re().fullmatch(sc.text) or (
                        desc_head(sc.text.lower().split()) in DOCUMENT_NOUNS
                        and "statement.it_document" not in self.off)):
                    # ("The report by the audit office found ... It said": its author)
                    spk, _m, key = self.resolve_desc(sc)
                    return (spk, key) if spk else None
                if sc.kind != "name" or sc.mention is None or sc.mention.kind != "unknown":
                    return None
            bm = _BODY_SUBJ.match(self.masked, s0, hi)
            # (a name the entity index leaves out, or one it could not type)
            if bm is not None and ((sc is not None and sc.kind == "name") or
                                   not self.ents.mentions_in(bm.start(1), bm.end(1))) and \
                    not _PLURAL_WORD.fullmatch(bm.group(1)):
                return bm.group(1), None  # (not "Regulators fined ...": "it" is no plural)
            if k < si:
                return None
        return None

    def resolve_plural(self, pos: int) -> str | None:
        """"they said" -> the plural subject of this or one of the two sentences before, as
        written ("Israeli officials", "the striking dockers"), or two people joined by
        "and" ("Ann Lee and Tom Ward"); None when there is none."""
        for k, si, s, hi, s0 in self._clauses_back(pos):
            # (a plural acting on "them" is not who "they" are: 'Reporters asked them about
            # the cost.')
            acted_on = k < si and re.search(r"\bthem\b", self.masked[s0:hi]) is not None
            # the clause openings: the sentence's, then after a comma in its first words
            # ("As of Friday night, striking dockers set up ...")
            commas = [s.start + x.end() for x in re.finditer(r",\s*", self.masked[s.start:hi])
                      if x.end() <= 90][:2]
            for o in (s0, *commas):
                m = _PLURAL_SUBJ.match(self.masked, o, hi)
                if m and m.group("n").lower() not in NOT_PLURAL_WORDS and MASK not in m.group(1) \
                        and not any(w in _NP_STOP for w in m.group(1).split()[1:-1]) and \
                        not acted_on:
                    return m.group(1)  # (not "Police said the suspects": a verb inside)
            if "statement.plural_people_np" not in self.off:
                # "Both candidates", "House Democrats", "The families of the victims": a
                # plural of a noun naming people or a body, with its tail
                m = _PEOPLE_PLURAL_SUBJ.match(self.masked, s0, hi)
                if m and _people_plural(m.group("n")) and MASK not in m.group(1) and not any(
                        w in _NP_STOP for w in m.group(1)[:m.end("n") - m.start(1)].split()[1:-1]
                        ) and not acted_on:
                    return m.group(1)
            cands = self.candidates(s0, hi)
            if len(cands) >= 2 and cands[0].start - s0 <= 4:
                a, b = self._person_of(cands[0]), self._person_of(cands[1])
                if a is not None and b is not None and re.fullmatch(
                        r"\s+and\s+", self.masked[cands[0].end:cands[1].start]):
                    return f"{a.name} and {b.name}"
            if len(cands) >= 2 and "statement.plural_named_pair" not in self.off and \
                    _PLURAL_BEFORE_PAIR.fullmatch(self.masked, s0, cands[0].start):
                # "The two senators, Ann Lee and Tom Ward, met": the two named
                a, b = self._person_of(cands[0]), self._person_of(cands[1])
                if a is not None and b is not None and re.fullmatch(
                        r"\s+and\s+", self.masked[cands[0].end:cands[1].start]) and \
                        self.masked[cands[1].end:cands[1].end + 1] == ",":
                    return f"{a.name} and {b.name}"
            sc = self._subject_cand(s.start, hi)
            if sc is not None and sc.kind == "name" and sc.mention is not None and ((
                    sc.mention.actor is not None and sc.mention.actor.kind == "group")
                    or sc.mention.text.lower() in MASS_SPEAKERS
                    or _plural_people(sc.mention, s.start)) and \
                    sc.start - s0 <= 4 and "statement.plural_group_subject" not in self.off:
                if acted_on:
                    continue
                # a capitalised plural opening the clause ("Prosecutors disagreed",
                # "Officials at the ministry refused"): as written, with its tail
                vm = _CLAUSE_VERB_AFTER.search(self.masked, sc.end, hi)
                return self.text[sc.start:_source_tail_end(self.masked, sc.end,
                                                           vm.start() if vm else hi)]
            if sc is not None and sc.kind == "pron" and sc.text.lower() == "they" and k < si:
                continue  # the chain goes on to the sentence before
            if k < si and sc is not None:
                if (self._person_of(sc) is not None or (
                        sc.kind == "desc" and desc_head(sc.text.lower().split()) in ROLE_NOUNS
                        and not sc.text.lower().endswith("s"))) and \
                        "statement.plural_object_pair" not in self.off:
                    # 'X spoke with Ann Lee and Tom Ward ... They assured him': one person (or
                    # one office holder) as the subject is no "they"; two people joined by
                    # "and" after it are
                    pair = self._person_pair(sc.end, hi)
                    if pair:
                        return pair
                return None  # another subject in between
        return None

    def _person_pair(self, lo: int, hi: int) -> str | None:
        """"Ann Lee and Tom Ward": the first two people joined by "and" in [lo, hi)."""
        cands = self.candidates(lo, hi)
        for x, y in pairwise(cands):
            a, b = self._person_of(x), self._person_of(y)
            if a is not None and b is not None and a is not b and re.fullmatch(
                    r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,3}", self.masked[x.end:y.start]):
                return f"{a.name} and {b.name}"
        return None

    def _bullet_subject(self, para: int, gender: str | None):
        """A bullet point with no subject of its own ('• Disputed suggestions that ...') under
        a lead-in that ends with a colon ('During the flight, Ann Lee also:'): the lead-in's
        subject is the one the bullet's pronouns stand for."""
        ps, pe = self.art.paragraphs[para]
        if not _BULLET.match(self.text, ps, pe):
            return None
        for p in range(para - 1, max(-1, para - 9), -1):
            lps, lpe = self.art.paragraphs[p]
            if _BULLET.match(self.text, lps, lpe):
                continue
            if not self.masked[lps:lpe].rstrip().endswith(":"):
                return None
            lead = self.art.sentences[self.sentence_of(max(lps, lpe - 2))]
            a = self._person_of(self._subject_cand(max(lead.start, lps), lpe))
            if a is not None and (not gender or not a.gender or a.gender == gender):
                return a
            return None
        return None

    def _np_before(self, lo: int, cue: int) -> Cand | None:
        """The words from a clause's start (past an introductory phrase) to its verb as a
        description, when they are a short noun phrase ("Only 40 percent of voters")."""
        if "statement.clause_np_subject" in self.off:
            return None
        intro = _INTRO_RE.match(self.masked, lo, cue)
        s0 = intro.end() if intro else lo
        t = self.masked[s0:cue].strip()
        if not t or not (t[0].isupper() or (intro and t[0].isalpha())) or MASK in t or re.search(r"[,;:()]", t) or \
                not 2 <= len(t.split()) <= 7 or t.split()[0].lower() in _PRON:
            return None
        s0 = self.masked.index(t, s0)
        return Cand(s0, s0 + len(t), "desc", t)

    def _subject_cand(self, lo: int, hi: int) -> Cand | None:
        """The candidate in subject position of the text [lo, hi): the first name, pronoun
        or description of the clause, past an introductory phrase ("On Monday, ...")."""
        if hi <= lo:
            return None
        intro = _INTRO_RE.match(self.masked, lo, hi)
        s0 = intro.end() if intro else lo
        cands = [c for c in self.candidates(s0, hi) if c.kind in ("name", "pron", "desc")]
        if not cands:
            return None
        c, nxt = cands[0], (cands[1] if len(cands) > 1 else None)
        if nxt is not None and c.kind == "name" and nxt.kind != "pron" and \
                "statement.possessor_subject" not in self.off and \
                _POSSESSOR_GAP.fullmatch(self.masked[c.end:nxt.start]):
            c = nxt  # "Norway's Ingrid Lund won": the possessed, not the possessor
        elif nxt is not None and c.kind == "name" and c.mention is not None and \
                c.mention.kind == "unknown" and c.mention.actor is None and \
                nxt.kind == "name" and nxt.mention is not None and \
                nxt.mention.kind == "person" and "statement.modifier_subject" \
                not in self.off and _MODIFIER_GAP.fullmatch(self.masked[c.end:nxt.start]):
            c = nxt  # "Defending champion Ann Lee won": a capitalised modifier
        return c if len(self.masked[s0:c.start].split()) <= 4 else None

    @staticmethod
    def _lead_partial(ptxt: str) -> bool:
        """A lead-in paragraph whose only quotation is a partial one inside its prose ('Ann
        Lee said the deal was "dead" after the talks.'), not a quote paragraph."""
        return not ptxt.lstrip().startswith(
            ("“", '"', MASK)) and ptxt.count("“") + ptxt.count('"') <= 2

    def _named_appositive(self, c: Cand | None) -> Cand | None:
        """A description with a person named in apposition right after it ("Its owner, Ann
        Lee, said", "The head of the agency, Ann Lee, described") -> the name."""
        if c is None or c.kind != "desc" or "statement.lead_in_appositive" in self.off:
            return c
        hi = desc_tail_end(self.masked, c.end, min(len(self.masked), c.end + 80))
        for x in self.candidates(c.end, min(len(self.masked), hi + 60)):
            if x.kind == "name" and x.mention is not None and x.mention.kind == "person" and \
                    re.fullmatch(_APPOS_GAP, self.masked[c.end:x.start]) and \
                    re.match(r"\s*,", self.masked[x.end:x.end + 3]):
                return x
            break
        return c

    def _lead_last_sentence(self, pps: int, ppe: int) -> dict | None:
        """A lead-in paragraph of two or three sentences whose last one reports a person's
        speech ('The plant closed in May. Its owner, Ann Lee, said it was painful.'): that
        person speaks the quote paragraph after it."""
        if "statement.lead_in_last_sentence" in self.off:
            return None
        ks = [k for k, st in enumerate(self.art.sentences) if pps <= st.start < ppe]
        if not 2 <= len(ks) <= 3:
            return None
        ls = self.art.sentences[ks[-1]]
        cm = CUE_RE.search(self.masked, ls.start, ls.end)
        if cm is None:
            return None
        c = self._named_appositive(self._subject_cand(ls.start, cm.start()))
        if self._person_of(c) is None:
            return None
        r = self._result_c(c, cm.group(1), "statement.quote_lead_in_paragraph")
        return r if r and r.get("speaker_key") and r["speaker_key"].startswith("p") else None

    def _colon_document(self, ls) -> dict | None:
        """A lead sentence ending in a colon that names a document and no speech verb, then
        the quote paragraph: its author speaks it ('Ann Lee issued a statement:', 'Ann
        Lee's statement in full:'): the subject of an issuing verb before the document's
        noun, else the person whose possessive owns it (_doc_own_author)."""
        seg = self.masked[ls.start:ls.end]
        if MASK in seg:
            return None
        dm = next((w for w in re.finditer(r"[A-Za-z]+", seg) if w.group(0).lower() in
                   DOCUMENT_NOUNS and w.group(0).lower() not in OUTLET_HEADS), None)
        if dm is None:
            return None
        hs, he = ls.start + dm.start(), ls.start + dm.end()
        im = max(_ISSUE_VERB.finditer(self.masked, ls.start, hs), key=lambda x: x.start(),
                 default=None)  # (the last issuing verb before the noun)
        if self._record_of(hs, he):
            return None  # 'released a recording of the call': someone else's words
        if im is not None:
            # the document's own author first: 'released a statement from Ann Lee:', 'released
            # Ann Lee's statement:'; else the one who issues it
            r = self._doc_own_author(Cand(im.end(), ls.end, "desc", self.text[im.end():ls.end]),
                                     dm.group(0).lower())
            if r is not None:
                return {"speaker": r[0], "speaker_mention": r[0], "speaker_key": r[2],
                        "cue": None, "rule": "statement.quote_colon_lead"}
            c = self._subject_cand(ls.start, im.start())
            return self._result_c(c, None, "statement.quote_colon_lead")
        if not _OWNER_LEAD.match(seg[:dm.start()]):
            return None  # (a possessive opening the lead only: not 'a transcript as follows:'
            # nor 'Ann Lee did not address Tom Hale's letter:')
        r = self._doc_own_author(Cand(ls.start, he, "desc", self.text[ls.start:he]),
                                 dm.group(0).lower())
        if r is None or not (r[2] or "").startswith("p"):
            return None
        return {"speaker": r[0], "speaker_mention": r[0], "speaker_key": r[2], "cue": None,
                "rule": "statement.quote_colon_lead"}

    def _person_of(self, c: Cand | None):
        """The person actor a candidate names (not a possessive or a modifier), or None."""
        if c is None or c.kind != "name" or c.mention is None or c.mention.kind != "person":
            return None
        m = c.mention
        if self.text[m.end:m.end + 2] in ("’s", "'s") or _MODIFIER_RE.match(self.text, m.end):
            return None
        return m.actor

    def _recent_reporter(self, si: int, pos: int):
        """(pos, actor) of the last 'NAME said/says' (outside quotes) in this or the two
        sentences before, or None."""
        sents = self.art.sentences
        for k in range(si, max(-1, si - 3), -1):
            st = sents[k]
            hi = min(st.end, pos)
            # the last cue before pos with a person as its subject (read back at most
            # CAND_WINDOW characters, latest first)
            cues = list(CUE_RE.finditer(self.masked, max(st.start, hi - CAND_WINDOW), hi))
            for cm in reversed(cues):
                c = self.pick_subject(self.candidates(st.start, cm.start()), cm.start(), False)
                if c is None:
                    c = self.pick_after(cm.end(), hi)
                a = self._person_of(c)  # (not "the Wafa news agency")
                if a is not None and c.start < cm.start() and \
                        "statement.rival_subject_only" not in self.off and \
                        _PREP_BEFORE.search(self.masked[max(0, c.start - 12):c.start]):
                    a = None  # "the Commission on Presidential Debates announced"
                if a is not None:
                    return (cm.start(), a)
        return None

    def role_from_text(self, t: str, pos: int):
        """A role description ("the president", "the Pope") -> (actor, name, key) or None."""
        words = t.lower().split()
        if not words or words[0] not in ("the", "a", "an") or len(words) > 5:
            return None
        head = words[-1]
        a = self.ents.role_person(head, pos) if head in ROLE_NOUNS or head in ("pope",) else None
        if a is None and words[0] == "the" and len(words) == 2 and head in SALIENT_ROLES and \
                head not in TITLED_OFFICES:
            a = self.ents.salient_person(pos)  # "the president" in an article about one
        if a:
            return (a, a.name, a.key)
        if words[0] in ("a", "an") and (head in ROLE_NOUNS or head in DESC_NOUNS or head in SOURCE_NOUNS
                                         or head in GROUP_SPEAKERS):
            return (None, t, None)
        return None

    def _included_person(self, c: Cand) -> Cand:
        """A group that speaks with one of its members named ("Several senators, including
        Ann Lee of Ohio, called it ...", "Harbour unions including dockers' leader Tom Ward
        warned ..."): the member named speaks, not the group, nor the place after the name.
        Someone the member is only related to is no member ("including the neighbours of
        Tom Ward")."""
        sent = self.art.sentences[self.sentence_of(c.start)]
        im = None
        if c.kind in ("desc", "name") and (c.mention is None or c.mention.kind != "person"):
            end = c.end
            if c.kind == "name" and c.mention is not None and c.mention.actor is not None and \
                    c.mention.actor.kind == "group":
                end = _source_tail_end(self.masked, c.end, sent.end)  # "Members of the board"
            im = _INCLUDING.match(self.masked, end, sent.end)  # the group, then its member
        if im is None and c.kind == "name":
            # the place after the member's name: "including Ann Lee of Ohio"
            for jm in _INCLUDING.finditer(self.masked, sent.start, c.start):
                im = jm
            if im is not None and not re.fullmatch(
                    r"[^,;:()]*\s(?:of|from)\s+(?:the\s+)?", self.masked[im.end():c.start]):
                im = None
        if im is None:
            return c
        for m in self.ents.mentions_in(im.end(), min(sent.end, im.end() + 80)):
            if c.start <= m.start and c.start > im.end():
                break  # (the place after the member: only a name before it)
            gap = self.masked[im.end():m.start]
            if m.kind == "person" and m.actor is not None and len(gap.split()) <= 4 and \
                    not _RELATED_GAP.search(gap) and \
                    self.masked[m.end:m.end + 2] not in ("'s", "’s"):  # "Ann Lee's brother"
                return Cand(m.start, m.end, "name", m.text, m)
        return c

    def _according_to_body(self, a: int, b: int, cue: str = "according to") -> dict | None:
        """'according to the White House': an institution the entity index does not name,
        as written (a capitalised name, with its "the")."""
        if "statement.quote_according_to" in self.off:
            return None
        m = _INSTITUTION.match(self.masked, a, b)
        if m is None:
            return None
        t = m.group(0).strip().rstrip(".")
        return {"speaker": t, "speaker_mention": t, "speaker_key": None, "cue": cue,
                "rule": "statement.quote_according_to"}

    def _result_c(self, c: Cand | None, cue: str | None, rule: str) -> dict | None:
        if c is None or rule in self.off:
            return None  # (a rule switched off lets the next one speak)
        if "statement.including_person" not in self.off:
            c = self._included_person(c)
        spk, mention, key = self.resolve_cand(c, c.start)
        if spk is None and mention is None:
            return None
        return {"speaker": spk, "speaker_mention": mention, "speaker_key": key, "cue": cue,
                "rule": rule}

    # -- attribution ----------------------------------------------------------------------
    def attribute(self, q: QuoteSpan, prev: dict | None, word_ctx: dict | None = None
                  ) -> dict | None:
        """The speaker of quote q, or None. A quote ending its sentence may be credited by
        the next short sentence ('"..." Smith said.'); a next sentence with its own clause
        ('"..." Smith argued the plan was late.') is read only when nothing else attributes
        the quote."""
        r = self._attribute(q, prev, word_ctx, False)
        if r is None or (r.get("_inherit") and len(self.text[q.ts:q.te].split()) <= 3):
            # (a short quote that only continues the previous one is dropped by the caller)
            r2 = self._attribute(q, prev, word_ctx, True)
            if r2 is not None and (r is None or not r2.get("_inherit")):
                return r2
        if r is not None and not r.get("_inherit"):
            return self._relayed(q, r)
        return r

    def _relayed(self, q: QuoteSpan, r: dict) -> dict:
        """'"...," the news agency said, citing a foreign ministry spokesman': the words are
        the cited source's, relayed by the reporter (a person or a speaker description
        right after "citing"/"quoting" in the quote's sentence)."""
        if "statement.quote_relayed" in self.off:
            return r
        send = self.sentence_end(max(q.close - 1, q.open))
        m = _RELAY_RE.search(self.masked, q.close, send)
        if m is None:
            return r
        c = self.pick_after(m.end(), send)
        if c is None or c.start != m.end() or not (self._person_of(c) is not None or (
                c.kind == "desc" and desc_head(c.text.lower().split()) in (
                    ROLE_NOUNS | SOURCE_NOUNS | PERSON_NOUNS))):
            return r
        r2 = self._result_c(c, r.get("cue"), r["rule"])
        return r2 if r2 and r2.get("speaker") else r

    def _attribute(self, q: QuoteSpan, prev: dict | None, word_ctx: dict | None,
                   any_next: bool) -> dict | None:
        text, masked = self.text, self.masked
        ps, pe = self.art.paragraphs[q.para]
        sents = self.art.sentences
        si = self.sentence_of(q.open)
        sent = sents[si] if sents else None
        ei = self.sentence_of(max(q.close - 1, q.open))
        send = sents[ei].end if sents else pe
        if send <= q.close + 1 and ei + 1 < len(sents) and sents[ei + 1].paragraph == q.para:
            nxt = sents[ei + 1]
            if nxt.end - nxt.start < 90 and (any_next or _is_credit_sentence(
                    masked[nxt.start:nxt.end])):
                send = nxt.end  # '"...." Smith said.' split after the quote's full stop
            elif text[q.ts:q.te].rstrip()[-1:] in ("?", "!") and \
                    "statement.question_credit" not in self.off and \
                    _CREDIT_AFTER.match(masked[nxt.start:nxt.end]):
                # '"...?" councillor Ann Lee wondered aloud at the meeting, noting that ...':
                # the mark ends no sentence, however long the credit runs on
                send = nxt.end
        k = bisect_left(self._opens, q.close)
        next_q = min(self._opens[k], pe) if k < len(self._opens) else pe
        aend = min(max(send, q.close), next_q, pe)
        after = masked[q.close:aend]
        # P: the parse, when the sentence was parsed: the subject of the speech verb above
        # the quote
        r = self._parse_attribution(q, si, ei, direct_only=True)
        if r:
            return r
        # A0: '"...," according to X', '"...," came the reply from X' (the credit right
        # after the quote)
        am = _ACCORDING_AFTER.match(after)
        if am:
            c = self.pick_after(q.close + am.end(), aend)
            cue = "came" if "came" in am.group(0) else "according to"
            r = self._result_c(c, cue, "statement.quote_according_to") or \
                self._according_to_body(q.close + am.end(), aend, cue)
            if r:
                return r
        # A: after the quote, a cue within a few words
        cm = None
        for m in CUE_RE.finditer(after):
            if re.search(r"\bto\s+$", after[max(0, m.start() - 4):m.start()]):
                continue  # "policies to admit refugees": an infinitive, not the attribution
            cm = m
            break
        if cm and len(after[:cm.start()].split()) > 6 and sent and CUE_RE.search(
                masked, sent.start, q.open):
            cm = None  # 'He said X was "..." for ... to ...': the cue before the quote governs
        if cm and _COORD_CUE.fullmatch(after[:cm.start()]):
            cm = None  # '"..." and said Poland had asked': the main clause's subject speaks
        # 'X threatened "..." against Y and Z saying ...': the later cue has a clause of its
        # own; a cue before the quote, when there is one, governs
        deferred = None
        if cm and len(after[:cm.start()].split()) <= 12:
            cue_abs = q.close + cm.start()
            cands = [c for c in self.candidates(q.close, cue_abs)]
            c = self.pick_subject(cands, cue_abs, participle=False)
            if c is None and cm.group(1).endswith("ing") and sent and sent.start < q.open:
                # '... "...," recalling visits to X': a participle's subject is the clause's
                # (what follows it is its object)
                c = self._subject_cand(sent.start, q.open)
                if c is None:
                    cm = None
            elif c is None:
                c = self.pick_after(q.close + cm.end(), aend)
            r = self._result_c(c, cm.group(1), "statement.quote_cue_after") if cm else None
            if r and sent and masked[sent.start:q.open].strip() and \
                    _OTHER_CLAUSE.search(after[:cm.start()]):
                deferred = r
            elif r:
                return r
        # A2: '"..." ― Name' (dash attribution, common in lists of reader quotes)
        dm = re.match(r"^\s*[―—–-]{1,2}\s*", masked[q.close:pe])
        if dm:
            c = self.pick_after(q.close + dm.end(), min(pe, q.close + dm.end() + 80))
            if c is not None and c.start == q.close + dm.end():
                r = self._result_c(c, None, "statement.quote_dash_credit")
                if r:
                    return r
        # B: before the quote in the same sentence
        k = bisect_right(self._closes, q.open)
        prev_q = max(self._closes[k - 1], ps) if k > 0 else ps
        bstart = max(sent.start if sent else ps, prev_q) if sent and sent.start <= q.open else ps
        before = masked[bstart:q.open]
        am = _ACCORDING_BEFORE.search(before)
        if am:
            c = self.pick_after(bstart + am.end(), q.open)
            r = self._result_c(c, "according to", "statement.quote_according_to") or \
                self._according_to_body(bstart + am.end(), q.open)
            if r:
                return r
        im = re.match(r"\s*([A-Z][a-z]+)\s+", before)
        if im and im.group(1) in LEADING_CUES:  # 'Said Mr Reyes-Bautista: "..."'
            c = self.pick_after(bstart + im.end(), q.open)
            r = self._result_c(c, im.group(1).lower(), "statement.quote_leading_cue")
            if r:
                return r
        # (read a little past the quote mark: 'a plan dubbed "..."' names, it does not quote)
        cues = [m for m in CUE_RE.finditer(masked[bstart:q.open + 3]) if m.end() <= len(before)]
        parse_tried = False
        for cm in reversed(cues):
            if cm.group(1) in WEAK_CUES and not before.rstrip().endswith((":", ",")):
                continue
            if CUE_FORMS.get(cm.group(1)) in SOUND_CUES and not self._sound_next_to(
                    q, bstart + cm.start(1), len(cm.group(1))):
                continue
            cue_abs = bstart + cm.start()
            part = cm.group(1).endswith("ing")
            if part and not parse_tried and "statement.participle_parse" not in self.off:
                # 'Unions sued the council, saying its offer was "..."': the parse gives the
                # participle the subject of the verb it hangs from (not that verb's object);
                # its arguments are the quote's, so one try serves every participle cue
                parse_tried = True
                r = self._parse_attribution(q, si, ei, direct_only=False)
                if r:
                    return r
            cands = self.candidates(sent.start if (part and sent) else bstart, cue_abs)
            intro = _INTRO_RE.match(masked, bstart, cue_abs) if (
                sent and bstart == sent.start and not part and
                "statement.cue_before_past_intro" not in self.off) else None
            if intro is not None:
                # 'At a forum with veterans on Monday, one voter claimed "..."': no one in the
                # introductory phrase is the verb's subject
                cands = [x for x in cands if x.start >= intro.end()]
            c = self.pick_subject(cands, cue_abs, participle=part)
            if c is None and intro is not None:
                c = self._np_before(bstart, cue_abs)
            if c is not None and c.kind in ("name", "desc") and _COORD_RE.search(masked[c.end:cue_abs]) and sent:
                first = [x for x in self.candidates(sent.start, cue_abs) if x.kind in ("name", "pron")
                         and not (x.kind == "name" and x.mention is not None and x.mention.kind != "person")]
                if first:
                    c = first[0]
            if c is None and sent and bstart > sent.start and _COORD_CUE.fullmatch(masked[bstart:cue_abs]):
                # '... said NATO was "..." and warned that ...': the sentence's subject
                first = [x for x in self.candidates(sent.start, bstart) if x.kind in ("name", "pron", "desc")
                         and not (x.kind == "name" and x.mention is not None and x.mention.kind != "person")]
                if first and len(masked[sent.start:first[0].start].split()) <= 4:
                    c = first[0]
            if c is None and part:
                # participle clause: subject is earlier in the sentence ...
                c = self.pick_subject(self.candidates(sent.start if sent else ps, cue_abs), cue_abs, True)
                # ... or right after it: "Speaking to MPs on Monday, Ms X said/gave ..."
                cm2 = re.search(r",\s*", masked[bstart + cm.end():q.open])
                if c is None and cm2:
                    c0 = bstart + cm.end() + cm2.end()
                    cs = [x for x in self.candidates(c0, q.open) if x.kind in ("name", "pron", "desc")]
                    if cs and cs[0].start == c0:
                        c = cs[0]
            if c is None and re.match(r"\s*that\b", masked[bstart + cm.end():q.open]):
                # 'Most voters agreed that Ann Lee was "..."': the name after "that" is the
                # reported clause's subject; the words opening the clause speak, as written
                c = self._np_before(bstart, cue_abs) if sent and bstart == sent.start else None
            elif c is None:
                c = self.pick_after(bstart + cm.end(), q.open)
            r = self._result_c(c, cm.group(1), "statement.quote_cue_before")
            if r:
                return r
        if deferred:
            return deferred
        # P2: the parse, a subject the speech verb takes from the verb it hangs from
        r = self._parse_attribution(q, si, ei, direct_only=False)
        if r:
            return r
        # C: continuation of the previous quote (same paragraph, or next paragraph opening a quote)
        if word_ctx is not None and word_ctx["sent"] == si and \
                len(text[q.ts:q.te].split()) > 3:
            prev = word_ctx  # a one-word quote's speaker carries over within its sentence
        # (a quote right after a transcript label, 'MORALES: "..."', is the label's turn)
        label_m = _LABEL_BEFORE.search(text, max(ps, q.open - 40), q.open)
        if label_m is not None and len(label_m.group(1).replace(".", "")) >= 3 and \
                not _label_refused(label_m.group(1)):
            prev = None
        if prev is not None and "statement.quote_continuation" not in self.off and (
                prev["para"] == q.para or (text[ps] in "\"“'‘" and (
                    prev["para"] == q.para - 1 or (
                        "statement.continuation_past_furniture" not in self.off
                        and prev["para"] < q.para - 1
                        and self.furniture_between(prev["para"], q.para))))):
            # (page furniture between the two paragraphs, an "ADVERTISEMENT" line or a photo
            # caption, is no paragraph of the article's; a section title is: a new section)
            if prev["para"] == q.para and "statement.subject_over_continuation" not in self.off:
                # 'X said ... Y dismissed the plan as "..."': a partial quote in a later
                # sentence whose subject is another person named there is that person's
                k = bisect_right(self._closes, q.open)
                if k > 0 and self.sentence_of(self._closes[k - 1] - 1) < si:
                    c, r = self._sentence_subject(q, sent)
                    # (with a verb of their own before it: in 'Ann Lee "has done nothing"'
                    # the quote says something about the subject)
                    if r is not None and self._person_of(c) is not None and \
                            r["speaker_key"] != prev["result"].get("speaker_key") and \
                            re.search(r"\b[a-z]{2,}\b", self.masked[c.end:q.open]):
                        return {**r, "rule": "statement.quote_sentence_subject"}
                    if "statement.reporter_over_continuation" not in self.off and \
                            self._person_of(c) is None and not CUE_RE.search(
                                self.masked, sent.start, sent.end) and \
                            not _ACCORDING_BEFORE.search(self.masked, sent.start, sent.end):
                        # 'X said "...". A union spokesman said forty ships were waiting. They
                        # share a hope for "..."': someone else reported speech in between (no
                        # person is the quote's sentence's subject, nor does it credit anyone:
                        # '... were "...," according to his office')
                        r = self._reporter_since(self.sentence_of(self._closes[k - 1] - 1), si,
                                                 "statement.reporter_over_continuation")
                        if r is not None and (r.get("speaker_key"), r.get("speaker")) != (
                                prev["result"].get("speaker_key"), prev["result"].get("speaker")):
                            return r
            return {**prev["result"], "_inherit": True, "rule": "statement.quote_continuation"}
        # previous paragraph ends with a cue and colon: 'Mr Smith said:'
        if q.para > 0 and text[ps] in "\"“'‘":
            pps, ppe = self.art.paragraphs[q.para - 1]
            ptxt = masked[pps:ppe]
            if ptxt.rstrip().endswith(":"):
                cues = list(CUE_RE.finditer(ptxt))
                if cues:
                    cm = cues[-1]
                    c = self.pick_subject(self.candidates(pps, pps + cm.start()), pps + cm.start(), False)
                    r = self._result_c(c, cm.group(1), "statement.quote_colon_lead")
                    if r:
                        return r
                elif sents and "statement.colon_lead_document" not in self.off:
                    r = self._colon_document(sents[self.sentence_of(max(pps, ppe - 2))])
                    if r:
                        return r
            elif (MASK not in ptxt or self._lead_partial(ptxt)) and len(ptxt) < 260 and \
                    ptxt.rstrip().endswith((".", MASK + "”.", MASK + '".', MASK + ".”",
                                            MASK + '."')) and \
                    not CUE_RE.search(masked, q.close, pe):
                # a lead-in paragraph, then the quote alone: 'Estonia's defence minister, Kadri
                # Saar, 44, was more cautious.' / 'Erekat said it was the latest move ...'
                intro = _INTRO_RE.match(ptxt)
                s0 = pps + (intro.end() if intro else 0)
                pcue = CUE_RE.search(masked, s0, ppe)
                cands = [c for c in self.candidates(s0, pcue.start() if pcue else ppe)
                         if c.kind in ("name", "pron", "desc")]
                if cands and (len(masked[s0:cands[0].start].split()) <= 4 or (
                        self._person_of(cands[0]) is not None
                        and "statement.lead_in_appositive" not in self.off
                        and _DESC_THEN_NAME.fullmatch(masked[s0:cands[0].start])
                        and masked[cands[0].end:cands[0].end + 1] == ",")):
                    c = cands[0]
                    if c.kind == "name" and c.mention is not None and c.mention.kind != "person":
                        c = next((x for x in cands[1:3] if x.kind == "name" and x.mention is not None
                                  and x.mention.kind == "person"), None)
                    c = self._named_appositive(c)
                    r = self._result_c(c, None, "statement.quote_lead_in_paragraph")
                    if r and r.get("speaker_key") and r["speaker_key"].startswith("p"):
                        return r
                r = self._lead_last_sentence(pps, ppe)
                if r:
                    return r
            if MASK not in ptxt and not CUE_RE.search(masked, q.close, pe) and \
                    q.open <= ps + 2 and "statement.quote_after_report" not in self.off and sents:
                # a lead-in paragraph of reported speech too long for the rule above ('Ann
                # Lee, a senior fellow at ..., said the candidates were not offering ...'),
                # then the quote alone: the one who reported it
                # (a person, as for the lead-in rules above: an unresolved description or
                # an organisation reporting in the paragraph before is too weak a link)
                r = self._reporter_before(sents[self.sentence_of(max(pps, ppe - 1))],
                                         "statement.quote_after_report")
                if r and (r.get("speaker_key") or "").startswith("p"):
                    return r
        # a lead-in sentence before the quote in its paragraph: 'Ann Lee shrugged. "Let them
        # try."' (the quote opens its sentence and no cue follows it there)
        if sent and si > 0 and q.open <= sent.start + 3 and not after.strip(" ,.!?") and \
                sents[si - 1].paragraph == q.para and \
                "statement.quote_lead_in_paragraph" not in self.off:
            ls = sents[si - 1]
            lead = masked[ls.start:ls.end]
            if MASK not in lead and len(lead) < 200:
                c = self._subject_cand(ls.start, ls.end)
                if c is not None and (self._person_of(c) is not None or c.kind == "pron"):
                    r = self._result_c(c, None, "statement.quote_lead_in_paragraph")
                    if r and r.get("speaker_key") and r["speaker_key"].startswith("p"):
                        return r
            if "statement.quote_after_report" not in self.off:
                r = self._reporter_before(ls, "statement.quote_after_report")
                if r:
                    return r
        # D: partial quote inside a sentence: the sentence subject
        return self._sentence_subject(q, sent)[1]

    def _reporter_since(self, lo: int, si: int, rule: str) -> dict | None:
        """The reporter of the latest sentence of reported speech after sentence lo and
        before sentence si, when there is one (see _reporter_before)."""
        for k in range(si - 1, lo, -1):
            ls = self.art.sentences[k]
            if MASK in self.masked[ls.start:ls.end]:
                return None
            if CUE_RE.search(self.masked, ls.start, ls.end):
                return self._reporter_before(ls, rule)
        return None

    def _reporter_before(self, ls, rule: str) -> dict | None:
        """A quote opening its sentence right after a sentence of reported speech in its
        paragraph ('The talks will resume next week, the minister said. "We are not far
        apart."', 'Ann Lee said the figures were wrong. "..."'): the one who reported it,
        the subject of that sentence's last speech verb outside a quotation."""
        masked = self.masked
        cms = [m for m in CUE_RE.finditer(masked, ls.start, ls.end)
               if m.group(1) not in WEAK_CUES and MASK not in masked[m.start():m.end()]]
        if not cms:
            return None
        cm = cms[-1]
        if MASK in masked[cm.end():ls.end] and \
                not re.search(r"\bthat\b|\s(?:means?|meant)\b", masked[cm.end():ls.end]):
            return None  # the cue credits a quotation after it, not the prose
        c = self.pick_subject(self.candidates(ls.start, cm.start()), cm.start(),
                              cm.group(1).endswith("ing"))
        if c is None:
            c = self.pick_after(cm.end(), ls.end)
        if c is None or c.kind not in ("name", "desc", "pron") or MASK in c.text:
            return None
        return self._result_c(c, cm.group(1), rule)

    def _sentence_subject(self, q: QuoteSpan, sent) -> tuple[Cand | None, dict | None]:
        """A partial quote inside a sentence ('Ann Lee dismissed the plan as "..."'): the
        sentence's subject (its candidate and result), or (None, None)."""
        if not sent or q.open <= sent.start + 3:
            return None, None
        masked = self.masked
        intro = _INTRO_RE.match(masked, sent.start, q.open)
        s0 = intro.end() if intro else sent.start
        cands = [c for c in self.candidates(s0, q.open) if c.kind in ("name", "pron", "desc")]
        if len(cands) >= 2 and "statement.subject_role_then_name" not in self.off and \
                cands[0].kind in ("name", "desc") and self._person_of(cands[0]) is None and \
                self._person_of(cands[1]) is not None and \
                re.fullmatch(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}", masked[cands[0].end:cands[1].start]):
            cands = cands[1:]  # "Council leader Ann Price", "Her Russian counterpart Ann Lee"
        if cands and len(masked[s0:cands[0].start].split()) <= 4 and \
                not _PASSIVE.search(masked, cands[0].end, q.open) and not any(
                    CUE_FORMS.get(w) in SOUND_CUES for w in re.findall(
                        r"[a-z]+", masked[cands[0].end:q.open])):
            # (a sound is no saying: 'Onlookers laughed as Ward, in a "Save Our Ferry" T-shirt')
            c = cands[0]
            if c.kind in ("pron", "desc") or (c.mention is not None and c.mention.kind == "person"):
                r = self._result_c(c, None, "statement.quote_sentence_subject")
                if r and r.get("speaker_key"):
                    return c, r
        return None, None


# Between a quote and a later cue: a conjunction that opens another clause (the cue then
# belongs to that clause, with its own subject or the main clause's), unless the quote
# opens the sentence and the conjunction only joins two speakers ('"...," X and Y said').
_OTHER_CLAUSE = re.compile(r"\b(?:but|while|whereas|although|though|because|before|after|when)\b"
                           r"|(?:^|\S\s*)\band\b(?!\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|say|told))")
# A short sentence that only credits the quote before it: 'Smith said.', 'the minister told
# reporters on Monday.' (a cue near its start, no clause of its own after the cue).
_CREDIT_AFTER = re.compile(r"^\W*(?:\S+\s+){0,6}?(?:" + _CUE_ALT + r")\b(?P<rest>[^.!?]*)")
_CLAUSE_WORD = re.compile(r"\b(?:that|is|was|were|are|has|had|have|would|will|could|should|"
                          r"can|may|might|must)\b")


_PRON_CUE = re.compile(r"^\W*(?:He|She|They|It)\s+(?:\w+\s+)?(?:" + _CUE_ALT + r")\b")


def _is_credit_sentence(s: str) -> bool:
    if _PRON_CUE.match(s):
        return True  # '"..." He said:' goes on with the same speaker
    m = _CREDIT_AFTER.match(s)
    if not m or MASK in s:
        return False
    rest = m.group("rest")
    return len(rest.split()) <= 8 and not _CLAUSE_WORD.search(rest)


_DESC_PREPS = frozenset("for of at in close familiar from with to on who".split())


# verbs of issuing a document ('X issued a statement saying ...')
# a lead that opens with a document's owner: "Ann Lee's statement in full:", "Here is Ann
# Lee's letter:", "The text of Ann Lee's speech:" (Attributor._colon_document)
_OWNER_LEAD = re.compile(r"\s*(?:(?:[Hh]ere|[Bb]elow)\s+is\s+|(?:[Tt]he\s+)?(?:full\s+)?text\s+of\s+)?"
                         r"(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*[’']s\s+(?:[a-z][\w-]*\s+)*$")
_ISSUE_VERB = re.compile(r"\b(?:issued|issues|issue|released|releases|release|put\s+out|puts\s+out|"
                         r"posted|posts|post|published|publishes|sent|sends|wrote|writes|"
                         r"tweeted|shared|shares|signed|signs|delivered|made)\b")
# a capitalised name opening a clause, then a verb in the past or present ("Google denied")
_BODY_SUBJ = re.compile(r"\s*((?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+"
                        r"(?:(?:also|later|then|has|had|have|on\s+\w+day)\s+)*"
                        r"[a-z]+(?:ed|es)\b")


# a copula (and a lower-case title) before a name that ends its sentence ("The fiercest
# critic is | Ann Lee.", "was | harbour master | Ann Lee.")
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+((?:[a-z][\w-]*\s+){0,3})$")
# one capitalised plural word ("Regulators", "Fishermen")
_PLURAL_WORD = re.compile(r"[A-Z][a-z]{3,}(?:s|men)")


# "of West Virginia" right after a person's name
_OF_PLACE = re.compile(r"[ \t]+of[ \t]+([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2})")
# a subordinate clause opening a sentence, before its main clause's subject
_SUBORDINATE_OPENS = re.compile(r"(?:As|When|While|After|Before|Although|Though|Because|If|"
                                r"Since|Once|Until)\b[^,.;:!?\n]{0,80},[ \t]*")
# the object right after a subject's verb: ' sued Google', ' fined Harwell Shipping Corp.'
_ACTED_ON = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+)?[a-z]{2,}ed[ \t]+(?:the[ \t]+)?"
                       r"([A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*)*)")


def _plural_people(m, sent_start: int) -> bool:
    """A one-word name opening its sentence that is a plural of people the lexicons do not
    list ("Detainees described ...", "Fishermen said ..."): the index may type it a person
    with no evidence of being one; it names people, never a body."""
    t = m.text
    return m.start == sent_start and " " not in t and t.endswith(("s", "men")) and \
        t[1:].islower() and \
        m.kind in ("person", "unknown") and (m.actor is None or not _person_evidence(m.actor)) \
        and len(t) > 4 and t.lower() not in NOT_PLURAL_WORDS


def _person_evidence(a) -> bool:
    """Whether an actor the entity index typed a person shows it: a gender, a title or an
    age, or a first name the lexicon lists."""
    return bool(a.gender or a.title or a.age) or _first_name_gender(a.name.split()[0]) != "?"


@lru_cache(maxsize=1)
def _outlets_re() -> re.Pattern:
    """The listed news outlets' names as written in text (longest first)."""
    from newsfacts import lexicon

    names = sorted({re.sub(r"^the\s+", "", n.strip(), flags=re.I)
                    for n in lexicon.words("news_outlets", "name")}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _role_before_name(gap: str) -> bool:
    """Whether gap (the words between "from"/"by" and a name) is a lower-case role of one to
    three words ending in a role noun: 'harbour master ', 'the union chief '."""
    words = gap.split()
    return bool(re.fullmatch(r"(?:[a-z][\w-]*\s+){1,4}", gap)) and len(words) <= 4 and \
        (words[-1] in ROLE_NOUNS or words[-1] in SOURCE_NOUNS)


@lru_cache(maxsize=1)
def _institutions_re() -> re.Pattern:
    """Seats of government, ministries and armed forces that speak as bodies
    (ref_actor_aliases.csv), as written in text, with their article ("the White House")."""
    from newsfacts import lexicon

    kinds = ("seat of government", "ministry", "armed forces")
    names = sorted({re.sub(r"^the\s+", "", r["alias"]) for r in lexicon.rows("ref_actor_aliases")
                    if r["alias_type"] in kinds}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:" + "|".join(re.escape(n) for n in names)
                      + r")(?![\w-])")


def _takes_up(words: list[str], earlier: str) -> bool:
    """Whether a definite description can take up an earlier one: its words (past the
    determiner) all occur in it ("the foreign ministry" takes up "Russia's foreign ministry";
    "the French foreign ministry" does not)."""
    ew = {re.sub(r"(?:’s|'s)$", "", w) for w in earlier.lower().split()}
    return all(re.sub(r"(?:’s|'s)$", "", w) in ew for w in words[1:] if w not in DESC_FILLER)


# the role nouns titles give (title_roles.csv): offices, not occupations
_OFFICES = frozenset(r for roles in TITLE_ROLES.values() for r in roles)


def fits_description(person, words: list[str], head: str) -> bool:
    """Whether a person can be the one a description names: no noun of the other gender
    ("the congresswoman" is no man) and, for a person whose title names an office, no other
    office ("the governor" is not the mayor; "the leader" fits any title; a seat in a
    legislature, "the MP", goes with any office; an occupation, "the businessman", is not
    checked against offices)."""
    g = next((NOUN_GENDER[w] for w in words if w in NOUN_GENDER), None)
    if g and person.gender and person.gender != g:
        return False
    if head in ANY_TITLE_HEADS and person.title and any(
            w in BODY_MODIFIERS and w not in person.title.lower().split() for w in words):
        return False  # "the opposition leader" is not Prime Minister Ann Lee
    if person.title and not portfolio_words(words, head) <= office_words(title_roles(person.title)):
        return False  # "the foreign minister" is not Prime Minister Ann Lee
    if person.title and head in _OFFICES and head not in ANY_TITLE_HEADS and \
            head not in LEGISLATOR_NOUNS:
        held = title_roles(person.title) & _OFFICES
        if held and head not in held:
            return False
    return True


def portfolio_words(words: list[str], head: str) -> frozenset[str]:
    """The words right before a description's head that say which office it is
    (description_words.csv portfolio: "the foreign minister" -> {"foreign"}), spelled as
    office_words spells them: only the run of them next to the head, through the words a
    run goes on through ("the veterans affairs secretary" -> {"veterans"}); "the first
    female mayor" and "the home state senator" name no portfolio."""
    bare = [re.sub(r"(?:’s|'s)$", "", w).rstrip(".,") for w in words]
    out = set()
    for w in reversed(bare[:bare.index(head)] if head in bare else []):
        if w in PORTFOLIO_WORDS:
            out.add(w)
        elif w not in PORTFOLIO_JOINTS:
            break
    return office_words(out)


def office_words(words) -> frozenset[str]:
    """An office's words in lower case, a portfolio's alias read as its usual word
    (description_words.csv canonical: "Defence" and "defense", "VA" and "veterans")."""
    return frozenset(PORTFOLIO_CANON.get(w.lower(), w.lower()) for w in words)


_CAP_RUN = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")


def _modifiers(text: str) -> set[str]:
    """The places a description or title names ("the Kentucky Republican", "French Foreign
    Minister"), a country's name and its demonym read alike ("French", "France's" -> FR)."""
    from .places import country_of, lookup_place

    out = set()
    for run in _CAP_RUN.findall(text):
        words = [re.sub(r"(?:’s|'s)$", "", w) for w in run.split()]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):  # the longest place from word i
                name = " ".join(words[i:j])
                c = country_of(name)
                if c is None and not (j - i == 1 and name.lower() in _DESC_DETS):
                    pl = lookup_place(name)
                    if pl is not None and (pl["kind"] != "city" or pl.get("pop", 0) == 0):
                        c = (name.lower(), None)  # a state or region, not any small town
                if c is not None:
                    out.add(c[1] or c[0])
                    i = j
                    break
            else:
                i += 1
    return out


def _lesser_office(title: str, head: str) -> bool:
    """Whether a title names a lesser office of the role `head`: a description_words.csv
    lesser word right before the role's word ("Deputy Secretary-General", "Vice-Chancellor";
    not "Vice Presidential Nominee" for "the nominee")."""
    toks = title.split()
    for i, t in enumerate(toks):
        first, _, rest = t.partition("-")
        nxt = rest or (toks[i + 1] if i + 1 < len(toks) else "")
        if first.lower() in LESSER_WORDS and nxt and (
                nxt.lower() == head or head in title_roles(nxt)):
            return True
    return False


def _is_country_code(place: str) -> bool:
    """Whether a place _modifiers gives is a country's ISO code ("RU"), not a state or
    region's name ("south carolina")."""
    return len(place) == 2 and place.isupper()


def same_modifiers(desc: str, title: str) -> bool:
    """Whether a description and a person's title can name the same office: when both carry
    capitalised modifiers (a place, a demonym, a party), they share one."""
    a, b = _modifiers(desc), _modifiers(title)
    return not a or not b or bool(a & b)


def desc_head(words: list[str]) -> str | None:
    """The head noun of a description's words: the last speaker noun before its tail ("a
    spokesman | for the foreign ministry" -> spokesman)."""
    head = None
    for w in words:
        if w in _DESC_PREPS:
            break
        w = re.sub(r"(?:’s|'s)$", "", w).rstrip(".,")
        if w in ROLE_NOUNS or w in SOURCE_NOUNS or w in DESC_NOUNS or w in DOCUMENT_NOUNS \
                or _AGE_NOUN.fullmatch(w):
            head = w
    return head


# Ordered: who a definite description stands for.
DESC_RESOLVERS = (
    Attributor._desc_age,
    Attributor._desc_author,
    Attributor._desc_role_holder,
    Attributor._desc_country_person,
    Attributor._desc_antecedent,
    Attributor._plural_antecedent,
    Attributor._desc_repeated,
    Attributor._desc_org,
    Attributor._desc_body,
    Attributor._desc_introduced_next,
    Attributor._desc_party_person,
    Attributor._desc_topic_person,
    Attributor._desc_last_body,
)


_COORD_CUE = re.compile(r"\s*[,.]?\s*(?:and|but|then)\s+(?:(?:also|later|then|repeatedly|again)\s+)?")
def _term_before_re() -> re.Pattern:
    from newsfacts import lexicon

    words = sorted(lexicon.words("quote_frames", frame="term"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words)
                      + r")[,:]?\s*(?:the\s+)?[“\"‘']?$", re.I)


# the quote names a term ('the slogan "..."', 'known as "..."'): quote_frames.csv
_TERM_BEFORE = _term_before_re()
# a passive between the subject and the quote ('X were called "..."'): not X's words
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b(?!\s+by\b)")


_TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with",
                "by", "is", "are", "from", "as", "vs", "it", "its"}


_TITLE_CONTEXT = re.compile(
    # (a quote after "titled", "entitled", "headlined" is a term frame: quote_frames.csv)
    r"\b(?:on|of|to|in|at|show|program|programme|episode|series|book|"
    r"film|movie|song|album|column|newspaper|magazine|memoir|documentary|hosted|host|anchor|"
    r"appeared|appearance|interview|told)\s*[\w’'-]*\s*$"
    # a capitalised owner right before it: 'told NBC's "Meet the Press"', 'Fox News' "..."'
    r"|(?-i:[A-Z][\w.&-]*(?:[’']s|s[’']))\s*$", re.I)


_THE_BEFORE = re.compile(r"\b[Tt]he\s*$")
# the capitalised words of a name around a quoted nickname: 'Marvin "The Hammer" Lee'
_NAME_WORD_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[ \t]$")
_NAME_WORD_AFTER = re.compile(r"[ \t][A-Z][\w’'-]*(?![\w’'-])")
_TITLE_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")


def _nickname_in_name(text: str, ents: EntityIndex, q: QuoteSpan) -> bool:
    """Quote q stands between two capitalised words of one person's name: the word before
    it is a known first name (first_names.csv: 'James "Iron Jim" Calloway', accents folded:
    'Joaquín') or ends a person's mention ('Boxer Manny "Big Storm" Delgado'). A day or any
    other capitalised word before it is no evidence ('wrote Sunday "Happy Holidays" In ...')."""
    mb = _NAME_WORD_BEFORE.search(text, max(0, q.open - 30), q.open)
    if mb is None or not q.closed or _NAME_WORD_AFTER.match(text, q.close) is None:
        return False
    word, end = mb.group(0).rstrip(), mb.end() - 1
    if _first_name_gender(word) != "?" or _first_name_gender(fold(word).capitalize()) != "?":
        return True
    return any(m.end == end and m.kind == "person"
               for m in ents.mentions_in(max(0, end - 60), end))


def _looks_like_title(t: str) -> bool:
    """Short Title Case text: a show, book, film or slogan rather than speech."""
    words = []
    for m in _TITLE_WORD.finditer(t):
        words.append(m.group(0))
        if len(words) > 7:
            return False  # stop early: long quotes are speech
    if len(words) < 2:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not content or words[0][0].islower():
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content) and not any(
        w in ("I", "I’m", "I'm", "We", "You") for w in words)


_DET_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+$")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z’'-]*)\b")


def _modifies_noun(text: str, q: QuoteSpan, qt: str) -> bool:
    """A short quote after a determiner, with no punctuation of its own before its closing
    mark, followed by a lower-case word that is no function word, verb form, adverb or
    speech verb: it modifies that noun ('a "zero-waste" harbour plan', 'a "pay as you
    go" scheme')."""
    if not qt or not qt[-1].isalnum() or not _DET_BEFORE.search(text, max(0, q.open - 8),
                                                                 q.open):
        return False
    m = _NEXT_WORD.match(text, q.close) if q.closed else None
    if m is None:
        return False
    w = m.group(1)
    if w.endswith("ing") and w in CUE_FORMS:
        # 'a "users first" charging model': a speech verb's gerund before a noun is no cue
        # but modifies the noun with the quote
        m2 = _NEXT_WORD.match(text, m.end())
        return m2 is not None and _noun_like(m2.group(1))
    return _noun_like(w)


def _noun_like(w: str) -> bool:
    """A lower-case word after a short quote that can be the noun it modifies."""
    # _NP_STOP adds the time words and weekdays that end a phrase ('called it a "gross
    # miscarriage of justice" yesterday'): no noun that the quote modifies
    return w not in FUNCTION_WORDS and w not in CUE_FORMS and w not in _NP_STOP and \
        not w.endswith(("ed", "ing", "ly", "’s", "'s"))


def extract_statements(art: Article, ents: EntityIndex, quotes: list[QuoteSpan],
                       att: Attributor | None = None) -> list[dict]:
    att = att or Attributor(art, ents, quotes)
    actors = {a.key: a for a in ents.actors}
    out: list[dict] = []
    seen: set[str] = set()
    prev: dict | None = None
    word_ctx: dict | None = None

    def take_turn(q: QuoteSpan, result: dict) -> dict:
        """The speaker of quote q has the turn: the `prev` the next quotes inherit from, and
        the last person who spoke (for pronouns) when it is a person."""
        actor = actors.get(result.get("speaker_key") or "")
        if actor is not None and actor.kind == "person":
            att.last_speaker = (q.close, actor)
        return {"para": q.para, "result": result}

    for q in quotes:
        qt = art.text[q.ts:q.te].strip()
        qt_clean = qt.strip(" ,.;:")
        nwords = len(qt_clean.split())
        title_case = _looks_like_title(qt_clean)
        if title_case and _TITLE_CONTEXT.search(art.text[max(0, q.open - 30):q.open]):
            continue  # titles of works ("on Face the Nation") are not statements
        if title_case and _THE_BEFORE.search(art.text, max(0, q.open - 6), q.open):
            continue  # a name in Title Case after "the" ('sign the "Great Outdoors Act"')
        if title_case and _nickname_in_name(art.text, ents, q) and \
                "statement.nickname_in_name" not in att.off:
            continue  # a nickname inside a name ('James "Iron Jim" Calloway')
        if _TERM_BEFORE.search(art.text, max(0, q.open - 40), q.open):
            continue  # a term named, not said ('the term "mission accomplished"')
        if nwords <= 4 and _modifies_noun(art.text, q, qt) and \
                "statement.quote_modifier" not in att.off:
            continue  # 'a "zero-waste" harbour plan': the quote modifies a noun
        res = None if "statement.quote_transcript_label" in att.off else \
            _label_speaker(art, ents, att, q)
        if res is None:
            res = att.attribute(q, prev, word_ctx)
        if res is None or res.get("_inherit"):
            # a paragraph quote left open that goes on in the next paragraph is one
            # quotation: its speaker is the one credited further on in the run
            run = _run_speaker(art, att, quotes, q)
            if run is not None:
                res = run
        if res is None and nwords >= 2 and "statement.quote_echo" not in att.off:
            res = _echo_speaker(art, ents, q, qt)
        if res is None and nwords >= 2 and "statement.quote_words_of" not in att.off:
            res = _words_of_speaker(art, ents, q)
        if res is None:
            continue
        if res.get("speaker") is None and res.get("speaker_mention") is None:
            continue
        if nwords < 2:
            # a one-word quote is no statement, but it tells who speaks in the sentence: the
            # next quote of the paragraph ('called it "unmistakable" that ... "..."') is theirs
            if not res.get("_inherit"):
                word_ctx = {"para": q.para, "sent": att.sentence_of(q.open),
                            "result": {k: v for k, v in res.items() if not k.startswith("_")}}
                sents = art.sentences
                if res.get("cue") and sents and q.open <= sents[word_ctx["sent"]].start + 3 and \
                        "statement.one_word_turn" not in att.off:
                    # a one-word answer opening its sentence ('"No," the minister replied.')
                    # is a turn: the quotes after it are that speaker's, not the one before
                    prev = take_turn(q, word_ctx["result"])
            continue
        if nwords <= 3 and res.get("_inherit") and not _FULL_SENTENCE.fullmatch(qt):
            continue  # (a short sentence of its own, '"We will win."', stays)
        prev = take_turn(q, {k: v for k, v in res.items() if not k.startswith("_")})
        key = re.sub(r"\W+", " ", qt.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        si = att.sentence_of(q.open)
        s = art.sentences[si] if art.sentences else None
        out.append({
            "speaker": res.get("speaker") or res.get("speaker_mention"),
            "speaker_mention": res.get("speaker_mention"),
            "speaker_key": res.get("speaker_key"),
            "text": qt,
            "kind": "direct",
            "cue": res.get("cue"),
            "sentence": s.text if s else None,
            "sentence_idx": si if s else None,
            "start": q.ts,
            "end": q.te,
            "rule": res.get("rule"),
        })
    return out


def _body_fits(head: str, name: str) -> bool:
    """Whether a body named name can be "the <head>": a name with the head in it does; a
    body of the state ('Treasury', 'Harwell Council', STATE_HEADS) is no company, bank or
    group, and a company ('Harwell Shipping Corp.', COMPANY_MARKS, or a name holding
    another body noun) is no council or ministry."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if head in words:
        return True
    state = bool(words & STATE_HEADS)
    if head in STATE_HEADS:
        return state or not (words & COMPANY_MARKS or words & (BODY_HEADS - STATE_HEADS))
    return not state


def _norm_words(t: str) -> str:
    return " " + re.sub(r"\W+", " ", t.lower()).strip() + " "


# a transcript line: a speaker's name in capitals and a colon ("SORVIK: Ask the council.")
_TRANSCRIPT_LINE = re.compile(r"\s*([A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2}):[ \t]")


# a quote right after a transcript label: 'MADDOW: "Do you ..."', at its paragraph's start or
# after a sentence ending ('... resign?" SCHIFF: "I think ..."')
_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=[.?!\"”])[ \t]+)([A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2}):[ \t]*$", re.M)


# any such label in the article, with its colon ('KERR: ', at a paragraph's or sentence's start)
_LABEL_ANY = re.compile(
    r"(?:^|(?<=[.?!\"”])[ \t]+)([A-Z][A-Z.’'-]+(?:[ \t]+[A-Z][A-Z.’'-]+){0,2}):[ \t]", re.M)


def _label_refused(label: str) -> bool:
    """Whether a capital label is a section's heading, never a speaker ('NOTE', 'EDITOR'S
    NOTE'; non_speaker_labels.csv)."""
    return label.lower().replace("’", "'") in NON_SPEAKER_LABELS


def _label_speaker(art: Article, ents: EntityIndex, att: Attributor, q: QuoteSpan
                   ) -> dict | None:
    """The speaker of a quote a transcript label opens ('WALLACE: "Senator, do you ..."'):
    the person the label's last word is the surname of (their fullest name), else the label
    as a name when it is no place (a dateline), body or title word ('TAPPER:' -> 'Tapper'); rule
    statement.quote_transcript_label. A speech verb after the quote in its sentence credits
    the quote instead."""
    ps, _pe = art.paragraphs[q.para]
    m = _LABEL_BEFORE.search(art.text, max(ps, q.open - 40), q.open)
    if m is None:
        return None
    label = m.group(1)
    if len(label.replace(".", "")) < 3 or _label_refused(label):
        return None
    if art.sentences and q.closed:
        se = art.sentences[att.sentence_of(q.open)].end
        if CUE_RE.search(att.masked, q.close, max(se, q.close)):
            return None  # 'DOVER: "...," the harbour master said': the cue credits it
    low = label.lower().split()[-1]
    a = next((x for x in ents.actors if x.kind == "person"
              and x.name.lower().split()[-1] == low), None)
    if a is not None:
        return {"speaker": a.name, "speaker_mention": label, "speaker_key": a.key,
                "cue": None, "rule": "statement.quote_transcript_label"}
    from .places import lookup_place

    # a label as a name only in a transcript (two different labels in the article): a lone
    # 'WASHINGTON:' is a dateline; a place only where no transcript label comes before it
    # ('KERR: "...?" MORALES: "..."' is Morales')
    labels = [x.group(1) for x in _LABEL_ANY.finditer(art.text)
              if len(x.group(1).replace(".", "")) >= 3 and not _label_refused(x.group(1))]
    if len(set(labels)) < 2:
        return None
    earlier = {x.group(1) for x in _LABEL_ANY.finditer(art.text, 0, m.start(1) + 1)
               if x.start(1) < m.start(1) and not _label_refused(x.group(1))} - {label}
    name = " ".join(w.capitalize() for w in label.split())
    if (not earlier and lookup_place(name) is not None) or any(w in NON_NAME_WORDS or _is_titleish(w) or w.lower() in ROLE_NOUNS
           for w in name.split()) or classify_name(name.split()) not in ("person", "unknown"):
        return None
    return {"speaker": name, "speaker_mention": label, "speaker_key": None,
            "cue": None, "rule": "statement.quote_transcript_label"}


# 'That's the message from X', 'Those were the words of X' right after a quote
_WORDS_OF = re.compile(
    r"[ \t]*(?:That|Those|These|This|Such)(?:[’']s|[ \t]+(?:is|was|were|are))[ \t]+(?:the[ \t]+)?"
    r"(?:message|words|word|warning|verdict|view|plea|promise|vow|assessment)[ \t]+"
    r"(?:from|of)[ \t]+")


def _role_words(between: str) -> bool:
    """Whether the lower-case words between 'the message from' and a name are a title
    ('harbour master', 'the party's leader'), none, or no title ('a group backing')."""
    words = between.split()
    return not words or ((words[-1] in PERSON_NOUNS | ROLE_NOUNS or words[-1].capitalize()
                          in TITLE_WORDS) and not any(
        w in ("a", "an") or w.endswith("ing") for w in words))


def _words_of_speaker(art: Article, ents: EntityIndex, q: QuoteSpan) -> dict | None:
    """A quote nobody is credited with, ending its sentence, whose next sentence says whose
    words they were ('"...". That's the message from Gov. Mark Dalton, who ...', '"...".
    Those were the words of Sen. Ann Lee'): the person named there; rule
    statement.quote_words_of."""
    if not q.closed:
        return None
    m = _WORDS_OF.match(art.text, q.close)
    if m is None:
        return None
    ms = [x for x in ents.mentions_in(m.end(), m.end() + 80) if re.fullmatch(
        r"(?:[a-z][\w-]*[ \t]+){0,3}", art.text[m.end():x.full_start])
        and _role_words(art.text[m.end():x.full_start])]  # ('harbour master')
    if not ms or ms[0].actor is None or ms[0].actor.kind != "person":
        return None
    a = ms[0].actor
    return {"speaker": a.name, "speaker_mention": art.text[ms[0].full_start:ms[0].end],
            "speaker_key": a.key, "cue": None, "rule": "statement.quote_words_of"}


def _echo_speaker(art: Article, ents: EntityIndex, q: QuoteSpan, qt: str) -> dict | None:
    """A quote nobody is credited with that repeats words of a transcript line before it
    ('SORVIK: Every grower will get the full frost grant.' ... 'The promise of "the full frost
    grant"'): the person the line's capitalised name is the surname of; rule
    statement.quote_echo."""
    words = _norm_words(qt)
    for ps, pe in art.paragraphs[:q.para]:
        m = _TRANSCRIPT_LINE.match(art.text, ps, pe)
        if m is None or words not in _norm_words(art.text[m.end():pe]):
            continue
        label = m.group(1)
        low = label.lower().split()[-1]
        a = next((x for x in ents.actors if x.kind == "person"
                  and x.name.lower().split()[-1] == low), None)
        if a is not None and re.search(r"\bI(?:’m|'m| am)\s+" + re.escape(a.name) + r"\b",
                                       art.text[:q.open]):
            continue  # the host ("I'm Rita Lund, and ... joins us"): asks, quotes others
        if a is not None:
            return {"speaker": a.name, "speaker_mention": label, "speaker_key": a.key,
                    "cue": None, "rule": "statement.quote_echo"}
    return None


def _run_speaker(art: Article, att: Attributor, quotes: list[QuoteSpan], q: QuoteSpan,
                 depth: int = 0) -> dict | None:
    """The speaker credited in the paragraphs a quote left open at its paragraph's end runs
    on into ('"We waited years. | "Now we build," said Tom Ward.'), or None: each next
    paragraph must open with a quotation mark; at most four paragraphs ahead."""
    if "statement.quote_paragraph_run" in att.off or q.closed or depth > 3:
        return None
    _ps, pe = art.paragraphs[q.para]
    if art.text[q.close:pe].strip() or q.para + 1 >= len(art.paragraphs):
        return None
    ns, _ne = art.paragraphs[q.para + 1]
    nxt = next((x for x in quotes if x.para == q.para + 1), None)
    if nxt is None or nxt.open != ns:
        return None
    r = att.attribute(nxt, None, None)
    if r is not None and not r.get("_inherit") and (r.get("speaker") or r.get("speaker_mention")):
        return {**{k: v for k, v in r.items() if not k.startswith("_")},
                "rule": "statement.quote_paragraph_run"}
    return _run_speaker(art, att, quotes, nxt, depth + 1)


_INDIRECT_CUE = re.compile(
    r"\b(?P<cue>said|says|told(?:\s+(?:[A-Z][\w.]*\s*){1,3}|\s+(?:reporters|journalists|the\s+\w+|an?\s+\w+))?|"
    r"warned|insisted|claimed|argued|stressed|added|announced|believes|thinks|confirmed|denied|"
    r"suggested|admitted|acknowledged|maintained|predicted|promised|vowed)\b(?P<content>[^\"“”]{12,})")
# adverbials between a speech verb and what it reports: they are not the statement
_WEEKDAY = WEEKDAY
_ADVERBIAL = re.compile(
    r"\s*,?\s*(?:"
    rf"(?:on|last|this|late|early|by)\s+(?:{_WEEKDAY}|week|month|year|weekend|night|morning|"
    r"afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|{_WEEKDAY}|yesterday|today|tonight|earlier|later|also|separately|again|repeatedly|"
    r"publicly|privately|previously|recently|then|now|too|however|meanwhile|instead|"
    r"in\s+(?:a|an|his|her|its|their|the)\s+(?:\w+\s+){0,2}(?:statement|interview|speech|"
    r"letter|post|tweet|message|briefing|report|release|email|call)(?:\s+(?:with|to|on|from)\s+"
    rf"(?!{_WEEKDAY}\b)(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){{1,4}})?"
    r"|on\s+(?:Twitter|Facebook|television|TV|radio|Sunday\s+\w+)"
    r"|to\s+(?:reporters|journalists|the\s+press|(?:the\s+)?(?:[A-Z][\w.’'-]*\s*){1,4})"
    r"|at\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:conference|briefing|rally|hearing|event|meeting|summit)"
    r"|during\s+(?:a|an|the|his|her)\s+(?:\w+\s+){0,3}(?:visit|trip|speech|interview|meeting|"
    r"briefing|hearing|debate)"
    r"|(?:in|from)\s+(?:[A-Z][\w.’'-]*\s*){1,3}(?=,|\s+that\b)"
    r")\s*,?")
# a clause has a verb: an auxiliary, a modal, or a past or present tense form
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|will|would|could|should|can|may|might|"
                          r"must|has|have|had|did|does|do|won't|wouldn't|can't|didn't|doesn't|"
                          r"isn't|wasn't|aren't|[a-z]{3,}ed)\b")
# a reported clause does not open with a preposition or a verb ("insisted on going", "what
# she said was that ...")
_NOT_CLAUSE_START = frozenset("""on in at for to with about over of from by into was is were are
be been it's""".split())


def indirect_content(text: str) -> tuple[int, str] | None:
    """What a speech verb reports, from the text right after it: adverbials ("on Thursday",
    "separately", "in a statement", "to reporters") and "that" skipped; None unless what is
    left is a clause with a verb of its own."""
    pos = 0
    for _ in range(4):
        m = _ADVERBIAL.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    tm = re.match(r"\s*(?:that\s+)?", text[pos:])
    pos += tm.end() if tm else 0
    content = text[pos:].rstrip(" .")
    words = content.split()
    if len(words) < 3 or words[0].lower() in _NOT_CLAUSE_START or \
            not _CLAUSE_VERB.search(" ".join(words[1:])):
        return None
    return pos, content


def extract_indirect(art: Article, ents: EntityIndex, quotes: list[QuoteSpan], att_cache=None) -> list[dict]:
    """Indirect speech: 'X said (that) <clause>' in a sentence without quotation marks. The
    statement is the reported clause with its own verb, never an adverbial ("on Thursday",
    "separately"); the speaker is the verb's subject, a description kept as written."""
    out = []
    att = att_cache or Attributor(art, ents, quotes)
    qi = 0
    for s in art.sentences:
        while qi < len(quotes) and quotes[qi].close <= s.start:
            qi += 1
        if qi < len(quotes) and quotes[qi].open < s.end:
            continue
        m = _INDIRECT_CUE.search(s.text)
        if not m:
            continue
        cue_abs = s.start + m.start()
        c = att.pick_subject(att.candidates(s.start, cue_abs), cue_abs, False)
        if c is None or (c.kind == "pron" and c.text.lower() not in ("he", "she")):
            continue
        spk, mention, key = att.resolve_cand(c, c.start)
        if not spk:
            continue
        got = indirect_content(m.group("content"))
        if got is None:
            continue
        off, content = got
        cs = s.start + m.start("content") + off
        out.append({"speaker": spk, "speaker_mention": mention, "speaker_key": key, "text": content,
                    "kind": "indirect", "cue": m.group("cue").split()[0], "sentence": s.text,
                    "sentence_idx": s.idx, "start": cs, "end": cs + len(content),
                    "rule": "statement.indirect_cue_clause"})
    return out
