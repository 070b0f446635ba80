; Sites the rules look at. Capture names are the contract with extract.py:
;   @import + @import.path [+ @import.name] [+ @import.alias]
;   @call + @call.callee + @call.args
;   @ref (a dotted name that is not the callee of a call)
;   @string (a string literal that is not a docstring)
;   @assign.name + @assign.value (constants, for parameter provenance)

(import_statement name: (dotted_name) @import.path) @import
(import_statement name: (aliased_import name: (dotted_name) @import.path alias: (identifier) @import.alias)) @import
(import_from_statement module_name: (dotted_name) @import.path name: (dotted_name) @import.name) @import
(import_from_statement module_name: (relative_import) @import.path name: (dotted_name) @import.name) @import
(import_from_statement
  module_name: (dotted_name) @import.path
  name: (aliased_import name: (dotted_name) @import.name alias: (identifier) @import.alias)) @import
(import_from_statement
  module_name: (relative_import) @import.path
  name: (aliased_import name: (dotted_name) @import.name alias: (identifier) @import.alias)) @import

(call function: (_) @call.callee arguments: (argument_list) @call.args) @call
; a key or an algorithm object given to an operation, named after its algorithm (`builder.sign(rsa_key_2048,
; hashes.SHA256())`, `cipher.encrypt(data, oaep)`): the operation on it, as if called on it (`rsa_key_2048.sign`)
(call
  function: (attribute attribute: (identifier) @call.method)
  arguments: (argument_list (identifier) @call.callee) @call.args
  (#match? @call.method "^(sign|verify|encrypt|decrypt)$")
  (#not-match? @call.callee "(?i:bits|size|len|length|bytes|count)$")) @call
; ...or to a function of the project's that does one, given the object by its algorithm's name (graphenelib's
; BIP38 `_encrypt_xor(privkeyhex[:32], derived_half1[:16], aes)`)
(call
  function: (identifier) @call.method
  arguments: (argument_list (identifier) @call.callee) @call.args
  (#match? @call.method "^_*[a-z0-9_]*(encrypt|decrypt|sign|verify)[a-z0-9_]*$")
  (#match? @call.callee "^(rsa|ecdsa|ecdh|dsa|aes|des|des3|md5|sha1|ed25519|x25519)(_[a-z0-9_]*)?$")
  (#not-match? @call.callee "(?i:bits|size|len|length|bytes|count)$")) @call

(attribute) @ref

(string) @string

(assignment left: (identifier) @assign.name right: (_) @assign.value)
; an object's own field given a value (alipay's `self._des = list()`, then `self._des.append(i)`)
(assignment left: (attribute object: (identifier) @_self) @assign.name right: (_) @assign.value
  (#any-of? @_self "self" "cls"))

; a bare name, kept only when an import bound it (`Ed25519PrivateKey` after `from ... import Ed25519PrivateKey`)
(identifier) @ident

; the module line of `from cryptography.hazmat.primitives.asymmetric.ec import (` (its names are on later lines)
(import_from_statement module_name: (dotted_name) @import.path) @import
; ... and everything of a project's own module (`from .RealRsa import *`, round 207)
(import_from_statement module_name: (relative_import) @import.path (wildcard_import)) @import
; a module imported by name at run time (`__import__('Crypto.Cipher.AES')`, `importlib.import_module(...)`, a
; test's `pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ed25519")`, round 213)
((call
   function: [(identifier) @_f (attribute attribute: (identifier) @_f)]
   arguments: (argument_list . (string (string_content) @import.path))) @import
 (#match? @_f "^(__import__|import_module|importorskip)$"))

; definitions: a class, or a member of a class body (`class RSAKey(PKey):`, enum members `RSA = 0`), kept
; only when a rule matches the bare name (rules/python.toml "py.naming.*")
(class_definition name: (identifier) @ref)
(class_definition body: (block (expression_statement (assignment left: (identifier) @ref))))
; an enum's members are definitions, lower-case too (hello-tls' `class Group(Enum): secp256k1 = b'\x00\x16'`,
; `p256_kyber512 = ...`), read with their enum's name (a `Group` holds key exchange groups)
((class_definition
   name: (identifier) @def.scope
   superclasses: (argument_list (_) @_base)
   body: (block (expression_statement (assignment left: (identifier) @def))))
 (#match? @_base "Enum$|Flag$"))
; a function or method named after an algorithm (rules/named.toml; `def test_*` is a test, not a use), and a
; class named in lower case as functions are (adafruit_hashlib's `class sha1:`, round 154)
(function_definition name: (identifier) @def)
((class_definition name: (identifier) @def) (#match? @def "^_*[a-z]"))
; a class or a constant given as a value (scapy's `hash_cls = MD5_SHA1`, pykcs11's `mecha=MechanismSHA1`):
; capitalized, so never a local variable (rules/named.toml reads it)
(([(assignment right: (identifier) @ref) (default_parameter value: (identifier) @ref)
   (typed_default_parameter value: (identifier) @ref) (keyword_argument value: (identifier) @ref)])
 (#match? @ref "^_*[A-Z]"))
; a function named for an operation of an algorithm, given as a value (pqjwt's `"sign": sign_sphincs128f`,
; libagent's `'serialize': _serialize_ed25519`, round 142; trustchain-core's `"verify_fn": _ed25519_verify`,
; round 250): a dispatch table's entry. In lower case, so only a name that starts or ends with an operation's
; verb (a value named `signature_ed25519` is data)
(([(list (identifier) @ref) (tuple (identifier) @ref) (set (identifier) @ref) (pair value: (identifier) @ref)
   (argument_list (identifier) @ref) (keyword_argument value: (identifier) @ref)
   (return_statement (identifier) @ref) (assignment right: (identifier) @ref)])
 (#match? @ref "^_*(sign|verify|generate|gen|keygen|encrypt|decrypt|serialize|deserialize|derive|encapsulate|decapsulate|encap|decap|wrap|unwrap)_|^_*[a-z][a-z0-9_]*_(sign|verify|keygen|encrypt|decrypt|encapsulate|decapsulate|encaps|decaps)$"))
; a constant named after an algorithm (`RSA_MIN_MODULUS_LENGTH = 2048`; passlib's `BLOWFISH_S = [...]` set in a
; function): a module's, or one whose name holds `_` anywhere
((module (expression_statement (assignment left: (identifier) @def)))
  (#match? @def "^_*[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"))
((assignment left: (identifier) @def) (#match? @def "^_*[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$"))
; ... or a module's member declared by its type alone, a stub's enum value (python-pqc-wrapping's protobuf
; `blobwrap_pb2.pyi`: `Rsa2048: KeyType`, round 146)
((module (expression_statement (assignment left: (identifier) @def type: (type) !right)))
  (#match? @def "^_*[A-Z]"))
; ... or given as a keyword to a table's constructor (the ike package's `TRANSFORMS = dict(ENCR_AES_CBC=(1, 12),
; PRF_HMAC_SHA1=(2, 2), ...)`, an IntEnum's functional form)
((keyword_argument name: (identifier) @def) (#match? @def "^_*[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$"))
; a module's OID constant, whatever its case, built by an OID constructor or by arcs added to another
; (pyasn1-modules' `id_sha1 = _OID(1, 3, 14, 3, 2, 26)`, `brainpoolP192t1 = versionOne + (4,)`)
((module (expression_statement (assignment left: (identifier) @def right: (call function: (_) @_oid))))
  (#match? @_oid "(^|\\.)(_?OID|ObjectIdentifier)$"))
(module (expression_statement (assignment left: (identifier) @def right: (binary_operator right: (tuple)))))

; an algorithm given to its role by the constant holding it, an ASN.1 module's algorithm identifier set to an
; OID (pyasn1-modules' `sha1Identifier['algorithm'] = id_sha1`, `sa_rSASSA_PSS_SHAKE256['algorithm'] =
; id_RSASSA_PSS_SHAKE256`, `kwai['algorithm'] = rfc3565.id_aes256_wrap`; rounds 35, 219): the constant's name
; says what it holds (sites.py `ref.given`)
(assignment
  left: [(subscript subscript: (string (string_content) @_role)) (attribute attribute: (identifier) @_role)]
  right: [(identifier) (attribute attribute: (identifier))] @ref.given
  (#match? @_role "^(algorithm|[a-z]+Algorithm|cipher|hash_?func|hashFunc|curve|named_?curve)$"))

; an algorithm name given as a value to a parameter, keyword, attribute or dict key that selects an
; algorithm (`algorithm="sha1"`, `"kty": "RSA"`, `digestmod = "md5"`): a call-shaped site whose callee is
; the parameter's name and whose second argument is the value (rules "py.selector.*")
(keyword_argument name: (identifier) @call.callee value: (string)) @call @call.args
(default_parameter name: (identifier) @call.callee value: (string)) @call @call.args
(typed_default_parameter name: (identifier) @call.callee value: (string)) @call @call.args
(assignment left: (identifier) @call.callee right: (string)) @call @call.args
(assignment left: (attribute) @call.callee right: (string)) @call @call.args
(pair key: (string) @call.callee value: (string)) @call @call.args
; ... and a command-line option's default (barbicanclient's `add_argument('--algorithm', '-a', default='aes')`):
; the option's name is the parameter's
(call
  function: (attribute attribute: (identifier) @_add)
  arguments: (argument_list . (string (string_content) @call.callee)
    (keyword_argument name: (identifier) @_default value: (string)) @call.args)
  (#match? @_add "^add_(argument|option)$")
  (#eq? @_default "default")
  (#match? @call.callee "^--")) @call

; a curve name as a whole string literal (JOSE "P-256", SSH "nistp256"): rule "py.curve-name" (SEC names such as
; "secp256r1" are TLS group names, found by the string rule)
((string (string_content) @call.callee) @call @call.args
  (#match? @call.callee "^(P-(192|224|256|384|521)|P-256K|nistp(192|224|256|384|521))$"))

; an algorithm's short name compared or listed as a value (`if key_type == "rsa":`, `kty in ("EC", "OKP")`,
; `case "ed25519":`): a site of its own, the literal with its quotes (rules "py.value.*"), as in
; ecmascript.scm; short names (`ec`, `dsa`, `md5`) are algorithm names only where the code compares them
; (and, as in a registry, a dict's key or value, a list, tuple or set element, a subscript: `{"rsa": RSAKey}`,
; `("ec", "okp")`, `KEYS["dsa"]`)
([(comparison_operator (string) @ref)
  (comparison_operator [(tuple (string) @ref) (list (string) @ref) (set (string) @ref)])
  (case_pattern (string) @ref)
  (pair key: (string) @ref)
  (pair value: (string) @ref)
  (list (string) @ref)
  (tuple (string) @ref)
  (set (string) @ref)
  (subscript subscript: (string) @ref)
  (return_statement (string) @ref)
  ; a parameter's default value chosen (fss-crypto's `prp: str = "aes128_feistel"`, audit round 158)
  (default_parameter value: (string) @ref)
  (typed_default_parameter value: (string) @ref)])
; a keyword's value chosen (esp-secure-cert-tool's `default='rsa3072'`, `hashalgo='sha1'`, git-annex's
; `backend='MD5E'`, round 158), not a text's: a label, a title, a help, a test's id or the message a test
; expects (`pytest.raises(SignError, match="ed25519")`)
((keyword_argument name: (identifier) @_keyword value: (string) @ref)
 (#not-match? @_keyword "^(match|label|title|help|description|desc|message|msg|id|ids|dest|metavar|text|caption|prompt|reason|comment|note|doc|name_hint|placeholder|tooltip|header|summary)$"))

; a match statement's patterns: a class matched (`case RSAPrivateKey():`) and a constant compared (ansible's
; ssh-agent `case self.DSA:`, `case KeyAlgo.ED25519:`)
(class_pattern (dotted_name) @ref)
(case_pattern (dotted_name) @ref)
; (and each alternative of an or-pattern: jws-algorithms' `case (AsymmetricAlgorithm.RS256 | ...PS384 | ...)`,
; audit round 158)
(union_pattern (dotted_name) @ref)

; a type named in an annotation (`def load() -> DSA_pub:`, `key: RSAKey`), or forward in a string
; (dnspython's `def generate(cls) -> "PrivateEDDSA":`): rules/named.toml
(type (identifier) @ref)
((type (string) @ref) (#match? @ref "^['\"][A-Z][A-Za-z0-9_]*['\"]$"))
; a class or a constant of the module used as a value (`(ECKey, OKPKey)`, `{RS256: hashlib.sha256}`,
; `isinstance(key, RSAKey)`, `TpmsRsaParms | TpmsEccParms`, pgpkms's `payload += KEY_ALGORITHM_RSA`): capitalized,
; so never a plain variable
(([(list (identifier) @ref) (tuple (identifier) @ref) (set (identifier) @ref) (pair key: (identifier) @ref)
   (pair value: (identifier) @ref) (argument_list (identifier) @ref) (return_statement (identifier) @ref)
   (binary_operator (identifier) @ref) (comparison_operator (identifier) @ref)
   (assignment right: (identifier) @ref) (augmented_assignment right: (identifier) @ref)])
 (#match? @ref "^_*[A-Z]"))

; an OID written as the bytes of its DER (revenant's `bytes([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01,
; 0x05])`, round 428): sites.py reads its dotted form (the lines holding one are read: LanguageSpec.oid_lists)
((list) @oid
  (#match? @oid "^\\[\\s*0[xX][0-9a-fA-F]{1,2}\\s*,"))
