"""What tests that run chronique as a program share: the real command, a free port, and
waiting for a server to answer. Importable from every test folder (tests/ is on sys.path
through its conftest.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

EXE = Path(sys.executable).with_name("chronique")
# The installed entry point, or the module when the package is used from a source tree.
COMMAND = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "chronique.cli"]


def free_port() -> int:
    """A TCP port of 127.0.0.1 nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(base: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    """Return once `GET base/stats` answers; fail the test (and stop `proc`) if the server
    exits or does not answer within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(base + "/stats", timeout=2)
            return
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"chronique serve did not start: {proc.stderr.read()}")
            time.sleep(0.1)
