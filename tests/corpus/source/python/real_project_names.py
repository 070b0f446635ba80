"""openpgpcard-x25519-agent's tests (round 104): a project named with an algorithm's word between other
words. What its modules export is the project's own (a server, a status code), not the algorithm's; a name
of its own that says an algorithm is that algorithm's."""

from openpgpcard_x25519_agent.card import (
    calculate_x25519_shared_secret,  # qready-expect: ECDH reference
    read_pin,
)
from openpgpcard_x25519_agent.msg import FAILURE, SUCCESS
from openpgpcard_x25519_agent.server import run_server

import axolotl_curve25519 as curve  # qready-expect: ECDH reference
from ed25519_blake2b import SigningKey  # qready-expect: EdDSA reference


def test_agent(card, response, public_key):
    assert response.message_type == SUCCESS
    assert calculate_x25519_shared_secret(card, public_key) == b"test"  # qready-expect: ECDH key-agree
    run_server(card, read_pin)
    return FAILURE, curve
