namespace HoukatsuCare.AppHost.Resources;

/// <summary>Something the AppHost starts or provides, by the name services know it by.</summary>
public interface IResource
{
    string Name { get; }

    /// <summary>What the dashboard shows; changed only by the resource's runner.</summary>
    ResourceStatus Status { get; }
}

/// <summary>A resource other resources reach through <c>ConnectionStrings__{Name}</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>Known once the resource runs.</summary>
    string? ConnectionString { get; }
}

/// <summary>The handle Program.cs chains configuration on, as in Aspire.</summary>
public sealed class ResourceBuilder<T>(DistributedApplicationModel model, T resource) where T : IResource
{
    public T Resource { get; } = resource;

    public DistributedApplicationModel Model { get; } = model;
}

/// <summary>Every resource in the order Program.cs added them.</summary>
public sealed class DistributedApplicationModel
{
    private readonly List<IResource> resources = [];

    public IReadOnlyList<IResource> Resources => resources;

    public ResourceBuilder<T> Add<T>(T resource) where T : IResource
    {
        if (resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"リソース名 '{resource.Name}' が重複しています。");
        }
        resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }
}
