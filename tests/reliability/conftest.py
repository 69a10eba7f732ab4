"""Fixtures for the reliability tests: the corpus (relkit.py) served over real HTTP on
loopback, and a sources file that reads it."""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # relkit.py beside this file

from relkit import build_site, sources_file


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def corpus_sources(tmp_path_factory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("corpus")
    site = build_site(root / "site")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield sources_file(root / "sources.yml", f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
