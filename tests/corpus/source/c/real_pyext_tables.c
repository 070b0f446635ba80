/* A Python extension's method table and type slots (shaped on libfcrypto-python's pyfcrypto, audit round 34):
 * the entries registering an algorithm's functions, cast to the slot's type, are uses. */
#include <Python.h>

#include "pyfcrypto_rc4_context.h" /* qready-expect: RC4 reference */

static PyMethodDef pyfcrypto_module_methods[] = {
	{ "get_version",
	  (PyCFunction) pyfcrypto_get_version,
	  METH_NOARGS,
	  "get_version() -> String\n" },

	{ "crypt_rc4",
	  (PyCFunction) pyfcrypto_crypt_rc4, /* qready-expect: RC4 reference */
	  METH_VARARGS | METH_KEYWORDS,
	  "crypt_rc4(key, data) -> Bytes\n" },

	{ NULL, NULL, 0, NULL }
};

PyTypeObject pyfcrypto_rc4_context_type_object = { /* qready-expect: RC4 reference */
	PyVarObject_HEAD_INIT( NULL, 0 )
	"pyfcrypto.rc4_context",
	0,
	(destructor) pyfcrypto_rc4_context_free, /* qready-expect: RC4 reference */
	(initproc) pyfcrypto_rc4_context_init, /* qready-expect: RC4 reference */
};
