using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Encodings;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Contoso.Interop;

/// <summary>Key material for the HSM bridge, generated with BouncyCastle so it runs on every platform.</summary>
public static class BouncyCastleKeys
{
    private static readonly SecureRandom Random = new();

    public static AsymmetricCipherKeyPair NewRsaPair() // qready-expect: RSA reference
    {
        var generator = new RsaKeyPairGenerator(); // qready-expect: RSA keygen
        generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), Random, 4096, 80)); // qready-expect: RSA keygen 4096
        return generator.GenerateKeyPair();
    }

    public static AsymmetricCipherKeyPair NewEcPair()
    {
        var generator = new ECKeyPairGenerator("ECDSA"); // qready-expect: ECDSA keygen
        generator.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP384r1, Random)); // qready-expect: ECDSA keygen P-384
        return generator.GenerateKeyPair();
    }

    public static byte[] Agree(ECPrivateKeyParameters mine, ECPublicKeyParameters theirs) // qready-expect: ECDSA reference
    {
        var agreement = new ECDHBasicAgreement(); // qready-expect: ECDH key-agree
        agreement.Init(mine);
        return agreement.CalculateAgreement(theirs).ToByteArrayUnsigned();
    }

    public static X9ECParameters Curve() => ECNamedCurveTable.GetByName("secp256k1"); // qready-expect: ECDSA reference secp256k1

    public static IAsymmetricCipherKeyPairGenerator ByName() => GeneratorUtilities.GetKeyPairGenerator("Ed25519"); // qready-expect: EdDSA keygen

    public static byte[] SignEd25519(Ed25519PrivateKeyParameters key, byte[] message) // qready-expect: EdDSA reference
    {
        var signer = new Ed25519Signer(); // qready-expect: EdDSA sign
        signer.Init(true, key);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }

    public static ISigner EcdsaSigner() => SignerUtilities.GetSigner("SHA256withECDSA"); // qready-expect: ECDSA sign

    public static IBufferedCipher OaepCipher() => CipherUtilities.GetCipher("RSA/ECB/OAEPWithSHA-256AndMGF1Padding"); // qready-expect: RSA encrypt

    public static IAsymmetricBlockCipher Pkcs1() => new Pkcs1Encoding(new RsaEngine()); // qready-expect: RSA encrypt

    public static IBlockCipher LegacyTripleDes() => new CbcBlockCipher(new DesEdeEngine()); // qready-expect: 3DES encrypt

    public static IDigest LegacyDigest() => new MD5Digest(); // qready-expect: MD5 digest

    public static IBlockCipher Modern() => new GcmBlockCipher(new AesEngine()); // qready-expect: AES encrypt

    public static MLKemKeyGenerationParameters PostQuantum() => // qready-expect: ML-KEM reference
        new(Random, MLKemParameters.ml_kem_768); // qready-expect: ML-KEM reference

    // Not findings: a SHA-256 digest, and a generator whose name merely contains "Rsa".
    public static IDigest Strong() => new Sha256Digest();
    public static string RsaGeneratorName => nameof(RsaKeyPairGenerator);
}
