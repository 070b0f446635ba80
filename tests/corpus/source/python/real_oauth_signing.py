# An OAuth client's request signing (shaped on rauth, audit round 65): the hash a string names, given as a
# parameter's default, is chosen there; a nonce made with SHA-1 uses it too.
import hmac
from hashlib import md5, sha1  # qready-expect: MD5 reference; SHA-1 reference
from random import random
from time import time


class OflySession:
    def request(self, method, url, header_auth=False, hash_meth="sha1", **kwargs):  # qready-expect: SHA-1 reference
        params = self.sign(url, self.app_id, self.app_secret, hash_meth=hash_meth, **kwargs)
        return params

    @staticmethod
    def sign(url, app_id, app_secret, hash_meth="sha1", **params):  # qready-expect: SHA-1 reference
        if hash_meth == "sha1":  # qready-expect: SHA-1 reference
            hash_meth_func = sha1  # qready-expect: SHA-1 digest
        elif hash_meth == "md5":  # qready-expect: MD5 reference
            hash_meth_func = md5  # qready-expect: MD5 digest
        signature = hmac.new(app_secret.encode(), url.encode(), hash_meth_func)
        return {"oflyApiSig": signature.hexdigest(), "oflyAppId": app_id}


def nonce():
    return sha1(str(random() + time()).encode()).hexdigest()  # qready-expect: SHA-1 digest
