"""Names a project gives after an algorithm: `class RsaSigner`, `aes_encrypt(...)`, `rsa_key.sign(...)`, `from
.backends import RSAKey`, `ecdsa.curves.NIST256p`. Rules of kind `named` (rules/named.toml) list the words of
an algorithm; a name holds one when the word stands as a word of it: between separators, at a change of case
(`setRsaPadding`, `CryptographyRSAKey`, `JWKRsaCfg`) or ending an acronym it is fused to (`JWKRSA`), never
inside a longer word (`UNIVERSAL`, `describe`; `ECDSA` is not DSA and `ml_dsa` not DSA: the longest word at a
place wins). A name holding several is each of them (`MLDSA65Ed25519Signer`), except that the words of one
algorithm's paddings and key format yield to another's (`writePkcs1ECDSAPrivate` is ECDSA).

Which part of a site's name counts (`named_part`): a definition's name; an import's whole path; a call's
function, or for an operation called on an object (`rsa_key.sign`) or a method of a class (`RsaCrypto.
exportKey`), the object too; a reference's last segment when it names a type or a constant (capitalized:
`AESKey`, not a variable `self.rsa_key`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from qready.detectors.source.vocabulary import DEFINITION, GIVEN

# names whose readings below are remembered (they are pure, and the same names recur site after site)
CACHED_NAMES = 1 << 14

# methods whose receiver says what is operated on: `rsa_key.sign(data)`, `RsaCrypto.generateKey()`
RECEIVER_VERBS = frozenset(
    {
        "sign",
        "verify",
        "encrypt",
        "decrypt",
        "exchange",
        "derive",
        "generate",
        "generateKey",
        "generateKeyPair",
        "generate_key",
        "generate_private_key",
        "Sign",
        "Verify",
        "Encrypt",
        "Decrypt",
        "initSign",
        "initVerify",
        "encapsulate",
        "decapsulate",
        "wrap",
        "unwrap",
        "digest",
        "hexdigest",
        "update",
        "doFinal",
        "importKey",
        "import_key",
        "exportKey",
        "export_key",
        "construct",
        "generateKeyPairSync",
        # a key derived or written out (`x25519_private.compute_public_key()`, `rsa_key.to_pem()`)
        "public_key",
        "publicKey",
        "getPublic",
        "getPublicKey",
        "get_public_key",
        "compute_public_key",
        "public_bytes",
        "private_bytes",
        "to_pem",
        "to_der",
        "to_pkcs8_pem",
        "to_pkcs8_der",
        "computeSecret",
        "compute_secret",
        "deriveBits",
        "create_keypair",
        "generate_keypair",
        "generateKeys",
        "generate_keys",
    }
)
# a name ending in one of these words is about something else: a file, a message, a price, an export macro
# (`RSA_KEY_FILE`, `rsa_error`, `rs256Label`, `set_secp256k1_recover_cost`, `SECP256K1_API`); or test data
# a word starts: `RSA_KEY_FILE`, `rsaKeyFile`, `RNRSAPackage`; not `context`
_WORD_START = r"(?:^|_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))"
# test data: `EXPECTED_ECDSA_HOSTKEY`, libssh's `LIBSSH_ECDSA_256_TESTKEY`, test ids (`'valid_rsa_771'`), test
# vectors' constants (`ED25519_VECTORS`, libsecp256k1's `wycheproof_ecdsa_signatures`; a function loading
# them, `load_rsa_nist_vectors`, still parses RSA's)
_TEST_DATA = (
    r"^(?i:expected|mock|fake|dummy|valid|invalid|wycheproof)(?:_|(?<=[a-z])(?=[A-Z]))|(?:^|_)(?i:test_?keys?)(?:_|$)"
    r"|^[A-Z0-9_]+_VECTORS$|^TEST_[A-Z0-9_]+$"  # (bip-utils' `TEST_ED25519_MONERO_PUB_KEY`)
    r"|_test_vectors?$"  # (libcaes' `caes_context_aes_cbc_test_vectors`)
    # (an expected value named so at its end: picocrypto's `ED25519_SIG_EXPECTED = bytes.fromhex(`, round 180)
    r"|(?:_(?i:expected)|(?<=[a-z0-9])Expected)$"
)
# (and a file's name: swh-digestmap's `tables_dir.join(SHA1_FILENAME)`, round 326)
_FILE_WORDS = "file|files|filename|filenames|fname|path|paths|dir|directory|url|uri"
_OTHER_WORDS = (
    "name|names|label|msg|message|messages|text|env|help|doc|docs|title|description|error|errors|err"
    "|datum|vector|vectors|fixture|fixtures"
    "|exception|warning|log|cost|costs|fee|fees|package"
    "|formatter|formatters"  # (a table's columns for showing one: barbicanclient's `RSAContainerFormatter`)
    "|meta|metadata"  # (a charm's metadata: tls-certificates' `meta=ECDSA_REQUIRER_META`, round 324)
    "|endpoint|endpoints"  # (servers to ask: @web3auth/mpc-core-kit's `ED25519_ENDPOINTS`, round 435)
    "|re|regex|regexp|pattern|patterns"  # (a pattern matching a digest's text: mwcp's `_SHA1_RE`)
    # (a control of a user interface: gtkcrypto's `gtk_widget_set_name(button, "md5_radio_btn")`)
    "|btn|button|buttons|radio|checkbox|combo|combobox|widget|widgets|menu|tooltip|icon|dialog"
    "|not_?allowed|not_?supported|unsupported"  # (a refusal, as an exception names it: `AESNotAllowed`)
    # (a tool that looks for the algorithm in other code: qls-pro's `AESScanner`, round 447; NetBeans'
    # `Md5checker`, round 55)
    "|scanner|scanners|detector|detectors|checker|checkers|analyzer|analyser|linter|auditor"
)
_A_FILE = re.compile(f"{_WORD_START}(?i:{_FILE_WORDS})$|{_TEST_DATA}")
# (an export macro is `SECP256K1_API`; `_parse_header_RC4CryptoAPI` parses RC4 under Windows' CryptoAPI)
# a library's export macro or status code (`SECP256K1_API`, `ED25519_DECLSPEC`, `ED25519_SIGNATURE_INVALID`)
_PLUMBING_WORDS = (
    # (and NaCl's implementation name, a string for the record: `crypto_box_IMPLEMENTATION`; a debugging
    # switch, mktorrent's `#ifdef SHA1_VERBOSE`, `RSA_DEBUG`: it prints, it turns no algorithm on)
    r"_(?:API|api|DECLSPEC|EXPORT|EXTERN|IMPLEMENTATION|VERBOSE|DEBUG)$"
    r"|_FIELD_NUMBER$"  # (a protobuf message field's number: keepercommander's `AESKEY_FIELD_NUMBER`)
    # (the advice an audit tool prints for a finding: vamp-ssl-audit's `_REMED_3DES`, `_REMED_RSA_SMALL`)
    r"|^_*(?:REMED|REMEDIATION|remed|remediation)_"
    # (an offset in an asm.js module's heap: asmcrypto's `AES_asm.HEAP_DATA`, rounds 24 and 99)
    r"|^HEAP_[A-Z0-9_]+$"
    # (a 3D model format of Quake II and Doom 3, no digest: three.js's `class MD2Character`,
    # `new MD2Loader()`, `MD5MeshLoader`)
    r"|^MD[235](?:Character|Loader|Mesh|Anim|Model|Frame|Morph|Skin|Parser|Exporter|Importer)"
    # (AEGIS's vector of a block, and its loads, stores and bitwise operations: `aes_block_t`,
    # `AES_BLOCK_XOR`, in libsodium's and pyaegis's aegis128l/aegis256, rounds 109 and 114: no AES round)
    r"|^AES_BLOCK_(?:XOR3?|AND|OR|LOAD(?:_64x2)?|STORE|ZERO|BROADCAST128|ENC_BARRIER)$|^aes_(?:block|pair)_t$"
    # (a description's text for a value: lxmf's `ENCRYPTION_DESCRIPTION_AES = "AES-256"`, round 101)
    r"|^(?:[A-Z][A-Z0-9]*_)*(?:DESCRIPTION|CAPTION|TITLE)_[A-Z0-9_]+$"
    # (a validator's finding: pkilint's `VALIDATION_MLKEM_PROHIBITED_KEY_USAGE_VALUE`)
    r"|^VALIDATION_"
    r"|^[A-Z][A-Z0-9_]*_(?:INVALID|VALID|OK|SUCCESS|FAILURE|FAILED|MISMATCH)$"
    # (a library's return code and its type, by their RET namespace: OpenAES' `OAES_RET _rc =
    # OAES_RET_SUCCESS`, `return OAES_RET_ARG1;`, flexhash, round 419)
    r"|^[A-Z][A-Z0-9]*_RET(?:_[A-Z0-9_]+)?$"
    # a crypt call's direction, passed on a line of its own (libyal's `LIBFCRYPTO_DES3_CRYPT_MODE_ENCRYPT`)
    r"|^[A-Z][A-Z0-9_]*_CRYPT_MODE_(?:ENCRYPT|DECRYPT)$"
    # an error code's name (Windows' `ERROR_DS_CANT_DELETE_DSA_OBJ`, OpenSSL's `ERR_R_RSA_LIB`, @solana/kit's
    # `SOLANA_ERROR__SUBTLE_CRYPTO__ED25519_ALGORITHM_UNIMPLEMENTED`, mbed TLS's `return(
    # MBEDTLS_ERR_RSA_BAD_INPUT_DATA );`, round 311)
    r"|^(?:ERROR|ERR)_[A-Z0-9_]+$|^[A-Z][A-Z0-9]*_(?:ERR|ERRORS?)_[A-Z0-9_]+$"
    # ... and an error message's (gfarm's `GFARM_ERRMSG_AUTH_SHAREDSECRET_MD5_CONTINUE`)
    r"|^[A-Z][A-Z0-9]*_ERRMSG_[A-Z0-9_]+$"
    # a Kerberos key usage's number (shishi's `SHISHI_KEYUSAGE_KCMD_DES + 2 + 4 * i`, for every enctype)
    r"|^[A-Z][A-Z0-9]*_KEYUSAGE_[A-Z0-9_]+$"
    # ... OpenSSL's function and reason codes (`RSA_F_RSA_OSSL_PRIVATE_DECRYPT`, `DSA_R_MISSING_PRIVATE_KEY`,
    # in its *err.h), and the flags DH_check() reports (`DH_CHECK_P_NOT_PRIME`, `DH_MODULUS_TOO_SMALL`)
    r"|^[A-Z][A-Z0-9]*_[FR]_[A-Z0-9_]+$|^DH_[A-Z0-9_]*(?:NOT_(?:SAFE_)?PRIME|NOT_SUITABLE_GENERATOR|TOO_SMALL"
    r"|TOO_LARGE|INVALID_[A-Z]_VALUE|UNABLE_TO_CHECK_GENERATOR)$"
    # a Windows CryptoAPI provider type: `CryptAcquireContext(&prov, NULL, NULL, PROV_RSA_FULL,
    # CRYPT_VERIFYCONTEXT)` opens it for random numbers and hashes too; its keys are CALG_ and AT_ values
    r"|^PROV_[A-Z0-9_]+$"
    # an Ethernet protocol's number (Linux's `ETH_P_DSA`, Distributed Switch Architecture; `ETH_P_EDSA`) and
    # the TCP-MD5 socket options' numbers (`TCP_MD5SIG`, `TCP_MD5SIG_MAXKEYLEN`), as yaegi's and gvisor's
    # tables re-export them
    r"|^ETH_P_[A-Z0-9_]+$|^TCP_MD5SIG(?:_[A-Z0-9_]+)?$"
    # (and Linux's SNMP counters of it, `LINUX_MIB_TCPMD5NOTFOUND`, as libnl3's copy of snmp.h has them, round
    # 395: a count of segments, no digest)
    r"|^LINUX_MIB_[A-Z0-9_]+$"
    # a capture's link-layer type (libpcap's `DLT_DSA_TAG_BRCM`: a switch's Distributed Switch Architecture)
    r"|^DLT_[A-Z0-9_]+$"
    # a file name's extension (equinox's `path.endsWith(DOT_DSA)`, a JAR's META-INF/*.DSA signature block), an
    # XML attribute's name (android-platform-tools-base's `attrMap.getNamedItem(ATTR_SHA1)`, a stored digest)
    r"|^DOT_[A-Z0-9_]+$|^ATTR_[A-Z0-9_]+$"
    # a processor's capability, detected (x/sys/cpu's `HasAES`, `hwcap2_AES`, gvisor's `ARM64FeatureSHA1`):
    # the instructions are there, no algorithm is used or chosen
    r"|^Has[A-Z0-9]|^(?:hwcap2?|HWCAP2?)_|^[A-Z][A-Za-z0-9]*Feature[A-Z0-9]"
    # (and a CPU's feature bit: binutils' `AARCH64_FEATURE_AES`, Android's `ANDROID_CPU_ARM64_FEATURE_AES`,
    # Linux's `X86_FEATURE_AES`; not a product's feature, Samba's `SAMP_SUPPORTED_FEATURE_AES`, nor a build's)
    r"|^[A-Z0-9_]*(?:CPU|ARM|ARM64|AARCH64|X86|X86_64|PPC|RISCV|MIPS|S390)_FEATURE_[A-Z0-9_]+$"
    # a contract's custom error (OpenZeppelin's `ECDSAInvalidSignature`, `ECDSAInvalidSignatureLength`, in an
    # ABI a bundle inlines: `{ inputs: [], name: "ECDSAInvalidSignature", type: "error" }`)
    r"|^[A-Z][A-Za-z0-9]*[A-Z0-9]Invalid[A-Z][A-Za-z0-9]*$"
    # a PSBT field's key type (BIP 174, hwi's `PSBT_IN_MUSIG2_PUB_NONCE = 0x1b`): a number, no scheme used
    r"|^PSBT_(?:IN|OUT|GLOBAL)_"
    # an API's shape, not an algorithm turned on (ettercap's `#ifdef HAVE_OPAQUE_RSA_DSA_DH`: OpenSSL 1.1's
    # opaque structures)
    r"|^HAVE_OPAQUE_"
    # (nor an accessor's presence: hexchat's `#ifndef HAVE_DH_GET0_KEY`, OpenSSL 1.1's `DH_get0_key`)
    r"|^HAVE_[A-Z0-9]+_(?:GET0|GET1|SET0|SET1)_"
    # a JavaScript hash library's switch of a platform off (js-md5's `root.JS_MD5_NO_COMMON_JS`, js-md4's
    # `JS_MD4_NO_NODE_JS`): how it exports itself, not an algorithm turned on or off
    r"|^JS_[A-Z0-9]+_NO_(?:NODE_JS|COMMON_JS|WINDOW|AMD|ARRAY_BUFFER(?:_IS_VIEW)?|WEB_WORKER)$"
    # a module's metadata (the blowfish package's `setup(version = __version__)`, imported from `blowfish`)
    r"|^__(?:version|author|license|copyright|credits|email|maintainer|status|doc|file|path|name)__$"
)
_PLUMBING = re.compile(_PLUMBING_WORDS)
_ABOUT_ELSE = re.compile(f"{_WORD_START}(?i:{_FILE_WORDS}|{_OTHER_WORDS})$|{_PLUMBING_WORDS}|{_TEST_DATA}")
# what an operation works on, when a verb comes before it (`aesEncryptText`, `GenerateRSAKeyPairWithLabel`,
# `rsaSignMessage`, pyAesCrypt's `encryptFile`): the name is the operation's, not about something else
_A_NOUN = re.compile(r"(?i)(?:ion|ure|ed|ing|or|er)_?$")
_OPERANDS = re.compile(f"{_WORD_START}(?i:text|msg|message|messages|label|name|file|files)$")


# a Kerberos encryption type's constant (Windows' `KERB_ETYPE_RC2_CBC_ENV`, MIT's `ENCTYPE_DES3_CBC_SHA1`)
_AN_ENCTYPE = re.compile(r"(?:KERB_)?E(?:NC)?TYPE_[A-Z0-9_]+$")
# a prime field's type, named after the curve whose coordinates it holds (garaga's `X25519PrimeField`): field
# arithmetic, no use of the curve (as libsecp256k1's `secp256k1_fe_*`, rules/named.toml)
# ... and Edwards25519's field helpers and constants, as noble-curves and dalek name them after the curve
# (`ED25519_SQRT_M1`, `ed25519_pow_2_252_3(x)`, `SQRT_AD_MINUS_ONE`, `EIGHT_TORSION`; rounds 107, 194)
_FIELD_ARITHMETIC = re.compile(
    r"[a-z0-9]PrimeField$"
    r"|(?i:(?:^|_)(?:sqrt_?m1|pow_?2_?252_?3|pow_?p_?5_?8|(?:inv)?sqrt_?a[d_]*minus_?(?:one|d)|one_?minus_?d_?sq"
    r"|d_?minus_?one_?sq|(?:eight_?)?torsion(?:_?subgroup)?))$"
)
# Windows' dynamic structure arrays, comctl32's `DSA_Create`, `DSA_InsertItem` (vivisect's ordinal tables,
# round 237; Wine and ReactOS): no signature algorithm (OpenSSL's are `DSA_new`, `DSA_sign`, `DSA_OpenSSL`)
# (as written, or as a scheme's name is read: `dsa_insert_item`)
_WINDOWS_DSA = re.compile(
    r"(?i)^dsa_(?:create|destroy|destroy_?callback|enum_?callback|get_?item|get_?item_?ptr|set_?item"
    r"|insert_?item|append_?item|delete_?item|delete_?all_?items|clone|get_?size|sort)$"
)
# a process's memory measure, its proportional set size (procfs's `SwapPss`, Android's `getPss()`, `"pss_kb"`,
# h2corn's `PSS_SAMPLE_INTERVAL_SECONDS`, round 182)
_MEMORY_PSS = re.compile(
    r"(?i)(?:swap|total|private|shared)_?pss|pss_?(?:kb|mb|kib|mib|anon|file|shmem)$|^get_?pss$|pss_?sampl"
)


# random text in a string: letters and digits over RANDOM_LENGTH characters, unbroken, whose characters change
# (upper case, lower case, digit) at least RANDOM_CHANGES of the time: a test vector's input, a key or a
# token in base64 (sjcl's SHA-512 vectors, `"...6V7daAMD5zKy..."`, round 99); names change class far less
# often (`sha256WithRSAEncryption` 0.22, `Aes256CbcHmacSha512` 0.47), and random text about 0.62
RANDOM_LENGTH, RANDOM_CHANGES = 32, 0.5
_UNBROKEN = re.compile(r"[A-Za-z0-9+/=]+")


def _random_text(text: str) -> bool:
    if len(text) < RANDOM_LENGTH or not _UNBROKEN.fullmatch(text):
        return False
    kinds = ["u" if c.isupper() else "l" if c.islower() else "d" for c in text]
    return sum(a != b for a, b in itertools.pairwise(kinds)) >= RANDOM_CHANGES * len(text)


# a generated test function's name spelling its signature in type letters (V void, D double, S struct, P
# pointer, I int, F float, J long, C char, B byte, Z boolean): OpenJDK's foreign-function tests,
# `f15_D_DSS_DIP`, `f16_P_PSS_IF` (round 201), no DSS nor PSS
_A_TYPE_SIGNATURE = re.compile(r"^[a-z][0-9]+(?:_[VDSPIFJCBZ]+)+$")


@lru_cache(maxsize=CACHED_NAMES)
def _about_else(name: str) -> bool:
    """A name about something else than its algorithm: a file, a message, a price, an export macro, a memory
    measure, a prime field."""
    if _MEMORY_PSS.search(name) or _FIELD_ARITHMETIC.search(name) or _WINDOWS_DSA.match(name):
        return True
    if _AN_ENCTYPE.match(name):  # a Kerberos encryption type (`KERB_ETYPE_RC2_CBC_ENV`: CMS's enveloped RC2)
        return False
    found = _ABOUT_ELSE.search(name)
    if found is None:
        return False
    operand = _OPERANDS.search(name)
    before = name[: operand.start()] if operand else ""
    # (a noun before it names a thing: `rsaEncryptionName`, `rsaSignatureLabel`, `decryptedText`)
    return operand is None or verb(before) is None or _A_NOUN.search(before) is not None


# an operation's name, as a bridge to native code names a method (Cordova's `exec(..., "encryptRSA")`)
_A_METHOD = re.compile(r"(?:sign|verify|encrypt|decrypt|generate|import|export|derive|wrap|unwrap)[A-Z\d]\w*")
# lower-case words joined by `_` or `-`, or a family with its size fused (`rsa3072`, `ecdsa192`)
_A_SCHEME = re.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+|[a-z]{2,}[0-9]{3,4}")
# a key's name or label, an SSH identity file, a data field named after an algorithm (`"rsa-key"`,
# `"skey_ecdsa"`, `"id_rsa"`, `"md5_checksum"` column)
_A_FIELD = re.compile(
    r"(?:^|[_-])(?:s|c|test|host)?keys?(?:[_-]|$)|^id[_-]"
    # (or a report's field: mwcp's `"rsa_cert_serial"`)
    r"|[_-](?:checksums?|sums?|columns?|col|fields?|ids?|alias|aliases|serials?)$"
)
# one lower-case word: a module or an object that is its algorithm's name (`secp256k1.publicKeyCreate(...)`,
# `ed25519.generateKeyPair()`, `forge.md5.create()`), where any method is an operation on it
# (or with a library's word: `ed25519_lib.scalar_reduce(...)`, `ed25519_dalek.ed_sign(...)`, the npm package
# dilithium-crystals' `dilithium.keyPair()`, passlib's
# `md5_crypt.using(salt=salt).hash(password)`, an npm package's `tiny-secp256k1` through compiled code's
# `tiny_secp256k1_1.default.isPoint(...)`)
_ONE_WORD = re.compile(
    r"(?:(?:tiny|noble|node|js|pure|micro|browser)_)?"
    r"[a-z][a-z0-9]*(?:_(?:lib|dalek|donna|ref|impl|native|ext|ffi|bindings?|basic|core|crypt|asm|crystals|wasm))?"
)
# a library's module named `lib` + its algorithm (`libsphincs_sha2_128s_simple_clean`, `libkyber512_clean`)
_LIB_PREFIX = re.compile(r"(?<![A-Za-z0-9])lib(?=[a-z])")
SELF = frozenset({"self", "this", "cls", "super", "me"})
_PACKAGE_MARKS = re.compile(r"-(?!>)|@(?=[\w-]+/)")
# a bundler's chunk file, named by its content's hash (esbuild's and tsup's `./chunk-RC2U4BWE.js`, Vite's
# `chunk-BqJ2Ku8c.js`; @cipherstash/stack, round 318: 14 lines read as RC2)
_A_CHUNK_HASH = re.compile(r"(?<![A-Za-z0-9])chunk[-_][A-Za-z0-9_]{8}(?![A-Za-z0-9])")
# a module's file named in its path, then a member of what it exports (@oddjs/odd's `import rsaOperations
# from "keystore-idb/rsa/index.js"`, then `rsaOperations.sign(...)`: `keystore-idb/rsa/index.js.sign`): the
# module's folder names it, the file's extension is no receiver (round 246)
_A_MODULE_FILE = re.compile(r"(/[\w-]+)(?:/index)?\.[cm]?[jt]sx?(?=\.[\w$]+$)")
_TEXT_METHODS = frozenset(
    {
        "split", "strip", "lstrip", "rstrip", "replace", "startswith", "endswith", "join", "trim", "format",
        "substring", "substr", "slice", "indexOf", "includes", "startsWith", "endsWith",
    }
)  # fmt: skip
# a text's case changed: a variable's text (maven-repository-builder's `md5.toLowerCase()`, a digest's hex);
# a constant's name normalized is still the algorithm's (`ECDSA.toLowerCase()`, compared as a name)
_CASE_METHODS = frozenset(
    {"toLowerCase", "toUpperCase", "lower", "upper", "casefold", "to_lowercase", "to_uppercase"}
)
# a module's helper that only encodes or decodes text, whatever its module is named after (aiss-standard's
# `ed25519.encode_base64(signature)`, `ed25519.decode_base58(...)`, plain base64 and base58; rounds 167, 221);
# in snake case, as modules name them: a key's own export in camel case stays (matrix-bot-sdk's
# `identity.curve25519.toBase64()`)
_AN_ENCODING_HELPER = re.compile(
    r"(?:encode|decode)_(?:base(?:16|32|58|64)|b(?:16|32|58|64)|hex|utf_?8)|b(?:16|32|58|64)(?:en|de)code"
    r"|(?:un)?hexlify|base(?:16|32|58|64)_(?:encode|decode)"
)
_NAMES_A_HASH = re.compile(r"(?i)sha\d|md[245]|blake|keccak|ripemd")
# a variable or attribute holding a key or an algorithm's operator, named after it (`rsa_key`,
# `self.rsaPublic`, `ed25519Key`, `dsaPrivate`, expo's `mAESEncryptor`, PyCrypto's tests' `rsaObj`, round
# 256): its methods work on the key (`.blob()`, `.isPublic()`, `rsaObj.publickey()`); a container's or a
# text's do not
_A_KEY_OBJECT = re.compile(
    r"(?<=[A-Za-z0-9])_?(?:(?:[Pp]ublic|[Pp]rivate|[Pp]ub|[Pp]riv)_?)?"
    r"(?:[Kk]ey|[Kk]ey_?[Pp]air|[Pp]ublic|[Pp]rivate|[Pp]ub|[Pp]riv|[Ee]ncryptor|[Dd]ecryptor|[Ss]igner|[Vv]erifier"
    r"|[Oo]bj|[Oo]bject)$"
)
# a thread-local's, a cell's, a lock's and a container's own methods: what they do, they do to the holder
# what Python's Enum members hold: impacket's `EncryptionTypes.aes256_cts_hmac_sha1_96.value`
_ENUM_ACCESSORS = frozenset({"value", "name"})
_ACCESSORS = frozenset(
    {"with", "borrow", "borrow_mut", "lock", "Lock", "Unlock", "RLock", "RUnlock", "is_empty"}
    # (whether an optional value is there, or a reference to it: uv's `md5.is_none()`, round 120)
    | {"is_none", "is_some", "as_ref", "as_deref"}
    # (a property's or an attrs field's own decorators: `@md5.setter`, mwcp's `@md5.validator`)
    | {"setter", "getter", "deleter", "validator", "default"}
    # (a mock's: glance-store's `md5.return_value = ...`, `md5.assert_called_once_with(...)`)
    | {"return_value", "side_effect", "called", "call_count", "call_args", "assert_called_once_with",
       "assert_called_with", "assert_called_once", "assert_called", "assert_not_called", "assert_any_call"}
)  # fmt: skip
# a container's or a thread-local's methods: called on a variable named after an algorithm, no operation of it
HOLDER_METHODS = frozenset({"get", "set", "put", "add", "remove", "clear", "isEmpty", "size", "length"})
# ... nor on a key held under its algorithm's name: a container's, a text's or any object's own (a text's own
# are `_TEXT_METHODS`, read apart before)
_NOT_ON_THE_KEY = HOLDER_METHODS | frozenset(
    {
        "append", "extend", "items", "keys", "values", "pop", "update", "copy", "len", "hex",
        "decode", "toString", "to_string", "lower", "upper", "equals", "hashCode", "push", "has", "map",
        "filter", "forEach",
    }
)  # fmt: skip
_A_TYPE = re.compile(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")  # CamelCase, no `_`: a type's name
# Apple's and Google's constants (`kSecAttrKeyTypeRSA`, `kCCAlgorithmAES`)
_A_K_CONSTANT = re.compile(r"k[A-Z][A-Za-z0-9_]+")
# a function's name that ends in its operation or starts with a key's generation (`rsa_pkcs1v15_sign`,
# `aesDecrypt`, `generate_rsa_keypair`; not a flag about one: `rsa_signing_enabled`)
_A_FUNCTION = re.compile(
    r"(?:^|_)(?:sign|verify|encrypt|decrypt|derive|wrap|unwrap|keygen|keypair|key_schedule|key_expansion|cmac|gmac)$"
    # (a KEM's: mlkem-native's `enc_derand = mlkem512_enc_derand;`, `dec = mlkem768_dec;`, round 171)
    r"|(?:^|_)(?:enc|dec|encaps|decaps|keypair)(?:_derand)?$"
    r"|[a-z0-9](?:Sign|Verify|Encrypt|Decrypt|Keygen|KeyPair|KeySchedule|KeyExpansion|Cmac|CMAC|Gmac|GMAC)$"
    r"|^(?:generate|sign|verify|encrypt|decrypt)(?:_|[A-Z])"  # (led by it: pqjwt: `sign_sphincs128f`)
)
_CTYPES_SIGNATURE = re.compile(r"\.(?:argtypes|restype|errcheck)$")
_C_LIBRARIES = frozenset({"lib", "clib", "ffi_lib", "native_lib"})  # how cffi and ctypes bindings name theirs
# Babel's interop reads a module's default export (`_EcdsaPublicKey.default.fromBytes`); noble's curves keep
# their key helpers under `utils` (`secp256k1.utils.randomPrivateKey()`), elliptic's its curve's parameters
# under `curve` (@tkey/core's `tmp.umod(secp256k1.curve.n)`, arithmetic modulo the group's order): the
# object's own
_SEE_THROUGH = re.compile(r"(?<=[\w$])\.(?:default|utils|curve)\.")
# Rollup's names of a module it bundles, its namespace and its default export (`secp256k1__namespace`,
# `ed25519__default`): the module's
_BUNDLED_AS = re.compile(r"(?<=[A-Za-z0-9])__(?:namespace|default)(?![\w$])")
_A_HASH_AFTER = re.compile(r"SHA[0-9]|MD[245]")
# words whose digits, when more follow, make another number (`SHA128`, `ARC28`, PKCS #15's
# `id_pkcs9_at_pkcs15Token`, evolution-data-server's charset tables `md22`); md5's do not (`md51`, the MD5
# of a string in Joseph Myers' md5.js); sm2's do (mesa's `sm21_issue_slot_utilization`, a GPU's shader model
# 2.1; round 187)
_NUMBERS_GO_ON = frozenset({"rc2", "rc4", "arc2", "arc4", "sha1", "pkcs1", "md2", "md4", "sm2"})
# a package's lower-case constant of an identifier: an OID (Go's `oidSignatureECDSAWithSHA256`), a cipher
# suite (x/net's `cipher_TLS_RSA_WITH_NULL_SHA`)
_AN_IDENTIFIER = re.compile(r"oid[A-Z][A-Za-z0-9]*$|[a-z][a-z0-9]*_TLS_[A-Z0-9_]+_WITH_[A-Z0-9_]+$")
# an OID as ASN.1 modules name it (`id-RSASSA-PSS`): pyasn1-modules' `rfc8017.id_RSASSA_PSS`, @peculiar/asn1's
# `id_secp256r1`; not an SSH key's file (`id_rsa`, `id_ed25519_sk`, `id_ecdsa.pub`); and a signature
# algorithm's OID named without `id-` (RFC 3279, 4055, 5758: @peculiar/asn1-ecc's `ecdsaWithSHA384`,
# `sha256WithRSAEncryption`, `rsaEncryption`), and the values RFC 3370 and 4055 define in lower-case-led ASN.1
# (pyasn1-alt-modules' `rfc3370.rc2CBC`, `rfc3370.des_ede3_cbc`, `rfc4055.rSASSA_PSS_SHA224_Identifier`,
# `rSAES_OAEP_Default_Params`; round 219)
_AN_OID_NAME = re.compile(
    r"id_(?!(?:rsa|dsa|ecdsa|ed25519|ed448)(?:_sk)?(?:_pub|_cert|_key)?$)[A-Za-z][A-Za-z0-9_]*"
    r"|(?:ecdsa|dsa)With(?:SHA|Sha|sha)\d*|(?:sha|SHA)\d*[Ww]ith(?:RSA|Rsa)(?:Encryption)?|md[245]WithRSAEncryption"
    r"|rsaEncryption|rc2CBC|des_ede3_cbc|r(?:SASSA_PSS|SAES_OAEP)_[A-Za-z0-9_]+"
)
# a variable named after a curve alone holds that curve (eosjs-ecc's `Point.fromAffine(secp256k1, x, y)`)
_CURVE_WORDS = (
    r"secp(?:192|224|256|384|521)[rk]1|prime(?:192|256)v1|ed(?:25519|448)|x(?:25519|448)|curve25519"
    r"|brainpoolP(?:160|192|224|256|320|384|512)[rt]1"
)
# ... or its OID's constant, as @peculiar/asn1-ecc and pkijs name them (`idBrainpoolP320r1`, `idEd25519`), or
# its parameters' object, as noble-curves names them in the bundles that hold it (`secp256k1_CURVE`,
# `secp256k1_ENDO`, `ed25519_CURVE`; rounds 107, 194, 230 and 236)
_CURVE_PARAMETERS = re.compile(rf"(?:{_CURVE_WORDS})_(?:CURVE|ENDO)")
_A_CURVE_ALONE = re.compile(rf"{_CURVE_WORDS}|id_?(?i:{_CURVE_WORDS})|{_CURVE_PARAMETERS.pattern}")
_A_CURVE_FIELD = re.compile(_CURVE_WORDS)
# a record's name, not an object's own (`self`, `this`) nor a temporary compiled code reads it through
# (TypeScript's `_this`, `_a`), nor a class's
_A_RECORD_NAME = re.compile(r"(?!_*(?:self|this|cls|super|me)$|_[a-z]$)_*[a-z][\w$]*")
_NUMBERED = frozenset({"md2", "rc2"})  # variables' names as often as old algorithms' (see named_part)
_NIST_CURVES = frozenset({"p192", "p224", "p256", "p384", "p521"})
# Windows' process snapshotting (processsnapshot.h: `PSS_CAPTURE_HANDLES`, `PssWalkSnapshot`, `HPSS`) and
# ACPI's performance states (`PPM_FIRMWARE_PSS`): a PSS followed or preceded by one of these words is no RSA
# padding
_A_SNAPSHOT_PSS = re.compile(r"(?i:_?(?:capture|query|walk|duplicate|allocator|create_|free_?snapshot))")
_A_FIRMWARE = re.compile(r"(?i:firmware|acpi)_?$")
# Windows' Configuration Manager resource descriptors (cfgmgr32: `RES_DES`, `PMEM_DES`, `CM_Free_Res_Des`,
# `rdResDes`): a DES right after one of these words (or a pointer's `P` and one) is a descriptor, not the
# cipher; and so is an electronic part's reference designator (electric's `REF_DES_KEY`, "ATTR_ref_des",
# round 412)
_A_RESOURCE_DESCRIPTOR = re.compile(
    r"(?:^|[^A-Za-z]|(?<=[a-z])(?=[A-Z]))P?"
    r"(?i:res|mem|mem_large|io|dma|irq|devprivate|cs|pccard|mfcard|busnumber|connection|ref)_?$"
)
# words that mean something else next to these: per word, what the text before it ends with and what the text
# after it starts with, either one telling (None: nothing on that side tells)
# AMD after a capital A (edk2's `EFI_GUIDED_SECTION_ZLIB_AMD2`, a compression section's GUID), not MD2
_AN_AMD = re.compile(r"(?:^|[^A-Za-z])A$")
# the JWKS client package jwks-rsa (`import { JwksClient } from 'jwks-rsa'`, compiled `jwks_rsa_1`), which
# fetches keys of every type, RSA's and EC's
_A_JWKS_CLIENT = re.compile(r"(?i:jwks)[-_.]?$")
# a converter's name, one thing "2" another, all in lower case (pacemaker's `pcmk_rc2exitc(rc)`,
# `pcmk_rc2legacy`: a return code's), not RC2 and a word of a cipher's (`rc2encrypt`, `rc2cbc`, `rc2key`;
# S/MIME's `id-smime-alg-RC2wrap` is in capitals)
_A_CONVERTED = re.compile(
    r"(?<=rc2)(?!(?:en|de)?crypt|cbc|ecb|cfb|ofb|key|ctx|init|set|expand|cipher|block)[a-z]"
)
# Linux's and U-Boot's Distributed Switch Architecture, an Ethernet switch's driver framework (u-boot's
# `dsa_port_probe`, `dsa-uclass.c`, round 147): a DSA followed by a switch's part is no signature
_A_SWITCH_PART = re.compile(
    r"(?i:[-_]?(?:ports?|cpu_port|switch|uclass|pdata|tag|tagger|slave|master|chip))(?![a-z])"
)
# aws-lc's generic post-quantum signature, its PQDSA (`PQDSA_KEY_set_raw_public_key`, round 172), is ML-DSA,
# and so is the DSA its own functions name (`PQDSA_KEY_get0_dsa`): no DSA
_A_POST_QUANTUM_PREFIX = re.compile(r"(?i:pq)_?(?:(?i:dsa)\w*)?$")
# a microcontroller's AES peripheral, its registers, status flags and interrupts, as a device header (CMSIS)
# or its HAL names them (STM32's `AES_CR_EN_Pos`, `AES_FLAG_RDERR`, `AES_IT_CC`, `AES_IRQn`, `AES_BASE`;
# pyecsca-codegen's vendored stm32_hal_legacy.h, round 149): the hardware's layout, no use of the algorithm
_A_PERIPHERAL_PART = re.compile(
    r"_(?:(?:FLAG|CLEARFLAG|IT)_(?:RDERR|WRERR|CCF|CC|ERR|BUSY)|IRQn|IRQHandler|BASE|TypeDef"
    r"|(?:CR|SR|DR|ICR|IER|ISR|DINR|DOUTR|KEYR\d|IVR\d|SUSP\dR)(?:_[A-Z0-9]+)*(?:_Pos|_Msk)?)(?![A-Za-z0-9])"
)
_OTHER_MEANINGS: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "rsa": (_A_JWKS_CLIENT, None),
    "aes": (None, _A_PERIPHERAL_PART),
    "dsa": (_A_POST_QUANTUM_PREFIX, _A_SWITCH_PART),
    "rc2": (None, _A_CONVERTED),
    "des": (_A_RESOURCE_DESCRIPTOR, None),
    "pss": (_A_FIRMWARE, _A_SNAPSHOT_PSS),
    "md2": (_AN_AMD, None),
    "md4": (_AN_AMD, None),
    "md5": (_AN_AMD, None),
}


# words that stand for their algorithm in capitals only: PyCrypto's and pycryptodome's `ARC2` (`ARC2_State`,
# `module = ARC2`) is RC2; in lower case it is an Algorand standard's (`TransactionComposer.arc2Note(...)`,
# `arc2Payload`) or an arc's (`arc2 = arc1`)
_CAPITALS_ONLY = frozenset({"arc2"})


def _means_else(
    text: str, start: int, end: int, before: re.Pattern[str] | None, after: re.Pattern[str] | None
) -> bool:
    """Whether the text around the word at `start:end` makes it another thing (`_OTHER_MEANINGS`)."""
    return bool((before and before.search(text, 0, start)) or (after and after.match(text, end)))


# a package's module of an encoding or of number theory (`ecdsa.der`, slh-dsa's `slhdsa.asn`,
# `ecdsa.numbertheory`; libpep's `libpep::elgamal::arithmetic`, its group's points and scalars, round 107),
# not a package of an algorithm's ASN.1 types (`asn1-rsa`)
_ENCODING_MODULE_NAME = r"\w+\.(?:der|asn1?|pem|numbertheory)|(?:\w+::)+arithmetic"
_ENCODING_MODULE = re.compile(rf"(?:{_ENCODING_MODULE_NAME})(?:\.|::|$)")
_ENCODING_MODULE_MEMBER = re.compile(rf"(?:{_ENCODING_MODULE_NAME})(?:\.|::)")  # (a name imported from one)
_A_MODE = re.compile(r"[A-Z][A-Z0-9]*_[A-Z0-9]+")  # an algorithm and its mode or size: `AES_CBC`, `RSA_OAEP`
# (a guard's name may keep its file's own case after a prefix in capitals: PQClean's
# `PQCLEAN_MCELIECE348864F_CLEAN_crypto_uint32_h`, round 385)
_A_GUARD = re.compile(r"_(?:H|HPP|INCLUDED)_*$|^[A-Z][A-Z0-9]*_\w*_h(?:pp)?_*$")
_FROM_A_FILE = re.compile(r"(?:_from_(?:file|path)|From(?:File|Path))$")
# (a hash's digest computed for a file is the hash's: swift's `md5_hash_for_file(SWIFT_CONF_FILE)`, round 323)
_A_DIGEST_OF_A_FILE = re.compile(
    r"((?i:md[245]|sha-?1)(?i:_?(?:hash|digest|sum|checksum))?)(?:_(?:for|of)_(?:file|path)|(?:For|Of)(?:File|Path))$"
)
# (whatever the method says of the file: adb-shell's `PythonRSASigner.FromRSAKeyPath('tests/adbkey')`)
_A_CLASS_FROM_A_FILE = re.compile(
    r"((?:^|\.)_*[A-Z]\w*)\.(?:(?:from|load|read)_(?:\w+_)?(?:file|path)|(?:from|load|read|From|Load|Read)(?:[A-Z]\w*)?(?:File|Path))$"
)
# (a count of field elements, words or limbs: the xmss crate's `RANDOMNESS_LEN_FE`, round 169)
_A_SIZE = re.compile(
    _WORD_START
    + r"(?i:bits|size|len|length|bytes|count|layout|offset|span)"
    + r"(?:_?(?i:fe|elems?|words|limbs))?$"
)
_A_BUFFER = re.compile(r"(?:Bytes|Buffer|Buf|Array)(?=[A-Z0-9])")  # a buffer's type (`BytesP256ElemLen`)
# a post-quantum scheme's own size constant, a parameter of the scheme that its implementations and their
# callers size and pass its values with (mlkem-native's `uint8_t c[MLKEM_INDCPA_BYTES]`, simple-tls's
# `ss_len = MLKEM512_BYTES`, mldsa-native's `MLDSA_CRYPTO_BYTES`; rounds 124 and 171: uses), as its
# `MLKEM_SYMBYTES` and `MLKEM512_PUBLICKEYBYTES` already are; a classical algorithm's size stays none
# (`AES_BLOCK_SIZE`)
_A_SCHEME_PARAMETER = re.compile(
    r"(?:[A-Z][A-Z0-9]*_)*(?:ML_?KEM|KYBER|ML_?DSA|DILITHIUM|SLH_?DSA|SPHINCS|FN_?DSA|FALCON|HQC|FRODO)"
    r"[0-9]*(?:_[A-Z0-9]+)+"
)
# a constant's name: capitals in words joined by `_` (`P256_ELEM_LEN`, `KEY_ALGORITHM_EC`)
A_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")
_NAME = re.compile(r"[\w$]+")
_NOT_NAME = re.compile(r"[^\w$]+")
_INDIRECT = re.compile(r"^\(\s*0\s*,\s*([\w$.]+)\s*\)$")
_CALLED = re.compile(r"\([^()\n]{0,200}\)[?!]?|[?!](?=\.)")


# the methods that handle a result (`.unwrap()`, `.expect("...")`, `.map_err(...)`); one called on a call's
RESULT_HANDLING = r"unwrap\w*|expect\w*|ok|ok_or\w*|map_err|context|with_context"
_ON_A_RESULT = re.compile(rf"\)[?!]?\.(?:{RESULT_HANDLING})$")


def called_bare(name: str) -> str:
    """A call on a call's result handling that result, without the inner call's arguments
    (`fs::write(&key, SSH_ED25519_SK).unwrap` is `fs::write.unwrap`): they name no method called."""
    return _CALLED.sub("", name) if "(" in name and _ON_A_RESULT.search(name) else name


# words never read fused to the capitals before them (`NODES`, `CODES`, zlib's `CRC2`, x86's `RCPSS` and
# `VCMPSS` scalar instructions, XMP's `PRISM2` namespace, Direct3D's `D3DXSHGPUSIMOPT_SHADOWRES256`; `JWKRSA`
# is RSA)
UNFUSED = frozenset(
    {"des", "rc2", "rc4", "aes", "pss", "oaep", "sm2"}
    | {f"{family}{bits}" for family in ("rs", "ps", "es") for bits in ("256", "384", "512")}
    | {"es256k"}
)
MAX_WORDS = 4  # words read in one name
# words of one algorithm's standard (its paddings and key format) that yield to another algorithm's word in
# the same name (`writePkcs1ECDSAPrivate` is ECDSA, `encryptOAEP` is RSA), and the words of no algorithm
WEAK = frozenset({"pkcs1", "oaep", "pss", "mgf1", "pkcs10", "pkcs11", "pkcs12"})
# a curve's word yields to a scheme's over it in the same name (`secp256k1_schnorrsig_sign32` is Schnorr)
SCHEMES = frozenset({"schnorr", "schnorrsig", "musig", "musig2", "bip340", "xonly", "aggsig"})
SCHEME_CURVES = frozenset({"secp256k1"})
# Diffie-Hellman named beside an elliptic curve's key exchange is that exchange, no finite-field group's
# (wasm-bindgen's `x25519_diffie_hellman`, libsignal's `curve25519_diffie_hellman`)
EC_EXCHANGES = frozenset(
    {"x25519", "x448", "curve25519", "ecdh", "ecdhe", "secp256k1", "p256", "p384", "p521"}
)
DIFFIE_HELLMAN = frozenset({"diffiehellman", "diffie_hellman", "diffie"})
# a Curve25519 library's module of the Edwards form is Ed25519's, where Curve25519's word alone says X25519
# (curve25519-dalek's `edwards::CompressedEdwardsY` is the signature's group: round 103)
_AN_EDWARDS_MODULE = re.compile(r"(?:^|::|\.|/)edwards(?:::|\.|/|$)")
_SEPARATORS = re.compile(r"\.|::|->|/")
# a word of a name that says what the code does with the algorithm (function of a call's finding)
_A_SIGNING_KEY_PAIR = re.compile(r"(?i:sign)_?(?i:key_?pair)(?![a-z])")
# NaCl's API opens a signed message: it verifies the signature (`crypto_sign_open`, `ed25519_sign_open`,
# `xmss_sign_open`)
_A_SIGNED_MESSAGE_OPENED = re.compile(r"(?i:sign)_?(?i:open)(?![a-z])")
# a derivation that is a key agreement's (case-insensitive): not a public key derived from its private key
# (@xyo-network/elliptic's `derivePublicKeyUncompressed`, round 133), nor a wallet's key derived from its seed
# or along its HD path (@alephium/web3-wallet's `deriveSecp256K1PrivateKeyForGroup(mnemonic, ...)`, round 377;
# @algorandfoundation/keystore's P-256 signing keys `"hd-derived-p256"`, `XHDDerivedKeyData`, round 432)
AGREED_DERIVATION = r"(?<!hd)(?<!hd[-_])derive(?!_?pub)(?![a-z0-9_]*?(?:priv|child|path|seed|mnemonic|hd))"
_VERBS = (
    # (a shared secret generated is agreed on: python-ecdsa's `ecdh.generate_sharedsecret_bytes()`)
    (
        re.compile(r"key_?gen|generate(?!_?shared)|newkeys|gen_?key|make_?key|create_?key", re.IGNORECASE),
        "keygen",
    ),
    # (`rsa_sign`, `signData`, `ecdsaSign`, `RSA_SIGN`; not `signal`, `assign`, `DESIGN`, `signIn`)
    (
        re.compile(
            r"(?:(?<![A-Za-z])(?:un|Un|UN)?[sS]ign|(?<=[a-z0-9])Sign)(?![a-z]|In|Up|Out)|(?<![A-Z])SIGN(?![A-Z])"
            r"|[sS]ign(?:ature|ed|er|ing)|SIGN(?:ATURE|ED|ER|ING)"
        ),
        "sign",
    ),
    (re.compile(r"digest", re.IGNORECASE), "digest"),
    (re.compile(r"verif", re.IGNORECASE), "verify"),
    (re.compile(r"encrypt|encipher|encode_?key", re.IGNORECASE), "encrypt"),
    (re.compile(r"decrypt|decipher", re.IGNORECASE), "decrypt"),
    (
        re.compile(rf"{AGREED_DERIVATION}|agree|exchange|shared_?secret|compute_?key", re.IGNORECASE),
        "key-agree",
    ),
    (re.compile(r"decaps", re.IGNORECASE), "decapsulate"),
    (re.compile(r"encaps", re.IGNORECASE), "encapsulate"),
)


# a size after the word: `aes256`, `aes_128_gcm`, `ML_KEM_768`, `rsa-2048`
_DIGITS = re.compile(r"[_-]?(\d+)")


@dataclass(frozen=True)
class NamedWord:
    """The word found, and the digits right after it (`aes256`, `RSA2048`, `MLKEM768`), if any."""

    word: str
    digits: str | None


def last_segment(name: str) -> str:
    """A dotted or scoped name's last segment (`client.rsa_sign`, `ed25519::Pair`, `./lib/dh`)."""
    return _SEPARATORS.split(name)[-1]


@lru_cache(maxsize=CACHED_NAMES)
def names_a_file(name: str) -> bool:
    """A constant naming a file or test data (`RSA_KEY_FILE`, `EXPECTED_ECDSA_HOSTKEY`): not a use of the
    algorithm, even where a library's rule names it (an API's `*_message`, `*_LABEL` still are)."""
    last = _SEPARATORS.split(name.strip("\"'`"))[-1]
    return _A_FILE.search(last.removeprefix(DEFINITION)) is not None


# a digest's value named, not its computation (rules whose algorithm is a hash): an HTTP header's or a field's
# (`ContentMD5`, `X_BZ_CONTENT_SHA1`, S3's `customer_key_md5`, `EMPTY_MD5`), a cache of digests
# (`IMPORT_MD5_CACHE`), a digest's accessor or test (`rorp.get_sha1()`, `set_sha1(h)`, `has_sha1()`,
# `is_md5(s)`); a call whose verb computes one still does (`calculate_content_md5(body)`, `getMD5(key)`)
_HASH_WORD = r"(?i:md[245]|sha-?1)"
_DIGEST_VALUE = re.compile(
    # (after an acronym too: aws-sdk's `SSECustomerKeyMD5`, round 185)
    rf"(?:^|[_-]|(?<=[a-z0-9])|(?<=[A-Z])(?=[A-Z][a-z]))(?i:content|empty|customer[_-]?key)[_-]?{_HASH_WORD}"
    # (or the digest of nothing, named after: swift's `MD5_OF_EMPTY_STRING`, round 323)
    rf"|{_HASH_WORD}[_-]?(?i:of)[_-]?(?i:empty|blank|nothing|null|zero)"
    # (a git commit's id: redis's `redisGitSHA1()`, `REDIS_GIT_SHA1`, CircleCI's `CIRCLE_SHA1`; not git's own
    # `git_SHA1_Update`; nor npm's `git-sha1`, a SHA-1 for git's objects, js-git's, round 251)
    rf"|(?:^|[_-]|(?<=[a-z0-9]))(?i:git|circle)_?{_HASH_WORD}$"
    # (a known ICC profile's digest, as libpng tabulates them: `PNG_MD5(0x29f83dde, ...)`)
    rf"|^(?i:png)[_-]?{_HASH_WORD}$"
    rf"|{_HASH_WORD}[_-]?(?i:cache|caches|header|headers|mismatch|fingerprints?)(?![a-z])"
    # (a thumbprint's type: auth0's `ConnectionSha1Thumbprint`; not a buffer's size, ntfs-3g's
    # `NTFS_SHA1_THUMBPRINT_SIZE`)
    rf"|{_HASH_WORD}[_-]?(?i:thumbprints?)$"
    # (a flag or a setter, also after its holder's name: rdiff-backup's `rorp.has_sha1()`, gimli's
    # `file_has_md5()`, round 360)
    rf"|(?:(?:^|_)(?:is|has|set)|(?:^|(?<=[a-z0-9]))(?:Is|Has|Set))_?{_HASH_WORD}"
    rf"(?:_?(?i:known|present|available|missing|empty))?$"
    # (DWARF 5's line-table content code for a file's MD5, which a compiler wrote: gimli's `DW_LNCT_MD5`)
    rf"|^DW_LNCT_{_HASH_WORD}$"
    # (a test of a string's form: jets3t's `ServiceUtils.isEtagAlsoAnMD5Hash(etag)`, s3pe's
    # `looks_like_md5(&etag)`, `is_valid_sha1(x)`, `isMd5Hex(s)`)
    rf"|^(?:is|Is)[A-Z]\w*{_HASH_WORD}_?(?i:hash|digest|sum|checksum)$"
    rf"|^(?:looks_?[Ll]ike|LooksLike|is_?[Vv]alid|IsValid)_?{_HASH_WORD}(?:_?(?i:hex|hash|digest|sum|format|string))?$"
    rf"|^(?:is|Is)_?{_HASH_WORD}_?(?i:hex|format|string)$"
    # (a record's field or parameter named after the digest it keys: dvc's `stage.PARAM_MD5`, openstacksdk's
    # `_IMAGE_MD5_KEY`; and a record's setter: s3cmd's `dst_list.record_md5(relative_file, md5)`)
    rf"|(?:^|[_-]|(?<=[a-z0-9]))(?i:param|field|attr|column)[_-]?{_HASH_WORD}$"
    rf"|(?<![Hh][Mm][Aa][Cc])[_-]{_HASH_WORD}[_-](?i:key)$"
    rf"|^(?:record|Record)_?{_HASH_WORD}$"
    # (a data type's tag for a digest's bytes: BSON's `BSON_BINARY_SUBTYPE_MD5 = 5`, pymongo's `MD5_SUBTYPE`,
    # bundled by hotpocket-js-client, round 383)
    rf"|(?:^|[_-]|(?<=[a-z0-9]))(?i:subtype)[_-]?{_HASH_WORD}$|{_HASH_WORD}[_-]?(?i:subtype)$"
    # (a digest's text encoding: wsse's `type SHA1Encoding = "base64" | "hex"`, `sha1encoding?:`)
    rf"|{_HASH_WORD}[_-]?(?i:encoding)$"
)
# a field holding checksums made by one hash, named after them (Debian's `Checksums-Sha1`), or after the hash
# and then them (google-cloud-storage's `self.MD5_CHECKSUM`), or holding its digests in the plural
# (libxlsxwriter's `workbook->image_md5s`, a tree of images' MD5s; a function so named computes one: pg's
# `func md5s(s string) string`)
_A_CHECKSUM_FIELD = re.compile(
    rf"(?:^|[_-]|(?<=[a-z0-9]))(?i:checksums?)[_-]?{_HASH_WORD}$|{_HASH_WORD}[_-]?(?i:checksums?)$"
    rf"|{_HASH_WORD}s(?![a-zA-Z])"
)
_HASH = re.compile(_HASH_WORD)
_A_SUM = re.compile(rf"{_HASH_WORD}[_-]?(?i:sums?)$")
_GETS = re.compile(r"(?:^|_)get_")  # (a C getter's name: `meta_monitor_get_edid_checksum_md5`)
# (a hex digest's type or value, not computed from data: b2sdk's `Sha1HexDigest`, `-> Sha1HexDigest`)
_A_HEX_DIGEST = re.compile(rf"{_HASH_WORD}_?(?i:hex)_?(?i:digest)$")
# (a stored digest's protobuf getter: genproto's `GetSha1Sum()`, `GetMd5Checksum()`, `GetMd5Hash()`)
# (a qualifier may come before the hash: jmeter's `getAllowedMD5Hex()`, a property's expected digest; not a
# hasher's: `getMessageDigestMD5()`)
_A_GETTER = re.compile(
    r"^(?:get|Get)_?(?:(?i:allowed|expected|actual|remote|local|stored|saved|cached|known|original|current"
    # (Orthanc's `attachment.GetUncompressedMD5()`, round 292)
    rf"|previous|last|file|content|source|target|object|part|cert|base64|hex|(?:un)?compressed|data|body"
    rf"|payload|attachment|blob)_?)*{_HASH_WORD}"
    r"(?:_?(?i:sum|checksum|hash|digest|hex|base64))?$"
)
# (a certificate's fingerprint held: octavia's `sample_certs.X509_CERT_SHA1`, not a call computing one)
# (or its header's or field's key: mongrel2's `Request_set(conn->req, &PEER_CERT_SHA1_KEY, hex, 1)`)
_A_FINGERPRINT = re.compile(
    rf"(?:^|[_-]|(?<=[a-z0-9]))(?i:cert|certificate)[_-]?{_HASH_WORD}(?:_?(?i:key|header|field))?$"
)
# a fingerprint's kind named by its hash, not taken (MISP's attribute types `'x509-fingerprint-sha1'`,
# `'ja3-fingerprint-md5'`): a call still takes one (`key.fingerprint_md5()`)
_A_FINGERPRINT_KIND = re.compile(rf"(?i:fingerprints?)[_-]?{_HASH_WORD}$")
_COMPUTES = re.compile(
    r"(?i:^|_)(?:calc|calculate|compute|format|make|generate|create|build|new)(?:_|[A-Z]|$)"
)


@lru_cache(maxsize=CACHED_NAMES)
def names_a_digest_value(kind: str, name: str, arguments: int) -> bool:
    """A name of a digest's value, its header, cache, accessor or test, not of the hash computing it
    (`_DIGEST_VALUE`); `name`: the site's whole name, `arguments`: how many its call or definition has."""
    segments = _SEPARATORS.split(name.removeprefix(DEFINITION).strip("\"'`"))
    computing = (kind == "call" and arguments) or name.startswith(DEFINITION)  # (a call or a definition)
    if computing and _COMPUTES.search(segments[-1]):
        return False
    # (the segment naming the hash: a holder's own method follows it, `IMPORT_MD5_CACHE.with(...)`)
    named = next((part for part in reversed(segments) if _HASH.search(part)), segments[-1])
    if _DIGEST_VALUE.search(named) is not None:
        return True
    if _A_CHECKSUM_FIELD.search(named) is not None and (not computing or _GETS.search(segments[-1])):
        return True  # a field of checksums by one hash (python-debian's `"Checksums-Sha1"`, `checksumSha1`),
        # or its getter (mutter's `meta_monitor_get_edid_checksum_md5 (MetaMonitor *monitor)`, round 306)
    if _A_SUM.search(named) is not None and named == segments[-1] and not computing:
        return True  # a sum's name, nothing called on it (dact's header tag `DACT_HDR_MD5SUM`, weston's
        # `const struct cmlcms_md5_sum *md5sum)`, round 306; not hydrogram's hash `md5_sum.digest()`)
    if (_A_HEX_DIGEST.search(named) or _A_FINGERPRINT.search(named)) and not computing:
        return True
    if kind != "call" and not computing and _A_FINGERPRINT_KIND.search(named) is not None:
        return True
    accessed = kind == "call" or name.startswith(DEFINITION)
    return accessed and not arguments and _A_GETTER.search(segments[-1]) is not None


_A_HASH_STEP = re.compile(
    r"(?i:ecdsa|rsa|dsa|eddsa|ed25519|ed448|schnorr|secp256k1)_?"
    # (or BIP 340's tagged hash, whole: libsecp256k1's `secp256k1_tagged_sha256(...)`)
    r"(?:(?i:sha-?\d*|md[245]|ripemd\d*|blake2[bs]?|blake3|sm3|keccak\d*)_?"
    r"(?i:update|init|final|finish|reset|transform|compress|(?:ctx|context|state)(?:_t)?)"
    r"|(?i:tagged)_?(?i:sha-?\d*))$"
)
_HASHING = re.compile(r"SHA|MD[245]|RIPEMD|BLAKE|SM3|KECCAK|MAC")


def names_a_hash_step(name: str, algorithm: str) -> bool:
    """A name that, right after a signature algorithm's word, names a hash and one step of computing it or its
    state, or BIP 340's tagged hash: a signature library's own hash under its prefix (ecdsautils'
    `ecdsa_sha256_update`, `ecdsa_sha256_context_t`, libsecp256k1's `secp256k1_tagged_sha256`) is the hash's,
    not that of `algorithm`, the algorithm a rule reads in the name (a hash's or a MAC's own rule keeps it;
    BoringSSL's `aead_aes_ctr_hmac_sha256_ctx` is an AEAD's)."""
    last = _SEPARATORS.split(name.removeprefix(DEFINITION))[-1]
    return _A_HASH_STEP.search(last) is not None and _HASHING.search(algorithm.upper()) is None


def names_a_size(name: str) -> bool:
    """A name of a size, its last segment ending in one (`CryptoPublicKeyBytes`, `KEY_LEN`, `rsaBits`)."""
    return _A_SIZE.search(last_segment(name)) is not None


def names_a_type_signature(name: str) -> bool:
    """A generated function's name spelling its signature in type letters (`_A_TYPE_SIGNATURE`)."""
    return _A_TYPE_SIGNATURE.match(last_segment(name.removeprefix(DEFINITION))) is not None


def names_plumbing(name: str) -> bool:
    """A library's export or linkage macro, a status code or a CryptoAPI provider type named after its
    algorithm (`SECP256K1_API`, `ED25519_DECLSPEC`, `ED25519_SIGNATURE_INVALID`, `PROV_RSA_FULL`)."""
    return _PLUMBING.search(name) is not None


_AN_OAEP_LABEL = re.compile(r"(?i)oaep_?label$")  # (RSA-OAEP's label, a parameter: RFC 8017 section 7.1)


def names_something_else(name: str) -> bool:
    """A constant's or a variable's name whose last word says it is about something else than its algorithm
    (`_about_else`: a message, a label, metadata: tls-certificates' `ECDSA_REQUIRER_META`, round 324); not
    RSA-OAEP's label, its parameter (BoringSSL's `EVP_PKEY_CTRL_RSA_OAEP_LABEL`)."""
    last = _SEPARATORS.split(name.strip("\"'`"))[-1]
    return _about_else(last) and _AN_OAEP_LABEL.search(last) is None


MAX_HELPER = 2  # letters of a module's helper too short to say what it does (`M`, `gf`)


@lru_cache(maxsize=CACHED_NAMES)
def named_part(kind: str, name: str, finder: WordFinder | None = None) -> str | None:
    """The part of a site's name that says what the site is (None: no part of it can); `finder`: the words of
    the algorithms, to tell a module led by one (`ed25519_blake2b`) from a package that merely holds one."""
    quoted = name[:1] in "\"'`"
    name = name.strip("\"'`")  # a class named in a string (`["django...hashers.MD5PasswordHasher"]`)
    name = "" if quoted and _random_text(name) else name  # (no words, no part)
    if quoted and (_A_METHOD.fullmatch(name) or _A_SCHEME.fullmatch(name)):
        # a native method called by its name (`call('signPKCS1v15')`); a scheme's name (`'md5_crypt'`), not a
        # key's or a field's
        field = _A_FIELD.search(name) and not _A_METHOD.fullmatch(name)
        return None if _about_else(name) or field else name
    name = _A_CHUNK_HASH.sub("chunk", name)  # (a bundle's chunk named by a hash: `./chunk-RC2U4BWE.js`)
    name = _A_DIGEST_OF_A_FILE.sub(r"\1", name)  # (`md5_hash_for_file` computes an MD5)
    if name.startswith("("):  # an indirect call in compiled code: `(0, _rsa.rsa_generate)(...)`
        name = _INDIRECT.sub(r"\1", name)
    for _ in range(4):  # the calls of a chain (`x509.get_pubkey().get_rsa`, Rust `?`): their names remain
        if "(" not in name and "?" not in name and "!" not in name:
            break
        name = _CALLED.sub("", name)
    if name.startswith((DEFINITION, GIVEN)) or (kind == "ref" and _CTYPES_SIGNATURE.search(name)):
        return _declared(name)
    if kind == "import" or _ENCODING_MODULE_MEMBER.match(name):
        # (a name of an encoding's module, imported from it, is the module's too: slh-dsa's `Integer`, bound
        # to `slhdsa.asn`; an object's method is not: `rsa.pem()`)
        return _import_part(name)
    if kind == "call":  # where a key comes from is not what it is (`import_private_rsa_key_from_file`); a
        # class's constructor from a file is the class's (`RsaPrivateKey.from_file(path)`)
        name = _A_CLASS_FROM_A_FILE.sub(r"\1", _FROM_A_FILE.sub("", name))
    # a package's name is a module's (`web-secure-encryption.encryptRSA`); a string's words stay apart
    name = name if quoted else _A_MODULE_FILE.sub(r"\1", name)
    package = not quoted and _PACKAGE_MARKS.search(name) is not None
    name = name if quoted else _SEE_THROUGH.sub(".", _PACKAGE_MARKS.sub("_", _BUNDLED_AS.sub("", name)))
    segments = _unnumbered([s for s in _SEPARATORS.split(name) if s])
    if not segments or _about_else(segments[-1]) or not all(map(_NAME.fullmatch, segments[-2:])):
        # about something else, or not a name (`f(x)(y)`: a call of a call); but a mode's constant asked
        # its name is the mode's (`AES_CBC.cipherName(bits)`)
        asked = kind == "call" and len(segments) > 1 and _A_MODE.fullmatch(segments[-2])
        return f"{segments[-1]}.{segments[-2]}" if asked else None
    if _A_GUARD.search(segments[-1]) or _a_module_helper(name, segments[-1], quoted):
        return None  # a header's include guard (`HEADER_RSA_H`, `crypto_sign_edwards25519_H`), a helper
    if any(char.isspace() for char in name):
        return None  # a sentence in a string, a callee over several lines
    last, receiver = segments[-1], (segments[-2] if len(segments) > 1 else "")
    if kind != "call":
        return _reference_part(name, segments, quoted, finder)
    # (and the object holding a key: acmev2's `jwk_rsa.key.sign(...)`, `rsa_key.key.public_key()`, round 332)
    owned = receiver in _KEY_HOLDERS
    module = segments[-3] if len(segments) > 2 and (receiver[:1].isupper() or owned) else ""
    # compiled code calls a module it exports (`exports.secp256k1.x(...)`) or a project's module it imported
    # (`ecdsa_1.compress(...)`, bound to `./ecdsa`): the module's words count
    in_module = (segments[0] == "exports" and len(segments) > 2) or name.startswith(("./", "../"))
    # a package led by its algorithm's word, whatever follows (`curve25519-n2.makeSecretKey(...)`,
    # `ed25519-supercop.createSeed()`): any function of it is the algorithm's, as a one-word module's
    return _rsa_component(segments) or _call_part(
        last, receiver, module, exported=in_module, led=package and _led_by_a_word(receiver, finder)
    )


# a build switch of a library's (`NGX_HAVE_SHA1`, `LIBCAES_HAVE_AES_SUPPORT`): what follows HAVE is what it
# turns on, whatever the library's prefix names (OpenAES' `#ifdef OAES_HAVE_ISAAC`, a random generator,
# flexhash, round 419)
_A_SWITCH = re.compile(r"[A-Z][A-Z0-9]*_HAVE_([A-Z0-9][A-Z0-9_]*)")

# a member holding an object's key, by its generic name: the object's name says the key's algorithm
_KEY_HOLDERS = frozenset(
    {"key", "_key", "private_key", "public_key", "privkey", "pubkey", "keypair", "key_pair"}
)

# an RSA key's components, as jsbn's RSAKey names them (jsencrypt's key generation, rounds 5, 59 and 168)
_RSA_KEY_PARTS = frozenset({"n", "e", "d", "p", "q", "dmp1", "dmq1", "coeff"})


def _rsa_component(segments: list[str]) -> str | None:
    """An RSA key's component worked on (jsencrypt's `rsa.q.subtract(BigInteger.ONE)`): the key's."""
    component = len(segments) > 2 and segments[-3] == "rsa" and segments[-2] in _RSA_KEY_PARTS
    return segments[-3] if component else None


def _led_by_a_word(module: str, finder: WordFinder | None) -> bool:
    """A module (a package) whose name's first word is an algorithm's (`ed25519_blake2b`, `curve25519_n2`)."""
    return finder is not None and bool(finder.find_all(module.lstrip("_").split("_", 1)[0]))


def _a_module_helper(name: str, last: str, quoted: bool) -> bool:
    """A project's module's arithmetic helper, one or two letters long (sodium-javascript's `M(c, c, D2)`,
    `Z(a, a, c)`, `gf()` from './internal/ed25519'): field arithmetic, as libsecp256k1's `secp256k1_fe_*`."""
    return name.startswith(("./", "../")) and not quoted and len(last) <= MAX_HELPER


def _unnumbered(segments: list[str]) -> list[str]:
    """A name's segments without a variable no import bound that holds a second one of something (stayrtr's
    `md2.Serial`, the second metadata; `rc2.Close()`, the second reader): the member's own words only."""
    return segments[1:] if len(segments) == 2 and segments[0] in _NUMBERED else segments


_CAPITALS = re.compile(r"[A-Z][A-Z0-9_]*")
_A_TABLE_NAME = re.compile(r"[A-Z][a-z]+")  # one capitalized word: an enum's name (`Algorithm`, `Mode`)


_ENUM_TABLES = frozenset({"enums", "enum", "Enums"})  # a plain object holding a project's enumerations


def _reference_part(name: str, segments: list[str], quoted: bool, finder: WordFinder | None) -> str | None:
    """A reference's words (`_ref_part`), or those of a value a project's module exports; a build switch's,
    what follows its HAVE (`_A_SWITCH`)."""
    if not quoted and (switch := _A_SWITCH.fullmatch(name)) is not None:
        return switch.group(1)
    if len(segments) > 2 and segments[-1] in _ENUM_ACCESSORS and segments[-3][:1].isupper():
        # an enum member's value or name is the member's (`EncryptionTypes.rc4_hmac.value`)
        segments = segments[:-1]
    last, receiver = segments[-1], (segments[-2] if len(segments) > 1 else "")
    if (
        not quoted
        and len(segments) >= 3
        and segments[-3].lstrip("_") in _ENUM_TABLES
        and not _A_SIZE.search(last)
    ):
        # a value of a project's table of enumerations, kept in a plain object (openpgp's bundled
        # `case enums.publicKey.ed25519:`, `enums.symmetric.aes256`, round 179), as an enum class's member is;
        # or reached through the library that exports it (sendsafely's `openpgp.enums.hash.sha1`, round 190)
        return last
    if name.startswith(("./", "../")) and not quoted and receiver and not _A_SIZE.search(last):
        # a value a project's module exports, as compiled code or an import reaches it (`algorithms_1.sha1`,
        # `mgf1SHA1` from `../algorithms`): its own words with its module's, as the module's functions are
        # read when called (`_call_part`); a hash's are the hash's alone (`rsa_hash_js_1.SHA512`)
        return last if _NAMES_A_HASH.search(last) else f"{last}.{receiver}"
    if name.startswith(("./", "../")) and not quoted and not receiver:
        # a project's module itself, imported whole (`import * as secp521r1 from './secp521r1.js'`) and
        # given as a value: key-did-resolver's `{ 0x1202: secp521r1 }`
        return last
    if not quoted and not receiver and _A_CURVE_ALONE.fullmatch(last):
        return last  # a curve's variable (`_A_CURVE_ALONE`)
    if not quoted and _A_RECORD_NAME.fullmatch(receiver) and _A_CURVE_FIELD.fullmatch(last):
        # a record's field named after a curve alone holds that curve's key (the generated protobuf code of
        # tendermint's keys: `message.ed25519 = reader.bytes()`, `obj.secp256k1 = base64FromBytes(...)`,
        # rounds 343, 355 and 368); not an object's own (`this.secp256k1 = secp256k1`: a library kept)
        return last
    # a string's dots are a file's or a URL's; a longer path is a module's (`./aes.types.AESKeySize`)
    # a module's module holds it too (`rsa.key.PrivateKey`), not a project's deeper package's (Kotlin
    # `expo.modules.crypto.aes.records.SealedData`, `./aes.types.BinaryInput`: not all about AES) nor a
    # crate's re-export of a generic trait (Rust `rsa::pkcs8::AssociatedOid`)
    if (
        len(segments) == 3
        and segments[0][:1].isupper()
        and (_CAPITALS.fullmatch(receiver) or _A_TABLE_NAME.fullmatch(receiver))
        and _CAPITALS.fullmatch(last)
    ):
        # a class's table of constants (asmcrypto's `AES_asm.ENC.CTR`, `AES_asm.MAC.CBC`; @cubbit/enigma's
        # enum `AES.Algorithm.GCM`, round 214): the class's too
        return f"{last}.{receiver}.{segments[0]}"
    nested = len(segments) == 3 and segments[0][:1].islower() and not name.startswith((".", "/"))
    nested = nested and "::" not in name
    outer = segments[0] if nested else ""
    typed = len(segments) > 2 or not receiver
    return _ref_part(last, receiver, in_module=not quoted, typed=typed, outer=outer, finder=finder)


def _declared(name: str) -> str | None:
    """A definition's name; a C function's, where its signature is given to ctypes
    (`lib.ed25519_verify.argtypes = [...]`); a variable's given to a role, whose name says what it holds."""
    if name.startswith((DEFINITION, GIVEN)):
        own = name.removeprefix(DEFINITION).removeprefix(GIVEN)
    else:
        own = _CTYPES_SIGNATURE.sub("", name).rsplit(".", 1)[-1]
    return None if _about_else(own) else own


# a hash's module, by its file's name (`_import_part`)
_A_HASH_MODULE = re.compile(r"(?i)sha\d*|sha3_?\d*|shake\d*|sm3|md[245]|blake\w*|keccak\d*|ripemd\d*")
# a Go module path's host and account (fxamacker/cbor's `"github.com/x448/float16"`: x448 is a user, not X448)
_HOSTED_OWNER = re.compile(
    r"^((?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com)/)[^/]+/(?=.)"
)


_A_HEADER = re.compile(r"\.(?:h|hh|hpp|hxx)>?$")
_A_ONE_WORD_FOLDER = re.compile(r"[<\"]?(?:[a-z0-9]+|[A-Z0-9]+|\.\.?)")  # a folder of one word (`dsa`, `..`)


def _import_part(name: str) -> str | None:
    """An import's words: a module path is words too, a module named after one counts (`.jws_eddsa`); not an
    algorithm library's encoding helpers (`from ecdsa.der import unpem`)."""
    if _ENCODING_MODULE.match(name):
        return None
    name = _HOSTED_OWNER.sub(r"\1", name)  # (a host's account is a person's or a company's name)
    # (a hash's module in a signature's folder, and what is imported from it, are the hash's: sm-crypto's
    # `const {sm3, hmac} = require('../sm2/sm3')`)
    folder, _, module = name.rpartition("/")
    if folder and _A_HASH_MODULE.fullmatch(_NOT_NAME.split(module)[0]):
        name = module
    elif folder and _A_HEADER.search(module):
        # (and a header's file names it, not a folder of one word: c-ares' `#include "dsa/ares_slist.h"`, its
        # data structures'; a folder's compound name still does: sgx-dcap's `#include
        # <SgxEcdsaAttestation/AttestationParsers.h>`, round 102)
        kept = [part for part in folder.split("/") if not _A_ONE_WORD_FOLDER.fullmatch(part)]
        name = "/".join([*kept, module])
    words = [_FUSED_MODULE.sub(r"\1_\2", w) for w in _NOT_NAME.split(_LIB_PREFIX.sub("", name)) if w]
    return ".".join(words) if words and not _about_else(words[-1]) else None


# a module named in one lower-case word: an algorithm's, fused to what the module holds (`from aescipher
# import *`, `.rsacipher`, paramiko's `ecdsakey`; round 166): read as the two words (not `des`: `desktop`)
_FUSED_MODULE = re.compile(
    r"^(?:py)?(aes|rsa|ecdsa|ecdh|dsa|rc4|md5|sha1|ed25519|x25519|secp256k1|blowfish)"
    r"(cipher|crypt|crypto|lib|utils?|tools?|keys?|sign|signer|encrypt|encryption|decrypt)$"
)


def _call_part(last: str, receiver: str, module: str, exported: bool, led: bool = False) -> str:
    """A call's words: its function's; with the receiver's for an operation on an object (`rsa_key.sign`), on
    a module or an object named after its algorithm alone (`secp256k1.publicKeyCreate`), a
    class's method (`RsaCrypto.exportKey`, `ECDSAPriv.__privkey__`) or a module's class built
    (`ed25519.SigningKey(...)`), where the receiver says what is worked on when the method does not; and the
    module's or outer class's of a class's function (Rust `ed25519::Pair::from_seed_slice`, expo-crypto's
    `AesCryptoModule.SealedData.fromCombined`)."""
    if receiver[:1].islower() and (_NAMES_A_HASH.search(last) or _AN_ENCODING_HELPER.fullmatch(last)):
        return last  # a hash named by a module's function is what it does (`ed25519.sha256digest(...)`), and
        # so is a text encoding helper (`_AN_ENCODING_HELPER`)
    if exported:  # compiled code calls a module it exports (`exports.secp256k1.publicKeyCreate(...)`)
        return f"{last}.{receiver}.{module}" if module else f"{last}.{receiver}"
    if (
        last in _TEXT_METHODS
        or (last in _CASE_METHODS and receiver[:1].islower())
        or last in _ACCESSORS
        or (
            _A_SIZE.search(last)
            and receiver[:1].islower()
            and verb(last) is None
            and last not in RECEIVER_VERBS
        )
        or (_A_SIZE.search(receiver) and A_CONSTANT.fullmatch(receiver.lstrip("_")))
    ):
        # text taken apart (`PUB_ECDSA_521.split()`), a holder opened, locked or emptied (yara-x's
        # `IMPORT_MD5_CACHE.with(...)`, rclone's `md5sMu.Lock()`), a size asked of an object
        # (`aesgcm.NonceSize()`, not an operation giving bytes: keystore-idb's `aes.encryptBytes(msg, key)`;
        # a class's is its algorithm's: `NodeECDsa.getSignatureLength(...)`), a size
        # constant converted (`P256_ELEM_LEN.try_into()`): not the algorithm's operation (a name normalized,
        # `ECDSA.toLowerCase()`, is still compared as the algorithm's; a key written out in bytes is one:
        # ceramic-python's `key_ed25519.private_bytes(...)`, round 328)
        return last
    # an operation's name (`sign`, `decrypt_and_verify`, `hexdigest`) or a class's method
    # (a class's name may start with `_`: `_Ed25519.__init__(self)`)
    by_receiver = (
        last in RECEIVER_VERBS
        or verb(last) is not None
        or receiver.lstrip("_")[:1].isupper()
        or last[:1].isupper()
        or (_A_KEY_OBJECT.search(receiver) is not None and last not in _NOT_ON_THE_KEY)
    )
    if receiver and (by_receiver or led or _ONE_WORD.fullmatch(receiver.lstrip("_"))):
        return f"{last}.{receiver}.{module}" if module else f"{last}.{receiver}"
    return last


def _ref_part(
    last: str, receiver: str, in_module: bool, typed: bool, outer: str = "", finder: WordFinder | None = None
) -> str | None:
    """A reference's words: a type or a constant, not a size (`RSA_BITS`, `AES_BLOCK_SIZE`: as in rust.scm),
    with its module's or type's (`ed25519::Pair`, `Secp256k1::G`); a class's member (`DSA.save_pub_key`): the
    class."""
    of_a_class = receiver[:1].isupper() and not _A_SIZE.search(receiver)
    if receiver and last in _ACCESSORS:
        return None  # a holder's, a property's or a mock's own member (`@md5.validator`, `md5.return_value`)
    if _AN_IDENTIFIER.match(last) and not receiver:
        return last  # a package's OID or cipher suite constant (`_AN_IDENTIFIER`)
    if _AN_OID_NAME.fullmatch(last):
        return last  # an OID named as its ASN.1 module names it, wherever it is held (`_AN_OID_NAME`)
    if last.lstrip("_")[:1].isupper() or _A_K_CONSTANT.match(last):
        # (a private class: `class _RC4(_EnctypeProfile):`; Apple's constants: `kSecAttrKeyTypeRSA`)
        sized = _A_SIZE.search(last) and not _A_SCHEME_PARAMETER.fullmatch(last)
        if sized and (not (typed and _A_TYPE.fullmatch(last)) or _A_BUFFER.match(last)):
            # a size (`AES_BLOCK_SIZE`, `rsa.KeySize`); a type of sizes is a type (`AESKeySize`), but not a
            # buffer's type named for its length (lakers' `BytesP256ElemLen`: `[u8; P256_ELEM_LEN]`)
            return None
        # a type in a module (`ed25519::Pair`, `rsa.PublicKey`) or a type's constant (`Secp256k1::G`)
        # (a hash's constant is the hash's, whatever module holds it: `rsa_hash.SHA512`)
        # (a module led by its algorithm: `ed25519::Pair`, `x25519_dalek::PublicKey`, `ed25519_blake2b.
        # SigningKey`; not a package whose name merely holds one, whose every type would be the algorithm's:
        # `btclib_secp256k1.BytesLike`)
        in_module = in_module and receiver[:1].islower() and not _NAMES_A_HASH.search(last)
        led = _ONE_WORD.fullmatch(receiver.lstrip("_")) is not None or _led_by_a_word(receiver, finder)
        in_module = in_module and (bool(outer) or led)
        if in_module and outer:
            return f"{last}.{receiver}.{outer}"
        return f"{last}.{receiver}" if of_a_class or in_module else last
    if of_a_class:
        return f"{last}.{receiver}"
    # a member of an object named after its algorithm alone (`rsa.modulus`, `rsa.q`: the key's parts): the
    # object's words only (`self._saved_rsa_key` is a variable's name)
    # (not a padding's: `pss.rawRepresentation` is a signature's bytes)
    if _A_SIZE.search(last):
        return None  # a size asked of an object (`eddsa.encodingLength`)
    if receiver.lstrip("_") in _C_LIBRARIES:
        return last  # a C library's function handed on (`lib.secp256k1_ec_pubkey_tweak_add`, cffi)
    if in_module and _CURVE_PARAMETERS.fullmatch(receiver):
        return receiver  # a curve's parameter (`Field(secp256k1_CURVE.p, ...)`, `secp256k1_CURVE.n`)
    by_object = in_module and _ONE_WORD.fullmatch(receiver) and receiver not in SELF | WEAK
    if in_module and _A_FUNCTION.search(last):
        # a function handed on by its name (`sign_func = asymmetric.rsa_pkcs1v15_sign`), of a module named
        # after its algorithm too (`aes::ctr256_encrypt`)
        return f"{last}.{receiver}" if by_object else last
    return receiver if by_object else None


def _is_upper(char: str) -> bool:
    return char.isalpha() and char.isupper()


def _is_lower(char: str) -> bool:
    return char.isalpha() and char.islower()


def _starts_word(text: str, at: int, end: int, fused: bool) -> bool:
    if at == 0 or not text[at - 1].isalpha() or text[at].isdigit():
        return True  # a separator, a digit before it, or digits after letters (`decrypt3DES`)
    if _is_lower(text[at - 1]) and _is_upper(text[at]):
        return True  # camelCase: `setRsa`, `CryptographyRSA`
    if not (_is_upper(text[at - 1]) and _is_upper(text[at])):
        return False
    if at + 1 < len(text) and _is_lower(text[at + 1]):
        return True  # an acronym, then a capitalized word: `JWKRsaCfg`
    # fused to the acronym before it and ending it: `JWKRSA`, `KEY_SSHRSA`, `hmacWithSHA1` (not `UNIVERSAL`,
    # nor a number going on: nfcpy's `CMD212F` is no MD2)
    if end < len(text) and text[end].isdigit() and text[end - 1].isdigit():
        return False
    return fused and (end == len(text) or not _is_upper(text[end]) or _ends_word(text, end))


def _ends_word(text: str, end: int) -> bool:
    if end == len(text) or not text[end].isalpha() or text[end - 1].isdigit():
        return True  # a separator, a digit, or a letter after digits (`Ed25519PrivateKey`)
    if _is_upper(text[end]) and _is_lower(text[end - 1]):
        return True  # `rsaKey`, `RsaKey`
    if end >= 2 and _is_upper(text[end - 1]) and _is_upper(text[end - 2]) and _A_LOWER_VERB.match(text, end):
        return True  # an acronym, then its operation in lower case (jsbn's `RSAdecrypt`, `AESencrypt`) or
        # its hash (ontology-ts-sdk's `ECDSAwithSHA256`)
    if _is_lower(text[end - 1]) and _A_FUSED_KEY.match(text, end):
        return True  # a key's type in lower case, as wasm-bindgen exports a Rust type's methods
        # (@hazae41/rsa.wasm's `wasm.rsaprivatekey_new(...)`, `rsapublickey_to_public_key_der`, round 137)
    # an acronym ends where its last capital starts a capitalized word: `RSAKey`, not `RSAES` or `DESC`
    acronym = _is_upper(text[end - 1]) and _is_upper(text[end])
    if acronym and end + 1 < len(text) and _is_lower(text[end + 1]):
        return True
    # ... or, five capitals long or more, where another acronym follows it in a type's name (zkpassport's
    # `ECDSADSCDataInputs`, a document signer certificate's); a shorter one stays fused (`DESCRIPTOR`)
    return (
        acronym
        and end >= MIN_FUSED_ACRONYM
        and text[end - MIN_FUSED_ACRONYM : end].isupper()
        and (_ANOTHER_ACRONYM.match(text, end) is not None)
    )


MIN_FUSED_ACRONYM = 5
_ANOTHER_ACRONYM = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z])")


_A_FUSED_KEY = re.compile(r"(?:private|public|signing|verifying|secret)key(?![a-z])|keypair(?![a-z])")
_A_LOWER_VERB = re.compile(r"(?:en|de)crypt|sign|verify|keygen|generate|with(?=[A-Z0-9])")
_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """A pattern matching any of the words, the longest at a place: the words as a trie (`aes(?:gcm|cbc)?`).
    Fourteen times faster than their alternation, which `re` tries word by word at every place."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"

    return pattern(root)


# `EC` and DSA written apart: ECDSA (akeyless' `verify_ec_dsa`), not DSA (`ec_dh` is read as ECDH already)
_EC_SPLIT = {"dsa": "ecdsa"}
_AN_EC_PREFIX = re.compile(r"(?<![A-Za-z])(?i:ec)[_-]")


class WordFinder:
    """Finds the words of a set standing in a name (each word in lower case; any case matches)."""

    def __init__(
        self, words: tuple[str, ...], unfused: frozenset[str] = UNFUSED, weak: frozenset[str] = WEAK
    ) -> None:
        ordered = sorted(set(words), key=lambda w: (-len(w), w))  # the longest word at a place wins
        self._pattern = re.compile(_trie(ordered), re.IGNORECASE)
        # each word with the words it starts with, longest first: a shorter one may stand where the longer
        # does not (`EcDhEphemeral` holds `ecdh`, not `ecdhe`)
        self._prefixes = {word: tuple(w for w in ordered if word.startswith(w)) for word in ordered}
        self._unfused = unfused  # words never read fused to capitals before them (`des`: `NODES`, `CODES`)
        self._weak = weak

    def find_all(self, text: str) -> tuple[NamedWord, ...]:
        """The words standing in `text`, each once (a hybrid's name holds two: `MLDSA65_Ed25519`); a weak word
        (a padding or key format of one algorithm's standard: `pkcs1`) only when no other word stands in it
        (`writePkcs1ECDSAPrivate` is ECDSA)."""
        words = list(dict.fromkeys(self._all(text)))
        if any(word.word in SCHEMES for word in words):
            words = [word for word in words if word.word not in SCHEME_CURVES]
        if any(word.word in EC_EXCHANGES for word in words):
            words = [word for word in words if word.word not in DIFFIE_HELLMAN]
        if "edwards" in text and _AN_EDWARDS_MODULE.search(text):
            words = [NamedWord("ed25519", None) if w.word == "curve25519" else w for w in words]
        strong = tuple(word for word in words if word.word not in self._weak)
        return strong or tuple(words[:1])

    def _all(self, text: str) -> list[NamedWord]:
        found: list[NamedWord] = []
        at = 0
        while len(found) < MAX_WORDS and (next_one := self._find(text, at)) is not None:
            word, at = next_one
            found.append(word)
        return found

    def _find(self, text: str, at: int) -> tuple[NamedWord, int] | None:
        """The first word standing in `text` from `at`, and where it ends. Where a word is found but does not
        stand, the next word is looked for past it: a word inside it is part of it (`HKDFAES256` holds AES,
        fused and so not read, not ES256), unless a capital inside it starts a word (`encodeSecp256k1`: `des`
        does not stand, `Secp256k1` does)."""
        while (found := self._pattern.search(text, at)) is not None:
            start = found.start()
            tried = self._prefixes[found.group().lower()]
            for word in tried:
                if (standing := self._standing(text, start, start + len(word))) is not None:
                    return standing
            end = start + len(tried[-1])
            # (past it, or to a capital inside it that starts a word of its own: `encodeSecp256k1`)
            at = next(
                (i for i in range(start + 1, end) if _is_lower(text[i - 1]) and _is_upper(text[i])), end
            )
        return None

    def _standing(self, text: str, start: int, end: int) -> tuple[NamedWord, int] | None:
        """The word at `start:end`, if it stands as a word there."""
        word = text[start:end].lower()
        if word in _NIST_CURVES and end < len(text) and _is_lower(text[end]):
            return None  # a parameter set's name (`p256s`: SPHINCS+'s 256-bit "small" set), not the curve
        if word in _NUMBERS_GO_ON and end < len(text) and text[end].isdigit():
            return None  # another number (`ARC28`, an Algorand standard; Nordic's `SHA128`)
        if word in _OTHER_MEANINGS and _means_else(text, start, end, *_OTHER_MEANINGS[word]):
            return None  # another thing spelled so where it stands (`_OTHER_MEANINGS`)
        if word in _CAPITALS_ONLY and not text[start:end].isupper():
            return None  # (`_CAPITALS_ONLY`)
        if end - start <= 3 and text[start].islower() and not text[start:end].islower():
            return None  # a short word's letters in a case no one writes it in: another thing's (pcsxr's
            # MIPS disassembler macro `dSa()`, the shift amount, round 402), not DSA
        digits = None if word[-1].isdigit() else _DIGITS.match(text, end)
        stop = digits.end() if digits else end
        # (an acronym fused to a hash's after it ends there: `RSASHA256`, `OIDDigestAlgorithmECDSASHA384`)
        ends = (
            _ends_word(text, end)
            or (digits is not None and _ends_word(text, stop))
            or _A_HASH_AFTER.match(text, end)
        )
        if ends and _starts_word(text, start, end, word not in self._unfused):
            split = start >= 3 and _AN_EC_PREFIX.fullmatch(text, start - 3, start) is not None
            joined = _EC_SPLIT.get(word) if split else None
            if joined is not None and joined in self._prefixes:
                word = joined  # an elliptic-curve acronym split in two (`_EC_SPLIT`)
            return NamedWord(word, digits.group(1) if digits else None), end
        return None


@lru_cache(maxsize=CACHED_NAMES)
def verb(part: str) -> str | None:
    """What a call's name says it does (`rsa_sign` signs, `generateRsaKeyPair` generates), if it says: its
    first verb (`decrypt_and_verify` decrypts, `verifySignature` verifies); the NIST API's signing key pair
    is made, not a signature (`crypto_sign_keypair`, @theqrl/mldsa87's `cryptoSignKeypair`); a signed message
    opened is verified (`crypto_sign_open`)."""
    if _A_SIGNING_KEY_PAIR.search(part):
        return "keygen"
    if _A_SIGNED_MESSAGE_OPENED.search(part):
        return "verify"
    found = [(match.start(), function) for pattern, function in _VERBS if (match := pattern.search(part))]
    return min(found)[1] if found else None
