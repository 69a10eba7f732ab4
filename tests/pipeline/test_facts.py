"""The fact-type registry (newsfacts.facts): one declaration per fact type drives the raw
schemas, the flattening of extractor output, the loader's tables, the metrics, the quality
suites and the evaluation; the extractor is named by a dotted path and imported lazily."""

from __future__ import annotations

import re
import subprocess
import sys

import pyarrow as pa
import pytest

from newsfacts.facts import (
    FACT_TABLES,
    FACT_TYPES,
    KEY_COLUMNS,
    PROVENANCE_COLUMNS,
    FactType,
    Visit,
    fact_type,
)
from newsfacts.records import ARTICLE_TABLES, SCHEMAS, flatten_extraction
from newsfacts.settings import PACKAGE_DIR
from newsfacts.warehouse import all_tables


def test_each_fact_type_has_its_raw_table_and_schema():
    assert FACT_TABLES == ("statements", "visits", "deployments")
    for ft in FACT_TYPES:
        names = ft.schema.names
        assert names[:2] == [c for c, _, _ in KEY_COLUMNS]
        assert names[-len(PROVENANCE_COLUMNS):] == [c for c, _, _ in PROVENANCE_COLUMNS]
        assert SCHEMAS[ft.table] is ft.schema and ft.table in ARTICLE_TABLES
        assert f"raw.{ft.table}" in all_tables()
        assert ft.staging_model == f"stg_newsfacts__{ft.table}"
    visit = fact_type("visit")
    assert visit is fact_type("visits") and visit.record is Visit
    assert visit.schema.field("destination_lat").type == pa.float64()
    assert visit.schema.field("rule").type == pa.string()
    with pytest.raises(KeyError, match="no fact type 'sanction'"):
        fact_type("sanction")


def test_extractor_names_follow_the_contract_and_resolve_lazily():
    for ft in FACT_TYPES:  # extract_<type>s(ctx) in its own module under newsfacts.extract
        assert ft.extractor == f"newsfacts.extract.{ft.table}.extract_{ft.table}"
    code = ("import sys, newsfacts.facts, newsfacts.records\n"
            "assert not any(m.startswith('newsfacts.extract') for m in sys.modules)\n")
    subprocess.run([sys.executable, "-c", code], check=True)
    assert callable(fact_type("visit").extractor_function())
    ghost = FactType("sanction", Visit, "newsfacts.extract.sanctions.extract_sanctions",
                     mart="fct_sanction", mart_key="sanction_key")
    with pytest.raises(LookupError, match=re.escape(
            "fact type 'sanction': extractor newsfacts.extract.sanctions.extract_sanctions")):
        ghost.extract(None)


def test_flatten_carries_rule_and_renames_through_the_record():
    result = {"doc": "d", "article": {"text": "x"},
              "visits": [{"traveller": "Ana Lima", "destination": "Lisbon", "when": "2026-11",
                          "start": 3, "end": "9", "rule": "visit.subject_travel_verb",
                          "confidence": 0.5}],
              "statements": [{"text": "We stay.", "kind": "direct"}]}
    rows = flatten_extraction(result, {"canonical_url": "https://x.example/d"})
    [visit] = rows["visits"]
    assert visit["rule"] == "visit.subject_travel_verb" and visit["when_text"] == "2026-11"
    assert (visit["start_char"], visit["end_char"], visit["fact_idx"]) == (3, 9, 0)
    assert "confidence" not in visit and set(visit) == set(SCHEMAS["visits"].names)
    [statement] = rows["statements"]
    assert statement["quote_text"] == "We stay." and statement["rule"] is None
    assert rows["deployments"] == []


def test_the_extractor_reports_every_fact_type():
    from newsfacts.extract import extract_document

    out = extract_document("t", "Nothing happened here today.", fmt="text", meta={})
    assert all(isinstance(out[t], list) for t in FACT_TABLES)


def test_suites_cover_every_fact_type():
    from newsfacts.quality.suites import MART_KEYS, RAW_KEYS, mart_suites, raw_batch_suites

    raw, marts = raw_batch_suites(), mart_suites()
    for ft in FACT_TYPES:
        assert RAW_KEYS[ft.table] == ["article_id", "fact_idx"] and raw[ft.table]
        assert MART_KEYS[ft.mart] == [ft.mart_key] and len(marts[ft.mart]) > 3


def test_no_other_module_names_a_fact_type():
    """Records, load, metrics, the gate and eval loop over the registry. The extractor
    (whose modules the registry names), the published summary's examples, the explorer (a
    reader of the published marts, one page per fact type) and scoring.py (the evaluation
    format's rules, one per fact type) aside."""
    pattern = re.compile(r"[\"'](?:statements|visits|deployments)[\"']|fct_statement\b|"
                         r"fct_visit\b|fct_force_deployment\b")
    named = sorted(p.relative_to(PACKAGE_DIR).as_posix() for p in PACKAGE_DIR.rglob("*.py")
                   if not p.relative_to(PACKAGE_DIR).as_posix().startswith(
                       ("extract/", "explore/"))
                   and pattern.search(p.read_text(encoding="utf-8")))
    assert named == ["facts.py", "publish.py", "scoring.py"]
