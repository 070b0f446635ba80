// A bundled BouncyCastle's registries (shaped on pdftk's java/pdftk/org/bouncycastle, audit round 437): an
// interface's constants are static and final though it does not say so, and a registry names its curves and
// suites as their standards spell them, lower-case letters and all.
package pdftk.org.bouncycastle.asn1.nist;

import pdftk.org.bouncycastle.asn1.ASN1ObjectIdentifier;

interface NISTObjectIdentifiers
{
    static final ASN1ObjectIdentifier    nistAlgorithm          = new ASN1ObjectIdentifier("2.16.840.1.101.3.4");
    static final ASN1ObjectIdentifier    id_aes128_wrap          = aes.branch("5"); // qready-expect: AES reference 128
    ASN1ObjectIdentifier    brainpoolP320t1 = versionOne.branch("10"); // qready-expect: ECDSA reference brainpoolP320t1
    int MAX_PATH = 4;
    // (bnd's OSGi Declarative Services options, round 53's labels: no DSA)
    String DSANNOTATIONS = "-dsannotations";
    String DSA_PARAMETERS = "dsaParams"; // qready-expect: DSA reference
}

class NamedCurve
{
    public static final int sect571r1 = 14;
    public static final int secp384r1 = 24; // qready-expect: ECDSA reference P-384
    public static final int arbitrary_explicit_prime_curves = 0xFF01;
}
