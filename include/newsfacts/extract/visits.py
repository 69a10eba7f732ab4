"""Visits: traveller, destination, host, status from the wording, and when."""

from __future__ import annotations

import re

from .article import Article
from .dates import resolve_when
from .entities import EntityIndex, gender_of_pronoun
from .places import lookup_place

_VISIT_CUE = re.compile(
    r"\b(?P<cue>visit(?:s|ed|ing)?|(?:trip|journey|tour|mission|voyage|pilgrimage)s?\s+(?:to|of)|"
    r"travel(?:s|led|ed|ling|ing)?\s+(?:to|through)|(?:arriv(?:e|es|ed|ing)|landed|lands|landing)\s+(?:in|at)|"
    r"(?:fly|flies|flew|flying)\s+(?:to|into)|(?:head(?:s|ed|ing)?|went|go(?:es|ing)?|gone)\s+to|"
    r"tour(?:s|ed|ing)?|stopover\s+in|(?:stop|stops|stopped)\s+in|"
    r"(?:return(?:s|ed|ing)?)\s+to)\b(?!\s+(?:work|normal|power|office|the\s+(?:issue|subject|table|polls?)))")
_CANCEL = re.compile(r"\b(?:cancel(?:l?ed|s|ling)?|call(?:ed|s)? off|scrap(?:ped|s)?|postpone[ds]?|"
                     r"axed|shelved|pulled out|abandon(?:ed|s)?|ruled out|no longer)\b", re.I)
_POSSIBLE = re.compile(r"\b(?:hope[sd]?|hoping|could|might|may|considering|considered|consider|"
                       r"would|possible|possibly|proposed|propose[sd]?|invit(?:ed|ation|es)|"
                       r"want(?:s|ed)? to|keen|wish(?:es)?|offer(?:ed|s)? to|mulling|weighing|"
                       r"potential|unconfirmed|if\b|rumou?red|reportedly plan)", re.I)
_PLANNED = re.compile(r"\b(?:will|shall|is to|are to|was to|due to|scheduled|set to|plans? to|"
                      r"planned|planning|expected to|is expected|to travel|upcoming|next week|"
                      r"next month|later this|going to|about to|announced)\b", re.I)
_ONGOING = re.compile(r"\b(?:is|are) (?:visiting|touring|in|on (?:a|an|his|her) [\w -]*(?:visit|tour|trip))\b|"
                      r"\b(?:arrived|arrives|landed|lands) (?:in|at)\b|\bcurrently\b|\bis here\b", re.I)
_NEG_CONTEXT = re.compile(r"\b(?:website|site|web|page|tourists?|tourism|visitors?|museum|doctor|hospital)\b", re.I)
_PLACE_RE = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\.?(?:\s+(?:of|de|al|el)\s+|\s+))*[A-Z][\w’'-]*")


def _status(sent: str, cue_start: int) -> str:
    window = sent
    if _CANCEL.search(window):
        return "cancelled"
    pre = sent[:cue_start]
    if _POSSIBLE.search(pre[-80:]) or _POSSIBLE.search(sent[cue_start:cue_start + 40]):
        return "possible"
    if _PLANNED.search(pre[-60:]) or re.search(r"\bnext (?:week|month|year)\b|\bupcoming\b", sent, re.I):
        return "planned"
    if _ONGOING.search(sent):
        return "ongoing"
    return "completed"


def _destination(sent: str, after_pos: int) -> tuple[str, dict] | None:
    rest = sent[after_pos:after_pos + 120]
    for m in _PLACE_RE.finditer(rest):
        if m.start() > 70:
            break
        cand = m.group(0).strip()
        # try the longest prefix that resolves
        toks = cand.split()
        for k in range(len(toks), 0, -1):
            sub = " ".join(toks[:k])
            info = lookup_place(sub)
            if info:
                return sub, info
    return None


def extract_visits(art: Article, ents: EntityIndex) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple] = set()
    pub = art.pub_date
    for s in art.sentences:
        for cm in _VISIT_CUE.finditer(s.text):
            if _NEG_CONTEXT.search(s.text[max(0, cm.start() - 30):cm.end() + 30]):
                continue
            cue = cm.group("cue").lower()
            dest = _destination(s.text, cm.end())
            if dest is None:
                continue
            dname, info = dest
            # traveller: nearest person mention before the cue in the sentence, else pronoun
            abs_cue = s.start + cm.start()
            trav = None
            mention = None
            for m in reversed(ents.mentions_in(s.start, abs_cue)):
                if m.kind == "person" and m.actor is not None:
                    trav, mention = m.actor, m.text
                    break
            if trav is None:
                pm = re.search(r"\b(he|she|He|She|his|her|His|Her)\b", s.text[:cm.start()])
                if pm:
                    trav = ents.last_person_before(s.start + pm.start(), gender_of_pronoun(pm.group(1)))
                    mention = pm.group(1)
            if trav is None and cue.startswith(("visit", "trip", "tour")):
                # "a visit by X" / "visit of X"
                for m in ents.mentions_in(s.start + cm.end(), s.end):
                    if m.kind == "person" and m.actor is not None:
                        trav, mention = m.actor, m.text
                        break
            if trav is None:
                continue
            # a person visiting their own country's capital is routine unless "visit"
            status = _status(s.text, cm.start())
            future = status in ("planned", "possible")
            key = (trav.key, info.get("name"))
            if key in seen:
                continue
            seen.add(key)
            out.append({
                "traveller": trav.name, "traveller_key": trav.key, "traveller_mention": mention,
                "destination": dname, "destination_country": info.get("country"),
                "destination_lat": info.get("lat"), "destination_lon": info.get("lon"),
                "host": None, "status": status,
                "when": resolve_when(s.text, pub, future=future),
                "sentence": s.text, "sentence_idx": s.idx,
                "start": s.start + cm.start(), "end": s.end,
            })
    return out
