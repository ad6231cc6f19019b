using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace HoukatsuCare.Messaging.Tests.Support;

/// <summary>
/// Reads docs/asyncapi/houkatsu-external.yaml the way a subscriber's tooling would: messages, their payload schemas
/// (following <c>$ref</c> and <c>allOf</c>) and the required properties at every level.
/// </summary>
public sealed class AsyncApiDocument
{
    public const string RelativePath = "docs/asyncapi/houkatsu-external.yaml";

    private readonly YamlMappingNode root;

    private AsyncApiDocument(YamlMappingNode root) => this.root = root;

    public static AsyncApiDocument Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HoukatsuCare.sln")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(directory.FullName, RelativePath));
        yaml.Load(reader);
        var document = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("3.0.0", Scalar(document, "asyncapi"));
        return new AsyncApiDocument(document);
    }

    /// <summary>The channel address (routing key) whose messages include <c>#/components/messages/{message}</c>.</summary>
    public string? ChannelAddress(string message)
    {
        foreach (var (_, channel) in Map(root, "channels")!)
        {
            var channelMap = (YamlMappingNode)channel;
            if (Map(channelMap, "messages")!.Children.Values.Any(m => Scalar((YamlMappingNode)m, "$ref") == $"#/components/messages/{message}"))
            {
                return Scalar(channelMap, "address");
            }
        }
        return null;
    }

    /// <summary>The <c>const</c> of the payload's <c>type</c> property (the CloudEvents type).</summary>
    public string? TypeConstant(string message) =>
        Flatten(Payload(message)).Properties.TryGetValue("type", out var type) ? Scalar(type, "const") : null;

    /// <summary>Required properties of the message's payload (and of nested object properties) absent or null in <paramref name="json"/>.</summary>
    public List<string> MissingRequired(string message, JsonElement json)
    {
        var missing = new List<string>();
        Check(Payload(message), json, "$", missing);
        return missing;
    }

    private void Check(YamlMappingNode schema, JsonElement json, string path, List<string> missing)
    {
        var (required, properties) = Flatten(schema);
        foreach (var name in required)
        {
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                missing.Add($"{path}.{name}");
            }
        }
        foreach (var (name, propertySchema) in properties)
        {
            if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object)
            {
                Check(propertySchema, value, $"{path}.{name}", missing);
            }
        }
    }

    private YamlMappingNode Payload(string message) =>
        Map(Map(Map(root, "components")!, "messages")!, message) is { } m
            ? Resolve(Map(m, "payload")!)
            : throw new InvalidOperationException($"no message {message} in {RelativePath}");

    /// <summary>Required names and property schemas of a schema, merged over <c>allOf</c> and <c>$ref</c>.</summary>
    private (HashSet<string> Required, Dictionary<string, YamlMappingNode> Properties) Flatten(YamlMappingNode schema)
    {
        schema = Resolve(schema);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var properties = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        if (schema.Children.TryGetValue("allOf", out var allOf))
        {
            foreach (var part in ((YamlSequenceNode)allOf).Children.Cast<YamlMappingNode>())
            {
                var (r, p) = Flatten(part);
                required.UnionWith(r);
                foreach (var (k, v) in p)
                {
                    // a later part refines an earlier one (e.g. the CloudEvents type narrowed to a constant)
                    properties[k] = v;
                }
            }
        }
        if (schema.Children.TryGetValue("required", out var names))
        {
            required.UnionWith(((YamlSequenceNode)names).Children.Select(n => ((YamlScalarNode)n).Value!));
        }
        if (Map(schema, "properties") is { } own)
        {
            foreach (var (k, v) in own.Children)
            {
                properties[((YamlScalarNode)k).Value!] = Resolve((YamlMappingNode)v);
            }
        }
        return (required, properties);
    }

    private YamlMappingNode Resolve(YamlMappingNode schema)
    {
        while (Scalar(schema, "$ref") is { } reference)
        {
            Assert.StartsWith("#/", reference);
            YamlMappingNode node = root;
            foreach (var segment in reference[2..].Split('/'))
            {
                node = Map(node, segment) ?? throw new InvalidOperationException($"unresolved {reference}");
            }
            schema = node;
        }
        return schema;
    }

    private static YamlMappingNode? Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? value as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? (value as YamlScalarNode)?.Value : null;
}
