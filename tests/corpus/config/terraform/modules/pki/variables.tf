variable "key_algorithm" {
  type    = string
  default = "ECDSA"
}

variable "rsa_bits" {
  type    = number
  default = 2048
}

variable "common_name" {
  type = string
}
