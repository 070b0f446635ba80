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


def add_commands(sub):
    # a tool's commands, named after what they do (zyc-stego's CLI, round 169): words to type; the
    # algorithm a command's option selects is read on the option's line
    aes_p = sub.add_parser("aes", help="AES-256-GCM encryption")
    aes_ops = aes_p.add_subparsers(dest="op", required=True)
    keygen = aes_ops.add_parser("keygen")
    keygen.add_argument("--cipher", default="aes-256-gcm")  # qready-expect: AES reference
    return sub


@cli.command("rsa")
def keygen_command(bits):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)  # qready-expect: RSA keygen


# a generated command whose name the user may override (oci-cli's media services, round 193): the name is a word
# to type; the command's option selects the algorithm
@packaging_group.command(name=cli_util.override('media.create_config_encryption_aes128.command_name', 'create-config-encryption-aes128'), help="Creates a configuration.")
@cli_util.option("--algorithm", default="AES128")  # qready-expect: AES reference 128
def create_config(ctx, algorithm):
    return ctx.obj.create(algorithm)
