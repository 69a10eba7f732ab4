"""The lexicon store: every word list the extractor and the warehouse know, as CSV files.

One store, two readers. The extractor reads these files (through the functions below), and
dbt reads the files under `reference/` as its seeds (`seed-paths` in dbt_project.yml points
at that folder), so the warehouse's reference data and the extractor's knowledge are the
same bytes and cannot drift. README.md in this folder lists every file and its columns.

Conventions
- One header row, UTF-8, comma-separated, no comment lines (dbt loads `reference/` as is);
  a `note` column carries the why where a row needs one.
- Words are stored as written in text; lookups fold case where the reader says so.
- Verbs and nouns are stored as lemmas; `forms()` inflects them (regular English endings,
  plus the irregular forms a row lists in its `forms` column), so a new trigger is one row.

API (stable; used by the fact types and by tests)
- `rows(name)`: the rows of `<name>.csv` (or `reference/<name>.csv`) as a tuple of dicts.
- `words(name, column="word", **where)`: a frozenset of one column's values, optionally
  only the rows whose other columns equal the given values.
- `mapping(name, key, value, **where)`: dict from one column to another.
- `forms(lemma, irregular="")`: the inflected forms of a verb or noun lemma.
- `form_index(name, column="lemma")`: lower-case form -> lemma for every row of a file.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent
REFERENCE_DIR = LEXICON_DIR / "reference"

__all__ = ["LEXICON_DIR", "REFERENCE_DIR", "form_index", "forms", "mapping", "path_of", "rows",
           "words"]


def path_of(name: str) -> Path:
    """The CSV file of a lexicon table: `<name>.csv` here or under reference/."""
    for folder in (LEXICON_DIR, REFERENCE_DIR):
        p = folder / f"{name}.csv"
        if p.is_file():
            return p
    raise KeyError(f"no lexicon table {name!r} in {LEXICON_DIR}")


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """All rows of a lexicon table, values stripped ('' for an empty cell)."""
    with open(path_of(name), encoding="utf-8", newline="") as fh:
        return tuple({k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh))


def _select(name: str, where: dict[str, str]):
    for r in rows(name):
        if all(r.get(k) == v for k, v in where.items()):
            yield r


def words(name: str, column: str = "word", **where: str) -> frozenset[str]:
    """The values of one column (non-empty), for the rows matching `where`."""
    return frozenset(r[column] for r in _select(name, where) if r.get(column))


def mapping(name: str, key: str, value: str, **where: str) -> dict[str, str]:
    """{row[key]: row[value]} for the rows matching `where` (the first row wins)."""
    out: dict[str, str] = {}
    for r in _select(name, where):
        if r.get(key):
            out.setdefault(r[key], r.get(value, ""))
    return out


@cache
def forms(lemma: str, irregular: str = "") -> tuple[str, ...]:
    """Inflected forms of a lemma: the lemma, -s, -ed, -ing (regular spelling rules), plus
    the space-separated irregular forms given. Multi-word lemmas inflect their first word
    ("call off" -> "called off")."""
    head, sep, rest = lemma.partition(" ")
    extra = tuple(irregular.split())
    if sep:
        return tuple(dict.fromkeys(f"{f} {rest}" for f in forms(head, " ".join(
            x.split(" ", 1)[0] for x in extra))))
    w = lemma
    if w.endswith("ie") and len(w) > 2:
        past, ing = w + "d", w[:-2] + "ying"  # "died", "dying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")):
        past, ing = w + "d", w[:-1] + "ing"
    elif w.endswith(("ee", "ye", "oe")):
        past, ing = w + "d", w + "ing"  # "agreed", "agreeing"
    elif w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        past, ing = w[:-1] + "ied", w + "ing"
    else:
        past, ing = w + "ed", w + "ing"
    return tuple(dict.fromkeys([w, _s_form(w), past, ing, *extra]))


def _s_form(w: str) -> str:
    """A word's -s form, a verb's third person or a noun's plural ("trips", "speeches",
    "rallies", "journeys")."""
    if w.endswith(("sh", "ch", "ss", "us", "x", "zz")):
        return w + "es"
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


@cache
def noun_forms(lemma: str, plural: str = "") -> tuple[str, ...]:
    """A noun's singular and plural: `plural` when the row gives one, else the regular
    spelling of its last word ("summit" -> "summits", "speech" -> "speeches", "rally" ->
    "rallies", "town hall" -> "town halls"); a row written as a plural ("talks", "remarks":
    ending in one s, not "-ss", "-us" or "-is") is its own plural."""
    if not plural and lemma.endswith("s") and not lemma.endswith(("ss", "us", "is")):
        return (lemma,)
    return tuple(dict.fromkeys((lemma, plural or _s_form(lemma))))


@cache
def form_index(name: str, column: str = "lemma") -> dict[str, str]:
    """Lower-case form -> lemma for every row of a table with a lemma column (and an
    optional `forms` column of irregular forms)."""
    out: dict[str, str] = {}
    for r in rows(name):
        lemma = r.get(column, "")
        if not lemma:
            continue
        for f in forms(lemma.lower(), r.get("forms", "").lower()):
            out.setdefault(f, lemma)
    return out
