/* A bignum library's build configuration (shaped on libtommath's tommath_superclass.h, vendored by
   pyecsca-codegen, audit round 149): the superclass that builds only the functions an RSA needs names no RSA
   in use; the RSA of a project's own option is one. */
#if defined(SC_RSA_1) || defined (SC_RSA_1_WITH_TESTS)
#   define BN_MP_SHRINK_C
#   define BN_MP_LCM_C
#endif
#ifndef SC_RSA_1_WITH_TESTS
#   define BN_MP_READ_RADIX_C
#endif
#ifdef WITH_RSA_KEYS /* qready-expect: RSA reference */
#   define BN_MP_EXPTMOD_C
#endif
