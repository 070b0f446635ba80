locals {
  curve = "P256"
}

resource "tls_private_key" "this" {
  algorithm   = var.key_algorithm
  rsa_bits    = var.rsa_bits
  ecdsa_curve = local.curve
}

resource "tls_self_signed_cert" "this" {
  private_key_pem       = tls_private_key.this.private_key_pem
  validity_period_hours = 720

  subject {
    common_name = var.common_name
  }
}
