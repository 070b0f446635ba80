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



def dump_stage(stage, d, info):
    # (dvc's field constant, openstacksdk's property key, s3cmd's record setter: names of a stored digest)
    d[stage.PARAM_MD5] = stage.md5
    d.get(stage.PARAM_MD5)
    info.record_md5("file.txt", d)
    return {stage.PARAM_MD5: stage.md5}


_IMAGE_MD5_KEY = "owner_specified.openstack.md5"
HMAC_MD5_KEY_BITS = 128  # qready-expect: MD5 reference
HMAC_MD5_KEY = b"k" * 16  # (a key's bytes under its MAC's name select nothing: real_key_material.py)


class FileDict(dict):
    def record_md5(self, relative_file, md5):
        self[relative_file]["md5"] = md5


def parsed(data, node, elem):
    # (a record read by the hash's name: a parsed document's node or element, a bare `data`)
    first = data["md5"]
    second = node.get("md5")
    return first, second, elem["sha1"]


def from_node(node):
    return {
        "md5": node.get("md5"),
        "sha1": node["sha1"],
        "md4": hashlib.new("md4", node["body"]),  # qready-expect: MD4 digest
    }


operations = [
    ("sha1", models.CharField(max_length=40, null=True)),
    ("md5", models.CharField(max_length=32)),
]


def post(url, data, hashes):
    # (a digest cut from a text: gallery-dl's paheal extractor, audit round 86)
    return {
        "md5": url[url.rfind("/") + 1 :],
        "sha1": data[4:44],
        "md4": hashes[0],  # qready-expect: MD4 reference
    }


class Downloader:
    # (a file host plugin's records, shaped on pyload-ng and nacos-sdk-python, audit round 88: a digest read
    # from an API's record or a URL's match, stored or posted under the hash's name)
    def info(self, params, md5_value, file_info, info, match, data, url):
        params["md5"] = md5_value
        record = {
            "md5": file_info["files"][0]["md5"],
        }
        info["md5"] = match.group("md5")
        self.load(url, post={"md5": data["md5"]}, referrer=url)
        hashers = {"md5": hashlib.md5}  # qready-expect: MD5 digest
        return record, hashers


def folder_query(self, f_md5):
    # (a field named after a hash and more, a variable of its very name moving by it: pyload-ng, round 88)
    return {
        "f_md5": self.f_md5,
        "file_md5": f_md5,
        "hmac_md5": hmac_keys,  # qready-expect: MD5 reference
    }


class MaterialBuilder:
    # (a generated builder's setter of a digest field, lark-oapi, audit round 89; a method hashing stays a use)
    def md5(self, md5: str) -> "MaterialBuilder":
        self._material.md5 = md5
        return self

    def sha1(self, data: bytes) -> str:  # qready-expect: SHA-1 reference
        return hashlib.sha1(data).hexdigest()  # qready-expect: SHA-1 digest


def credentials(cred):
    # (a field copied under its own name, lsassy's JSON output, audit round 55)
    return {
        "sha1": cred["sha1"],
        "md5": hashlib.md5(cred["password"]).hexdigest(),  # qready-expect: MD5 digest
    }


def thumbprint(self):
    """office365-rest-python-client's SSL certificate (round 108): a digest read from the object's properties
    with a default is a value stored, no hash run."""
    return self.properties.get("sha1", None)


# ...and one held in a variable of the hash's name, given under that name anywhere in a literal (shaped on
# dedrive's dedup.py, audit round 373); a function of that name defined here stays a use
def duplicates(files_by_md5):
    found = []
    for md5, file_list in files_by_md5.items():
        found.append({"md5": md5, "files": file_list, "uncertain": False})
    return found


def sha1(data):  # qready-expect: SHA-1 reference
    return hashlib.new("sha1", data).digest()  # qready-expect: SHA-1 digest


HASHERS = {"sha1": sha1, "size": len}  # qready-expect: SHA-1 reference


# A generated type's property holding a digest (shaped on ovirt-engine-sdk's types.py, audit round 380): its
# getter and setter compute nothing; a property that computes one calls the hash in its body
class Image:
    @property
    def md5(self):
        return self._md5

    @md5.setter
    def md5(self, value):
        self._md5 = value

    @property
    def sha1(self):
        return hashlib.sha1(self._data).hexdigest()  # qready-expect: SHA-1 digest
