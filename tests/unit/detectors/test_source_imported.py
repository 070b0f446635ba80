"""Constants a source file takes from another file of the scanned project (detectors/source/imported.py):
the algorithm or size a call is given by name, defined in the module, class or package it comes from, with
that file and line as its provenance; never read from outside the scanned target."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from qready.detectors.source import imported
from qready.detectors.source.languages import LANGUAGES
from qready.discovery import ScannedFile
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


C = {
    "include/app/config.h": (
        "#ifndef APP_CONFIG_H\n#define APP_CONFIG_H\n#define APP_RSA_BITS 1024\n"
        '#define APP_CIPHER "des-ede3-cbc"\n#endif\n'
    ),
    "src/common.h": '#include "app/config.h"\n#define LOCAL_BITS 3072\n',
    "src/keys.c": (
        '#include <openssl/rsa.h>\n#include <openssl/evp.h>\n#include "common.h"\n\n'
        "int make(RSA *rsa, BIGNUM *e, int bits) {\n"
        "    RSA_generate_key_ex(rsa, APP_RSA_BITS, e, NULL);\n"
        "    RSA_generate_key_ex(rsa, LOCAL_BITS, e, NULL);\n"
        "    RSA_generate_key_ex(rsa, bits, e, NULL);\n"
        "    return EVP_get_cipherbyname(APP_CIPHER) != NULL;\n}\n"
    ),
}

RUST = {
    "Cargo.toml": '[package]\nname = "demo"\nversion = "0.1.0"\n',
    "src/lib.rs": "pub mod consts;\npub mod crypto;\n",
    "src/consts.rs": "pub const RSA_BITS: usize = 1024;\npub const GLOB_BITS: usize = 2048;\n",
    "src/crypto/mod.rs": "pub mod keys;\npub mod sizes;\npub const LOCAL_BITS: usize = 3072;\n",
    "src/crypto/sizes.rs": "pub const CHILD_BITS: usize = 4096;\n",
    "src/crypto/keys.rs": (
        "use rsa::RsaPrivateKey;\nuse crate::consts::RSA_BITS;\nuse super::LOCAL_BITS;\nuse crate::consts;\n"
        "use crate::consts::*;\n\n"
        "pub fn make() {\n"
        "    let mut rng = rand::thread_rng();\n"
        "    let a = RsaPrivateKey::new(&mut rng, RSA_BITS).unwrap();\n"
        "    let b = RsaPrivateKey::new(&mut rng, LOCAL_BITS).unwrap();\n"
        "    let c = RsaPrivateKey::new(&mut rng, consts::RSA_BITS).unwrap();\n"
        "    let d = RsaPrivateKey::new(&mut rng, GLOB_BITS).unwrap();\n"
        "    let e = RsaPrivateKey::new(&mut rng, super::sizes::CHILD_BITS).unwrap();\n"
        "}\n"
    ),
}

GO_MODULE = {
    "go.mod": "module example.com/demo\n\ngo 1.22\n",
    "internal/config/config.go": "package config\n\nconst KeyBits = 1024\n",
    "vendor/github.com/acme/sizes/sizes.go": "package sizes\n\nconst Bits = 3072\n",
    "cmd/main.go": (
        'package main\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n\n'
        '\t"example.com/demo/internal/config"\n\t"github.com/acme/sizes"\n)\n\n'
        "func main() {\n\tk, _ := rsa.GenerateKey(rand.Reader, config.KeyBits)\n"
        "\tl, _ := rsa.GenerateKey(rand.Reader, sizes.Bits)\n\t_, _ = k, l\n}\n"
    ),
}

CSHARP = {
    "Config/CryptoSettings.cs": (
        "namespace Demo.Config\n{\n    public static class CryptoSettings\n    {\n"
        "        public const int RsaKeySize = 1024;\n"
        '        public const string HashName = "MD5";\n    }\n}\n'
    ),
    "Crypto/Keys.cs": (
        "using System.Security.Cryptography;\nusing Demo.Config;\n\nnamespace Demo.Crypto\n{\n"
        "    public class Keys\n    {\n        public RSA Make()\n        {\n"
        "            var rsa = RSA.Create(CryptoSettings.RsaKeySize);\n"
        "            var h = HashAlgorithm.Create(CryptoSettings.HashName);\n"
        "            return rsa;\n        }\n    }\n}\n"
    ),
}


PHP = {
    "src/Config/CryptoSettings.php": (
        "<?php\nnamespace App\\Config;\n\nclass CryptoSettings\n{\n"
        "    const CIPHER = 'des-ede3-cbc';\n    public const DIGEST = 'md5';\n}\n"
    ),
    "src/config.php": "<?php\ndefine('LEGACY_HASH', 'sha1');\n",
    "src/Crypto/Box.php": (
        "<?php\nnamespace App\\Crypto;\n\nuse App\\Config\\CryptoSettings;\n"
        "require_once __DIR__ . '/../config.php';\n\nclass Box\n{\n"
        "    const OWN = 'bf-cbc';\n\n"
        "    public function seal($data, $key, $iv)\n    {\n"
        "        $a = openssl_encrypt($data, CryptoSettings::CIPHER, $key, 0, $iv);\n"
        "        $b = hash(CryptoSettings::DIGEST, $data);\n"
        "        $c = hash(LEGACY_HASH, $data);\n"
        "        $d = openssl_encrypt($data, self::OWN, $key, OPENSSL_RAW_DATA, $iv);\n"
        "        $e = openssl_decrypt($data, Box::OWN, $key, 0, $iv);\n"
        "        return [$a, $b, $c, $d, $e];\n    }\n}\n"
    ),
}

RUBY = {
    "lib/demo/settings.rb": (
        "module Demo\n  module Settings\n    CIPHER = 'des-ede3-cbc'\n    DIGEST = 'MD5'\n  end\nend\n"
    ),
    "lib/demo/legacy.rb": "LEGACY_DIGEST = 'SHA1'\n",
    "lib/demo/box.rb": (
        "require 'openssl'\nrequire_relative 'legacy'\n\nmodule Demo\n  class Box\n    def seal(data)\n"
        "      cipher = OpenSSL::Cipher.new(Settings::CIPHER)\n"
        "      d = OpenSSL::Digest.new(Demo::Settings::DIGEST)\n"
        "      l = OpenSSL::Digest.new(LEGACY_DIGEST)\n"
        "      [cipher, d, l]\n    end\n  end\nend\n"
    ),
}


KOTLIN = {
    "src/main/kotlin/com/acme/config/Sizes.kt": (
        'package com.acme.config\n\nconst val KEY_BITS = 1024\nconst val DIGEST = "MD5"\n'
    ),
    "src/main/kotlin/com/acme/crypto/Local.kt": (
        'package com.acme.crypto\n\nconst val LOCAL_CIPHER = "DES/CBC/PKCS5Padding"\n'
    ),
    "src/main/kotlin/com/acme/crypto/Keys.kt": (
        "package com.acme.crypto\n\nimport com.acme.config.KEY_BITS\nimport com.acme.config.DIGEST\n"
        "import java.security.KeyPairGenerator\nimport java.security.MessageDigest\n"
        "import javax.crypto.Cipher\n\n"
        'fun make() {\n    val kpg = KeyPairGenerator.getInstance("RSA")\n    kpg.initialize(KEY_BITS)\n'
        "    val md = MessageDigest.getInstance(DIGEST)\n    val c = Cipher.getInstance(LOCAL_CIPHER)\n}\n"
    ),
}


# per project: its files, and the findings (file, line) that take a constant from another of them, as
# `_shown` gives them. Java: Box.java names no algorithm itself, its getInstance lines are read for the
# constants they are given; CommonJS: `module.exports = {` members at the object's first level (not a nested
# object's) and `exports.NAME =`; Go: a package of the module by its import path, or vendored; C: a macro of
# a header included by a header the file includes, found beside it or under `include/` (a parameter, `bits`,
# stays unknown); Rust: `crate::`, `super::`, a module bound by `use`, and a glob's names; C#: the class's
# file in a folder named after a namespace it uses; PHP: a class by its `use` path, PSR-4's layout, a
# `define` in a required file, and the file's own class (`self::OWN`, `Box::OWN`); Ruby: a module's file in
# snake case, and a file required relatively; Kotlin: a top-level `const val` imported by its package path
# or of the file's own package, read by a later `kpg.initialize(KEY_BITS)` too
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
    "go module": (
        GO_MODULE,
        {
            ("cmd/main.go", 12): ("RSA-1024", "keygen", 1024, "constant", "internal/config/config.go:3"),
            ("cmd/main.go", 13): (
                "RSA-3072", "keygen", 3072, "constant", "vendor/github.com/acme/sizes/sizes.go:3"
            ),
        },
    ),
    "c": (
        C,
        {
            ("src/keys.c", 6): ("RSA-1024", "keygen", 1024, "constant", "include/app/config.h:3"),
            ("src/keys.c", 7): ("RSA-3072", "keygen", 3072, "constant", "src/common.h:2"),
            ("src/keys.c", 8): ("RSA", "keygen", None, None, None),
            ("src/keys.c", 9): ("3DES-168-CBC", "encrypt", 168, "constant", "include/app/config.h:4"),
        },
    ),
    "rust": (
        RUST,
        {
            ("src/crypto/keys.rs", 9): ("RSA-1024", "keygen", 1024, "constant", "src/consts.rs:1"),
            ("src/crypto/keys.rs", 10): ("RSA-3072", "keygen", 3072, "constant", "src/crypto/mod.rs:3"),
            ("src/crypto/keys.rs", 11): ("RSA-1024", "keygen", 1024, "constant", "src/consts.rs:1"),
            ("src/crypto/keys.rs", 12): ("RSA-2048", "keygen", 2048, "constant", "src/consts.rs:2"),
            ("src/crypto/keys.rs", 13): ("RSA-4096", "keygen", 4096, "constant", "src/crypto/sizes.rs:1"),
        },
    ),
    "csharp": (
        CSHARP,
        {
            ("Crypto/Keys.cs", 10): ("RSA-1024", "keygen", 1024, "constant", "Config/CryptoSettings.cs:5"),
            ("Crypto/Keys.cs", 11): ("MD5", "digest", None, "constant", "Config/CryptoSettings.cs:6"),
        },
    ),
    "php": (
        PHP,
        {
            ("src/Crypto/Box.php", 13): (
                "3DES-168-CBC", "encrypt", 168, "constant", "src/Config/CryptoSettings.php:6"
            ),
            ("src/Crypto/Box.php", 14): (
                "MD5", "digest", None, "constant", "src/Config/CryptoSettings.php:7"
            ),
            ("src/Crypto/Box.php", 15): ("SHA-1", "digest", None, "constant", "src/config.php:2"),
            ("src/Crypto/Box.php", 16): ("Blowfish", "encrypt", None, "constant", "src/Crypto/Box.php:9"),
            ("src/Crypto/Box.php", 17): ("Blowfish", "decrypt", None, "constant", "src/Crypto/Box.php:9"),
        },
    ),
    "ruby": (
        RUBY,
        {
            ("lib/demo/box.rb", 7): ("3DES-168-CBC", "encrypt", 168, "constant", "lib/demo/settings.rb:3"),
            ("lib/demo/box.rb", 8): ("MD5", "digest", None, "constant", "lib/demo/settings.rb:4"),
            ("lib/demo/box.rb", 9): ("SHA-1", "digest", None, "constant", "lib/demo/legacy.rb:1"),
        },
    ),
    "kotlin": (
        KOTLIN,
        {
            ("src/main/kotlin/com/acme/crypto/Keys.kt", 10): (
                "RSA-1024", "keygen", 1024, "constant", "src/main/kotlin/com/acme/config/Sizes.kt:3"
            ),
            ("src/main/kotlin/com/acme/crypto/Keys.kt", 12): (
                "MD5", "digest", None, "constant", "src/main/kotlin/com/acme/config/Sizes.kt:4"
            ),
            ("src/main/kotlin/com/acme/crypto/Keys.kt", 13): (
                "DES-56-CBC", "encrypt", 56, "constant", "src/main/kotlin/com/acme/crypto/Local.kt:3"
            ),
        },
    ),
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


def test_c_headers_that_include_each_other_or_lead_out_of_the_target(tmp_path: Path) -> None:
    """Headers including each other are read once each and the lookup ends; a header that links out of the
    target is not read; past MAX_INCLUDE_DEPTH the headers a header includes are not followed."""
    outside = tmp_path / "outside"
    _write(outside, {"sizes.h": "#define OUT_BITS 1024\n"})
    target = tmp_path / "target"
    _write(
        target,
        {
            "a.h": '#include "b.h"\n#define A_BITS 2048\n',
            "b.h": '#include "a.h"\n#include "c.h"\n',
            "c.h": "#define C_BITS 3072\n",
            "keys.c": (
                '#include <openssl/rsa.h>\n#include "a.h"\n#include "sizes.h"\n\n'
                "void make(RSA *r, BIGNUM *e) {\n"
                "    RSA_generate_key_ex(r, A_BITS, e, NULL);\n"
                "    RSA_generate_key_ex(r, C_BITS, e, NULL);\n"
                "    RSA_generate_key_ex(r, OUT_BITS, e, NULL);\n}\n"
            ),
        },
    )
    (target / "sizes.h").symlink_to(outside / "sizes.h")
    keys = target / "keys.c"
    source = keys.read_bytes()
    project = imported.ProjectConstants(
        ScannedFile("keys.c", source, path=str(keys), root=str(target)), LANGUAGES["c"], {}, source
    )
    real = os.path.realpath(target)
    assert project._headers == [os.path.join(real, name) for name in ("a.h", "b.h", "c.h")]
    uses = _uses(target)
    assert _shown(uses["keys.c", 6]) == ("RSA-2048", "keygen", 2048, "constant", "a.h:2")
    assert _shown(uses["keys.c", 7]) == ("RSA-3072", "keygen", 3072, "constant", "c.h:1")
    assert _shown(uses["keys.c", 8]) == ("RSA", "keygen", None, None, None), "sizes.h links out of the target"


def test_c_headers_are_followed_only_so_deep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(
        tmp_path,
        {
            "a.h": '#include "b.h"\n',
            "b.h": "#define B_BITS 3072\n",
            "keys.c": (
                '#include <openssl/rsa.h>\n#include "a.h"\n\n'
                "void make(RSA *r, BIGNUM *e) {\n    RSA_generate_key_ex(r, B_BITS, e, NULL);\n}\n"
            ),
        },
    )
    monkeypatch.setattr(imported, "MAX_INCLUDE_DEPTH", 1)
    assert _shown(_uses(tmp_path)["keys.c", 5]) == ("RSA", "keygen", None, None, None)
    monkeypatch.setattr(imported, "MAX_INCLUDE_DEPTH", 2)
    assert _shown(_uses(tmp_path)["keys.c", 5]) == ("RSA-3072", "keygen", 3072, "constant", "b.h:1")


def test_files_remembered_are_forgotten_past_the_byte_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The definitions remembered per process hold at most MAX_REMEMBERED_BYTES of text: the least recently
    asked for go first, and a file forgotten is read again when asked for."""
    _write(tmp_path, {"one.py": "A = 1\n" + "#" * 100 + "\n", "two.py": "B = 2\n" + "#" * 100 + "\n"})
    monkeypatch.setattr(imported, "MAX_REMEMBERED_BYTES", 150)
    memory = imported._Remembered()
    keys = {}
    for name in ("one.py", "two.py"):
        status = os.stat(tmp_path / name)
        keys[name] = (str(tmp_path / name), status.st_size, status.st_mtime_ns)
    first = memory.get(keys["one.py"])
    assert first is not None and first.module_constant("A") == ("1", 1)
    second = memory.get(keys["two.py"])
    assert second is not None and second.module_constant("B") == ("2", 1)
    assert list(memory._files) == [keys["two.py"]], "one.py was forgotten: both are over 150 bytes"
    again = memory.get(keys["one.py"])
    assert again is not None and again is not first and again.module_constant("A") == ("1", 1)
