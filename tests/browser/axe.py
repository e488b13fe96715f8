"""Runs axe-core in the browser page and fails on any WCAG 2.2 AA violation."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

_axe = Axe()


def assert_no_axe_violations(page) -> None:
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "resultTypes": ["violations"],
        },
    )
    violations = results.response["violations"]
    details = [
        f"{violation['id']}: {violation['help']} -> "
        + "; ".join(node["target"][0] for node in violation["nodes"][:5])
        for violation in violations
    ]
    assert not violations, f"{page.url}\n" + "\n".join(details)
