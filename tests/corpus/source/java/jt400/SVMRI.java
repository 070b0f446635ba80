// A resource bundle (jt400's system-value descriptions, round 52): its strings are texts for people and the keys
// they are looked up by; `_DES` there is a description, not a cipher.
package com.ibm.as400.access;

import java.util.ListResourceBundle;

public class SVMRI extends ListResourceBundle
{
   public Object[][] getContents()
   {
       return resources;
   }

   private final static Object[][] resources = {
        { "QLIBLCKLVL_DES" , "Library locking level" },
        { "QPWDRQDDGT_DES" , "Require digit in password" },
        { "USER_GROUPS_DES", "The profiles of all groups the user is a member of" },
   };
}
