# An agent whose image checksums may be MD5 when an operator allows it (shaped on ironic-python-agent,
# audit round 154): a configuration flag read, and the check of it, use nothing; the digest computed once
# the flag allows it is a use.
import hashlib

from oslo_config import cfg

CONF = cfg.CONF


def check_md5_enabled() -> None:
    if not CONF.md5_enabled:
        raise RuntimeError("MD5 image checksums are disabled")


def image_checksum(data: bytes, algorithm: str) -> str:
    if algorithm == "sha512":
        return hashlib.sha512(data).hexdigest()
    elif CONF.md5_enabled:
        check_md5_enabled()
        return hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest
    raise ValueError(algorithm)
