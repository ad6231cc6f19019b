using Grpc.Core;
using HoukatsuCare.Contracts.Consultations.V1;
using HoukatsuCare.ServiceDefaults.Authentication;

namespace HoukatsuCare.DementiaSupport.Referrals;

/// <summary>What Consultations says about a case the caller wants to refer.</summary>
public enum CaseLookup
{
    /// <summary>The case exists in the caller's municipality and the caller may see it.</summary>
    Visible,

    /// <summary>Unknown, another municipality's, or a center the caller may not see: all answered alike, so nothing leaks.</summary>
    NotFound,

    /// <summary>Consultations did not answer.</summary>
    Unavailable,
}

/// <summary>
/// Asks Consultations over gRPC (<c>GetCaseSummary</c>) with the caller's own bearer token forwarded, so Consultations
/// audits the read and applies its rules to the caller; the answer is then held to this service's rule too (same
/// municipality, a center the caller may see).
/// </summary>
public sealed class ConsultationCases(ConsultationsQueries.ConsultationsQueriesClient client, CallerContext caller, ILogger<ConsultationCases> logger)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public async Task<(CaseLookup Lookup, CaseSummary? Summary)> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        CaseSummary summary;
        try
        {
            summary = await client.GetCaseSummaryAsync(new GetCaseSummaryRequest { CaseId = caseId.ToString() },
                deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument or StatusCode.PermissionDenied)
        {
            return (CaseLookup.NotFound, null);
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            // the status only: the detail could echo the request
            logger.LogWarning("Consultations GetCaseSummary failed with {StatusCode}", e.StatusCode);
            return (CaseLookup.Unavailable, null);
        }
        return summary.MunicipalityCode == caller.MunicipalityCode && caller.CanSee(summary.MunicipalityCode, summary.CenterId)
            ? (CaseLookup.Visible, summary)
            : (CaseLookup.NotFound, null);
    }
}
