"""A security key's firmware updater (shaped on nitrokey's nRF52 DFU init packet, audit round 94): an enum's
member that names a signature scheme declares it, though its name starts with VALIDATE (no test's valid data).
"""


class ValidationType:
    NO_VALIDATION = 0
    VALIDATE_GENERATED_CRC = 1
    VALIDATE_ECDSA_P256_SHA256 = 2  # qready-expect: ECDSA reference P-256


# a certificate linter's findings, named VALIDATION_...: a validator's finding, not the algorithm (pkilint)
VALIDATION_MLKEM_PROHIBITED_KEY_USAGE_VALUE = "pkix.mlkem_prohibited_key_usage_value"
