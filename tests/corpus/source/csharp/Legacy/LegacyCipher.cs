using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Contoso.Legacy
{
    /// <summary>
    /// Compatibility with the 2009 partner feed: TripleDES-CBC with an MD5 key digest. Do not use for new data.
    /// </summary>
    internal static class LegacyCipher
    {
        private const int AesBits = 256;

        // Old clients used DES.Create() and SHA1 file checksums; both are kept read-only below.
        public static byte[] DecryptFeed(byte[] data, string passphrase)
        {
            using var md5 = MD5.Create(); // qready-expect: MD5 digest
            byte[] key = md5.ComputeHash(Encoding.UTF8.GetBytes(passphrase)); // qready-expect: MD5 reference
            using var tdes = TripleDES.Create(); // qready-expect: 3DES encrypt
            tdes.Key = key;
            tdes.Mode = CipherMode.CBC;
            using var decryptor = tdes.CreateDecryptor();
            return decryptor.TransformFinalBlock(data, 0, data.Length);
        }

        public static byte[] DecryptArchive(byte[] data, byte[] key)
        {
            using var des = new DESCryptoServiceProvider(); // qready-expect: DES encrypt
            if (DES.IsWeakKey(key)) // qready-expect: DES reference
            {
                throw new ArgumentException("weak DES key", nameof(key));
            }
            des.Key = key; // qready-expect: DES reference
            return des.CreateDecryptor().TransformFinalBlock(data, 0, data.Length); // qready-expect: DES decrypt
        }

        public static SymmetricAlgorithm CreateRc2() => RC2.Create(); // qready-expect: RC2 encrypt

        public static string FileChecksum(Stream stream)
        {
            byte[] hash = SHA1.HashData(stream); // qready-expect: SHA-1 digest
            return Convert.ToHexString(hash);
        }

        public static byte[] DeriveLegacyKey(string password, byte[] salt)
        {
            using var kdf = new Rfc2898DeriveBytes(password, salt, 1000, HashAlgorithmName.SHA1); // qready-expect: SHA-1 reference
            return kdf.GetBytes(24);
        }

        public static HashAlgorithm ByName() => HashAlgorithm.Create("MD5")!; // qready-expect: MD5 digest

        public static SymmetricAlgorithm LegacyByName() => SymmetricAlgorithm.Create("TripleDES")!; // qready-expect: 3DES encrypt

        public static Aes CreateAes() // qready-expect: AES reference
        {
            var aes = Aes.Create(); // qready-expect: AES encrypt
            aes.KeySize = AesBits; // qready-expect: AES encrypt 256
            return aes;
        }

        public static SymmetricAlgorithm CreateManaged() => new AesManaged { KeySize = 128 }; // qready-expect: AES encrypt 128

        public static byte[] Seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] tag)
        {
            using var gcm = new AesGcm(key, 16); // qready-expect: AES encrypt
            var ciphertext = new byte[plaintext.Length];
            gcm.Encrypt(nonce, plaintext, ciphertext, tag);
            return ciphertext;
        }

        // Not findings: strong hashes and MACs, and names that only look like algorithms.
        public static byte[] Fingerprint(byte[] data) => SHA256.HashData(data);
        public static byte[] Mac(byte[] key, byte[] data) => new HMACSHA1(key).ComputeHash(data); // qready-expect: SHA-1 reference
        public static string Md5Column => "md5_checksum";
        public static string Describe() => "Legacy feed uses TripleDES and MD5";
    }
}
