using System.Security.Claims;
using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HoukatsuCare.TestSupport;

/// <summary>A caller as the Identity service would describe them in a token.</summary>
public sealed record TestCaller(string Subject, string Municipality, string? Center, string Role, string? Profession = "SocialWorker", string Scope = "consultations.read consultations.write")
{
    /// <summary>An operator of the platform (role <c>admin</c>), e.g. for the messaging operations endpoints.</summary>
    public static readonly TestCaller Operator = new("operator", "132110", null, HoukatsuRoles.Admin, null, "");
}

/// <summary>Mints tokens with the test signing key every service under test is configured with (see <see cref="ServiceFactory{TProgram}.SettingsAsync"/>).</summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.test";
    public const string Audience = "houkatsu";
    public const string SigningKey = "houkatsu-tests-signing-key-0123456789-abcdef";

    public static Dictionary<string, string?> Settings() => new()
    {
        ["Authentication:Jwt:Issuer"] = Issuer,
        ["Authentication:Jwt:Audience"] = Audience,
        ["Authentication:Jwt:SigningKey"] = SigningKey,
    };

    public static string For(TestCaller caller, string? signingKey = null)
    {
        var claims = new List<Claim>
        {
            new(HoukatsuClaims.Subject, caller.Subject),
            new(HoukatsuClaims.Municipality, caller.Municipality),
            new(HoukatsuClaims.Role, caller.Role),
            new(HoukatsuClaims.Scope, caller.Scope),
        };
        if (caller.Center is not null)
        {
            claims.Add(new(HoukatsuClaims.Center, caller.Center));
        }
        if (caller.Profession is not null)
        {
            claims.Add(new(HoukatsuClaims.Profession, caller.Profession));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(AuthenticationExtensions.SymmetricKey(signingKey ?? SigningKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
