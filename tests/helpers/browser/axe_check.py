"""Run the vendored axe-core in a page and return its violations.

The script is handed to the page through the DevTools protocol (page.evaluate), so the
page's own Content-Security-Policy stays as strict as in production and nothing is fetched.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List

AXE_SOURCE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text("utf-8")
BLOCKING_IMPACTS = ("serious", "critical")

_RUN = """async () => {
  const results = await axe.run(document, { resultTypes: ["violations"] });
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, tags: v.tags,
    nodes: v.nodes.map(n => ({ target: n.target.join(" "), summary: n.failureSummary }))
  }));
}"""


def axe_violations(page) -> List[Dict]:
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    return page.evaluate(_RUN)


def blocking(violations: List[Dict]) -> List[Dict]:
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def describe(violations: List[Dict]) -> str:
    return "\n".join(
        f"- {v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']]}" for v in violations
    )
