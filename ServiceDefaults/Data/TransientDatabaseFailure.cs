using System.Net.Sockets;
using Npgsql;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>
/// A database that is briefly away (restarting, refusing connections, out of connections, the connection cut) —
/// not a bug of the service. <see cref="BeforeAnyCommand"/> tells the failures that happened while connecting, when
/// nothing of the request reached the database, so even a write may be run again whole.
/// </summary>
public static class TransientDatabaseFailure
{
    /// <summary>Whether <paramref name="exception"/> (or what it wraps) is a transient database failure.</summary>
    public static bool Is(Exception exception) => Find(exception) is not null;

    /// <summary>Whether the failure happened while opening the connection: no command was sent.</summary>
    public static bool BeforeAnyCommand(Exception exception) => Find(exception) switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        NpgsqlException npgsql => Chain(npgsql).OfType<SocketException>().Any(s => s.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable)
            || npgsql.Message.StartsWith("Failed to connect", StringComparison.Ordinal),
        TimeoutException => true,
        _ => false,
    };

    private static Exception? Find(Exception exception) => Chain(exception).FirstOrDefault(e => e switch
    {
        PostgresException postgres => postgres.IsTransient
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException npgsql => npgsql.IsTransient,
        // the pool found no connection in time (the server is away or saturated)
        TimeoutException => Chain(exception).Any(x => x is NpgsqlException) || exception is TimeoutException,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
