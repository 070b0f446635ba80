// A command-line checksum tool and a repository assembler (shaped on picocli's examples and
// maven-repository-builder, audit round 85): an option's default names its algorithm where the option is
// declared, not where the user's choice is used (`MessageDigest.getInstance(algorithm)`); a constant, or a
// field below another field's option, is resolved at its use. Commons Codec's helpers name their hash; a
// digest's hex put in lower case is text.
package example;

import static org.apache.commons.codec.digest.DigestUtils.md5Hex; // qready-expect: MD5 reference
import static org.apache.commons.codec.digest.DigestUtils.shaHex; // qready-expect: SHA-1 reference

import java.io.File;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.concurrent.Callable;
import org.apache.commons.codec.digest.DigestUtils;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

class CheckSum implements Callable<Integer> {
    private static final String DEFAULT_DIGEST = "SHA-1"; // qready-expect: SHA-1 reference

    @Parameters(index = "0", description = "The file whose checksum to calculate.")
    private File file;

    @Option(names = {"-a", "--algorithm"},
            description = "MD5, SHA-1, SHA-256, ...")
    private String algorithm = "MD5"; // qready-expect: MD5 reference

    @Option(names = "-v") boolean verbose;
    private String sidecarAlgorithm = "SHA-1"; // qready-expect: SHA-1 reference

    @Override
    public Integer call() throws Exception {
        byte[] fileContents = Files.readAllBytes(file.toPath());
        byte[] digest = MessageDigest.getInstance(algorithm).digest(fileContents);
        byte[] fallback = MessageDigest.getInstance(DEFAULT_DIGEST).digest(fileContents); // qready-expect: SHA-1 digest
        byte[] sidecar = MessageDigest.getInstance(sidecarAlgorithm).digest(fileContents); // qready-expect: SHA-1 digest
        return digest.length + fallback.length + sidecar.length;
    }

    void writeChecksums(File file) throws Exception {
        String md5 = md5Hex(new FileInputStream(file)).toUpperCase(); // qready-expect: MD5 digest
        String sha1 = shaHex(new FileInputStream(file)).toUpperCase(); // qready-expect: SHA-1 digest
        String sha1Again = DigestUtils.sha1Hex(Files.readAllBytes(file.toPath())); // qready-expect: SHA-1 digest
        write(new File(file.getParentFile(), file.getName() + ".md5"),
              md5.toLowerCase());
        write(new File(file.getParentFile(), file.getName() + ".sha1"),
              sha1.toLowerCase() + sha1Again);
    }

    private void write(File target, String text) {
    }
}
