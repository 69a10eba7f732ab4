"""Force deployments: actor (mapped to countries), size, qualifier, unit, location, status.

Each force phrase ("some 100,000 Russian troops", "two battalions", "about 100 Marines", or a
bare number standing for troops named nearby: "the roughly 8,400 already in Afghanistan")
is kept when a deployment predicate sits beside it (sending, massing, stationing, reinforcing,
withdrawing, or "troops in/on/along PLACE"). The location is the place phrase after it.
"""

from __future__ import annotations

import re

from .article import Article
from .entities import EntityIndex
from .lexicons import (
    FORCE_UNITS,
    NUMBER_WORDS,
    QUAL_APPROX,
    QUAL_AT_LEAST,
    QUAL_AT_MOST,
    SCALE_WORDS,
)
from .places import actor_country, country_of, lookup_place

_UNIT_ALT = "|".join(sorted((re.escape(u) for u in FORCE_UNITS), key=len, reverse=True))
_NUMW = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_QUAL = "|".join(sorted((re.escape(q) for q in QUAL_APPROX + QUAL_AT_LEAST + QUAL_AT_MOST),
                        key=len, reverse=True))
_DIGITS = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*\d[\d,]*)?"
           rf"(?:\s*(?:{'|'.join(SCALE_WORDS)})\b)?")
_WORDNUM = rf"(?:(?:{_NUMW})(?:[\s-]+(?:{_NUMW}))*(?:\s+(?:hundred|thousand|million))?)"
_VAGUE = (r"tens of thousands|hundreds of thousands|thousands|hundreds|dozens|scores|several|"
          r"a number of|a few|few|many|more|additional|extra|some|a huge number of|"
          r"a large number of|large numbers of|a contingent of|a force of")
_ADJ = (r"(?:(?i:combat|ground|military|armed|foreign|elite|special|regular|active[- ]duty|"
        r"peacekeeping|security|riot|naval|air|coalition|allied|government|rebel|army|navy|"
        r"support|reserve|national\s+guard|peace|paramilitary|loyalist|pro-[a-z]+|[a-z]+-[a-z]+|"
        r"heavily\s+armed|well-armed|additional|extra|fresh|new|more|further|other|own|border|coast|"
        r"missile|artillery|armou?red|airborne|mechani[sz]ed|motori[sz]ed|infantry|U\.S\.)"
        r"|[A-Z][\w.’'-]*)")
FORCE_RE = re.compile(
    rf"(?<![\w,.])(?:(?P<qual>(?i:{_QUAL}))\s+)?"
    rf"(?:(?P<num>(?i:{_DIGITS}|{_WORDNUM}|{_VAGUE}))\s+(?i:of\s+(?:(?:its|their|his|her|our|the)\s+)?)?)?"
    rf"(?P<adj>(?:{_ADJ}\s+){{0,4}})"
    rf"(?P<unit>(?i:{_UNIT_ALT}))\b")
_UNIT_HEADS = (frozenset(re.findall(r"[a-z]+", u.lower())[-1] for u in FORCE_UNITS) | {"boots"}) - {"ground"}
_UNIT_RE = re.compile(rf"\b(?:{_UNIT_ALT})\b", re.I)
_UNIT_RE_L = re.compile(rf"\b(?:{_UNIT_ALT})\b")


def _unit_iter(st: str):
    """Unit words in st (lower-casing first is much faster than an IGNORECASE alternation)."""
    low = st.lower()
    return (_UNIT_RE_L if len(low) == len(st) else _UNIT_RE).finditer(low if len(low) == len(st) else st)


def _unit_search(st: str):
    return next(iter(_unit_iter(st)), None)
FORCE_END_RE = re.compile(FORCE_RE.pattern + r"\Z")
# a bare number that stands for forces named elsewhere in the sentence
BARE_RE = re.compile(
    rf"(?<![\w,.$£€])(?:(?P<qual>(?i:{_QUAL}))\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{2,6}})(?![,.]\d)"
    rf"(?=\s*[.,;:)—–]|\s*$|\s+(?:more\s+|additional\s+|others?\s+)?(?:already|still|now|remain|will|would|"
    rf"are|were|by|of\s+them|of\s+those|stationed|based|deployed|in\s+(?:the\s+)?[A-Z]|there|"
    rf"on\s+the\s+ground|overseas|abroad))")
_DATE_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$")
_NOT_FORCE_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|people|civilians|dead|killed|injured|wounded|deaths|students|"
    r"refugees|migrants|miles|km|kilometres|kilometers|metres|feet|years?|months?|days?|hours?|"
    r"dollars|euros|pounds|airstrikes|strikes|attacks|votes|[ap]\.?m\.?|GMT|BST|EST|times)\b", re.I)

_DEPLOY = re.compile(
    r"\b(?:deploy(?:s|ed|ing|ment|ments)?|redeploy(?:s|ed|ing)?|sen[dt]s?|sending|dispatch(?:es|ed|ing)?|"
    r"mass(?:es|ed|ing)?|amass(?:es|ed|ing)?|station(?:s|ed|ing)?|based|position(?:s|ed|ing)?|"
    r"reinforc(?:e|es|ed|ing|ements?)|bolster(?:s|ed|ing)?|beef(?:s|ed|ing)?\s+up|boost(?:s|ed|ing)?|"
    r"surge[sd]?|rush(?:es|ed|ing)?|ordered|order(?:s|ing)?|moved?|moving|arriv(?:e|es|ed|ing)|"
    r"land(?:s|ed|ing)?|gather(?:s|ed|ing)?|build[- ]?up|built\s+up|stand(?:s|ing)?\s+by|standby|"
    r"on\s+(?:high\s+)?alert|commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
    r"withdr[ae]w(?:s|n|ing|al|als)?|pull(?:s|ed|ing)?\s+(?:out|back)|pull-?out|pullback|"
    r"draw(?:s|ing)?\s+(?:down|back)|drew\s+(?:down|back)|drawdown|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)|"
    r"bring(?:s|ing)?\s+home|brought\s+home|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|keep(?:s|ing)?|kept|"
    r"patrol(?:s|led|ling)?|guard(?:s|ed|ing)?|occup(?:y|ies|ied|ying)|invade[ds]?|invasion|"
    r"garrison(?:ed)?|lined?\s+up|housing|head(?:s|ed|ing)?\s+(?:to|for)|bound\s+for|"
    r"presence|troop\s+levels?|already\s+(?:in|there|on)|fly(?:ing)?|flown|sail(?:s|ed|ing)?|"
    r"encircl(?:e|ed|ing)|surround(?:s|ed|ing)?|laid\s+siege|cross(?:es|ed|ing)|flew|entered|besieg(?:e|ed|ing)|massing|posted|"
    r"assigned|add(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|split|standing|stood|posted)\b", re.I)
_WITHDRAW = re.compile(r"\b(?:withdr[ae]w(?:s|n|ing|al|als)?|pull(?:s|ed|ing)?\s+(?:out|back)|pull-?out|"
                       r"pullback|cut(?:s|ting)?\s+(?:to|by)|be\s+cut|were\s+cut|reduc(?:e|es|ed|ing|tion)|"
                       r"bring(?:s|ing)?\s+(?:home|back)|brought\s+(?:home|back)|draw(?:s|ing)?\s+(?:down|back)|"
                       r"drew\s+(?:down|back)|drawdown|exit|depart(?:ed|ure)?)\b", re.I)
_PLANNED = re.compile(r"\b(?:could|may|might|consider(?:s|ed|ing)?|propos(?:e|es|ed|al|als)|"
                      r"plan(?:s|ned|ning)?|standby|stand(?:s|ing)?\s+by|on\s+(?:high\s+)?alert|"
                      r"ready\s+to|readiness|prepared\s+to|offer(?:s|ed)?|possible|possibly|weigh(?:s|ed|ing)?|"
                      r"request(?:s|ed)?|asked\s+for|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|"
                      r"would|want(?:s|ed)?\s+to|seek(?:s|ing)?|option|if|mov(?:e|es|ed|ing)\s+to\s+(?:deploy|send|station))\b", re.I)
_ORDERED = re.compile(r"\b(?:will|to\s+send|to\s+deploy|ordered|order(?:s|ing)?|announc(?:e|es|ed|ing)|"
                      r"decided|agreed|approv(?:e|es|ed)|authori[sz](?:e|es|ed)|on\s+(?:their|its|the)\s+way|"
                      r"are\s+being|is\s+being|is\s+sending|are\s+sending|set\s+to|due\s+to|pledge[sd]?|"
                      r"promise[sd]?|commit(?:s|ted)?|head(?:s|ed|ing)?\s+(?:to|for)|bound\s+for|"
                      r"preparing\s+to|is\s+to|are\s+to)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|no|never|none|nor|without|against|oppos(?:e|es|ed|ing))\b", re.I)

_LOC_PREP = (r"(?:to|in|into|on|at|along|near|around|across|inside|within|throughout|from|out\s+of|between|"
             r"off|over|toward|towards|outside|north\s+of|south\s+of|east\s+of|west\s+of|"
             r"(?:north|south|east|west)(?:east|west)?\s+of)")
_GENERIC_LOC = (r"border|borders|frontier|region|area|zone|coast|peninsula|province|city|capital|"
                r"country|embassy|base|bases|compound|front\s+lines?|frontline|facility|mainland|"
                r"territory|island|islands|strait|sea|waters|airport|town|village|university|"
                r"roof\s+of\s+[\w\s]+?building|globe|streets?|boundary|perimeter|premises|delta|valley|reef|shoal|atoll|islets?|"
                r"corridor|gulf|bay|basin|highlands|desert|mountains|enclave|exclave|flank")
_LOC_RE = re.compile(
    rf"\b(?P<prep>{_LOC_PREP})\s+"
    rf"(?P<loc>(?:the\s+|its\s+own\s+|their\s+own\s+|its\s+|their\s+|a\s+)?"
    rf"(?:(?:illegally\s+|annexed\s+|eastern\s+|western\s+|northern\s+|southern\s+|central\s+|"
    rf"north-?eastern\s+|north-?western\s+|south-?eastern\s+|south-?western\s+|[A-Z][\w’'.-]*\s+|"
    rf"(?!(?:the|a|an|of|in|on|to|across|at|for|with|and|from|into|near|along)\s)[a-z]+\s+){{0,4}}(?:{_GENERIC_LOC})(?:\s+(?:with|of|in)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?(?:[A-Z][\w’'.-]*\s*)+)?"
    rf"|(?:[A-Z][\w’'.-]*(?:’s|'s)\s+(?:[a-z]+\s+){{0,2}}(?:{_GENERIC_LOC}))"
    rf"|(?:(?:the\s+)?(?:[a-z]+ly\s+|annexed\s+|occupied\s+|rebel-held\s+|war-torn\s+|"
    rf"neighbou?ring\s+|(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+){{1,3}})?"
    rf"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|and))*?(?:\s+[A-Z][\w’'.-]*)?"
    rf"|overseas|abroad))")
_BAD_LOC = {"the", "a", "its", "their", "our", "his", "her", "it", "them", "us", "which"}


def _parse_size(num: str | None, qual: str | None) -> tuple[int | None, str]:
    q = (qual or "").lower()
    if q in QUAL_APPROX:
        qualifier = "approx"
    elif q in QUAL_AT_LEAST:
        qualifier = "at_least"
    elif q in QUAL_AT_MOST:
        qualifier = "at_most"
    else:
        qualifier = "exact"
    if not num:
        return None, "vague"
    n = num.lower().strip()
    if re.fullmatch(_VAGUE, n):
        return None, "vague"
    rng = re.match(r"([\d,.]+)\s*(?:-|–|to)\s*[\d,]+", n)
    if rng:
        n = rng.group(1)
        qualifier = "approx"
    m = re.match(r"([\d,]+(?:\.\d+)?)\s*([a-z]+)?", n)
    if m:
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            return None, "vague"
        sc = SCALE_WORDS.get(m.group(2) or "", 1)
        return round(v * sc), qualifier
    total = 0
    cur = 0
    for w in re.split(r"[\s-]+", n):
        if w in ("a", "and"):
            continue
        if w in NUMBER_WORDS:
            cur += NUMBER_WORDS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w in ("thousand", "million"):
            total += (cur or 1) * SCALE_WORDS[w]
            cur = 0
    total += cur
    return (total or None), (qualifier if total else "vague")


_ACTOR_TOKEN = re.compile(r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?")


def _actor_in(text: str) -> tuple[str, str | None] | None:
    """The first country/institution named in text, trying capitalised n-grams."""
    toks = [(m.group(0), m.start()) for m in re.finditer(r"[A-Z][\w.’'-]*", text)]
    for i in range(len(toks)):
        for n in (3, 2, 1):
            if i + n > len(toks):
                continue
            cand = " ".join(t for t, _ in toks[i:i + n])
            cand = re.sub(r"(?:’s|'s)$|-(?:led|backed|run|allied)$", "", cand)
            ac = actor_country(cand) or actor_country(cand.rstrip("."))
            if ac:
                return ac
    return None


def _actor_from(adj: str, st: str, start: int, end: int) -> tuple[str | None, str | None]:
    ac = _actor_in(adj or "")
    if ac:
        return ac
    # possessive or subject before: "Russia has massed", "Russia's troops", "the Pentagon sent"
    pre = st[max(0, start - 120):start]
    best = None
    toks = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Z][\w.’'-]*", pre)]
    i = 0
    while i < len(toks):
        hit = None
        for n in (3, 2, 1):
            if i + n > len(toks):
                continue
            grp = toks[i:i + n]
            if any(grp[k + 1][1] - grp[k][2] > 1 for k in range(len(grp) - 1)):
                continue
            cand = re.sub(r"(?:’s|'s)$", "", " ".join(t for t, _, _ in grp))
            ac = actor_country(cand) or actor_country(cand.rstrip("."))
            if ac:
                hit = (ac, grp[0][1], grp[-1][2], n)
                break
        if hit:
            ac, s0, e0, n = hit
            prev = pre[max(0, s0 - 40):s0]
            after = pre[e0:e0 + 20]
            if not re.search(r"\b(?:to|in|into|from|of|on|near|against|with|at|over|across|between|"
                             r"during)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:,\s+|\s+(?:and|or)\s+))?"
                             r"(?:the\s+)?$", prev) and \
                    not re.match(r"(?:’s|'s)?\s+(?:border|capital|territory|soil)", after):
                best = ac
            i += n
        else:
            i += 1
    if best:
        return best
    # "troops loyal to X", "forces of X", "seven armored vehicles with about 30 Iraqi soldiers"
    post = st[end:end + 40]
    wm = re.match(r"\s+(?:carrying|with)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?[\d,]*\s*([A-Z][a-z]+)\s+"
                  r"(?:soldiers|troops|forces|police|marines)\b", post)
    if wm and actor_country(wm.group(1)):
        return actor_country(wm.group(1))
    pm = re.match(r"\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", post)
    if pm:
        ac = actor_country(pm.group(1))
        if ac:
            return ac
    return None, None


def _location(st: str, start: int, end: int, prev_country: str | None) -> tuple[str | None, str | None]:
    seg = st[end:end + 160]
    om = re.match(r"\s+(overseas|abroad)\b", seg)
    if om:
        return om.group(1), None
    for lm in _LOC_RE.finditer(seg):
        if lm.start() > 130 or re.search(r"[;–—]|,\s+(?!including\b)[a-z]+ing\b", seg[:lm.start()]):
            break  # too far, or past the clause the forces belong to
        loc = lm.group("loc").strip().rstrip(".,;:")
        loc = re.sub(r"\s+(?:and|of)$", "", loc)
        low = loc.lower()
        if low in _BAD_LOC or not loc:
            continue
        if lm.group("prep").lower() == "from" and not _WITHDRAW.search(st):
            continue
        if re.search(r"\bfrom\s+(?:an?|the|its|their)\s+[\w\s-]{0,40}?\b(?:based|stationed)\s*$", seg[:lm.start()]):
            continue
        if (re.search(rf"\b(?:{_GENERIC_LOC})$", loc) and not re.match(
                r"(?:the|its|their|a)\s", loc) and not re.search(r"(?:’s|'s)\s", loc)):
            continue  # "in area", "on ground": no determiner, not a place
        core = re.sub(r"^(?:the|its own|their own|its|a)\s+", "", loc, flags=re.I)
        core = re.sub(r"^(?:(?:[a-z]+ly|annexed|occupied|rebel-held|war-torn|neighbou?ring|"
                      r"(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?)\s+)+(?:the\s+)?",
                      "", core)
        if core[:1].isupper():
            # must be a place, not a person/organisation/month
            info = lookup_place(core) or lookup_place(loc)
            if info is None:
                words = core.split()
                info = lookup_place(words[0]) if words else None
                if info is None and not re.search(rf"\b(?:{_GENERIC_LOC})\b", core, re.I):
                    continue
                if info is None:
                    tail = re.search(r"\b(?:of|in|with)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$", core)
                    info = lookup_place(tail.group(1)) if tail else None
            return loc, (info or {}).get("country")
        if re.fullmatch(r"(?:the\s+)?country", low) and prev_country:
            c = country_of(prev_country)
            return prev_country, c[1] if c else None
        gm = re.search(r"(?:with|of|in)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)$", loc)
        cc = None
        if gm:
            info = lookup_place(gm.group(1))
            cc = (info or {}).get("country")
        pm = re.match(r"([A-Z][\w.]*)(?:’s|'s)", loc)
        if pm and cc is None:
            info = lookup_place(pm.group(1))
            cc = (info or {}).get("country")
        return loc, cc
    return None, None


_CLAUSE_START = re.compile(r"(?:[,;:—–(]|\b(?:which|that|who|while|although|though|but|and|as|when|after|before)\b)")
_SPEECH = re.compile(r"\b(?:said|says|told|announced|confirmed|stated|added|reported)\b")


def _status(st: str, a: int, b: int) -> str:
    pre_full = st[max(0, a - 90):a]
    cs = 0
    for cm in _CLAUSE_START.finditer(pre_full):
        if cm.end() < len(pre_full) - 2:
            cs = cm.end()
    pre = pre_full[cs:]
    post = st[b:b + 60]
    # what the forces do right after the phrase
    if re.match(r"\s*(?:,\s*)?(?:are\s+|were\s+|is\s+)?(?:already|still|now|currently)?\s*"
                r"(?:stationed|based|deployed|in\s+place|remain|remained|will\s+remain|would\s+remain|"
                r"stay|will\s+stay|already)\b", post) and not re.search(r"\b(?:will|would)\s+be\s+(?:sent|deployed)", post[:25]):
        return "deployed"
    if re.match(r"\s*(?:[\w,]+\s+){0,6}?(?:will|would|is\s+to|are\s+to)\s+be\s+(?:cut|reduced|drawn\s+down)\s+to\b", post):
        return "deployed"  # the current total, cut "to" another figure
    if re.search(r"\b(?:not|never)\s+(?:\w+\s+)?(?:withdraw|pull|cut|reduce|leave)\b", pre_full):
        return "deployed"
    if re.match(r"\s*(?:\w+\s+){0,3}?(?:withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)|left|leave|leaving|"
                r"head(?:ed|ing)?\s+home|returned\s+home|began\s+to\s+(?:withdraw|pull|leave))\b", post):
        return "withdrawn"
    if _WITHDRAW.search(pre[-70:]) or re.search(r"\bcut(?:s|ting)?\b", pre[-60:]) or \
            re.match(r"\s*(?:will\s+be\s+|were\s+|are\s+being\s+|to\s+be\s+)?(?:withdrawn|pulled\s+out|brought\s+home|cut|reduced)\b", post):
        return "withdrawn"
    reported = bool(_SPEECH.search(pre_full))
    if re.search(r"\b(?:called\s+up|call(?:s|ing)?\s+up|mobili[sz](?:e|es|ed|ing))\b", pre):
        return "ordered"
    if re.search(r"\b(?:on\s+standby|on\s+(?:high\s+)?alert|could|might|may)\b", post[:40]):
        return "planned"
    if _PLANNED.search(pre) and not (reported and re.search(r"\bwould\b", pre) and not re.search(
            r"\b(?:could|may|might|consider|propos|plan|call|urg|want|seek|if)", pre, re.I)):
        return "planned"
    if re.search(r"\bwould\b", post[:25]) or (reported and re.search(r"\bwould\b", pre)):
        return "ordered" if reported else "planned"  # "Latvia announced it would deploy 300"
    if _ORDERED.search(pre) or re.search(r"\b(?:sending|send|dispatching|deploying)\b", pre) or \
            re.search(r"\b(?:will|are\s+being|is\s+being)\b", post[:25]):
        return "ordered"
    return "deployed"


class _Joined:
    """A force phrase whose unit comes after coordinated owners ("30 Chinese coast guard and
    maritime militia vessels"): number, qualifier and adjectives from the first part, the
    unit (the head noun) from the last; the span covers both."""

    def __init__(self, first: re.Match, unit: re.Match):
        self._first, self._unit = first, unit

    def group(self, name=0):
        if name == 0:
            return self._unit.string[self.start():self.end()]
        if name == "unit":
            u = self._unit
            return u.group("unit") if "unit" in u.re.groupindex else u.group(0)
        return self._first.group(name)

    def start(self, *_a) -> int:
        return self._first.start()

    def end(self, *_a) -> int:
        return self._unit.end()


def _force_matches(st: str) -> list[tuple[re.Match, str]]:
    out = []
    last_end = -1
    units = list(_unit_iter(st))
    joined_from = None
    for k, u in enumerate(units):
        if k + 1 < len(units) and re.fullmatch(
                r"\s+(?:(?!(?:and|or|to|of|in|on|at|from|for|with|by|the|a|an|were|are|was|is)\b)"
                r"[A-Za-z-]+\s+){0,2}", st[u.end():units[k + 1].start()]):
            continue  # "national guard troops", "police officers": the head is the last unit
        if k + 1 < len(units) and re.match(r"(?i:guard|police|militia|navy|army|force)", u.group(0)) and \
                re.match(r"(?i:vessel|ship|boat|gunboat|aircraft|jet|helicopter|drone|vehicle)", units[k + 1].group(0)) and \
                re.fullmatch(r"\s+and\s+(?:[A-Za-z-]+\s+){0,2}", st[u.end():units[k + 1].start()]):
            # "coast guard and maritime militia vessels": one fleet of vessels
            joined_from = FORCE_END_RE.search(st, max(0, u.start() - 80, last_end), u.end())
            continue
        lo = max(0, u.start() - 80, last_end)
        m = FORCE_END_RE.search(st, lo, u.end())
        if joined_from is not None:
            m = _Joined(joined_from, m if m is not None else u)
            joined_from = None
        if m:
            out.append((m, "unit"))
            last_end = m.end()
    return out


def _default_actor(art: Article) -> tuple[str | None, str | None]:
    """The country whose forces the article talks about most ("U.S. troops", "American forces")."""
    counts: dict[tuple[str, str | None], int] = {}
    for m in _OWNER_RE.finditer(art.text):
        ac = actor_country(m.group(1)) or actor_country(m.group(1).rstrip("."))
        if ac:
            counts[ac] = counts.get(ac, 0) + 1
    if not counts:
        return (None, None)
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 2 or len(counts) == 1 else (None, None)


_OWNER_RE = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:’s|'s)?\s+(?:military\s+|armed\s+|special\s+|ground\s+|combat\s+)?"
                       r"(?:troops|soldiers|forces|military|marines|warships|service\s+members|personnel)\b")


RULE_IDS = ("deploy.num_force_phrase", "deploy.vague_force_phrase", "deploy.coordinated_owners",
            "deploy.bare_number", "deploy.second_location")


def parse_words() -> frozenset[str]:
    """Deployments do not read the parse (yet): no sentence is parsed for them."""
    return frozenset()


def rule_ids() -> tuple[str, ...]:
    return RULE_IDS


def extract_deployments(ctx) -> list[dict]:
    """Fact type "deployments" on a DocContext (boilerplate paragraphs left out). Rule ids:
    deploy.num_force_phrase ("2,500 more soldiers"), deploy.vague_force_phrase ("thousands
    of troops", "Russian forces"), deploy.coordinated_owners ("30 coast guard and militia
    vessels"), deploy.bare_number (a number standing for forces named just before),
    deploy.second_location (a second place of the same forces)."""
    from .rules import disabled_rules

    off = disabled_rules()
    return [d for d in _extract(ctx.article, ctx.entities, ctx.boilerplate)
            if d["rule"] not in off]


def _rule_of(m, kind: str, num: str | None) -> str:
    if kind == "bare":
        return "deploy.bare_number"
    if isinstance(m, _Joined):
        return "deploy.coordinated_owners"
    if num and not re.fullmatch(_VAGUE, num.lower().strip()):
        return "deploy.num_force_phrase"
    return "deploy.vague_force_phrase"


def _extract(art: Article, ents: EntityIndex, skip: frozenset[int] = frozenset()) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple] = set()
    seen_locs: set[tuple] = set()
    seen_tails: set[tuple] = set()
    doc_actor: tuple[str | None, str | None] = (None, None)
    default_done = False
    prev_countries: list[tuple[str, str | None]] = []
    country_mentions = []
    for m in ents.mentions:
        if m.kind in ("country", "place"):
            info = lookup_place(m.text)
            if info and info.get("kind") == "country":
                country_mentions.append((m.start, m.text, info.get("country")))
    ci = 0
    prev_unit_sent = -5
    for s in art.sentences:
        st = s.text
        if s.paragraph in art.headings or s.paragraph in skip:
            continue
        has_unit = bool(art.words(s.idx) & _UNIT_HEADS) and bool(_unit_search(st))
        matches = _force_matches(st) if has_unit else []
        if has_unit or s.idx - prev_unit_sent <= 2:
            for bm in BARE_RE.finditer(st):
                if any(m.start() <= bm.start() < m.end() for m, _ in matches):
                    continue
                if re.match(r"(?:19|20)\d\d$", bm.group("num")):
                    continue
                if _NOT_FORCE_AFTER.match(st, bm.end()):
                    continue
                if _DATE_BEFORE.search(st[max(0, bm.start() - 12):bm.start()]) or \
                        re.match(r",\s*(?:19|20)\d\d", st[bm.end():]):
                    continue
                if re.search(r"[A-Za-z],\s*$", st[max(0, bm.start() - 3):bm.start()]) and \
                        st[bm.end():bm.end() + 1] == ",":
                    continue  # an age: "Daniel Smith, 20,"
                if re.search(r"(?:\$|£|€|US\$|No\.?)\s*$", st[max(0, bm.start() - 4):bm.start()]):
                    continue
                matches.append((bm, "bare"))
        if has_unit:
            prev_unit_sent = s.idx
        unit_default = None
        for m, kind in matches:
            if kind == "unit":
                unit_default = FORCE_UNITS.get(m.group("unit").lower(), m.group("unit").lower())
                break
        for m, kind in sorted(matches, key=lambda x: x[0].start()):
            if kind == "unit":
                unit_raw = m.group("unit").lower()
                unit = FORCE_UNITS.get(unit_raw, unit_raw)
                adj = m.group("adj") or ""
            else:
                unit = unit_default or "troop"
                adj = ""
                near = [m2 for m2, k2 in matches if k2 == "unit" and m2.end() <= m.start()]
                if near and not re.search(r"\b(?:another|the\s+final|the\s+remaining|the\s+other|the\s+last|"
                                          r"an\s+additional)\s+$", st[max(0, m.start() - 20):m.start()], re.I):
                    # "the total number of US soldiers ... to nearly 12,000"
                    u2 = near[-1].group("unit").lower()
                    unit = FORCE_UNITS.get(u2, u2)
                    adj = near[-1].group("adj") or ""
            num, qual = m.group("num"), m.group("qual")
            if unit in ("force", "unit", "vehicle", "aircraft", "company", "guard", "police",
                        "personnel", "fighter", "missile", "ship", "drone", "helicopter", "jet",
                        "adviser", "advisor", "trainer", "instructor", "battery", "tank",
                        "bomber", "warplane", "submarine", "carrier") and not num and kind == "unit":
                # too generic on their own ("security forces", "a police unit"), unless owned
                # by a named country or place ("Hong Kong police")
                if not re.search(r"\b(?:troops?|soldiers?|forces)\b", unit_raw) and not (
                        unit in ("police", "guard", "personnel") and _actor_in(adj)) and not re.search(
                        r"\b(?i:missile|artillery|air\s+defen[cs]e|fighter|combat|naval|military|armou?red|border)\b", adj):
                    continue
                if unit == "force" and not adj.strip():
                    continue
            if unit in ("militant", "insurgent") and not re.search(
                    r"\b(?:mass(?:ed|ing|es)?|amass\w*|gather\w*|deploy\w*|station\w*|reinforc\w*|"
                    r"move[ds]?|moving)\b", st[max(0, m.start() - 40):m.end() + 40], re.I):
                continue
            size, qualifier = _parse_size(num, qual)
            if size is not None and size < 2 and unit not in ("battalion", "brigade", "division", "regiment"):
                continue
            if unit in ("battalion", "brigade", "division", "regiment", "company", "squadron",
                        "platoon", "contingent"):
                size, qualifier = None, "vague"
            if num and re.fullmatch(r"(?:19|20)\d\d", num.strip()):
                continue
            a, b = m.start(), m.end()
            window = st[max(0, a - 70):b + 120]
            anaphoric = kind == "bare" and re.search(
                r"\b(?:another|the\s+final|the\s+remaining|the\s+other|the\s+last|an\s+additional)\s+$",
                st[max(0, a - 20):a], re.I)
            if not anaphoric and not _DEPLOY.search(window) and not re.match(
                    rf"\s+(?:already\s+|still\s+|now\s+)?{_LOC_PREP}\s+(?:the\s+)?[A-Z\w]", st[b:]):
                continue
            if re.search(r"\bhow\s+(?:many\s+)?(?:more\s+|additional\s+)?$", st[max(0, a - 30):a], re.I):
                continue  # "deciding how many more troops to send": a question, not a figure
            if re.match(r"\s+(?:have\s+|had\s+|has\s+)?(?:been\s+|were\s+|was\s+)?(?:killed|wounded|injured|died|"
                        r"captured|kidnapped|taken\s+hostage)\b", st[b:]):
                continue  # "four officers have been killed": casualties, not a deployment
            pre_neg = st[max(0, a - 45):a]
            if _NEGATED.search(pre_neg) and size is None:
                continue
            actor, iso = _actor_from(adj, st, a, b)
            if actor is None and not doc_actor[0] and not default_done:
                doc_actor, default_done = _default_actor(art), True
            if actor is None and doc_actor[0]:
                actor, iso = doc_actor
            prev_country = next((n for n, c in reversed(prev_countries) if c != iso), None)
            loc, loc_iso = _location(st, a, b, prev_country)
            if loc is None:
                # "in Afghanistan, the US has 8,400 troops"
                for lm in _LOC_RE.finditer(st[max(0, a - 80):a]):
                    cand = lm.group("loc").strip().rstrip(".,;:")
                    info = lookup_place(re.sub(r"^the\s+", "", cand))
                    if info and info.get("kind") in ("country", "city"):
                        loc, loc_iso = cand, info.get("country")
            if size is None and (actor is None or loc is None):
                continue
            if size is None and not re.search(r"[A-Z]", loc) and not loc_iso:
                continue  # "troops in the area": too vague to record without a number
            if actor is None and loc is None:
                continue
            if loc and actor and iso and loc_iso == iso and size is None and (
                    lookup_place(re.sub(r"^the\s+", "", loc)) or {}).get("kind") == "country":
                # "Russian troops in Russia" is not a deployment worth recording
                continue
            status = _status(st, a, b)
            locs = [(loc, loc_iso)]
            if loc:
                # "along the Ukrainian border and in illegally annexed Crimea"
                li = st.find(loc, b)
                if li >= 0:
                    more = re.match(rf",?\s+and\s+(?={_LOC_PREP}\s)", st[li + len(loc):])
                    if more:
                        l2, c2 = _location(st, a, li + len(loc) + more.start(), prev_country)
                        if l2 and l2 != loc:
                            locs.append((l2, c2))
            rule = _rule_of(m, kind, num)
            for li_, (loc, loc_iso) in enumerate(locs):
                lkey = (loc or "").lower()
                tail = re.search(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$", loc or "")
                tkey = tail.group(0).lower() if tail else lkey
                if size is None and lkey and ((actor, lkey) in seen_locs or (actor, tkey) in seen_tails):
                    continue  # a vague mention of forces already counted at that place
                key = (size, lkey) if size is not None else (None, lkey, actor)
                if key in seen:
                    continue
                if size is not None and any(
                        o["size"] == size and o["actor"] == actor and (
                            not o["location_country"] or not loc_iso or o["location_country"] == loc_iso)
                        for o in out):
                    continue  # the same figure restated with other wording
                seen.add(key)
                if lkey:
                    seen_locs.add((actor, lkey))
                    if tkey != lkey and size is not None:
                        # "1,500 marines to the southern Japanese island of Okinawa" covers a
                        # later vague "marines on Okinawa"
                        seen_tails.add((actor, tkey))
                if actor:
                    doc_actor = (actor, iso)
                out.append({"actor": actor, "actor_country": iso, "size": size,
                            "qualifier": qualifier, "unit": unit, "location": loc,
                            "location_country": loc_iso, "status": status, "sentence": st,
                            "sentence_idx": s.idx, "start": s.start + a, "end": s.start + b,
                            "rule": rule if li_ == 0 else "deploy.second_location"})
                size, qualifier = None, "vague"
        while ci < len(country_mentions) and country_mentions[ci][0] < s.end:
            prev_countries.append(country_mentions[ci][1:])
            ci += 1
    return out
