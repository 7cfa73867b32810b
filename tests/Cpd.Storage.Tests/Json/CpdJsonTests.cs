using System.Text.Json;
using System.Text.Json.Nodes;
using Cpd.Domain;
using Cpd.Domain.Frameworks;
using Cpd.Domain.Planning;
using Cpd.Domain.Records;
using Cpd.Domain.Tests.Support;
using Cpd.Storage.Json;
using Cpd.Storage.Tests.Support;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Cpd.Storage.Tests.Json;

public sealed class CpdJsonTests
{
    private readonly FakeClock _clock = new(TestData.Start);

    [Fact]
    public void Serialize_Record_WritesTheVersionedShapeWithIsoDates()
    {
        var record = Sample();

        var json = JsonNode.Parse(CpdJson.Serialize(record))!;

        Assert.Equal(CpdJson.SchemaVersion, (int)json["schemaVersion"]!);
        Assert.Equal(record.Id.Value, (Guid)json["id"]!);
        Assert.Equal("alice", (string?)json["memberId"]);
        Assert.Equal(("cpd-reflection", 1), ((string?)json["frameworkId"], (int)json["frameworkVersion"]!));
        Assert.Equal("2026-11-20", (string?)json["activityDate"]);
        Assert.Equal("2026-12-31", (string?)json["reminderDate"]);
        Assert.Equal(3.25m, (decimal)json["hours"]!);
        Assert.Equal("2026-12-03T09:00:00Z", (string?)json["createdAt"]);
        Assert.Equal("InProgress", (string?)json["status"]);
        Assert.Equal("Talk on dosimetry", (string?)json["answers"]!["activity"]!["text"]);
        Assert.Equal(2, (long)json["answers"]!["activity"]!["revision"]!);
    }

    [Fact]
    public void Serialize_LettersOfAnyScript_AreWrittenReadably()
    {
        var record = Sample(title: "Café: دورة السلامة — קורס");

        var json = CpdJson.Serialize(record);

        Assert.Contains("Café: دورة السلامة — קורס", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Café crème 😀 👩‍🔬 🇬🇧")]
    [InlineData("دورة السلامة الإشعاعية")]
    [InlineData("e\u0301 combining \u200F marks")]
    [InlineData("<script>alert(\"x\")</script> & \\ '")]
    [InlineData("Line\r\nbreaks\tand tabs\n")]
    public void Deserialize_SerializedRecord_KeepsMemberTextExactly(string text)
    {
        var record = TestData.Answered(Sample(), _clock, "learning", text);

        var read = CpdJson.Deserialize(CpdJson.Serialize(record), ReflectionFrameworkCatalog.Default);

        Assert.Equal(text, read.AnswerTo("learning")!.Text, StringComparer.Ordinal);
        Assert.Equal(record, read);
    }

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 300)]
    public void Deserialize_AnyValidRecord_RoundTripsUnchanged(RecordSample sample)
    {
        var framework = sample.Record.Framework;
        var catalog = framework.Equals(ReflectionFrameworks.Default)
            ? ReflectionFrameworkCatalog.Default
            : new ReflectionFrameworkCatalog(ReflectionFrameworks.Default, framework);

        var read = CpdJson.Deserialize(CpdJson.Serialize(sample.Record), catalog);

        Assert.Equal(sample.Record, read);
        Assert.Equal(RecordSnapshot.Of(sample.Record.ToState()), RecordSnapshot.Of(read.ToState()));
    }

    [Fact]
    public void ToRecord_Document_IsTheInverseOfToDocument()
    {
        var record = Sample();

        Assert.Equal(record, CpdJson.ToRecord(CpdJson.ToDocument(record), ReflectionFrameworkCatalog.Default));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(99)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Deserialize_UnsupportedSchemaVersion_ThrowsStoreException(int schemaVersion)
    {
        var json = Edit(Sample(), document => document["schemaVersion"] = schemaVersion);

        var error = Refused(json);

        Assert.Contains($"schema version {schemaVersion}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\": \"one\"}")]
    [InlineData("{\"id\": \"not-a-guid\"}")]
    public void Deserialize_InvalidJson_ThrowsStoreException(string json)
    {
        var error = Refused(json);

        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public void Deserialize_JsonNull_ThrowsStoreException()
    {
        Assert.Throws<CpdStoreException>(() => CpdJson.Deserialize("null", ReflectionFrameworkCatalog.Default));
    }

    [Theory]
    [InlineData("activityDate", "2026-02-30")]
    [InlineData("reminderDate", "31/12/2026")]
    [InlineData("createdAt", "yesterday")]
    [InlineData("updatedAt", "2026-12-03 09:00")]
    [InlineData("hours", "lots")]
    public void Deserialize_UnreadableValue_ThrowsStoreException(string field, string value)
    {
        var json = Edit(Sample(), document => document[field] = value);

        Refused(json);
    }

    [Theory]
    [InlineData("hours", "1e30")]
    [InlineData("version", "9223372036854775808")]
    [InlineData("frameworkVersion", "1.5")]
    [InlineData("answers", "{\"activity\": 5}")]
    [InlineData("answers", "{\"activity\": {\"text\": \"x\", \"savedAt\": null, \"revision\": 1}}")]
    public void Deserialize_ValueOfTheWrongShape_ThrowsStoreException(string field, string rawJson)
    {
        var json = Edit(Sample(), document => document[field] = JsonNode.Parse(rawJson));

        var error = Refused(json);

        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public void Deserialize_AnswerKeyInAnotherCase_ThrowsStoreException()
    {
        var json = CpdJson.Serialize(Sample()).Replace("\"activity\":", "\"Activity\":", StringComparison.Ordinal);

        Refused(json);
    }

    [Fact]
    public void Deserialize_AnswerToUnknownQuestion_ThrowsStoreExceptionNamingIt()
    {
        var json = Edit(Sample(), document => document["answers"]!["outcome"] =
            new JsonObject { ["text"] = "Tampered", ["savedAt"] = "2026-12-03T09:00:00Z", ["revision"] = 1 });

        var error = Refused(json);

        var validation = Assert.IsType<CpdValidationException>(error.InnerException);
        var first = validation.Errors[0];
        Assert.Equal(("answers.outcome", ValidationRule.UnknownQuestion), (first.Field, first.Rule));
    }

    [Fact]
    public void Deserialize_FrameworkNotInTheCatalog_ThrowsStoreException()
    {
        var json = Edit(Sample(), document => document["frameworkVersion"] = 7);

        var error = Refused(json);

        var validation = Assert.IsType<CpdValidationException>(error.InnerException);
        Assert.Equal(ValidationRule.UnknownFramework, validation.Errors[0].Rule);
    }

    [Theory]
    [InlineData("title", "")]
    [InlineData("memberId", " alice")]
    [InlineData("hours", -1)]
    [InlineData("version", 0)]
    public void Deserialize_DocumentBreakingARule_ThrowsStoreException(string field, object value)
    {
        var json = Edit(Sample(), document => document[field] = JsonSerializer.SerializeToNode(value));

        var error = Refused(json);

        Assert.IsType<CpdValidationException>(error.InnerException);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("memberId")]
    [InlineData("frameworkId")]
    [InlineData("notes")]
    [InlineData("answers")]
    public void Deserialize_NullField_ThrowsStoreExceptionOrReadsItAsAbsent(string field)
    {
        var json = Edit(Sample(), document => document[field] = null);

        var outcome = Record.Exception(() => CpdJson.Deserialize(json, ReflectionFrameworkCatalog.Default));

        Assert.True(outcome is null or CpdStoreException, $"{field}: {outcome}");
    }

    [Fact]
    public void Deserialize_NullAnswer_ThrowsStoreException()
    {
        var json = Edit(Sample(), document => document["answers"]!["activity"] = null);

        var outcome = Record.Exception(() => CpdJson.Deserialize(json, ReflectionFrameworkCatalog.Default));

        Assert.IsType<CpdStoreException>(outcome);
    }

    [Fact]
    public void Deserialize_StatusWrittenWrongly_IsDerivedFromTheAnswersAgain()
    {
        var json = Edit(Sample(), document => document["status"] = "Completed");

        var record = CpdJson.Deserialize(json, ReflectionFrameworkCatalog.Default);

        Assert.Equal(CpdRecordStatus.InProgress, record.Status);
    }

    [Fact]
    public void Deserialize_OlderFrameworkInTheCatalog_KeepsTheRecordsVersion()
    {
        var version1 = new ReflectionFramework("body", 1, "Body v1", [new("goal", "Goal?")]);
        var version2 = new ReflectionFramework("body", 2, "Body v2", [new("aim", "Aim?")]);
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()), TestData.Alice, version1, TestData.Details(), _clock,
            new Dictionary<string, string> { ["goal"] = "Met" });

        var read = CpdJson.Deserialize(CpdJson.Serialize(record), new ReflectionFrameworkCatalog(version2, version1));

        Assert.Same(version1, read.Framework);
        Assert.Equal(CpdRecordStatus.Completed, read.Status);
    }

    [Fact]
    public void Serialize_LinkedRecord_WritesObjectiveIdsAndTheRecordFollowedUp()
    {
        var (record, objectives, followed) = Linked();

        var json = JsonNode.Parse(CpdJson.Serialize(record))!;

        Assert.Equal(objectives.Select(id => id.Value), json["objectives"]!.AsArray().Select(id => (Guid)id!));
        Assert.Equal(followed.Value, (Guid)json["followsUp"]!);
    }

    [Fact]
    public void Deserialize_LinkedRecord_KeepsItsObjectivesAndTheRecordFollowedUp()
    {
        var (record, objectives, followed) = Linked();

        var read = CpdJson.Deserialize(CpdJson.Serialize(record), ReflectionFrameworkCatalog.Default);

        Assert.Equal(record, read);
        Assert.Equal(objectives, read.Objectives);
        Assert.Equal(followed, read.FollowsUp);
        Assert.True(read.IsPlanned);
    }

    [Fact]
    public void Deserialize_VersionOneDocument_ReadsAsAnUnplannedRecord()
    {
        var record = Sample();
        var json = Edit(record, document =>
        {
            document["schemaVersion"] = 1;
            document.AsObject().Remove("objectives");
            document.AsObject().Remove("followsUp");
        });

        var read = CpdJson.Deserialize(json, ReflectionFrameworkCatalog.Default);

        Assert.Equal(record, read);
        Assert.Empty(read.Objectives);
        Assert.Null(read.FollowsUp);
        Assert.False(read.IsPlanned);
    }

    [Theory]
    [InlineData("objectives", "[\"00000000-0000-0000-0000-000000000000\"]")]
    [InlineData("followsUp", "\"00000000-0000-0000-0000-000000000000\"")]
    public void Deserialize_LinkWithoutAnId_ThrowsStoreException(string field, string rawJson)
    {
        var json = Edit(Sample(), document => document[field] = JsonNode.Parse(rawJson));

        Refused(json);
    }

    [Theory]
    [InlineData("objectives", "[\"not-a-guid\"]")]
    [InlineData("objectives", "\"00000000-0000-0000-0000-000000000001\"")]
    [InlineData("followsUp", "[]")]
    public void Deserialize_LinkOfTheWrongShape_ThrowsStoreException(string field, string rawJson)
    {
        var json = Edit(Sample(), document => document[field] = JsonNode.Parse(rawJson));

        var error = Refused(json);

        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
    }

    private (CpdRecord Record, ObjectiveSet Objectives, CpdRecordId Followed) Linked()
    {
        var objectives = ObjectiveSet.Of(
            ObjectiveId.New(_clock.GetCurrentInstant()), ObjectiveId.New(_clock.GetCurrentInstant()));
        var followed = CpdRecordId.New(_clock.GetCurrentInstant());
        var sample = Sample();
        var record = sample.ChangeDetails(
            sample.Details with { Objectives = objectives, FollowsUp = followed }, sample.DetailsRevision, _clock);
        return (record, objectives, followed);
    }

    private CpdRecord Sample(string title = "Radiation safety refresher")
    {
        var details = new CpdRecordDetails
        {
            Title = title,
            ActivityDate = new LocalDate(2026, 11, 20),
            Category = "Formal",
            Hours = 3.25m,
            Notes = "Follow up\non dosimeters.",
            ReminderDate = new LocalDate(2026, 12, 31),
        };
        var record = CpdRecord.Create(
            CpdRecordId.New(_clock.GetCurrentInstant()), TestData.Alice, ReflectionFrameworks.Default, details, _clock);
        return TestData.Answered(record, _clock, "activity", "Talk on dosimetry");
    }

    private static CpdStoreException Refused(string json) =>
        Assert.Throws<CpdStoreException>(() => CpdJson.Deserialize(json, ReflectionFrameworkCatalog.Default));

    private static string Edit(CpdRecord record, Action<JsonNode> edit)
    {
        var document = JsonNode.Parse(CpdJson.Serialize(record))!;
        edit(document);
        return document.ToJsonString();
    }
}
