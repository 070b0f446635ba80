"""probe_ssh against real SSH servers on 127.0.0.1: AsyncSSH 2.24 in-process and Debian's OpenSSH sshd."""

from __future__ import annotations

import asyncio
import functools
from importlib import metadata
from pathlib import Path

import asyncssh
import pytest
from asyncssh.kex import get_default_kex_algs
from tests.network.servers.ssh_servers import (
    Sshd,
    asyncssh_server,
    openssh_version,
    running_sshd,
    sshd_missing_reason,
)

from qready.detectors.network.results import ProbeLimits, SshReport
from qready.detectors.network.ssh_probe import probe_ssh, read_server_hello
from qready.detectors.network.ssh_wire import KexInit
from qready.detectors.network.streams import exchange, plain_opener

LIMITS = ProbeLimits(connect_timeout=2.0, exchange_timeout=5.0)
ASYNCSSH_MLKEM = ("mlkem768x25519-sha256", "mlkem768nistp256-sha256", "mlkem1024nistp384-sha384")
SNTRUP = ("sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com")
PQ_KEX = frozenset({*ASYNCSSH_MLKEM, *SNTRUP})  # PROBES.md 1.2
CLASSICAL = ("curve25519-sha256", "ecdh-sha2-nistp256")
ASYNCSSH_KEYS = {  # key type to generate -> (host key type, bits, host key algorithms AsyncSSH offers)
    "ssh-ed25519": ("ssh-ed25519", 256, ("ssh-ed25519",)),
    "ssh-rsa": (
        "ssh-rsa",
        3072,
        (
            "rsa-sha2-256",
            "rsa-sha2-512",
            "ssh-rsa-sha224@ssh.com",
            "ssh-rsa-sha256@ssh.com",
            "ssh-rsa-sha384@ssh.com",
            "ssh-rsa-sha512@ssh.com",
            "ssh-rsa",
        ),
    ),
    "ecdsa-sha2-nistp256": ("ecdsa-sha2-nistp256", 256, ("ecdsa-sha2-nistp256",)),
}
OPENSSH_KEYS = {  # key kind -> (host key type, bits, the signature algorithms a key of that kind can use)
    "ed25519": ("ssh-ed25519", 256, {"ssh-ed25519"}),
    "rsa3072": ("ssh-rsa", 3072, {"rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"}),
    "ecdsa256": ("ecdsa-sha2-nistp256", 256, {"ecdsa-sha2-nistp256"}),
}
OPENSSH_CLASSICAL = (
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "diffie-hellman-group14-sha256",
)


def probe(port: int, host_key: bool = True) -> SshReport:
    opener = plain_opener("127.0.0.1", port, LIMITS)
    return asyncio.run(probe_ssh(opener, limits=LIMITS, host="127.0.0.1", port=port, host_key=host_key))


def _asyncssh_key(kind: str) -> asyncssh.SSHKey:
    return asyncssh.generate_private_key(kind, **({"key_size": 3072} if kind == "ssh-rsa" else {}))


def probe_asyncssh(key: asyncssh.SSHKey, kex_algs: tuple[str, ...] = ()) -> SshReport:
    async def scenario() -> SshReport:
        async with asyncssh_server(key, kex_algs) as port:
            return await probe_ssh(
                plain_opener("127.0.0.1", port, LIMITS), limits=LIMITS, host="127.0.0.1", port=port
            )

    return asyncio.run(scenario())


# --- AsyncSSH 2.24 ---


def test_asyncssh_defaults_offer_the_three_mlkem_hybrids_and_no_sntrup() -> None:
    key = _asyncssh_key("ssh-ed25519")
    report = probe_asyncssh(key)
    defaults = tuple(alg.decode() for alg in get_default_kex_algs() if not alg.startswith(b"gss-"))
    assert report.banner == f"SSH-2.0-AsyncSSH_{asyncssh.__version__}"
    assert report.kex == defaults  # AsyncSSH's own default list, in order, without ext-info/kex-strict
    assert report.kex[:3] == ASYNCSSH_MLKEM
    assert [name for name in report.kex if name in PQ_KEX] == list(ASYNCSSH_MLKEM)
    assert not any("sntrup" in name for name in report.kex)
    assert report.host_key == ("ssh-ed25519", 256, key.public_data)
    assert report.problems == ()


def test_asyncssh_classical_variant_gives_exactly_its_two_key_exchanges() -> None:
    key = _asyncssh_key("ssh-ed25519")
    report = probe_asyncssh(key, CLASSICAL)
    assert report.kex == CLASSICAL
    assert report.host_key == ("ssh-ed25519", 256, key.public_data)


@pytest.mark.parametrize("kind", sorted(ASYNCSSH_KEYS))
def test_asyncssh_host_key_type_and_size(kind: str) -> None:
    key = _asyncssh_key(kind)
    key_type, bits, algorithms = ASYNCSSH_KEYS[kind]
    report = probe_asyncssh(key, CLASSICAL)
    assert report.host_key_algorithms == algorithms
    assert report.host_key == (key_type, bits, key.public_data)


def test_asyncssh_kexinit_markers_are_kept_apart_from_kex() -> None:
    async def scenario() -> KexInit:
        async with asyncssh_server(_asyncssh_key("ssh-ed25519"), CLASSICAL) as port:
            talk = functools.partial(read_server_hello, limits=LIMITS)
            _, kexinit = await exchange(plain_opener("127.0.0.1", port, LIMITS), talk, LIMITS)
            return kexinit

    kexinit = asyncio.run(scenario())
    assert (kexinit.kex, kexinit.markers) == (CLASSICAL, ("ext-info-s", "kex-strict-s-v00@openssh.com"))


def test_without_host_key_step_there_is_no_host_key_and_no_problem() -> None:
    async def scenario() -> SshReport:
        async with asyncssh_server(_asyncssh_key("ssh-ed25519"), CLASSICAL) as port:
            opener = plain_opener("127.0.0.1", port, LIMITS)
            return await probe_ssh(opener, limits=LIMITS, host="127.0.0.1", port=port, host_key=False)

    report = asyncio.run(scenario())
    assert (report.kex, report.host_key, report.problems) == (CLASSICAL, None, ())


def test_our_version_line_names_qready_and_its_version() -> None:
    seen: list[str] = []

    class Recorder(asyncssh.SSHServer):
        def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
            self._conn = conn

        def connection_lost(self, exc: Exception | None) -> None:
            seen.append(str(self._conn.get_extra_info("client_version")))

    async def scenario() -> None:
        acceptor = await asyncssh.create_server(
            Recorder, "127.0.0.1", 0, server_host_keys=[_asyncssh_key("ssh-ed25519")]
        )
        port = acceptor.sockets[0].getsockname()[1]
        try:
            await probe_ssh(
                plain_opener("127.0.0.1", port, LIMITS), limits=LIMITS, host="127.0.0.1", port=port
            )
            await asyncio.sleep(0.2)  # let the server see both connections end
        finally:
            acceptor.close()
            await acceptor.wait_closed()

    asyncio.run(scenario())
    assert seen == [f"SSH-2.0-qready_{metadata.version('qready')}"] * 2


# --- Debian OpenSSH as a private sshd ---

needs_sshd = pytest.mark.skipif(sshd_missing_reason() is not None, reason=str(sshd_missing_reason()))


def expected_pq_kex(banner: str) -> set[str]:
    """PQ key exchanges an OpenSSH sshd offers by default, from its version (PROBES.md 1.2, 4.3, 4.5).

    sntrup761x25519-sha512@openssh.com is default since 9.0 and mlkem768x25519-sha256 since 10.0
    (OpenSSH release notes); the un-suffixed sntrup alias came upstream in 9.9, and Debian 12's
    9.2p1 already lists it (observed here).
    """
    version = openssh_version(banner)
    expected = {"sntrup761x25519-sha512@openssh.com"} if version >= (9, 0) else set()
    if version >= (9, 9) or (version >= (9, 0) and "Debian" in banner):
        expected.add("sntrup761x25519-sha512")
    if version >= (10, 0):
        expected.add("mlkem768x25519-sha256")
    return expected


def _signature_algorithms(sshd: Sshd, kind: str) -> tuple[str, ...]:
    usable = OPENSSH_KEYS[kind][2]
    return tuple(name for name in sshd.effective()["hostkeyalgorithms"].split(",") if name in usable)


@needs_sshd
def test_sshd_defaults_offer_sntrup_and_exactly_what_sshd_says(tmp_path: Path) -> None:
    with running_sshd(tmp_path) as sshd:
        report = probe(sshd.port)
        effective = sshd.effective()
    assert report.banner.startswith("SSH-2.0-OpenSSH_")
    assert report.kex == tuple(effective["kexalgorithms"].split(","))
    assert {name for name in report.kex if name in PQ_KEX} == expected_pq_kex(report.banner)
    if openssh_version(report.banner) < (10, 0):
        assert "mlkem768x25519-sha256" not in report.kex
    assert report.ciphers == tuple(effective["ciphers"].split(","))
    assert report.macs == tuple(effective["macs"].split(","))
    assert report.compression == ("none", "zlib@openssh.com")
    assert report.host_key == ("ssh-ed25519", 256, sshd.public_blob())
    assert report.problems == ()


def test_expected_pq_kex_follows_the_version() -> None:
    assert expected_pq_kex("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10") == set(SNTRUP)
    assert expected_pq_kex("SSH-2.0-OpenSSH_9.6") == {"sntrup761x25519-sha512@openssh.com"}
    assert expected_pq_kex("SSH-2.0-OpenSSH_10.0p2 Debian-7") == {*SNTRUP, "mlkem768x25519-sha256"}
    assert expected_pq_kex("SSH-2.0-OpenSSH_8.4p1") == set()


@needs_sshd
def test_sshd_classical_kex_algorithms_give_exactly_those(tmp_path: Path) -> None:
    with running_sshd(tmp_path, extra=[f"KexAlgorithms {','.join(OPENSSH_CLASSICAL)}"]) as sshd:
        report = probe(sshd.port)
    assert report.kex == OPENSSH_CLASSICAL
    assert report.host_key == ("ssh-ed25519", 256, sshd.public_blob())


@needs_sshd
@pytest.mark.parametrize("kind", sorted(OPENSSH_KEYS))
def test_sshd_host_key_type_and_size(tmp_path: Path, kind: str) -> None:
    with running_sshd(tmp_path, kind) as sshd:
        report = probe(sshd.port)
        algorithms = _signature_algorithms(sshd, kind)
    key_type, bits, _ = OPENSSH_KEYS[kind]
    assert report.host_key_algorithms == algorithms
    assert report.host_key == (key_type, bits, sshd.public_blob())


def expected_markers(banner: str) -> tuple[str, ...]:
    """Non-kex names an sshd appends to its kex list: ext-info-s from 9.6, strict KEX from 9.6 and in
    Debian 12's 9.2p1 security update (CVE-2023-48795), as observed here."""
    version = openssh_version(banner)
    ext_info = ("ext-info-s",) if version >= (9, 6) else ()
    strict = version >= (9, 6) or "Debian" in banner
    return ext_info + (("kex-strict-s-v00@openssh.com",) if strict else ())


@needs_sshd
def test_sshd_kexinit_markers(tmp_path: Path) -> None:
    with running_sshd(tmp_path) as sshd:
        opener = plain_opener("127.0.0.1", sshd.port, LIMITS)
        talk = functools.partial(read_server_hello, limits=LIMITS)
        banner, kexinit = asyncio.run(exchange(opener, talk, LIMITS))
        effective = sshd.effective()
    assert kexinit.markers == expected_markers(banner.line)
    assert kexinit.kex == tuple(effective["kexalgorithms"].split(","))
