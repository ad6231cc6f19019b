using System.Text.Json.Nodes;
using HoukatsuCare.ServiceDefaults.Hosting;
using HoukatsuCare.ServiceDefaults.Municipalities;

namespace HoukatsuCare.ServiceDefaults.Tests;

public sealed class MunicipalProfilesTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "profiles");
    private readonly string scratch = Directory.CreateTempSubdirectory("profiles-").FullName;

    [Fact]
    public void Both_seed_profiles_load_and_validate()
    {
        var profiles = MunicipalProfiles.Load(Shipped);

        var kodaira = profiles.Find("132110", 2019);
        var iruma = profiles.Find("112097", 2025);
        Assert.NotNull(kodaira);
        Assert.NotNull(iruma);
        Assert.Equal("小平市", kodaira.Name);
        Assert.Equal("入間市", iruma.Name);
    }

    [Fact]
    public void Kodaira_has_the_sixteen_meeting_kinds_of_section_5_with_their_cadences()
    {
        var kodaira = MunicipalProfiles.Load(Shipped).Find("132110", 2019)!;

        var section5 = kodaira.MeetingTypes.Where(m => m.Section!.StartsWith("5(", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, section5.Count);
        var directors = section5.Single(m => m.Code == "center-directors");
        Assert.Equal(Organizer.CoreCenter, directors.Organizer);
        Assert.Equal([4, 8, 10, 2], directors.Cadence.Months!);
        Assert.Equal(Organizer.MedicalAssociation, section5.Single(m => m.Code == "home-care-council").Organizer);
        Assert.Equal(3, section5.Single(m => m.Code == "home-care-council").Cadence.TimesPerYear);
        Assert.Equal(6, section5.Single(m => m.Code == "watch-volunteer-liaison").Cadence.TimesPerYear);
        Assert.Equal(CadenceKind.Monthly, section5.Single(m => m.Code == "core-center-liaison").Cadence.Kind);
        Assert.Equal(CadenceKind.AsNeeded, section5.Single(m => m.Code == "dementia-council").Cadence.Kind);
    }

    [Fact]
    public void Seed_targets_are_transcribed_with_their_numbers()
    {
        var profiles = MunicipalProfiles.Load(Shipped);
        var kodaira = profiles.Find("132110", 2019)!.Targets.ToDictionary(t => t.Code);
        var iruma = profiles.Find("112097", 2025)!.Targets.ToDictionary(t => t.Code);

        Assert.Equal((TargetComparison.AtLeast, 100m, TargetUnit.Center), Shape(kodaira["prevention-screening-outreach"]));
        Assert.Equal((TargetComparison.AtLeast, 1m, TargetUnit.Area), Shape(kodaira["dementia-consultation-day"]));
        Assert.Equal(TargetPeriod.Month, kodaira["prevention-class"].Period);
        Assert.Equal((TargetComparison.AtLeast, 3m, TargetUnit.Center), Shape(iruma["individual-community-care"]));
        Assert.Equal((TargetComparison.AtLeast, 1m, TargetUnit.Area), Shape(iruma["area-community-care"]));
        Assert.Equal((TargetComparison.AtMost, 15m, TargetUnit.ProfessionalStaff), Shape(iruma["preventive-plans-per-staff"]));
        Assert.Equal((TargetComparison.AtLeast, 1m, TargetUnit.Area), Shape(iruma["resident-run-day-service"]));
    }

    [Fact]
    public void Values_the_seed_does_not_give_are_marked_illustrative()
    {
        var iruma = MunicipalProfiles.Load(Shipped).Find("112097", 2025)!;

        Assert.All(iruma.Centers, c => Assert.True(c.Illustrative));
        Assert.All(iruma.Areas, a => Assert.True(a.Illustrative));
        Assert.False(iruma.ClosureReasons.Single(r => r.Code == "resolved").Illustrative);
    }

    [Theory]
    [InlineData("municipalityCode", "\"132111\"", "municipalityCode")]
    [InlineData("fiscalYear", "1800", "fiscalYear")]
    [InlineData("meetingTypes[1].cadence.months", "[4, 8, 13, 2]", "meetingTypes[1].cadence.months[2]")]
    [InlineData("meetingTypes[1].cadence.timesPerYear", "0", "meetingTypes[1].cadence.timesPerYear")]
    [InlineData("meetingTypes[0].cadence.kind", "\"fortnightly\"", "meetingTypes[0].cadence.kind")]
    [InlineData("meetingTypes[2].code", "\"core-center-liaison\"", "meetingTypes[2].code")]
    [InlineData("centers[1].areas", "[\"atlantis\"]", "centers[1].areas[0]")]
    [InlineData("targets[0].value", "-1", "targets[0].value")]
    [InlineData("targets[3].meetingType", "\"no-such-meeting\"", "targets[3].meetingType")]
    [InlineData("reports[1].due", "\"2019-13-01\"", "reports[1].due")]
    [InlineData("centers[0].kind", "\"hq\"", "centers[0].kind")]
    [InlineData("centers[0].kind", "\"regional\"", "centers")]
    [InlineData("centers[1].kind", "\"core\"", "centers")]
    public void A_broken_profile_is_rejected_naming_file_and_field(string path, string json, string expectedField)
    {
        var broken = JsonNode.Parse(File.ReadAllText(Path.Combine(Shipped, "kodaira-2019.json")))!;
        Set(broken, path, JsonNode.Parse(json));
        File.WriteAllText(Path.Combine(scratch, "kodaira-2019.json"), broken.ToJsonString());

        var error = Assert.Throws<StartupException>(() => MunicipalProfiles.Load(scratch));

        Assert.Contains($"kodaira-2019.json: {expectedField}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var broken = JsonNode.Parse(File.ReadAllText(Path.Combine(Shipped, "iruma-2025.json")))!.AsObject();
        broken.Remove("closureReasons");
        File.WriteAllText(Path.Combine(scratch, "iruma-2025.json"), broken.ToJsonString());

        var error = Assert.Throws<StartupException>(() => MunicipalProfiles.Load(scratch));

        Assert.Contains("closureReasons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_rejected_rather_than_silently_ignored()
    {
        var broken = JsonNode.Parse(File.ReadAllText(Path.Combine(Shipped, "iruma-2025.json")))!.AsObject();
        broken["targetz"] = new JsonArray();
        File.WriteAllText(Path.Combine(scratch, "iruma-2025.json"), broken.ToJsonString());

        var error = Assert.Throws<StartupException>(() => MunicipalProfiles.Load(scratch));

        Assert.Contains("targetz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_profile_in_force_follows_the_fiscal_year()
    {
        var profiles = MunicipalProfiles.Load(Shipped);

        Assert.Null(profiles.InForce("112097", new DateOnly(2025, 3, 31)));
        Assert.Equal(2025, profiles.InForce("112097", new DateOnly(2025, 4, 1))!.FiscalYear);
        Assert.Equal(2025, profiles.InForce("112097", new DateOnly(2027, 1, 5))!.FiscalYear);
    }

    private static (TargetComparison, decimal, TargetUnit) Shape(Target t) => (t.Comparison, t.Value, t.Per);

    /// <summary>Sets a value at a simple path such as <c>meetingTypes[1].cadence.months</c>.</summary>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = Split(parts[i]);
            var last = i == parts.Length - 1;
            if (index is null && last)
            {
                node[name] = value;
                return;
            }
            node = node[name]!;
            if (index is { } n)
            {
                if (last)
                {
                    node[n] = value;
                    return;
                }
                node = node[n]!;
            }
        }
    }

    private static (string Name, int? Index) Split(string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? (part, null) : (part[..bracket], int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
