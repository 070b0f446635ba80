# Files encrypted to a passphrase with GnuPG (shaped on bisos-crypt's gpgSym.py, audit round 133): the cipher
# python-gnupg is told to use is the algorithm, on the line that names it (the call's line names none); GnuPG's
# default, or a public-key recipient, names none here.
import gnupg

gpg = gnupg.GPG()


def seal(path, passwd):
    with open(path, "rb") as handle:
        status = gpg.encrypt_file(
            handle,
            recipients=None,
            symmetric="AES256",  # qready-expect: AES encrypt
            passphrase=passwd,
        )
    legacy = gpg.encrypt(b"x", None, symmetric="CAST5", passphrase=passwd)  # qready-expect: CAST5 encrypt
    default = gpg.encrypt(b"x", None, symmetric=True, passphrase=passwd)
    return status, legacy, default
