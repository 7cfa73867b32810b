namespace Cpd.Portal.Tests.Browser;

/// <summary>
/// Where the browser tests leave screenshots of the main pages: TestResults/screenshots, at the repository root.
/// </summary>
internal static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Cpd.Library.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    });

    public static string PathFor(string name) => Path.Combine(Folder.Value, name + ".png");
}
