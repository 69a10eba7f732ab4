"""Discover and fetch: the part of the pipeline that meets the open web.

Public interface (the DAG, the CLI and the tests use only these names):

- ``Candidate``, ``FetchRecord`` (JSON-serialisable via ``to_dict``/``from_dict``)
- ``FetchState(root)``: what was fetched before, as files (several processes may share it)
- ``discover(sources, *, state, settings)`` -> (candidates, feed-level records)
- ``fetch_candidates(candidates, *, sources, archive, state, settings, progress=None)``
- ``group_by_host(candidates, n_groups)``
- ``decode_html(data, content_type=None)`` -> (text, encoding)
- ``canonical_url(url)``, ``FetchConfig`` (limits; tests pass ``config=``)
"""

from newsfacts.fetch.config import FetchConfig
from newsfacts.fetch.core import discover, fetch_candidates, group_by_host
from newsfacts.fetch.encoding import decode_html
from newsfacts.fetch.models import OUTCOMES, Candidate, FetchRecord
from newsfacts.fetch.state import FetchState
from newsfacts.fetch.urls import canonical_url

__all__ = [
    "OUTCOMES",
    "Candidate",
    "FetchConfig",
    "FetchRecord",
    "FetchState",
    "canonical_url",
    "decode_html",
    "discover",
    "fetch_candidates",
    "group_by_host",
]
