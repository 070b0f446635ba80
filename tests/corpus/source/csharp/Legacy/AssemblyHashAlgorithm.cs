// dnlib's assembly hash algorithms (audit round 277): an enum's members define the CALG identifiers.
namespace Contoso.Legacy
{
    public enum AssemblyHashAlgorithm : uint
    {
        None = 0,
        MD5 = 0x8003, // qready-expect: MD5 reference
        SHA1 = 0x8004, // qready-expect: SHA-1 reference
    }

    public sealed class AesKdf : KdfEngine // qready-expect: AES reference
    {
    }
}
