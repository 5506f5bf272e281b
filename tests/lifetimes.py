"""Processes a test starts and must see end: how much processor time one has used, which are still alive."""

from __future__ import annotations

import contextlib

import psutil


def cpu_seconds(process: psutil.Process) -> float:
    """User and system time ``process`` has used; 0 once it has ended."""
    try:
        times = process.cpu_times()
        return float(times.user + times.system)
    except psutil.Error:
        return 0.0


def alive(processes: list[psutil.Process]) -> list[int]:
    """The pids of ``processes`` still running (a zombie, ended but not yet reaped, is not)."""
    running = []
    for p in processes:
        with contextlib.suppress(psutil.Error):
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                running.append(p.pid)
    return running
