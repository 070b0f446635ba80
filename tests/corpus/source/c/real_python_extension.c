/* Shapes from the arc4 and ed25519 PyPI packages: a C extension's module plumbing is named after what it
 * binds (PyInit_arc4, the module table, the module's name) and is no use; its object type and methods, which
 * do the work, and its calls into the algorithm are. */
#include <Python.h>
#include "arc4.h" /* qready-expect: RC4 reference */

typedef struct arc4_ARC4 { /* qready-expect: RC4 reference */
    PyObject_HEAD
    struct arc4_state state; /* qready-expect: RC4 reference */
} arc4_ARC4; /* qready-expect: RC4 reference */

static void arc4_ARC4_dealloc(arc4_ARC4 *self) /* qready-expect: RC4 reference */
{
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *arc4_ARC4_crypt(arc4_ARC4 *self, PyObject *arg) /* qready-expect: RC4 reference */
{
    arc4_crypt(&(self->state), (const unsigned char *)PyBytes_AsString(arg), PyBytes_Size(arg)); /* qready-expect: RC4 reference */
    Py_RETURN_NONE;
}

static struct PyModuleDef arc4_module = {
    PyModuleDef_HEAD_INIT, "arc4", NULL, -1, NULL,
};

PyMODINIT_FUNC PyInit_arc4(void)
{
    return PyModule_Create(&arc4_module);
}

/* kybercffi's module built by cffi for Python 2 too: both inits are the module's plumbing; a function of the
   extension that does the work is a use */
PyMODINIT_FUNC PyInit__arc4_cffi(void)
{
    return NULL;
}

PyMODINIT_FUNC init_arc4_cffi(void)
{
    return;
}

static int arc4_init_state(struct arc4_state *state) /* qready-expect: RC4 reference */
{
    return 0;
}

/* easysnmp's interface.c: an algorithm name the extension's own C code compares is a use; a string given to
   the Python API is its plumbing */
static int snmp_auth_protocol(const char *algo)
{
    if (strcmp(algo, "MD5") == 0) /* qready-expect: MD5 reference */
        return 1;
    if (strcmp(algo, "AES-256") == 0) /* qready-expect: AES reference */
        return 2;
    PyErr_SetString(PyExc_ValueError, "unsupported: SHA1");
    return 0;
}

/* ed25519ll's py.c: empty functions for the Windows linker, which implement nothing */
void init_ed25519_win32() {}
void init_ed25519_win64() {} /* is this correct? */
