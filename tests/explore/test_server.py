"""`newsfacts explore`'s command: loopback by default, Streamlit's calls home switched off,
and one clear line (no traceback) when it cannot start."""

from __future__ import annotations

import socket
import subprocess
import sys

from newsfacts.explore.server import DEFAULT_HOST, DEFAULT_PORT, streamlit_command


def _flag(cmd: list[str], name: str) -> str:
    return cmd[cmd.index(name) + 1]


def test_defaults_are_loopback_and_offline():
    cmd = streamlit_command()
    assert (DEFAULT_HOST, DEFAULT_PORT) == ("127.0.0.1", 8501)
    assert _flag(cmd, "--server.address") == "127.0.0.1"
    assert _flag(cmd, "--server.port") == "8501"
    assert _flag(cmd, "--browser.gatherUsageStats") == "false"
    assert _flag(cmd, "--server.fileWatcherType") == "none"
    assert _flag(cmd, "--global.developmentMode") == "false"
    assert cmd[1:3] == ["-m", "newsfacts.explore.launch"]


def test_the_launcher_never_asks_for_the_external_ip():
    code = ("import runpy, sys; sys.argv = ['x', '--version']\n"
            "try:\n runpy.run_module('newsfacts.explore.launch', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "from streamlit import net_util; print(net_util.get_external_ip())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "None"


def test_cannot_start_says_why_in_one_line(tmp_path):
    missing = subprocess.run([sys.executable, "-m", "newsfacts.cli", "explore", "--published",
                              str(tmp_path / "none.duckdb")], capture_output=True, text=True,
                             timeout=120)
    assert missing.returncode == 2 and "no published warehouse" in missing.stderr
    assert "Traceback" not in missing.stderr
    published = tmp_path / "p.duckdb"
    published.write_bytes(b"")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "newsfacts.cli", "explore", "--port",
                               str(port), "--published", str(published)],
                              capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr
