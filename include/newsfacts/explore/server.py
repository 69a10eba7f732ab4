"""`newsfacts explore`: serve the explorer with Streamlit, on loopback by default, offline.

Streamlit runs as a child process (`python -m newsfacts.explore.launch run app.py`: Streamlit's
command line without its external-IP lookup) with settings that keep it off the internet (no
usage statistics, no file watcher, no development mode); the page itself loads only
Streamlit's bundled assets from this server.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from newsfacts.errors import UserError
from newsfacts.settings import Settings

APP = Path(__file__).resolve().parent / "app.py"
DEFAULT_PORT = 8501
DEFAULT_HOST = "127.0.0.1"


def streamlit_command(port: int = DEFAULT_PORT, host: str = DEFAULT_HOST) -> list[str]:
    return [sys.executable, "-m", "newsfacts.explore.launch", "run", str(APP),
            "--server.port", str(port), "--server.address", host,
            "--server.headless", "true", "--server.fileWatcherType", "none",
            "--server.runOnSave", "false", "--browser.gatherUsageStats", "false",
            "--browser.serverAddress", host, "--browser.serverPort", str(port),
            "--global.developmentMode", "false", "--client.toolbarMode", "viewer",
            "--client.showErrorDetails", "false", "--theme.base", "light"]


def streamlit_env(published: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           "STREAMLIT_SERVER_HEADLESS": "true"}
    if published is not None:
        env["NEWSFACTS_PUBLISHED"] = str(published)
    return env


def _check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will
        try:
            s.bind((host, port))
        except OSError as exc:
            raise UserError(f"cannot listen on {host}:{port} ({exc.strerror}): "
                            "pass another --port (or stop what uses it)") from None


def _warm_demo_score(settings: Settings) -> None:
    """The Quality page's demo-gold score, computed while Streamlit starts (once per extractor
    version: it is kept in a file), so that the page's first render does not wait for it."""
    from newsfacts.explore.data import demo_gold_score

    try:
        demo_gold_score(settings)
    except Exception as exc:  # the page computes it then, and says what failed
        print(f"newsfacts explore: could not score the demo corpus yet: {exc}", flush=True)


def run_explorer(port: int = DEFAULT_PORT, host: str = DEFAULT_HOST,
                 published: str | None = None) -> int:
    settings = Settings.from_env()
    path = Path(published).resolve() if published else settings.published
    if not path.exists():
        raise UserError(f"no published warehouse at {path}: run the pipeline first "
                        "(bash scripts/demo.sh), or pass --published FILE")
    _check_port(host, port)
    print(f"newsfacts explore: http://{host}:{port}/ over {path} (read-only; Ctrl-C stops)",
          flush=True)
    proc = subprocess.Popen(streamlit_command(port, host), env=streamlit_env(path))

    def stop(signum, _frame) -> None:  # the server goes when this command goes
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM if signum == signal.SIGTERM else signal.SIGINT)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        _warm_demo_score(settings)
        return proc.wait()
    except KeyboardInterrupt:
        stop(signal.SIGINT, None)
        return 130
    finally:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
