namespace SalesOps.Cli.Tests;

/// <summary>The shared sample data in ../shared/fixtures beside the repository.</summary>
internal static class SharedFixtures
{
    public static string PathOf(string fileName)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SalesOps.Sdk.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        string path = Path.GetFullPath(Path.Combine(dir ?? throw new InvalidOperationException("SalesOps.Sdk.sln not found"), "..", "shared", "fixtures", fileName));
        return File.Exists(path) ? path : throw new FileNotFoundException($"Shared fixture missing: {path}", path);
    }
}
