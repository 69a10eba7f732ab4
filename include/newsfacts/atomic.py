"""One way to write a local file whole: the archive, the fetch state and the landing zone's
local folders all write through :func:`atomic_write`.

The bytes go to a temporary file in the destination's folder, under a name no other writer
uses (exclusive create), and are renamed into place: a reader, or a process killed halfway,
sees the old file or the new one, never half of one. On failure the temporary file is
removed.
"""

from __future__ import annotations

import contextlib
import os
import secrets


def atomic_write(path: str | os.PathLike, data: bytes, *, mode: int = 0o666,
                 overwrite: bool = True) -> bool:
    """Write ``data`` to ``path`` atomically, creating its folder if needed.

    mode: permission bits of the new file (less the umask, as ``open()`` does; 0o444 makes
    it read-only). overwrite=False keeps an existing file (content-addressed stores, where
    an existing file already holds the same bytes). Returns True when the file was written.
    """
    path = os.fspath(path)
    if not overwrite and os.path.exists(path):
        return False
    folder, name = os.path.split(path)
    os.makedirs(folder or ".", exist_ok=True)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    # O_EXCL: a name no other writer uses; the kernel applies the umask to mode (a 0o444
    # file is still writable through the descriptor that created it)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if not overwrite and os.path.exists(path):  # another writer won the race: keep theirs
            os.unlink(tmp)
            return False
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return True

