"""A deployment helper that runs the cryptographic tools: openssl, ssh-keygen, keytool and gpg commands, as one
string, an f-string or an argument vector, are uses of what their subcommands and options name (commands.py).
Text about a command (a hint printed, a usage line, a mock's expected call) is not."""

import os
import subprocess

OPENSSL = "/usr/bin/openssl"


def make_server_key(path, bits):
    subprocess.run(["openssl", "genrsa", "-out", path, "2048"], check=True)  # qready-expect: RSA keygen 2048
    subprocess.run(f"{OPENSSL} genrsa -out {path} {bits}", shell=True)  # qready-expect: RSA keygen
    os.system("openssl req -x509 -newkey rsa:4096 -nodes -keyout k.pem -out c.pem")  # qready-expect: RSA keygen 4096
    os.system("openssl ecparam -name prime256v1 -genkey -noout -out ec.pem")  # qready-expect: ECDSA keygen P-256
    os.system("openssl genpkey -algorithm ED25519 -out ed.pem")  # qready-expect: EdDSA keygen
    os.system("openssl genpkey -algorithm ML-DSA-65 -out mldsa.pem")  # qready-expect: ML-DSA keygen
    os.system("openssl dhparam -out dh.pem 2048")  # qready-expect: FFDH keygen 2048
    subprocess.check_call(["openssl", "genrsa", "-des3", "-out", path, "1024"])  # qready-expect: RSA keygen 1024; 3DES encrypt


def protect(path):
    os.system(f"openssl enc -aes-256-cbc -salt -in {path} -out {path}.enc")  # qready-expect: AES encrypt
    os.system(f"openssl enc -d -des3 -in {path}.enc -out {path}")  # qready-expect: 3DES decrypt
    return subprocess.check_output(["openssl", "dgst", "-md5", path])  # qready-expect: MD5 digest


def make_ssh_keys(key_path, ca):
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-f", key_path, "-N", ""])  # qready-expect: EdDSA keygen
    subprocess.run(
        [
            "ssh-keygen",
            "-t",
            "rsa",  # qready-expect: RSA keygen 3072
            "-b",
            "3072",
            "-f",
            key_path,
        ]
    )
    subprocess.run(f"ssh-keygen -q -t ecdsa -b 384 -f {key_path}", shell=True)  # qready-expect: ECDSA keygen P-384
    fingerprint = subprocess.check_output(["ssh-keygen", "-lf", key_path])
    subprocess.run(["ssh-keygen", "-s", ca, "-I", "host", "-h", key_path + ".pub"])
    return fingerprint


def make_keystore(store):
    subprocess.run(["keytool", "-genkeypair", "-keyalg", "EC", "-groupname", "secp384r1", "-keystore", store])  # qready-expect: ECDSA keygen P-384
    subprocess.run(["gpg", "--batch", "--quick-gen-key", "ops@example.org", "rsa3072"])  # qready-expect: RSA keygen 3072


def openssl(*args):
    return subprocess.check_output(["/usr/bin/openssl", *args])


def public_half(path):
    return openssl("rsa", "-in", path, "-pubout")  # qready-expect: RSA reference


def hints(path):
    print("  openssl genrsa -out server.key 4096\n")
    usage = "openssl genrsa -out <file> [numbits]"
    hint = "create one with ssh-keygen -t ed25519, then run deploy again"
    return usage, hint


def test_public_half(check_output):
    public_half("id")
    check_output.assert_called_once_with("openssl rsa -in id -pubout", shell=True)


class Enrolment:
    """A private runner named after the tool, its options given as a list (acmen, audit round 332)."""

    def __openssl(self, command, options):
        return subprocess.check_output(["openssl", command, *options])

    def new_key(self, curve_wanted):
        if curve_wanted:
            return self.__openssl("ecparam", ["-genkey", "-name", "secp384r1", "-noout"])  # qready-expect: ECDSA keygen P-384
        return self.__openssl("genrsa", ["4096"])  # qready-expect: RSA keygen 4096
