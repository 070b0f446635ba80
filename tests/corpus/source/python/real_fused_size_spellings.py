"""pydave's shape (pydave/types.py, round 223): a configuration default spelled with its size fused to the
algorithm's name and its mode, which says the algorithm whatever the field holding it is named."""

from dataclasses import dataclass


@dataclass
class MediaConfig:
    media_ciphersuite: str = "AES128-GCM"  # qready-expect: AES reference
    transport_cipher: str = "AES-256-GCM"  # qready-expect: AES reference
    # look-alike: a name with a size but no mode, given to a field that holds no algorithm
    label: str = "aes128"
