"""probe_ssh against fake hostile servers: each ends with an exact reason within a short deadline."""

from __future__ import annotations

import asyncio
import time

import asyncssh
import pytest
from tests.network.servers import ssh_hostile
from tests.network.servers.ssh_hostile import Behaviour, hostile_ssh_server
from tests.network.servers.ssh_servers import asyncssh_server

from qready.detectors.network.results import ProbeFailure, ProbeLimits, SshReport
from qready.detectors.network.ssh_probe import client_software, probe_ssh
from qready.detectors.network.streams import plain_opener

LIMITS = ProbeLimits(connect_timeout=0.5, exchange_timeout=1.0)
SLACK = 1.0  # seconds allowed past a deadline for scheduling on a busy machine


async def _probe(port: int, host_key: bool) -> SshReport:
    opener = plain_opener("127.0.0.1", port, LIMITS)
    return await probe_ssh(opener, limits=LIMITS, host="127.0.0.1", port=port, host_key=host_key)


def run_against(behaviour: Behaviour, host_key: bool = True) -> tuple[SshReport | str, float]:
    """The report, or the ProbeFailure reason, and the seconds it took."""

    async def scenario() -> SshReport | str:
        async with hostile_ssh_server(behaviour) as port:
            try:
                return await _probe(port, host_key)
            except ProbeFailure as failure:
                return failure.reason

    start = time.monotonic()
    outcome = asyncio.run(scenario())
    return outcome, time.monotonic() - start


@pytest.mark.parametrize(
    ("behaviour", "reason"),
    [
        (ssh_hostile.endless_lines, "banner flood: more than 1024 lines before the version line"),
        (ssh_hostile.one_huge_line, "banner flood: more than 65536 bytes before the version line"),
        (ssh_hostile.huge_version_line, "not SSH: version line longer than 255 bytes"),
        (ssh_hostile.http_answer, "not SSH: the server answered HTTP 'HTTP/1.1 400 Bad Request'"),
        (ssh_hostile.tls_alert, "not SSH: binary data, then closed '\\x15\\x03\\x03\\x00\\x02\\x02F'"),
        (ssh_hostile.oversized_kexinit, "oversized packet: packet_length 4294967295 > 35000"),
        (ssh_hostile.silent, "timeout: no complete answer within 1 s"),
        (ssh_hostile.drip, "timeout: no complete answer within 1 s"),
        (ssh_hostile.close_after_banner, "closed after 0 bytes of SSH packet header"),
    ],
    ids=lambda value: getattr(value, "__name__", "reason"),
)
def test_hostile_server_ends_with_a_reason_within_the_deadline(behaviour: Behaviour, reason: str) -> None:
    outcome, took = run_against(behaviour)
    assert outcome == reason
    assert took < LIMITS.exchange_timeout + SLACK


def test_host_key_step_that_never_finishes_is_a_problem_and_kexinit_is_kept() -> None:
    outcome, took = run_against(ssh_hostile.kexinit_then_silent)
    assert isinstance(outcome, SshReport)
    assert outcome.banner == "SSH-2.0-Hostile_1.0"
    assert outcome.kex == ("curve25519-sha256",)
    assert outcome.host_key_algorithms == ("ssh-ed25519",)
    assert (outcome.ciphers, outcome.macs, outcome.compression) == (
        ("aes128-ctr",),
        ("hmac-sha2-256",),
        ("none",),
    )
    assert outcome.host_key is None
    assert outcome.problems == ("host key: timeout: no key exchange within 1.5 s",)
    deadline = LIMITS.exchange_timeout + LIMITS.connect_timeout + LIMITS.exchange_timeout
    assert took < deadline + SLACK


def test_host_key_step_closed_by_the_server_is_a_problem() -> None:
    outcome, _ = run_against(ssh_hostile.kexinit_then_close)
    assert isinstance(outcome, SshReport)
    assert outcome.kex == ("curve25519-sha256",)
    assert outcome.host_key is None
    assert outcome.problems == ("host key: key exchange failed: Connection lost",)


def test_no_key_exchange_in_common_for_the_host_key_step_is_a_problem() -> None:
    lists = (("mystery-kex@example.com", "ext-info-s"), *ssh_hostile.CLASSICAL_LISTS[1:])
    data = ssh_hostile.BANNER + ssh_hostile.packet(ssh_hostile.kexinit_payload(lists))
    outcome, _ = run_against(ssh_hostile.sends(data))
    assert isinstance(outcome, SshReport)
    assert (outcome.kex, outcome.host_key) == (("mystery-kex@example.com",), None)
    assert outcome.problems == (
        "host key: no key exchange in common with the key-exchange client (AsyncSSH)",
    )


def test_ignore_packets_before_kexinit_are_skipped_up_to_a_bound() -> None:
    skipped = ssh_hostile.BANNER + ssh_hostile.IGNORE_PACKET * 8 + ssh_hostile.CLASSICAL_KEXINIT
    outcome, _ = run_against(ssh_hostile.sends(skipped), host_key=False)
    assert isinstance(outcome, SshReport)
    assert outcome.kex == ("curve25519-sha256",)
    too_many = ssh_hostile.BANNER + ssh_hostile.IGNORE_PACKET * 9 + ssh_hostile.CLASSICAL_KEXINIT
    outcome, _ = run_against(ssh_hostile.sends(too_many), host_key=False)
    assert outcome == "protocol violation: no KEXINIT in the first 9 packets"


def test_our_version_line_is_sent_first() -> None:
    lines: list[bytes] = []
    outcome, _ = run_against(ssh_hostile.recording(lines), host_key=False)
    assert isinstance(outcome, SshReport)
    assert lines == [f"SSH-2.0-{client_software()}\r\n".encode()]
    assert client_software().startswith("qready_")


def test_a_hostile_target_does_not_delay_a_good_one() -> None:
    async def scenario() -> tuple[str, bool, SshReport]:
        key = asyncssh.generate_private_key("ssh-ed25519")
        async with hostile_ssh_server(ssh_hostile.silent) as bad, asyncssh_server(key) as good:
            good_task = asyncio.create_task(_probe(good, True))
            with pytest.raises(ProbeFailure) as raised:
                await _probe(bad, True)
            good_done_first = good_task.done()  # finished while the silent target was still pending
            return raised.value.reason, good_done_first, await good_task

    reason, good_done_first, report = asyncio.run(scenario())
    assert reason == "timeout: no complete answer within 1 s"
    assert good_done_first
    assert report.host_key is not None
    assert report.host_key[:2] == ("ssh-ed25519", 256)
    assert report.problems == ()
