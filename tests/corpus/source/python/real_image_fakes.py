# An SDK's image upload test (shaped on openstacksdk's test_image.py, audit round 146): a fakes module's
# placeholder for a digest it does not compute is test data, not MD5; hashing the image is a use.
import hashlib

from openstack.tests import fakes


def expected_properties(data):
    return {
        "owner_specified.openstack.md5": fakes.NO_MD5,
        "owner_specified.openstack.sha256": fakes.NO_SHA256,
        "checksum": hashlib.md5(data).hexdigest(),  # qready-expect: MD5 digest
    }
