# An obfuscator's build targets, keyed by short names (shaped on pyarmor's cli/model.py, audit round 82):
# 'ecc' is its "embedded C code" target among 'mini', 'vmc' and 'bcc', no elliptic-curve key. A key type
# among key types stays a use.
OPTIONS = {
    'mini': [
        dict(name='import_from', cls='NameOption', value='pyarmor.mini.pyarmor_mini'),
    ],
    'vmc': [],
    'ecc': [],
    'bcc': [],
}


def targets(name):
    """The options of a build target."""
    return OPTIONS.get(name, [])


KEY_TYPES = ['rsa', 'ecc']  # qready-expect: RSA reference; ECDSA reference
