using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class DelimitedTextReaderTests
{
    [Fact]
    public void ReadAll_Rfc4180Quoting_UnquotesAndCountsLines()
    {
        // Given: a quoted comma, a doubled quote, a CRLF inside quotes, a blank line, CR-only line end.
        var text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",x,y\r\n\r\nlast,1,2\r";

        // When
        var records = new DelimitedTextReader(new StringReader(text), ',', quoting: true).ReadAll().ToList();

        // Then
        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b,c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\r\nline", "x", "y"], records[1].Fields);
        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void ReadAll_NulInRow_FlagsThatRow()
    {
        // Given
        var text = "a\tb\nc\0\td\n";

        // When
        var records = new DelimitedTextReader(new StringReader(text), '\t', quoting: false).ReadAll().ToList();

        // Then
        Assert.Null(records[0].Error);
        Assert.Equal("NUL bytes in the row (binary data?)", records[1].Error);
    }
}
