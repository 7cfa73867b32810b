using System.Text.Json.Serialization;

namespace Cpd.Storage.Json;

/// <summary>Source-generated serialisation metadata for the store file.</summary>
[JsonSerializable(typeof(JsonStoreFileDocument))]
internal sealed partial class JsonStoreContext : JsonSerializerContext
{
    public static JsonStoreContext Shared { get; } = new(CpdJson.CreateOptions());
}
