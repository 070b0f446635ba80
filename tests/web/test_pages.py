"""The dashboard's pages as the server renders them (before any script): the overview's weekly charts, the
inventory's filters and pages, a finding's detail, the board, the comparison, the graph, and an empty
store. The chart geometry is checked on small inputs whose every coordinate is known."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from starlette.testclient import TestClient
from tests.web.conftest import LOCAL
from tests.web.estate_store import FilledStore, vulnerable_by_tier

from qready.web import create_app
from qready.web.charts import Series, column_chart, percent_line_chart

RECT = re.compile(r'<rect class="([^"]+)"[^>]* data-week="([^"]+)" data-count="(\d+)">')


def _series(html: str, chart: str) -> dict[str, list[tuple[str, int]]]:
    """The chart's series: key -> [(week label, count)...], from the SVG's data attributes."""
    svg = html.split(f'id="{chart}"', 1)[1].split("</svg>", 1)[0]
    found: dict[str, list[tuple[str, int]]] = {}
    for key, body in re.findall(r'<g class="series" data-series="([^"]+)">(.*?)</g>', svg, re.S):
        found[key] = [(week, int(count)) for _, week, count in RECT.findall(body)]
    return found


def test_the_overview_draws_both_weekly_charts(client: TestClient, filled: FilledStore) -> None:
    html = client.get("/").text
    first, web, second = (vulnerable_by_tier(filled.runs[n]) for n in (1, 2, 3))
    weeks = ["5/4/26", "5/11/26", "5/18/26", "5/25/26", "6/1/26"]
    totals = [first, *[{k: first.get(k, 0) + web.get(k, 0) for k in first | web}] * 3,
              {k: web.get(k, 0) + second.get(k, 0) for k in web | second}]  # fmt: skip
    expected = {
        tier: [(week, counts[tier]) for week, counts in zip(weeks, totals, strict=True) if counts.get(tier)]
        for tier in ("critical", "high", "medium", "low", "not-quantum-urgent")
        if any(counts.get(tier) for counts in totals)
    }
    assert _series(html, "trend-urgency") == expected
    assert list(_series(html, "trend-deadline")) == ["2031", "2036", "none"]
    assert [row for row in re.findall(r'<a href="/runs/(\d+)">#', html)] == ["3", "2", "1"]


def test_the_overview_narrows_to_one_organisation(client: TestClient, filled: FilledStore) -> None:
    html = client.get("/", params={"org": "globex"}).text
    web = vulnerable_by_tier(filled.runs[2])
    assert _series(html, "trend-urgency") == {tier: [("5/11/26", count)] for tier, count in web.items()}


def test_the_inventory_renders_the_filtered_page(client: TestClient) -> None:
    html = client.get(
        "/runs/1/findings", params={"path": "web/nginx/ssl/", "algorithm": "RSA-2048", "limit": 2}
    ).text
    assert re.findall(r'class="detail-link" href="/runs/1/findings/\d+">([^<]+)</a>', html) == [
        "web/nginx/ssl/fullchain.pem:23",
        "web/nginx/ssl/www.example.test.key:1",
    ]
    assert "1–2 of 5" in html
    assert (
        'href="/runs/1/findings?algorithm=RSA-2048&amp;path=web%2Fnginx%2Fssl%2F&amp;order=urgency&amp;offset=2&amp;limit=2"'
        in html
    )
    assert 'value="web/nginx/ssl/"' in html and 'value="RSA-2048"' in html


def test_a_finding_page_shows_the_report_detail(client: TestClient) -> None:
    ordinal = client.get("/api/runs/1/findings", params={"path": "app/config/jwt-signing-key.pem"}).json()[
        "rows"
    ][0]["ordinal"]
    html = client.get(f"/runs/1/findings/{ordinal}").text
    for text in ("PKCS8 private key: RSA-2048 (2048 bits)", "<h4>Attack cost", "Cheapest published estimate",
                 "<h4>Deadlines</h4>", "NIST IR 8547", "<h4>Replacement</h4>", "ML-DSA-65"):  # fmt: skip
        assert text in html, text


def test_the_board_and_the_comparison_render(client: TestClient, filled: FilledStore) -> None:
    board = client.get("/board").text
    assert re.findall(r'<tr data-organisation="([^"]+)" data-team="([^"]*)">', board) == [
        ("acme", "platform"),
        ("globex", ""),
    ]
    assert re.findall(r'<g class="series" data-series="([^"]+)">', board) == ["acme / platform", "globex"]
    compare = client.get("/compare", params={"old": 1, "new": 3}).text
    assert "Run 3 against run 1: 2 added, 9 removed, 0 changed." in compare
    assert compare.count("pki/new-service.pem:1") == 2


def test_the_graph_page_draws_every_node_and_edge(client: TestClient) -> None:
    graph = client.get("/api/runs/1/graph").json()
    html = client.get("/runs/1/graph").text
    assert len(re.findall(r'<g class="node kind-', html)) == len(graph["nodes"])
    assert len(re.findall(r'<path class="edge rel-', html)) == len(graph["edges"])
    assert 'href="/runs/1/findings?path=app%2Fsrc%2Ftokens.py"' in html


def test_missing_pages_are_404_pages(client: TestClient) -> None:
    response = client.get("/runs/42")
    assert response.status_code == 404
    assert '<p id="error-message" lang="en">no run 42 in the store (see qready history)</p>' in response.text
    assert client.get("/runs/abc").status_code == 404
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/secrets.txt").status_code == 404


def test_an_empty_store_shows_empty_pages(blank_store: str) -> None:
    with TestClient(create_app(blank_store), base_url=LOCAL) as empty:
        assert "No runs stored yet" in empty.get("/").text
        assert "No runs stored yet" in empty.get("/board").text
        assert "No runs stored yet" in empty.get("/inventory").text
        assert empty.get("/api/board").json() == {"teams": []}
        assert empty.get("/api/trend").json() == {"by": "urgency", "series": [], "weeks": []}


def test_inventory_goes_to_the_newest_run(client: TestClient) -> None:
    response = client.get("/inventory", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/runs/3/findings")


def test_columns_stack_in_series_order_on_a_nice_scale() -> None:
    series = (Series("high", "High", "fill-high"), Series("low", "Low", "fill-low"))
    chart = column_chart([("w1", {"high": 3, "low": 1}), ("w2", {"low": 2})], series)
    assert [value for _, value in chart.y_ticks] == [0, 1, 2, 3, 4]
    first, second = chart.columns
    scale = (chart.box[3] - chart.box[1]) / 4
    assert [(b.series, b.count, b.height) for b in first.blocks] == [
        ("high", 3, 3 * scale),
        ("low", 1, scale),
    ]
    assert first.blocks[0].y == chart.box[3] - 3 * scale and first.top == chart.box[3] - 4 * scale
    assert [(b.series, b.count) for b in second.blocks] == [("low", 2)]
    assert (first.total, second.total) == (4, 2)


def test_lines_place_points_by_time_and_ratio() -> None:
    start, end = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 11, tzinfo=UTC)
    chart = percent_line_chart(
        [(Series("a", "A", "target-0"), [(start, 0.0, "a0"), (end, 1.0, "a1")])],
        lambda day: day.isoformat(), lambda ratio: f"{ratio:.0%}",
    )  # fmt: skip
    left, top, right, bottom = chart.box
    assert [(p.x, p.y, p.text) for p in chart.lines[0].points] == [(left, bottom, "a0"), (right, top, "a1")]
    assert [label for _, label in chart.x_ticks] == [
        date(2026, 1, 1).isoformat(),
        date(2026, 1, 11).isoformat(),
    ]
    assert [label for _, label in chart.y_ticks] == ["0%", "25%", "50%", "75%", "100%"]


def test_the_axis_top_is_a_multiple_of_a_nice_step() -> None:
    series = (Series("high", "High", "fill-high"),)
    assert [v for _, v in column_chart([("w", {"high": 143})], series).y_ticks] == [0, 50, 100, 150]
    assert [v for _, v in column_chart([("w", {"high": 7})], series).y_ticks] == [0, 2, 4, 6, 8]
    assert [v for _, v in column_chart([], series).y_ticks] == [0, 1]
