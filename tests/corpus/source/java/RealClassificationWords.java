// Words that are algorithms' names too, given to a program's own calls (shaped on MEGAN's classifications,
// kotlin's tests and gridengine's qconf, audit round 83): the SEED database, the Enzyme Commission's EC,
// IntelliJ IDEA, a random seed's flag and qconf's "-dh" (delete admin host) choose no cipher or group.
// Compared, returned, keyed or given to a cryptographic API, the same words stay uses.
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;

public class RealClassificationWords {
    void load(Viewer viewer, Options options, Runner main) throws Exception {
        ClassificationManager.get("SEED", true);
        ClassificationManager.add("EC");
        viewer.setDataType("SEED");
        long seed = options.getOption("-seed", "randSeed", "Random seed", 666L);
        java.util.List<String> words = java.util.Arrays.asList("IntelliJ", "IDEA");
        Object out = main.invoke(null, "IDEA");
    }

    @OptionAnnotation(value = "-dh", kind = OptionKind.ADMIN)
    public void deleteAdminHost(Command command) {
    }

    String family(String name) throws Exception {
        if (name.equals("EC")) { // qready-expect: ECDSA reference
            return "EC"; // qready-expect: ECDSA reference
        }
        Cipher cipher = Cipher.getInstance("SEED"); // qready-expect: SEED encrypt
        KeyGenerator generator = KeyGenerator.getInstance("IDEA"); // qready-expect: IDEA keygen
        return null;
    }
}
