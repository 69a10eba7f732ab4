"""Bounded work on hostile pages (issue 13, extraction side): quote attribution grows
linearly with the number of quotation marks, deeply nested HTML is read (never silently
empty), and control characters never reach the extracted text. Pages are generated."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document
from newsfacts.extract.article import html_paragraphs, max_depth
from newsfacts.extract.context import DocContext
from newsfacts.extract.document import prepare
from newsfacts.extract.quotes import CAND_WINDOW, Attributor
from newsfacts.extract.statements import extract_statements

META = {"published": "2023-03-15", "title_in_body": True}


def _quote_page(n_quotes: int, per_paragraph: int) -> str:
    parts = [f'"we are ready for round {i}" said Tom Hale, the spokesman.' if i % 3 else
             f'he added "round {i} is the last one" and Ms Ana Keller said "not yet {i}"'
             for i in range(n_quotes)]
    paras = [" ".join(parts[i:i + per_paragraph]) for i in range(0, len(parts), per_paragraph)]
    return "Headline\n\n" + "\n\n".join(paras)


def _attribution_work(body: str, monkeypatch) -> tuple[int, int]:
    """(characters read for speaker candidates, statements) for one page."""
    read = {"chars": 0}
    orig = Attributor._candidates

    def counting(self, a, b):
        read["chars"] += b - a
        return orig(self, a, b)

    monkeypatch.setattr(Attributor, "_candidates", counting)
    d = prepare("t", body, "text", dict(META))
    ctx = DocContext("t", {}, d.article, d.boilerplate, d.quotes, d.entities)
    return read["chars"], len(extract_statements(ctx))


@pytest.mark.parametrize("per_paragraph", [1, 40, 100_000])  # many paragraphs .. one run-on
def test_quote_attribution_work_is_linear_in_quote_marks(per_paragraph, monkeypatch):
    small, n_small = _attribution_work(_quote_page(600, per_paragraph), monkeypatch)
    large, n_large = _attribution_work(_quote_page(2400, per_paragraph), monkeypatch)
    assert n_large >= 3.5 * n_small > 0  # the quotes are all still read
    # four times the marks, about four times the text read (quadratic would be sixteen)
    assert large <= 5 * small
    # and never more than a window per candidate request
    assert large <= 2400 * 12 * CAND_WINDOW


@pytest.mark.parametrize("depth", [40, 300, 5000])
def test_deeply_nested_html_is_read_not_silently_empty(depth):
    html = ("<html><head><title>Harbour talks</title></head><body><nav>Home | World</nav>"
            + "<div>" * depth
            + "<p>Chancellor Otto Brenner will visit Madrid next month for talks on the harbour "
              "deal with Spanish officials, his office said.</p>"
            + "<p>\"We expect a lot from this trip,\" said Mr Brenner on Tuesday evening.</p>"
            + "</div>" * depth + "</body></html>")
    out = extract_document("t", html, fmt="html", meta={"published": "2023-03-15"})
    assert "Otto Brenner will visit Madrid" in out["article"]["text"]
    assert "Home | World" not in out["article"]["text"]
    assert {(v["traveller"], v["destination"]) for v in out["visits"]} == {("Otto Brenner", "Madrid")}
    assert out["statements"] and out["statements"][0]["speaker"] == "Otto Brenner"
    assert "error" not in out


@pytest.mark.parametrize("depth", [300, 5000])
def test_a_short_deeply_nested_page_is_read_too(depth):
    # two short paragraphs (under the length that makes a shallow page worth reading by
    # hand): nested past libxml2's limit they must still be read, not come out empty
    html = ("<html><body>" + "<div>" * depth
            + "<p>Chancellor Otto Brenner will visit Madrid next month, his office said.</p>"
            + "<p>\u201cWe expect a lot from this trip,\u201d said Mr Brenner on Tuesday.</p>"
            + "</div>" * depth + "</body></html>")
    out = extract_document("t", html, fmt="html", meta={"published": "2023-03-15"})
    assert "Otto Brenner will visit Madrid" in out["article"]["text"]
    assert out["statements"] and "error" not in out


def test_a_deep_page_of_fragments_only_is_a_recorded_error():
    html = "<html><body>" + "<div>" * 300 + "<span>Home</span> <span>World</span>" + \
        "</div>" * 300 + "</body></html>"
    out = extract_document("t", html, fmt="html", meta={})
    assert "nested too deep" in out["error"]


def test_unreadable_html_with_text_is_a_recorded_error_not_an_empty_article():
    # text the reader cannot take as prose (only short list items, no sentence), nested
    # beyond the tree builder's limit
    html = "<html><body>" + "<div>" * 400 + "".join(f"<li>item {i}</li>" for i in range(200)) + \
        "</div>" * 400 + "</body></html>"
    out = extract_document("t", html, fmt="html", meta={})
    assert out["statements"] == [] and out["visits"] == []
    assert "nested too deep" in out["error"]


def test_nesting_depth_and_streaming_reader():
    assert max_depth("<div><p>a<br>b</p><img src=x><div><span>c</span></div></div>") == 3
    # stray closing tags never go below zero; "/>" closes itself, a slash inside does not
    assert max_depth("</p></p><a/><x-y:z a='1/'><b / ><i></b></x-y:z>") == 3
    assert max_depth("<div data-x='a/b'/><div><BR><Img src=/x/ ></div>") == 1
    assert max_depth("<p></p></div><p><p><p/>") == 2
    paras = html_paragraphs("<div>" * 1000 + "<p>One full sentence of article text here.</p>"
                            "<script>var x = 'not text';</script><p>Another sentence.</p>"
                            + "</div>" * 1000)
    assert paras == ["One full sentence of article text here.", "Another sentence."]


def test_control_characters_never_reach_the_extracted_text():
    body = ("Head\x00line\n\nMinister Ann \x1b[31mLee\x1b[0m said \u202e\"we will\x00 go to "
            "Rome now\u202c\" on Monday.\x07\n\nThe talks\u2066 opened\u2069 in \x9bLisbon.")
    out = extract_document("t", body, meta=META)
    text = out["article"]["text"]
    assert text == ('Minister Ann Lee said "we will go to Rome now" on Monday.\n\n'
                    "The talks opened in Lisbon.")
    assert out["article"]["title"] == "Headline"
    assert out["statements"][0]["text"] == "we will go to Rome now"
    html = "<html><body><p>The envoy\x1b]0;owned\x07 arrived in\u202e Oslo on Monday for talks.</p></body></html>"
    page = extract_document("t", html, fmt="html", meta={})["article"]["text"]
    assert not any(c in page for c in "\x1b\x07\u202e")
