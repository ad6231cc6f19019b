namespace HoukatsuCare.ServiceDefaults.Authentication;

/// <summary>The claim names of ARCHITECTURE.md §6, identical in every service and in the Identity service's tokens.</summary>
public static class HoukatsuClaims
{
    public const string Subject = "sub";
    public const string Municipality = "municipality";
    public const string Center = "center";
    public const string Profession = "profession";
    public const string Role = "role";
    public const string Scope = "scope";
}

/// <summary>The roles a token may carry in its <c>role</c> claim.</summary>
public static class HoukatsuRoles
{
    public const string Staff = "staff";
    public const string Chief = "chief";
    public const string Core = "core";
    public const string City = "city";
    public const string Admin = "admin";
    public const string Partner = "partner";
}
