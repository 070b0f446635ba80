; C sites. Capture names are the contract with extract.py (see python.scm).
; C has no import bindings: a call is named after its function (`RSA_generate_key_ex`), a macro constant after
; itself (`EVP_PKEY_RSA`, `NID_secp384r1`, `CALG_3DES`), so rule names are the library's own identifiers.

; #include <openssl/rsa.h>  #include "mbedtls/rsa.h"  (an import site for algorithm-specific headers)
(preproc_include path: [(system_lib_string) (string_literal)] @import.path) @import

; f(args)
(call_expression function: (identifier) @call.callee arguments: (argument_list) @call.args) @call
; an algorithm's state inside a union or struct of states, its member read or set (libtomcrypt's
; `md->sha1.state[1] = ...`, `skey->blowfish.K[r++]`, `prng->rc4.x`): the state's field named after the algorithm
; (not a digest's value held with its length: authenticode-parser's `cert->sha1.data`; nor a key's parts in a
; union of keys: bearssl's `privkey->key.rsa.iq`)
((field_expression
   argument: (field_expression argument: (identifier) field: (field_identifier) @def)
   field: (field_identifier) @_member)
 (#not-match? @_member "^(data|len|length_bytes|size|value|hex|str|bytes)$"))
; a function a struct's pointer holds, called by that pointer's name (cryptogram's `G.aes_enc(buf, dst, &k)`,
; `ops->rsa_sign(...)`): named after the function it holds
(call_expression
  function: (field_expression field: (field_identifier) @call.callee)
  arguments: (argument_list) @call.args) @call

; a cipher's handle or a key named after its algorithm, given to an operation (libvncserver's
; `gcry_cipher_encrypt(aes, out, len, in, len)`, opensmtpd's `ckey(psec, len, pub, ecdh)` is no operation's name):
; the operation on it, as if called on it
(call_expression
  function: (identifier) @call.method
  arguments: (argument_list (identifier) @call.callee) @call.args
  (#match? @call.method "(^|_)(encrypt|decrypt|sign|verify|digest|update|final|compute_key|derive)|(Encrypt|Decrypt|Sign|Verify|Digest)")
  (#match? @call.callee "^(rsa|dsa|ecdsa|ecdh|dh|aes|des|des3|rc4|md5|sha1|bf|blowfish)$")) @call
; a generic API whose algorithm is its first argument, named after that argument:
; `ssh_pki_generate(SSH_KEYTYPE_RSA, 2048, &key)` is a call of SSH_KEYTYPE_RSA with (SSH_KEYTYPE_RSA, 2048, &key)
(call_expression
  function: (identifier) @_f
  arguments: (argument_list . (identifier) @call.callee) @call.args
  (#any-of? @_f "ssh_pki_generate")) @call

; macro constants used as values (arguments, case labels, initialisers, comparisons) and build switches, and
; XML Security Library's algorithm constants (`xmlSecHrefRsaSha512`, `xmlSecKeyDataRsaId`: lasso) and Apple's
; CommonCrypto constants (`kCCAlgorithm3DES`, `kCCPRFHmacAlgSHA1`: apr-util)
; (`#ifdef HAVE_ED25519`, `#if defined(MBEDTLS_RSA_C)`, `#define HAVE_ECC`): upper-case names with an
; underscore, an algorithm's bare name (RFC 6234's `case SHA1:`), and libsodium's size macros
; (`crypto_sign_PUBLICKEYBYTES`), that name something crypto (every other macro would be a site no rule matches)
((identifier) @ref
  (#match? @ref "^(_?[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)+|crypto_[a-z0-9_]+_[A-Z][A-Z0-9_]*|SHA1|MD[245]|RSA|DSA|ECDSA|ECDH|EDDSA|ED25519|ED448|X25519|X448|AES|DES|TRIPLEDES|RC[24]|ARC4|ARCFOUR|BLOWFISH|KYBER[0-9]*|DILITHIUM[0-9]*|SPHINCS[A-Z0-9]*|FALCON[0-9]+|MLKEM[0-9]*|MLDSA[0-9]*|xmlSec(Href|Transform|KeyData)[A-Z][A-Za-z0-9]*|k(CC|Sec)[A-Z][A-Za-z0-9]*)$")
  (#match? @ref "(RSA|DSA|DH|EC|25519|448|DES|RC[24]|AES|MD[45]|SHA|ARC|BLOWFISH|RFC2268|CALG|KYBER|KEM|DILITHIUM|SPHINCS|FALCON|HAVE_|ENABLE_|WITH_|USE_|NID_|SN_|LN_|PSA_|PK_|KEYTYPE|HOSTKEY|CIPHER|PAD|BLOB|GROUP|SM2|OQS|crypto_|_rsa|_ecdh|_dh|Rsa|Dsa|Ecdsa|Ecdh|Dh|Des|Aes|Md5|Sha1)")
  (#not-match? @ref "^(OPENSSL_)?NO_")
  (#not-match? @ref "_(H|HPP|INCLUDED)_*$")  ; a header's include guard (`#define MD5_H`): never a use
  (#not-match? @ref "_ERR(OR)?(_BASE)?$")  ; nor an error code (`CRYS_RSA_INVALID_MODULUS_SIZE_ERROR`)
  ; nor OpenSSL's error library, reason and function codes (CPython's `_ssl_data.h` table:
  ; `{"OAEP_DECODING_ERROR", ERR_LIB_RSA, RSA_R_OAEP_DECODING_ERROR}`, audit round 159)
  (#not-match? @ref "^ERR_LIB_|^[A-Z][A-Z0-9]*_[RF]_[A-Z0-9_]+$")
  ; nor a program's error or failure code (pgpgpg's `PGPERR_ENCR_RSA`, intel-hdcp's `DSA_FAIL`, round 161)
  (#not-match? @ref "^[A-Z0-9]*ERR_|_FAIL(ED|URE)?$"))
; `OPENSSL_NO_RSA` / `NO_RSA` turn an algorithm off: only their negation (`#ifndef`, `!defined`) turns it on
(preproc_ifdef "#ifndef" name: (identifier) @ref (#match? @ref "^(OPENSSL_)?NO_"))
(unary_expression operator: "!" argument: (preproc_defined (identifier) @ref (#match? @ref "^(OPENSSL_)?NO_")))

; type references: `RSA *rsa`, `EC_KEY *key`, `mbedtls_rsa_context ctx`, `RsaKey key`, a project's own
; `ssh2_rsa_ctx`, `crypto_dh_t` (only names that can be a crypto type: every other type would be a site no rule
; matches)
((type_identifier) @ref
  (#match? @ref "(RSA|DSA|DH|EC|DES|RC[24]|AES|MD[45]|SHA|BLOWFISH|Blowfish|BCRYPT|Ecdsa|Ecdh|Ecc|Eddsa|ML[KD]|KYBER|Kyber|kyber|DILITHIUM|Dilithium|dilithium|SPHINCS|Sphincs|sphincs|mbedtls_|wc_|Rsa|ecc|25519|448|Dh|Dsa|Des|Aes|Arc4|rsa|dsa|dss|ecdh|_dh|dh_|dhm_|des|aes|md[45]|sha1|rc2|rc4|arcfour|blowfish)"))
; libsecp256k1's types (`secp256k1_pubkey pubkey;`, `secp256k1_xonly_pubkey`): read as the names they are, not
; as a variable's (its context, field and scalar types are not-an-algorithm words of rules/named.toml)
((type_identifier) @def (#match? @def "^secp256k1_"))

; a project's own functions and dispatch tables named after an algorithm: definitions and prototypes
; (`int ssh_ecdsa_sign(...)`, `static DH *new_openssl_dh_from_params(...)`) and table entries naming a cipher or
; a handler (`{ "des", SSH_CIPHER_DES, 8, 8, 0, 0, 0, 1, EVP_des_cbc }`, `{"des3-cbc", &ossl_des3_cbc}`,
; `_libssh2_cipher_arcfour`), and the table entries themselves (`static const struct crypt_method
; libssh2_crypt_method_3des_cbc = {...}`). Plain variables (`rsa`, `dh_p`) are never sites.
(function_declarator
  declarator: (identifier) @ref
  (#match? @ref "(rsa|dsa|dss|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc4|arc4|arcfour|blowfish|bf_|RSA|DSA|DH|EC|DES|AES|MD[45]|SHA1|ARC4|RC4|BLOWFISH)"))
(init_declarator
  ; a table: `static const BYTE aes_sbox[16][16] = {...}` too
  declarator: [(identifier) @ref (array_declarator declarator: (identifier) @ref)
               (array_declarator declarator: (array_declarator declarator: (identifier) @ref))]
  value: (initializer_list)
  (#match? @ref "(rsa|dsa|dss|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc4|arc4|arcfour|blowfish|bf_)"))
; a table named after an algorithm read (`aes_sbox[state[0][0] >> 4][...]`, `aes_key[1]`): its algorithm's data;
; a block cipher's numbered tables in capitals too (sph's AES round, `AES0[((X0) >> 24) & 0xFF]`, rounds 191, 193)
(subscript_expression
  argument: (identifier) @ref
  (#match? @ref "(rsa|dsa|dss|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc4|arc4|arcfour|blowfish|bf_|^(AES|DES|SM4|CAMELLIA|ARIA)[0-9]$)"))
; an algorithm's name or address in a table, by position or by member (ell's TLS suites: `.key_xchg = &tls_ecdhe,`)
([(initializer_list [(identifier) @ref (pointer_expression argument: (identifier) @ref)])
  (initializer_pair value: [(identifier) @ref (pointer_expression argument: (identifier) @ref)])]
  (#match? @ref "(^EVP_|rsa|dsa|dss|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc[24]|arc4|arcfour|blowfish|bf_)"))
; an implementation named after its algorithm's operation, given by its address (bearssl's
; `br_x509_minimal_set_ecdsa(&ctx, &br_ec_prime_i31, &br_ecdsa_i31_vrfy_asn1)`)
((argument_list (pointer_expression argument: (identifier) @ref))
  (#match? @ref "(rsa|dsa|ecdsa|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc4|arc4|blowfish)[a-z0-9_]*_(sign|vrfy|verify|encrypt|decrypt|keygen|digest|hash)"))
; a digest's functions given by name, as a table's or a registration's entries (mhash's `MHASH_ENTRY(MHASH_MD5,
; 16, 64, sizeof(MD5_CTX), MD5Init,\n MD5Update, NULL, MD5Final)`, round 169; `{ SHA1_Init, SHA1_Update }`):
; the functions of the BSD and RSA reference API and of OpenSSL's
([(argument_list (identifier) @ref) (initializer_list (identifier) @ref)]
  (#match? @ref "^(MD[245]|SHA1)_?(Init|Update|Final|Pad|Transform|End|File|Data)$"))
; a function named after its algorithm's operation, returned by a dispatch (dnsmasq's `return dnsmasq_rsa_verify;`)
(return_statement
  (identifier) @ref
  (#match? @ref "(rsa|dsa|ecdsa|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc4|arc4|blowfish)_?(verify|sign|encrypt|decrypt|digest|hash)$"))
; a function named after its algorithm's operation set in a dispatch table (haskell-cipher-aes'
; `branch_table[DECRYPT_BLOCK_256] = aes_ni_decrypt_block256;`, intel-ipsec-mb's `state->gcm128_enc =
; aes_gcm_enc_128_vaes_avx512;`, audit rounds 155 and 157), or in a function pointer a switch sets (simple-tls's
; `case 512: enc_derand = mlkem512_enc_derand;`, round 171), or a cipher's key setup in its table of operations
; (aws-lc's `out->init = aes_init_key;`, round 172)
(assignment_expression
  left: [(field_expression) (subscript_expression) (identifier)]
  right: (identifier) @ref
  (#match? @ref "(rsa|dsa|ecdsa|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc[24]|arc4|blowfish|mlkem|kyber|mldsa|dilithium)[a-z0-9_]*_(sign|vrfy|verify|enc|dec|encaps|decaps|encrypt|decrypt|keygen|keypair|digest|hash|init_key|set_key)(_|$)"))
; a key type's constant a switch dispatches on, named in lower case (NSS's `case dsaKey:`, round 157): a case
; label is a constant, read as the name it is (as libsecp256k1's types are), never as a variable's
(case_statement
  value: (identifier) @def
  (#match? @def "^(rsa|dsa|ecdsa|ecdh|dh|ed25519|ed448|x25519|des|aes|md[45]|sha1|rc4)[A-Z_]"))
; an enumerator named after an algorithm in lower case (a DNS header's `ns_kt_rsa = 1,`, a key type)
(enumerator
  name: (identifier) @ref
  (#match? @ref "^[a-z]\\w*_(rsa|dsa|ecdsa|ecdh|dh|ed25519|ed448|x25519|des|3des|aes|md[45]|sha1|rc4)$"))
; a function's address set in a table of operations (cyrus-sasl's `utils->MD5Update = &_sasl_MD5Update;`), or an
; algorithm's table of operations compared by its address (PuTTY's `ssh_key_alg(key) == &ssh_rsa`)
([(assignment_expression right: (pointer_expression operator: "&" argument: (identifier) @ref))
  (binary_expression operator: ["==" "!="] (pointer_expression operator: "&" argument: (identifier) @ref))]
  (#match? @ref "(rsa|dsa|dss|ecdh|_dh|dh_|25519|448|des|aes|md[45]|sha1|rc4|arc4|arcfour|blowfish|bf_|RSA|DSA|DH|EC|DES|AES|MD[45]|SHA1|ARC4|RC4|BLOWFISH)"))

; OpenSSL's DER codec functions, named per algorithm, given by name to a generic one (`ASN1_dup((i2d_of_void
; *)i2d_DSAPublicKey, (d2i_of_void *)d2i_DSAPublicKey, (char *)dsa)`, `PEM_ASN1_read(d2i_DHparams, ...)`): read
; as calls of theirs, with the generic call's arguments
(call_expression
  arguments: (argument_list [(identifier) @call.callee (cast_expression value: (identifier) @call.callee)])
    @call.args
  (#match? @call.callee "^(d2i|i2d)_[A-Z]")) @call

;; string literals, except #include paths and a curve name passed to a curve lookup (`EVP_EC_gen("P-256")`
;; is the EC key's curve, reported by the call's rule, not a TLS group)
;; Parents are listed, not filtered by a predicate on the parent's text: that costs the parent's size per
;; string, quadratic on a big initializer table.
[(initializer_list (string_literal) @string)
 (initializer_pair value: (string_literal) @string)
 (assignment_expression right: (string_literal) @string)
 (binary_expression (string_literal) @string)
 (return_statement (string_literal) @string)
 (return_statement (parenthesized_expression (string_literal) @string))  ; BSD's style: `return ("aes");`
 (case_statement value: (string_literal) @string)
 (conditional_expression (string_literal) @string)
 (concatenated_string (string_literal) @string)
 (gnu_asm_expression assembly_code: (string_literal) @string)  ; inline assembly's one line: `asm ("aesenc ...")`
 (subscript_expression (string_literal) @string)
 (expression_statement (string_literal) @string)
 (cast_expression value: (string_literal) @string)]  ; a table's `(uint8_t *) "SHA1",`
; a variable's initial value, except a function's name kept for its messages (libyal's `static char *function =
; "libhmac_md5_initialize";` in every function)
(init_declarator
  declarator: (_) @_variable
  value: (string_literal) @string
  (#not-match? @_variable "^[*\\s]*(function|func|fn|function_name|func_name|funcname|fname)(\\[\\w*\\])?$"))
(call_expression
  function: (identifier) @_f
  arguments: (argument_list (string_literal) @string)
  (#not-match? @_f "^(EVP_EC_gen|OBJ_txt2nid|OBJ_sn2nid|OBJ_ln2nid|EC_curve_nist2nid)$"))

; constants, for key-size provenance: #define RSA_BITS 2048, static const int kBits = 2048, enum { BITS = 2048 }
(preproc_def name: (identifier) @assign.name value: (preproc_arg) @assign.value)
(init_declarator declarator: (identifier) @assign.name value: (_) @assign.value)
(enumerator name: (identifier) @assign.name value: (_) @assign.value)


; project names for rules/named.toml (shared with C++ / C)
; include: c_names
