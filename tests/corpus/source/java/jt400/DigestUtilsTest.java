// A test comparing a file's checksum with the digest it expects (plexus-digest, round 52): the constant holds a
// SHA-1 value, the line computes nothing; the algorithm chosen by name is a use.
package org.codehaus.plexus.digest;

public class DigestUtilsTest extends TestCase
{
    private static final String SERVLETAPI_SHA1 = "bcc13f1b7ab8bd6a17f6d4f4fbdbba19f0e49b8a";

    public void testSha1() throws Exception
    {
        String s = DigestUtils.createChecksum( file, "SHA-1" ); // qready-expect: SHA-1 reference
        assertEquals( "Checksum doesn't match", SERVLETAPI_SHA1, s );
        assertEquals( DigestAlgorithm.SHA1, digester.getAlgorithm() ); // qready-expect: SHA-1 reference
    }
}
