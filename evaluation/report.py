"""The run's report: one self-contained HTML file (inline SVG charts, no scripts or CDN) and the
JSON summary it is drawn from."""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

BAR_COLOURS = ("#2f6fb0", "#d08a1e", "#3c9a5f", "#b3413b")


def bar_chart(title: str, bars: Sequence[tuple[str, float | None]], *, percent: bool) -> str:
    """A horizontal bar chart; a missing value is drawn as "n/a" with no bar."""
    row_h, label_w, chart_w = 26, 260, 320
    top = max((v for _, v in bars if v is not None), default=0.0)
    scale = 1.0 if percent else (top or 1.0)
    rows = []
    for i, (label, value) in enumerate(bars):
        y = 30 + i * row_h
        width = 0.0 if value is None else chart_w * min(value / scale, 1.0)
        shown = "n/a" if value is None else (f"{value * 100:.1f}%" if percent else f"{value:g}")
        colour = BAR_COLOURS[i % len(BAR_COLOURS)]
        rows.append(
            f'<text x="0" y="{y + 15}" font-size="12">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="16" fill="{colour}"/>'
            f'<text x="{label_w + width + 6:.1f}" y="{y + 15}" font-size="12">{shown}</text>'
        )
    height = 40 + row_h * len(bars)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + chart_w + 80}" '
        f'height="{height}" role="img" aria-label="{escape(title)}">'
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>'
        + "".join(rows)
        + "</svg>"
    )


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(_cell(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


PROCESS_COLUMNS = (
    ("cases", "cases"),
    ("accuracy", "accuracy"),
    ("autoDecisionRate", "auto-decision rate"),
    ("humanOverrideRate", "human-override rate"),
    ("unsafeAutoDecisions", "unsafe auto-decisions"),
    ("needlessHumanReviews", "needless reviews"),
    ("malformedRejected", "malformed rejected"),
    ("duplicatesWithOneSideEffect", "duplicates, one side effect"),
    ("piiLeaks", "PII leaks"),
    ("incidents", "incidents"),
    ("timeouts", "timeouts"),
)


def render_html(summary: dict[str, Any], title: str) -> str:
    processes: dict[str, dict[str, Any]] = summary["processes"]
    steps: dict[str, dict[str, Any]] = summary["steps"]
    fleet = summary.get("fleet")
    charts = [
        bar_chart(
            "Decision accuracy", [(p, f["accuracy"]) for p, f in processes.items()], percent=True
        ),
        bar_chart(
            "Auto-decision rate",
            [(p, f["autoDecisionRate"]) for p, f in processes.items()],
            percent=True,
        ),
        bar_chart(
            "Human-override rate",
            [(p, f["humanOverrideRate"]) for p, f in processes.items()],
            percent=True,
        ),
        bar_chart(
            "Unsafe auto-decisions (must be 0)",
            [(p, float(f["unsafeAutoDecisions"])) for p, f in processes.items()],
            percent=False,
        ),
        bar_chart(
            "SLA adherence per human step",
            [(s, f["slaAdherence"]) for s, f in steps.items()],
            percent=True,
        ),
        bar_chart(
            "Cycle time p50 per human step (minutes, engine clock)",
            [(s, f["cycleMinutesP50"]) for s, f in steps.items()],
            percent=False,
        ),
    ]
    if fleet:
        charts.append(
            bar_chart(
                "Guardrail hits (not allow)",
                [(r, float(n)) for r, n in fleet["guardrailHits"].items()],
                percent=False,
            )
        )
        charts.append(
            bar_chart(
                "Model calls",
                [(a, float(n)) for a, n in fleet["modelCalls"].items()],
                percent=False,
            )
        )
    sections = [
        f"<h1>{escape(title)}</h1>",
        "<h2>Per process</h2>",
        _table(
            ["process", *(label for _, label in PROCESS_COLUMNS)],
            [[p, *(f[k] for k, _ in PROCESS_COLUMNS)] for p, f in processes.items()]
            + [["all", *(summary["total"][k] for k, _ in PROCESS_COLUMNS)]],
        ),
        '<div class="charts">' + "".join(charts) + "</div>",
        "<h2>Human steps</h2>",
        _table(
            ["step", "tasks", "cycle p50 (min)", "cycle p95 (min)", "SLA adherence", "overrides"],
            [
                [
                    s,
                    f["tasks"],
                    f["cycleMinutesP50"],
                    f["cycleMinutesP95"],
                    f["slaAdherence"],
                    f["overrides"],
                ]
                for s, f in steps.items()
            ],
        ),
        "<h2>By label</h2>",
        _table(
            ["label", "cases", "accuracy"],
            [[label, f["cases"], f["accuracy"]] for label, f in summary["labels"].items()],
        ),
        "<h2>Guardrails and cost</h2>",
        "<p>The fleet's metrics were not read for this run.</p>"
        if not fleet
        else _table(
            ["guardrail hits", "model calls"],
            [[fleet["guardrailHitsTotal"], fleet["modelCallsTotal"]]],
        ),
        "<h2>Cases not as expected</h2>",
        _table(
            ["case", "status", "expected", "outcome", "error", "PII found in"],
            [
                [f["id"], f["status"], f["expected"], f["outcome"], f["error"], f["piiLeaks"]]
                for f in summary["failures"]
            ],
        ),
        "<h2>Timings (machine-dependent)</h2>",
        _table(
            ["cases per minute", "case wall time p50 (s)"],
            [[summary["timings"]["casesPerMinute"], summary["timings"]["caseWallSecondsP50"]]],
        ),
    ]
    style = (
        "body{font-family:sans-serif;margin:2em;max-width:1100px}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
        "font-size:13px;text-align:left}.charts svg{display:block;margin:1em 0}"
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{style}</style></head><body>" + "".join(sections) + "</body></html>\n"
    )


def write_report(summary: dict[str, Any], out_dir: Path, title: str) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path = out_dir / "report.html"
    json_path = out_dir / "summary.json"
    html_path.write_text(render_html(summary, title), encoding="utf-8")
    json_path.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return html_path, json_path


def text_table(summary: dict[str, Any]) -> str:
    """The per-process figures as the plain table ``baton eval`` prints."""
    keys = (
        "cases",
        "accuracy",
        "autoDecisionRate",
        "humanOverrideRate",
        "unsafeAutoDecisions",
        "piiLeaks",
    )
    header = f"{'process':<24}" + "".join(f"{k:>20}" for k in keys)
    lines = [header]
    rows = [*summary["processes"].items(), ("all", summary["total"])]
    for name, figures in rows:
        lines.append(f"{name:<24}" + "".join(f"{_cell(figures[k]):>20}" for k in keys))
    return "\n".join(lines)
