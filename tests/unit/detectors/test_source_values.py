"""Values the source detector resolves beyond the call's own line: sizes set later, algorithm names held in
constants or joined literals, the family a bare curve name stands for, and text meant for people."""

from __future__ import annotations

from pathlib import Path

from qready.detectors.source import match
from qready.engine import scan
from qready.model import Finding, SourceSpan


def _findings(root: Path) -> list[Finding]:
    found = [f for f in scan(root, workers=1).findings if isinstance(f.location, SourceSpan)]
    return sorted(found, key=lambda f: (f.location.path, f.location.line or 0))


def _row(f: Finding) -> tuple[str, int | None, str, str | None, int | None]:
    return (f.location.path, f.location.line, f.algorithm.family, f.function, f.algorithm.key_size)


JAVA = """\
import java.security.KeyPairGenerator;
import javax.crypto.Cipher;

class Keys {
    private static final String WRAP = "RSA/ECB/" + "OAEPWithSHA-256AndMGF1Padding";

    void make() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        kpg.initialize(3072);
        Cipher wrap = Cipher.getInstance(WRAP);
        Cipher legacy = Cipher.getInstance("DESede/" + "CBC/PKCS5Padding");
    }
}
"""


def test_a_size_set_later_and_names_held_in_constants_or_joined(tmp_path: Path) -> None:
    (tmp_path / "Keys.java").write_text(JAVA, encoding="utf-8")
    findings = {f.location.line: f for f in _findings(tmp_path)}
    keygen = findings[8]
    assert (keygen.algorithm.family, keygen.function, keygen.algorithm.key_size) == ("RSA", "keygen", 3072)
    assert ("parameterSetIdentifier", "assignment") in keygen.provenance
    assert ("parameterSetIdentifier:location", "Keys.java:9") in keygen.provenance
    wrap = findings[10]
    assert (wrap.algorithm.family, wrap.algorithm.padding) == ("RSA", "oaep")
    assert ("algorithm", "constant") in wrap.provenance
    assert ("algorithm:location", "Keys.java:5") in wrap.provenance
    assert findings[11].algorithm.family == "3DES"
    assert 9 not in findings, "initialize(3072) names no algorithm on its own line"


PYTHON = """\
import logging
import ssl

log = logging.getLogger(__name__)
JWK = {"kty": "EC", "crv": "secp256k1"}
TLS_GROUPS = ["secp384r1", "X25519"]
log.warning("RS256")
ALG = "RS256"
"""


def test_a_curve_name_signs_unless_its_line_is_about_key_exchange_and_messages_are_not_uses(
    tmp_path: Path,
) -> None:
    (tmp_path / "conf.py").write_text(PYTHON, encoding="utf-8")
    rows = [(f.location.line, f.algorithm.family, f.algorithm.curve) for f in _findings(tmp_path)]
    # line 7 is a log message: it names RS256 without using it
    assert rows == [(5, "ECDSA", "secg/secp256k1"), (6, "ECDH", "nist/P-384"), (8, "RSA", None)]


def test_a_call_chain_split_over_lines_is_one_name(tmp_path: Path) -> None:
    (tmp_path / "digest.js").write_text(
        "const forge = require('node-forge');\nconst md = forge.md.sha1\n  .create();\n", encoding="utf-8"
    )
    assert [_row(f) for f in _findings(tmp_path)] == [("digest.js", 2, "SHA-1", "digest", None)]


def test_a_call_ending_a_chain_over_lines_is_on_the_line_naming_it(tmp_path: Path) -> None:
    # `.ed25519Signer` is called on line 3; `.sign` of what it returned adds nothing on the chain's first line
    # (the comment between the chain's links is no part of its name)
    (tmp_path / "sign.mjs").write_text(
        "export function signIt (keys, seed, msg) {\n  const sig = keys\n    .ed25519Signer(seed) // signer\n"
        "    .sign(msg)\n  return sig\n}\n",
        encoding="utf-8",
    )
    assert [_row(f) for f in _findings(tmp_path)] == [("sign.mjs", 3, "EdDSA", "sign", 256)]


def test_each_finding_says_what_kind_of_code_it_is_in(tmp_path: Path) -> None:
    for rel in ("app/digest.py", "tests/test_digest.py", "vendor/lib/digest.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("import hashlib\nhashlib.md5(b'')\n", encoding="utf-8")
    assert [(f.location.path, f.context) for f in _findings(tmp_path)] == [
        ("app/digest.py", "production"),
        ("tests/test_digest.py", "test"),
        ("vendor/lib/digest.py", "vendored"),
    ]


def test_an_operation_given_an_object_held_in_a_variable(tmp_path: Path) -> None:
    (tmp_path / "wrap.py").write_text(
        "from cryptography.hazmat.primitives import hashes\n"
        "from cryptography.hazmat.primitives.asymmetric import padding\n"
        "\n"
        "def wrap(public, data):\n"
        "    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)\n"
        "    return public.encrypt(data, oaep)\n",
        encoding="utf-8",
    )
    assert [_row(f)[1:4] for f in _findings(tmp_path)] == [(5, "RSA", "reference"), (6, "RSA", "encrypt")]


def test_a_variable_assigned_at_the_end_of_a_long_line_is_followed(tmp_path: Path) -> None:
    """Only the end of the line before the expression is searched for `name =` (a long line costs nothing
    more); a name cut by that window is not taken for another."""
    prefix = "".join(f"v{i} = {i}; " for i in range(800))  # about 8,000 characters of statements
    assert len(prefix) > 4 * match.ASSIGNMENT_TAIL
    (tmp_path / "wrap.py").write_text(
        "from cryptography.hazmat.primitives import hashes\n"
        "from cryptography.hazmat.primitives.asymmetric import padding\n"
        "\n"
        "def wrap(public, data):\n"
        f"    {prefix}oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256())\n"
        "    return public.encrypt(data, oaep)\n",
        encoding="utf-8",
    )
    assert [_row(f)[1:4] for f in _findings(tmp_path)] == [(5, "RSA", "reference"), (6, "RSA", "encrypt")]
    spec = type("S", (), {"name": "python"})()
    extraction = type("E", (), {"lines": ["x" * 300 + " = padding.OAEP()"], "spec": spec})()
    matcher = match.Matcher((), None, "a.py", extraction, "production")  # type: ignore[arg-type]
    assert matcher._assigned(1, 304) is None  # a 300-character name: longer than the window, not taken


def test_a_jwt_algorithm_takes_the_function_of_the_call_it_is_given_to(tmp_path: Path) -> None:
    (tmp_path / "tokens.py").write_text(
        "import jwt\n"
        "token = jwt.encode(claims, key, algorithm='ES256')\n"
        "claims = jwt.decode(token, public, algorithms=['ES256'])\n"
        "text = payload.decode('utf-8')\n",
        encoding="utf-8",
    )
    assert [_row(f)[1:4] for f in _findings(tmp_path)] == [(2, "ECDSA", "sign"), (3, "ECDSA", "verify")]


def test_a_cipher_suite_list_names_each_algorithm_of_each_suite(tmp_path: Path) -> None:
    (tmp_path / "tls.py").write_text(
        "import ssl\n"
        "SUITES = 'ECDHE-ECDSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384'\n"
        "CIPHER = 'aes-256-gcm'\n",
        encoding="utf-8",
    )
    found = {(f.location.line, f.algorithm.name) for f in _findings(tmp_path)}
    assert found == {
        (2, "ECDH"),
        (2, "ECDSA"),
        (2, "FFDH"),
        (2, "RSA"),
        (2, "AES-128-GCM"),  # one finding per line and family
        (3, "AES-256-GCM"),  # a cipher's own name: one algorithm, not a suite
    }


def test_rust_items_a_cfg_if_chooses_among_are_code_and_openssl_ciphers_keep_their_size(
    tmp_path: Path,
) -> None:
    (tmp_path / "aead.rs").write_text(
        "cfg_if::cfg_if! {\n"
        "    if #[cfg(ossl110)] {\n"
        "        fn ocb(len: usize) -> &'static CipherRef {\n"
        "            match len {\n"
        "                16 => openssl::cipher::Cipher::aes_128_ocb(),\n"
        "                _ => openssl::cipher::Cipher::aes_256_ocb(),\n"
        "            }\n"
        "        }\n"
        "        pub const SSL_OP_ALL: c_ulong = SSL_OP_TLSEXT_PADDING\n"
        "            | SSL_OP_SAFARI_ECDHE_ECDSA_BUG;\n"
        "    }\n"
        "}\n",
        encoding="utf-8",
    )
    rows = [(f.location.line, f.algorithm.name, f.function) for f in _findings(tmp_path)]
    assert rows == [(5, "AES-128", "encrypt"), (6, "AES-256", "encrypt"), (10, "ECDSA", "reference")]


def test_a_name_given_a_key_in_pem_is_no_use(tmp_path: Path) -> None:
    """fastapi-users' JWT tests (round 62 of the source audit): a constant given a key's PEM text, in triple
    quotes or as bytes, selects nothing; the key itself is the keys detector's, and a use on the next line
    stays one."""
    (tmp_path / "test_jwt.py").write_text(
        'RSA_PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----\n'
        "MIIEow\n"
        '-----END RSA PRIVATE KEY-----"""\n'
        "ECDSA_PUBLIC_KEY = b'-----BEGIN PUBLIC KEY-----\\nMFkw\\n-----END PUBLIC KEY-----'\n"
        'ALGORITHM_RSA = "RS256"\n',
        encoding="utf-8",
    )
    assert [_row(f)[1:4] for f in _findings(tmp_path)] == [(5, "RSA", "reference")]


def test_a_row_on_a_files_first_line_is_read_without_failing(tmp_path: Path) -> None:
    # the code-table check reads the lines around a row: on line 1 there is none above (it raised IndexError,
    # and the file's findings were lost to a failed Outcome)
    (tmp_path / "kty.py").write_text('EC = "EC"\nRSA = "RSA"\n')
    inventory = scan(tmp_path, workers=1)
    assert list(inventory.problems()) == []
    assert sorted((getattr(f.location, "line", 0), f.algorithm.family) for f in inventory.findings) == [
        (1, "ECDSA"),
        (2, "RSA"),
    ]
