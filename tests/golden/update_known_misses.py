"""Rewrite ``known_misses.json`` from what the parser gets wrong now over the dev corpus.

    .venv/bin/python tests/golden/update_known_misses.py

Reasons already written are kept; a new miss gets the reason ``TODO``, which the golden test refuses:
every listed miss must say why it is accepted. Run it after a change that fixes or knowingly gives
up a field, then write the reasons.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.test_golden import KNOWN_MISSES, MODES, corpus_ids, current_misses  # noqa: E402


def main() -> int:
    old = json.loads(KNOWN_MISSES.read_text(encoding="utf-8")) if KNOWN_MISSES.exists() else {}
    new: dict[str, dict[str, Any]] = {}
    for letter_id in corpus_ids():
        for mode in MODES:
            for name, detail in current_misses(letter_id, mode).items():
                key = f"{letter_id} {name}"
                reason = old.get(key, {}).get("reason", "TODO")
                entry = new.setdefault(key, {"modes": [], "reason": reason, "now": {}})
                entry["modes"].append(mode)
                entry["now"][mode] = detail
    KNOWN_MISSES.write_text(json.dumps(dict(sorted(new.items())), ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    todo = sum(1 for v in new.values() if v["reason"] == "TODO")
    print(f"{len(new)} known misses written to {KNOWN_MISSES} ({todo} without a reason)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
