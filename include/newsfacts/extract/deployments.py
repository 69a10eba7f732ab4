"""Force deployments: actor (mapped to countries), size, qualifier, unit, location, status."""

from __future__ import annotations

import re

from .article import Article
from .entities import EntityIndex
from .lexicons import (
    DEMONYMS,
    FORCE_UNITS,
    NUMBER_WORDS,
    QUAL_APPROX,
    QUAL_AT_LEAST,
    QUAL_AT_MOST,
    SCALE_WORDS,
)
from .places import actor_country, lookup_place

_UNIT_ALT = "|".join(sorted((re.escape(u) for u in FORCE_UNITS), key=len, reverse=True))
_NUMW = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_QUAL = "|".join(sorted((re.escape(q) for q in QUAL_APPROX + QUAL_AT_LEAST + QUAL_AT_MOST), key=len, reverse=True))
_DEM_ALT = "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
_ACTOR_INST = r"US|U\.S\.|UN|NATO|Nato|EU|African Union|AU"

FORCE_RE = re.compile(
    rf"(?<![\w,.])(?:(?P<qual>(?i:{_QUAL}))\s+)?"
    rf"(?P<num>(?i:(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*\d[\d,]*)?(?:\s*(?:{'|'.join(SCALE_WORDS)})\b)?"
    rf"|(?:(?:{_NUMW})(?:[\s-]+(?:{_NUMW}))*(?:\s+(?:hundred|thousand|million))?)"
    rf"|tens of thousands|hundreds of thousands|thousands|hundreds|dozens|scores|several|more|additional|extra|some|many|few))?\s*"
    rf"(?P<more>(?i:more|additional|extra|fresh|new|further)\s+)?"
    rf"(?P<adj>(?:(?:(?i:combat|ground|military|armed|foreign|elite|special|regular|"
    rf"active[- ]duty|peacekeeping|security|riot|naval|air|coalition|allied|government|rebel|army|navy|"
    rf"american|british|russian|u\.s\.|french)|[A-Z][\w.’'-]*)\s+){{0,3}})"
    rf"(?P<unit>(?i:{_UNIT_ALT}))\b")
_UNIT_RE = re.compile(rf"\b(?:{_UNIT_ALT})\b", re.I)
FORCE_END_RE = re.compile(FORCE_RE.pattern + r"\Z")


def _force_matches(st: str) -> list[re.Match]:
    """FORCE_RE matches ending at each unit word (searched in a short window: cheap)."""
    out = []
    for u in _UNIT_RE.finditer(st):
        lo = max(0, u.start() - 70)
        m = FORCE_END_RE.search(st, lo, u.end())
        if m:
            out.append(m)
    return out


_DEPLOY_VERB = re.compile(
    r"\b(?P<v>deploy(?:s|ed|ing|ment)?|sen[dt]s?|sending|dispatch(?:es|ed|ing)?|mass(?:es|ed|ing)?|"
    r"amass(?:es|ed|ing)?|station(?:s|ed|ing)?|based|position(?:s|ed|ing)?|reinforc(?:e|es|ed|ing|ements)|"
    r"withdr[ae]w(?:s|n|ing|al)?|pull(?:s|ed|ing)? (?:out|back)|pullout|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)|"
    r"mov(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|boost(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|gather(?:s|ed|ing)?|"
    r"build[- ]?up|built up|stand(?:s|ing)? by|standby|on alert|readiness|commit(?:s|ted|ting)?|"
    r"contribut(?:e|es|ed|ing)|surge|rushed|rush(?:es|ing)?|ordered|order(?:s|ing)?|"
    r"patrol(?:s|led|ling)?|occup(?:y|ies|ied|ying)|invade[ds]?|invasion|garrison|"
    r"lined up|near|along|on the border|in the region|border)\b", re.I)
_WITHDRAW = re.compile(r"\b(?:withdr[ae]w(?:s|n|ing|al)?|pull(?:s|ed|ing)? (?:out|back)|pullout|"
                       r"cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)|bring (?:home|back)|brought home|"
                       r"leave|leaving|left|draw ?down|exit)\b", re.I)
_PLANNED = re.compile(r"\b(?:could|may|might|would|consider(?:s|ed|ing)?|propos(?:e|es|ed|al)|plan(?:s|ned|ning)?|"
                      r"standby|stand(?:s|ing)? by|on alert|ready to|readiness|prepared to|offer(?:s|ed)?|"
                      r"possible|weigh(?:s|ed|ing)?|request(?:s|ed)?|asked for|call(?:s|ed)? for)\b", re.I)
_ORDERED = re.compile(r"\b(?:will|to send|to deploy|ordered|order(?:s|ing)?|announc(?:e|es|ed|ing)|"
                      r"decided|agreed to|approv(?:e|es|ed)|authori[sz](?:e|es|ed)|on (?:their|its|the) way|"
                      r"are being|is being|is sending|are sending|set to|due to|pledge[sd]?|promise[sd]?|"
                      r"commit(?:s|ted)?)\b", re.I)
_LOC_RE = re.compile(
    r"\b(?:to|in|into|on|at|along|near|around|across|inside|within|throughout|from|out of|off)\s+"
    r"(?P<loc>(?:the\s+|illegally\s+|annexed\s+|eastern\s+|western\s+|northern\s+|southern\s+|"
    r"[a-z]+ly\s+)*(?:[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*(?:\s+(?:border|region|frontier|coast|peninsula|province|city|capital|area))?"
    r"|(?:[a-z]+\s+)?(?:border|frontier|region)(?:\s+(?:with|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?))")


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
    if n in ("thousands", "hundreds", "dozens", "scores", "several", "more", "additional", "extra",
             "some", "many", "few", "tens of thousands", "hundreds of thousands"):
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


def _actor_from(adj: str, sent: str, start: int, ents: EntityIndex, s_abs: int) -> tuple[str | None, str | None]:
    for w in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", adj or ""):
        for cand in (w, w.split()[0]):
            ac = actor_country(cand)
            if ac:
                return ac
    # possessive or subject: "Russia has massed", "Russia's troops", "the Kremlin sent"
    pre = sent[:start]
    best = None
    for m in re.finditer(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", pre):
        ac = actor_country(m.group(0)) or actor_country(m.group(0).split()[0])
        if ac:
            best = ac
    if best:
        return best
    return None, None


def extract_deployments(art: Article, ents: EntityIndex) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple] = set()
    for s in art.sentences:
        st = s.text
        if not _UNIT_RE.search(st) or not _DEPLOY_VERB.search(st):
            continue
        for m in _force_matches(st):
            unit_raw = m.group("unit").lower()
            unit = FORCE_UNITS.get(unit_raw, unit_raw)
            num, qual = m.group("num"), m.group("qual")
            if unit in ("force", "unit", "vehicle", "aircraft", "company", "division", "guard", "police",
                        "personnel", "fighter", "missile", "ship", "drone", "helicopter", "jet") and not num:
                continue
            if (num and num.lower() in ("some", "more", "many", "few", "additional", "extra")
                    and not qual and unit not in ("troop", "soldier", "marine", "peacekeeper")):
                continue
            size, qualifier = _parse_size(num, qual)
            if size is not None and size < 2 and unit not in ("battalion", "brigade", "division", "regiment"):
                continue
            if unit in ("battalion", "brigade", "division", "regiment", "company", "squadron", "platoon"):
                size, qualifier = None, "vague"
            if num and re.fullmatch(r"(19|20)\d\d", num.strip()):
                continue
            actor, iso = _actor_from(m.group("adj"), st, m.start(), ents, s.start)
            loc = None
            loc_iso = None
            for lm in _LOC_RE.finditer(st, m.end() if m.end() < len(st) else 0):
                cand = lm.group("loc").strip()
                if cand.lower() in ("the", ""):
                    continue
                loc = cand
                info = lookup_place(re.sub(r"^(?:the|illegally|annexed|eastern|western|northern|southern)\s+", "", cand, flags=re.I))
                loc_iso = info.get("country") if info else None
                break
            if loc is None:
                for lm in _LOC_RE.finditer(st[:m.start()]):
                    loc = lm.group("loc").strip()
            if actor is None and loc is None:
                continue
            if _WITHDRAW.search(st):
                status = "withdrawn"
            elif _PLANNED.search(st):
                status = "planned"
            elif _ORDERED.search(st):
                status = "ordered"
            else:
                status = "deployed"
            key = (size, (loc or "").lower(), unit) if size is not None else (None, (loc or "").lower(), actor)
            if key in seen:
                continue
            seen.add(key)
            out.append({"actor": actor, "actor_country": iso, "size": size, "qualifier": qualifier,
                        "unit": unit, "location": loc, "location_country": loc_iso, "status": status,
                        "sentence": st, "sentence_idx": s.idx, "start": s.start + m.start(),
                        "end": s.start + m.end()})
    return out
