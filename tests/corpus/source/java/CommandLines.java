// A keystore builder that runs keytool and openssl (commands.py): a process's argument vector is a use of what
// the tool's options name.
package example.keys;

import java.io.IOException;

public class CommandLines {
    public Process keystore(String store) throws IOException {
        return new ProcessBuilder("keytool", "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-keystore", store).start(); // qready-expect: RSA keygen 2048
    }

    public Process caKey(String file) throws IOException {
        return Runtime.getRuntime().exec(new String[] {"openssl", "genrsa", "-out", file, "4096"}); // qready-expect: RSA keygen 4096
    }
}
