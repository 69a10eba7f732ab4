"""Visits: traveller, destination (most specific place), host, status from the wording, when.

A sentence is scanned for trip triggers (verbs such as "visit", "travel to", "arrive in";
nouns such as "trip to", "arrival in"; meetings and talks held "in" a place). Each trigger
has a destination slot (one or more coordinated places) and a traveller: the possessor of a
trip noun ("Pompeo's arrival"), the agent of "a visit by X", or the clause subject.
"""

from __future__ import annotations

import re

from .article import Article
from .dates import resolve_when
from .entities import EntityIndex
from .lexicons import NON_NAME_WORDS
from .places import country_of, is_demonym, lookup_place

_PLACE_TOK = r"(?:[A-Z][\w’'.-]*|de|del|da|al|el|of|upon|on|am|an|der)"
_PLACE = rf"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+{_PLACE_TOK})*"
# trigger -> the text after it starts the destination slot
_TRIGGERS = [
    ("noun", r"(?:visit|trip|arrival)s?\s+of\s+(?:the\s+)?[^\s,.;:][^,.;:]{2,60}?\s+(?:to|in|at)"),
    ("noun", r"(?:visit|trip|journey|tour|voyage|pilgrimage|mission|stopover|stop|arrival|landing|"
             r"holiday|vacation|trek|flight|way)s?\s+(?:to|in|at|of)"),
    ("noun", r"(?:visit|trip)s?\s+by\s+[^,.;:]{3,60}?\s+to"),
    ("return", r"departure\s+from"),
    ("verb", r"visit(?:s|ed|ing)?"),
    ("verb", r"(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|gone|"
             r"come|came|coming|jet(?:s|ted|ting)?|journey(?:s|ed|ing)?|"
             r"rush(?:es|ed|ing)?)(?:\s+(?:on|onward|onwards))?(?:\s+from\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?)?\s+to"),
    ("take", r"(?:take|takes|took|taking)\s+(?:him|her|them)\s+(?:on\s+)?to"),
    ("due", r"(?:is|are|was|were)\s+(?:also\s+)?due\s+(?:in|at)"),
    ("verb", r"spen(?:d|ds|t|ding)\s+(?:(?:a|an|the|two|three|four|five|six|seven|several|few|\d+)\s+)?"
             r"(?:\w+\s+)?(?:days?|nights?|weeks?|hours?|weekend|time|morning|afternoon|evening)\s+(?:in|at)"),
    ("accompany", r"accompan(?:y|ies|ied|ying)\s+(?:him|her|them|(?:[\w.’'-]+\s+){1,4}?)"
                  r"\s*(?:on\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:trip|visit|tour|journey)\s+)?to"),
    ("verb", r"(?:head(?:s|ed|ing)?|depart(?:s|ed|ing)?|leave|leaves|left|leaving|bound|set off|set out)\s+for"),
    ("arrive", r"(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|touch(?:es|ed)?\s+down|touching\s+down|"
               r"(?:is|are|was|were)\s+now)\s+(?:in|at|on)?"),
    ("return", r"(?:return(?:s|ed|ing)?|back)\s+from"),
    ("return", r"(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left)"),
    ("verb", r"tour(?:s|ed|ing)?"),
    ("verb", r"stop(?:s|ped|ping)?\s+(?:in|at|off\s+in)"),
    ("between", r"(?:summit|meeting|talks|meetings)\s+between\s+[^;:]{3,90}?\s+in"),
    ("event", r"(?:summit|talks|meeting|conference|news\s+conference|press\s+conference|ceremony|"
              r"townhall|town\s+hall|negotiations)s?\s+(?:\w+\s+){0,3}?(?:in|at)"),
    ("event", r"(?:told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference)|"
              r"spoke|speaking|met|meet|meets|meeting|signed|join(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,6}?in"),
]
_TRIG_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(_TRIGGERS)) + r")\s+",
    re.I)
# the same, case-sensitive, for lower-cased text (IGNORECASE alternations are slow)
_TRIG_RE_L = re.compile(_TRIG_RE.pattern)
_TRIG_WORDS = frozenset("""visit visits visited visiting travel travels travelled traveled travelling
traveling fly flies flew flying head heads headed heading go goes going went gone come came coming
jet jets jetted jetting journey journeys journeyed rush rushes rushed rushing depart departs departed
departing leave leaves left leaving bound set arrive arrives arrived arriving land lands landed
landing touch touches touched touching now depart departs departed departing leave leaves leaving
left return returns returned returning back trip
trips tour tours toured touring voyage pilgrimage mission missions stopover stop stops stopped
stopping arrival landing holiday vacation trek flight way summit summits talks meeting meetings
conference conferences summits ceremony townhall town negotiations told spoke speaking met meet meets signed join joins
joined joining departure take takes took taking due spend spends spent spending accompany accompanies accompanied accompanying""".split())
_KIND = {f"{k}{i}": k for i, (k, _p) in enumerate(_TRIGGERS)}
_DEST_RE = re.compile(
    rf"(?:(?:a|an|the)\s+(?:(?:[a-z-]+|[A-Z]{{2,}})\s+){{0,4}}?(?:in|of|near)\s+)?(?P<p>{_PLACE})(?=[\s,.;:!?)’”\"']|$)")
_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+then\s+|\s+before\s+(?:heading|going)\s+to\s+)")

_CANCEL = re.compile(r"\b(?:cancel(?:l?ed|s|ling|lation)?|call(?:ed|s)?\s+off|scrap(?:ped|s)?|"
                     r"postpone[ds]?|axed|shelved|abandon(?:ed|s)?|ruled\s+out|no\s+longer|"
                     r"put\s+off|unable\s+to\s+reschedule|would\s+have\s+been|was\s+to\s+have|"
                     r"had\s+been\s+due)\b", re.I)
_CANCEL_LATER = re.compile(r"\bbut\s+(?:the|that|this|his|her|their|its)\s+(?:\w+\s+)?(?:trip|visit|plan|stop|tour|journey)s?\s+"
                           r"(?:was|were|has\s+been|had\s+been|is|have\s+been)\s+(?:\w+\s+)?"
                           r"(?:called\s+off|cancel+ed|postponed|scrapped|shelved|axed|abandoned)\b", re.I)
_POSSIBLE = re.compile(r"\b(?:hope[sd]?|hoping|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|could|might|may|consider(?:s|ed|ing)?|possible|"
                       r"possibly|propos(?:e|es|ed|al)|invit(?:e|es|ed|ation)|want(?:s|ed)?\s+to|"
                       r"keen|wish(?:es)?|offer(?:s|ed)?\s+to|mulling|weigh(?:s|ing)?|"
                       r"potential|unconfirmed|rumou?red|if|whether|likely|would\s+(?:strongly\s+)?"
                       r"(?:consider|like|love)|eager|seek(?:s|ing)?\s+to|tentative)\b", re.I)
_PLANNED = re.compile(r"\b(?:will|shall|’ll|'ll|is\s+to|are\s+to|was\s+to|were\s+to|due\s+to|"
                      r"scheduled|slated|set\s+to|plans?\s+to|planned|planning|expected\s+to|"
                      r"upcoming|going\s+to|about\s+to|preparing\s+to|prepared\s+to|prepare[sd]?\s+to|"
                      r"would|next|later\s+this|this\s+coming|to\s+(?:visit|travel|go|fly|head|tour))\b", re.I)
_ONGOING = re.compile(r"\b(?:is|are|am)\s+(?:visiting|touring|travell?ing|in|on\s+(?:a|an|his|her|their))\b|"
                      r"\bcurrently\b|\bnow\s+in\b|\bthis\s+week\b", re.I)
_PAST_MARK = re.compile(r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|"
                        r"January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)|ago|in\s+(?:19|20)\d\d|earlier\s+this|previously|"
                        r"had\s+(?:been|visited|travell?ed|gone))\b", re.I)
_NEG_CONTEXT = re.compile(r"\b(?:website|web\s*site|webpage|page|tourists?|tourism|visitors?|"
                          r"doctors?|hospital|emergency\s+room|polls?|clinic|site\s+visits)\b", re.I)
_PRON = re.compile(r"\b(?:he|she|He|She|they|They)\b")
_POSS = re.compile(r"(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’|')|[Hh]is|[Hh]er|[Tt]heir)\s+"
                   r"(?:[\w-]+\s+){0,3}$")
_BAD_DEST_WORDS = set(NON_NAME_WORDS) - {"The"} | {"President", "Prime", "Minister", "Mr", "Mrs",
                                                 "Ms", "Dr", "King", "Queen", "Pope"}
_CONTINENTS = {"asia", "europe", "africa", "east", "west", "north", "south", "americas",
               "north america", "south america", "latin america", "oceania", "antarctica", "far east",
               "orient", "world", "globe"}
_MOTION_RE = re.compile(r"(?:flew|travell?ed|jetted|headed|went|rushed|arrived|landed|touched)\b", re.I)
_SAID_RE = re.compile(r"\b(?:said|says|told|announced|added|confirmed|reported|that)\b")


def _status(sent: str, trig_start: int, kind: str, trig_end: int | None = None) -> str:
    pre = sent[max(0, trig_start - 90):trig_start]
    near = sent[max(0, trig_start - 90):(trig_end or trig_start) + 60]
    if _CANCEL.search(near) or _CANCEL_LATER.search(sent, trig_start):
        return "cancelled"
    if _POSSIBLE.search(pre[-60:]):
        return "possible"
    if _PLANNED.search(pre[-60:]) or re.search(r"\b(?:next\s+(?:week|month|year)|later\s+this\s+"
                                                 r"(?:week|month|year)|upcoming)\b", near, re.I):
        return "planned"
    if kind == "arrive" and not _PAST_MARK.search(sent):
        return "ongoing"
    trig = sent[trig_start:trig_start + 40].lower()
    if re.match(r"(?:is|are)\s", trig) or _ONGOING.search(pre[-40:] + trig[:20]):
        return "ongoing"
    if re.match(r"(?:arrives|lands|touches)\b", trig):
        return "ongoing"
    return "completed"


def _dest_list(sent: str, pos: int, ents: EntityIndex, s_abs: int, kind: str,
               trig: str = "") -> list[tuple[str, dict | None, int]]:
    """Places in the destination slot at sent[pos:]: 'Seoul and Beijing', 'the U.K., France and
    Ireland'. Skips a person object ('visited Prime Minister X in Israel')."""
    out: list[tuple[str, dict | None, int]] = []
    rest = sent[pos:pos + 200]
    # visit PERSON in PLACE
    pm = re.match(r"(?:[A-Z][\w.’'-]*\s+){1,5}?in\s+", rest)
    if kind == "verb" and pm:
        ms = ents.mentions_in(s_abs + pos, s_abs + pos + pm.end())
        if ms and ms[0].kind == "person":
            pos += pm.end()
            rest = sent[pos:pos + 200]
    if kind == "verb" and not _DEST_RE.match(rest) and re.match(r"(?:see|meet|attend|tour|inspect|view|survey|open)\b", rest):
        im = re.search(r"\b(?:in|at)\s+(?=(?:the\s+)?[A-Z])", rest[:80])
        if im:
            pos += im.end()
            rest = sent[pos:pos + 200]
    if kind == "verb" and re.match(r"visit", trig, re.I):
        om = re.match(r"([A-Z][a-z]+)\s+[a-z]", rest)
        if om and is_demonym(om.group(1)):
            im = re.search(r"\b(?:in|at)\s+(?=(?:the\s+)?[A-Z])", rest[:90])
            if im:
                pos += im.end()
                rest = sent[pos:pos + 200]
    cap = re.match(r"the\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+capital\b", rest)
    if cap:
        info = lookup_place(cap.group(0))
        if info:
            return [(cap.group(0), info, pos)]
    # "the Thai beach resort of Phuket": skip a demonym-led description before the place
    dm = re.match(r"(?:the|a|an)\s+([A-Z][a-z]+)\s+(?:[a-z-]+\s+){1,3}(?:of|in|near)\s+(?=[A-Z])", rest)
    if dm and is_demonym(dm.group(1)):
        pos += dm.end()
        rest = sent[pos:pos + 200]
    if kind == "verb" and re.match(r"(?:travel|fl[yie]|head|go|went|gone|jet|journey|rush)", trig, re.I):
        rm = re.match(r"the\s+region\b", rest)
        if rm:
            return [(rm.group(0), None, pos)]
    off = 0
    # "other Middle Eastern nations and to Germany": a described group of places, as written
    gm = re.match(r"(?:other|several|neighbou?ring|various|two|three|four|five)\s+(?:[A-Z][\w-]*\s+){0,3}"
                  r"(?:[a-z]+\s+)?(?:nations|countries|states|capitals|cities|allies)\b", rest)
    if gm and kind in ("verb", "noun", "return"):
        out.append((gm.group(0), None, pos))
        sep = _LIST_SEP.match(rest[gm.end():])
        if not sep:
            return out
        off = gm.end() + sep.end()
        off += len(re.match(r"(?:to\s+)?", rest[off:]).group(0))
    while True:
        m = _DEST_RE.match(rest, off)
        if not m:
            break
        name = m.group("p").rstrip(",’'")
        pp = re.match(r"([A-Z][\w.-]*)(?:’s|'s)\s+([A-Z].*)$", name)
        if pp and lookup_place(pp.group(1)):
            name = pp.group(2)
        name = re.sub(r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                      r"February|March|April|June|July|August|September|October|November|"
                      r"December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?))+$", "", name)
        name = re.sub(r"\s+(?:of|on|am|an|der|de|del|da|al|el|upon)$", "", name)
        toks = name.split()
        info = None
        for k in range(len(toks), 0, -1):
            sub = " ".join(toks[:k])
            info = lookup_place(sub) or lookup_place(sub.rstrip("."))
            if info and k < len(toks) and toks[k][:1].isupper() and info.get("kind") == "city" \
                    and info.get("pop", 0) < 100_000:
                info = None  # "Pearl" of "Pearl Harbor", "Yokota" of "Yokota Air Base"
                continue
            if info:
                name = sub if re.search(r"(?:[A-Z]\.){2,}$", sub) else sub.rstrip(".")
                break
        if info is None:
            name = name.rstrip(".")
        if info is None and off == 0:
            im = re.match(r"\s+in\s+(?=(?:the\s+)?[A-Z])", rest[m.end("p"):])
            mm0 = ents.mentions_in(s_abs + pos + m.start("p"), s_abs + pos + m.end("p") + 1)
            if (im and any(x.kind in ("organisation", "person") for x in mm0) and toks[0] != "the") \
                    or (im and re.search(r"\b(?:Department|Ministry|Office|House|Building|Hotel|Palace|"
                                        r"Embassy|Airport|Base|Center|Centre|Hall|Stadium|University)\b", name)):
                off = m.end("p") + im.end()
                continue
        if info is None:
            # an unknown capitalised place right after a visit verb ("visited Auschwitz")
            first = toks[0] if toks[0] != "the" else (toks[1] if len(toks) > 1 else "")
            if first in _BAD_DEST_WORDS or not first:
                break
            mm = ents.mentions_in(s_abs + pos + m.start("p"), s_abs + pos + m.end("p") + 1)
            if any(x.kind in ("person", "organisation") for x in mm) and toks[0] != "the":
                break
            if not re.match(r"(?:visit|trip|journey)", trig, re.I):
                break
        out.append((name, info, pos + m.start("p")))
        end = m.start("p") + len(name)
        # "Doha, Qatar": the country of the city just named is not another stop
        cm = re.match(r",\s*(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", rest[end:])
        if cm and info and info.get("kind") == "city":
            c = country_of(cm.group(1)) or (lookup_place(cm.group(1)) or {}).get("country")
            if c and (c[1] if isinstance(c, tuple) else c) == info.get("country"):
                end += cm.end()
        # "Aceh in Indonesia": the larger place is not another stop
        im = re.match(r",?\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", rest[end:])
        if im:
            end += im.end()
        sep = _LIST_SEP.match(rest[end:])
        if not sep:
            break
        nxt = end + sep.end()
        nm = re.match(r"(?:to\s+)?", rest[nxt:])
        off = nxt + nm.end()
    return out


_HOST_RE = re.compile(r"\b(?:with|hosted\s+by|guest\s+of|invitation\s+of|invited\s+by|visit(?:s|ed|ing)?|"
                      r"meet(?:s|ing)?|met|hosts?|hosting)\s+(?:his|her|their|the)?\s*$")


_GROUP_RE = re.compile(
    r"^\s*(?:(?:The|A|An)\s+)?(?P<g>(?:[A-Z][\w.-]*\s+){0,3}(?:[Ii]nspectors|[Nn]egotiators|[Oo]fficials|"
    r"[Dd]iplomats|[Dd]elegates|[Dd]elegation|[Ee]nvoys|[Mm]inisters|[Mm]onitors|[Ii]nvestigators|"
    r"[Ll]awmakers|[Ss]enators)(?:\s+(?:from|of)\s+[^,;:]{3,90}?)?)(?:\s+[a-z][\w’'-]*){0,3}\s*$")


def _host(st: str, s, ents: EntityIndex, traveller_keys: set, after: int) -> str | None:
    """The person receiving the visitor, when the sentence names one ("met X", "talks with X",
    "at the invitation of X", "visited Prime Minister X in Israel")."""
    for m in ents.mentions_in(s.start, s.end):
        if m.kind != "person" or m.actor is None or m.actor.key in traveller_keys:
            continue
        if _HOST_RE.search(st[max(0, m.full_start - s.start - 40):m.full_start - s.start]):
            return m.actor.name
    return None


def _home_country(actor) -> str | None:
    if actor is not None and actor.country:
        return actor.country
    t = (actor.title or "") if actor is not None else ""
    for w in re.findall(r"[A-Z][\w.]*", t):
        c = country_of(w)
        if c:
            return c[1]
    return None


RULE_IDS = tuple(f"visit.legacy_{k}" for k in dict.fromkeys(k for k, _p in _TRIGGERS))


def parse_words() -> frozenset[str]:
    return frozenset()


def rule_ids() -> tuple[str, ...]:
    return RULE_IDS


def extract_visits(ctx) -> list[dict]:
    from .rules import disabled_rules

    off = disabled_rules()
    skip = ctx.boilerplate
    return [v for v in _extract_v1(ctx.article, ctx.entities, ctx.speakers(), skip)
            if v["rule"] not in off]


def _extract_v1(art: Article, ents: EntityIndex, att=None, skip=frozenset()) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple] = set()
    pub = art.pub_date
    for s in art.sentences:
        if s.paragraph in art.headings or s.paragraph in skip:
            continue
        st = s.text
        if not (art.words(s.idx) & _TRIG_WORDS):
            continue
        low = st.lower()
        trig_re, scan = (_TRIG_RE_L, low) if len(low) == len(st) else (_TRIG_RE, st)
        if not trig_re.search(scan):
            continue
        sent_travellers: set = set()
        for tm in trig_re.finditer(scan):
            kind = _KIND[tm.lastgroup]
            if _NEG_CONTEXT.search(st[max(0, tm.start() - 40):tm.end() + 40]):
                continue
            # inside a quotation: skip (quoted speech is not the reporter's account)
            if att is not None and att.masked[s.start + tm.start()] == "Q" and not (
                    kind == "noun" and re.search(r"[A-Z][\w-]+(?:’s|'s)\s+(?:[\w-]+\s+){0,3}$",
                                                 st[max(0, tm.start() - 50):tm.start()])):
                continue  # quoted speech, unless it names the traveller ("Trump's visit to Mexico")
            dests = _dest_list(st, tm.end(), ents, s.start, kind, tm.group(0))
            if not dests:
                continue
            extra_from = []
            if kind == "arrive":
                d0 = dests[-1]
                fm = re.match(r"(?:\s+(?:on|late|early)\s+\w+(?:\s+\w+)?)?\s+from\s+", st[d0[2] + len(d0[0]):])
                if fm:
                    extra_from = _dest_list(st, d0[2] + len(d0[0]) + fm.end(), ents, s.start, "return", "from")
            travellers = _travellers(st, tm, ents, s, att, kind)
            if not travellers:
                continue
            # "he would meet Vice President Pence on Monday in Bogota": the partner travels too
            if kind == "event" and re.match(r"(?:meet|meets|met|meeting)\b", tm.group(0)):
                for m in ents.mentions_in(s.start + tm.start(), s.start + tm.end()):
                    if m.kind == "person" and m.actor is not None and \
                            all(t[2] != m.actor.key for t in travellers):
                        travellers = [*travellers, (m.actor, m.actor.name, m.actor.key)]
            if kind == "accompany":  # "Murphy, who accompanied her to Burma": both went
                om = re.match(r"accompan\w+\s+(him|her|them)?", tm.group(0))
                comp = None
                if om and om.group(1) in ("him", "her"):
                    # the object pronoun names someone other than the subject: the nearest other
                    # person before it
                    comp = ents.last_person_before(s.start + tm.start(), "m" if om.group(1) == "him" else "f",
                                                   exclude={t[2] for t in travellers})
                elif om and not om.group(1):
                    for m in ents.mentions_in(s.start + tm.start(), s.start + tm.end()):
                        if m.kind == "person" and m.actor is not None:
                            comp = m.actor
                            break
                if comp is not None and all(t[2] != comp.key for t in travellers):
                    travellers = [*travellers, (comp, comp.name, comp.key)]
            # "a meeting in Hanoi with North Korea's leader, Kim Jong-un": the partner came too
            if re.search(r"\b(?:meeting|summit|talks|meet|met)\b", tm.group(0) + st[max(0, tm.start() - 40):tm.start()]):
                d0 = dests[-1]
                wm = re.match(r"\s+(?:(?:on|last|this|next)\s+\w+\s+)?with\s+", st[d0[2] + len(d0[0]):])
                if wm:
                    p0 = s.start + d0[2] + len(d0[0]) + wm.end()
                    for m in ents.mentions_in(p0, min(s.end, p0 + 70)):
                        if m.kind == "person" and m.actor is not None and \
                                all(t[2] != m.actor.key for t in travellers):
                            travellers = [*travellers, (m.actor, m.actor.name, m.actor.key)]
                            break
            mst = att.masked[s.start:s.end] if att is not None else st
            status = "completed" if kind == "return" else _status(mst, tm.start(), kind, tm.end())
            if kind == "due" and status not in ("cancelled", "possible"):
                status = "planned"
            # "will travel to Osaka on Thursday, before flying to Jakarta": the participle
            # shares the main clause's tense
            if status == "completed" and re.search(r"\b(?:before|after|then)\s+$", mst[max(0, tm.start() - 8):tm.start()]) \
                    and re.search(r"\b(?:will|would|’ll|'ll|is\s+to|are\s+to|plans?\s+to|due\s+to|expected\s+to)\b",
                                  mst[:tm.start()]) and not _PAST_MARK.search(mst):
                status = "planned"
            if status == "completed" and kind in ("noun", "event") and (re.search(
                    r"\b(?:will|would|is\s+to|are\s+to|’ll|'ll)\b", mst[max(0, tm.start() - 80):tm.start()])
                    or (re.search(r"\b(?:this|next)\s+(?:week|month)\b", mst[tm.end():tm.end() + 80])
                        and re.search(r"\b(?:will|would)\b", mst))) \
                    and not _PAST_MARK.search(mst):
                status = "planned"
            if re.search(r"\bon\s+(?:his|her|their|its)\s+way\s+to\b", mst[:tm.end()]):
                status = "planned"
            if kind == "noun" and status == "completed" and re.search(
                    r"\b(?:block|blocking|prevent|ahead\s+of|before|prepar(?:e|es|ed|ing)\s+for|"
                    r"preparations\s+for|in\s+advance\s+of|awaits?|awaiting)\s+(?:[\w’'-]+\s+){0,3}$",
                    mst[max(0, tm.start() - 60):tm.start()]):
                status = "planned"
            future = status in ("planned", "possible")
            sm0 = re.search(r"\bsince\s+[A-Z]", st[tm.end():])
            # the trip's own date comes after its trigger ("..., who visited Washington in
            # September, is due to travel to Tokyo next month"); else anywhere in the sentence
            wend = tm.end() + sm0.start() if sm0 else len(st)
            when = resolve_when(st[tm.start():wend], pub, future=future) or \
                resolve_when(st[:wend], pub, future=future)
            # "the first foreign secretary to visit Russia since Boris Johnson in 2017"
            precedent = {}
            if re.search(r"\bfirst\b", st):
                sm = re.search(r"\bsince\s+(?:then-?\s*)?", st[tm.end():])
                if sm:
                    p0 = s.start + tm.end() + sm.end()
                    for m in ents.mentions_in(p0, p0 + 60)[:1]:
                        if m.kind == "person" and m.actor is not None and m.start - p0 <= 20:
                            ym = re.match(r"[^.;]{0,30}?\bin\s+((?:19|20)\d\d)\b", st[m.end - s.start:])
                            precedent[m.actor.key] = ym.group(1) if ym else None
                            travellers = [*travellers, (m.actor, m.actor.name, m.actor.key)]
            for actor, tname, tkey in travellers:
                if kind == "event" and (tkey or tname) in sent_travellers:
                    continue
                sent_travellers.add(tkey or tname)
                home = _home_country(actor)
                for di, (dname, info, dpos) in enumerate(dests + extra_from):
                    if dname.lower().removeprefix("the ") in _CONTINENTS:
                        continue
                    dstatus = status if di < len(dests) else "completed"
                    dwhen = when
                    if tkey in precedent:
                        dstatus, dwhen = "completed", precedent[tkey]
                    elif dstatus == "completed" and pub is not None and dwhen == pub.isoformat() \
                            and di < len(dests) and _MOTION_RE.match(tm.group(0)) \
                            and not re.search(r"\b(?:have|has|had)\s+$", st[max(0, tm.start() - 6):tm.start()]) \
                            and re.search(r"\b(?:today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
                                          st[tm.end():tm.end() + 80]):
                        dstatus = "ongoing"  # "flew to the region Monday", published that Monday
                    if info and home and info.get("country") == home and (
                            info.get("kind") == "country" or kind == "event"):
                        continue  # at home: "the Polish minister told reporters in Warsaw"
                    if actor is not None and dname in actor.name:
                        continue
                    if info and re.fullmatch(r"the\s+[\w-]+\s+capital", dname) and \
                            re.search(rf"\b{re.escape(info['name'])}\b", art.text):
                        dname = info["name"]  # "the Polish capital", when the article names Warsaw
                    key = (tkey or tname.lower(), (info or {}).get("name") or dname.lower())
                    if key in seen:
                        continue
                    seen.add(key)
                    host = _host(st, s, ents, {t[2] for t in travellers if t[2]}, tm.end())
                    out.append({
                        "traveller": tname, "traveller_key": tkey,
                        "destination": dname,
                        "destination_country": (info or {}).get("country"),
                        "destination_lat": (info or {}).get("lat"),
                        "destination_lon": (info or {}).get("lon"),
                        "host": host, "status": dstatus, "when": dwhen,
                        "sentence": st, "sentence_idx": s.idx,
                        "start": s.start + tm.start(), "end": s.start + dpos + len(dname),
                        "_kind": (info or {}).get("kind"), "rule": f"visit.legacy_{kind}",
                    })
    specific = {(v["traveller_key"] or v["traveller"], v["destination_country"]): v
                for v in out if v["_kind"] != "country" and v["destination_country"]}
    res = []
    for v in out:
        kind = v.pop("_kind")
        sv = specific.get((v["traveller_key"] or v["traveller"], v["destination_country"]))
        if kind == "country" and sv is not None:
            # the same trip named at country level: the city wins; a factual account of the
            # same day outranks a planned one ("arrived in Germany on Sunday" / "await his
            # arrival in Hannover on Sunday")
            if sv["status"] == "planned" and v["status"] in ("ongoing", "completed") and sv["when"] == v["when"]:
                sv["status"] = v["status"]
            continue
        res.append(v)
    return res


_ROLES = (r"(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|secretary[\s-]general|"
          r"president|minister|secretary|envoy|ambassador|chancellor|premier|king|queen|governor|"
          r"mayor|commander|leader|emir|crown\s+prince|delegation)")
_ROLE_SUBJ = re.compile(
    r"(?:^|[,;:]\s*|\b(?:that|and|but|while)\s+)\s*"
    r"(?P<r>(?:[Tt]he\s+(?:[A-Z][\w.-]*\s+|[a-z-]+\s+){0,3}|[A-Z][\w.-]*(?:’s|'s)\s+(?:[a-z-]+\s+){0,2})"
    + _ROLES + r")(?:,\s+who\s+[^,;]{3,90},|,\s+who)?(?:\s+[a-z][\w’'-]*){0,3}\s*$")


def _role_subject(pre: str, att, pos: int):
    """An unnamed official as the clause subject ("The Philippine president, who ..., is due
    to travel", "Somalia's president visited"): the named person when the article has one in
    that role, else the role as written."""
    m = _ROLE_SUBJ.search(pre)
    if not m:
        return None
    phrase = m.group("r")
    if phrase[:4].lower() == "the ":
        r = att.role_from_text(phrase, pos) if att is not None else None
        if r:
            return r
        phrase = "the" + phrase[3:]
    else:  # "Hungary's foreign minister": the one person the article gives that role
        pm = re.match(r"([A-Z][\w.-]*)(?:’s|'s)\s+(.+)$", phrase)
        c = country_of(pm.group(1)) if pm else None
        role_words = set(pm.group(2).lower().split()) if pm else set()
        if c and att is not None:
            fits = [a for a in att.ents.actors if a.kind == "person" and a.title
                    and role_words <= set(a.title.lower().replace("-", " ").split())
                    and a.country in (None, c[1])]
            if len(fits) == 1:
                return (fits[0], fits[0].name, fits[0].key)
    return (None, phrase, None)


def _travellers(st: str, tm: re.Match, ents: EntityIndex, s, att, kind: str) -> list[tuple]:
    """[(actor|None, name, key)] for the trip at trigger tm."""
    abs_t = s.start + tm.start()
    if kind == "between":
        res = []
        for m in ents.mentions_in(abs_t, s.start + tm.end()):
            if m.kind == "person" and m.actor and all(r[2] != m.actor.key for r in res):
                res.append((m.actor, m.actor.name, m.actor.key))
        return res
    # "Pompeo's arrival in", "his visit to"
    if kind in ("noun", "event"):
        pm = _POSS.search(st[:tm.start()])
        if pm:
            who = re.sub(r"(?:’s|'s|’|')$", "", pm.group("who"))
            if who.lower() == "their":
                return []
            if who.lower() in ("his", "her"):
                g = {"his": "m", "her": "f"}.get(who.lower())
                a = att.resolve_pronoun(abs_t, g, speech=False) if att else None
                if a:
                    return [(a, a.name, a.key)]
            else:
                for m in ents.mentions_in(s.start + pm.start("who"), s.start + pm.end("who") + 1):
                    if m.kind == "person" and m.actor:
                        return [(m.actor, m.actor.name, m.actor.key)]
                if att is not None:
                    r = att.role_from_text(who, abs_t)
                    if r:
                        return [r]
        by = re.search(r"\b(?P<prep>by|from|of)\s+(?P<who>(?:the\s+)?(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+?)\s+(?:to|in|at)\s",
                       st[max(0, tm.start() - 5):tm.end() + 60])
        if by and kind == "noun":
            base = max(0, tm.start() - 5)
            for m in ents.mentions_in(s.start + base + by.start("who"), s.start + base + by.end("who") + 1):
                if m.kind == "person" and m.actor:
                    return [(m.actor, m.actor.name, m.actor.key)]
            if by.group("prep") != "of":
                return [(None, by.group("who"), None)]
    if att is None:
        return []
    if kind == "take":  # "a tour that will also take him to Seoul"
        tk = re.search(r"\b(him|her)\b", tm.group(0))
        a = att.resolve_pronoun(abs_t, "m" if tk and tk.group(1) == "him" else "f", speech=False) if tk else None
        prev = att.art.sentences[max(0, s.idx - 1)].start
        # only a traveller named in this sentence or the one before
        if a is None or not any(m.actor is a for m in ents.mentions_in(prev, abs_t)):
            return []
        return [(a, a.name, a.key)]
    om = re.search(r"\b(him|her)\s+to\s+$", st[max(0, tm.start() - 12):tm.start()])
    if om:  # "critics called for him to go to Auschwitz"
        a = att.resolve_pronoun(abs_t, "m" if om.group(1) == "him" else "f", speech=False)
        return [(a, a.name, a.key)] if a else []
    cands = [c for c in att.candidates(s.start, abs_t) if c.kind in ("name", "pron", "desc")]
    if kind == "return" and re.match(r"(?:depart|leav|left)", tm.group(0), re.I) and not re.search(
            r"\b(?:before|after|while|upon|on)\s+$", st[max(0, tm.start() - 8):tm.start()], re.I):
        # "X, who left the U.S." / "before departing Ireland": only the nearest subject
        if not cands or len(att.masked[cands[-1].end:abs_t].split()) > 5:
            return []
        cands = cands[-1:]
    persons = []
    for c in cands:
        pre_c = att.masked[max(0, c.start - 40):c.start]
        if re.search(r"\b(?:with|to|by|from|for|against|of|and|between)\s+$", pre_c[-10:]) and (
                persons or re.search(r"\b(?:from|for|of|against)\s+(?:the\s+)?$", pre_c[-14:])) \
                and not re.search(r"(?:Secretary|Minister|Department|Ministry|Head|Chief|Director|"
                                  r"Leader|Chairman|Governor)\s+of\s+(?:the\s+)?$", pre_c):
            continue  # an object ("meet with the Russian leader"), not the traveller
        if c.kind == "name" and c.mention is not None and c.mention.kind == "person" and c.mention.actor:
            if st[c.end - s.start:c.end - s.start + 2] in ("’s", "'s"):
                continue
            persons.append((c, (c.mention.actor, c.mention.actor.name, c.mention.actor.key)))
        elif c.kind == "pron" and c.text.lower() in ("he", "she"):
            a = att.resolve_pronoun(c.start, "m" if c.text.lower() == "he" else "f", speech=False)
            if a:
                persons.append((c, (a, a.name, a.key)))
        elif c.kind == "pron" and c.text.lower() == "they":
            grp = getattr(att, "visit_group", None)
            if grp and s.idx - grp[0] <= 2:
                persons.append((c, (None, grp[1], None)))
        elif c.kind == "desc":
            r = att.role_from_text(c.text, c.start)
            if r:
                persons.append((c, r))
    if not persons and re.match(r"\s*(?:Before|After|While|Upon|On|Since|When)(?:\s+\w+ing)?\s*$",
                                st[:tm.start()]):
        cm = re.search(r",\s*", att.masked[s.start + tm.end():s.end])
        if cm:
            p0 = s.start + tm.end() + cm.end()
            for c in att.candidates(p0, min(s.end, p0 + 60))[:1]:
                if c.kind == "name" and c.mention is not None and c.mention.kind == "person" \
                        and c.mention.actor and c.start == p0:
                    a = c.mention.actor
                    return [(a, a.name, a.key)]
    if not persons:
        # a group named by its role at the start of the clause: "Inspectors from the OPCW are
        # now in Damascus", "Mexican negotiators resumed talks in Washington"
        gm = _GROUP_RE.match(st[:tm.start()])
        if gm:
            att.visit_group = (s.idx, gm.group("g").strip())
            return [(None, gm.group("g").strip(), None)]
        role = _role_subject(st[:tm.start()], att, abs_t)
        return [role] if role else []
    # reported speech: "Chirac said Compaore would visit" -> persons after the last cue
    cue = None
    for cm in _SAID_RE.finditer(att.masked, s.start, abs_t):
        cue = cm
    if cue is not None:
        after = [(c, r) for c, r in persons if c.start >= cue.end()]
        if after:
            persons = after
        else:  # "She said the defence secretary would travel to Kyiv"
            role = _role_subject(st[cue.end() - s.start:tm.start()], att, abs_t)
            if role:
                return [role]
    # a subordinate clause between the main subject and the trigger ("Kim fired a missile as
    # Abe and Trump met in ...", "Hawaii, where he had made a stop"): its own subject counts
    marks = list(re.finditer(r"[;:]|\b(?:who|which|where|after|before|when|while|as|because|"
                             r"although|though|whereas|but)\b", att.masked[persons[0][0].end:abs_t]))
    if marks and len(persons) > 1:
        cut = persons[0][0].end + marks[-1].end()
        later = [(c, r) for c, r in persons if c.start >= cut]
        if later and len(att.masked[later[-1][0].end:abs_t].split()) <= 8:
            persons = later
    # subject: the first person of the clause; joint subjects "X and Y will visit"
    first_c, first = persons[0]
    res = [first]
    for c, r in persons[1:]:
        gap = att.masked[first_c.end:c.start]
        if re.fullmatch(r"\s*(?:,\s*)?and\s+(?:[A-Z][\w.]*\s+){0,4}", gap) and r[2] != first[2]:
            res.append(r)
            first_c = c
    return res
