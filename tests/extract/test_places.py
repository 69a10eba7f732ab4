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
