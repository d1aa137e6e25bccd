"""The machine a benchmark ran on, as the results page states it."""

from __future__ import annotations

import datetime
import os
import re
from dataclasses import dataclass
from pathlib import Path

from benchmarks.errors import MachineInfoError


@dataclass(frozen=True)
class Machine:
    cpus: int
    cpu_model: str
    ram_gib: float
    date: str

    def describe(self) -> str:
        return f"{self.cpus} CPUs ({self.cpu_model}), {self.ram_gib:.1f} GiB RAM, {self.date}"


def parse_cpu_model(cpuinfo: str) -> str:
    """The first ``model name`` line of ``/proc/cpuinfo``."""
    match = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    if match is None:
        raise MachineInfoError("/proc/cpuinfo has no 'model name' line")
    return " ".join(match.group(1).split())


def parse_ram_gib(meminfo: str) -> float:
    """``MemTotal`` of ``/proc/meminfo`` (kB) in GiB."""
    match = re.search(r"^MemTotal:\s*(\d+)\s*kB$", meminfo, re.MULTILINE)
    if match is None:
        raise MachineInfoError("/proc/meminfo has no 'MemTotal: <n> kB' line")
    return int(match.group(1)) / (1024 * 1024)


def this_machine(proc: Path = Path("/proc")) -> Machine:
    return Machine(
        cpus=os.cpu_count() or 1,
        cpu_model=parse_cpu_model((proc / "cpuinfo").read_text()),
        ram_gib=parse_ram_gib((proc / "meminfo").read_text()),
        date=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def load_average() -> float:
    """One-minute load average: other work on the machine skews every figure."""
    return os.getloadavg()[0]
