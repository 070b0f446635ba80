/* elgamal-c's encryptmodule.c (round 111): a Python extension's method table and module definition are its
 * plumbing, whatever they are named; the function that encrypts is the use. */
#include <Python.h>

static PyObject *ElGamal_encrypt(PyObject *self, PyObject *args) { /* qready-expect: ElGamal reference */
    return NULL;
}

static PyMethodDef ElGamal_cs[] = {
    {"encrypt", ElGamal_encrypt, METH_VARARGS, "Encrypt."}, /* qready-expect: ElGamal reference */
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef ElGamal_c = {
    PyModuleDef_HEAD_INIT,
    "ElGamal_c",
    NULL,
    -1,
    ElGamal_cs,
};

/* mmgen-wallet's secp256k1mod.c (round 387): the module's garbage-collection hooks, named after what it binds
 * and given to its PyModuleDef, are plumbing too. */
static int secp256k1_traverse(PyObject *m, visitproc visit, void *arg) {
    return 0;
}

static int secp256k1_clear(PyObject *m) {
    return 0;
}

static struct PyModuleDef secp256k1_def = {
    PyModuleDef_HEAD_INIT, "secp256k1", NULL, 0, NULL, NULL,
    secp256k1_traverse,
    secp256k1_clear,
    NULL
};
