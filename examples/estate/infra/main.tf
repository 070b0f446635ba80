resource "tls_private_key" "deploy" {
  algorithm = "RSA"
  rsa_bits  = 4096
}

resource "aws_kms_key" "document_signing" {
  description              = "Signs archived statements (kept 10 years)"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "pq_signing" {
  description              = "Post-quantum pilot"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ML_DSA_65"
}
