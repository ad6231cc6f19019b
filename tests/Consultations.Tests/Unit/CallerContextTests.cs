using System.Security.Claims;
using HoukatsuCare.ServiceDefaults.Authentication;

namespace HoukatsuCare.Consultations.Tests.Unit;

public sealed class CallerContextTests
{
    private static CallerContext Caller(string role, string? center) => CallerContext.From(new ClaimsPrincipal(new ClaimsIdentity(
        new[] { new Claim("sub", "u1"), new Claim("municipality", "132110"), new Claim("role", role) }
            .Concat(center is null ? [] : [new Claim("center", center)]), "test")))!;

    [Fact]
    public void Regional_staff_see_their_own_center_only()
    {
        var staff = Caller("staff", "kodaira-center-1");
        Assert.True(staff.CanSee("132110", "kodaira-center-1"));
        Assert.False(staff.CanSee("132110", "kodaira-center-2"));
        Assert.False(staff.CanSee("112097", "kodaira-center-1"));
    }

    [Theory]
    [InlineData("core", "kodaira-core")]
    [InlineData("city", null)]
    public void Core_center_and_city_see_the_whole_municipality_and_nothing_else(string role, string? center)
    {
        var caller = Caller(role, center);
        Assert.True(caller.CanSee("132110", "kodaira-center-2"));
        Assert.False(caller.CanSee("112097", "iruma-toyooka"));
    }

    [Fact]
    public void A_token_without_municipality_is_no_caller() =>
        Assert.Null(CallerContext.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "u1")], "test"))));
}
