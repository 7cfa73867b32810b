using System.Text.Json.Serialization;

namespace Cpd.Storage.Json;

/// <summary>Source-generated serialisation metadata; build it over <see cref="CpdJson.CreateOptions"/>.</summary>
[JsonSerializable(typeof(CpdRecordDocument))]
[JsonSerializable(typeof(List<CpdRecordDocument>))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
