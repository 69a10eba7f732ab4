"""newsfacts.atomic: the one routine that writes a local file whole (archive, fetch state,
local landing zone), and the check that nothing else rolls its own."""

from __future__ import annotations

import os
import re
import stat

import pytest

from newsfacts.atomic import atomic_write
from newsfacts.settings import PACKAGE_DIR


def test_writes_whole_and_replaces(tmp_path):
    target = tmp_path / "deep" / "folder" / "f.json"
    assert atomic_write(target, b'{"a": 1}') is True
    assert target.read_bytes() == b'{"a": 1}'
    assert atomic_write(target, b'{"a": 2}') is True
    assert target.read_bytes() == b'{"a": 2}'
    assert sorted(os.listdir(target.parent)) == ["f.json"]  # no temporary file left


def test_keep_existing_and_read_only(tmp_path):
    target = tmp_path / "blob.gz"
    assert atomic_write(target, b"first", mode=0o444, overwrite=False) is True
    assert atomic_write(target, b"second", mode=0o444, overwrite=False) is False
    assert target.read_bytes() == b"first"
    assert not stat.S_IMODE(target.stat().st_mode) & 0o222  # nobody may write it


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "state.json"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["state.json"]


def test_no_other_module_renames_temporary_files_into_place():
    """Only publish swaps files it did not write byte by byte (the DuckDB file DuckDB wrote,
    and symlinks); every other whole-file write goes through atomic_write."""
    pattern = re.compile(r"os\.replace\(|os\.rename\(|mkstemp\(|NamedTemporaryFile\(")
    offenders = sorted(
        str(p.relative_to(PACKAGE_DIR)) for p in PACKAGE_DIR.rglob("*.py")
        if p.name != "atomic.py" and p.relative_to(PACKAGE_DIR).as_posix() != "publish.py"
        and pattern.search(p.read_text(encoding="utf-8")))
    assert offenders == []
