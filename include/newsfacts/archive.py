"""Content-addressed, immutable archive of raw pages.

Each blob is stored once as ``<root>/<ab>/<sha256>.gz`` where ``sha256`` is the hash of
the raw (uncompressed) bytes and ``ab`` its first two hex digits. Writes go to a temporary
file in the same folder and are renamed into place, so readers never see a partial blob
and several processes may store the same page at the same time. Stored files are made
read-only; ``put`` of existing content is a no-op.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

from newsfacts.atomic import atomic_write
from newsfacts.errors import ArchiveError

_KEY_RE = re.compile(r"^[0-9a-f]{64}$")

__all__ = ["Archive", "ArchiveError"]


class Archive:
    def __init__(self, root):
        self.root = Path(root).expanduser()

    @staticmethod
    def key_for(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    def path_for(self, key: str) -> Path:
        if not isinstance(key, str) or not _KEY_RE.match(key):
            raise ArchiveError(f"not an archive key (64 lowercase hex digits): {key!r}")
        return self.root / key[:2] / f"{key}.gz"

    def exists(self, key) -> bool:
        try:
            return self.path_for(key).is_file()
        except ArchiveError:
            return False

    def put(self, data: bytes) -> str:
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("Archive.put takes bytes")
        data = bytes(data)
        key = self.key_for(data)
        path = self.path_for(key)
        if path.is_file():
            return key
        atomic_write(path, gzip.compress(data, compresslevel=6, mtime=0), mode=0o444,
                     overwrite=False)  # a racing writer stored the same bytes: keep theirs
        return key

    def get(self, key: str) -> bytes:
        path = self.path_for(key)
        try:
            with gzip.open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise KeyError(key) from None
        if hashlib.sha256(data).hexdigest() != key:
            raise ArchiveError(f"archive blob {path} is corrupt (hash mismatch)")
        return data

    def __contains__(self, key) -> bool:
        return self.exists(key)
