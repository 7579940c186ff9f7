using System.Text;
using Dateline.Core.Export;

namespace Dateline.Core.Tests.Export;

public sealed class IcsExporterTests
{
    private static readonly IcsExporter Exporter = new(new FixedTime(new DateTimeOffset(2017, 1, 9, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Write_DayEvent_AllDayWithExclusiveEndAndStableUid()
    {
        // Given
        var events = SampleEvents.All;

        // When
        var ics = Exporter.Write(events);

        // Then
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("UID:ev-0001@dateline\r\nDTSTAMP:20170109T100000Z\r\nDTSTART;VALUE=DATE:20161230\r\nDTEND;VALUE=DATE:20161231\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20170121\r\nDTEND;VALUE=DATE:20170201\r\n", ics, StringComparison.Ordinal); // late January 2017
        Assert.DoesNotContain("ev-0003", ics, StringComparison.Ordinal); // no known day
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(ics, Exporter.Write(events));
    }

    [Fact]
    public void Write_LongText_FoldedAt75OctetsAndEscaped()
    {
        // Given
        var events = SampleEvents.All;

        // When
        var ics = Exporter.Write(events);

        // Then
        var lines = ics.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.DoesNotContain('\n', ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Countrywide ceasefire in Syria takes effect\\, \"negotiated\" by Russia\\; Turkey\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\\nPress TV: A countrywide ceasefire", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_MultiByteCharacters_NeverSplit()
    {
        // Given: 40 two-byte characters after the 8-octet name: 88 octets, so the fold falls between two characters.
        var sb = new StringBuilder();

        // When
        IcsExporter.Line(sb, "SUMMARY:" + new string('ü', 40));

        // Then
        var parts = sb.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, parts.Length);
        Assert.Equal(74, Encoding.UTF8.GetByteCount(parts[0])); // one more "ü" would make 76
        Assert.Equal(new string('ü', 40), parts[0][8..] + parts[1][1..]);
    }
}
