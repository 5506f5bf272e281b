"""Worker processes that end with the process that started them.

A build's extraction workers and the endpoint's query workers are children of one newsgraph process. When that
process is killed (``kill -9``, SIGTERM, a closed terminal) its children must not live on: orphaned, they hold
memory and the caller's pipes, so a script waiting for the command's output waits for ever.
:func:`die_with_parent` is called first thing in each worker. On Linux it asks the kernel to kill the worker
when its parent ends (``PR_SET_PDEATHSIG``), which holds even for ``kill -9``; elsewhere a thread watches
for the parent to go. Ctrl-C reaches the whole process group: workers ignore it (:func:`ignore_interrupts`)
and the parent, which owns them, stops them.

A process that is not the worker's parent can own it too: a query worker's parent is the fork server, which
lives on as long as any worker does (each worker holds the fork server's "alive" pipe), while the endpoint that
owns the pool is another process. :func:`die_with` ends the worker with that owner.

Example:
    >>> import os
    >>> die_with_parent(os.getppid())  # doctest: +SKIP
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time

__all__ = ["die_with", "die_with_parent", "ignore_interrupts"]

_PR_SET_PDEATHSIG = 1
#: How often a worker without PR_SET_PDEATHSIG looks for its parent.
_WATCH_SECONDS = 0.5


def die_with_parent(parent_pid: int | None = None) -> None:
    """End this process as soon as its parent ends, however it ends.

    ``parent_pid`` is the parent the caller expects (the process that started the pool): if the parent is
    another one already, that parent has ended and this process ends at once. None takes the parent as it is
    (a worker started by a fork server, whose parent is that server).
    """
    if parent_pid is None:
        parent_pid = os.getppid()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            asked = libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            asked = False
        if asked:
            if os.getppid() != parent_pid:  # the parent ended before the kernel was asked
                os._exit(1)
            return
    threading.Thread(target=_watch, args=(parent_pid,), name="newsgraph-parent-watch", daemon=True).start()


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def die_with(owner_pid: int) -> None:
    """End this process as soon as process ``owner_pid`` ends, however it ends, whether or not it is the parent.

    A thread waits for the owner: on a pidfd where the system has them (it becomes readable when the process
    ends), else by looking every half second. It runs while the process computes in code that releases the GIL
    (Oxigraph's query evaluation does), so a worker in the middle of a query ends too.
    """
    try:
        handle: int | None = os.pidfd_open(owner_pid)
    except ProcessLookupError:  # the owner ended before this process started watching
        os._exit(1)
    except (AttributeError, OSError):  # no pidfd_open (not Linux, or Linux before 5.3)
        handle = None
    threading.Thread(target=_wait_for_owner, args=(owner_pid, handle), name="newsgraph-owner-watch",
                     daemon=True).start()


def _wait_for_owner(owner_pid: int, handle: int | None) -> None:
    if handle is not None:
        select.select([handle], [], [])
    else:
        while _exists(owner_pid):
            time.sleep(_WATCH_SECONDS)
    os._exit(1)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        pass
    return True


def ignore_interrupts() -> None:
    """Leave Ctrl-C to the parent: it reaches every process of the group, and the parent stops its workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
