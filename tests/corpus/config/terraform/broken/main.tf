resource "tls_private_key" "half_written" {
  algorithm = "RSA"
  rsa_bits  = 4096

resource "aws_kms_key" "x" {
