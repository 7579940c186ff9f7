using Dateline.Core.Stages.Resolution.Internal;

namespace Dateline.Core.Tests.Resolution;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Jabhat al-Nusra", "jabhat al nusra")]
    [InlineData("Hay'at Tahrir al-Sham", "hayat tahrir al sham")]
    [InlineData("Hay’at Tahrir al-Sham", "hayat tahrir al sham")]
    [InlineData("Mazār-e Sharīf", "mazar e sharif")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("U.S.", "u s")]
    [InlineData("People's Protection Units", "people protection units")]
    [InlineData("  Aleppo  ", "aleppo")]
    [InlineData("Łódź", "lodz")]
    public void Key_Name_FoldedWords(string name, string expected)
    {
        // Given / When
        var key = TextKey.Key(name);

        // Then
        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("Syria's army, in Deir ez-Zor; Hay'at Tahrir al-Sham's men — ‘Abd al-Karīm")]
    [InlineData("U.S.-led coalition strikes ISIS near al-Bab")]
    [InlineData("Dowlatābād district (Balkh)")]
    public void Key_AnyText_SameWordsAsTokenize(string text)
    {
        // Given the scanner's tokens and the tables' key of the same text
        // When
        var joined = string.Join(' ', TextKey.Tokenize(text).Select(t => t.Key));

        // Then they agree, so table keys and text spans meet
        Assert.Equal(joined, TextKey.Key(text));
    }

    [Theory]
    [InlineData("dowlatabad", "dawlat abad")]
    [InlineData("raqqah", "raqqa")]
    [InlineData("deir ez zor", "dayr az zawr")]
    [InlineData("maarat al numan", "maarrat an numan")]
    [InlineData("tal afar", "tall afar")]
    public void Skeleton_TransliterationVariants_Equal(string a, string b)
    {
        // Given two spellings of one name
        // When / Then
        Assert.Equal(TextKey.Skeleton(a), TextKey.Skeleton(b));
    }

    [Fact]
    public void Tokenize_Possessive_SpanStopsBeforeApostrophe()
    {
        // Given
        const string text = "Assad's forces";

        // When
        var tokens = TextKey.Tokenize(text);

        // Then
        Assert.Equal("assad", tokens[0].Key);
        Assert.Equal(5, tokens[0].End);
        Assert.Equal("forces", tokens[1].Key);
    }
}
