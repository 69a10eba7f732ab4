"""A page's language: declared (<html lang>, Content-Language, the feed's <language>),
checked by a detector; kept through records to dim_article.language. Pages in a language the
extractor does not read are archived and loaded as articles without facts, with fetch
outcome "skipped" and error "language: ...". The fixtures are original articles in
English, Korean, Japanese and Portuguese."""

from __future__ import annotations

import pyarrow.parquet as pq
from newsfixtures import (
    EN_PARAS,
    EN_TITLE,
    JA_PARAS,
    JA_TITLE,
    KO_PARAS,
    KO_TITLE,
    PT_PARAS,
    PT_TITLE,
    english_page,
    page,
    rss_items,
    served,
)


def test_language_declared_or_detected_and_the_outcome(site, run, source, archive, state):
    pages = {
        "/ko.html": (page(KO_TITLE, KO_PARAS, "ko-KR"), {}),
        "/ja.html": (page(JA_TITLE, JA_PARAS), {"Content-Language": "ja"}),
        "/pt.html": (page(PT_TITLE, PT_PARAS), {}),  # nothing declared: the detector
        "/en.html": (english_page(1, "en-GB"), {}),
        "/en-plain.html": (english_page(2, None), {}),
        # a CMS template that says "en" on every page: the detector is sure it is not
        "/mislabelled.html": (page("Câmara vota orçamento das obras", PT_PARAS[::-1], "en"),
                              {}),
        # a stub with too little text to judge: the feed's <language> stands
        "/stub.html": (page("속보", ["부산항 속보"]), {}),
    }
    for path, (body, headers) in pages.items():
        site.page(path, body=body, headers=headers)
    feed = served(site, "/feed.xml", rss_items(
        [f"<item><title>{p}</title><link>{site.url(p)}</link></item>" for p in pages],
        language="ko"), "application/rss+xml")
    cands, _, recs, by_url = run([source("port", "rss", url=feed, allow_private=True)])
    assert all(c.language == "ko" for c in cands)  # what the feed declared
    lang = {r.url.rsplit("/", 1)[1]: r.language for r in recs}
    assert lang == {"ko.html": "ko", "ja.html": "ja", "pt.html": "pt", "en.html": "en",
                    "en-plain.html": "en", "mislabelled.html": "pt", "stub.html": "ko"}
    for name in ("en.html", "en-plain.html"):
        assert by_url[site.url("/" + name)].outcome == "fetched"
    for name in ("ko.html", "ja.html", "pt.html", "mislabelled.html", "stub.html"):
        rec = by_url[site.url("/" + name)]
        assert rec.outcome == "skipped" and rec.error.startswith(f"language: {rec.language} ")
        assert rec.new_article and archive.exists(rec.content_sha256)  # archived, loaded
        assert state.is_done(rec.canonical_url)  # and not fetched again next run
    cands, _, _, _ = run([source("port", "rss", url=feed, allow_private=True)])
    assert cands == []


def test_declarations_normalise_and_the_detector_only_overrules_when_sure():
    from newsfacts.fetch.language import normalise, page_language

    assert [normalise(t) for t in ("en-GB", "EN_us", "pt-BR", "ko", "de, en", "x-default",
                                   "und", "English", "", None)] == [
        "en", "en", "pt", "ko", "de", None, None, None, None, None]
    english = " ".join(EN_PARAS)
    assert page_language(english) == "en"
    assert page_language(english, "ko") == "en"  # long English text, sure detector
    assert page_language("Breakwater update.", "ko") == "ko"  # too short to overrule
    assert page_language("", None) is None


def _extract(archive, body: bytes, language: str | None) -> dict:
    from newsfacts.pipeline import extract_page

    sha = archive.put(body)
    return extract_page(archive, {"url": "https://gazette.invalid/breakwater",
                                  "canonical_url": "https://gazette.invalid/breakwater",
                                  "content_sha256": sha, "content_type": "text/html",
                                  "language": language})


def test_a_page_the_extractor_does_not_read_yields_an_article_without_facts(archive):
    """The same English body, once as an English page and once as a page the fetch found
    to be Portuguese (a bilingual page, say): the second keeps its article and sentences
    but no actors and no facts, and its language reaches the articles row."""
    from newsfacts.records import flatten_extraction

    body = page(EN_TITLE, EN_PARAS)
    english = _extract(archive, body, "en")
    assert english["statements"] and english["actors"]  # the rules do find facts in it
    other = _extract(archive, body, "pt")
    assert other["article"]["text"] == english["article"]["text"] and other["sentences"]
    assert (other["actors"], other["statements"], other["visits"], other["deployments"]) == (
        [], [], [], [])
    rows = flatten_extraction(other, {"canonical_url": "https://gazette.invalid/breakwater",
                                      "content_sha256": "ab" * 32, "language": "pt"})
    assert rows["articles"][0]["language"] == "pt" and rows["articles"][0]["body_text"]
    assert not rows["statements"] and not rows["actors"]


def test_pipeline_steps_carry_the_language_to_the_articles_table(site, tmp_path, monkeypatch):
    """discover -> fetch -> plan -> extract, the steps the DAG runs: the Korean page is a
    new article (archived, batched, extracted) with language "ko" and no facts."""
    from newsfacts import pipeline
    from newsfacts.settings import Settings

    site.page("/en.html", body=english_page(3))
    site.page("/ko.html", body=page(KO_TITLE, KO_PARAS, "ko"))
    feed = served(site, "/feed.xml", rss_items(
        [f"<item><title>{p}</title><link>{site.url(p)}</link></item>"
         for p in ("/en.html", "/ko.html")]), "application/rss+xml")
    sources = tmp_path / "sources.yml"
    sources.write_text(f"sources:\n  - {{name: port, kind: rss, url: '{feed}', "
                       "allow_private: true, rate_limit: 0}\n")
    settings = Settings.from_env({"NEWSFACTS_HOME": str(tmp_path / "home")})
    groups = pipeline.discover_step(settings, "lang1", str(sources))
    page_files = [pipeline.fetch_step(settings, "lang1", g, str(sources)) for g in groups]
    batches = pipeline.plan_batches(settings, "lang1", page_files)
    out = [pipeline.extract_step(settings, "lang1", b) for b in batches]
    articles = [r for d in out for r in pq.read_table(f"{d}/articles.parquet").to_pylist()]
    assert sorted((a["url"].rsplit("/", 1)[1], a["language"]) for a in articles) == [
        ("en.html", "en"), ("ko.html", "ko")]
    ko_id = next(a["article_id"] for a in articles if a["language"] == "ko")
    for table in ("actors", "statements", "visits", "deployments"):
        rows = [r for d in out for r in pq.read_table(f"{d}/{table}.parquet").to_pylist()]
        assert not [r for r in rows if r["article_id"] == ko_id], table
    fetch_log = pq.read_table(
        next((tmp_path / "home" / "landing").glob("lang1/fetch_log-0*.parquet"))).to_pylist()
    ko = next(r for r in fetch_log if r["url"].endswith("/ko.html"))
    assert ko["outcome"] == "skipped" and ko["error"].startswith("language: ko")
