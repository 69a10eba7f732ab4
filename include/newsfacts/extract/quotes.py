"""Direct and indirect statements: quotation spans, attribution to a speaker mention, and
resolution of that mention to the fullest name in the article."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .article import Article
from .entities import EntityIndex, gender_of_pronoun
from .lexicons import CUE_FORMS, DESC_NOUNS, LEADING_CUES, ROLE_NOUNS, SOURCE_NOUNS, WEAK_CUES

_CUE_ALT = "|".join(sorted(CUE_FORMS, key=len, reverse=True))
CUE_RE = re.compile(rf"\b({_CUE_ALT})\b")
_ADV = r"(?:(?:has|have|had|also|then|later|again|previously|earlier|once|recently|simply|just|further|quickly|would|will|was|were|is|had|did|flatly|repeatedly|publicly|privately|reportedly|famously|memorably|bluntly|angrily|told)\s+)*"
_PRON = {"he", "she", "they", "it", "we", "i", "you"}
_DETS = ("a ", "an ", "the ", "one ", "two ", "three ", "some ", "another ", "several ", "many ")
_STOP_SP = re.compile(
    r"\s*(?:,|;|\.|:|\(|—|–| - | in an? | in the | on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| during | after | before | at an? | at the | when | while | as | who | which | that | to reporters| to the | to an? | on | in | of the [A-Z]|$)")


# how far back (characters) speaker candidates are read from a cue or a quote
CAND_WINDOW = 1200


@dataclass(slots=True)
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


_DESC_NOUNS = sorted(SOURCE_NOUNS | ROLE_NOUNS | DESC_NOUNS, key=len, reverse=True)
_DET = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
PRON_RE = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)(?![\w’'-])")
_DESC_WORDS = frozenset(_DESC_NOUNS) | {"mp", "mep", "msp"}
_DESC_LOOKUP = frozenset(v for w in _DESC_WORDS for v in (w, w + ".", w + "’s", w + "'s", w + "’s.",
                                                           w + "'s."))
_DESC_DETS = frozenset("a an the one another two three several some many other his her their its our".split())
_WORD_TOK = re.compile(r"[\w.’'-]+")
_DESC_TAIL = re.compile(
    r"(?:\s+(?:close to|familiar with|for|from|of|at|in|with|to|on)\s+(?:(?:the\s+)?(?:[A-Z][\w.’'-]*[ \t]*){1,4}|(?:the|his|her|their)\s+[a-z]+))?"
    r"(?:\s+who\s+(?:spoke|asked|requested|declined)[^,.;:\"“”]{0,60})?")


def find_descs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of descriptive speaker phrases ("a source close to Ms Truss", "the ministry
    spokesman") in text[a:b]: found from their head noun, so cheap on long texts."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD_TOK.finditer(text, a, b)]
    out = []
    last_end = a
    for i, (_s, e, w) in enumerate(toks):
        lw0 = w.lower()
        if lw0 not in _DESC_LOOKUP and w not in ("MP", "MEP", "MSP", "AM"):
            continue
        lw = lw0.rstrip(".")
        while e > _s and text[e - 1] == ".":
            e -= 1
        if lw.endswith(("’s", "'s")):
            lw = lw[:-2]
            e -= 2
        if lw not in _DESC_WORDS and w not in ("MP", "MEP", "MSP", "AM"):
            continue
        if lw in ("am",) and w != "AM":
            continue
        # look back (at most 6 words) for a determiner, staying in the same clause
        for j in range(i - 1, max(-1, i - 7), -1):
            if toks[j][2].lower() in _DESC_DETS:
                ds = toks[j][0]
                if ds < last_end or re.search(r"[,;:()\"“”]", text[ds:toks[i][0]]):
                    break
                tm = _DESC_TAIL.match(text, e, b)
                end = tm.end() if tm else e
                out.append((ds, end))
                last_end = end
                break
    return out


_APPOS_RE = re.compile(
    r"\s*(?:\([^)]{1,40}\))?\s*,\s*(?:who|whose|which|a|an|the|\d|[a-z]|[A-Z]{2,3}\b)"
    r"(?:[^.;:!?\"“”]|(?<=Mr|Ms|Dr|St|Jr)\.|(?<=Mrs|Gen|Sen|Rep|Gov|Col)\.|(?<=[A-Z])\.){0,160},\s*"
    + _ADV + r"|\s*\([^)]{1,40}\)\s*,?\s*" + _ADV)


_INTRO_RE = re.compile(
    r"^\s*(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Earlier|Later|Last|This|Asked|Meanwhile|"
    r"However|But|Yet|And|Since|Despite|Following|Under|With|Without)\b[^,;:]{0,90},\s*")
# a name used as a modifier ("the Trump administration", "Obama White House")
_MODIFIER_RE = re.compile(r"\s+(?:administration|campaign|government|family|camp|era|presidency|"
                          r"foundation|organization|organisation|team|White\s+House)\b")
_COORD_RE = re.compile(r"(?:^|[\s,])(?:and|but|then)\s+" + _ADV + r"$")


_NONSPACE = re.compile(r"[^\s]")


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    kind: str  # name|pron|desc
    text: str
    mention: object | None = None


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
        parts = []
        pos = 0
        for q in sorted(quotes, key=lambda x: x.ts):
            if q.ts < pos:
                continue
            parts.append(self.text[pos:q.ts])
            parts.append(_NONSPACE.sub("Q", self.text[q.ts:q.te]))
            pos = q.te
        parts.append(self.text[pos:])
        self.masked = "".join(parts)
        self.desc_speakers: list[tuple[int, str]] = []  # (pos, description) used as speakers
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
                if w[0].lower() in ("a", "an", "one", "another") and "Q" not in t:
                    head = next((x for x in reversed([y.lower() for y in w])
                                 if x in ROLE_NOUNS or x in SOURCE_NOUNS or x in DESC_NOUNS), None)
                    if head:
                        self._indef.append((ds, t.strip(), head))
        return self._indef

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self._sent_starts, pos) - 1)

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
            if len(m.text) <= 2 or self.text[max(0, m.start - 1):m.start] in ("(", "-"):
                continue  # initials and parenthesised state codes ("(R-S.C.)")
            if m.kind in ("person", "organisation", "country", "unknown") and self.masked[m.start] != "Q":
                out.append(Cand(m.full_start if m.full_start >= a else m.start, m.end, "name", m.text, m))
        for m in PRON_RE.finditer(seg):
            out.append(Cand(a + m.start(), a + m.end(), "pron", m.group(0)))
        for ds, de in find_descs(self.masked, a, b):
            t = self.masked[ds:de].rstrip()
            if "QQ" in t:
                continue
            out.append(Cand(ds, ds + len(t), "desc", t))
        # drop candidates nested inside a description (the description wins)
        descs = [c for c in out if c.kind == "desc"]
        out = [c for c in out if c.kind == "desc" or not any(
            d.start <= c.start and c.end <= d.end for d in descs)]
        # drop descriptions that start with a possessive pronoun followed by a name ("his aide X")
        out.sort(key=lambda c: (c.start, -c.end))
        # remove overlaps keeping the earlier/longer
        res: list[Cand] = []
        for c in out:
            if res and c.start < res[-1].end:
                continue
            res.append(c)
        return res

    def pick_subject(self, cands: list[Cand], cue_start: int, participle: bool) -> Cand | None:
        cands = [c for c in cands if c.end <= cue_start]
        if not cands:
            return None
        if participle:
            last = cands[-1]
            if last.kind in ("name", "pron", "desc") and not self.masked[last.end:cue_start].strip():
                return last  # "with Labour's Stephen Doughty saying ..."
            sent_start = self.art.sentences[self.sentence_of(cue_start)].start
            intro = _INTRO_RE.match(self.masked, sent_start, cue_start)
            body = [c for c in cands if not intro or c.start >= intro.end()] or cands
            named = [c for c in body if c.kind == "pron" or (
                c.kind == "name" and c.mention is not None and c.mention.kind == "person")]
            named = named or [c for c in body if c.kind in ("name", "pron")]
            return (named or body)[0]
        # "Name, 46, said" / "Name, who ..., added" / "Name, the minister, said"
        for c in cands:
            if c.kind in ("name", "pron") and _APPOS_RE.fullmatch(self.masked[c.end:cue_start]):
                return c
        best = cands[-1]
        if best.kind == "desc" and len(cands) >= 2:
            prev = cands[-2]
            if prev.kind == "name" and re.fullmatch(r"\s*,\s*", self.masked[prev.end:best.start]):
                return prev
        gap = self.masked[best.end:cue_start]
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
        if c.kind == "desc" and len(cands) > 1 and cands[1].kind == "name" and re.fullmatch(
                r"\s*,\s*", self.masked[c.end:cands[1].start]):
            return cands[1]
        # "said ONGC chairman Subir Raha": an organisation modifying a titled person
        if (c.kind == "name" and c.mention is not None and c.mention.kind in ("organisation", "country")
                and len(cands) > 1 and cands[1].kind == "name" and cands[1].mention is not None
                and cands[1].mention.kind == "person"
                and re.fullmatch(r"(?:[’']s)?\s+(?:[a-z-]+\s+){0,3}", self.masked[c.end:cands[1].start])):
            return cands[1]
        return c

    # -- resolution -----------------------------------------------------------------------
    def resolve_cand(self, c: Cand, pos: int) -> tuple[str | None, str | None, str | None]:
        if c.kind == "name":
            m = c.mention
            if m.actor is not None:
                mention = self.text[m.full_start:m.end] if m.full_start >= m.start - 40 else m.text
                return m.actor.name, mention, m.actor.key
            if m.kind == "unknown":
                return m.text, m.text, None
            return m.text, m.text, None
        if c.kind == "pron":
            low = c.text.lower()
            if low in ("he", "she"):
                a = self.resolve_pronoun(c.start, gender_of_pronoun(low))
                if a:
                    return a.name, c.text, a.key
                return None, c.text, None
            if low == "it":
                return None, None, None
            return None, c.text, None
        # description
        t = c.text
        words = t.lower().split()
        head = None
        for w in reversed(words):
            if w in ROLE_NOUNS or w in SOURCE_NOUNS or w in DESC_NOUNS:
                head = w
                break
        if words[0] in ("the", "that", "this") and head and len(words) <= 6:
            a = self.ents.role_person(head, c.start) if head in ROLE_NOUNS else None
            if a is None and head in ROLE_NOUNS and len(words) >= 3:
                a = self.ents.salient_person(c.start)
            if a:
                return a.name, t, a.key
            for p, d, h in reversed(self.indef):
                if p < c.start and h == head:
                    return d, t, None
            for _p, d in reversed(self.desc_speakers):
                if head in d.lower().split():
                    return d, t, None
        self.desc_speakers.append((c.start, t))
        return t, t, None

    def resolve_pronoun(self, pos: int, gender: str | None, speech: bool = True):
        """Hobbs-like: the first person mention (the subject) of the nearest sentence before."""
        si = self.sentence_of(pos)
        sents = self.art.sentences
        ls = self.last_speaker if speech else None
        if speech:
            # "..., Connable says." just before: a reported speaker is the topic too
            rs = self._recent_reporter(si, pos)
            if rs is not None and (ls is None or rs[0] > ls[0]):
                ls = rs
        if ls is not None and ls[1] is not None and sents:
            lpos, la = ls
            if (not gender or not la.gender or la.gender == gender) and sents[self.sentence_of(lpos)].paragraph >= sents[si].paragraph - 2:
                # the previous speaker stays the topic unless another person of the same
                # gender is the subject in between
                rival = False
                for k in range(si, max(-1, si - 3), -1):
                    s = sents[k]
                    if s.end <= lpos:
                        break
                    for m in self.ents.mentions_in(max(s.start, lpos + 1), min(s.end, pos)):
                        a = m.actor
                        if (a is not None and a is not la and a.kind == "person"
                                and self.masked[m.start] != "Q"
                                and (not gender or not a.gender or a.gender == gender)):
                            rival = True
                            break
                    if rival:
                        break
                if not rival:
                    return la
        for k in range(si, max(-1, si - 6), -1):
            s = sents[k]
            hi = min(s.end, pos)
            if hi <= s.start:
                continue
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
                if c is not None and c.kind == "name" and c.mention is not None \
                        and c.mention.kind == "person" and c.mention.actor is not None:
                    return (cm.start(), c.mention.actor)
        return None

    def role_from_text(self, t: str, pos: int):
        """A role description ("the president", "the Pope") -> (actor, name, key) or None."""
        words = t.lower().split()
        if not words or words[0] not in ("the", "a", "an") or len(words) > 5:
            return None
        head = words[-1]
        a = self.ents.role_person(head, pos) if head in ROLE_NOUNS or head in ("pope",) else None
        if a is None and words[0] == "the" and len(words) == 2 and head in (
                "president", "premier", "chancellor", "pope", "king", "queen"):
            a = self.ents.salient_person(pos)  # "the president" in an article about one
        if a:
            return (a, a.name, a.key)
        if words[0] in ("a", "an") and (head in ROLE_NOUNS or head in DESC_NOUNS or head in SOURCE_NOUNS
                                         or head in ("delegation", "team", "inspectors", "negotiators")):
            return (None, t, None)
        return None

    def _result_c(self, c: Cand | None, cue: str | None, rule: str) -> dict | None:
        if c is None:
            return None
        spk, mention, key = self.resolve_cand(c, c.start)
        if spk is None and mention is None:
            return None
        return {"speaker": spk, "speaker_mention": mention, "speaker_key": key, "cue": cue,
                "rule": rule}

    # -- attribution ----------------------------------------------------------------------
    def attribute(self, q: QuoteSpan, prev: dict | None) -> dict | None:
        text, masked = self.text, self.masked
        ps, pe = self.art.paragraphs[q.para]
        sents = self.art.sentences
        si = self.sentence_of(q.open)
        sent = sents[si] if sents else None
        ei = self.sentence_of(max(q.close - 1, q.open))
        send = sents[ei].end if sents else pe
        if send <= q.close + 1 and ei + 1 < len(sents) and sents[ei + 1].paragraph == q.para:
            nxt = sents[ei + 1]
            if nxt.end - nxt.start < 90:  # '"...." Smith said.'
                send = nxt.end
        k = bisect_left(self._opens, q.close)
        next_q = min(self._opens[k], pe) if k < len(self._opens) else pe
        aend = min(max(send, q.close), next_q, pe)
        after = masked[q.close:aend]
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
        if cm and len(after[:cm.start()].split()) <= 12:
            cue_abs = q.close + cm.start()
            cands = [c for c in self.candidates(q.close, cue_abs)]
            c = self.pick_subject(cands, cue_abs, participle=False)
            if c is None:
                c = self.pick_after(q.close + cm.end(), aend)
            r = self._result_c(c, cm.group(1), "statement.quote_cue_after")
            if r:
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
        am = re.search(r"\b[Aa]ccording to\s+", before)
        if am:
            c = self.pick_after(bstart + am.end(), q.open)
            r = self._result_c(c, "according to", "statement.quote_according_to")
            if r:
                return r
        im = re.match(r"\s*([A-Z][a-z]+)\s+", before)
        if im and im.group(1) in LEADING_CUES:  # 'Said Mr Reyes-Bautista: "..."'
            c = self.pick_after(bstart + im.end(), q.open)
            r = self._result_c(c, im.group(1).lower(), "statement.quote_leading_cue")
            if r:
                return r
        cues = list(CUE_RE.finditer(before))
        for cm in reversed(cues):
            if cm.group(1) in WEAK_CUES and not before.rstrip().endswith((":", ",")):
                continue
            cue_abs = bstart + cm.start()
            part = cm.group(1).endswith("ing")
            c = self.pick_subject(self.candidates(sent.start if (part and sent) else bstart, cue_abs),
                                  cue_abs, participle=part)
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
            if c is None:
                c = self.pick_after(bstart + cm.end(), q.open)
            r = self._result_c(c, cm.group(1), "statement.quote_cue_before")
            if r:
                return r
        # C: continuation of the previous quote (same paragraph, or next paragraph opening a quote)
        if prev is not None and (prev["para"] == q.para or (prev["para"] == q.para - 1 and text[ps] in "\"“'‘")):
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
            elif "Q" not in ptxt and len(ptxt) < 260 and ptxt.rstrip().endswith(".") and \
                    not CUE_RE.search(masked, q.close, pe):
                # a lead-in paragraph, then the quote alone: 'Estonia's defence minister, Kadri
                # Saar, 44, was more cautious.' / 'Erekat said it was the latest move ...'
                intro = _INTRO_RE.match(ptxt)
                s0 = pps + (intro.end() if intro else 0)
                pcue = CUE_RE.search(masked, s0, ppe)
                cands = [c for c in self.candidates(s0, pcue.start() if pcue else ppe)
                         if c.kind in ("name", "pron", "desc")]
                if cands and len(masked[s0:cands[0].start].split()) <= 4:
                    c = cands[0]
                    if c.kind == "name" and c.mention is not None and c.mention.kind != "person":
                        c = next((x for x in cands[1:3] if x.kind == "name" and x.mention is not None
                                  and x.mention.kind == "person"), None)
                    r = self._result_c(c, None, "statement.quote_lead_in_paragraph")
                    if r and r.get("speaker_key") and r["speaker_key"].startswith("p"):
                        return r
        # D: partial quote inside a sentence: the sentence subject
        if sent and q.open > sent.start + 3:
            lead = masked[sent.start:q.open]
            intro = _INTRO_RE.match(lead)
            s0 = sent.start + (intro.end() if intro else 0)
            cands = [c for c in self.candidates(s0, q.open) if c.kind in ("name", "pron", "desc")]
            if cands and len(masked[s0:cands[0].start].split()) <= 4:
                c = cands[0]
                if c.kind in ("pron", "desc") or (c.mention is not None and c.mention.kind == "person"):
                    r = self._result_c(c, None, "statement.quote_sentence_subject")
                    if r and r.get("speaker_key"):
                        return r
        return None


_COORD_CUE = re.compile(r"\s*[,.]?\s*(?:and|but|then)\s+(?:(?:also|later|then|repeatedly|again)\s+)?")
_TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with",
                "by", "is", "are", "from", "as", "vs", "it", "its"}


_TITLE_CONTEXT = re.compile(
    r"\b(?:on|of|to|in|at|titled|entitled|headlined|show|program|programme|episode|series|book|"
    r"film|movie|song|album|column|newspaper|magazine|memoir|documentary|hosted|host|anchor|"
    r"appeared|appearance|interview)\s*[\w’'-]*\s*$", re.I)


_TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]*")


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
    return all(w[0].isupper() for w in content) and not any(
        w in ("I", "I’m", "I'm", "We", "You") for w in words)


def extract_statements(art: Article, ents: EntityIndex, quotes: list[QuoteSpan],
                       att: Attributor | None = None) -> list[dict]:
    att = att or Attributor(art, ents, quotes)
    actors = {a.key: a for a in ents.actors}
    out: list[dict] = []
    seen: set[str] = set()
    prev: dict | None = None
    for q in quotes:
        qt = art.text[q.ts:q.te].strip()
        qt_clean = qt.strip(" ,.;:")
        nwords = len(qt_clean.split())
        if nwords < 2 or (_looks_like_title(qt_clean) and _TITLE_CONTEXT.search(
                art.text[max(0, q.open - 30):q.open])):
            continue  # one-word quotes and titles of works ("on Face the Nation") are not statements
        res = att.attribute(q, prev)
        if res is None:
            continue
        if res.get("speaker") is None and res.get("speaker_mention") is None:
            continue
        if nwords <= 3 and res.get("_inherit"):
            continue
        prev = {"para": q.para, "result": {k: v for k, v in res.items() if not k.startswith("_")}}
        if res.get("speaker_key"):
            actor = actors.get(res["speaker_key"])
            if actor is not None and actor.kind == "person":
                att.last_speaker = (q.close, actor)
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


_INDIRECT_CUE = re.compile(
    r"\b(?P<cue>said|says|told(?:\s+(?:[A-Z][\w.]*\s*){1,3}|\s+(?:reporters|journalists|the\s+\w+|an?\s+\w+))?|"
    r"warned|insisted|claimed|argued|stressed|added|announced|believes|thinks|confirmed|denied|"
    r"suggested|admitted|acknowledged|maintained|predicted|promised|vowed)\s+(?:that\s+)?(?P<content>[^\"“”]{12,})")


def extract_indirect(art: Article, ents: EntityIndex, quotes: list[QuoteSpan], att_cache=None) -> list[dict]:
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
        if c is None or c.kind == "desc":
            continue
        spk, mention, key = att.resolve_cand(c, c.start)
        if not key:
            continue
        cs = s.start + m.start("content")
        content = art.text[cs:s.end].rstrip(" .")
        out.append({"speaker": spk, "speaker_mention": mention, "speaker_key": key, "text": content,
                    "kind": "indirect", "cue": m.group("cue").split()[0], "sentence": s.text,
                    "sentence_idx": s.idx, "start": cs, "end": cs + len(content),
                    "rule": "statement.indirect_cue_clause"})
    return out
