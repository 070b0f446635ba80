# Firmware and build tools (shaped on chipsec, edk2-pytool-library and eth-brownie, audit round 78): an
# Embedded Controller's commands, AMD's compression GUIDs, digests stored in records and objects are no uses;
# a hash function given as a value is one.
import hashlib
import hmac


def dump(self, sec, mod, mod_path, build_json, put_output, key, message, result_data, oids):
    self.write_command(EC_COMMAND_ACPI_WRITE)
    if sec.Guid in [EFI_GUIDED_SECTION_ZLIB_AMD1, EFI_GUIDED_SECTION_ZLIB_AMD2]:
        return None
    write_file(f"{mod_path}.sha1", mod.SHA1)
    stored = build_json["sha1"]
    remote = put_output.get("md5")
    table = HASHES["sha1"](message)  # qready-expect: SHA-1 reference
    chosen = result_data["md5"](message)  # a function picked from a record: qready-expect: MD5 reference
    oid = oids["sha1"]  # an algorithm's identifier from a table of them: qready-expect: SHA-1 reference
    mac = hmac.new(key, message, hashlib.sha1)  # qready-expect: SHA-1 digest
    return stored, remote, table, chosen, oid, mac
