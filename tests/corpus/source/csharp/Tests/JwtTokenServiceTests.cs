using System.Security.Cryptography;
using Xunit;

namespace Contoso.Auth.Tests;

// Test names and test-case data are not findings; the keys the tests create are.
public class JwtTokenServiceTests
{
    [Theory]
    [InlineData("RS256")]
    [InlineData("ES384")]
    public void Rs256_And_Es384_Are_Accepted(string algorithm)
    {
        Assert.True(JwtTokenService.IsAsymmetric(algorithm), "RS256 should be accepted");
    }

    [Fact]
    public void Issues_Token_With_Rsa_Key()
    {
        using var rsa = RSA.Create(2048); // qready-expect: RSA keygen 2048
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384); // qready-expect: ECDSA keygen P-384
        var service = new JwtTokenService(NullLogger.Instance, rsa, ecdsa);
        Assert.NotEmpty(service.IssueToken(new Claim[0], preferEc: false));
    }

    [Fact]
    public void Rejects_Md5_Signatures()
    {
        var ex = Assert.Throws<NotSupportedException>(() => JwtTokenService.IsAsymmetric("MD5withRSA"));
        Assert.Equal("RS384", ex.Message);
    }
}
