using Grpc.Core;
using Grpc.Core.Interceptors;
using HoukatsuCare.ServiceDefaults.Data;

namespace HoukatsuCare.ServiceDefaults.Grpc;

/// <summary>A gRPC call that meets a briefly unavailable database ends UNAVAILABLE (retry later), never INTERNAL.</summary>
internal sealed class DatabaseUnavailableInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException && TransientDatabaseFailure.Is(e))
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "データベースに一時的に接続できません。しばらく後に再試行してください。"));
        }
    }
}
