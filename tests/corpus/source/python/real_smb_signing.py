"""An SMB client's signing (shaped on pike-smb2, audit round 90): a module's MAC function handed on by its name
selects it (`digest.aes128_cmac`); a plain attribute of the module does not."""

from pike import digest


class Session:
    def signing_function(self, dialect):
        if dialect >= 0x300:
            return digest.aes128_cmac  # qready-expect: AES reference 128
        return digest.name
