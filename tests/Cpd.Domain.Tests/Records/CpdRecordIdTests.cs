using Cpd.Domain.Records;
using NodaTime;

namespace Cpd.Domain.Tests.Records;

public sealed class CpdRecordIdTests
{
    [Fact]
    public void New_LaterInstant_SortsAfterAnEarlierOne()
    {
        var earlier = CpdRecordId.New(TestRecords.Start);
        var later = CpdRecordId.New(TestRecords.Start + Duration.FromMilliseconds(2));

        Assert.Equal(7, earlier.Value.Version);
        Assert.True(string.CompareOrdinal(earlier.ToString(), later.ToString()) < 0);
        Assert.NotEqual(earlier, CpdRecordId.New(TestRecords.Start));
    }

    [Theory]
    [InlineData("0193a1f2-7c3d-7e4f-8a5b-6c7d8e9fa0b1")]
    [InlineData("{0193A1F2-7C3D-7E4F-8A5B-6C7D8E9FA0B1}")]
    [InlineData("0193a1f27c3d7e4f8a5b6c7d8e9fa0b1")]
    public void Parse_AnyGuidFormat_GivesTheId(string text)
    {
        var id = CpdRecordId.Parse(text);

        Assert.Equal("0193a1f2-7c3d-7e4f-8a5b-6c7d8e9fa0b1", id.ToString());
        Assert.Equal(id, CpdRecordId.Parse(id.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Parse_NotARecordId_ThrowsFormatOnRecordId(string? text)
    {
        var error = Assert.Throws<CpdValidationException>(() => CpdRecordId.Parse(text));

        Assert.Equal(("recordId", ValidationRule.Format), (error.Errors[0].Field, error.Errors[0].Rule));
    }
}
