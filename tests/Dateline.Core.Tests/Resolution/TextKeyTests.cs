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
    [Theory]
    [InlineData("Aleppo")]
    [InlineData("Deir ez Zor")]
    [InlineData("Mazār-e Sharīf")]
    [InlineData("Hay'at Tahrir al-Sham's men")]
    [InlineData("  Aleppo  ")]
    [InlineData("‘Ayn al ‘Arab")]
    [InlineData("")]
    public void KeyInto_Name_SameAsKey(string name)
    {
        // Given a buffer as long as the loader gives
        var buffer = new char[TextKey.MaxKeyLength(name.Length) + 16];

        // When
        var length = TextKey.KeyInto(name, buffer);

        // Then the gazetteer's span keys and the string keys of lookups meet
        Assert.Equal(TextKey.Key(name), new string(buffer, 0, length));
    }

    [Theory]
    [InlineData("dawlat abad")]
    [InlineData("al qusayr")]
    [InlineData("al")]
    [InlineData("deir ez zor")]
    [InlineData("maarat al numan")]
    [InlineData("raqqah")]
    public void CompactIntoAndSkeletonInto_Key_SameAsStringForms(string key)
    {
        // Given
        var buffer = new char[key.Length + 1];

        // When
        var compact = new string(buffer, 0, TextKey.CompactInto(key, buffer));
        var skeleton = new string(buffer, 0, TextKey.SkeletonInto(key, buffer));

        // Then the fuzzy index, built from spans, holds the keys lookups compute as strings
        Assert.Equal(TextKey.Compact(key), compact);
        Assert.Equal(TextKey.Skeleton(key), skeleton);
    }
}
