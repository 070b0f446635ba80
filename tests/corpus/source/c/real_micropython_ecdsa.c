// A firmware updater's ECDSA check bound to MicroPython (shaped on openmv-ota's ecdsa_verify.c, audit round
// 241): the verification through mbedTLS is the use; the binding's function object, module table and module,
// named after what they bind, are plumbing.
#include "mbedtls/ecdsa.h" // qready-expect: ECDSA reference
#include "py/runtime.h"
#include "py/obj.h"

static int verify_p256(mbedtls_ecp_group *grp, const unsigned char *hash, mbedtls_ecp_point *q, // qready-expect: ECDSA reference
                       mbedtls_mpi *r, mbedtls_mpi *s) {
    return mbedtls_ecdsa_verify(grp, hash, 32, q, r, s); // qready-expect: ECDSA verify
}

static mp_obj_t mod_verify(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    return mp_obj_new_int(verify_p256(NULL, NULL, NULL, NULL, NULL) == 0 && args != NULL); // qready-expect: ECDSA verify P-256
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ecdsa_verify_obj, 4, 4, mod_verify);

static const mp_rom_map_elem_t ecdsa_verify_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_verify), MP_ROM_PTR(&ecdsa_verify_obj) },
};
static MP_DEFINE_CONST_DICT(ecdsa_verify_globals, ecdsa_verify_globals_table);

const mp_obj_module_t ecdsa_verify_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&ecdsa_verify_globals,
};
