# frozen_string_literal: true

require "openssl"
require "net/ssh"
require "rbnacl"

KEY_BITS = 4096

namespace :keys do
  desc "Generate the RS256 signing key pair for JWTs (config/jwt/*.pem)"
  task generate: :environment do
    key = OpenSSL::PKey::RSA.generate(KEY_BITS) # qready-expect: RSA keygen 4096
    File.write(Rails.root.join("config/jwt/private.pem"), key.to_pem)
    File.write(Rails.root.join("config/jwt/public.pem"), key.public_key.to_pem)
    puts "Wrote a #{KEY_BITS}-bit RSA key for RS256"
  end

  desc "Generate a DSA host key for the legacy SFTP bridge"
  task legacy_host_key: :environment do
    dsa = OpenSSL::PKey::DSA.new 1024 # qready-expect: DSA keygen 1024
    File.write("tmp/ssh_host_dsa_key", dsa.to_pem) # qready-expect: DSA reference
    warn "ssh-dss host keys are deprecated"
  end

  desc "Generate the X25519 key for encrypted exports"
  task export_key: :environment do
    private_key = RbNaCl::PrivateKey.generate # qready-expect: ECDH keygen
    box = RbNaCl::Box.new(RbNaCl::PublicKey.new(ENV.fetch("EXPORT_PEER_KEY")), private_key) # qready-expect: ECDH encrypt
    File.binwrite("tmp/export.key", private_key.to_bytes)
    box
  end

  desc "Check that the bastion still offers modern algorithms"
  task check_bastion: :environment do
    Net::SSH.start(
      ENV.fetch("BASTION_HOST"), "deploy",
      host_key: %w[ssh-ed25519 ecdsa-sha2-nistp256], # qready-expect: EdDSA reference; ECDSA reference
      kex: ["curve25519-sha256", "diffie-hellman-group14-sha256"], # qready-expect: ECDH reference; FFDH reference
      encryption: ["aes256-gcm@openssh.com", "3des-cbc"], # qready-expect: AES reference; 3DES reference
      hmac: ["hmac-sha2-256"]
    ) do |ssh|
      puts ssh.exec!("uname -a")
      puts "ssh-rsa is disabled on the bastion"
    end
  end

  desc "Fingerprint the deployed public key"
  task fingerprint: :environment do
    pem = File.read(Rails.root.join("config/jwt/public.pem"))
    digest = OpenSSL::Digest::SHA1.hexdigest(OpenSSL::PKey.read(pem).to_der) # qready-expect: SHA-1 digest
    puts digest.scan(/../).join(":")
  end
end
