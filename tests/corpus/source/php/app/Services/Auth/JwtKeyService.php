<?php

declare(strict_types=1);

namespace App\Services\Auth;

use App\Models\SigningKey;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;
use phpseclib3\Crypt\EC; // qready-expect: ECDSA reference
use phpseclib3\Crypt\RSA; // qready-expect: RSA reference
use phpseclib3\Crypt\PublicKeyLoader;

/**
 * Issues and verifies access tokens. Tokens are signed with RS256 (see config/jwt.php);
 * the legacy ES256 keys are still accepted while clients migrate.
 */
class JwtKeyService
{
    public const ALGORITHM = 'RS256'; // qready-expect: RSA reference
    private const ACCEPTED = ['RS256', 'ES256', 'EdDSA']; // qready-expect: RSA reference; ECDSA reference; EdDSA reference

    public function rotate(): SigningKey
    {
        // RS256 needs a 2048-bit key at least; generate 4096 for new deployments
        $private = RSA::createKey(4096); // qready-expect: RSA keygen 4096
        Log::info('Rotated RS256 signing key', ['kid' => $private->getPublicKey()->getFingerprint()]);

        return SigningKey::create([
            'algorithm' => 'RS256', // qready-expect: RSA reference
            'private_pem' => $private->toString('PKCS8'),
            'public_pem' => (string) $private->getPublicKey(),
        ]);
    }

    public function deviceKey(): string
    {
        $device = EC::createKey('Ed25519'); // qready-expect: EdDSA keygen
        $legacy = EC::createKey('secp256r1'); // qready-expect: ECDSA keygen P-256

        return $device->toString('OpenSSH') . $legacy->toString('PKCS8');
    }

    public function pssSigner(string $pem): string // qready-expect: RSA reference
    {
        $key = RSA::loadPrivateKey($pem) // qready-expect: RSA reference
            ->withPadding(RSA::SIGNATURE_PSS) // qready-expect: RSA sign
            ->withHash('sha256');

        return $key->sign('payload');
    }

    public function issue(array $claims, SigningKey $key): string
    {
        return JWT::encode($claims, $key->private_pem, 'RS256', $key->kid); // qready-expect: RSA sign
    }

    public function verify(string $token, SigningKey $key): object
    {
        $loaded = PublicKeyLoader::load($key->public_pem);
        $headerAlg = $key->algorithm === 'ES256' ? 'ES256' : self::ALGORITHM; // qready-expect: ECDSA reference

        return JWT::decode($token, new Key((string) $loaded, $headerAlg));
    }

    public function hmacToken(array $claims): string
    {
        // HS256 with the app key: a MAC, not a public-key algorithm
        return JWT::encode($claims, config('app.key'), 'HS256');
    }

    public function describe(): string
    {
        Log::warning('ES256 tokens are deprecated');
        throw new \RuntimeException('RS256');
    }
}
