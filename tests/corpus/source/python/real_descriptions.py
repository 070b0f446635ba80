"""lxmf's LXMessage (round 101): descriptive strings of a message's encryption, shown to people; the fields
that choose a cipher stay uses."""


class LXMessage:
    ENCRYPTION_DESCRIPTION_AES = "AES-256"
    ENCRYPTION_DESCRIPTION_EC = "Curve25519"
    ENCRYPTION_DESCRIPTION_UNENCRYPTED = "Unencrypted"
    TRANSPORT_CIPHER = "AES-256-GCM"  # qready-expect: AES reference


def route(message, parser):
    message.transport_encryption = LXMessage.ENCRYPTION_DESCRIPTION_AES
    parser.add_argument("--cipher", default="aes-128-cbc", help="AES-256")  # qready-expect: AES reference
    return {"title": "RSA-OAEP", "name": "RSA-OAEP"}  # qready-expect: RSA reference
