# An SDK's request parameters and a test's data (shaped on dingtalk-sdk, oslo.utils and octavia, audit round
# 71): a field named after a digest or a description, a CPU's features and a held fingerprint use nothing.
import hashlib

from octavia.tests.common import sample_certs


def query_orders(self, imei_md5, cancel_reason_des, mobile_sha1):
    params = {
        "imei_md5": imei_md5,
        "cancel_reason_des": cancel_reason_des,
        "mobile_sha1": hashlib.sha1(mobile_sha1.encode()).hexdigest(),  # qready-expect: SHA-1 digest
    }
    return self.post("taobao.orders.query", params)


def test_specs_matcher_all_in(self):
    self._do_specs_matcher_test(
        value=["aes", "mmx", "aux"],
        req="<all-in> aes",
    )
    ciphers = ["aes", "none"]  # qready-expect: AES reference
    return ciphers


def test_report_cpu_traits(self):
    """A compute node's CPU traits as os-traits names them (shaped on nova's functional tests, audit round 184):
    AES-NI is a feature of the CPU among others, on the trait's line or on the list's lines around it."""
    for trait in (
        "HW_CPU_X86_VMX", "HW_CPU_X86_INTEL_VMX", "HW_CPU_X86_AESNI",
        "COMPUTE_NODE",
    ):
        self.assertIn(trait, self.traits)
    expected = self.capability_traits.union(
        [
            "HW_CPU_X86_VMX",
            "HW_CPU_X86_INTEL_VMX",
            "HW_CPU_X86_AESNI",
            "CUSTOM_TRAITS",
        ]
    )
    return expected


def container(lib_consts):
    return {lib_consts.ID: sample_certs.X509_CERT_SHA1}
