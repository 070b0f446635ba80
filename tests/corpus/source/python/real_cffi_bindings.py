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
