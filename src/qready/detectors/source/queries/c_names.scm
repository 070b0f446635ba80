; C and C++ (included by c.scm and cpp.scm): the project's own names, read by rules/named.toml in any case
; (@def: a name that is never a plain variable here): a function defined or declared (`rsaBlind(rsaKey *key,
; ...)`, `Blowfish_initstate(blf_ctx *c)`), a table defined (`kex_method_diffie_helman_group16_sha512 = {...}`)
; and a table's entries (`&hostkey_method_ssh_rsa_sha2_512`, `&hmacWithSHA1`, `(PyCFunction) crypt_rc4`)
(function_declarator declarator: (identifier) @def)
; an enumerator: an algorithm's identifier defined (pdns's `RSASHA256=8,`, DNSSEC's algorithm numbers, a key
; type's `kRsaPkcs1Sha256`)
; (not an error's code or message, gfarm's `GFARM_ERRMSG_AUTH_SHAREDSECRET_MD5_CONTINUE`, nor a key encoding's
; name alone, ncrypto's `enum class PublicKeyEncoding { PKCS1, SPKI }`)
((enumerator name: (identifier) @def)
 (#not-match? @def "^ERR_LIB_|^[A-Z][A-Z0-9]*_[RF]_[A-Z0-9_]+$|(^|_)(ERR|ERRMSG|ERROR|ERRORS)_|^(PKCS1|Pkcs1|pkcs1)$"))
(init_declarator
  declarator: [(identifier) @def (array_declarator declarator: (identifier) @def)
               (array_declarator declarator: (array_declarator declarator: (identifier) @def))]
  value: (initializer_list))
; a global a header declares (trezor-crypto's `extern const curve_info secp256k1_decred_info;`,
; `extern const char SECP256K1_DECRED_NAME[];`)
((declaration (storage_class_specifier) @_extern
   declarator: [(identifier) @def (array_declarator declarator: (identifier) @def)])
 (#eq? @_extern "extern"))
; (not OpenSSL's error library, reason and function codes in a table of errors: CPython's `_ssl_data.h`,
; `{"OAEP_DECODING_ERROR", ERR_LIB_RSA, RSA_R_OAEP_DECODING_ERROR}`, audit round 159)
((initializer_list [(identifier) @def (pointer_expression argument: (identifier) @def)
                    (cast_expression value: (identifier) @def)])  ; a method table's `(PyCFunction) crypt_rc4,`
 (#not-match? @def "^ERR_LIB_|^[A-Z][A-Z0-9]*_[RF]_[A-Z0-9_]+$"))
; an OID or a curve named as ASN.1 modules name it, given as a value (Crypto++'s `DEFINE_OID(certicom_ellipticCurve()+6,
; secp112r1)`, `DEFINE_OID(pkcs_1()+1, rsaEncryption)`, `DEFINE_OID(oiw_secsig_algorithms()+26, id_sha1)`)
((identifier) @def
 (#match? @def "^(secp[0-9]+[rk][0-9]|sect[0-9]+[rk][0-9]|brainpoolP[0-9]+[rt]1|prime[0-9]+v[0-9]|[a-z0-9]+WithRSAEncryption|rsaEncryption|id_[A-Za-z0-9_]+)$"))
