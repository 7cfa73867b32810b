using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Cpd.Benchmarks.Support;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Records;
using Cpd.Storage.Json;

namespace Cpd.Benchmarks;

/// <summary>
/// A JSON round trip of records: through the library (which checks every rule on reading), and raw
/// System.Text.Json with source generation on the same document shape.
/// </summary>
[MemoryDiagnoser]
public class JsonRoundTripBenchmarks
{
    private static readonly MemberId Member = MemberId.From("member-json");
    private CpdRecord[] _records = null!;
    private CpdRecordDocument[] _documents = null!;

    [Params(1, 1000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var clock = BenchmarkRecords.NewClock();
        _records = [.. Enumerable.Range(0, BenchmarkSizes.Scaled(Count)).Select(i => BenchmarkRecords.New(clock, Member, i))];
        _documents = [.. _records.Select(CpdJson.ToDocument)];
    }

    [Benchmark(Baseline = true)]
    public int RawSourceGenerated()
    {
        var total = 0;
        foreach (var document in _documents)
        {
            var json = JsonSerializer.Serialize(document, RawJsonContext.Shared.CpdRecordDocument);
            total += JsonSerializer.Deserialize(json, RawJsonContext.Shared.CpdRecordDocument)!.Answers.Count;
        }

        return total;
    }

    [Benchmark]
    public int ThroughTheLibrary()
    {
        var total = 0;
        foreach (var record in _records)
        {
            total += CpdJson.Deserialize(CpdJson.Serialize(record), ReflectionFrameworkCatalog.Default).Answers.Count;
        }

        return total;
    }
}

/// <summary>The floor: source-generated metadata over the same options, with no mapping or checks.</summary>
[JsonSerializable(typeof(CpdRecordDocument))]
internal sealed partial class RawJsonContext : JsonSerializerContext
{
    public static RawJsonContext Shared { get; } = new(CpdJson.CreateOptions());
}
