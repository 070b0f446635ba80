# frozen_string_literal: true

require "openssl"

module SshTools
  # The host key algorithms the client offers, as net-ssh lists them (a word array over several lines is
  # tested in tests/unit/detectors/test_source_detector.py: no comment can stand on its lines).
  HOST_KEY_ALGORITHMS = %w[ssh-ed25519 rsa-sha2-256].freeze # qready-expect: EdDSA reference; RSA reference

  AGENT_RSA_SHA2_256 = 0x02 # qready-expect: RSA reference

  class Ed25519Key < BaseKey # qready-expect: EdDSA reference
    def ssh_type
      "ssh-ed25519" # qready-expect: EdDSA reference
    end

    def rsa?
      false
    end
  end

  class KeyFactory
    def self.parse(type, fields)
      case type
      when :RS256 # qready-expect: RSA reference
        "rsa-sha2-256" # qready-expect: RSA reference
      when :'ES384' # qready-expect: ECDSA reference
        OpenSSL::PKey::EC.generate("secp384r1") # qready-expect: ECDSA keygen P-384
      else
        DSA.new(**fields) # qready-expect: DSA reference
      end
    end

    def log_type(type)
      puts "generating an RSA key"
      attr_reader :rsa
    end
  end
end

# A method called on an object is read by its own name (the call's whole text holds its block); rspec's
# `let(:rsa)` names a helper, not an algorithm.
class Signer
  def sign(data)
    signer.sign_with_rsa(data) # qready-expect: RSA reference
  end
end

describe Signer do
  let(:rsa) { OpenSSL::PKey::RSA.new(2048) } # qready-expect: RSA keygen 2048
end

# A constant named after an algorithm, given or compared (ssh_data's `when RSA_PEM_TYPE`, a TPM's
# `signature_algorithm: ALG_RSASSA`)
class Parser
  def parse(type, validator)
    case type
    when RSA_PEM_TYPE # qready-expect: RSA reference
      validator.check(signature_algorithm: ALG_RSASSA) # qready-expect: RSA reference
    end
  end
end

# localhost's TLS server (round 289): a cipher list frozen where it stands
SERVER_CIPHERS = "EECDH+AES128:RSA+AES128:EECDH+3DES:!MD5".freeze # qready-expect: AES reference; RSA reference; 3DES reference

# aws-sdk-core's checksum (round 293): a local's method without arguments, named by both
def checksum(value)
  md5.base64digest # qready-expect: MD5 reference
end
