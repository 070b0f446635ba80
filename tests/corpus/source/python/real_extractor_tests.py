"""A video downloader's extractor tests (shaped on yt-dlp, audit round 37): the digests its test data expects,
keyed by their hash or tagged with it, are values; the hash the test harness computes is the use."""
import hashlib


class BrainPOPIE:
    _TESTS = [{
        'url': 'https://www.brainpop.com/health/conflictresolution/martinlutherkingjr/movie?ref=null',
        'md5': '3ead374233ae74c7f1b0029a01c972f0',
        'info_dict': {
            'id': '1f3259fa457292b4',
            'description': 'md:5a76a8c1',
            'thumbnail': 'md5:2fc0d7cd1a13ea4a1a0c4fb1d5e1e1a1',
        },
    }]


def expect_md5(data, expected):  # qready-expect: MD5 reference
    got = hashlib.md5(data).hexdigest()  # qready-expect: MD5 digest
    return got == expected


HASHES = {'md5': hashlib.md5, 'sha1': hashlib.sha1}  # qready-expect: MD5 digest; SHA-1 digest

# (round 182) cyclonedx-python-lib's model tests: an OmniBOR artifact id, a SHA-1 digest within a gitoid URI,
# and a container image pinned by its digest, are values too
OMNIBOR_IDS = ['gitoid:blob:sha1:261eeb9e9f8b2b4b0d119366dda99c6fd7d35c64']
PINNED_IMAGE = 'alpine@sha1:da39a3ee5e6b4b0d3255bfef95601890afd80709'


# (round 43) pycryptodome's HMAC self-test: expected digests keyed by their hash's name, as keywords
HMAC_VECTORS = [
    dict(MD5="697eaf0aca3a3aea3a75164746ffaa79", SHA1="effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
]
# (round 40) hwi: a PSBT field's key type
PSBT_IN_MUSIG2_PUB_NONCE = 0x1B
