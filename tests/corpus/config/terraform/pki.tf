# Internal PKI bootstrapped with the hashicorp/tls provider
resource "tls_private_key" "root_ca" {
  algorithm   = "ECDSA"
  ecdsa_curve = "P384"
}

resource "tls_self_signed_cert" "root_ca" {
  private_key_pem       = tls_private_key.root_ca.private_key_pem
  is_ca_certificate     = true
  validity_period_hours = 87600
  allowed_uses          = ["cert_signing", "crl_signing"]

  subject {
    common_name  = "Example Root CA"
    organization = "Example Corp"
  }
}

resource "tls_private_key" "service" {
  algorithm = "RSA"
  rsa_bits  = var.service_key_bits
}

resource "tls_cert_request" "service" {
  private_key_pem = tls_private_key.service.private_key_pem
  dns_names       = ["api.${var.environment}.example.com"]

  subject {
    common_name = "api.example.com"
  }
}

resource "tls_locally_signed_cert" "service" {
  cert_request_pem      = tls_cert_request.service.cert_request_pem
  ca_private_key_pem    = tls_private_key.root_ca.private_key_pem
  ca_cert_pem           = tls_self_signed_cert.root_ca.cert_pem
  validity_period_hours = 8760
  allowed_uses          = ["server_auth"]
}

# legacy bastion key, generated before the key policy existed
resource "tls_private_key" "bastion" {
  algorithm = "RSA"
}

resource "tls_private_key" "deploy" {
  algorithm = "ED25519"
}

ephemeral "tls_private_key" "iot_bootstrap" {
  algorithm = "ECDSA"
}

module "edge_pki" {
  source        = "./modules/pki"
  key_algorithm = "RSA"
  rsa_bits      = 4096
  common_name   = "edge.example.com"
}
