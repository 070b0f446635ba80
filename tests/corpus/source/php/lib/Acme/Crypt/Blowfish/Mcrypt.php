<?php
/**
 * Blowfish through mcrypt (a PEAR-style library: its classes are named by their folders).
 */
class Acme_Crypt_Blowfish_Mcrypt extends Acme_Crypt_Blowfish_Base // qready-expect: Blowfish reference
{
    public function encrypt($text)
    {
        return mcrypt_encrypt(MCRYPT_BLOWFISH, $this->key, $text, MCRYPT_MODE_ECB); // qready-expect: Blowfish encrypt
    }
}

interface Acme_Crypt_RsaSigner // qready-expect: RSA reference
{
    public function rsaSign($data); // qready-expect: RSA reference
}
