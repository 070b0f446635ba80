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
