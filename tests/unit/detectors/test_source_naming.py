"""Names a project gives after an algorithm (naming.py, rules/named.toml): which word a name holds, which
part of a site's name counts, and what the prefilter looks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from qready.detectors.source.naming import NamedWord, WordFinder, named_part, names_a_size, verb
from qready.detectors.source.prefilter import Literal
from qready.detectors.source.rule_index import _reports
from qready.detectors.source.rules import named_globs, rules_for
from qready.detectors.source.vocabulary import name_words
from qready.engine import scan
from qready.model import SourceSpan

WORDS = WordFinder(tuple(word for rule in rules_for("named") for word in rule.words))


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("rsa_key", NamedWord("rsa", None)),
        ("setRsaPadding", NamedWord("rsa", None)),
        ("CryptographyRSAKey", NamedWord("rsa", None)),
        ("RSA2048", NamedWord("rsa", "2048")),
        ("aes_128_gcm_encrypt", NamedWord("aes", "128")),
        ("decrypt3DES", NamedWord("3des", None)),
        ("EcDsaSigner", NamedWord("ecdsa", None)),  # not DSA: the longest word at a place wins
        ("ml_dsa_65_sign", NamedWord("ml_dsa", "65")),
        ("isSlhDsa", NamedWord("slhdsa", None)),
        ("NIST256p", NamedWord("nist256p", None)),
        ("Ed25519PrivateKey", NamedWord("ed25519", None)),
        ("UNIVERSAL", None),  # RSA inside a longer word
        ("conversation", None),
        ("describe", None),
        ("DESCRIPTION", None),
        ("pyrsa_pem", None),
        ("RSAES", NamedWord("rsaes", None)),
        ("JWKRSA", NamedWord("rsa", None)),  # fused to the acronym before it, and ending it
        ("JWKRsaCfg", NamedWord("rsa", None)),
        ("LIBSSH2_KNOWNHOST_KEY_SSHRSA", NamedWord("rsa", None)),
        ("hmacWithSHA1", NamedWord("sha1", None)),
        ("NODES", None),  # `des` is never read fused
        ("encryptPKCS1v15Bytes", NamedWord("pkcs1", None)),
        ("load_pkcs12", NamedWord("pkcs12", None)),  # a word of its own (rule "named.not-an-algorithm")
        ("kex_method_diffie_helman_group16", NamedWord("diffie", None)),
        ("writePkcs1ECDSAPrivate", NamedWord("ecdsa", None)),  # a padding or key format word yields
        ("CRC2", None),  # zlib's, not RC2
        ("ARC2", NamedWord("arc2", None)),
        ("md51", NamedWord("md5", None)),
        ("CMD212F", None),  # nfcpy's 212 kbps frame: fused to capitals, its number goes on
        ("CMD5", NamedWord("md5", None)),
        ("BRAINPOOLP256t1", NamedWord("brainpoolp256t1", None)),  # not P-256
        ("EcDhEphemeralKeyInfo", NamedWord("ecdh", None)),  # not `ecdhe`: the shorter word stands
        ("ECC_SECG_P256K1", NamedWord("p256k1", None)),  # AWS's secp256k1 key spec, not P-256
        ("NUMSP256D1", NamedWord("numsp256d1", None)),  # Microsoft's NUMS curve: no algorithm, not P-256
        ("jwskate.jwa.encryption.aesgcm", NamedWord("aesgcm", None)),  # fused to its mode
        ("three_des_key_setup", NamedWord("three_des", None)),
        ("LIBCAES_CRYPT_MODE_ENCRYPT", None),  # libyal's libcaes: `aes` is never read fused, as `des` is not
        ("secp256k1_fe_mul", NamedWord("secp256k1_fe", None)),  # libsecp256k1's field arithmetic: no scheme
    ],
)
def test_a_word_counts_only_where_it_stands_as_a_word_of_the_name(name: str, found: NamedWord | None) -> None:
    assert WORDS.find_all(name)[:1] == ((found,) if found else ())


@pytest.mark.parametrize(
    ("kind", "name", "part"),
    [
        ("ref", "def:RsaSigner", "RsaSigner"),
        ("import", "jose.backends.RSAKey", "jose.backends.RSAKey"),  # a module named after one counts too
        ("call", "m2.rsa_verify_pkcs1_pss", "rsa_verify_pkcs1_pss.m2"),  # a one-word receiver: its words too
        ("call", "self.rsa_key.sign", "sign.rsa_key"),  # an operation: the object says what it works on
        ("call", "RsaCrypto.exportKey", "exportKey.RsaCrypto"),  # a class's method
        ("call", "keys.load", "load.keys"),  # a module or object named in one word: no algorithm word here
        ("ref", "ecdsa.curves.NIST256p", "NIST256p.curves.ecdsa"),  # in a module of a module: their words too
        ("ref", "expo.modules.crypto.aes.records.SealedData", "SealedData.records"),  # a deeper package's: no
        ("ref", "./aes.types.BinaryInput", "BinaryInput.types"),  # a project file's module's: no
        ("ref", "rsa_hash.SHA512", "SHA512"),  # a hash's constant is the hash's, whatever module holds it
        ("call", "ed25519.sha256digest", "sha256digest"),  # a hash a module's function names: the hash's
        ("call", "PUB_ECDSA_521.split", "split"),  # text taken apart
        ("call", "ECDSA.toLowerCase", "toLowerCase.ECDSA"),  # a name normalized to be compared
        ("call", "aes_cipher.decrypt_and_verify", "decrypt_and_verify.aes_cipher"),  # an operation's name
        ("ref", "sp_core::ed25519::Pair", "Pair.ed25519"),
        ("ref", "'third_party/fiat/asm/fiat_curve25519_adx_mul.S'", "S"),  # a file's name in a string
        ("call", "sp_core::ed25519::Pair::from_seed_slice", "from_seed_slice.Pair.ed25519"),
        ("call", "self.x25519_private.compute_public_key", "compute_public_key.x25519_private"),
        ("ref", "'signPKCS1v15'", "signPKCS1v15"),  # a native method named in a string
        ("ref", "'exportKeyFile'", None),  # ... about a file
        ("ref", "self.rsa_key", None),  # a variable, not a type or a constant
        ("ref", "RSA_KEY_BITS", None),  # a size
        ("ref", "SERVER_RSA_KEY_FILE", None),  # a file
        ("ref", "def:rsa_error", None),  # an error
        ("ref", "def:set_secp256k1_recover_cost", None),  # a price
        ("call", "RsaPrivateKey.from_file", "RsaPrivateKey"),  # a class built from a file: the class
        ("call", "import_rsa_key_from_file", "import_rsa_key"),  # where the key comes from is not what it is
        ("call", "rsa.from_file", None),
        ("ref", "_RC4", "_RC4"),  # a private class
        ("call", "._curve25519.make_shared", "make_shared._curve25519"),  # a private module named after one
        ("ref", "btclib_secp256k1.BytesLike", "BytesLike"),  # a package also named after one: not its types
        ("ref", "x25519_dalek.PublicKey", "PublicKey.x25519_dalek"),  # a library that is its algorithm
        ("call", "aesgcm.NonceSize", "NonceSize"),  # a size asked of it is not an operation on it
        ("call", "NodeECDsa.getSignatureLength", "getSignatureLength.NodeECDsa"),  # a class's
    ],
)
def test_the_part_of_a_name_that_says_what_a_site_is(kind: str, name: str, part: str | None) -> None:
    assert named_part(kind, name) == part


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("CryptoPublicKeyBytes", True),
        ("KEY_LEN", True),
        ("rsaBits", True),
        ("xmss.RANDOMNESS_LEN_FE", True),  # a count of field elements (round 169)
        ("MESSAGE_LEN_FE", True),
        ("SIG_SIZE_WORDS", True),
        ("XmssPublicKey", False),
        ("FE_LEN_KEY", False),
        ("AES_128_CT", False),
    ],
)
def test_a_size_is_named_by_its_last_word_or_a_size_word_and_its_unit(name: str, size: bool) -> None:
    assert names_a_size(name) is size


def test_a_module_led_by_an_algorithm_word_names_its_types() -> None:
    assert named_part("ref", "ed25519_blake2b.SigningKey", WORDS) == "SigningKey.ed25519_blake2b"
    assert named_part("ref", "btclib_secp256k1.BytesLike", WORDS) == "BytesLike"


def test_what_a_call_name_says_it_does() -> None:
    names = [
        "rsa_sign",
        "generateRsaKeyPair",
        "aes_decrypt",
        "ecdh_derive",
        "md5_hexdigest",
        "rsa_key.sign",
        "RSAKey",
        "decrypt_and_verify",  # the first verb of the name
        "verifySignature",
        "encrypt_and_digest",
        "signData",
        "ecdsaSign",
        "RSA_SIGN",
        "signal",
        "assign",
        "DESIGN",
        "signIn",
    ]
    assert [verb(name) for name in names] == [
        "sign",
        "keygen",
        "decrypt",
        "key-agree",
        "digest",
        "sign",
        None,
        "decrypt",
        "verify",
        "encrypt",
        "sign",
        "sign",
        "sign",
        None,
        None,
        None,
        None,
    ]


def test_the_prefilter_looks_for_common_words_whole_or_between_underscores_long_ones_in_any_case() -> None:
    assert named_globs(("des", "rsa", "tripledes")) == (
        "des", "des_*", "*_des", "*_des_*", "DES", "DES_*", "*_DES", "*_DES_*",
        "rsa*", "*_rsa*", "*Rsa*", "*RSA*",
        "~tripledes",  # a long word: any case, anywhere (`TripleDES`)
    )  # fmt: skip
    assert name_words("~tripledes") == (Literal("tripledes", caseless=True, left=False, right=False),)
    # four letters and no digit: any case too (nassl's `EcDhEphemeralKeyInfo`); `sha1` keeps its forms
    assert named_globs(("ecdh", "sha1")) == ("~ecdh", "sha1*", "*_sha1*", "*Sha1*", "*SHA1*")
    # a word starting with digits is capitalized at its first letter (QEMU's `QCryptoCipherAlgorithm3Des`)
    assert named_globs(("3des",)) == ("3des*", "*_3des*", "*3Des*", "*3DES*")


def test_a_word_after_digits_is_found_capitalized_with_no_other_spelling_on_the_line(tmp_path: Path) -> None:
    (tmp_path / "qapi.go").write_text(
        "package raw\n\ntype QCryptoCipherAlgorithm int\n\nconst (\n"
        "\tQCryptoCipherAlgorithmAes128 QCryptoCipherAlgorithm = iota\n\tQCryptoCipherAlgorithm3Des\n)\n",
        encoding="utf-8",
    )
    found = sorted(
        (f.location.line, f.rule_id, f.algorithm.family)
        for f in scan(tmp_path, workers=1).findings
        if isinstance(f.location, SourceSpan)
    )
    assert found == [(6, "named.aes", "AES"), (7, "named.3des", "3DES")]


def test_names_are_findings_where_no_library_rule_speaks_of_the_line(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "from cryptography.hazmat.primitives.asymmetric import ec\n"
        "from .backends import RSAKey\n"
        "\n"
        "def aes256_seal(key, data):\n"
        "    return key\n"
        "\n"
        "def test_rsa_roundtrip():\n"
        "    LOG.error_rsa(RSA_KEY_FILE)\n"
        "\n"
        "curve = ec.SECP384R1()\n"
        "store = load_pkcs12(data)\n"
        "signature = rsa_key.sign(data)\n",
        encoding="utf-8",
    )
    found = sorted(
        (f.location.line, f.rule_id, f.algorithm.name, f.function)
        for f in scan(tmp_path, workers=1).findings
        if isinstance(f.location, SourceSpan)
    )
    assert found == [
        (1, "py.cryptography.import-ec", "ECDSA", "reference"),
        (2, "named.rsa", "RSA", "reference"),
        (4, "named.aes", "AES-256", "reference"),
        (10, "py.cryptography.ec-curve", "ECDSA-P-384", "reference"),  # the library rule, not named.p384
        (12, "named.rsa", "RSA", "sign"),
    ]


@pytest.mark.parametrize(
    ("name", "reports"),
    [
        ("def:test_rsa_roundtrip", True),
        ("def:__test_elliptic_curve_elgamal", True),  # a test function kept from the runner (lightphe)
        ("des_test", True),  # libtomcrypt's self-test of DES
        ("MD5Tests", True),
        ("DSADomainTest", True),
        ("RSATestCase", True),
        ("Section1ValidDSASignaturesTest4", True),  # a numbered test (NIST PKITS in BoringSSL)
        ("MD4_SSL_Test", True),  # passlib's test class
        ("rsa_sign_no_self_test", False),  # BoringSSL's RSA signature, without the FIPS self-test
        ("ecdsa_sign_fixed_with_nonce_for_known_answer_test", False),
        ("LOG.error_rsa", True),
        ("RsaSigner", False),
    ],
)
def test_test_log_and_error_names_are_not_uses(name: str, reports: bool) -> None:
    assert _reports(name) is reports


def test_test_data_and_a_quoted_test_name_are_not_uses() -> None:
    assert named_part("ref", "LIBSSH_ECDSA_256_TESTKEY") is None  # libssh's test key
    assert named_part("ref", "ECDSA_256_KEY_TYPE") == "ECDSA_256_KEY_TYPE"
    assert _reports("'MD4_SSL_Test'")  # a test class named in a string (passlib's test registry)


def test_the_word_finder_matches_the_longest_word_at_a_place_through_a_trie() -> None:
    from qready.detectors.source.naming import WordFinder, _trie

    assert _trie(["3des", "aes", "aescbc", "aesgcm", "des"]) == "(?:3des|aes(?:cbc|gcm)?|des)"
    assert _trie(["ab", "abc"]) == "ab(?:c)?"
    finder = WordFinder(("aes", "aesgcm", "des", "ecdh", "ecdhe"))
    # the longest word that stands wins; where it does not stand, a shorter one may (`EcDhEphemeral`)
    assert [w.word for w in finder.find_all("encryptAesGcm")] == ["aesgcm"]
    assert [w.word for w in finder.find_all("EcDhEphemeral")] == ["ecdh"]
    assert [(w.word, w.digits) for w in finder.find_all("aes256_then_DES")] == [("aes", "256"), ("des", None)]
