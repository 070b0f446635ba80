locals {
  audit_key_spec = "RSA_4096"
}

resource "aws_kms_key" "data" {
  description             = "Envelope encryption for the data lake"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "release_signing" {
  description              = "Release artefact signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = var.signing_key_spec
}

resource "aws_kms_key" "audit" {
  key_usage = "SIGN_VERIFY"
  key_spec  = local.audit_key_spec
}

resource "aws_kms_key" "wallet" {
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_SECG_P256K1"
}

resource "aws_acm_certificate" "www" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
  key_algorithm     = "EC_prime256v1"
}

resource "aws_acm_certificate" "legacy" {
  domain_name       = "legacy.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "imported" {
  private_key      = file("${path.module}/certs/imported.key")
  certificate_body = file("${path.module}/certs/imported.crt")
}

resource "google_kms_crypto_key" "firmware_signing" {
  name     = "firmware-signing"
  key_ring = google_kms_key_ring.release.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm        = "PQ_SIGN_ML_DSA_65"
    protection_level = "HSM"
  }
}

resource "google_kms_crypto_key" "tokens" {
  name     = "token-signing"
  key_ring = google_kms_key_ring.release.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "secrets" {
  name            = "secrets"
  key_ring        = google_kms_key_ring.release.id
  rotation_period = "7776000s"
}

resource "azurerm_key_vault_key" "ledger" {
  name         = "ledger-signing"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "EC-HSM"
  curve        = "P-256K"
  key_opts     = ["sign", "verify"]
}

resource "azurerm_key_vault_key" "wrapping" {
  name         = "storage-wrapping"
  key_vault_id = azurerm_key_vault.main.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
