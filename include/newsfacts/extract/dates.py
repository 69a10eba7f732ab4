"""Resolve time expressions against the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicons import MONTHS, WEEKDAYS

# Years written as numbers: the one owner of the spans the rules use. They differ because
# each rule was measured with its own span, and merging them would change which four-digit
# numbers count as years (2100-2199, 1800-1899), so they are kept apart:
# - YEAR_RE: a number token that is a year, not a count ("since 1999", "the 2014 mission" vs
#   "1500 troops"): 1800-2099.
# - DATE_YEAR_RE: a number the entity recogniser reads into a DATE that names its year rather
#   than a count the parse hung on the date ("800 more soldiers on Sunday"): 1800-2199.
# - WHEN_YEAR: the year of a time expression ("in 2015", "since 1998"): 1900-2099.
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
DATE_YEAR_RE = re.compile(r"(?:1[89]|2[01])\d\d")
WHEN_YEAR = r"(?:19|20)\d\d"  # a pattern to write into larger ones

# weekday and month names as regex alternatives, capitalised as written, from
# lexicon/calendar_words.csv (the one owner of the calendar words the patterns write in)
WEEKDAY = "(?:" + "|".join(w.capitalize() for w in sorted(WEEKDAYS, key=WEEKDAYS.get)) + ")"
_FULL = {n: max((w for w in MONTHS if MONTHS[w] == n), key=len) for n in sorted(set(MONTHS.values()))}
MONTH = "(?:" + "|".join(w.capitalize() for w in _FULL.values()) + ")"  # full names only
# a month's name, full or abbreviated ("Sept."); it ends where its word does: not "Mar" of
# "Maryland" or "Marines"
_MON = "(?:" + "|".join(w.capitalize() for w in (*_FULL.values(), *sorted(
    (w for w in MONTHS if w not in _FULL.values()), key=lambda w: (MONTHS[w], -len(w))))) \
    + r")(?![A-Za-z])\.?"
# the kinds of time expression (resolve_when reads which one matched) and their patterns
_WHEN_PARTS = (
    ("md", rf"{_MON}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?"),
    ("dm", rf"\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MON}(?:\s+\d{{4}})?"),
    ("rel", r"(?:next|last|this|later this|earlier this|the coming|the following)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)"),
    ("dow", rf"(?:on\s+|last\s+|next\s+|this\s+)?{WEEKDAY}"),
    ("mon", rf"(?:in|since|during|by|until|last|next|this|early|late|mid-?)\s+{_MON}(?:\s+\d{{4}})?"),
    ("year", rf"(?:in|since|during|by|until)\s+{WHEN_YEAR}"),
    ("misc", r"today|tomorrow|yesterday|tonight|recently|soon|in the coming (?:days|weeks|months|hours)"),
)
WHEN_RE = re.compile("|".join(rf"\b(?P<{k}>{p})" for k, p in _WHEN_PARTS) + r"\b")
# the same time expressions without group names: a pattern to write into larger ones
WHEN = "|".join(rf"\b(?:{p})" for _k, p in _WHEN_PARTS) + r"\b"


def _shift_month(d: date, k: int) -> str:
    m = d.month - 1 + k
    return f"{d.year + m // 12:04d}-{m % 12 + 1:02d}"


def resolve_when(sentence: str, pub: date | None, future: bool = False) -> str | None:
    m = WHEN_RE.search(sentence)
    if not m:
        return None
    g = m.lastgroup
    s = m.group(0)
    if pub is None:
        return s
    low = s.lower()
    try:
        if g in ("md", "dm"):
            mon = next(v for k, v in MONTHS.items() if re.search(rf"\b{k}\b", low))
            days = [int(x) for x in re.findall(r"\b\d{1,2}\b", s)]
            yr = re.search(r"\d{4}", s)
            y = int(yr.group(0)) if yr else pub.year
            if days:
                base = f"{y:04d}-{mon:02d}-{days[0]:02d}"
                return base + (f"/{days[1]:02d}" if len(days) > 1 else "")
        if g == "rel":
            k = 1 if low.startswith(("next", "the coming", "the following")) else (-1 if low.startswith("last") else 0)
            if low.endswith("month"):
                return _shift_month(pub, k)
            if low.endswith("year"):
                return f"{pub.year + k:04d}"
            if low.endswith("week"):
                d = pub + timedelta(weeks=k)
                iso = d.isocalendar()
                return f"{iso[0]:04d}-W{iso[1]:02d}"
            return s
        if g == "dow":
            wd = WEEKDAYS[low.split()[-1]]
            delta = wd - pub.weekday()
            if low.startswith("next") or (future and not low.startswith("last")):
                delta = delta % 7 or 7
            else:
                delta = -((pub.weekday() - wd) % 7)
            return (pub + timedelta(days=delta)).isoformat()
        if g == "mon":
            mon = next(v for k, v in MONTHS.items() if re.search(rf"\b{k}\b", low))
            yr = re.search(r"\d{4}", s)
            if yr:
                return f"{int(yr.group(0)):04d}-{mon:02d}"
            y = pub.year
            if future and mon < pub.month:
                y += 1
            if not future and mon > pub.month:
                y -= 1
            return f"{y:04d}-{mon:02d}"
        if g == "year":
            return re.search(r"\d{4}", s).group(0)
        if g == "misc":
            if low == "today" or low == "tonight":
                return pub.isoformat()
            if low == "tomorrow":
                return (pub + timedelta(days=1)).isoformat()
            if low == "yesterday":
                return (pub - timedelta(days=1)).isoformat()
            return s
    except (StopIteration, ValueError, AttributeError):
        return s
    return s
