// Constants naming the algorithms of a code-signing updater, in the style of @capgo/capacitor-updater (round 14
// of the source audit): a constant named after an algorithm is a use; its sizes and key aliases are not.
package ee.forgr.capacitor_updater;

public class RealCodeSigning {
    private static final byte[] RSA_ALGORITHM_IDENTIFIER_SEQUENCE = { // qready-expect: RSA reference
        0x30, 0x0d, 0x06, 0x09 };
    private static final int AES_IV_SIZE = 128;
    private static final String RSA_KEY_ALIAS = "updater";

    byte[] identifier() {
        return RSA_ALGORITHM_IDENTIFIER_SEQUENCE; // qready-expect: RSA reference
    }
}
