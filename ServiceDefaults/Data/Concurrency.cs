using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>A record two staff may edit at once; <see cref="Version"/> is PostgreSQL's xmin, sent back by clients as <c>version</c>.</summary>
public interface IVersioned
{
    uint Version { get; }
}

public static class Concurrency
{
    /// <summary>The next save succeeds only if the row is still at the version the caller read.</summary>
    public static void ExpectVersion(this DbContext db, IVersioned entity, uint version) =>
        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;

    /// <summary>Saves; false when someone else changed a versioned row since it was read (nothing is written then).</summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
