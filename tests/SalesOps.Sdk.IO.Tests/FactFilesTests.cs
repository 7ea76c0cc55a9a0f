namespace SalesOps.Sdk.IO.Tests;

public sealed class FactFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_CsvExtensionInAnyCase_GivesACsvSource()
    {
        string path = _temp.Write("facts.CSV", "date,revenue\n2024-01-01,1\n");

        FactFiles.Open(path).Should().BeOfType<CsvFactSource>();
    }

    [Fact]
    public void Open_ParquetExtension_GivesAParquetSource()
    {
        string path = _temp.File("facts.parquet");
        ParquetTestFile.Write(path, 10, ParquetTestFile.Of("date", new[] { new DateOnly(2024, 1, 1) }), ParquetTestFile.Of("revenue", new[] { 1.0 }));

        FactFiles.Open(path).Should().BeOfType<ParquetFactSource>();
    }

    [Theory]
    [InlineData("facts.xlsx", "facts.xlsx: unsupported file type '.xlsx'; supported: .csv, .parquet")]
    [InlineData("facts", "facts: the file name has no extension; supported: .csv, .parquet")]
    public void Open_OtherExtension_ListsTheSupportedOnes(string fileName, string message)
    {
        string path = _temp.Write(fileName, "date,revenue\n");

        Action act = () => FactFiles.Open(path);

        act.Should().Throw<FactFileException>().Which.Message.Should().Be(message);
    }
}
