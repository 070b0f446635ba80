# A CLI's tests looking for words in its output (shaped on snmpv3-utils' and aiosmtplib's tests, audit
# round 74): words of a text, no use; a list of algorithms it supports is one.
def test_debug_hint(result, response, algorithms):
    assert "AES128" in result
    assert "CRAM-MD5" in response.message
    assert "sha1" in algorithms  # qready-expect: SHA-1 reference


# CI providers' variables holding the commit's id (shaped on ggshield, audit round 77): a git hash, no use
COMMIT_VARIABLES = {
    "circleci": "CIRCLE_SHA1",
    "gitlab": "CI_COMMIT_SHA",
}


# a cipher's name compared (shaped on tlslite-ng's recordlayer.py): `encContext` is no output
class RecordLayer:
    def is_aead(self):
        return "aes" in self._writeState.encContext.name  # qready-expect: AES reference
