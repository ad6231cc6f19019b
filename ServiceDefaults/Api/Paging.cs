namespace HoukatsuCare.ServiceDefaults.Api;

/// <summary>One page of a list, with the total so a caller can page on.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>Every list is paged: <c>page</c> from 1, <c>pageSize</c> up to <see cref="MaxPageSize"/>.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
