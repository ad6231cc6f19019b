using System.Security.Claims;
using HoukatsuCare.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HoukatsuCare.Consultations.Tests;

/// <summary>A caller as the Identity service would describe them in a token.</summary>
public sealed record TestCaller(string Subject, string Municipality, string? Center, string Role, string? Profession = "SocialWorker", string Scope = "consultations.read consultations.write");

/// <summary>Mints tokens with the test signing key the service under test is configured with.</summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.test";
    public const string Audience = "houkatsu";
    public const string SigningKey = "consultations-tests-signing-key-0123456789";

    public static readonly TestCaller Center1Staff = new("staff-k1", "132110", "kodaira-center-1", HoukatsuRoles.Staff);
    public static readonly TestCaller Center1Colleague = new("staff-k1b", "132110", "kodaira-center-1", HoukatsuRoles.Staff, "PublicHealthNurse");
    public static readonly TestCaller Center2Staff = new("staff-k2", "132110", "kodaira-center-2", HoukatsuRoles.Staff);
    public static readonly TestCaller CoreStaff = new("core-k", "132110", "kodaira-core", HoukatsuRoles.Core);
    public static readonly TestCaller CityOfficer = new("city-k", "132110", null, HoukatsuRoles.City, null);
    public static readonly TestCaller IrumaStaff = new("staff-i1", "112097", "iruma-toyooka", HoukatsuRoles.Staff);
    public static readonly TestCaller MeetingsService = new("meetings", "132110", null, HoukatsuRoles.Partner, null, "consultations.read");
    public static readonly TestCaller UnscopedPartner = new("vendor", "132110", null, HoukatsuRoles.Partner, null, "volunteer-points.read");
    public static readonly TestCaller IrumaCity = new("city-i", "112097", null, HoukatsuRoles.City, null);

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
