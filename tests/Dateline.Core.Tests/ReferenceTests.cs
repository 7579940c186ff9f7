using Dateline.Core.Reference;

namespace Dateline.Core.Tests;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("IZ", "IQ")]
    [InlineData("GM", "DE")]
    [InlineData("AS", "AU")]
    [InlineData("WE", "PS")]
    [InlineData("RB", "RS")]
    public void FromFips_GdeltCodes_Iso(string fips, string iso2)
    {
        // Given / When
        var code = CountryCodes.FromFips(fips);

        // Then
        Assert.Equal(iso2, code);
    }

    [Fact]
    public void FromNumericIso3AndName_DatasetForms_Iso()
    {
        // Given / When / Then
        Assert.Equal("SY", CountryCodes.FromNumeric("760"));
        Assert.Equal("AF", CountryCodes.FromNumeric("4"));
        Assert.Equal("AF", CountryCodes.FromIso3("AFG"));
        Assert.Equal("CD", CountryCodes.FromName("DR Congo (Zaire)"));
        Assert.Equal("MM", CountryCodes.FromName("Myanmar (Burma)"));
        Assert.Equal("SZ", CountryCodes.FromName("Kingdom of eSwatini (Swaziland)"));
        Assert.Null(CountryCodes.FromName("Atlantis"));
    }
}

public sealed class EventTypeCodesTests
{
    [Theory]
    [InlineData("190", "assault")]
    [InlineData("0841", "retreat")]
    [InlineData("0831", "concede")]
    [InlineData("1712", "assault")]
    [InlineData("1711", "coerce")]
    [InlineData("192", "coerce")]
    [InlineData("163", "coerce")]
    [InlineData("036", "agree")]
    [InlineData("010", null)]
    public void PloverFromCameo_Codes_LongestPrefixWins(string code, string? plover)
    {
        // Given / When
        var type = EventTypeCodes.PloverFromCameo(code);

        // Then
        Assert.Equal(plover, type);
    }

    [Theory]
    [InlineData("Battles", "Armed clash", "assault")]
    [InlineData("Riots", "Violent demonstration", "protest")]
    [InlineData("Riots", "Mob violence", "assault")]
    [InlineData("Strategic developments", "Agreement", "agree")]
    [InlineData("Strategic developments", "Non-violent transfer of territory", "retreat")]
    [InlineData("Strategic developments", "Other", null)]
    public void PloverFromAcled_Types_Mapped(string type, string sub, string? plover)
    {
        // Given / When
        var result = EventTypeCodes.PloverFromAcled(type, sub);

        // Then
        Assert.Equal(plover, result);
    }
}
