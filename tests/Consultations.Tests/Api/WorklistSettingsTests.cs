using HoukatsuCare.Consultations.Worklist;
using static HoukatsuCare.Consultations.Tests.Callers;

namespace HoukatsuCare.Consultations.Tests.Api;

/// <summary>A host whose worklist flags cases after 2 days without a note (configuration <c>Worklist:NoNoteDays</c>).</summary>
public sealed class TwoDaySilenceFixture : ConsultationsFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> Overrides => [new("Worklist:NoNoteDays", "2")];
}

public sealed class WorklistSettingsTests(TwoDaySilenceFixture service) : IClassFixture<TwoDaySilenceFixture>
{
    [Fact]
    public async Task The_number_of_silent_days_comes_from_configuration()
    {
        var staff = service.As(Center1Staff);
        var client = await staff.CreateClientAsync(Requests.Client("沈黙 十郎", "チンモク ジュウロウ", "1936-10-10"));
        var today = DateTime.UtcNow.AddHours(9);
        var quiet = await staff.OpenCaseAsync(Requests.Case(client.Id, openedOn: today.AddDays(-4).ToString("yyyy-MM-dd")));
        var recent = await staff.OpenCaseAsync(Requests.Case(client.Id, openedOn: today.AddDays(-1).ToString("yyyy-MM-dd")));

        var worklist = await (await staff.GetAsync("/api/consultations/worklist/center")).ReadAsync<WorklistResponse>();
        Assert.Equal(2, worklist.NoNoteDays);
        Assert.Contains(worklist.NoRecentNote, i => i.CaseId == quiet.Id);
        Assert.DoesNotContain(worklist.NoRecentNote, i => i.CaseId == recent.Id);
    }
}
