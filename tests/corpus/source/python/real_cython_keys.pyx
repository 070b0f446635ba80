# Cython sources (shapes from ssh-python's keytypes.pyx, python-pkcs11's _pkcs11.pyx and python-mbedtls'
# pk.pyx): read with the Python grammar, whose errors on `cdef` and `<casts>` leave the rest readable.
from libc.stdlib cimport malloc

cdef class ECDSA_P256(KeyType):  # qready-expect: ECDSA reference
    def __cinit__(self):
        self._type = ssh_keytypes_e.SSH_KEYTYPE_ECDSA_P256  # qready-expect: ECDSA reference P-256


cdef class ECDHClient(ECDHBase):  # qready-expect: ECDH reference
    pass


def mechanism_param(mechanism):
    if mechanism in (Mechanism.RSA_PKCS_PSS,  # qready-expect: RSA reference
                     Mechanism.SHA256_RSA_PKCS_PSS):  # qready-expect: RSA reference
        return None
    cdef size_t buffer_size = 1024
    return malloc(buffer_size)
