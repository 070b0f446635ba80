"""C declared to cffi (shapes from oscrypto's and coincurve's bindings): the declarations are read as C."""

from cffi import FFI

ffi = FFI()
ffi.cdef("""
    typedef ... RSA;  # qready-expect: RSA reference
    typedef ... EVP_PKEY;

    RSA *RSA_new(void);  # qready-expect: RSA reference
    int RSA_generate_key_ex(RSA *rsa, int bits, BIGNUM *e, BN_GENCB *cb);  # qready-expect: RSA reference
    RSA *EVP_PKEY_get1_RSA(EVP_PKEY *pkey);  # qready-expect: RSA reference
    int secp256k1_ecdsa_sign(const secp256k1_context *ctx, secp256k1_ecdsa_signature *sig);  # qready-expect: ECDSA reference secp256k1
    void free(void *ptr);
""")

# look-alike: a docstring that declares nothing
ffi.set_source("_binding", "#include <stdlib.h>")

# C declared in a variable first, then given to cffi (wolfssl's `cdef = """..."""`, `cdef += """..."""`)
cdef = """
    static const long EVP_PKEY_RSA;  # qready-expect: RSA reference
    static const long EVP_PKEY_DH;  # qready-expect: FFDH reference
    static const long EVP_PKEY_EC;  # qready-expect: ECDSA reference
"""
cdef += """
    const EVP_CIPHER *EVP_bf_cbc(void);  # qready-expect: Blowfish encrypt
"""
ffi.cdef(cdef)
# look-alike: a string in a variable that is no declaration
banner = """static const long EVP_PKEY_RSA;"""

# C declared in variables of any name that the file gives to cffi (electrumsv-secp256k1's
# `SCHNORRSIG_DEFINITIONS = """..."""`, then `ffi.cdef(SCHNORRSIG_DEFINITIONS)`, audit round 87)
BASE_DEFINITIONS = """
int secp256k1_ec_privkey_tweak_add(const secp256k1_context* ctx, unsigned char *seckey);  # qready-expect: ECDSA reference secp256k1
typedef struct { unsigned char data[64]; } secp256k1_pubkey;  # qready-expect: ECDSA reference secp256k1
"""
# look-alike: the same C in a variable no call of the file reads as code
EXAMPLE_DEFINITIONS = """
int secp256k1_ec_pubkey_parse(secp256k1_pubkey *pubkey);
"""
ffi.cdef(BASE_DEFINITIONS)


class _OpenSSL:
    """OpenSSL reached through ctypes (pyelliptic's loader)."""

    def __init__(self, library):
        self._lib = library
        self.EVP_bf_cbc = self._lib.EVP_bf_cbc  # qready-expect: Blowfish encrypt
        self.EVP_bf_cbc.restype = ctypes.c_void_p  # qready-expect: Blowfish encrypt
        self.EVP_cast5_cbc = self._lib.EVP_cast5_cbc  # qready-expect: CAST5 encrypt
