using System.Collections.Concurrent;
using HoukatsuCare.Contracts.Events;

namespace HoukatsuCare.Messaging.Outbox;

/// <summary>Finds an event's CLR type from the full name stored in the outbox (Contracts first, then any loaded assembly).</summary>
internal static class EventTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new(StringComparer.Ordinal);

    public static Type? Resolve(string fullName) => Cache.GetOrAdd(fullName, static name =>
        typeof(IntegrationEvent).Assembly.GetType(name)
        ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name)).FirstOrDefault(t => t is not null));
}
