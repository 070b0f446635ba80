// A storage client testing whether an ETag has the form of an MD5 hash, beside an MD5 it computes (jets3t,
// round 50 of the source audit).
package org.jets3t.service.utils;

import java.security.MessageDigest;

public class RealEtagChecks {
    public boolean plain(String etag) {
        return ServiceUtils.isEtagAlsoAnMD5Hash(etag);
    }

    public byte[] computed(byte[] data) throws Exception {
        return MessageDigest.getInstance("MD5").digest(data); // qready-expect: MD5 digest
    }
}
