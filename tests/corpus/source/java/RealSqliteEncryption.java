// A secret derived with PBKDF2 over HMAC-SHA-1, in the style of @capacitor-community/sqlite (round 15 of the
// source audit): the derivation uses SHA-1.
package com.getcapacitor.community.database.sqlite;

import javax.crypto.SecretKeyFactory;

public class RealSqliteEncryption {
    private static final String PBKDF2_ALGORITHM = "PBKDF2WithHmacSHA1"; // qready-expect: SHA-1 reference

    static SecretKeyFactory factory() throws Exception {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    }
}
