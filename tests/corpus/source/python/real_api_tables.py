# A binary analysis framework's Windows tables and a service's key derivation (shaped on vivisect's
# PE/ordlookup/comctl32.py and pnasys-encryption-service's core.py, audit round 237): comctl32's dynamic
# structure arrays are no DSA; a string hashed into a key is data, the cipher its key is given to is the use.
import base64
import hashlib

from cryptography.fernet import Fernet  # qready-expect: AES reference

ORDINALS = {
    320: "DSA_Create",
    321: "DSA_Destroy",
    328: "DSA_InsertItem",
}


def fernet_for(pwd):
    fkey = base64.urlsafe_b64encode(hashlib.sha256((pwd + "Fernet").encode()).digest())
    return Fernet(fkey)  # qready-expect: AES encrypt
