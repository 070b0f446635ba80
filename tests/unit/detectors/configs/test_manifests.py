"""Dependency manifests and lockfiles: exact (path, line, purl, version, item) per crypto library, notes,
Package URLs, and bad input recorded as problems without losing what was found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from packageurl import PackageURL
from tests.config_tools import CONTEXT

from qready.detectors.base import Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.manifests import DependencyDetector, purl
from qready.discovery import ScannedFile
from qready.model import FileLocation, Library

Row = tuple[str, int | None, str, str | None, str | None]


def detect(rel: str, text: str | bytes) -> Detection:
    data = text.encode() if isinstance(text, str) else text
    return DependencyDetector().detect(ScannedFile(rel, data), CONTEXT)


def rows(detection: Detection) -> list[Row]:
    assert detection.findings == []  # a dependency is never a finding by itself
    out: list[Row] = []
    for asset in detection.assets:
        assert isinstance(asset, Library)
        for location in asset.locations:
            assert isinstance(location, FileLocation)
            out.append((location.path, location.line, asset.purl, asset.version, location.item))
    return sorted(out, key=lambda r: (r[0], r[1] or 0, r[2]))


def test_registered_and_wants_only_manifests() -> None:
    assert DependencyDetector in CONFIG_DETECTORS
    wants = DependencyDetector().wants
    for rel in (
        "requirements.txt",
        "requirements-dev.txt",
        "dev-requirements.txt",
        "requirements/prod.txt",
        "svc/pyproject.toml",
        "poetry.lock",
        "uv.lock",
        "Pipfile.lock",
        "package.json",
        "package-lock.json",
        "yarn.lock",
        "pnpm-lock.yaml",
        "go.mod",
        "go.sum",
        "pom.xml",
        "build.gradle",
        "build.gradle.kts",
        "gradle/libs.versions.toml",
        "Cargo.toml",
        "Cargo.lock",
        "src/Api/Api.csproj",
        "packages.lock.json",
        "Directory.Packages.props",
        "composer.lock",
        "Gemfile.lock",
    ):
        assert wants(ScannedFile(rel, b"")), rel
    for rel in (
        "README.md",
        "setup.py",
        "node_modules/jose/package.json",
        "requirements.md",
        "go.work",
        "x.toml",
    ):
        assert not wants(ScannedFile(rel, b"")), rel


@pytest.mark.parametrize(
    ("ecosystem", "name", "version"),
    [
        ("pypi", "PyCryptodome_X", "3.20.0"),
        ("npm", "@noble/curves", "1.4.0"),
        ("golang", "github.com/go-jose/go-jose/v4", "v4.0.4"),
        ("maven", "org.bouncycastle:bcprov-jdk18on", "1.78.1"),
        ("nuget", "BouncyCastle.Cryptography", "2.4.0"),
        ("composer", "PhpSecLib/phpseclib", "3.0.37"),
        ("cargo", "aws-lc-rs", "1.12.2"),
        ("gem", "rbnacl", "7.1.1"),
        ("generic", "dotnet", "10.0"),
        ("maven", "a:b", "1.0+build.7"),
        ("npm", "@noble/post-quantum", None),
    ],
)
def test_purl_matches_the_reference_implementation(ecosystem: str, name: str, version: str | None) -> None:
    if ecosystem == "maven":
        namespace, short = name.split(":")
    elif "/" in name:
        namespace, short = name.rsplit("/", 1)
    else:
        namespace, short = None, name
    if ecosystem == "pypi":
        short = short.lower().replace("_", "-")
    if ecosystem == "composer":
        namespace, short = (namespace or "").lower(), short.lower()
    expected = PackageURL(type=ecosystem, namespace=namespace, name=short, version=version).to_string()
    assert purl(ecosystem, name, version) == expected


REQUIREMENTS = """\
# pinned for the image
--index-url https://pypi.org/simple
-e git+https://git.example.com/libs/audit.git#egg=audit
cryptography==42.0.5 \\
    --hash=sha256:abc
PyJWT[crypto]>=2.8,<3  # tokens
requests==2.31.0
paramiko @ https://files.example.com/paramiko-3.4.0.tar.gz
pycryptodomex ; python_version >= "3.8"
rsa===4.9
"""


def test_requirements() -> None:
    assert rows(detect("requirements.txt", REQUIREMENTS)) == [
        ("requirements.txt", 4, "pkg:pypi/cryptography@42.0.5", "42.0.5", "cryptography"),
        ("requirements.txt", 6, "pkg:pypi/pyjwt", None, "PyJWT >=2.8,<3"),
        (
            "requirements.txt",
            8,
            "pkg:pypi/paramiko",
            None,
            "paramiko @ https://files.example.com/paramiko-3.4.0.tar.gz",
        ),
        ("requirements.txt", 9, "pkg:pypi/pycryptodomex", None, "pycryptodomex"),
        ("requirements.txt", 10, "pkg:pypi/rsa@4.9", "4.9", "rsa"),
    ]


PYPROJECT = """\
[project]
name = "signer"
dependencies = [
    "httpx>=0.27",
    "cryptography>=46",
]

[project.optional-dependencies]
pq = ["liboqs-python==0.12.0"]

[dependency-groups]
dev = ["pytest", "pynacl==1.5.0"]

[tool.poetry.dependencies]
python = "^3.11"
ecdsa = "0.19.0"
python-jose = { version = "^3.3", extras = ["cryptography"] }

[tool.poetry.group.legacy.dependencies]
pycryptodome = "~3.20"
"""


def test_pyproject_project_groups_and_poetry() -> None:
    assert rows(detect("pyproject.toml", PYPROJECT)) == [
        ("pyproject.toml", 5, "pkg:pypi/cryptography", None, "cryptography >=46"),
        ("pyproject.toml", 9, "pkg:pypi/liboqs-python@0.12.0", "0.12.0", "liboqs-python"),
        ("pyproject.toml", 12, "pkg:pypi/pynacl@1.5.0", "1.5.0", "pynacl"),
        ("pyproject.toml", 16, "pkg:pypi/ecdsa@0.19.0", "0.19.0", "ecdsa"),
        ("pyproject.toml", 17, "pkg:pypi/python-jose", None, "python-jose ^3.3"),
        ("pyproject.toml", 20, "pkg:pypi/pycryptodome", None, "pycryptodome ~3.20"),
    ]


def test_poetry_lock_and_its_note() -> None:
    text = '[[package]]\nname = "cffi"\nversion = "1.16.0"\n\n[package.dependencies]\npycparser = "*"\n\n'
    text += '[[package]]\nname = "cryptography"\nversion = "48.0.1"\n'
    detection = detect("poetry.lock", text)
    assert rows(detection) == [("poetry.lock", 9, "pkg:pypi/cryptography@48.0.1", "48.0.1", "cryptography")]
    library = detection.assets[0]
    assert isinstance(library, Library)
    assert library.note == "post-quantum available in this version (ML-KEM since 48.0.0, ML-DSA since 48.0.0)"
    assert {"ML-KEM-768", "ML-DSA-65", "RSA", "X25519"} <= {a.name for a in library.algorithms}


def test_pipfile_lock() -> None:
    text = json.dumps(
        {
            "_meta": {"hash": {}},
            "default": {"pyopenssl": {"version": "==24.1.0"}},
            "develop": {"rsa": {"version": "*"}},
        },
        indent=4,
    )
    assert rows(detect("Pipfile.lock", text)) == [
        ("Pipfile.lock", 6, "pkg:pypi/pyopenssl@24.1.0", "24.1.0", "pyopenssl"),
        ("Pipfile.lock", 11, "pkg:pypi/rsa", None, "rsa *"),
    ]


PACKAGE_LOCK_V1 = """\
{
  "name": "legacy",
  "lockfileVersion": 1,
  "dependencies": {
    "jsonwebtoken": {
      "version": "8.5.1",
      "requires": {
        "jws": "^3.2.2"
      }
    },
    "sso-client": {
      "version": "2.0.0",
      "dependencies": {
        "node-forge": {
          "version": "0.10.0"
        }
      }
    }
  }
}
"""


def test_package_lock_v1_with_nested_dependencies() -> None:
    assert rows(detect("package-lock.json", PACKAGE_LOCK_V1)) == [
        ("package-lock.json", 5, "pkg:npm/jsonwebtoken@8.5.1", "8.5.1", "jsonwebtoken"),
        ("package-lock.json", 14, "pkg:npm/node-forge@0.10.0", "0.10.0", "node-forge"),
    ]


def test_package_lock_v2_prefers_the_packages_section() -> None:
    doc = {
        "lockfileVersion": 2,
        "packages": {"": {"dependencies": {"jose": "^5"}}, "node_modules/jose": {"version": "5.2.3"}},
        "dependencies": {"jose": {"version": "5.2.3"}},
    }
    assert rows(detect("package-lock.json", json.dumps(doc, indent=2))) == [
        ("package-lock.json", 9, "pkg:npm/jose@5.2.3", "5.2.3", "jose"),
    ]


def test_package_json_sections() -> None:
    text = json.dumps(
        {"dependencies": {"jose": "5.2.3", "react": "18.2.0"}, "devDependencies": {"node-forge": "^1.3.1"}},
        indent=2,
    )
    assert rows(detect("package.json", text)) == [
        ("package.json", 3, "pkg:npm/jose@5.2.3", "5.2.3", "jose"),
        ("package.json", 7, "pkg:npm/node-forge", None, "node-forge ^1.3.1"),
    ]


def test_yarn_classic_and_berry() -> None:
    classic = '# yarn lockfile v1\n\n\n"@noble/curves@^1.2.0", "@noble/curves@~1.4.0":\n  version "1.4.0"\n'
    berry = (
        '__metadata:\n  version: 8\n\n"ssh2@npm:^1.15.0":\n'
        '  version: 1.15.0\n  resolution: "ssh2@npm:1.15.0"\n'
    )
    assert rows(detect("yarn.lock", classic)) == [
        ("yarn.lock", 4, "pkg:npm/%40noble/curves@1.4.0", "1.4.0", "@noble/curves")
    ]
    assert rows(detect("yarn.lock", berry)) == [("yarn.lock", 4, "pkg:npm/ssh2@1.15.0", "1.15.0", "ssh2")]


@pytest.mark.parametrize(
    ("key", "line"),
    [("/jose/4.15.4_peer@1.0.0", 3), ("/jose@4.15.4(peer@1.0.0)", 3), ("jose@4.15.4", 3)],
)
def test_pnpm_lock_key_formats(key: str, line: int) -> None:
    text = f"lockfileVersion: '6.0'\npackages:\n  '{key}':\n    resolution: {{integrity: sha512-x}}\n"
    assert rows(detect("pnpm-lock.yaml", text)) == [
        ("pnpm-lock.yaml", line, "pkg:npm/jose@4.15.4", "4.15.4", "jose")
    ]


GO_MOD = """\
module example.com/app

go 1.24.0

require (
\tgithub.com/cloudflare/circl v1.5.0 // indirect
\tgolang.org/x/crypto v0.31.0
)

require github.com/golang-jwt/jwt/v5 v5.2.1

replace golang.org/x/crypto => ../crypto-fork
"""


def test_go_mod_require_replace_and_go_directive() -> None:
    detection = detect("go.mod", GO_MOD)
    assert rows(detection) == [
        ("go.mod", 3, "pkg:golang/stdlib@1.24.0", "1.24.0", "stdlib"),
        (
            "go.mod",
            6,
            "pkg:golang/github.com/cloudflare/circl@v1.5.0",
            "v1.5.0",
            "github.com/cloudflare/circl",
        ),
        (
            "go.mod",
            7,
            "pkg:golang/golang.org/x/crypto",
            None,
            "golang.org/x/crypto v0.31.0 => ../crypto-fork",
        ),
        (
            "go.mod",
            10,
            "pkg:golang/github.com/golang-jwt/jwt/v5@v5.2.1",
            "v5.2.1",
            "github.com/golang-jwt/jwt/v5",
        ),
    ]
    notes = {a.name: a.note for a in detection.assets if isinstance(a, Library)}
    assert notes["stdlib"] == (
        "post-quantum available in this version (ML-KEM since 1.24, hybrid TLS (X25519MLKEM768) since 1.24);"
        " upgrade to 1.27 for ML-DSA"
    )
    assert notes["github.com/cloudflare/circl"] == (
        "post-quantum available in this version (ML-KEM since 1.4.0, ML-DSA since 1.5.0); "
        "upgrade to 1.6.2 for SLH-DSA"
    )


def test_go_toolchain_line_raises_the_standard_library_version() -> None:
    text = "module m\n\ngo 1.22\n\ntoolchain go1.24.1\n"
    assert rows(detect("go.mod", text)) == [("go.mod", 5, "pkg:golang/stdlib@1.24.1", "1.24.1", "stdlib")]


def test_go_sum_lists_versions_whose_module_was_built() -> None:
    text = (
        "golang.org/x/crypto v0.26.0/go.mod h1:GY7jblb9wI+FOo5y8/S2oY4zWP07AkOJ4+jxCqdqn54=\n"
        "golang.org/x/crypto v0.31.0 h1:ihbySMvVjLAeSH1IbfcRTkD/iNscyz8rGzjF/E5hV6U=\n"
        "golang.org/x/crypto v0.31.0/go.mod h1:kDsLvtWBEx7MV9tJOj9bnXsPbxwJQ6csT/x4KIYbJNk=\n"
    )
    assert rows(detect("go.sum", text)) == [
        ("go.sum", 2, "pkg:golang/golang.org/x/crypto@v0.31.0", "v0.31.0", "golang.org/x/crypto")
    ]


POM = """\
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <version>2.0.0</version>
  <properties>
    <bc.version>${bc.major}.1</bc.version>
    <bc.major>1.78</bc.major>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.bouncycastle</groupId>
      <artifactId>bcprov-jdk18on</artifactId>
      <version>${bc.version}</version>
    </dependency>
    <dependency>
      <groupId>io.jsonwebtoken</groupId>
      <artifactId>jjwt-api</artifactId>
      <version>[0.12,0.13)</version>
    </dependency>
    <dependency>
      <groupId>com.nimbusds</groupId>
      <artifactId>nimbus-jose-jwt</artifactId>
      <version>${nimbus.version}</version>
    </dependency>
  </dependencies>
</project>
"""


def test_pom_properties_resolved_within_the_file() -> None:
    detection = detect("pom.xml", POM)
    assert rows(detection) == [
        (
            "pom.xml",
            10,
            "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78.1",
            "1.78.1",
            "org.bouncycastle:bcprov-jdk18on",
        ),
        ("pom.xml", 15, "pkg:maven/io.jsonwebtoken/jjwt-api", None, "io.jsonwebtoken:jjwt-api [0.12,0.13)"),
        (
            "pom.xml",
            20,
            "pkg:maven/com.nimbusds/nimbus-jose-jwt",
            None,
            "com.nimbusds:nimbus-jose-jwt ${nimbus.version}",
        ),
    ]
    assert detection.problems == []


GRADLE = """\
ext {
    bcVersion = '1.80'
}
def jjwtVersion = "0.12.5"
dependencies {
    implementation "org.bouncycastle:bcprov-jdk18on:${bcVersion}"
    implementation "io.jsonwebtoken:jjwt-api:$jjwtVersion"
    runtimeOnly group: 'io.jsonwebtoken', name: 'jjwt-impl', version: jjwtVersion
    // implementation 'com.google.crypto.tink:tink:1.7.0'
    /* implementation 'com.nimbusds:nimbus-jose-jwt:9.0' */
    implementation 'com.google.crypto.tink:tink:1.+'
}
"""


def test_gradle_coordinates_map_notation_variables_and_comments() -> None:
    assert rows(detect("build.gradle", GRADLE)) == [
        (
            "build.gradle",
            6,
            "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.80",
            "1.80",
            "org.bouncycastle:bcprov-jdk18on",
        ),
        (
            "build.gradle",
            7,
            "pkg:maven/io.jsonwebtoken/jjwt-api@0.12.5",
            "0.12.5",
            "io.jsonwebtoken:jjwt-api",
        ),
        (
            "build.gradle",
            8,
            "pkg:maven/io.jsonwebtoken/jjwt-impl@0.12.5",
            "0.12.5",
            "io.jsonwebtoken:jjwt-impl",
        ),
        (
            "build.gradle",
            11,
            "pkg:maven/com.google.crypto.tink/tink",
            None,
            "com.google.crypto.tink:tink 1.+",
        ),
    ]


def test_gradle_kotlin_dsl() -> None:
    text = 'val bc = "1.79"\ndependencies {\n    implementation("org.bouncycastle:bcprov-jdk18on:$bc")\n'
    text += '    implementation(group = "com.nimbusds", name = "nimbus-jose-jwt", version = "9.37.3")\n}\n'
    assert rows(detect("build.gradle.kts", text)) == [
        (
            "build.gradle.kts",
            3,
            "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.79",
            "1.79",
            "org.bouncycastle:bcprov-jdk18on",
        ),
        (
            "build.gradle.kts",
            4,
            "pkg:maven/com.nimbusds/nimbus-jose-jwt@9.37.3",
            "9.37.3",
            "com.nimbusds:nimbus-jose-jwt",
        ),
    ]


def test_gradle_version_catalog() -> None:
    text = '[versions]\nbc = "1.79"\n\n[libraries]\n'
    text += 'bc-prov = { module = "org.bouncycastle:bcprov-jdk18on", version.ref = "bc" }\n'
    text += 'tink = "com.google.crypto.tink:tink:1.13.0"\n'
    assert rows(detect("gradle/libs.versions.toml", text)) == [
        (
            "gradle/libs.versions.toml",
            5,
            "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.79",
            "1.79",
            "org.bouncycastle:bcprov-jdk18on",
        ),
        (
            "gradle/libs.versions.toml",
            6,
            "pkg:maven/com.google.crypto.tink/tink@1.13.0",
            "1.13.0",
            "com.google.crypto.tink:tink",
        ),
    ]


def test_cargo_toml_tables_renames_and_exact_pins() -> None:
    text = (
        '[dependencies]\nring = "0.17"\nrsa = { version = "=0.9.6" }\n'
        'tls = { package = "openssl", version = "0.10" }\n\n'
        '[dependencies.p256]\nversion = "0.13.2"\n\n'
        "[target.'cfg(unix)'.dependencies]\naws-lc-rs = { workspace = true }\n"
    )
    assert rows(detect("Cargo.toml", text)) == [
        ("Cargo.toml", 2, "pkg:cargo/ring", None, "ring 0.17"),
        ("Cargo.toml", 3, "pkg:cargo/rsa@0.9.6", "0.9.6", "rsa"),
        ("Cargo.toml", 4, "pkg:cargo/openssl", None, "openssl 0.10"),
        ("Cargo.toml", 6, "pkg:cargo/p256", None, "p256 0.13.2"),
        ("Cargo.toml", 10, "pkg:cargo/aws-lc-rs", None, "aws-lc-rs workspace"),
    ]


def test_cargo_lock() -> None:
    text = 'version = 3\n\n[[package]]\nname = "rustls"\nversion = "0.23.22"\n\n'
    text += '[[package]]\nname = "ring"\nversion = "0.17.8"\n'
    detection = detect("Cargo.lock", text)
    assert rows(detection) == [
        ("Cargo.lock", 4, "pkg:cargo/rustls@0.23.22", "0.23.22", "rustls"),
        ("Cargo.lock", 8, "pkg:cargo/ring@0.17.8", "0.17.8", "ring"),
    ]
    notes = {a.name: a.note for a in detection.assets if isinstance(a, Library)}
    assert (
        notes["rustls"]
        == "post-quantum available in this version (hybrid TLS (X25519MLKEM768) since 0.23.22)"
    )


def test_csproj_package_references_properties_and_target_frameworks() -> None:
    text = """\
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFrameworks>net48;net8.0;net10.0</TargetFrameworks>
    <BcVersion>2.5.1</BcVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BouncyCastle.Cryptography" Version="$(BcVersion)" />
    <PackageReference Include="Portable.BouncyCastle"><Version>[1.9.0,2.0)</Version></PackageReference>
  </ItemGroup>
</Project>
"""
    assert rows(detect("Api.csproj", text)) == [
        ("Api.csproj", 3, "pkg:generic/dotnet@10.0", "10.0", "dotnet"),
        ("Api.csproj", 3, "pkg:generic/dotnet@8.0", "8.0", "dotnet"),
        ("Api.csproj", 7, "pkg:nuget/BouncyCastle.Cryptography@2.5.1", "2.5.1", "BouncyCastle.Cryptography"),
        ("Api.csproj", 8, "pkg:nuget/Portable.BouncyCastle", None, "Portable.BouncyCastle [1.9.0,2.0)"),
    ]


def test_nuget_packages_lock() -> None:
    text = json.dumps(
        {"version": 1, "dependencies": {"net8.0": {"BouncyCastle.Cryptography": {"resolved": "2.4.0"}}}},
        indent=2,
    )
    assert rows(detect("packages.lock.json", text)) == [
        (
            "packages.lock.json",
            5,
            "pkg:nuget/BouncyCastle.Cryptography@2.4.0",
            "2.4.0",
            "BouncyCastle.Cryptography",
        )
    ]


def test_composer_lock_and_gemfile_lock() -> None:
    composer = json.dumps(
        {"packages": [{"name": "phpseclib/phpseclib", "version": "3.0.37"}], "packages-dev": []}, indent=4
    )
    assert rows(detect("composer.lock", composer)) == [
        ("composer.lock", 4, "pkg:composer/phpseclib/phpseclib@3.0.37", "3.0.37", "phpseclib/phpseclib")
    ]
    gems = "GEM\n  remote: https://rubygems.org/\n  specs:\n    jwt (2.8.1)\n      base64\n"
    gems += "    rbnacl (7.1.1)\n\nDEPENDENCIES\n  jwt\n"
    assert rows(detect("Gemfile.lock", gems)) == [
        ("Gemfile.lock", 4, "pkg:gem/jwt@2.8.1", "2.8.1", "jwt"),
        ("Gemfile.lock", 6, "pkg:gem/rbnacl@7.1.1", "7.1.1", "rbnacl"),
    ]


# --- bad input ------------------------------------------------------------------------------------------


def test_a_malformed_lock_entry_is_a_problem_and_the_rest_is_kept() -> None:
    text = '{\n  "packages": {\n    "node_modules/jose": {"version": "5.2.3",,},\n'
    text += '    "node_modules/node-forge": {"version": "1.3.1"}\n  }\n}\n'
    detection = detect("package-lock.json", text)
    assert rows(detection) == [("package-lock.json", 4, "pkg:npm/node-forge@1.3.1", "1.3.1", "node-forge")]
    assert detection.problems == ["package-lock.json: line 3: malformed JSON object for 'jose'"]


@pytest.mark.parametrize(
    ("rel", "text", "problem"),
    [
        ("package.json", '{"dependencies": {"jose": "5"', "package.json: not valid JSON"),
        ("Cargo.toml", "[dependencies\nring = 1", "Cargo.toml: not valid TOML"),
        ("pnpm-lock.yaml", "packages:\n  jose@1.0.0: {\n", "pnpm-lock.yaml: not valid YAML"),
        ("pom.xml", "<project><dependencies></project>", "pom.xml: not well-formed XML (line 1"),
        (
            "go.mod",
            "module m\nrequire (\n\tgolang.org/x/crypto v0.31.0\n",
            "go.mod: 'require (' block is never closed",
        ),
        ("go.sum", "golang.org/x/crypto v0.31.0\n", "go.sum: line 1: not a go.sum line"),
        ("package-lock.json", "[1, 2]", "package-lock.json: not a JSON object"),
    ],
)
def test_malformed_files_are_problems(rel: str, text: str, problem: str) -> None:
    detection = detect(rel, text)
    assert len(detection.problems) == 1
    assert detection.problems[0].startswith(problem)


def test_unclosed_go_block_keeps_what_it_found() -> None:
    detection = detect("go.mod", "module m\nrequire (\n\tgolang.org/x/crypto v0.31.0\n")
    assert rows(detection) == [
        ("go.mod", 3, "pkg:golang/golang.org/x/crypto@v0.31.0", "v0.31.0", "golang.org/x/crypto")
    ]


def test_xml_entities_are_refused() -> None:
    text = '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
    text += "<project>&b;</project>\n"
    detection = detect("pom.xml", text)
    assert detection.assets == []
    assert detection.problems == ["pom.xml: XML refused: EntitiesForbidden"]


def test_binary_content_is_not_parsed() -> None:
    detection = detect("Cargo.lock", b"\x00\x01\x02binary")
    assert detection.assets == []
    assert detection.problems == ["Cargo.lock: binary content where a text manifest was expected; not read"]


def test_a_50_mb_package_lock_is_scanned_entry_by_entry() -> None:
    """(scan() skips it as over the default --max-file-size; raised, the detector reads it entry by entry)"""
    packages = {
        f"node_modules/pkg-{i}": {"version": "1.0.0", "integrity": "sha512-" + "A" * 80}
        for i in range(360_000)
    }
    packages["node_modules/deep/node_modules/jose"] = {"version": "4.15.5"}
    text = json.dumps({"lockfileVersion": 3, "packages": packages}, indent=2)
    assert len(text) > 50_000_000
    detection = detect("package-lock.json", text)
    assert rows(detection) == [("package-lock.json", 1_440_004, "pkg:npm/jose@4.15.5", "4.15.5", "jose")]
    assert detection.problems == []


def test_whole_tree_formats_over_the_bound_are_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    from qready.detectors.configs import manifests_base

    monkeypatch.setattr(manifests_base, "MAX_PARSED_BYTES", 100)
    detection = detect("Cargo.lock", '[[package]]\nname = "ring"\nversion = "0.17.8"\n' * 10)
    assert detection.assets == []
    assert detection.problems == [
        "Cargo.lock: 450 characters is over the 100 this format is parsed up to; not read"
    ]


def test_names_take_the_table_spelling_so_one_library_is_one_asset() -> None:
    python = detect("requirements.txt", "PyJWT==2.8.0\nPyCryptodomeX==3.20.0\n").assets
    nuget = detect(
        "packages.config",
        '<packages>\n  <package id="bouncycastle.cryptography" version="2.5.0" />\n</packages>',
    )
    go = detect("go.mod", "module m\n\nrequire github.com/golang-jwt/jwt/v5 v5.2.1\n").assets
    assert [(a.name, a.purl) for a in python if isinstance(a, Library)] == [
        ("pyjwt", "pkg:pypi/pyjwt@2.8.0"),
        ("pycryptodomex", "pkg:pypi/pycryptodomex@3.20.0"),
    ]
    assert [(a.name, a.purl) for a in nuget.assets if isinstance(a, Library)] == [
        ("BouncyCastle.Cryptography", "pkg:nuget/BouncyCastle.Cryptography@2.5.0")
    ]
    assert [a.name for a in go if isinstance(a, Library)] == ["github.com/golang-jwt/jwt/v5"]


# --- Maven parent POMs and dependencyManagement ---------------------------------------------------------

PARENT_POM = """\
<project>
  <groupId>g</groupId><artifactId>parent</artifactId><version>1</version>
  <properties><bc.version>1.78.1</bc.version></properties>
  <dependencyManagement><dependencies>
    <dependency><groupId>org.bouncycastle</groupId><artifactId>bcprov-jdk18on</artifactId>
      <version>${bc.version}</version></dependency>
  </dependencies></dependencyManagement>
</project>
"""


def _child(parent: str, relative: str | None = None) -> str:
    path = "" if relative is None else f"<relativePath>{relative}</relativePath>"
    return (
        f"<project>\n  <parent><groupId>g</groupId><artifactId>{parent}</artifactId><version>1</version>"
        f"{path}</parent>\n  <artifactId>child</artifactId>\n  <dependencies>\n"
        "    <dependency><groupId>org.bouncycastle</groupId>\n"
        "      <artifactId>bcprov-jdk18on</artifactId></dependency>\n  </dependencies>\n</project>\n"
    )


def _scan_child(root: Path, files: dict[str, str], rel: str) -> Detection:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    file = ScannedFile(rel, (root / rel).read_bytes(), path=str(root / rel), root=str(root))
    return DependencyDetector().detect(file, CONTEXT)


def test_pom_versions_come_from_the_parent_in_the_tree(tmp_path: Path) -> None:
    detection = _scan_child(tmp_path, {"pom.xml": PARENT_POM, "svc/pom.xml": _child("parent")}, "svc/pom.xml")
    assert rows(detection) == [
        (
            "svc/pom.xml",
            6,
            "pkg:maven/org.bouncycastle/bcprov-jdk18on@1.78.1",
            "1.78.1",
            "org.bouncycastle:bcprov-jdk18on",
        )
    ]
    assert detection.problems == []


def test_pom_relative_path_and_a_parent_that_is_another_project(tmp_path: Path) -> None:
    files = {"build/parent-pom.xml": PARENT_POM, "svc/pom.xml": _child("parent", "../build/parent-pom.xml")}
    assert rows(_scan_child(tmp_path, files, "svc/pom.xml"))[0][3] == "1.78.1"
    other = {"pom.xml": PARENT_POM, "svc/pom.xml": _child("some-other-parent")}
    assert rows(_scan_child(tmp_path / "x", other, "svc/pom.xml"))[0][2:4] == (
        "pkg:maven/org.bouncycastle/bcprov-jdk18on",
        None,
    )  # ../pom.xml is not that parent: Maven looks it up in a repository


def test_pom_parent_outside_the_tree_is_a_problem_and_a_cycle_ends(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "pom.xml").write_text(PARENT_POM)
    tree = tmp_path / "tree"
    detection = _scan_child(tree, {"pom.xml": _child("parent", "../../outside/pom.xml")}, "pom.xml")
    assert detection.problems == ["pom.xml: parent ../../outside/pom.xml: outside the scanned tree, not read"]
    assert rows(detection)[0][3] is None
    looping = _child("child", "pom.xml").replace(
        "<artifactId>child</artifactId>", "<artifactId>child</artifactId>"
    )
    detection = _scan_child(tmp_path / "loop", {"pom.xml": looping}, "pom.xml")  # its own parent
    assert (rows(detection)[0][3], detection.problems) == (None, [])
