using System;
using System.Collections.Generic;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Contoso.Auth;

public sealed class JwtTokenService
{
    public const string DefaultAlgorithm = "RS256"; // qready-expect: RSA reference
    private static readonly string[] AcceptedAlgorithms = { "RS256", "ES384", "PS256" }; // qready-expect: RSA reference; ECDSA reference
    private readonly ILogger<JwtTokenService> _logger;
    private readonly RsaSecurityKey _rsaKey; // qready-expect: RSA reference
    private readonly ECDsaSecurityKey _ecKey; // qready-expect: ECDSA reference

    public JwtTokenService(ILogger<JwtTokenService> logger, RSA rsa, ECDsa ecdsa) // qready-expect: RSA reference; ECDSA reference
    {
        _logger = logger;
        _rsaKey = new RsaSecurityKey(rsa) { KeyId = "rsa-2024" }; // qready-expect: RSA reference
        _ecKey = new ECDsaSecurityKey(ecdsa) { KeyId = "ec-2024" }; // qready-expect: ECDSA reference
    }

    public string IssueToken(IEnumerable<Claim> claims, bool preferEc)
    {
        var credentials = preferEc
            ? new SigningCredentials(_ecKey, SecurityAlgorithms.EcdsaSha384) // qready-expect: ECDSA reference
            : new SigningCredentials(_rsaKey, SecurityAlgorithms.RsaSha256); // qready-expect: RSA reference
        _logger.LogDebug("Signing token with RS256 or ES384");
        var token = new JwtSecurityToken("https://login.contoso.com", "api", claims, signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public SigningCredentials PssCredentials() => // qready-expect: RSA reference
        new(_rsaKey, SecurityAlgorithms.RsaSsaPssSha256); // qready-expect: RSA reference

    public EncryptingCredentials EncryptionCredentials() =>
        new(_rsaKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes128CbcHmacSha256); // qready-expect: RSA reference; AES reference

    public TokenValidationParameters ValidationParameters() => new()
    {
        IssuerSigningKeys = new SecurityKey[] { _rsaKey, _ecKey },
        ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256 }, // qready-expect: RSA reference; ECDSA reference
        ValidateLifetime = true,
    };

    public static bool IsAsymmetric(string alg) => alg switch
    {
        "RS512" => true, // qready-expect: RSA reference
        "ES512" => true, // qready-expect: ECDSA reference
        "HS256" => false,
        _ => throw new NotSupportedException("RS384"),
    };

    public static JsonWebKey ToJwk(ECDsa key) // qready-expect: ECDSA reference
    {
        JsonWebKey jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(key)); // qready-expect: ECDSA reference
        jwk.Crv = JsonWebKeyECTypes.P384; // qready-expect: ECDSA reference P-384
        jwk.Kty = JsonWebAlgorithmsKeyTypes.EllipticCurve; // qready-expect: ECDSA reference
        return jwk;
    }

    // "rsaKeyId" and "ecdsaEnabled" are only names; a HS256 secret is not a quantum finding.
    public static SymmetricSecurityKey HmacKey(byte[] secret) => new(secret);
}
