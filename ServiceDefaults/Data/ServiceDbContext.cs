using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>
/// The request's instance of the service's own DbContext, for the platform's pieces that write with the handler's
/// unit of work (idempotency records, audit rows) or reset it before a retry, without knowing its type.
/// </summary>
public sealed class ServiceDbContext(DbContext db)
{
    public DbContext Db { get; } = db;
}
