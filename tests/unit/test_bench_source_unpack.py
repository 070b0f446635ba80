"""benchmarks/bench_source.py: the guarded unpacking of a Debian package's Go, Rust, Ruby or PHP sources
(offline)."""

from __future__ import annotations

import io
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import bench_source


def _member(
    name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE, link: str = ""
) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type, info.size, info.linkname = kind, len(data), link
    return info, data


def _deb(path: Path, members: list[tuple[tarfile.TarInfo, bytes]]) -> Path:
    """A .deb as dpkg-deb writes one: an `ar` archive of debian-binary, control.tar.xz and data.tar.xz."""
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:xz") as tar:
        for info, body in members:
            tar.addfile(info, io.BytesIO(body) if info.isfile() else None)
    parts = [
        (b"debian-binary", b"2.0\n"),
        (b"control.tar.xz", b"\xfd7zXZ-not-read"),
        (b"data.tar.xz", data.getvalue()),
    ]
    with path.open("wb") as handle:
        handle.write(b"!<arch>\n")
        for name, body in parts:
            header = name.ljust(16) + b"0".ljust(12) + b"0".ljust(6) + b"0".ljust(6) + b"100644".ljust(8)
            handle.write(header + str(len(body)).encode().ljust(10) + b"`\n" + body + b"\n" * (len(body) % 2))
    return path


def test_a_debian_package_unpacks_its_go_sources_only(tmp_path: Path) -> None:
    deb = _deb(
        tmp_path / "golang-example-dev_1.0-1_all.deb",
        [
            _member("./usr/share/gocode/src/example.org/jwt/", kind=tarfile.DIRTYPE),
            _member("./usr/share/gocode/src/example.org/jwt/rsa.go", b"package jwt\n"),
            _member("./usr/share/doc/golang-example-dev/copyright", b"MIT\n"),
            _member("./usr/share/gocode/src/example.org/jwt/evil", kind=tarfile.SYMTYPE, link="/etc/passwd"),
            _member("./usr/share/gocode/src/../../../../escape.go", b"package x\n"),
        ],
    )
    dest = tmp_path / "unpacked"
    bench_source.extract(deb, dest)
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file() or p.is_symlink())
    assert files == ["example.org/jwt/rsa.go"]
    assert (dest / "example.org/jwt/rsa.go").read_bytes() == b"package jwt\n"
    assert not (tmp_path / "escape.go").exists()


def test_a_debian_rust_package_unpacks_its_crate_sources_only(tmp_path: Path) -> None:
    deb = _deb(
        tmp_path / "librust-example-dev_0.1.0-1_amd64.deb",
        [
            _member("./usr/share/cargo/registry/example-0.1.0/", kind=tarfile.DIRTYPE),
            _member("./usr/share/cargo/registry/example-0.1.0/src/lib.rs", b"use rsa::RsaPrivateKey;\n"),
            _member("./usr/share/cargo/registry/example-0.1.0/Cargo.toml", b"[package]\n"),
            _member("./usr/share/doc/librust-example-dev/copyright", b"MIT\n"),
            _member("./usr/share/cargo/registry/../../../../escape.rs", b"fn main() {}\n"),
        ],
    )
    dest = tmp_path / "unpacked"
    bench_source.extract(deb, dest)
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert files == ["example-0.1.0/Cargo.toml", "example-0.1.0/src/lib.rs"]
    assert (dest / "example-0.1.0/src/lib.rs").read_bytes() == b"use rsa::RsaPrivateKey;\n"
    assert not (tmp_path / "escape.rs").exists()


@pytest.mark.parametrize(
    ("prefix", "source"),
    [
        ("usr/share/rubygems-integration/all/gems/", "net-ssh-7.0.1/lib/net/ssh/key_factory.rb"),
        ("usr/lib/ruby/vendor_ruby/", "rbnacl/signatures/ed25519.rb"),
        ("usr/share/php/", "phpseclib3/Crypt/RSA.php"),
    ],
)
def test_a_debian_ruby_or_php_package_unpacks_its_library_sources_only(
    tmp_path: Path, prefix: str, source: str
) -> None:
    deb = _deb(
        tmp_path / "ruby-or-php-example_1.0-1_all.deb",
        [
            _member(f"./{prefix}{source}", b"code\n"),
            _member("./usr/share/rubygems-integration/all/specifications/x.gemspec", b"spec\n"),
            _member("./usr/share/doc/example/copyright", b"MIT\n"),
            _member(f"./{prefix}../../../../../escape.rb", b"x\n"),
        ],
    )
    dest = tmp_path / "unpacked"
    bench_source.extract(deb, dest)
    files = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert files == [source]
    assert not (tmp_path / "escape.rb").exists()


def test_a_link_between_the_unpacked_sources_is_kept(tmp_path: Path) -> None:
    """go-ldap's .deb links github.com/go-ldap/ldap to gopkg.in/ldap.v2: its files are read through both."""
    deb = _deb(
        tmp_path / "golang-ldap-dev_1.0-1_all.deb",
        [
            _member("./usr/share/gocode/src/gopkg.in/ldap.v2/", kind=tarfile.DIRTYPE),
            _member("./usr/share/gocode/src/gopkg.in/ldap.v2/add.go", b"package ldap\n"),
            _member("./usr/share/gocode/src/github.com/go-ldap/", kind=tarfile.DIRTYPE),
            _member(
                "./usr/share/gocode/src/github.com/go-ldap/ldap",
                kind=tarfile.SYMTYPE,
                link="../../gopkg.in/ldap.v2",
            ),
            _member(
                "./usr/share/gocode/src/github.com/go-ldap/out", kind=tarfile.SYMTYPE, link="../../../../doc"
            ),
        ],
    )
    dest = tmp_path / "unpacked"
    bench_source.extract(deb, dest)
    assert (dest / "github.com/go-ldap/ldap").is_symlink()
    assert (dest / "github.com/go-ldap/ldap/add.go").read_bytes() == b"package ldap\n"
    assert not (dest / "github.com/go-ldap/out").is_symlink()  # a link out of the sources is dropped


def test_a_file_that_is_no_debian_package_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake_1.0_all.deb"
    fake.write_bytes(b"PK\x03\x04 not an ar archive")
    with pytest.raises(RuntimeError, match=r"fake_1\.0_all\.deb: not a Debian package"):
        bench_source.extract(fake, tmp_path / "out")


def test_a_debian_source_package_is_fetched_as_its_upstream_tarball_alone() -> None:
    def row(name: str) -> tuple[str, str, str]:
        return (f"http://deb.debian.org/debian/pool/main/l/libssh2/{name}", name, "0" * 64)

    listed = [
        row("libssh2_1.10.0-3.dsc"),
        row("libssh2_1.10.0.orig.tar.gz"),
        row("libssh2_1.10.0.orig.tar.gz.asc"),
        row("libssh2_1.10.0.orig-docs.tar.xz"),
        row("libssh2_1.10.0-3.debian.tar.xz"),
    ]
    assert bench_source.upstream_tarballs(listed) == [row("libssh2_1.10.0.orig.tar.gz")]
    native = [row("tinyssh_20230101-1.dsc"), row("tinyssh_20230101-1.tar.xz")]
    assert bench_source.upstream_tarballs(native) == [row("tinyssh_20230101-1.tar.xz")]


def test_a_stamped_package_is_unpacked_again_only_when_needed(tmp_path: Path) -> None:
    archives = tmp_path / "archives" / "golang-example-dev"
    archives.mkdir(parents=True)
    deb = _deb(
        archives / "golang-example-dev_1.0-1_all.deb",
        [_member("./usr/share/gocode/src/example.org/jwt/rsa.go", b"package jwt\n")],
    )
    tree = tmp_path / "tree"
    tree.mkdir()
    dest = tree / "golang-example-dev-1.0-1"
    bench_source.extract(deb, dest)
    # a worktree reaches the same tree through a link: its stamp holds, nothing is unpacked again
    (dest / "example.org/jwt/rsa.go").write_bytes(b"package jwt // kept\n")
    linked = tmp_path / "worktree-tree"
    linked.symlink_to(tree)
    bench_source.extract(deb, linked / dest.name)
    assert (dest / "example.org/jwt/rsa.go").read_bytes() == b"package jwt // kept\n"
    # a folder emptied since its stamp was written is unpacked again
    (dest / "example.org/jwt/rsa.go").unlink()
    (dest / "example.org/jwt").rmdir()
    (dest / "example.org").rmdir()
    bench_source.extract(deb, dest)
    assert (dest / "example.org/jwt/rsa.go").read_bytes() == b"package jwt\n"


@pytest.mark.parametrize("which", ["SOURCES_INDEX", "PACKAGES_INDEX"])
def test_a_debian_index_is_fetched_once_by_concurrent_downloads(
    which: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Downloads run in threads: the first fetches Debian's index (source packages, or binary packages with
    bookworm's backports), the others wait and reuse it (two `apt-get update` at once fail on apt's lock)."""
    import dataclasses
    import threading
    import time

    fetched: list[str] = []
    index = dataclasses.replace(getattr(bench_source, which), folder=tmp_path / "apt")
    marker = index.fetched.strip("*")

    def fetch(index: bench_source.AptIndex, options: list[str], lists: Path, cache: Path) -> None:
        fetched.append(threading.current_thread().name)
        time.sleep(0.2)  # (apt-get update takes seconds)
        lists.mkdir(parents=True, exist_ok=True)
        (lists / f"deb.debian.org_debian_dists_bookworm_main_{marker}").write_text("", encoding="utf-8")
        (index.folder / "sources.list").write_text(index.sources, encoding="utf-8")

    monkeypatch.setattr(bench_source, "_fetch_index", fetch)
    threads = [threading.Thread(target=bench_source._apt_options, args=(index,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(fetched) == 1
    assert bench_source._apt_options(index)[2] == f"-oDir::State::Lists={tmp_path / 'apt' / 'lists'}"
    assert len(fetched) == 1
    # an index fetched for other sources (before a suite was added) is fetched again, once
    more = dataclasses.replace(index, sources=index.sources + "deb http://example.org/debian extra main\n")
    bench_source._apt_options(more)
    bench_source._apt_options(more)
    assert len(fetched) == 2


def test_binary_packages_are_read_from_bookworm_with_its_updates_backports_and_security_updates() -> None:
    sources = bench_source.PACKAGES_INDEX.sources.splitlines()
    assert [line.split()[-2] for line in sources] == [
        "bookworm",
        "bookworm-updates",
        "bookworm-backports",
        "bookworm-security",
    ]
    assert sources[-1].split()[-3] == "http://security.debian.org/debian-security"
    assert all(
        line.startswith("deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ") for line in sources
    )
