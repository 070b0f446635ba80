<?php

namespace Tests\Unit;

use phpseclib3\Crypt\{DSA, Hash}; // qready-expect: DSA reference
use PHPUnit\Framework\TestCase;

class KeyMaterialTest extends TestCase
{
    private const BITS = 2048;

    public function testRs256KeysAreRsa(): void
    {
        $key = openssl_pkey_new([
            'digest_alg' => 'sha512',
            'private_key_bits' => self::BITS,
            'private_key_type' => OPENSSL_KEYTYPE_RSA, // qready-expect: RSA keygen 2048
        ]);
        $this->assertNotFalse($key, 'RS256 needs an RSA key');
    }

    public function testLegacyDigestStillMatches(): void
    {
        $expected = openssl_digest('fixture', 'md5'); // qready-expect: MD5 digest
        $this->assertSame($expected, md5('fixture')); // qready-expect: MD5 digest
        $this->assertSame(hash_file('sha1', __FILE__), sha1_file(__FILE__)); // qready-expect: SHA-1 digest
    }

    public function testDsaParameters(): void
    {
        $private = DSA::createKey(2048, 256); // qready-expect: DSA keygen 2048
        $hash = new Hash('sha1'); // qready-expect: SHA-1 digest
        $this->assertSame('DSA', $private->getLoadedFormat() ? 'DSA' : 'none'); // qready-expect: DSA reference
        $this->markTestSkipped('ssh-dss host keys are not supported by the CI image');
    }

    /** @test */
    public function rsa_keys_round_trip(): void
    {
        $this->assertNotEmpty(self::BITS);
    }

    public function testSealedBoxRoundTrip(): void
    {
        $pair = sodium_crypto_box_keypair(); // qready-expect: ECDH keygen
        $sealed = sodium_crypto_box_seal('x', sodium_crypto_box_publickey($pair)); // qready-expect: ECDH encrypt
        $this->assertSame('x', sodium_crypto_box_seal_open($sealed, $pair)); // qready-expect: ECDH decrypt
    }
}
