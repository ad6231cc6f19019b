namespace HoukatsuCare.Consultations.Common;

/// <summary>One page of a list, with the total so a caller can page on.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

public static class Paging
{
    public const int MaxPageSize = 100;

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
