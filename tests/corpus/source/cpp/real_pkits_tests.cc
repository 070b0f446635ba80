// Modelled on BoringSSL's pki/testdata/nist-pkits/pkits_testcases-inl.h: typed tests named after what they
// test. Test names are no uses; what a test calls is.
#include <openssl/ec.h> // qready-expect: ECDSA reference

// 4.1.4 Valid DSA Signatures Test4
WRAPPED_TYPED_TEST_P(PkitsTest01SignatureVerification,
                     Section1ValidDSASignaturesTest4) {
  const char* const certs[] = {"TrustAnchorRootCertificate", "DSACACert",
                               "ValidDSASignaturesTest4EE"};
  this->RunTest(certs, crls);
}

TYPED_TEST_P(KeyTest, GeneratesP256) {
  EC_KEY* key = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1); // qready-expect: ECDSA reference P-256
  ASSERT_TRUE(key);
}

// BoringSSL's evp_extra_test.cc: a gtest's suite and name, whatever rule their words would meet
TEST(EVPExtraTest, DHKeygen) {
  bssl::UniquePtr<DH> dh(DH_get_rfc7919_2048()); // qready-expect: FFDH reference
  ASSERT_TRUE(dh);
}
