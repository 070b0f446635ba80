# bitcoin-safe's dynamic_lib_load.py (round 265) and electrumsv-secp256k1's setup.py: a string given to what
# holds a library's, a package's or a file's name names that library, package or file, not its algorithm.
import ctypes.util

lib_name = "secp256k1"
PACKAGE_NAME = "c_secp256k1"
archive_filename = "keys_ed25519.zip"
curve_name = "secp256k1"  # qready-expect: ECDSA reference secp256k1


def load():
    return ctypes.util.find_library(lib_name)


def build(setup, extension):
    setup(
        ext_package='electrumsv_secp256k1',
        ext_modules=[extension],
    )
