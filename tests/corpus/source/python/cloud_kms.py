"""AWS KMS through boto3 (issue #3's library list; credstash-like code, round 46): key specs and signing and
encryption algorithms are given by name"""

from __future__ import annotations

import boto3

kms = boto3.client("kms", region_name="eu-west-3")


def create_signing_key() -> str:
    response = kms.create_key(KeySpec="RSA_3072", KeyUsage="SIGN_VERIFY")  # qready-expect: RSA reference 3072
    return response["KeyMetadata"]["KeyId"]


def create_ec_key() -> str:
    response = kms.create_key(KeySpec="ECC_NIST_P384", KeyUsage="SIGN_VERIFY")  # qready-expect: ECDSA reference P-384
    return response["KeyMetadata"]["KeyId"]


def legacy_key() -> str:
    response = kms.create_key(CustomerMasterKeySpec="RSA_2048")  # qready-expect: RSA reference 2048
    return response["KeyMetadata"]["KeyId"]


def sign(key_id: str, digest: bytes) -> bytes:
    response = kms.sign(
        KeyId=key_id, Message=digest, MessageType="DIGEST", SigningAlgorithm="RSASSA_PSS_SHA_256"  # qready-expect: RSA sign
    )
    return response["Signature"]


def data_key(key_id: str) -> bytes:
    response = kms.generate_data_key(KeyId=key_id, KeySpec="AES_256")  # qready-expect: AES reference
    return response["Plaintext"]


def symmetric_key() -> str:
    return kms.create_key(KeySpec="SYMMETRIC_DEFAULT")["KeyMetadata"]["KeyId"]
