"""A cffi build script's list of C sources (shaped on pypqc's cffi_modules, audit round 385): a file's name
tested for its prefix or suffix leaves AES sources out of the build; no AES is run or chosen there. The
scheme the script builds is chosen by its folder's name."""
import os
from pathlib import Path

IMPL_DIR = Path("lib", "PQClean", "crypto_kem", "kyber768", "clean")  # qready-expect: Kyber reference


def sources():
    found = []
    for source in IMPL_DIR.glob("*.c"):
        if source.stem.startswith('aes'):
            continue
        if os.path.basename(str(source)).endswith(".rsa"):
            continue
        found.append(source)
    return found
