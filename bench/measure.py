"""Running a command as a benchmark: wall time, CPU time of the whole process tree, and the
peak memory (RSS) of the parent and of each worker process, sampled while it runs.

CPU seconds are what the machine spent, whatever else runs on it: on a shared machine they
compare two runs more fairly than wall time, so the benchmarks print both.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).with_name("chronique")
CHRONIQUE = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "chronique.cli"]
MB = 1024 * 1024


@dataclass
class Run:
    """What one command cost."""

    wall: float = 0.0
    cpu: float = 0.0                       # user + system, the command and its workers
    parent_rss: int = 0                    # peak, bytes
    child_rss: dict[int, int] = field(default_factory=dict)   # peak per descendant, bytes
    child_names: dict[int, str] = field(default_factory=dict)
    returncode: int = 0
    stderr: str = ""
    samples: list[tuple[float, int]] = field(default_factory=list)   # (s, parent RSS)
    parent_anon: int = 0                   # peak of the parent's anonymous memory (heap)

    def workers_rss(self, match: str = "") -> list[int]:
        """Peak RSS of the descendants whose command line contains `match`."""
        return [rss for pid, rss in self.child_rss.items() if match in self.child_names[pid]]


def _sample(proc: psutil.Process, run: Run, stop: threading.Event, every: float,
            started: float) -> None:
    while not stop.is_set():
        try:
            rss = proc.memory_info().rss
            run.parent_rss = max(run.parent_rss, rss)
            run.samples.append((time.perf_counter() - started, rss))
            run.parent_anon = max(run.parent_anon, _anon(proc.pid))
            for child in proc.children(recursive=True):
                try:
                    c_rss = child.memory_info().rss
                    if child.pid not in run.child_names:
                        run.child_names[child.pid] = " ".join(child.cmdline())
                    run.child_rss[child.pid] = max(run.child_rss.get(child.pid, 0), c_rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            return
        stop.wait(every)


def _anon(pid: int) -> int:
    """RssAnon: the part of RSS that is the process's own heap, not file pages it maps (such
    as a database file SQLite maps for reading), which the kernel can drop at will."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(cmd: list[str], every: float = 0.25, timeout: float | None = None,
            env: dict[str, str] | None = None) -> Run:
    """Run `cmd` to the end (or `timeout`, then SIGINT), sampling memory every `every` s."""
    run = Run()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # A shell's background job ignores SIGINT, and so would the command: give it back, so that
    # a timeout stops the command as Ctrl-C would.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    stop = threading.Event()
    sampler = threading.Thread(target=_sample, daemon=True,
                               args=(psutil.Process(proc.pid), run, stop, every, started))
    sampler.start()
    try:
        _, run.stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)
        _, run.stderr = proc.communicate()
    run.wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    run.returncode = proc.returncode
    return run


def last_lines(text: str, n: int = 4) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-n:])


def machine() -> str:
    """The machine, and how busy it was: others' work slows wall times, not CPU times."""
    load = os.getloadavg()
    return (f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB; load "
            f"average {load[0]:.2f} at the start")
