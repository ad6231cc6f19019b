namespace HoukatsuCare.Contracts.Events;

/// <summary>
/// Marks an integration event that also goes to outside subscribers (the 医師会 and others) on the
/// <c>houkatsu.external</c> topic exchange, as plain JSON with CloudEvents attributes.
/// Only events whose fields are safe for outsiders (ids, codes, times, places — never a client's personal data) may carry it.
/// </summary>
/// <param name="routingKey">Routing key on the external exchange, e.g. <c>meetings.meeting.scheduled</c>; also the CloudEvents type suffix.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExternalEventAttribute(string routingKey) : Attribute
{
    public string RoutingKey { get; } = routingKey;
}
