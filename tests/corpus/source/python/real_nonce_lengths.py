# A streaming cipher's checks (shaped on gun101's cipher.py, audit round 137): a nonce's, an IV's or a tag's
# length sizes a buffer; a key made for AES and the mode chosen are uses.
import os

from gun101 import config


def check(nonce, tag):
    if len(nonce) != config.AES_NONCE_LEN or len(tag) != config.AES_GCM_TAG_LENGTH:
        raise ValueError("bad nonce")
    iv = os.urandom(config.AES_IV_SIZE)
    key = os.urandom(config.AES_KEY_LEN)  # qready-expect: AES reference
    mode = config.AES_MODE  # qready-expect: AES reference
    return iv, key, mode
