"""Direct and indirect statements: quotation spans, attribution to a speaker mention, and
resolution of that mention to the fullest name in the article."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .article import Article
from .entities import EntityIndex, gender_of_pronoun
from .lexicons import CUE_FORMS, ROLE_NOUNS, SOURCE_NOUNS, WEAK_CUES

_CUE_ALT = "|".join(sorted(CUE_FORMS, key=len, reverse=True))
CUE_RE = re.compile(rf"\b({_CUE_ALT})\b")
_ADV = r"(?:(?:has|have|had|also|then|later|again|previously|earlier|once|recently|simply|just|further|quickly|would|will|was|were|is|had|did|flatly|repeatedly|publicly|privately|reportedly|famously|memorably|bluntly|angrily|told)\s+)*"
_PRON = {"he", "she", "they", "it", "we", "i", "you"}
_DETS = ("a ", "an ", "the ", "one ", "two ", "three ", "some ", "another ", "several ", "many ")
_STOP_SP = re.compile(
    r"\s*(?:,|;|\.|:|\(|—|–| - | in an? | in the | on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)| during | after | before | at an? | at the | when | while | as | who | which | that | to reporters| to the | to an? | on | in | of the [A-Z]|$)")


@dataclass
class QuoteSpan:
    open: int   # offset of opening mark
    close: int  # offset just after closing mark (or paragraph end)
    ts: int     # text start
    te: int     # text end
    closed: bool
    para: int


_OPEN_D = "“„«"
_CLOSE_D = "”»"


def find_quotes(text: str, ps: int, pe: int, pi: int) -> list[QuoteSpan]:
    """Quote spans in one paragraph: double quotes (curly/straight) then single quotes outside them."""
    out: list[QuoteSpan] = []
    i = ps
    open_at = None
    while i < pe:
        ch = text[i]
        if ch in _OPEN_D or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = i
            elif ch in _OPEN_D:
                open_at = i  # re-open (unbalanced)
        elif ch in _CLOSE_D or (ch == '"' and open_at is not None):
            if open_at is not None:
                out.append(QuoteSpan(open_at, i + 1, open_at + 1, i, True, pi))
                open_at = None
            elif ch == "”":
                # closing mark with no opener: paragraph opened mid-quote? ignore
                pass
        i += 1
    if open_at is not None and pe - open_at > 3:
        out.append(QuoteSpan(open_at, pe, open_at + 1, pe, False, pi))
    # single quotes outside double-quoted spans
    covered = [(q.open, q.close) for q in out]
    for m in _SINGLE_RE.finditer(text, ps, pe):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in covered):
            continue
        out.append(QuoteSpan(s, e, s + 1, e - 1, True, pi))
    out.sort(key=lambda q: q.open)
    return out


_SINGLE_RE = re.compile(r"(?<![\w’'])[‘'](?=[A-Za-z0-9])([^‘'’\n]|(?<=\w)[’'](?=\w))+?[^\s‘][’'](?![\w’'])")


def _clean(s: str) -> str:
    return s.strip().strip(",;:").strip()


class Attributor:
    def __init__(self, art: Article, ents: EntityIndex, quotes: list[QuoteSpan]):
        self.art = art
        self.text = art.text
        self.ents = ents
        self.quotes = quotes
        self._sent_starts = [s.start for s in art.sentences]
        masked = list(self.text)
        for q in quotes:
            for k in range(q.ts, q.te):
                if masked[k] != "\n":
                    masked[k] = "Q" if masked[k] != " " else " "
        self.masked = "".join(masked)

    def sentence_of(self, pos: int) -> int:
        lo, hi = 0, len(self._sent_starts) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self._sent_starts[mid] <= pos:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    # -- speaker phrase to (speaker, mention, key) ---------------------------------------
    def resolve(self, phrase: str, pos: int, abs_start: int) -> tuple[str | None, str | None, str | None]:
        phrase = _clean(phrase)
        if not phrase:
            return None, None, None
        low = phrase.lower()
        if low in _PRON:
            g = gender_of_pronoun(low)
            if low in ("he", "she"):
                a = self.ents.last_person_before(pos, g)
                if a:
                    return a.name, phrase, a.key
            return None, phrase, None
        # name mention at the start of the phrase
        ms = [m for m in self.ents.mentions_in(abs_start, abs_start + len(phrase) + 1)]
        if low.startswith(_DETS) or phrase[0].islower():
            # description; resolve role nouns ("the minister") when a titled person exists
            words = low.split()
            if len(words) == 2 and words[0] == "the" and words[1] in ROLE_NOUNS:
                a = self.ents.role_person(words[1], pos)
                if a:
                    return a.name, phrase, a.key
            return phrase, phrase, None
        for m in ms:
            if m.actor is not None and m.kind == "person":
                return m.actor.name, m.text, m.actor.key
        for m in ms:
            if m.actor is not None:
                return m.actor.name, m.text, m.actor.key
        return phrase, phrase, None

    def _subject_before(self, seg: str, seg_start: int) -> tuple[str, int] | None:
        """The subject phrase ending a clause segment (text right before a cue verb)."""
        s = re.sub(rf"\s*{_ADV}$", "", seg)
        s = s.rstrip()
        if not s:
            return None
        # appositive: "Nigel Roberts, the bank's director," -> take the head before the comma
        cut = max(s.rfind(". "), s.rfind("; "), s.rfind(": "), s.rfind(" that "), s.rfind(" but "),
                  s.rfind(" and "), s.rfind("QQ"), s.rfind("”"), s.rfind('"'))
        head = s[cut + 1:] if cut >= 0 else s
        lead = len(head) - len(head.lstrip(' ,"”Q'))
        head = head.lstrip(' ,"”Q')
        base = seg_start + (len(s) - len(head)) if cut >= 0 else seg_start + lead
        base = seg_start + s.find(head) if head else base
        # prefer "X, title words," -> X
        parts = [p for p in head.split(",")]
        if len(parts) >= 2 and parts[0].strip() and len(parts[0].split()) <= 6:
            first = parts[0].strip()
            return first, seg_start + s.find(first)
        words = head.split()
        if not words:
            return None
        if len(words) > 10:
            head = " ".join(words[-6:])
        return head, seg_start + s.rfind(head)

    def attribute(self, q: QuoteSpan, prev: dict | None) -> dict | None:
        text, masked = self.text, self.masked
        pe = self.art.paragraphs[q.para][1]
        ps = self.art.paragraphs[q.para][0]
        si = self.sentence_of(q.open)
        sent = self.art.sentences[si] if self.art.sentences else None
        ei = self.sentence_of(max(q.close - 1, q.open))
        send = self.art.sentences[ei].end if self.art.sentences else pe
        if send <= q.close and ei + 1 < len(self.art.sentences) and self.art.sentences[ei + 1].paragraph == q.para:
            nxt = self.art.sentences[ei + 1]
            # '"...." Smith said.' -> the short next sentence holds the attribution
            if nxt.end - nxt.start < 80:
                send = nxt.end
        next_q = min([o.open for o in self.quotes if o.open >= q.close] + [pe])
        after = masked[q.close:min(send, next_q, pe)]
        # A: ', she said' / ', said Smith' after the quote
        m = re.match(rf"^[\s,—–-]*(?P<sp>[^.!?;:]{{1,90}}?)\s+{_ADV}(?P<cue>{_CUE_ALT})\b", after)
        if m and "Q" * 3 not in m.group("sp") and len(m.group("sp").split()) <= 14:
            sp = m.group("sp")
            sub = self._subject_before(sp, q.close + m.start("sp"))
            if sub:
                return self._result(q, sub[0], sub[1], m.group("cue"), si)
        m = re.match(rf"^[\s,—–-]*{_ADV}(?P<cue>{_CUE_ALT})\s+(?P<sp>.*)$", after)
        if m:
            rest = m.group("sp")
            stop = _STOP_SP.search(rest)
            sp = rest[:stop.start()] if stop else rest
            if sp.strip() and len(sp.split()) <= 10 and not sp.lower().startswith(("that ", "to ", "it ")):
                return self._result(q, sp, q.close + m.start("sp"), m.group("cue"), si)
        # B: 'Smith said: "' before the quote, within the same sentence
        prev_q = max([o.close for o in self.quotes if o.close <= q.open] + [ps])
        bstart = max(sent.start if sent else ps, prev_q)
        before = masked[bstart:q.open]
        am = re.search(r"\b[Aa]ccording to (?P<sp>[^,;:]{2,80}?)\s*[,:]\s*$", before)
        if am:
            return self._result(q, am.group("sp"), bstart + am.start("sp"), "according to", si)
        cues = list(CUE_RE.finditer(before))
        for cm in reversed(cues):
            seg = before[:cm.start()]
            sub = self._subject_before(seg, bstart)
            if sub and sub[0].strip():
                if cm.group(1) in WEAK_CUES and not before.rstrip().endswith((":", ",")):
                    continue
                return self._result(q, sub[0], sub[1], cm.group(1), si)
            # inverted before: 'said Smith: "'
            rest = before[cm.end():]
            stop = _STOP_SP.search(rest.lstrip())
            sp = rest.lstrip()[:stop.start()] if stop else rest
            if sp.strip():
                return self._result(q, sp, bstart + cm.end() + (len(rest) - len(rest.lstrip())), cm.group(1), si)
        # C: colon-introduced from previous paragraph / continuation of the previous quote
        if prev is not None and (prev["para"] == q.para or (prev["para"] == q.para - 1 and text[ps] in "\"“'‘")):
            return {**prev["result"], "_inherit": True}
        # previous paragraph ends with a cue and colon: 'Mr Smith said:'
        if (prev is None or prev["para"] < q.para) and q.para > 0:
            pps, ppe = self.art.paragraphs[q.para - 1]
            ptxt = masked[pps:ppe]
            if ptxt.rstrip().endswith(":"):
                cues = list(CUE_RE.finditer(ptxt))
                if cues:
                    cm = cues[-1]
                    sub = self._subject_before(ptxt[:cm.start()], pps)
                    if sub:
                        return self._result(q, sub[0], sub[1], cm.group(1), si)
        # D: partial quote inside a sentence: the sentence subject
        if sent and q.open > sent.start + 3:
            lead = masked[sent.start:q.open]
            sub = re.match(r"^\s*(?P<sp>(?:[A-Z][\w.’'-]*\s*){1,4}|He|She)\b", lead)
            if sub:
                r = self._result(q, sub.group("sp"), sent.start + sub.start("sp"), None, si)
                if r and r.get("speaker_key"):
                    return r
        return None

    def _result(self, q: QuoteSpan, phrase: str, abs_start: int, cue: str | None, si: int) -> dict | None:
        phrase = _clean(phrase)
        if not phrase or "QQQ" in phrase:
            return None
        # trim leading conjunctions/adverbs
        phrase = re.sub(r"^(?:and|but|so|then|as|while|when)\s+", "", phrase, flags=re.I)
        low = phrase.lower()
        if low in ("it", "that", "this", "there", "which", "what", "who"):
            return None
        spk, mention, key = self.resolve(phrase, q.open, abs_start)
        if spk is None and mention is None:
            return None
        if spk is None and mention and mention.lower() in _PRON:
            spk = None
        # a speaker phrase must look like a source: a name, pronoun, or a noun phrase with a source noun
        words = low.split()
        if (key is None and mention and mention.lower() not in _PRON and len(words) > 6
                and not (phrase[0].isupper() or any(w.strip(",.") in SOURCE_NOUNS for w in words))):
            return None
        return {"speaker": spk, "speaker_mention": mention, "speaker_key": key, "cue": cue}


def extract_statements(art: Article, ents: EntityIndex, quotes: list[QuoteSpan]) -> list[dict]:
    att = Attributor(art, ents, quotes)
    out: list[dict] = []
    seen: set[str] = set()
    prev: dict | None = None
    for q in quotes:
        qt = art.text[q.ts:q.te].strip()
        qt_clean = qt.strip(" ,.;:")
        nwords = len(qt_clean.split())
        if nwords < 2:
            continue
        res = att.attribute(q, prev)
        if res is None:
            continue
        if res.get("speaker") is None and res.get("speaker_mention") is None:
            continue
        if nwords <= 3 and res.get("_inherit"):
            continue
        prev = {"para": q.para, "result": {k: v for k, v in res.items() if not k.startswith("_")}}
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
        })
    return out


_INDIRECT_RE = re.compile(
    rf"(?P<sp>(?:[A-Z][\w.’'-]+\s+){{0,3}}[A-Z][\w’'-]+|[Hh]e|[Ss]he)\s+{_ADV}(?P<cue>said|says|told [a-z ]+?|warned|insisted|claimed|argued|stressed|added|announced|believes|thinks)\s+(?:that\s+)?(?P<content>[^\"“”]{{12,}})")


def extract_indirect(art: Article, ents: EntityIndex, quotes: list[QuoteSpan], att_cache=None) -> list[dict]:
    out = []
    att = att_cache or Attributor(art, ents, quotes)
    for s in art.sentences:
        if any(q.open < s.end and q.close > s.start for q in quotes):
            continue
        m = _INDIRECT_RE.search(s.text)
        if not m:
            continue
        sp = m.group("sp")
        if sp.split()[0] in ("The", "It", "This", "That", "But", "And", "In", "On", "As"):
            continue
        abs_start = s.start + m.start("sp")
        spk, mention, key = att.resolve(sp, abs_start, abs_start)
        if not key:
            continue
        cs = s.start + m.start("content")
        ce = s.end
        content = art.text[cs:ce].rstrip(" .")
        out.append({"speaker": spk, "speaker_mention": mention, "speaker_key": key, "text": content,
                    "kind": "indirect", "cue": m.group("cue").split()[0], "sentence": s.text,
                    "sentence_idx": s.idx, "start": cs, "end": cs + len(content)})
    return out
