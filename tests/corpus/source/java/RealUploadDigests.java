// An upload's record (shaped on react-native-blob-util and object-store SDKs, audit rounds 15 and 33): the
// accessors of the digest a record carries hold a value; a helper computing one is the use.
package com.example.upload;

import java.security.MessageDigest;

public class RealUploadDigests {
    private String md5;

    public String getMd5() {
        return md5;
    }

    public void setContentMD5(String value) {
        this.md5 = value;
    }

    static String getMD5(String input) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5"); // qready-expect: MD5 digest
        return new String(md.digest(input.getBytes()));
    }

    void upload(RealUploadDigests record, String key) throws Exception {
        String cacheKey = getMD5(key); // qready-expect: MD5 reference
        record.setContentMD5(cacheKey);
        if (record.getMd5() == null) {
            return;
        }
    }
}
