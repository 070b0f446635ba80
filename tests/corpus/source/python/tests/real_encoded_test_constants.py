"""Shaped on awscrt 0.38.0's test/test_crypto.py and test/test_mqtt.py and bk-crypto-python-sdk 4.1.1's
tests (audit round 172): in a test, a constant holding a key or a result in its encoding is the test's data,
an environment variable's name read by the project's own getter is a name; the algorithm the test runs
stays a use."""

import base64
import os

from cryptography.hazmat.primitives.asymmetric import rsa  # qready-expect: RSA reference

RSA_PUBLIC_KEY_DER_BASE64 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
GO_AES_CTR_CIPHERTEXT = bytes.fromhex("00112233445566778899aabbccddeeff")


def _get_env_variable(name):
    return os.environ.get(name)


def test_decode():
    public_key_der_bytes = base64.b64decode(RSA_PUBLIC_KEY_DER_BASE64)
    block = GO_AES_CTR_CIPHERTEXT[0:16]
    assert public_key_der_bytes and block


def test_connect():
    input_cert = _get_env_variable("AWS_TEST_MQTT311_IOT_CORE_RSA_CERT")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # qready-expect: RSA keygen 2048
    assert input_cert is None or key
