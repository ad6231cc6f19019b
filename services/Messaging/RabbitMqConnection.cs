using RabbitMQ.Client;

namespace HoukatsuCare.Messaging;

/// <summary>
/// One plain RabbitMQ.Client connection per host, beside MassTransit's, for what MassTransit does not do:
/// the external feed (no envelope), error-queue browsing and replay, queue depths. Reconnects on demand after an outage.
/// </summary>
public sealed class RabbitMqConnection(Uri uri, string clientName) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;

    public Uri Uri { get; } = uri;

    public async Task<IChannel> CreateChannelAsync(bool publisherConfirms, CancellationToken cancellationToken)
    {
        var open = await OpenAsync(cancellationToken);
        return await open.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: publisherConfirms, publisherConfirmationTrackingEnabled: publisherConfirms),
            cancellationToken);
    }

    private async Task<IConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (connection is { IsOpen: true } current)
        {
            return current;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connection is { IsOpen: true } opened)
            {
                return opened;
            }
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
            var factory = new ConnectionFactory
            {
                Uri = Uri,
                ClientProvidedName = clientName,
                // we reconnect on the next use instead: a caller fails fast while the broker is away and retries
                AutomaticRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            };
            connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
        gate.Dispose();
    }
}
