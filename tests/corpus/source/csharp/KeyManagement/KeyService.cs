using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using EcdhKey = System.Security.Cryptography.ECDiffieHellman; // qready-expect: ECDH reference

namespace Contoso.KeyManagement;

/// <summary>
/// Creates and uses the service keys. Generates RSA and ECDSA keys; RSA.Create(1024) is never called.
/// </summary>
public sealed class KeyService : IDisposable
{
    private const int RsaKeyBits = 3072;
    private const int LegacyKeyBits = 1024;
    private readonly ILogger<KeyService> _logger;
    private readonly RSA _signingKey; // qready-expect: RSA reference
    private ECDsa? _deviceKey; // qready-expect: ECDSA reference

    public KeyService(ILogger<KeyService> logger)
    {
        _logger = logger;
        _signingKey = RSA.Create(RsaKeyBits); // qready-expect: RSA keygen 3072
        _logger.LogInformation("Generated RSA signing key of {Bits} bits", RsaKeyBits);
    }

    public static RSA CreateLegacyKey() // qready-expect: RSA reference
    {
        var provider = new RSACryptoServiceProvider(LegacyKeyBits); // qready-expect: RSA keygen 1024
        provider.PersistKeyInCsp = false;
        return provider;
    }

    public static RSAParameters CreateExportableKey() // qready-expect: RSA reference
    {
        using var rsa = System.Security.Cryptography.RSA.Create(); // qready-expect: RSA keygen 4096
        rsa.KeySize = 4096; // qready-expect: RSA keygen 4096
        return rsa.ExportParameters(includePrivateParameters: true); // qready-expect: RSA reference
    }

    public static RSA CreateCngKey() => new RSACng { KeySize = 2048 }; // qready-expect: RSA keygen 2048

    public byte[] Sign(byte[] payload) =>
        _signingKey.SignData(payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pss); // qready-expect: RSA sign

    public bool VerifyLegacy(RSA key, byte[] payload, byte[] signature) => // qready-expect: RSA reference
        key.VerifyData(payload, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1); // qready-expect: RSA verify

    public byte[] WrapKey(byte[] contentKey) =>
        _signingKey.Encrypt(contentKey, RSAEncryptionPadding.OaepSHA256); // qready-expect: RSA encrypt

    public byte[] UnwrapLegacy(byte[] wrapped) =>
        _signingKey.Decrypt(wrapped, RSAEncryptionPadding.Pkcs1); // qready-expect: RSA decrypt

    public ECDsa NewDeviceKey() // qready-expect: ECDSA reference
    {
        _deviceKey = ECDsa.Create(ECCurve.NamedCurves.nistP256); // qready-expect: ECDSA keygen P-256
        return _deviceKey;
    }

    public static byte[] AgreeSessionKey(ECDiffieHellmanPublicKey peer) // qready-expect: ECDH reference
    {
        using EcdhKey ecdh = EcdhKey.Create(ECCurve.NamedCurves.nistP384); // qready-expect: ECDH keygen P-384
        return ecdh.DeriveKeyFromHash(peer, HashAlgorithmName.SHA256); // qready-expect: ECDH key-agree
    }

    public static DSA CreateDsaKey() => DSA.Create(2048); // qready-expect: DSA keygen 2048

    public static string Describe(X509Certificate2 certificate)
    {
        using RSA? rsa = certificate.GetRSAPublicKey(); // qready-expect: RSA reference
        if (rsa is not null && rsa.KeySize < 2048)
        {
            throw new CryptographicException("RSA keys shorter than 2048 bits are rejected");
        }
        var rsaSettings = new KeySizes(2048, 4096, 1024);
        return certificate.Thumbprint + rsaSettings.MinSize;
    }

    public void Dispose() => _signingKey.Dispose();
}
