using System.Text.RegularExpressions;
using Dateline.Core.Stages.Temporal;
using Dateline.Sources.TimeMl;

namespace Dateline.Sources.Tests.TimeMl;

public sealed partial class TimeMlFilesTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "TimeMl", "Fixtures");

    [GeneratedRegex("</?TIMEX3[^>]*>")]
    private static partial Regex TimexTag();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(Fixtures, name));

    [Fact]
    public void Read_GoldTml_GivesDctPlainTextAndTimexes()
    {
        // Given
        var raw = Fixture("dateline_sample.tml");

        // When
        var doc = TimeMlFiles.Read(raw, out var error);

        // Then
        Assert.Null(error);
        Assert.NotNull(doc);
        Assert.Equal(new DateOnly(2017, 1, 8), doc.Dct);
        Assert.StartsWith("\nThe envoy arrived on January 5 &amp; visited", doc.Text, StringComparison.Ordinal);
        Assert.Equal(3, doc.Timexes.Count);
        Assert.Equal("January 5", doc.Text[doc.Timexes[0].Start..doc.Timexes[0].End]);
        Assert.Equal(("DURATION", "P3D"), (doc.Timexes[2].Type, doc.Timexes[2].Value));
    }

    [Fact]
    public void Annotate_Te3Input_InsertsTagsAndKeepsEveryOtherByte()
    {
        // Given
        var raw = Fixture("dateline_sample.tml.TE3input");

        // When
        var output = TimeMlFiles.Annotate(raw, new TemporalStage(), out var error);

        // Then
        Assert.Null(error);
        Assert.NotNull(output);
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2017-01-05\">January 5</TIMEX3>", output, StringComparison.Ordinal);
        Assert.Contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2017-01-06\">the next day</TIMEX3>", output, StringComparison.Ordinal);
        // The DCT's own TIMEX3 stays; removing only the tags we added gives the input back.
        var ours = TimexTag().Replace(output[output.IndexOf("<TEXT>", StringComparison.Ordinal)..], string.Empty);
        Assert.Equal(raw[raw.IndexOf("<TEXT>", StringComparison.Ordinal)..], ours);
        Assert.Equal(raw[..raw.IndexOf("<TEXT>", StringComparison.Ordinal)], output[..output.IndexOf("<TEXT>", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Annotate_GoldTml_DropsOldTagsAndLinks()
    {
        // Given
        var raw = Fixture("dateline_sample.tml");
        var expectedPlain = Fixture("dateline_sample.tml.TE3input");

        // When
        var output = TimeMlFiles.Annotate(raw, new TemporalStage(), out _)!;

        // Then
        Assert.DoesNotContain("<EVENT", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<SIGNAL", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<TLINK", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<MAKEINSTANCE", output, StringComparison.Ordinal);
        var textStart = output.IndexOf("<TEXT>", StringComparison.Ordinal);
        Assert.Equal(expectedPlain[textStart..], TimexTag().Replace(output[textStart..], string.Empty));
    }

    [Fact]
    public void Annotate_RoundTrip_ReadsBackTheSameSpans()
    {
        // Given
        var raw = Fixture("dateline_sample.tml.TE3input");
        var stage = new TemporalStage();
        var plain = TimeMlFiles.Read(raw, out _)!;

        // When
        var back = TimeMlFiles.Read(TimeMlFiles.Annotate(raw, stage, out _)!, out _)!;

        // Then
        Assert.Equal(plain.Text, back.Text);
        var tagged = stage.Tag(plain.Text, plain.Dct);
        Assert.Equal(tagged.Select(x => (x.Start, x.End, x.Value)), back.Timexes.Select(x => (x.Start, x.End, x.Value)));
    }

    [Fact]
    public void Read_NotTimeMl_GivesReasonNotException()
    {
        // Given
        const string raw = "just some text";

        // When
        var doc = TimeMlFiles.Read(raw, out var error);

        // Then
        Assert.Null(doc);
        Assert.Contains("TEXT", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/x/APW19980807.0261.tml.TE3input", "APW19980807.0261.tml")]
    [InlineData("/x/APW19980807.0261.tml", "APW19980807.0261.tml")]
    public void OutputName_InputFile_IsTmlName(string input, string expected)
    {
        // Given / When
        var name = TimeMlFiles.OutputName(input);

        // Then
        Assert.Equal(expected, name);
    }
}
