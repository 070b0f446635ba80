variable "environment" {
  type    = string
  default = "production"
}

variable "service_key_bits" {
  description = "RSA modulus size for service certificates"
  type        = number
  default     = 3072
}

variable "signing_key_spec" {
  type    = string
  default = "ML_DSA_65"
}

variable "alb_ssl_policy" {
  type    = string
  default = "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09"
}
