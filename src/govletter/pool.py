"""A process pool that survives its tasks: crashes, hangs and runaway memory fail one task only.

``concurrent.futures`` breaks the whole pool when a worker dies and cannot stop a task that hangs.
Here each worker is a process with its own pipe; the parent watches every busy worker's pipe, its
process sentinel, its deadline and its resident memory, and replaces a worker it had to kill.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_POLL = 0.2  # seconds between checks of deadlines and memory
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _worker(conn: Connection, fn: Callable[..., Any], extra: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            arg = conn.recv()
        except EOFError:
            return
        if arg is None:
            return
        conn.send(fn(arg, extra))


def _rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc; 0 where unknown)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


class _Slot(Generic[T]):
    def __init__(self, ctx: Any, fn: Callable[..., Any], extra: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child, fn, extra), daemon=True)
        self.process.start()
        child.close()
        self.item: T | None = None
        self.deadline = 0.0

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class WorkerPool(Generic[T]):
    """``map`` items to ``fn(arg, extra)`` in ``jobs`` processes; results come back as they finish.

    A task whose worker dies, runs past ``timeout`` seconds or grows past ``max_memory_mb`` yields
    ``failure(kind, message)`` instead of a result, and the pool carries on with a new worker.
    """

    def __init__(self, jobs: int, fn: Callable[..., Any], extra: Any, *, timeout: float = 0.0,
                 max_memory_mb: int = 0, failure: Callable[[str, str], Any] | None = None) -> None:
        self.jobs = max(1, jobs)
        self.fn = fn
        self.extra = extra
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.failure = failure or _default_failure
        self._ctx = mp.get_context("spawn")
        self._slots: list[_Slot[T]] = []

    def __enter__(self) -> WorkerPool[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(kill=exc[0] is not None)

    def close(self, *, kill: bool = False) -> None:
        for slot in self._slots:
            slot.stop(kill=kill)
        self._slots.clear()

    def map(self, items: list[T], arg_of: Callable[[T], Any]) -> Iterator[tuple[T, Any]]:
        queue = deque(items)
        while len(self._slots) < min(self.jobs, len(items)):
            self._slots.append(_Slot(self._ctx, self.fn, self.extra))
        busy: list[_Slot[T]] = []
        idle = list(self._slots)
        while queue or busy:
            while queue and idle:
                slot = idle.pop()
                slot.item = queue.popleft()
                slot.deadline = time.monotonic() + self.timeout if self.timeout else float("inf")
                slot.conn.send(arg_of(slot.item))
                busy.append(slot)
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=_POLL)
            now = time.monotonic()
            for slot in list(busy):
                item = slot.item
                assert item is not None
                result: Any = None
                failed = False
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):
                        failed, result = True, self._crash(slot)
                elif slot.process.sentinel in ready or not slot.process.is_alive():
                    failed, result = True, self._crash(slot)
                elif now > slot.deadline:
                    failed, result = True, self.failure("Timeout", f"gave up after {self.timeout:g} s "
                                                        "(--timeout)")
                elif self.max_memory_mb and _rss_mb(slot.process.pid or 0) > self.max_memory_mb:
                    failed, result = True, self.failure("MemoryLimit", f"worker memory went past "
                                                        f"{self.max_memory_mb} MB (--max-memory)")
                else:
                    continue
                busy.remove(slot)
                slot.item = None
                if failed:
                    slot = self._replace(slot)
                idle.append(slot)
                yield item, result

    def _crash(self, slot: _Slot[T]) -> Any:
        slot.process.join(timeout=1)
        code = slot.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return self.failure("WorkerCrash", f"the worker process died ({how})")

    def _replace(self, slot: _Slot[T]) -> _Slot[T]:
        slot.stop(kill=True)
        fresh: _Slot[T] = _Slot(self._ctx, self.fn, self.extra)
        self._slots[self._slots.index(slot)] = fresh
        return fresh


def _default_failure(kind: str, message: str) -> Any:
    return {"error": kind, "message": message}
