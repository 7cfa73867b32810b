using Cpd.Reporting.Rendering;

namespace Cpd.Reporting.Tests.Rendering;

public sealed class TemplateCacheTests
{
    [Fact]
    public void GetOrAdd_KnownKey_ReturnsTheCachedTemplateWithoutParsing()
    {
        var cache = new TemplateCache<string>(capacity: 2);
        var parses = 0;
        CpdReportTemplate Parse(string key)
        {
            parses++;
            return NewTemplate(key);
        }

        var first = cache.GetOrAdd("a", Parse);
        var second = cache.GetOrAdd("a", Parse);

        Assert.Same(first, second);
        Assert.Equal(1, parses);
    }

    [Fact]
    public void GetOrAdd_PastCapacity_ForgetsTheLeastRecentlyUsed()
    {
        var cache = new TemplateCache<string>(capacity: 2);
        var a = cache.GetOrAdd("a", NewTemplate);
        var b = cache.GetOrAdd("b", NewTemplate);
        cache.GetOrAdd("a", NewTemplate);

        cache.GetOrAdd("c", NewTemplate);

        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.GetOrAdd("a", NewTemplate));
        Assert.NotSame(b, cache.GetOrAdd("b", NewTemplate));
    }

    [Fact]
    public void GetOrAdd_ParseFails_CachesNothing()
    {
        var cache = new TemplateCache<string>(capacity: 2);

        Assert.Throws<CpdReportTemplateException>(() => cache.GetOrAdd("{{ for }}", NewTemplate));

        Assert.Equal(0, cache.Count);
    }

    private static CpdReportTemplate NewTemplate(string key) =>
        CpdReportTemplate.Parse($"{key} {Guid.NewGuid()}", CpdReportFormat.Markdown, "cache test");
}
