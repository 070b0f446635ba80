/* A Python binding of a NIST post-quantum signature scheme (shaped on tdc-falcon's module.c, audit round 118):
 * it calls the scheme's NIST API without including its api.h. The API's own crypto_sign_signature and
 * crypto_sign_verify, which libsodium has not, say whose crypto_sign_keypair this is: no Ed25519 here. */
#include <Python.h>
#include <stdint.h>

static PyObject *keypair_python(PyObject *self, PyObject *args)
{
    uint8_t pubkey[897], privkey[1281];
    crypto_sign_keypair(pubkey, privkey);
    return Py_BuildValue("y#y#", pubkey, sizeof pubkey, privkey, sizeof privkey);
}

static PyObject *sign_python(PyObject *self, PyObject *args)
{
    uint8_t sig[752];
    size_t siglen = 0;
    const uint8_t *m = NULL, *sk = NULL;
    crypto_sign_signature(sig, &siglen, m, 32, sk);
    return Py_BuildValue("y#", sig, siglen);
}

static PyObject *verify_python(PyObject *self, PyObject *args)
{
    const uint8_t *sig = NULL, *m = NULL, *pk = NULL;
    int result = crypto_sign_verify(sig, 666, m, 32, pk);
    return PyBool_FromLong(result == 0);
}
