<?php

namespace Acme\Transport;

use phpseclib\Crypt\RSA as LegacyRSA; // qready-expect: RSA reference
use phpseclib\Crypt\TripleDES; // qready-expect: 3DES reference
use phpseclib\Net\SFTP;
use Psr\Log\LoggerInterface;

final class SecureChannel
{
    private LoggerInterface $logger;

    public function __construct(LoggerInterface $logger)
    {
        $this->logger = $logger;
    }

    public function clientKeys(): array
    {
        $ed = sodium_crypto_sign_keypair(); // qready-expect: EdDSA keygen
        $kx = sodium_crypto_kx_keypair(); // qready-expect: ECDH keygen
        $signature = sodium_crypto_sign_detached('hello', sodium_crypto_sign_secretkey($ed)); // qready-expect: EdDSA sign
        $ok = sodium_crypto_sign_verify_detached($signature, 'hello', sodium_crypto_sign_publickey($ed)); // qready-expect: EdDSA verify
        [$rx, $tx] = sodium_crypto_kx_client_session_keys($kx, $this->serverPublic()); // qready-expect: ECDH key-agree
        $this->logger->debug('sodium_crypto_box_keypair is not used here', ['ok' => $ok]);
        return [$rx, $tx];
    }

    public function wrapKey(string $sessionKey, string $publicPem): string
    {
        openssl_public_encrypt($sessionKey, $wrapped, $publicPem, OPENSSL_PKCS1_OAEP_PADDING); // qready-expect: RSA encrypt
        return $wrapped;
    }

    public function unwrapKey(string $wrapped, string $privatePem): string
    {
        openssl_private_decrypt($wrapped, $key, $privatePem, \OPENSSL_PKCS1_PADDING); // qready-expect: RSA decrypt
        return $key;
    }

    public function envelope(string $data, array $recipients): array
    {
        openssl_seal($data, $sealed, $envKeys, $recipients, 'RC4'); // qready-expect: RSA encrypt; RC4 encrypt
        return [$sealed, $envKeys];
    }

    public function newKeys(): array
    {
        $ec = openssl_pkey_new([
            'private_key_type' => OPENSSL_KEYTYPE_EC, // qready-expect: ECDSA keygen P-384
            'curve_name' => 'secp384r1',
        ]);
        $dsa = openssl_pkey_new([
            'private_key_bits' => 1024,
            'private_key_type' => OPENSSL_KEYTYPE_DSA, // qready-expect: DSA keygen 1024
        ]);
        $details = openssl_pkey_get_details($ec);
        if ($details['type'] === OPENSSL_KEYTYPE_EC) { // qready-expect: ECDSA reference
            $this->logger->info('generated EC key on ' . $details['ec']['curve_name']);
        }
        return [$ec, $dsa];
    }

    public function legacySftp(string $host, string $pem): SFTP
    {
        $rsa = new LegacyRSA(); // qready-expect: RSA reference
        $rsa->setEncryptionMode(LegacyRSA::ENCRYPTION_OAEP); // qready-expect: RSA encrypt
        $rsa->loadKey($pem);
        $sftp = new SFTP($host);
        $sftp->setPreferredAlgorithms([
            'hostkey' => ['ssh-ed25519', 'rsa-sha2-256', 'ssh-dss'], // qready-expect: EdDSA reference; RSA reference; DSA reference
            'kex' => ['curve25519-sha256', 'diffie-hellman-group1-sha1'], // qready-expect: ECDH reference; FFDH reference
        ]);
        $sftp->login('deploy', $rsa);
        return $sftp;
    }

    public function legacyBlob(string $key, string $blob): string
    {
        $des = new TripleDES(TripleDES::MODE_CBC); // qready-expect: 3DES encrypt
        $des->setKey($key);
        return $des->decrypt($blob);
    }

    private function serverPublic(): string
    {
        $md5ish = 'md5'; // a plain word, not a call
        return base64_decode(getenv('SERVER_KX_PUBLIC') . $md5ish);
    }
}
