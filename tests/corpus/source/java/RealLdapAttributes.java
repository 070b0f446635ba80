// An LDAP library's attributes held in variables that happen to be named like algorithms, beside objects that
// are what their names say (apache-directory-api, round 48 of the source audit).
package org.example.ldap;

import javax.crypto.Cipher;

public class RealLdapAttributes {
    public String serialize(AttributeType atDC) throws Exception {
        DefaultAttribute dsa = new DefaultAttribute(atDC);
        dsa.setUpId("DomainComponent");
        dsa.add((String) null);
        return dsa.toString();
    }

    public byte[] wrap(byte[] data, Key key) throws Exception {
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding"); // qready-expect: DES encrypt
        des.init(Cipher.ENCRYPT_MODE, key); // qready-expect: DES reference
        return des.doFinal(data); // qready-expect: DES reference
    }

    public String publicPem(RsaKeyHolder holder) { // qready-expect: RSA reference
        RsaKeyHolder rsa = new RsaKeyHolder(holder); // qready-expect: RSA reference
        return rsa.pem(); // qready-expect: RSA reference
    }
}
