using System.Text.Json.Serialization;

namespace Cpd.Schemes.Files;

/// <summary>
/// Source-generated reading of scheme files: camelCase fields, unknown fields refused, comments allowed.
/// No NodaTime types appear in a scheme file, so no converters are needed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(SchemeFile))]
internal sealed partial class SchemeFileContext : JsonSerializerContext;
