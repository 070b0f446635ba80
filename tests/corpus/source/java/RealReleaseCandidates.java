// bazel's and jabref's strings (round 56): release candidates and a LaTeX command are no ciphers
import java.util.Arrays;
import javax.crypto.Cipher;

class RealReleaseCandidates {
    void options() throws Exception {
        java.util.List<String> rcFiles = Arrays.asList("rc1", "rc2");
        testNdkRelease("r10-rc4", 10, null, "rc4", "r10-rc4");
        switch (command) {
            case "bf":
                bold();
                break;
        }
        Cipher legacy = Cipher.getInstance("RC4"); // qready-expect: RC4 encrypt
    }
}
