"""The store API on SQLite and PostgreSQL: exact round trips, history, prune, and the dashboard's queries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from tests.store import samples

from qready.errors import StoreError
from qready.model import Assessment, Comparison
from qready.model.codec import dump_assessment
from qready.store import FindingFilter, Repository, open_store, queries
from qready.store.schema import findings

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a Monday


def _doc(assessment: Assessment) -> str:
    return json.dumps(dump_assessment(assessment, "test"), sort_keys=True)


def test_estate_round_trip_is_exact(store_url: str, estate: Assessment) -> None:
    fixed = estate.inventory.findings[:2]
    compared = replace(
        estate,
        comparison=Comparison(
            "baseline.json",
            new=(estate.inventory.findings[0].fingerprint,),
            unchanged=tuple(f.fingerprint for f in estate.inventory.findings[1:]),
            fixed=fixed,
        ),
    )
    repo = Repository("examples/estate", "/work/main", "9ee0df4354319e57ed6ebdc41560e3296309236f", "main")
    with open_store(store_url) as store:
        run_id = store.save(compared, "acme", "payments", [repo], finished=T0, tool_version="0.1.0")
        loaded = store.load(run_id)
        summary = store.run(run_id)
    assert loaded == compared
    assert _doc(loaded) == _doc(compared)
    assert summary.repositories == (repo,)
    assert (summary.organisation, summary.team, summary.targets) == (
        "acme",
        "payments",
        compared.inventory.targets,
    )
    assert (summary.finished, summary.started, summary.report_timestamp) == (T0, T0, T0)
    assert summary.findings == len(estate.inventory.findings)
    assert summary.assets == len(estate.inventory.assets)
    assert summary.as_of == date(2026, 6, 1)


def test_the_same_store_reopened_still_loads(store_url: str) -> None:
    sample = samples.mixed()
    with open_store(store_url) as store:
        run_id = store.save(sample, "acme", finished=T0)
    with open_store(store_url) as store:
        assert store.load(run_id) == sample
        assert store.version() == 2


def test_run_summary_counts(store_url: str) -> None:
    with open_store(store_url) as store:
        run_id = store.save(samples.mixed(), " acme ", None, finished=T0, tool_version="9.9")
        summary = store.run(run_id)
    assert summary.organisation == "acme"
    assert summary.team is None
    assert summary.tool_version == "9.9"
    assert summary.catalog_version == "2026.11.0"
    assert summary.policy == "nist-ir-8547"
    counts = (summary.findings, summary.vulnerable, summary.shor_broken, summary.grover_weakened)
    assert counts == (6, 4, 4, 1)
    assert (summary.suppressed, summary.failed, summary.skipped, summary.assets) == (1, 0, 0, 0)
    assert summary.tiers == {"critical": 1, "high": 1, "medium": 1, "not-quantum-urgent": 1}
    # five findings scored (one suppressed): 0 + 0.25 + 0.5 + 1 + 1
    assert summary.readiness == pytest.approx(2.75 / 5)


def test_history_is_newest_first_and_filters(store_url: str) -> None:
    sample = samples.mixed()
    with open_store(store_url) as store:
        first = store.save(sample, "acme", "pay", finished=T0)
        second = store.save(sample, "acme", "web", finished=T0 + timedelta(days=2))
        third = store.save(sample, "globex", None, finished=T0 + timedelta(days=1))
        same_time = store.save(sample, "acme", "pay", finished=T0)
        assert [r.id for r in store.runs()] == [second, third, same_time, first]
        assert [r.id for r in store.runs(organisation="acme")] == [second, same_time, first]
        assert [r.id for r in store.runs(organisation="acme", team="pay")] == [same_time, first]
        assert [r.id for r in store.runs(limit=2)] == [second, third]


def test_prune_keeps_the_newest_runs_of_each_team(store_url: str) -> None:
    sample = samples.mixed()
    with open_store(store_url) as store:
        pay = [store.save(sample, "acme", "pay", finished=T0 + timedelta(days=d)) for d in range(4)]
        web = [store.save(sample, "acme", "web", finished=T0 + timedelta(days=d)) for d in range(2)]
        other = [store.save(sample, "globex", finished=T0 + timedelta(days=d)) for d in range(3)]
        assert store.prune(2, organisation="acme") == sorted(pay[:2])
        assert store.prune(1) == sorted([pay[2], web[0], *other[:2]])
        assert sorted(r.id for r in store.runs()) == sorted([pay[3], web[1], other[2]])
        with store.engine.connect() as conn:
            left = {row.run_id for row in conn.execute(findings.select())}
        assert left == {pay[3], web[1], other[2]}
        assert store.load(pay[3]) == sample
        later = store.save(sample, "acme", "pay")
        assert later > max(pay + web + other)  # ids of pruned runs are never reused


def test_long_names_fit(store_url: str) -> None:
    """Names from scanned files or imported CBOMs have no length limit (PostgreSQL enforces VARCHAR(n))."""
    odd = replace(samples.RSA, name="RSA-" + "x" * 600, family="F" * 300)
    sample = samples.assessment([samples.Spec(odd, "p/" * 400 + "k.pem", 1, "high")])
    with open_store(store_url) as store:
        run_id = store.save(sample, "O" * 500, "T" * 500, tool_version="v" * 300)
        assert store.load(run_id) == sample
        assert store.runs()[0].organisation == "O" * 500
        assert store.findings_page(run_id, FindingFilter(algorithm="F" * 300)).total == 1


def test_id_lists_longer_than_one_chunk(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "CHUNK", 2)  # every IN (...) list is split: 5 runs make 3 chunks
    sample = samples.mixed()
    with open_store(store_url) as store:
        ids = [
            store.save(
                sample, "acme", f"team{n}", [Repository(f"r{n}", f"/src/r{n}", None, "main")], finished=T0
            )
            for n in range(5)
        ]
        assert {r.id: r.repositories[0].target for r in store.runs()} == {
            i: f"r{n}" for n, i in enumerate(ids)
        }
        (point,) = store.trend()
        assert point.runs == tuple(ids)
        assert point.counts == {"critical": 5, "high": 5, "medium": 5, "not-quantum-urgent": 5}
        extra = [store.save(sample, "acme", f"team{n}", finished=T0 + timedelta(hours=1)) for n in range(5)]
        assert store.prune(1) == ids
        assert sorted(r.id for r in store.runs()) == extra


def test_unknown_run_is_a_store_error(store_url: str) -> None:
    with open_store(store_url) as store, pytest.raises(StoreError, match="no run 42 in the store"):
        store.load(42)


def test_findings_page_filters_search_and_order(store_url: str) -> None:
    with open_store(store_url) as store:
        run_id = store.save(samples.mixed(), "acme", finished=T0)
        page = store.findings_page(run_id)
        assert page.total == 6
        assert [(r.path, r.urgency) for r in page.rows] == [
            ("src/legacy/sign.py", "critical"),
            ("src/tls.py", "high"),
            ("deploy/nginx.conf", "medium"),
            ("src/jwt.py", "medium"),
            ("src/crypto_box.py", "not-quantum-urgent"),
            ("src/pq.py", "not-quantum-urgent"),
        ]
        assert [r.path for r in store.findings_page(run_id, FindingFilter(algorithm="ECDSA")).rows] == [
            "deploy/nginx.conf",
            "src/jwt.py",
        ]
        shor = store.findings_page(run_id, FindingFilter(threat="shor-broken", suppressed=False))
        assert [r.location for r in shor.rows] == [
            "src/legacy/sign.py:4",
            "src/tls.py:10",
            "deploy/nginx.conf:12",
        ]
        assert store.findings_page(run_id, FindingFilter(path="src/legacy/")).rows[0].algorithm == "RSA-2048"
        before = store.findings_page(
            run_id, FindingFilter(deadline_before=date(2031, 1, 1)), order="location"
        )
        assert [r.location for r in before.rows] == ["src/legacy/sign.py:4", "src/tls.py:10"]
        assert before.rows[1].deadline == date(2030, 12, 31)
        assert before.rows[1].deadline_policy == "nist-ir-8547"


def test_full_text_search(store_url: str) -> None:
    with open_store(store_url) as store:
        run_id = store.save(samples.mixed(), "acme", finished=T0)

        def found(words: str) -> list[str]:
            return [
                r.location
                for r in store.findings_page(run_id, FindingFilter(search=words), order="location").rows
            ]

        assert found("GENERATE_private") == ["src/tls.py:10"]  # evidence, any case
        assert found("prime256v1 nginx") == ["deploy/nginx.conf:12"]  # evidence and location together
        assert found("ml-kem") == ["src/pq.py:9"]  # algorithm
        assert found("rsa legacy") == ["src/legacy/sign.py:4"]
        assert found("100%") == []  # LIKE wildcards are literal
        # crypto_box, ssl_ecdh_curve, generate_private_key
        assert found("_") == ["deploy/nginx.conf:12", "src/crypto_box.py:3", "src/tls.py:10"]


def test_findings_page_paging(store_url: str) -> None:
    with open_store(store_url) as store:
        run_id = store.save(samples.mixed(), "acme", finished=T0)
        pages = [store.findings_page(run_id, order="location", offset=o, limit=4) for o in (0, 4)]
    assert [p.total for p in pages] == [6, 6]
    assert [r.location for p in pages for r in p.rows] == [
        "deploy/nginx.conf:12",
        "src/crypto_box.py:3",
        "src/jwt.py:7",
        "src/legacy/sign.py:4",
        "src/pq.py:9",
        "src/tls.py:10",
    ]


def test_finding_detail_decodes_the_finding_and_its_verdict(store_url: str) -> None:
    sample = samples.mixed()
    with open_store(store_url) as store:
        run_id = store.save(sample, "acme", finished=T0)
        row = store.findings_page(run_id, FindingFilter(search="jwt")).rows[0]
        detail = store.finding(run_id, row.ordinal)
    expected = sample.inventory.findings[row.ordinal]
    assert detail.finding == expected
    assert detail.verdict == sample.verdict_for(expected.fingerprint)
    assert detail.verdict is not None
    assert detail.verdict.suppressed == "vendor token, retired 2027"
    assert detail.row.suppressed is True


def test_baseline_status_is_stored(store_url: str) -> None:
    sample = samples.mixed()
    fingerprints = [f.fingerprint for f in sample.inventory.findings]
    compared = replace(
        sample, comparison=Comparison("old.json", (fingerprints[0],), tuple(fingerprints[1:]), ())
    )
    with open_store(store_url) as store:
        run_id = store.save(compared, "acme", finished=T0)
        new = store.findings_page(run_id, FindingFilter(baseline="new")).rows
        unchanged = store.findings_page(run_id, FindingFilter(baseline="unchanged"))
    assert [r.fingerprint for r in new] == [fingerprints[0]]
    assert unchanged.total == 5


def test_weekly_trend_by_urgency_and_deadline(store_url: str) -> None:
    full = samples.mixed()
    fixed = samples.assessment([samples.Spec(samples.RSA, "src/tls.py", 10, "high", date(2030, 12, 31))])
    with open_store(store_url) as store:
        a1 = store.save(full, "acme", "pay", finished=T0)  # week of 2 March
        b1 = store.save(fixed, "acme", "web", finished=T0 + timedelta(days=1))
        a2 = store.save(fixed, "acme", "pay", finished=T0 + timedelta(days=3))  # same week: replaces a1
        b2 = store.save(full, "acme", "web", finished=T0 + timedelta(days=15))  # two weeks later
        by_urgency = store.trend("urgency", organisation="acme")
        by_deadline = store.trend("deadline", organisation="acme", team="pay")
    weeks = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert [(p.week, p.runs) for p in by_urgency] == [
        (weeks[0], tuple(sorted((a2, b1)))),
        (weeks[1], tuple(sorted((a2, b1)))),  # no run that week: the latest runs carry over
        (weeks[2], tuple(sorted((a2, b2)))),
    ]
    assert by_urgency[0].counts == {"high": 2}
    assert by_urgency[2].counts == {"critical": 1, "high": 2, "medium": 1, "not-quantum-urgent": 1}
    assert [(p.week, p.runs, p.counts) for p in by_deadline] == [(weeks[0], (a2,), {"2030": 1})]
    assert a1 not in by_urgency[0].runs


def test_deadline_trend_buckets_by_year(store_url: str) -> None:
    with open_store(store_url) as store:
        run_id = store.save(samples.mixed(), "acme", finished=T0)
        (point,) = store.trend("deadline")
    assert point.runs == (run_id,)
    assert point.counts == {"2030": 2, "2035": 1, "none": 1}


def test_readiness_board(store_url: str) -> None:
    worse = samples.assessment([samples.Spec(samples.RSA, "a.py", 1, "critical")])
    better = samples.mixed()
    with open_store(store_url) as store:
        store.save(worse, "acme", "pay", finished=T0)
        latest = store.save(better, "acme", "pay", finished=T0 + timedelta(days=7))
        store.save(better, "globex", None, finished=T0)
        board = store.organisations()
    assert [(o.organisation, o.team, o.runs) for o in board] == [("acme", "pay", 2), ("globex", None, 1)]
    acme = board[0]
    assert acme.latest.id == latest
    assert acme.history == ((T0, 0.0), (T0 + timedelta(days=7), pytest.approx(0.55)))
    assert acme.progress == pytest.approx(0.55)
    assert board[1].progress is None
