# Round 57: the blowfish package's setup.py. The package's own metadata (its name, version and modules, given
# to setup()) is no use of the algorithm it is named after; importing the module is.
from distutils.core import setup
from distutils.extension import Extension

from blowfish import __version__  # qready-expect: Blowfish reference

if __name__ == "__main__":
    setup(
        name="blowfish",
        version=__version__,
        py_modules=["blowfish"],
        packages=["blowfish_ecb", "aes_gcm_rsa_oaep"],  # (round 69: aes-gcm-rsa-oaep's packages)
        description="Fast, efficient Blowfish cipher implementation in pure Python (3.4+).",
        # (round 133: ecdsa-recover's extension module, its name and sources)
        ext_modules=[Extension("ecdsa_recover", ["ecdsa_recover/ecdsa_recover.pyx"])],
    )
