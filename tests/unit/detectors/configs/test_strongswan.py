"""strongSwan: the proposal keyword parser, ipsec.conf (%default, also=, includes, `!`, defaults) and
swanctl.conf (nested sections, quoted values, includes, certificate files, default proposals)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.config_tools import assets, scanned, tree

from qready.detectors.base import DetectContext, Detection
from qready.detectors.configs import CONFIG_DETECTORS
from qready.detectors.configs.strongswan import StrongSwanDetector
from qready.detectors.configs.strongswan_proposals import default_proposals, parse_proposals
from qready.knowledge import default_catalog
from qready.model import FileLocation

CATALOG = default_catalog()
CONTEXT = DetectContext(CATALOG)
Row = tuple[str, int | None, str | None, str]


def detect(root: Path, rel: str) -> Detection:
    return StrongSwanDetector().detect(scanned(root, rel), CONTEXT)


def places(detection: Detection) -> dict[Row, list[str]]:
    """(path, line, item, rule id) -> sorted algorithm names."""
    found: dict[Row, list[str]] = {}
    for finding in detection.findings:
        location = finding.location
        assert isinstance(location, FileLocation)
        assert finding.function == "reference"
        key = (location.path, location.line, location.item, finding.rule_id)
        found.setdefault(key, []).append(finding.algorithm.name)
    return {key: sorted(names) for key, names in found.items()}


def names(value: str, defaults: str = "") -> list[str]:
    return [a.name for a in parse_proposals(CATALOG, value, defaults).algorithms]


DEFAULT_IKE = sorted(names("default", default_proposals("ike")))
DEFAULT_ESP = sorted(names("default", default_proposals("esp")))


def test_registered() -> None:
    assert StrongSwanDetector in CONFIG_DETECTORS
    assert StrongSwanDetector.name == "config-strongswan"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("aes256-sha256-modp2048", ["AES-256-CBC", "HMAC-SHA-256", "FFDH-modp2048"]),
        ("aes128gcm16-prfsha256-ecp256", ["AES-128-GCM", "HMAC-SHA-256", "ECDH-P-256"]),
        ("aes256ctr-sha512-ecp521", ["AES-256-CTR", "HMAC-SHA-512", "ECDH-P-521"]),
        ("aes192ccm12-prfsha384-ecp384bp", ["AES-192-CCM", "HMAC-SHA-384", "ECDH-brainpoolP384r1"]),
        ("chacha20poly1305-prfsha512-curve25519", ["ChaCha20-Poly1305", "HMAC-SHA-512", "X25519"]),
        ("aes-x448-x25519", ["AES-128-CBC", "X448", "X25519"]),
        ("3des-md5-modp1024", ["3DES-168-CBC", "HMAC-MD5", "FFDH-modp1024"]),
        ("des-sha1-modp768", ["DES-56-CBC", "HMAC-SHA-1", "FFDH-modp768"]),
        (
            "aes128-sha2_256_96-modp1024s160-modp2048s256",
            ["AES-128-CBC", "HMAC-SHA-256", "FFDH-1024", "FFDH-2048"],
        ),
        ("camellia256-aescmac-prfaescmac-ecp224", ["Camellia-256-CBC", "CMAC", "ECDH-P-224"]),
        (
            "aes256gcm16-prfsha384-ecp384-ke1_mlkem768-ke2_mlkem1024",
            ["AES-256-GCM", "HMAC-SHA-384", "ECDH-P-384", "ML-KEM-768", "ML-KEM-1024"],
        ),
        ("aes256gcm16-x25519-ke1_mlkem512-ke1_none-esn-noesn", ["AES-256-GCM", "X25519", "ML-KEM-512"]),
        ("aes128gmac-blowfish256-cast128", ["AES-128-GMAC", "Blowfish", "CAST5"]),
        (
            "aes256-sha256-kyber3-hqc5-bike1-frodoa1",
            ["AES-256-CBC", "HMAC-SHA-256", "Kyber768", "HQC-256", "BIKE-L1", "FrodoKEM-640"],
        ),
    ],
)
def test_proposal_keywords(value: str, expected: list[str]) -> None:
    assert names(value) == expected


def test_proposal_list_strictness_additional_and_unknown() -> None:
    parsed = parse_proposals(CATALOG, "aes256-sha256-ecp384-ke1_mlkem768, serpent256-sha1-modp2048!")
    assert parsed.strict is True
    assert parsed.default is False
    assert [a.name for a in parsed.additional] == ["ML-KEM-768"]
    assert parsed.unknown == ("serpent256",)
    assert [a.name for a in parsed.algorithms] == [
        "AES-256-CBC",
        "HMAC-SHA-256",
        "ECDH-P-384",
        "ML-KEM-768",
        "HMAC-SHA-1",
        "FFDH-modp2048",
    ]
    named = parse_proposals(CATALOG, "aes128gcm16-x25519,default", default_proposals("ike"))
    assert named.default is True and named.strict is False
    assert sorted(a.name for a in named.algorithms) == DEFAULT_IKE


def test_default_proposals_hold_no_ml_kem_and_esp_no_key_exchange() -> None:
    assert "ML-KEM-768" not in DEFAULT_IKE
    assert {"X25519", "ECDH-P-256", "FFDH-modp2048", "FFDH-modp3072"} <= set(DEFAULT_IKE)
    assert "FFDH-modp1024" not in DEFAULT_IKE
    assert DEFAULT_ESP == [
        "AES-128-CBC",
        "AES-128-GCM",
        "AES-192-CBC",
        "AES-192-GCM",
        "AES-256-CBC",
        "AES-256-GCM",
        "HMAC-SHA-1",
        "HMAC-SHA-256",
        "HMAC-SHA-384",
        "HMAC-SHA-512",
    ]


IPSEC = """\
# ipsec.conf
config setup
\tuniqueids=no

conn %default
\tkeyexchange=ikev2
\tesp=aes256gcm16!

conn base
\tike=aes256-sha384-ecp384!   # the shared IKE proposal
\tleftcert=gw.crt
\tauto=ignore

conn tunnel
\talso=base
\tright=198.51.100.1
\tesp=aes128gcm16-ecp256!
\tauto=start

conn v1
\talso=base
\tkeyexchange=ikev1
\tike="aes128-sha1-modp2048"
\tauto=add
"""


def test_ipsec_conf_also_default_and_precedence(tmp_path: Path) -> None:
    tree(tmp_path, {"etc/ipsec.conf": IPSEC, "etc/ipsec.d/certs/gw.crt": "cert"})
    detection = detect(tmp_path, "etc/ipsec.conf")
    assert places(detection) == {
        ("etc/ipsec.conf", 10, "conn tunnel / ike", "config.strongswan.ike"): [
            "AES-256-CBC",
            "ECDH-P-384",
            "HMAC-SHA-384",
        ],
        ("etc/ipsec.conf", 17, "conn tunnel / esp", "config.strongswan.esp"): ["AES-128-GCM", "ECDH-P-256"],
        ("etc/ipsec.conf", 23, "conn v1 / ike", "config.strongswan.ike"): [
            "AES-128-CBC",
            "FFDH-modp2048",
            "HMAC-SHA-1",
        ],
        ("etc/ipsec.conf", None, "conn v1 / ike", "config.strongswan.ike"): DEFAULT_IKE,
        ("etc/ipsec.conf", 7, "conn v1 / esp", "config.strongswan.esp"): ["AES-256-GCM"],
    }
    tunnel, v1 = assets(detection)
    assert (tunnel.protocol, tunnel.version, tunnel.files) == ("ike", "IKEv2", ("etc/ipsec.d/certs/gw.crt",))
    assert tunnel.names == ("AES-256-CBC", "HMAC-SHA-384", "ECDH-P-384", "AES-128-GCM", "ECDH-P-256")
    assert FileLocation("etc/ipsec.conf", 14, "conn tunnel") in tunnel.locations
    assert v1.version == "IKEv1"
    assert detection.problems == []


def test_ipsec_conf_absent_proposals_are_the_documented_default(tmp_path: Path) -> None:
    tree(tmp_path, {"ipsec.conf": "conn rw\n\tright=%any\n\tauto=add\n"})
    detection = detect(tmp_path, "ipsec.conf")
    found = places(detection)
    assert found == {
        ("ipsec.conf", None, "conn rw / ike", "config.strongswan.ike"): DEFAULT_IKE,
        ("ipsec.conf", None, "conn rw / esp", "config.strongswan.esp"): DEFAULT_ESP,
    }
    ike = next(f for f in detection.findings if f.rule_id == "config.strongswan.ike")
    assert ike.evidence == "ike aes128-sha256-modp3072,default (strongSwan ipsec.conf default)"
    assert dict(ike.provenance) == {"value": "default"}


def test_ipsec_conf_also_cycle_missing_and_bad_lines(tmp_path: Path) -> None:
    text = "conn a\n\talso=b\n\tike=aes256-sha256-ecp256!\n\tesp=aes256!\nconn b\n\talso=a\n\talso=nowhere\n"
    text += "\tnoequals\nbogus line\n"
    tree(tmp_path, {"ipsec.conf": text})
    detection = detect(tmp_path, "ipsec.conf")
    assert places(detection)[("ipsec.conf", 3, "conn a / ike", "config.strongswan.ike")] == [
        "AES-256-CBC",
        "ECDH-P-256",
        "HMAC-SHA-256",
    ]
    assert places(detection)[("ipsec.conf", 3, "conn b / ike", "config.strongswan.ike")] == [
        "AES-256-CBC",
        "ECDH-P-256",
        "HMAC-SHA-256",
    ]
    assert detection.problems == [
        "ipsec.conf:8: no '=' in a conn parameter; line ignored",
        "ipsec.conf:9: not a section, include or parameter",
        "ipsec.conf:5: conn b: also=a is a cycle; not followed",
        "ipsec.conf:5: conn b: also=nowhere names no conn section",
        "ipsec.conf:1: conn a: also=b is a cycle; not followed",
        "ipsec.conf:5: conn b: also=nowhere names no conn section",
    ]


def test_ipsec_conf_includes_inside_the_tree_only(tmp_path: Path) -> None:
    tree(
        tmp_path / "target",
        {
            "etc/ipsec.conf": "include /etc/ipsec.d/*.conf\ninclude ../../../outside.conf\n",
            "etc/ipsec.d/site.conf": "conn site\n\tike=aes128gcm16-prfsha256-x25519!\n\tesp=aes128gcm16!\n",
            "etc/ipsec.d/loop.conf": "include /etc/ipsec.conf\n",
        },
    )
    (tmp_path / "outside.conf").write_text("conn secret\n\tike=3des-md5-modp768!\n")
    root = tmp_path / "target"
    detection = detect(root, "etc/ipsec.conf")
    assert places(detection) == {
        ("etc/ipsec.d/site.conf", 2, "conn site / ike", "config.strongswan.ike"): [
            "AES-128-GCM",
            "HMAC-SHA-256",
            "X25519",
        ],
        ("etc/ipsec.d/site.conf", 3, "conn site / esp", "config.strongswan.esp"): ["AES-128-GCM"],
    }
    assert detection.problems == [
        "etc/ipsec.d/loop.conf:1: include etc/ipsec.conf: include cycle, not read again",
        "etc/ipsec.conf:2: include ../../../outside.conf: outside the scanned tree, not read",
    ]
    # the included fragment is reported through ipsec.conf, not again on its own
    assert detect(root, "etc/ipsec.d/site.conf").findings == []


SWANCTL = """\
connections {
   # hybrid IKE
   gw {
      version = 2
      proposals = "aes256gcm16-prfsha384-ecp384-ke1_mlkem768,
                   aes256gcm16-prfsha384-x25519-ke1_mlkem768"
      local-1 {
         certs = gwCert.pem, /etc/swanctl/x509/other.pem
      }
      remote {
         cacerts = ca.pem
         pubkeys = peer.pub
      }
      children {
         net {
            esp_proposals = aes256gcm16-ecp384-ke1_mlkem768
         }
         mgmt {
            ah_proposals = sha256-sha384
         }
         old {
         }
      }
   }
   anyversion {
      children {
         c { esp_proposals = aes128-sha256 }
      }
   }
}
include conf.d/*.conf
"""


def test_swanctl_sections_quotes_files_and_defaults(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "etc/swanctl/swanctl.conf": SWANCTL,
            "etc/swanctl/conf.d/b.conf": (
                "connections {\n  branch {\n    proposals = aes128-sha256-modp3072\n  }\n}\n"
            ),
            "etc/swanctl/x509/gwCert.pem": "c",
            "etc/swanctl/x509/other.pem": "c",
            "etc/swanctl/x509ca/ca.pem": "c",
            "etc/swanctl/pubkey/peer.pub": "k",
        },
    )
    detection = detect(tmp_path, "etc/swanctl/swanctl.conf")
    found = places(detection)
    assert found == {
        ("etc/swanctl/swanctl.conf", 5, "gw / proposals", "config.strongswan.proposals"): [
            "AES-256-GCM",
            "ECDH-P-384",
            "HMAC-SHA-384",
            "ML-KEM-768",
            "X25519",
        ],
        ("etc/swanctl/swanctl.conf", 16, "gw / net / esp_proposals", "config.strongswan.esp_proposals"): [
            "AES-256-GCM",
            "ECDH-P-384",
            "ML-KEM-768",
        ],
        ("etc/swanctl/swanctl.conf", 19, "gw / mgmt / ah_proposals", "config.strongswan.ah_proposals"): [
            "HMAC-SHA-256",
            "HMAC-SHA-384",
        ],
        (
            "etc/swanctl/swanctl.conf",
            None,
            "gw / old / esp_proposals",
            "config.strongswan.esp_proposals",
        ): DEFAULT_ESP,
        (
            "etc/swanctl/swanctl.conf",
            None,
            "anyversion / proposals",
            "config.strongswan.proposals",
        ): DEFAULT_IKE,
        (
            "etc/swanctl/swanctl.conf",
            27,
            "anyversion / c / esp_proposals",
            "config.strongswan.esp_proposals",
        ): [
            "AES-128-CBC",
            "HMAC-SHA-256",
        ],
        ("etc/swanctl/conf.d/b.conf", 3, "branch / proposals", "config.strongswan.proposals"): [
            "AES-128-CBC",
            "FFDH-modp3072",
            "HMAC-SHA-256",
        ],
    }
    gw, anyversion, branch = assets(detection)
    assert gw.version == "IKEv2"
    assert gw.files == (
        "etc/swanctl/x509/gwCert.pem",
        "etc/swanctl/x509/other.pem",
        "etc/swanctl/x509ca/ca.pem",
        "etc/swanctl/pubkey/peer.pub",
    )
    assert FileLocation("etc/swanctl/swanctl.conf", 3, "connections / gw") in gw.locations
    assert anyversion.version == "IKEv1/IKEv2"
    assert branch.locations[0] == FileLocation("etc/swanctl/conf.d/b.conf", 2, "connections / branch")
    # `c { esp_proposals = ... }`: a section, a setting and its end on one line
    assert detection.problems == []
    assert detect(tmp_path, "etc/swanctl/conf.d/b.conf").findings == []


def test_swanctl_unbalanced_braces_keep_what_was_found(tmp_path: Path) -> None:
    text = "}\nconnections {\n  a {\n    proposals = aes256-sha256-ecp256\n"
    tree(tmp_path, {"swanctl.conf": text})
    detection = detect(tmp_path, "swanctl.conf")
    assert places(detection) == {
        ("swanctl.conf", 4, "a / proposals", "config.strongswan.proposals"): [
            "AES-256-CBC",
            "ECDH-P-256",
            "HMAC-SHA-256",
        ],
    }
    assert detection.problems == [
        "swanctl.conf:1: '}' closes no section; ignored",
        "swanctl.conf: 2 section(s) not closed with '}'",
    ]


@pytest.mark.parametrize(
    ("rel", "content", "wanted"),
    [
        ("etc/ipsec.conf", "conn a\n\tauto=add\n", True),
        ("etc/ipsec.d/tunnels.conf", "conn a\n\tauto=add\n", True),
        ("etc/ipsec.conf", "# only comments\n", False),
        ("etc/swanctl/swanctl.conf", "connections {\n}\n", True),
        ("etc/swanctl/conf.d/x.conf", "connections {\n}\n", True),
        ("etc/nginx/nginx.conf", "http {\n}\n", False),
        ("etc/strongswan.conf", "charon {\n}\n", False),
    ],
)
def test_wants(tmp_path: Path, rel: str, content: str, wanted: bool) -> None:
    tree(tmp_path, {rel: content})
    assert StrongSwanDetector().wants(scanned(tmp_path, rel)) is wanted


def test_ipsec_conf_also_diamonds_expand_once_and_depth_is_bounded(tmp_path: Path) -> None:
    sections = [f"conn c{n}\n\talso=c{n + 1}\n\talso=c{n + 1}\n\tauto=ignore\n" for n in range(30)]
    sections.append("conn c30\n\tike=aes256-sha256-ecp256!\n\tesp=aes256!\n\tauto=ignore\n")
    sections.append("conn top\n\talso=c0\n\tauto=add\n")
    tree(tmp_path, {"ipsec.conf": "".join(sections)})
    detection = detect(tmp_path, "ipsec.conf")  # 2^30 expansions if each also= were followed afresh
    assert places(detection) == {
        ("ipsec.conf", 122, "conn top / ike", "config.strongswan.ike"): [
            "AES-256-CBC",
            "ECDH-P-256",
            "HMAC-SHA-256",
        ],
        ("ipsec.conf", 123, "conn top / esp", "config.strongswan.esp"): ["AES-256-CBC"],
    }
    assert detection.problems == []
    deep = [f"conn d{n}\n\talso=d{n + 1}\n" for n in range(40)] + ["conn d40\n\tike=aes128-sha256-x25519!\n"]
    tree(tmp_path, {"deep/ipsec.conf": "".join(deep)})
    detection = detect(tmp_path, "deep/ipsec.conf")
    assert "deep/ipsec.conf:67: conn d33: also=d34 nests too deep; not followed" in detection.problems
