"""A cryptographic library's types as Dafny generates them in Python (shaped on
aws-cryptographic-material-providers' AwsCryptographyMaterialProvidersTypes.py, audit rounds 148 and 366): a
datatype's test of its own kind names the type and runs nothing; the type, defined, and its module, imported,
are the uses."""

import aws_cryptographic_material_providers.internaldafny.generated.RawRSAKeyring as RawRSAKeyring  # qready-expect: RSA reference


class CreateRawRsaKeyringInput:  # qready-expect: RSA reference
    def is_CreateRawRsaKeyringInput(self) -> bool:
        return True

