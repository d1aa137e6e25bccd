"""Record the agents' answers on the sample cases: ``python -m tests.replay.record``.

Run it after a deliberate change to prompts, rules or guardrails, read the git diff of
``tests/replay/recordings/`` and commit it with the change that caused it.
"""

from __future__ import annotations

import json

from agents import offline_roles
from tests.replay.agents_under_replay import RECORDINGS, run
from tests.replay.scenarios import scenarios


def main() -> None:
    roles = offline_roles()
    RECORDINGS.mkdir(exist_ok=True)
    for stale in RECORDINGS.glob("*.json"):
        stale.unlink()
    for name, (role, data) in sorted(scenarios().items()):
        recording = {"role": role, "input": data, "output": run(role, data, roles)}
        path = RECORDINGS / f"{name}.json"
        path.write_text(json.dumps(recording, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"recorded {len(scenarios())} agent calls in {RECORDINGS}")


if __name__ == "__main__":
    main()
