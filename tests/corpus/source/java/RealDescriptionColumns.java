package ca.spaz.cron.datasource.USDAImport;

// cronometer, dicomscope, openjpa, beast-mcmc (round 301): DES after another word of a constant is a
X
// brackets open or close elsewhere is a piece of an expression (SQL's CAST, a tree's taxa), no algorithm.
public class RealDescriptionColumns {
    private static final int FOOD_DES_INDEX = 0;
    private static final int FOOD_GROUP_INDEX = 1;

    void parse(String[] fields, StringBuffer buf) {
        switch (fields.length) {
            case FOOD_DES_INDEX:
                break;
        }
        fireStatus(new StatusLineEvent(this, StatusLineEvent.SET_DES, "Ready"));
        buf.append("(CAST ((");
        String max = "((((((<(FC,FN)>,CN),CC),<(FC,FN)>),DC),((EC,EN),DN)),AN);";
        String rsa = "RSA"; // qready-expect: RSA reference
    }
}
