package org.apache.lucene.analysis;

// Lucene, BioJava (round 58): "des" and "ec" are words too. A short string among quoted words that name no
// algorithm is a word of a list (French stop words, a stemmer's suffixes, PDB's fields); capitalized "Des" is
// a sentence's word; a string given to a file name's builder is part of a file's name; a variable named
// `pss` declared of a class that names no cryptography is no RSA-PSS padding. Short names among algorithms
// stay algorithms.
public class RealWordLists extends BaseTokenStreamTestCase {
    private static final String[] FRENCH_STOP_WORDS = {
        "a", "afin", "ai", "ainsi", "apres", "attendu", "au", "aujourd", "auquel", "aussi",
        "dedans", "dehors", "depuis", "derriere", "des", "desormais", "desquelles", "dessous",
    };
    private PairwiseSequenceScorer<S, C> pss;

    public void testCipher() throws Exception {
        assertEquals("DES", cipher.getAlgorithm()); // qready-expect: DES reference
    }

    String descriptions(String rootURL, String scopVersion) {
        return rootURL + getFilename("des", scopVersion);
    }

    double score() {
        return pss.getScore();
    }

    void stem(int among) {
        switch (among) {
            case 14:
                // (, line 174
                // <-, line 174
                slice_from("ac");
                break;
            case 15:
                // (, line 175
                // <-, line 175
                slice_from("ec");
                break;
            case 16:
                // (, line 176
                // <-, line 176
                slice_from("ic");
                break;
        }
    }

    public void testLatin1Accents() throws Exception {
        assertTermEquals("Des", filter, termAtt);
    }

    private static final String[] CIPHERS = {
        "aes128", "aes256", "des", "des3", "idea", // qready-expect: AES reference; DES reference; 3DES reference
    };
}
