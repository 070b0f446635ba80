"""The server x group matrix against real cross-implementation servers on 127.0.0.1 (issue #5).

Go 1.27.3 and 1.23.9 (crypto/tls), Node 24.19 (OpenSSL 3.5.7) and tlslite-ng 0.8.2 with kyber-py, with their
defaults and classical-only variants. Every cell of PROBES.md 4.4 (capability probe, every group qready
probes) and 4.5 (preference probe) is asserted exactly, one test per server row; the pyOpenSSL and stdlib
rows are in test_tls_probe.py. Columns that 4.4 leaves out (ffdhe3072-8192, the brainpool TLS 1.3 groups)
follow each implementation's default group list and were observed on these versions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest
from tests.network.servers.xservers import (
    GO_1_23,
    GO_1_27,
    ServerFactory,
    ServerPool,
    go_tls_server,
    node_tls_server,
    tlslite_tls_server,
)

from qready.detectors.network.results import GroupStatus, Preference, ProbeFailure, ProbeLimits
from qready.detectors.network.streams import Opener, open_plain, plain_opener
from qready.detectors.network.tls_hello import CAPABILITY_GROUPS, group_name, key_share, tls13_hello
from qready.detectors.network.tls_probe import ask, probe_groups, probe_preference
from qready.detectors.network.tls_records import Alert, ServerHello

T = TypeVar("T")
LIMITS = ProbeLimits(connect_timeout=5.0, exchange_timeout=5.0)  # real servers; tlslite-ng is pure Python

# NamedGroup code points (IANA TLS Supported Groups registry; PROBES.md 1.1).
X25519, X448, P256, P384, P521 = 0x001D, 0x001E, 0x0017, 0x0018, 0x0019
FFDHE2048, FFDHE3072, FFDHE4096, FFDHE6144, FFDHE8192 = 0x0100, 0x0101, 0x0102, 0x0103, 0x0104
BP256, BP384, BP512 = 0x001F, 0x0020, 0x0021  # brainpoolP*r1tls13 (RFC 8734)
MLKEM768 = 0x0201
P256_MLKEM768, X25519_MLKEM768, P384_MLKEM1024 = 0x11EB, 0x11EC, 0x11ED
X25519_KYBER768 = 0x6399  # X25519Kyber768Draft00, obsolete
BROWSER_REST = (X25519, P256, P384)  # probe_preference lists the hybrid, then these

SERVERS: dict[str, ServerFactory] = {
    "go-1.27.3": lambda: go_tls_server(GO_1_27),
    "go-1.23.9": lambda: go_tls_server(GO_1_23),
    "go-1.27.3-x25519-p256": lambda: go_tls_server(GO_1_27, curves="X25519,P256"),
    "go-1.23.9-x25519-p256": lambda: go_tls_server(GO_1_23, curves="X25519,P256"),
    "node-24.19": node_tls_server,
    "node-24.19-x25519-p256": lambda: node_tls_server(curves="X25519:P-256"),
    "tlslite-ng-0.8.2-kyber": tlslite_tls_server,
}


def row(supported: set[int]) -> dict[int, tuple[GroupStatus, str]]:
    """A 4.4 row over every group the capability probe tries: Y = HRR naming the group, - = alert 40."""
    refused = (GroupStatus.NOT_SUPPORTED, "alert 40 handshake_failure")
    return {
        g: (GroupStatus.SUPPORTED, "HelloRetryRequest") if g in supported else refused
        for g in CAPABILITY_GROUPS
    }


GO_CLASSICAL = {X25519, P256, P384, P521}  # crypto/tls implements no x448, ffdhe or brainpool
X25519_P256 = {X25519, P256}
EXPECTED_GROUPS = {  # PROBES.md 4.4
    "go-1.27.3": row({*GO_CLASSICAL, X25519_MLKEM768, P256_MLKEM768, P384_MLKEM1024}),
    "go-1.23.9": row({*GO_CLASSICAL, X25519_KYBER768}),
    "go-1.27.3-x25519-p256": row(X25519_P256),
    "go-1.23.9-x25519-p256": row(X25519_P256),
    # OpenSSL 3.5's default groups: X25519MLKEM768, x25519, secp256r1, x448, secp384r1, secp521r1,
    # ffdhe2048, ffdhe3072
    "node-24.19": row({X25519_MLKEM768, X25519, P256, X448, P384, P521, FFDHE2048, FFDHE3072}),
    "node-24.19-x25519-p256": row(X25519_P256),
    # tlslite-ng's defaults with kyber-py: the three hybrids, every curve it knows, every ffdhe group
    "tlslite-ng-0.8.2-kyber": row(
        {X25519_MLKEM768, P256_MLKEM768, P384_MLKEM1024, X25519, X448, P256, P384, P521}
        | {FFDHE2048, FFDHE3072, FFDHE4096, FFDHE6144, FFDHE8192, BP256, BP384, BP512}
    ),
}


@pytest.fixture(scope="module")
def servers() -> Iterator[ServerPool]:
    pool = ServerPool(SERVERS)
    try:
        yield pool
    finally:
        pool.close()


def against(servers: ServerPool, server: str, probe: Callable[[Opener], Coroutine[Any, Any, T]]) -> T:
    host, port = servers.address(server)
    return asyncio.run(probe(plain_opener(host, port, LIMITS)))


def by_name(cells: dict[int, tuple[GroupStatus, str]]) -> dict[str, tuple[GroupStatus, str]]:
    """Cells keyed "X25519MLKEM768 0x11ec", so a failing assertion names the group."""
    return {f"{group_name(g)} {g:#06x}": cell for g, cell in cells.items()}


@pytest.mark.parametrize("server", sorted(EXPECTED_GROUPS))
def test_capability_probe_gives_every_cell_of_the_row(servers: ServerPool, server: str) -> None:
    results = against(servers, server, lambda opener: probe_groups(opener, sni="localhost", limits=LIMITS))
    assert by_name({r.group: (r.status, r.detail) for r in results}) == by_name(EXPECTED_GROUPS[server])
    assert [r.group for r in results] == list(CAPABILITY_GROUPS)


def hello(group: int, length: int) -> tuple[str, int, int, str]:
    return "server-hello", group, length, group_name(group)


def retry(group: int) -> tuple[str, int, None, str]:
    return "hello-retry-request", group, None, group_name(group)


X25519_HELLO = hello(X25519, 32)
EXPECTED_PREFERENCE = {  # PROBES.md 4.5: server, hybrid listed first -> (both shares sent, x25519 share only)
    ("go-1.27.3", X25519_MLKEM768): (hello(X25519_MLKEM768, 1120), retry(X25519_MLKEM768)),
    ("node-24.19", X25519_MLKEM768): (hello(X25519_MLKEM768, 1120), retry(X25519_MLKEM768)),
    ("tlslite-ng-0.8.2-kyber", X25519_MLKEM768): (hello(X25519_MLKEM768, 1120), X25519_HELLO),
    ("go-1.23.9", X25519_KYBER768): (hello(X25519_KYBER768, 1120), X25519_HELLO),  # no HRR to 0x6399
    ("go-1.23.9", X25519_MLKEM768): (X25519_HELLO, X25519_HELLO),
    ("go-1.27.3", X25519_KYBER768): (X25519_HELLO, X25519_HELLO),  # Go 1.24 replaced it (release notes)
    ("go-1.27.3-x25519-p256", X25519_MLKEM768): (X25519_HELLO, X25519_HELLO),
    ("go-1.23.9-x25519-p256", X25519_KYBER768): (X25519_HELLO, X25519_HELLO),
    ("node-24.19-x25519-p256", X25519_MLKEM768): (X25519_HELLO, X25519_HELLO),
}


@pytest.mark.parametrize(
    ("server", "hybrid"),
    sorted(EXPECTED_PREFERENCE),
    ids=[f"{s}-{h:#06x}" for s, h in sorted(EXPECTED_PREFERENCE)],
)
def test_preference_probe_gives_both_cells(servers: ServerPool, server: str, hybrid: int) -> None:
    results = against(
        servers,
        server,
        lambda opener: probe_preference(opener, sni="localhost", limits=LIMITS, hybrid=hybrid),
    )
    both, advertised = EXPECTED_PREFERENCE[server, hybrid]
    offered = (hybrid, *BROWSER_REST)
    assert results == (
        Preference(offered, (hybrid, X25519), *both),
        Preference(offered, (X25519,), *advertised),
    )


def draft_hello(x25519_first: bool) -> bytes:
    """A hello offering 0x6399 and x25519 with a valid 0x6399 share in the given component order."""
    x25519, kyber = key_share(X25519), key_share(MLKEM768)  # a Kyber-768 ek is encoded as an ML-KEM-768 ek
    share = x25519 + kyber if x25519_first else kyber + x25519
    return tls13_hello([X25519_KYBER768, X25519], [(X25519_KYBER768, share)], sni="localhost")


def test_go_1_23_answers_the_draft_share_only_in_x25519_first_order(servers: ServerPool) -> None:
    """PROBES.md 3.1: testssl.sh sends its 0x6399 share ML-KEM first and so never sees the draft group.
    The X25519-first share gets a ServerHello for 0x6399; the reversed one gets illegal_parameter, which
    proves the fixture catches that mistake."""

    async def both_orders(opener: Opener) -> tuple[ServerHello | Alert, ServerHello | Alert]:
        right = await ask(opener, draft_hello(x25519_first=True), LIMITS)
        wrong = await ask(opener, draft_hello(x25519_first=False), LIMITS)
        return right, wrong

    right, wrong = against(servers, "go-1.23.9", both_orders)
    assert isinstance(right, ServerHello)
    assert (right.retry, right.group, right.key_exchange_length) == (False, X25519_KYBER768, 1120)
    assert wrong == Alert(level=2, description=47)


def test_a_server_stops_when_its_block_ends() -> None:
    with node_tls_server(curves="X25519:P-256") as (host, port):
        during = asyncio.run(
            probe_groups(plain_opener(host, port, LIMITS), [X25519], sni=None, limits=LIMITS)
        )
    assert [(r.status, r.detail) for r in during] == [(GroupStatus.SUPPORTED, "HelloRetryRequest")]
    with pytest.raises(ProbeFailure, match=r"^connection refused$"):
        asyncio.run(open_plain(host, port, LIMITS))
