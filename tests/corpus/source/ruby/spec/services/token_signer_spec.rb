# frozen_string_literal: true

require "rails_helper"

RSpec.describe TokenSigner do
  let(:rsa_key) { OpenSSL::PKey::RSA.new(2048) } # qready-expect: RSA keygen 2048
  let(:ec_key) { OpenSSL::PKey::EC.generate("prime256v1") } # qready-expect: ECDSA keygen P-256

  describe "RS256" do
    it "signs with the RSA key" do
      token = described_class.new(rsa_key, alg: "RS256").call(sub: "42") # qready-expect: RSA reference
      header = JSON.parse(Base64.urlsafe_decode64(token.split(".").first))
      expect(header["alg"]).to eq("RS256") # qready-expect: RSA reference
    end
  end

  context "ES256" do
    it "rejects an RSA key" do
      expect { described_class.new(rsa_key, alg: "ES256") }.to raise_error(ArgumentError) # qready-expect: ECDSA reference
    end
  end

  it "refuses ssh-rsa" do
    expect { TokenSigner.for_ssh("ssh-rsa") }.to raise_error(ArgumentError, "ssh-rsa") # qready-expect: RSA reference
  end

  it "verifies ECDSA signatures" do
    digest = OpenSSL::Digest.digest("SHA256", "payload")
    signature = ec_key.dsa_sign_asn1(digest) # qready-expect: ECDSA sign
    expect(ec_key.dsa_verify_asn1(digest, signature)).to be(true) # qready-expect: ECDSA verify
  end

  it "keeps the legacy md5 etag" do
    expect(TokenSigner.etag("x")).to eq(OpenSSL::Digest::MD5.hexdigest("x")) # qready-expect: MD5 digest
    raise ArgumentError, "RS256" if ENV["BROKEN"]
  end
end
