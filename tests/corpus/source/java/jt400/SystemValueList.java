// A description looked up by its key (jt400, round 52): the key's `_DES` is a description, not a cipher.
package com.ibm.as400.access;

class SystemValueList
{
    static void initialize()
    {
        list.put("ALWVRTAPPN", new SystemValueInfo("ALWVRTAPPN", 10, ResourceBundleLoader.getSystemValueText("ALWVRTAPPN_DES")));
        list.put("DFTCNNLST", new SystemValueInfo("DFTCNNLST", 10, ResourceBundleLoader.getSystemValueText("DFTCNNLST_DES")));
        // ... while a cipher's name given to the JCA is one
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding"); // qready-expect: DES encrypt
    }
}
