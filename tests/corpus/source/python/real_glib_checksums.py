"""A GNOME application's digests through PyGObject (GLib's GChecksum and GHmac): the checksum type names the
hash, as in C; SHA-256 is out of scope."""

from gi.repository import GLib


def thumbnail_name(uri: str) -> str:
    return GLib.compute_checksum_for_string(GLib.ChecksumType.MD5, uri, -1) + ".png"  # qready-expect: MD5 digest


def content_id(data: bytes) -> str:
    checksum = GLib.Checksum.new(GLib.ChecksumType.SHA1)  # qready-expect: SHA-1 digest
    checksum.update(data)
    return checksum.get_string()


def signed(key: bytes, text: str) -> str:
    return GLib.compute_hmac_for_string(GLib.ChecksumType.SHA256, key, text, -1)
