"""A plain-text progress bar on stderr: one line, rewritten in place."""

from __future__ import annotations

import sys
from typing import TextIO


class ProgressBar:
    def __init__(self, total: int, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self._total = max(total, 1)
        self._done = 0
        self._failed = 0
        self._stream = stream
        self._width = width

    def advance(self, name: str, ok: bool) -> None:
        self._done += 1
        self._failed += not ok
        filled = self._width * self._done // self._total
        bar = "#" * filled + "." * (self._width - filled)
        line = f"\r[{bar}] {self._done}/{self._total} wrong {self._failed}  {name[:40]:<40}"
        self._stream.write(line)
        if self._done >= self._total:
            self._stream.write("\n")
        self._stream.flush()
