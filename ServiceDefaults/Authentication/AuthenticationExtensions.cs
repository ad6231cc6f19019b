using System.Text;
using HoukatsuCare.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace HoukatsuCare.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    public const string SectionName = "Authentication:Jwt";

    /// <summary>
    /// JWT bearer authentication with the claims of ARCHITECTURE.md §6 kept under their own names
    /// (<c>sub</c>, <c>municipality</c>, <c>center</c>, <c>profession</c>, <c>role</c>, <c>scope</c>).
    /// Configuration <c>Authentication:Jwt</c>: <c>Issuer</c>, <c>Audience</c>, and either <c>Authority</c>
    /// (the Identity service, keys from its metadata) or <c>SigningKey</c> (a shared symmetric key, at least 32 bytes).
    /// A scoped <see cref="CallerContext"/> is available to handlers of authenticated requests.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        if (builder.Environment.IsDevelopment() && !section.GetChildren().Any())
        {
            // a developer's machine (the AppHost runs in Development) validates tokens minted with a well-known
            // key until the Identity service issues real ones; any other environment must configure its own
            section = new ConfigurationBuilder().AddInMemoryCollection(DevelopmentSettings).Build().GetSection(SectionName);
        }
        var issuer = section["Issuer"];
        var audience = section["Audience"];
        var authority = section["Authority"];
        var signingKey = section["SigningKey"];
        if (string.IsNullOrWhiteSpace(issuer) || string.IsNullOrWhiteSpace(audience)
            || (string.IsNullOrWhiteSpace(authority) && string.IsNullOrWhiteSpace(signingKey)))
        {
            throw new StartupException(
                "トークン検証の設定がありません: Authentication__Jwt__Issuer, Authentication__Jwt__Audience と、Authentication__Jwt__Authority (Identity サービス) または Authentication__Jwt__SigningKey (32 バイト以上) を設定してください。");
        }
        if (!string.IsNullOrWhiteSpace(signingKey) && Encoding.UTF8.GetByteCount(signingKey) < 32)
        {
            throw new StartupException("Authentication__Jwt__SigningKey は 32 バイト以上にしてください。");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(authority))
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing");
            }
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = issuer,
                ValidAudience = audience,
                NameClaimType = HoukatsuClaims.Subject,
                RoleClaimType = HoukatsuClaims.Role,
                IssuerSigningKey = string.IsNullOrWhiteSpace(signingKey) ? null : SymmetricKey(signingKey),
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        // an authenticated caller is always someone of some municipality, so CallerContext can be built
        builder.Services.AddAuthorizationBuilder().SetDefaultPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(HoukatsuClaims.Subject)
            .RequireClaim(HoukatsuClaims.Municipality)
            .Build());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped(sp =>
        {
            var user = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User;
            return (user is null ? null : CallerContext.From(user))
                ?? throw new InvalidOperationException("CallerContext is only available to authenticated requests whose token carries sub and municipality.");
        });
        return builder;
    }

    /// <summary>Token settings used only in the Development environment when none are configured. Never valid elsewhere.</summary>
    public static readonly IReadOnlyDictionary<string, string?> DevelopmentSettings = new Dictionary<string, string?>
    {
        [$"{SectionName}:Issuer"] = "https://identity.houkatsu.local",
        [$"{SectionName}:Audience"] = "houkatsu",
        [$"{SectionName}:SigningKey"] = "development-only-signing-key-change-me-0123456789",
    };

    /// <summary>The key tokens are signed with when a shared symmetric key is configured (tests mint tokens with it).</summary>
    public static SymmetricSecurityKey SymmetricKey(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));
}
