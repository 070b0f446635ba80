# A downloader's, a sync tool's and a data tool's records (shaped on gallery-dl, s3cmd and dvc, audit round
# 86): a digest moves between a variable named after its hash and a record's field keyed by that name, and a
# folder of a cache's path is named after the hash: values, no hash run. A table of hash functions, or a
# digest computed into the record, stays a use.
import hashlib


def metadata(file, url, src_item, cloud, stage):
    md5 = file["md5"]
    src_item["md5"] = md5
    data = {
        "md5": md5,
        "sha1": stage.sha1,
    }
    data["url"] = cloud / "files" / "md5" / "ac" / "bd18db4cc2f85cedef654fccc4a4d8"
    hashers = {"md5": hashlib.md5}  # qready-expect: MD5 digest
    hashers["sha1"] = hashlib.sha1(url)  # qready-expect: SHA-1 digest
    return data, hashers


def record(dst, md5sum):
    dst["md5"] = md5sum
    return {"md5": sizes, "sha1": 20}  # qready-expect: MD5 reference; SHA-1 reference

