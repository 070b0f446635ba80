# frozen_string_literal: true

# Reads secrets written by the old PHP vault (3DES/RC4) and re-encrypts them with AES-256-GCM.
# TODO: drop the des-ede3-cbc path once all rows are migrated.
class LegacyVaultService
  DH_BITS = 2048

  def initialize(key:, legacy_key:)
    @key = key
    @legacy_key = legacy_key
  end

  def migrate(blob)
    encrypt(legacy_decrypt(blob))
  end

  def legacy_decrypt(blob)
    decipher = OpenSSL::Cipher.new("des-ede3-cbc") # qready-expect: 3DES encrypt
    decipher.decrypt
    decipher.key = @legacy_key
    decipher.iv = blob[0, 8]
    decipher.update(blob[8..]) + decipher.final
  end

  def legacy_stream(blob)
    rc4 = OpenSSL::Cipher.new("rc4") # qready-expect: RC4 encrypt
    rc4.decrypt # qready-expect: RC4 reference
    rc4.key = @legacy_key # qready-expect: RC4 reference
    rc4.update(blob)
  end

  def encrypt(plain)
    cipher = OpenSSL::Cipher::AES.new(256, :GCM).encrypt # qready-expect: AES encrypt 256
    cipher.key = @key
    iv = cipher.random_iv
    iv + cipher.update(plain) + cipher.final + cipher.auth_tag
  end

  def checksum(blob)
    OpenSSL::Digest.new("SHA1").hexdigest(blob) # qready-expect: SHA-1 digest
  end

  def mac(blob)
    # HMAC-SHA1 uses SHA-1
    OpenSSL::HMAC.hexdigest("SHA1", @key, blob) # qready-expect: SHA-1 reference
  end

  def wrap_for(recipient_pem)
    recipient = OpenSSL::PKey::RSA.new(recipient_pem) # qready-expect: RSA reference
    recipient.public_encrypt(@key, OpenSSL::PKey::RSA::PKCS1_OAEP_PADDING) # qready-expect: RSA encrypt
  end

  def sign_pss(private_pem, data) # qready-expect: RSA reference
    OpenSSL::PKey.read(private_pem).sign_pss("SHA256", data, salt_length: :digest, mgf1_hash: "SHA256") # qready-expect: RSA sign
  end

  def ephemeral_keys
    ec = OpenSSL::PKey::EC.generate("secp384r1") # qready-expect: ECDSA keygen P-384
    ed = OpenSSL::PKey.generate_key("ED25519") # qready-expect: EdDSA keygen
    rsa = OpenSSL::PKey.generate_key("RSA", rsa_keygen_bits: 3072) # qready-expect: RSA keygen 3072
    dh = OpenSSL::PKey::DH.generate(DH_BITS) # qready-expect: FFDH keygen 2048
    [ec, ed, rsa, dh]
  end

  def shared_secret(ec_key, peer)
    ec_key.dh_compute_key(peer.public_key) # qready-expect: ECDH key-agree
  end

  def report
    Rails.logger.info("LegacyVaultService: RC4 rows left: #{count_rc4}")
  end
end
