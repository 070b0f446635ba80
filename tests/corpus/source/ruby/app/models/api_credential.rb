# frozen_string_literal: true

require "openssl"
require "digest/md5" # qready-expect: MD5 reference
require "rbnacl"

# An API client's signing credentials. Tokens are RS256 JWTs; webhook payloads are signed with Ed25519.
class ApiCredential < ApplicationRecord
  JWT_ALGORITHM = "RS256" # qready-expect: RSA reference
  LEGACY_ALGORITHMS = %w[ES256 HS256].freeze # qready-expect: ECDSA reference

  belongs_to :account
  encrypts :private_key_pem

  validates :algorithm, inclusion: { in: ["RS256", "EdDSA"] } # qready-expect: RSA reference; EdDSA reference

  before_create :generate_keys

  def self.gravatar_url(email)
    "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(email.downcase)}" # qready-expect: MD5 digest
  end

  def issue_token(claims)
    JWT.encode(claims.merge(iss: account.slug), private_key, JWT_ALGORITHM)
  end

  def decode_token(token)
    JWT.decode(token, private_key.public_key, true, algorithm: "RS256").first # qready-expect: RSA reference
  rescue JWT::DecodeError => e
    Rails.logger.warn("RS256 token rejected: #{e.message}")
    nil
  end

  def private_key
    @private_key ||= OpenSSL::PKey::RSA.new(private_key_pem) # qready-expect: RSA reference
  end

  def webhook_signature(body)
    signing_key.sign(body).unpack1("H*")
  end

  def signing_key
    RbNaCl::SigningKey.new(Base64.decode64(ed25519_seed)) # qready-expect: EdDSA reference
  end

  def verify_webhook(signature, body)
    RbNaCl::VerifyKey.new(Base64.decode64(ed25519_public)).verify(signature, body) # qready-expect: EdDSA verify
  rescue RbNaCl::BadSignatureError
    false
  end

  private

  def generate_keys
    key = OpenSSL::PKey::RSA.new(2048) # qready-expect: RSA keygen 2048
    self.private_key_pem = key.to_pem
    seed = RbNaCl::SigningKey.generate # qready-expect: EdDSA keygen
    self.ed25519_seed = Base64.strict_encode64(seed.to_bytes)
    self.ed25519_public = Base64.strict_encode64(seed.verify_key.to_bytes)
    self.algorithm = "RS256" # qready-expect: RSA reference
  end
end
