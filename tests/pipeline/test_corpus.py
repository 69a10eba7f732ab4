"""The corpus reader behind `newsfacts extract` and `newsfacts eval` (newsfacts.corpus)."""

from __future__ import annotations

import pytest

from newsfacts.corpus import iter_corpus, write_extractions
from newsfacts.errors import UserError


def test_iter_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nBody text here.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"title_in_body": true, "published": "2020-01-01"}')
    (tmp_path / "b.html").write_bytes(b"<html><body><p>x</p></body></html>")
    docs = list(iter_corpus([str(tmp_path)]))
    assert [(d[0], d[2]) for d in docs] == [("a", "text"), ("b", "html")]
    assert docs[0][3]["published"] == "2020-01-01"


def test_missing_path_is_user_error(tmp_path):
    with pytest.raises(UserError, match="no such file or folder"):
        write_extractions([str(tmp_path / "nope")])
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(UserError, match=r"not a \.txt or \.html"):
        write_extractions([str(tmp_path / "notes.md")])
