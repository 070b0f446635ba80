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
