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

    // A command line joined by `+`: read whole, the values put in as values (sites.py: `_joined`); a fragment
    // that starts no command is no use.
    public Process joined(String file, int size) throws IOException {
        Runtime.getRuntime().exec("openssl ecparam -name secp384r1 -genkey -out " + file); // qready-expect: ECDSA keygen P-384
        String label = "server-" + file + ".pem";
        return Runtime.getRuntime().exec("keytool -genkeypair -keyalg RSA -keysize " + 3072 + " -keystore " + file); // qready-expect: RSA keygen 3072
    }
}
