"""Score extractions against gold facts, with the rules of the evaluation format (shared
eval FORMAT.md, "Scoring"), written for this repository so that a fresh clone can check the
extractor on the bundled demo corpus and its gold without ../shared.

- statements: one-to-one matching of gold and predicted quotes by word overlap
  |G & P| / max(|G|, |P|) >= 0.5 (punctuation and case ignored). Speaker accuracy over
  matched pairs: the gold speaker's name words (titles and stop words dropped) meet the
  predicted speaker's or speaker mention's words.
- visits: traveller words meet and destination words meet; status accuracy over matches.
- deployments: equal size and (actor or location agree); gold without a size: actor and
  location agree; gold with neither size nor location: the actor agrees, the prediction has
  no location either and the units share a word. Actors agree through country names, ISO
  codes, aliases and demonyms (the dbt seeds: one source of that knowledge). Qualifier and
  status accuracy over matches.

Precision, recall and F1 per fact type, summed over the documents whose gold line carries
that fact type (an absent key means "not annotated", an empty list "annotated: none").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from newsfacts import lexicon

KINDS = ("statements", "visits", "deployments")
OVERLAP = 0.5
STOP_WORDS = frozenset(
    "a an the of and or for to in on at by with from mr mrs ms miss dr sir dame lord lady "
    "his her their its s".split())
PRONOUNS = frozenset("i we you he she it they him them me us".split())
ACCURACY = {"statements": (("speaker", None),),
            "visits": (("status", "status"),),
            "deployments": (("status", "status"), ("qualifier", "qualifier"))}


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text: str | None) -> list[str]:
    return re.findall(r"[^\W_]+", _fold(text))


def content_words(text: str | None) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS}


def _seed(name: str) -> tuple[dict[str, str], ...]:
    """A reference table of the lexicon store (the same files dbt loads as seeds)."""
    return lexicon.rows(name)


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w for r in _seed("ref_titles") for w in words(r["title"]))


@cache
def _actor_names() -> dict[str, str]:
    """Folded name, ISO code, alias or demonym -> canonical actor name."""
    names: dict[str, str] = {}
    countries = _seed("ref_countries")
    by_code = {r["country_code"]: r["country_name"] for r in countries}
    for r in countries:
        for n in (r["country_name"], r["country_code"], r["iso3"]):
            names[" ".join(words(n))] = r["country_name"]
    for r in _seed("ref_demonyms"):
        if r["country_code"] in by_code:
            names[" ".join(words(r["demonym"]))] = by_code[r["country_code"]]
    for r in _seed("ref_actor_aliases"):
        names[" ".join(words(r["alias"]))] = r["canonical_name"]
    return names


def canonical_actor(name: str | None) -> str:
    folded = " ".join(w for w in words(name) if w != "the")
    return _actor_names().get(folded, folded)


def name_words(name: str | None) -> set[str]:
    """A name's words without titles and stop words (all content words if nothing is left)."""
    kept = content_words(name) - _title_words()
    return kept or content_words(name)


def quote_overlap(gold: str, pred: str) -> float:
    g, p = Counter(words(gold)), Counter(words(pred))
    if not g or not p:
        return 0.0
    return sum((g & p).values()) / max(sum(g.values()), sum(p.values()))


def _meet(a: set[str], b: set[str]) -> bool:
    return bool(a & b)


def _statement_pairs(gold: list[dict], pred: list[dict], overlap: float) -> list[tuple]:
    scored = sorted(((quote_overlap(g.get("text", ""), p.get("text", "")), i, j)
                     for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for ov, i, j in scored:
        if ov < overlap:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _visit_matches(g: dict, p: dict) -> bool:
    return (_meet(name_words(g.get("traveller")), name_words(p.get("traveller")))
            and _meet(content_words(g.get("destination")), content_words(p.get("destination"))))


def _deployment_matches(g: dict, p: dict) -> bool:
    actor = bool(g.get("actor")) and canonical_actor(g.get("actor")) == canonical_actor(
        p.get("actor"))
    location = _meet(content_words(g.get("location")), content_words(p.get("location")))
    if g.get("size") is not None:
        return p.get("size") == g.get("size") and (actor or location)
    if g.get("location"):
        return actor and location
    return actor and not p.get("location") and _meet(content_words(g.get("unit")),
                                                     content_words(p.get("unit")))


def _max_pairs(gold: list[dict], pred: list[dict],
               matches: Callable[[dict, dict], bool]) -> list[tuple]:
    """One-to-one pairs, as many as possible (augmenting paths: a later gold fact may take a
    prediction an earlier one could do without)."""
    options = [[j for j, p in enumerate(pred) if matches(g, p)] for g in gold]
    owner: dict[int, int] = {}  # pred index -> gold index

    def assign(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        assign(i, set())
    return sorted(((gold[i], pred[j]) for j, i in owner.items()), key=lambda gp: gold.index(gp[0]))


def _speaker_right(g: dict, p: dict) -> bool:
    said = name_words(p.get("speaker")) | name_words(p.get("speaker_mention"))
    return _meet(name_words(g.get("speaker")), said)


def _speaker_scored(g: dict) -> bool:
    """Pronoun-only gold speakers ("he", "she") are not scored for speaker accuracy."""
    return bool(content_words(g.get("speaker")) - PRONOUNS)


def pairs_for(kind: str, gold: list[dict], pred: list[dict],
              overlap: float = OVERLAP) -> list[tuple]:
    if kind == "statements":
        return _statement_pairs(gold, pred, overlap)
    return _max_pairs(gold, pred, _visit_matches if kind == "visits" else _deployment_matches)


def read_jsonl(path: Path) -> dict[str, dict]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["doc"]] = obj
    return out


def score_docs(gold: dict[str, dict], pred: dict[str, dict],
               overlap: float = OVERLAP) -> dict[str, dict]:
    """Per fact type: docs, gold, pred, matched, precision, recall, f1, <attribute>_accuracy."""
    result = {}
    for kind in KINDS:
        n_docs = n_gold = n_pred = 0
        pairs: list[tuple] = []
        for doc, g in gold.items():
            if kind not in g:
                continue
            p = (pred.get(doc) or {}).get(kind) or []
            if kind == "statements":  # the gold holds quotes: reported speech is not scored
                p = [x for x in p if x.get("kind") != "indirect"]
            n_docs += 1
            n_gold += len(g[kind])
            n_pred += len(p)
            pairs += pairs_for(kind, g[kind], p, overlap)
        m = len(pairs)
        precision = m / n_pred if n_pred else 0.0
        recall = m / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        row = {"docs": n_docs, "gold": n_gold, "pred": n_pred, "matched": m,
               "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
        for name, field in ACCURACY[kind]:
            if field is None:  # the speaker
                scored = [(g, p) for g, p in pairs if _speaker_scored(g)]
                right = sum(_speaker_right(g, p) for g, p in scored)
            else:
                scored = pairs
                right = sum(g.get(field) == p.get(field) for g, p in pairs)
            row[f"{name}_accuracy"] = round(right / len(scored), 3) if scored else 0.0
        result[kind] = row
    return result


def score_files(gold: Path, pred: Path, overlap: float = OVERLAP) -> dict[str, dict]:
    return score_docs(read_jsonl(gold), read_jsonl(pred), overlap)


def format_table(result: dict[str, dict]) -> str:
    lines = [f"{'type':<13} {'docs':>4} {'gold':>5} {'pred':>5} {'match':>6} "
             f"{'P':>6} {'R':>6} {'F1':>6}  attributes"]
    for kind, r in result.items():
        attrs = " ".join(f"{k.removesuffix('_accuracy')}={v}" for k, v in r.items()
                         if k.endswith("_accuracy"))
        lines.append(f"{kind:<13} {r['docs']:>4} {r['gold']:>5} {r['pred']:>5} "
                     f"{r['matched']:>6} {r['precision']:>6.3f} {r['recall']:>6.3f} "
                     f"{r['f1']:>6.3f}  {attrs}")
    return "\n".join(lines) + "\n"


def iter_kinds(result: dict[str, dict]) -> Iterable[tuple[str, dict]]:
    return ((k, result[k]) for k in KINDS if k in result)
