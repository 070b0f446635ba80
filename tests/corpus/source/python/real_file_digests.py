"""An object store's reconnaissance middleware (shaped on swift's recon.py, audit round 323): a project's
function named for the hash it computes over a file is a use of that hash; a constant naming the file is not."""

from swift.common.utils import SWIFT_CONF_FILE, md5_hash_for_file  # qready-expect: MD5 reference

RING_FILES = ["account.ring.gz", "container.ring.gz"]


def get_ring_sums(ring_dir):
    sums = {}
    for ring in RING_FILES:
        sums[ring] = md5_hash_for_file(f"{ring_dir}/{ring}")  # qready-expect: MD5 reference
    return sums


def get_swift_conf_sum():
    return sha1OfFile(SWIFT_CONF_FILE)  # qready-expect: SHA-1 reference


def sha1OfFile(path):  # qready-expect: SHA-1 reference
    with open(path, "rb") as handle:
        return handle.read()
