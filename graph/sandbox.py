"""Confinement of a query worker by the operating system: no network, bounded memory, a quiet crash.

An endpoint's worker runs whatever SPARQL a client sends, in Oxigraph. Three limits are set on its process
before it opens the store, each by the kernel, so that no query can talk its way past them:

- **no network**: a seccomp filter makes ``socket()`` fail for IPv4 and IPv6 (Linux, x86-64 and ARM64).
  Oxigraph can evaluate ``SERVICE`` by calling other servers over HTTP; the endpoint refuses such queries
  (``newsgraph.graph.query_algebra``), and with this filter the engine could not reach any server even if a
  query got through. The worker's pipe to the server is a Unix socket made before, untouched.
- **memory**: ``RLIMIT_DATA`` caps the worker's heap. A query that would pass it (a cross product sorted in
  memory, a string doubled thirty times) makes Oxigraph's allocation fail, and Rust ends the process with
  SIGABRT; the pool tells the client the query used more than the limit and starts a new worker.
- **a quiet end**: the worker's standard error goes to /dev/null, so an engine that aborts prints no Rust
  backtrace into the server's log; the pool logs one line per query itself.

Where the kernel offers less (macOS, other CPUs), :func:`confine` applies what it can and says what it could
not, and the server warns once.
"""

from __future__ import annotations

import ctypes
import os
import platform
import resource
import socket
import struct
import sys

__all__ = ["confine"]

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_ERRNO = 0x00050000
_EACCES = 13
# Classic BPF opcodes (linux/filter.h).
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_RET_K = 0x06
#: Per CPU: the audit architecture seccomp reports, and socket()'s system call number.
_ARCHES = {"x86_64": (0xC000003E, 41), "amd64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198),
           "arm64": (0xC00000B7, 198)}
#: x86-64's x32 ABI numbers its calls from here; no worker uses it, so it is refused whole.
_X32_BASE = 0x40000000


def _insn(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def _no_ip_sockets_filter(arch: int, nr_socket: int) -> bytes:
    """A seccomp program: socket(AF_INET | AF_INET6, ...) fails with EACCES; every other call is allowed."""
    program = [
        _insn(_LD_W_ABS, 4),                                 # 0: the calling convention
        _insn(_JEQ_K, arch, 0, 8),                           # 1: not this CPU's → 10 (refuse)
        _insn(_LD_W_ABS, 0),                                 # 2: the system call number
        _insn(_JGE_K, _X32_BASE, 7, 0),                      # 3: an x32 call → 11 (errno)
        _insn(_JEQ_K, nr_socket, 0, 4),                      # 4: not socket() → 9 (allow)
        _insn(_LD_W_ABS, 16),                                # 5: socket()'s first argument, the family
        _insn(_JEQ_K, socket.AF_INET, 4, 0),                 # 6: → 11 (errno)
        _insn(_JEQ_K, socket.AF_INET6, 3, 0),                # 7: → 11 (errno)
        _insn(_RET_K, _SECCOMP_RET_ALLOW),                   # 8
        _insn(_RET_K, _SECCOMP_RET_ALLOW),                   # 9
        _insn(_RET_K, _SECCOMP_RET_ERRNO | _EACCES),         # 10: a foreign calling convention
        _insn(_RET_K, _SECCOMP_RET_ERRNO | _EACCES),         # 11
    ]
    return b"".join(program)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def block_network() -> str | None:
    """Make IPv4 and IPv6 sockets impossible for this process and the threads it starts; None when done, else
    why it could not be."""
    if not sys.platform.startswith("linux"):
        return f"the network cannot be closed to query workers on {sys.platform}"
    found = _ARCHES.get(platform.machine().lower())
    if found is None:
        return f"the network cannot be closed to query workers on a {platform.machine()} CPU"
    program = _no_ip_sockets_filter(*found)
    buffer = ctypes.create_string_buffer(program)
    fprog = _SockFprog(len(program) // 8, ctypes.addressof(buffer))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        prctl.restype = ctypes.c_int
        if prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or \
                prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0) != 0:
            return f"the kernel refused a seccomp filter ({os.strerror(ctypes.get_errno())})"
    except (OSError, AttributeError) as e:
        return f"seccomp is not available ({e})"
    return None


def limit_memory(megabytes: int) -> str | None:
    """Cap this process's heap at ``megabytes``; None when done, else why it could not be."""
    limit = megabytes << 20
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        if hard != resource.RLIM_INFINITY and hard < limit:
            limit = hard
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (OSError, ValueError) as e:
        return f"the memory of query workers cannot be limited ({e})"
    return None


def silence_stderr() -> None:
    """Send this process's standard error (file descriptor 2, which Rust writes to) to /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def confine(memory_mb: int | None) -> list[str]:
    """Apply every limit this platform allows to the current process; the list says which could not be."""
    problems = [problem for problem in (block_network(), limit_memory(memory_mb) if memory_mb else None)
                if problem is not None]
    silence_stderr()
    return problems
