// bazel's, jabref's and epubcheck's strings (round 56): release candidates, a LaTeX command and MARC relator
// codes are no ciphers
import java.util.Arrays;
import javax.crypto.Cipher;

class RealReleaseCandidates {
    void options() throws Exception {
        java.util.List<String> rcFiles = Arrays.asList("rc1", "rc2");
        testNdkRelease("r10-rc4 (64-bit)", 10, null, "rc4", false);
        assertThat(parsed).containsExactly("rc2_common", "rc1_common", "rc1_a", "rc2");
        String[] relators = {"dsr", "dst", "elg"};
        switch (command) {
            case "bf":
                bold();
                break;
        }
        Cipher legacy = Cipher.getInstance("RC4"); // qready-expect: RC4 encrypt
    }
}
