<?php
// dompdf's PDF encryption (audit round 282): the project's own RC4 and MD5 helpers called as methods;
// roundcube's `md2annotate` (metadata to annotation) is no MD2.
class Cpdf
{
    public function encryptText($text)
    {
        $this->ARC4_init($this->encryptionKey); // qready-expect: RC4 reference
        $key = $this->md5_16($this->fileIdentifier); // qready-expect: MD5 reference
        return $this->ARC4($text); // qready-expect: RC4 reference
    }

    public function annotations($folder)
    {
        return $this->md2annotate($folder);
    }

    // EasyRdf (round 290): a library's class tested for (ARC2 is an RDF library, no RC2); Symfony's and
    // ramsey/uuid's UUID versions named after their hash (rounds 282 and 290) compute nothing
    public function parser()
    {
        if (!class_exists('ARC2')) {
            return null;
        }
        return [Uuid::V3_MD5, Uuid::UUID_TYPE_HASH_MD5, hash('md5', $this->id)]; // qready-expect: MD5 digest
    }

    // getID3 (round 294): the Digital Speech Standard audio format, "dss" in lower case, is no DSA
    public function audio($header)
    {
        $info['dss'] = array();
        $info['fileformat'] = 'dss';
        $suite = ['auth' => 'DSS', 'kex' => 'ssh-dss']; // qready-expect: DSA reference
        return $info;
    }
}
