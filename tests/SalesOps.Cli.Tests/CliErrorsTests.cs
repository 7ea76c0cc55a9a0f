namespace SalesOps.Cli.Tests;

public class CliErrorsTests
{
    [Fact]
    public void Describe_MultiLineMessage_KeepsFirstLineOnly()
    {
        CliErrors.Describe(new InvalidOperationException("first line\nsecond line")).Should().Be("first line");
    }

    [Fact]
    public void Describe_FileNotFound_NamesTheFile()
    {
        CliErrors.Describe(new FileNotFoundException("gone", "facts.csv")).Should().Be("facts.csv: file not found");
    }
}
