using System.Net;
using System.Net.Sockets;

namespace HoukatsuCare.TestSupport;

/// <summary>
/// A loopback TCP proxy in front of a real server, so a test can take the server "away"
/// (refuse and cut every connection) and bring it back without owning the server process.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> open = [];
    private volatile bool up = true;

    public TcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Cuts every open connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        up = false;
        lock (open)
        {
            foreach (var client in open)
            {
                // a pump may have closed its pair already
                if (client.Client is { } socket)
                {
                    socket.LingerState = new LingerOption(true, 0);
                }
                client.Dispose();
            }
            open.Clear();
        }
    }

    public void Restore() => up = true;

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            if (!up)
            {
                inbound.Client.LingerState = new LingerOption(true, 0);
                inbound.Dispose();
                continue;
            }
            _ = PumpAsync(inbound);
        }
    }

    private async Task PumpAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(targetHost, targetPort, stopping.Token);
            lock (open)
            {
                open.Add(inbound);
                open.Add(outbound);
            }
            var a = inbound.GetStream().CopyToAsync(outbound.GetStream(), stopping.Token);
            var b = outbound.GetStream().CopyToAsync(inbound.GetStream(), stopping.Token);
            await Task.WhenAny(a, b);
        }
        catch (Exception)
        {
            // a cut connection ends here; the client sees it as a network failure, which is the point
        }
        finally
        {
            lock (open)
            {
                open.Remove(inbound);
                open.Remove(outbound);
            }
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Cut();
        stopping.Dispose();
    }
}
