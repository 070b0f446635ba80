"""Constants a source file takes from another file of the scanned project (detectors/source/imported.py):
the algorithm or size a call is given by name, defined in the module, class or package it comes from, with
that file and line as its provenance; never read from outside the scanned target."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from qready.detectors.source import imported
from qready.engine import scan
from qready.model import Finding, SourceSpan


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def _uses(root: Path) -> dict[tuple[str, int | None], Finding]:
    """The findings that are no bare reference, by file and line."""
    found = scan(root, workers=1).findings
    return {
        (f.location.path, f.location.line): f
        for f in found
        if isinstance(f.location, SourceSpan) and f.function != "reference"
    }


def _shown(f: Finding) -> tuple[str, str | None, int | None, str | None, str | None]:
    params = dict(f.provenance)
    kind = "algorithm" if "algorithm" in params else "parameterSetIdentifier"
    return (
        f.algorithm.name,
        f.function,
        f.algorithm.key_size,
        params.get(kind),
        params.get(f"{kind}:location"),
    )


PYTHON = {
    "pkg/__init__.py": "",
    "pkg/config.py": 'CIPHER_NAME = "sha1"\nKEY_BITS = 1024\n',
    "pkg/settings.py": 'HASH = "md5"\n',
    "pkg/sub/__init__.py": "",
    "pkg/sub/use.py": (
        "import hashlib\n"
        "from cryptography.hazmat.primitives.asymmetric import rsa\n"
        "from ..config import CIPHER_NAME, KEY_BITS\n"
        "from .. import settings\n"
        "from pkg.settings import HASH\n"
        "\n"
        "def digest(data):\n"
        "    a = hashlib.new(CIPHER_NAME, data)\n"
        "    b = hashlib.new(settings.HASH, data)\n"
        "    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)\n"
        "    c = hashlib.new(HASH, data)\n"
        "    return a, b, c, key\n"
    ),
}


SCRIPTS = {
    "lib/consts.ts": "export const HASH = 'sha1';\n",
    "config.js": "const CIPHER = 'des-ede3-cbc';\nmodule.exports = { CIPHER };\n",
    "app.ts": (
        "import { createHash } from 'crypto';\n"
        "import { HASH } from './lib/consts';\n"
        "export const h = (data: string) => createHash(HASH).update(data).digest('hex');\n"
    ),
    "box.js": (
        "const crypto = require('crypto');\n"
        "const cfg = require('./config');\n"
        "module.exports = (key, iv) => crypto.createCipheriv(cfg.CIPHER, key, iv);\n"
    ),
}


COMMONJS = {
    "config.js": (
        "module.exports = {\n"
        "  CIPHER: 'des-ede3-cbc',\n"
        "  nested: {\n"
        "    HASH: 'md5',\n"
        "  },\n"
        "  HASH: 'sha1',\n"
        "};\n"
    ),
    "legacy.js": "exports.SIGNING = 'RSA-SHA1';\n",
    "box.js": (
        "const crypto = require('crypto');\n"
        "const cfg = require('./config');\n"
        "const legacy = require('./legacy');\n"
        "exports.seal = (key, iv) => crypto.createCipheriv(cfg.CIPHER, key, iv);\n"
        "exports.sum = (data) => crypto.createHash(cfg.HASH).update(data).digest('hex');\n"
        "exports.sign = (data, key) => crypto.createSign(legacy.SIGNING).update(data).sign(key);\n"
    ),
}


JAVA = {
    "src/com/acme/config/Constants.java": (
        "package com.acme.config;\n\npublic final class Constants {\n"
        '    public static final String TRANSFORMATION = "DES/CBC/PKCS5Padding";\n}\n'
    ),
    "src/com/acme/crypto/Local.java": (
        'package com.acme.crypto;\n\nfinal class Local {\n    static final String DIGEST = "MD5";\n}\n'
    ),
    "src/com/acme/crypto/Box.java": (
        "package com.acme.crypto;\n\n"
        "import com.acme.config.Constants;\n"
        "import javax.crypto.Cipher;\n"
        "import java.security.MessageDigest;\n\n"
        "class Box {\n"
        "    byte[] seal(byte[] data) throws Exception {\n"
        "        Cipher cipher = Cipher.getInstance(Constants.TRANSFORMATION);\n"
        "        MessageDigest md = MessageDigest.getInstance(Local.DIGEST);\n"
        "        return cipher.doFinal(md.digest(data));\n"
        "    }\n}\n"
    ),
}


GO = {
    "consts.go": "package main\n\nconst keyBits = 1024\n",
    "main.go": (
        'package main\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\n'
        "func main() {\n\tkey, _ := rsa.GenerateKey(rand.Reader, keyBits)\n\t_ = key\n}\n"
    ),
}


# per project: its files, and the findings (file, line) that take a constant from another of them, as
# `_shown` gives them. Java: Box.java names no algorithm itself, its getInstance lines are read for the
# constants they are given; CommonJS: `module.exports = {` members at the object's first level (not a nested
# object's) and `exports.NAME =`
PROJECTS: dict[str, tuple[dict[str, str], dict[tuple[str, int], tuple[object, ...]]]] = {
    "python": (
        PYTHON,
        {
            ("pkg/sub/use.py", 8): ("SHA-1", "digest", None, "constant", "pkg/config.py:1"),
            ("pkg/sub/use.py", 9): ("MD5", "digest", None, "constant", "pkg/settings.py:1"),
            ("pkg/sub/use.py", 10): ("RSA-1024", "keygen", 1024, "constant", "pkg/config.py:2"),
            ("pkg/sub/use.py", 11): ("MD5", "digest", None, "constant", "pkg/settings.py:1"),
        },
    ),
    "javascript and typescript": (
        SCRIPTS,
        {
            ("app.ts", 3): ("SHA-1", "digest", None, "constant", "lib/consts.ts:1"),
            ("box.js", 3): ("3DES-168-CBC", "encrypt", 168, "constant", "config.js:1"),
        },
    ),
    "commonjs": (
        COMMONJS,
        {
            ("box.js", 4): ("3DES-168-CBC", "encrypt", 168, "constant", "config.js:2"),
            ("box.js", 5): ("SHA-1", "digest", None, "constant", "config.js:6"),
            ("box.js", 6): ("RSA-PKCS1-1.5-SHA-1", "sign", None, "constant", "legacy.js:1"),
        },
    ),
    "java": (
        JAVA,
        {
            ("src/com/acme/crypto/Box.java", 9): (
                "DES-56-CBC", "encrypt", 56, "constant", "src/com/acme/config/Constants.java:4"
            ),
            ("src/com/acme/crypto/Box.java", 10): (
                "MD5", "digest", None, "constant", "src/com/acme/crypto/Local.java:4"
            ),
        },
    ),
    "go": (GO, {("main.go", 9): ("RSA-1024", "keygen", 1024, "constant", "consts.go:3")}),
}  # fmt: skip


@pytest.mark.parametrize("project", sorted(PROJECTS))
def test_a_constant_is_read_in_the_file_of_the_project_that_defines_it(tmp_path: Path, project: str) -> None:
    files, expected = PROJECTS[project]
    _write(tmp_path, files)
    uses = _uses(tmp_path)
    assert {where: _shown(uses[where]) for where in expected if where in uses} == expected


USER = (
    "import hashlib\nfrom .config import CIPHER_NAME\n\n"
    "def digest(data):\n    return hashlib.new(CIPHER_NAME, data)\n"
)


def test_a_python_constant_imported_under_another_name(tmp_path: Path) -> None:
    renamed = USER.replace("import CIPHER_NAME", "import CIPHER_NAME as DIGEST").replace(
        "new(CIPHER_NAME", "new(DIGEST"
    )
    _write(tmp_path, {"config.py": 'CIPHER_NAME = "sha1"\n', "use.py": renamed})
    assert _shown(_uses(tmp_path)["use.py", 5]) == ("SHA-1", "digest", None, "constant", "config.py:1")


def test_a_constant_outside_the_target_or_behind_a_link_out_of_it_is_never_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    _write(outside, {"config.py": 'CIPHER_NAME = "md5"\n'})
    target = tmp_path / "target"
    _write(target, {"app/use.py": USER, "lib/use.py": USER.replace(".config", "..config")})
    os.symlink(outside / "config.py", target / "app" / "config.py")
    (target / "config.py").symlink_to(outside / "config.py")
    uses = _uses(target)
    assert ("app/use.py", 5) not in uses, "config.py links out of the target"
    assert ("lib/use.py", 5) not in uses, "the link in the target's root leads out of it too"
    # the same tree, the module a real file of the target: found
    (target / "app" / "config.py").unlink()
    _write(target, {"app/config.py": 'CIPHER_NAME = "md5"\n'})
    assert _shown(_uses(target)["app/use.py", 5]) == ("MD5", "digest", None, "constant", "app/config.py:1")


def test_a_module_above_the_target_is_not_read(tmp_path: Path) -> None:
    _write(
        tmp_path, {"config.py": 'CIPHER_NAME = "md5"\n', "pkg/use.py": USER.replace(".config", "..config")}
    )
    assert ("use.py", 5) not in _uses(tmp_path / "pkg"), "..config is above the scanned target"
    assert _shown(_uses(tmp_path)["pkg/use.py", 5])[:2] == ("MD5", "digest")


def test_a_module_larger_than_the_limit_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, {"config.py": 'CIPHER_NAME = "md5"\n' + "x = 1\n" * 200, "use.py": USER})
    monkeypatch.setattr(imported, "MAX_BYTES", 1000)
    imported._REMEMBERED.clear()
    assert ("use.py", 5) not in _uses(tmp_path)
    monkeypatch.setattr(imported, "MAX_BYTES", 10_000)
    assert _shown(_uses(tmp_path)["use.py", 5]) == ("MD5", "digest", None, "constant", "config.py:1")


def test_a_module_changed_between_scans_is_read_again(tmp_path: Path) -> None:
    _write(tmp_path, {"config.py": 'CIPHER_NAME = "md5"\n', "use.py": USER})
    assert _uses(tmp_path)["use.py", 5].algorithm.name == "MD5"
    (tmp_path / "config.py").write_text('CIPHER_NAME = "sha1"  # changed\n', encoding="utf-8")
    assert _uses(tmp_path)["use.py", 5].algorithm.name == "SHA-1"


def test_a_single_file_target_reads_no_other_file_and_ends(tmp_path: Path) -> None:
    """A file scanned on its own is the whole target: its imports' modules beside it are outside (a lookup
    that climbed folders with no target root to stop at never ended: round 256's `audit_round.py lines`)."""
    absolute = USER.replace("from .config import CIPHER_NAME", "from pkg.settings import HASH")
    absolute = absolute.replace("hashlib.new(CIPHER_NAME", "hashlib.new(HASH")
    _write(
        tmp_path, {"config.py": 'CIPHER_NAME = "md5"\n', "use.py": USER, "pkg/settings.py": 'HASH = "md5"\n'}
    )
    _write(tmp_path, {"absolute.py": absolute})
    alone: dict[str, dict[tuple[str, int | None], Finding]] = {}
    scans = threading.Thread(
        target=lambda: alone.update({name: _uses(tmp_path / name) for name in ("use.py", "absolute.py")}),
        daemon=True,
    )
    scans.start()
    scans.join(60)
    assert not scans.is_alive(), "the scans of a lone file did not end"
    assert ("use.py", 5) not in alone["use.py"]
    assert ("absolute.py", 5) not in alone["absolute.py"]
    assert _shown(_uses(tmp_path)["absolute.py", 5]) == (
        "MD5",
        "digest",
        None,
        "constant",
        "pkg/settings.py:1",
    )


def test_a_local_of_another_file_is_no_constant_of_its_package(tmp_path: Path) -> None:
    """Go: a parameter (`bits`) is no package constant, though another file of the package assigns a local
    of that name; a package-level constant is."""
    files = {
        "other.go": (
            "package main\n\nconst keyBits = 3072\n\nfunc size() int {\n\tbits := 4096\n\treturn bits\n}\n"
        ),
        "main.go": (
            'package main\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\n'
            "func gen(bits int) {\n\tk, _ := rsa.GenerateKey(rand.Reader, bits)\n"
            "\tl, _ := rsa.GenerateKey(rand.Reader, keyBits)\n\t_, _ = k, l\n}\n"
        ),
    }
    _write(tmp_path, files)
    uses = _uses(tmp_path)
    assert _shown(uses["main.go", 9]) == ("RSA", "keygen", None, None, None)
    assert _shown(uses["main.go", 10]) == ("RSA-3072", "keygen", 3072, "constant", "other.go:3")
