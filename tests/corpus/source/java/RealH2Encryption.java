package org.h2.test.db;

// h2database's TestEncryptedDb (round 56): a connection string's setting choosing the file cipher, in a URL or
// a database name; settings that name no algorithm, and a setting before the first `;`, choose none.
public class RealH2Encryption extends TestDb {
    @Override
    public void test() throws SQLException {
        deleteDb("encrypted");
        Connection conn = getConnection("encrypted;CIPHER=AES", "sa", "123 123"); // qready-expect: AES reference
        Connection url = DriverManager.getConnection("jdbc:h2:~/test;CIPHER=AES;TRACE_LEVEL_FILE=3"); // qready-expect: AES reference
        Connection plain = DriverManager.getConnection("jdbc:h2:~/test;MODE=MySQL;TRACE_LEVEL_FILE=3");
        Connection sqlServer = open("Server=db;Database=aes;Trusted_Connection=yes");
    }
}
