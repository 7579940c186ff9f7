using Dateline.Core.Stages.Segmentation;

namespace Dateline.Core.Tests.Segmentation;

public sealed class SegmentationStageTests
{
    private readonly SegmentationStage _stage = new();

    [Theory]
    [InlineData("Mr. Assad met the delegation. It was cordial.", "Mr. Assad met the delegation.")]
    [InlineData("U.S. forces struck targets near Raqqa. Officials said five died.", "U.S. forces struck targets near Raqqa.")]
    [InlineData("Talks began on Jan. 23 in Astana. They ended a day later.", "Talks began on Jan. 23 in Astana.")]
    [InlineData("Envoy J. Smith arrived on Monday. He met officials.", "Envoy J. Smith arrived on Monday.")]
    [InlineData("Lt. Col. Ahmed Khalil led the raid. Two men were detained.", "Lt. Col. Ahmed Khalil led the raid.")]
    [InlineData("The deal is worth 3.5 billion dollars. It was signed.", "The deal is worth 3.5 billion dollars.")]
    [InlineData("Was the truce holding? Nobody knew.", "Was the truce holding?")]
    [InlineData("Stop the bombing! Protesters shouted.", "Stop the bombing!")]
    public void Split_AbbreviationsInitialsAndNumbers_BreakOnlyAtSentenceEnds(string text, string first)
    {
        // Given a two-sentence text

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0].Text);
    }

    [Fact]
    public void Split_ClosingQuoteAfterPeriod_BelongsToTheSentence()
    {
        // Given
        const string text = "He said \"we will fight to the end.\" Then he left the room.";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal(2, sentences.Count);
        Assert.Equal("He said \"we will fight to the end.\"", sentences[0].Text);
        Assert.Equal("Then he left the room.", sentences[1].Text);
    }

    [Fact]
    public void Split_NextSentenceOpensWithQuote_Breaks()
    {
        // Given
        const string text = "The minister spoke. \"We will not retreat,\" he said.";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("\"We will", sentences[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_LowercaseAfterPeriod_DoesNotBreak()
    {
        // Given a period that is not a sentence end
        const string text = "Officials met at approx. nine in the morning and talked.";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Single(sentences);
    }

    [Fact]
    public void Split_AnyText_OffsetsSliceTheSentenceFromTheText()
    {
        // Given
        const string text = "  Rebels attacked the town.  The army responded.\n\nTalks were held in Astana. Mr. Lavrov attended.  ";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal(4, sentences.Count);
        foreach (var s in sentences)
        {
            Assert.Equal(s.Text, text[s.Start..s.End]);
            Assert.Equal(s.Text.Trim(), s.Text);
        }
    }

    [Fact]
    public void Split_BlankLine_StartsANewParagraph()
    {
        // Given
        const string text = "Rebels attacked the town. The army responded.\n\nTalks were held in Astana.\n\nA truce followed.";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal([0, 0, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_BlankLineAfterUnpunctuatedLine_StartsANewParagraph()
    {
        // Given a headline without end punctuation above the story
        const string text = "Truce agreed across Syria\n\nGovernment forces and rebels agreed a truce.";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal([0, 1], sentences.Select(s => s.Paragraph));
        Assert.Equal("Truce agreed across Syria", sentences[0].Text);
    }

    [Fact]
    public void Split_OneSentencePerLine_EachLineIsASentence()
    {
        // Given a tokenized corpus line layout, lowercase openings included
        const string text = "Rebels attacked the town on Friday .\nthe army said it repelled them .\nFive soldiers were killed .";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal(
            ["Rebels attacked the town on Friday .", "the army said it repelled them .", "Five soldiers were killed ."],
            sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal(0, s.Paragraph));
    }

    [Fact]
    public void Split_LineBreakInsideASentence_DoesNotBreak()
    {
        // Given a hard-wrapped paragraph
        const string text = "Government forces and rebels agreed\na nationwide truce on Sunday.";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Single(sentences);
    }

    [Fact]
    public void Split_NoFinalPunctuation_KeepsTheLastSentence()
    {
        // Given
        const string text = "Rebels attacked the town. The army responded";

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Equal("The army responded", sentences[^1].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_EmptyText_NoSentences(string text)
    {
        // Given empty or blank text

        // When
        var sentences = _stage.Split(text);

        // Then
        Assert.Empty(sentences);
    }
}
