"""An assistant's files policy, chat formatting and crypto posture table (shaped on navig and pqc-posture,
audit round 440): a glob of SSH identity files names no key in use, Telegram's MarkdownV2 escaped is no MD2,
and OpenSSL's DES-CBC3 is triple DES."""

DENIED_FILES = [
    "id_rsa*",
    "id_ed25519*",
    "*.pem",
]

WEAK_CIPHERS = [
    r"DES-CBC3",  # qready-expect: 3DES reference
    r"RC4",  # qready-expect: RC4 reference
]


def reply(chat, message: str) -> None:
    text = _escape_md2(
        message,
    )
    chat.send(text, parse_mode="MarkdownV2")
