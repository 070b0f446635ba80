"""Configuration, infrastructure-as-code and dependency manifests: one detector module per format.

CONFIG_DETECTORS is this package's part of the registry (detectors/__init__.py adds it to BUILTIN_DETECTORS).
"""

from __future__ import annotations

from qready.detectors.base import Detector
from qready.detectors.configs.ansible import AnsibleDetector
from qready.detectors.configs.apache import ApacheDetector
from qready.detectors.configs.cloudformation import CloudFormationDetector
from qready.detectors.configs.gnutls import GnutlsConfigDetector
from qready.detectors.configs.haproxy import HaproxyDetector
from qready.detectors.configs.java_security import JavaSecurityDetector
from qready.detectors.configs.kubernetes import KubernetesDetector
from qready.detectors.configs.mail import MailTlsDetector
from qready.detectors.configs.manifests import DependencyDetector
from qready.detectors.configs.nginx import NginxDetector
from qready.detectors.configs.openssh import OpenSshConfigDetector
from qready.detectors.configs.openssl_cnf import OpenSslConfDetector
from qready.detectors.configs.scripts import ScriptCommandDetector
from qready.detectors.configs.spring import SpringTlsDetector
from qready.detectors.configs.strongswan import StrongSwanDetector
from qready.detectors.configs.terraform import TerraformDetector
from qready.detectors.configs.vpn import VpnConfigDetector

CONFIG_DETECTORS: tuple[type[Detector], ...] = (
    OpenSshConfigDetector,
    NginxDetector,
    OpenSslConfDetector,
    GnutlsConfigDetector,
    ApacheDetector,
    HaproxyDetector,
    MailTlsDetector,
    DependencyDetector,
    JavaSecurityDetector,
    SpringTlsDetector,
    StrongSwanDetector,
    VpnConfigDetector,
    KubernetesDetector,
    TerraformDetector,
    CloudFormationDetector,
    AnsibleDetector,
    ScriptCommandDetector,
)

__all__ = ["CONFIG_DETECTORS"]
