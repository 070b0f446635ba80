# An XML Signature KeyInfo writer (shaped on keyinfo's keyinfo.py, audit round 430): the KeyValue element
# that holds an RSA or a DSA public key names its algorithm; the element that holds any key does not.
from lxml import etree


def key_value(keyinfo, public_numbers, _ds):
    keyvalue = etree.SubElement(keyinfo, _ds("KeyValue"))
    if public_numbers.kind == "rsa":  # qready-expect: RSA reference
        rsakeyvalue = etree.SubElement(keyvalue, _ds("RSAKeyValue"))  # qready-expect: RSA reference
        return rsakeyvalue
    dsakeyvalue = etree.SubElement(keyvalue, _ds("DSAKeyValue"))  # qready-expect: DSA reference
    return dsakeyvalue
