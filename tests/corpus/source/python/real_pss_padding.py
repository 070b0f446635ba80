"""Shapes from bstkchat (round 23 of the source audit): PSS's salt length is RSA-PSS's own; a bird's name in a
word list names no signature scheme."""
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def sign(key, data):
    return key.sign(
        data,
        padding.PSS(  # qready-expect: RSA sign
            mgf=padding.MGF1(hashes.SHA256()),  # qready-expect: RSA reference
            salt_length=padding.PSS.MAX_LENGTH,  # qready-expect: RSA reference
        ),
        hashes.SHA256(),
    )


NOUNS = ["tiger", "falcon", "otter"]


# A server's memory sampler (shaped on h2corn's bench/_core.py, audit round 182): PSS is the process's
# proportional set size, sampled every second, no signature's padding.
PSS_SAMPLE_INTERVAL_SECONDS = 1.0


def sampler_settings(stop):
    while not stop.wait(PSS_SAMPLE_INTERVAL_SECONDS):
        pass
    return {"sample_interval_seconds": PSS_SAMPLE_INTERVAL_SECONDS}
