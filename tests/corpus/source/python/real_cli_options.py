"""A command line's options in the style of python-barbicanclient (round 53): an option's default selects the
algorithm the option names; a class that only lays a table out for people names none."""

from cliff import show


def get_parser(parser):
    parser.add_argument("--algorithm", "-a", default="aes", help="the algorithm used")  # qready-expect: AES reference
    parser.add_argument("--mode", "-m", default="cbc", help="the mode")
    parser.add_argument("--name", default="des")
    return parser


class RSAContainerFormatter(show.ShowOne):
    columns = ("Container href", "Name", "Public Key")


class RSAContainer(Container):  # qready-expect: RSA reference
    _type = "rsa"  # qready-expect: RSA reference


def encrypt_command(source, target):
    # a command line's option given in a string (aws-encryption-sdk-cli's tests)
    return f"-i {source} -o {target}" + " --cipher aes-128-cbc"  # qready-expect: AES reference


def legacy_hash(password, salt):
    # passlib's handler, configured then asked to hash (plugp100)
    return md5_crypt.using(salt=salt).hash(password)  # qready-expect: MD5 reference
