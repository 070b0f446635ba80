// An OAuth library's signature tests: constants holding a test's expected signature and nonce are named after
// the method under test, which is chosen by its own value (jersey-oauth, round 51 of the source audit).
package com.sun.jersey.oauth.signature;

public class RealSignatureTest {
    private static final String RSA_SIGNATURE = "jvTp/wX1TYJyHMX8rwOoXkFwLKtOmRbFQhDbxWj2E9iT" +
        "mPmT8lXkl2e";
    private static final String RSA_NONCE = "13917289812797014437";

    public void testRSA() throws Exception {
        params.signatureMethod("RSA-SHA1"); // qready-expect: RSA reference
        params.nonce(RSA_NONCE).version(VERSION);
        assertEquals(RSA_SIGNATURE, sign(params));
    }
}
