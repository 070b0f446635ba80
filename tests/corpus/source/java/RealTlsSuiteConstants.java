// A bundled BouncyCastle's TLS cipher suites (shaped on pdftk's CipherSuite.java, audit round 437): a suite's
// constant as its registry spells it, with the lower-case `anon` of RFC 4492.
package pdftk.org.bouncycastle.crypto.tls;

class CipherSuite
{
    public static final int TLS_ECDH_anon_WITH_AES_256_CBC_SHA = 0xC019; // qready-expect: ECDH reference
    public static final int TLS_ECDH_ANON_COUNT = 3;
}
