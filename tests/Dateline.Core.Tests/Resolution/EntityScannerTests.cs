using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class EntityScannerTests
{
    private static EntityScanner Scanner => EntityScanner.Default;

    [Fact]
    public void FindMentions_SeedSentence_ActorsCountriesPlaces()
    {
        // Given a sentence in the style of the seed report
        const string text = "Peace talks in Astana, Kazakhstan, mediated by Russia, Turkey and Iran will exclude Daesh and Jabhat Fateh al-Sham.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Contains(found, m => m.Text == "Astana" && m.Kind == MatchKind.Place && m.Places.Any(p => p.Country == "KZ"));
        Assert.Contains(found, m => m.Text == "Kazakhstan" && m.Kind == MatchKind.Country && m.Country?.Iso2 == "KZ");
        Assert.Contains(found, m => m.Text == "Turkey" && m.Country?.Iso2 == "TR");
        Assert.Contains(found, m => m.Text == "Daesh" && m.Actor?.Id == "isis");
        Assert.Contains(found, m => m.Text == "Jabhat Fateh al-Sham" && m.Actor?.Id == "nusra");
        Assert.DoesNotContain(found, m => m.Text == "Peace");
    }

    [Fact]
    public void FindMentions_NameFollowedByAlPart_IsNotTheShortPlace()
    {
        // Given "Bab", a place in Syria, opening the Baghdad market name "Bab al-Sharqi"
        const string text = "Vendors gathered at Bab al-Sharqi market in Baghdad.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.DoesNotContain(found, m => m.Text == "Bab");
        Assert.Contains(found, m => m.Text == "Baghdad");
    }

    [Fact]
    public void FindMentions_CapitalAsSpeaker_CarriesGovernment()
    {
        // Given
        const string text = "Damascus is ready to negotiate with the armed groups.";

        // When
        var damascus = Scanner.FindMentions(text).Single(m => m.Text == "Damascus");

        // Then the caller can read it as the government or the city
        Assert.Equal("SY.GOV", damascus.Actor?.Id);
        Assert.NotEmpty(damascus.Places);
    }

    [Fact]
    public void FindMentions_DemonymAndGroup_LongestMatchWins()
    {
        // Given
        const string text = "Afghan forces clashed with the Taliban near Kabul, the Syrian president said.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Contains(found, m => m.Text == "Afghan forces" && m.Actor?.Id == "AF.MIL");
        Assert.Contains(found, m => m.Text == "Taliban" && m.Actor?.Id == "taliban");
        Assert.Contains(found, m => m.Text == "Kabul" && m.Kind == MatchKind.Place);
        Assert.Contains(found, m => m.Text == "Syrian president" && m.Kind == MatchKind.Title && m.Holder == "SY");
    }

    [Fact]
    public void FindMentions_DistrictWord_JoinsPlace()
    {
        // Given
        const string text = "Clashes were reported in Dowlatabad district of Balkh province.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Contains(found, m => m.Text == "Dowlatabad district" && m.PlaceHint == PlaceKind.Admin2);
        Assert.Contains(found, m => m.Text == "Balkh province" && m.PlaceHint == PlaceKind.Admin1);
    }

    [Fact]
    public void FindMentions_LowerCaseAndCommonWords_NotPlaces()
    {
        // Given words that are also GeoNames places
        const string text = "Police said the mobile clinic is of use to the man.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void FindMentions_AcronymInLowerCase_NotActor()
    {
        // Given "is" and "us" that are not ISIS or the US
        const string text = "It is clear to us.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void FindMentions_Possessive_SpanWithoutApostropheS()
    {
        // Given
        const string text = "Syria's army entered Aleppo.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        var syria = found[0];
        Assert.Equal("Syria", syria.Text);
        Assert.Equal(0, syria.Start);
        Assert.Contains(found, m => m.Text == "Aleppo");
    }

    [Fact]
    public void FindMentions_TransliteratedDistrict_FuzzyPlace()
    {
        // Given a spelling GeoNames does not have ("Dowlatābād" there)
        const string text = "The Taliban attacked a checkpoint in Dawlat Abad district of Balkh province.";

        // When
        var district = Scanner.FindMentions(text).Single(m => m.Text == "Dawlat Abad district");

        // Then
        Assert.Equal(PlaceKind.Admin2, district.PlaceHint);
        Assert.Contains(district.Places, p => p.Country == "AF" && p.Admin1 == "Balkh");
    }

    [Fact]
    public void FindMentions_PersonName_NotPlace()
    {
        // Given a surname that is also a village somewhere
        const string text = "They met him. Thierry Mariani, who led the delegation, spoke.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.DoesNotContain(found, m => m.Text == "Mariani");
    }

    [Fact]
    public void FindMentions_NameAcrossLineBreak_OneMatch()
    {
        // Given an alias broken over two lines
        const string text = "positions held by Nour al-Din\n al-Zenki near Atarib";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Contains(found, m => m.Actor?.Id == "nour-al-din-zinki");
    }

    [Fact]
    public void FindMentions_DemonymAndTitle_TitleMatchResolvesOnDate()
    {
        // Given
        const string text = "The Syrian president made the remark in Damascus.";

        // When
        var title = Scanner.FindMentions(text).Single(m => m.Kind == MatchKind.Title);
        var person = ActorTable.Default.ResolveTitle(title.Holder!, title.Title!, new DateOnly(2017, 1, 8));

        // Then
        Assert.Equal("Syrian president", title.Text);
        Assert.Equal("Bashar al-Assad", person?.Name);
    }

    [Fact]
    public void FindMentions_KazakhCapital_Astana()
    {
        // Given
        const string text = "The talks are scheduled to be held in the Kazakh capital, Astana, later this month.";

        // When
        var capital = Scanner.FindMentions(text).First();

        // Then
        Assert.Equal("Kazakh capital", capital.Text);
        Assert.Equal(MatchKind.Place, capital.Kind);
        Assert.Equal("Astana", Assert.Single(capital.Places).Name);
    }

    [Fact]
    public void FindMentions_Boilerplate_NoFuzzyPlaces()
    {
        // Given dateline and podcast chrome
        const string text = "Sun Jan 8, 2017 2:28PM\nEpisode One of the podcast";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void CountryContext_SyriaReport_SY()
    {
        // Given a report mostly about Syria that also names Kazakhstan and Russia
        const string text = "Syrian President Bashar al-Assad says he is optimistic about talks in Kazakhstan. "
            + "The Syrian president met French lawmakers in Damascus. Russia, Turkey and Iran will mediate. "
            + "The Syrian army took Aleppo in December.";

        // When
        var context = EntityScanner.CountryContext(Scanner.FindMentions(text));

        // Then
        Assert.Equal("SY", context);
    }

    [Fact]
    public void CountryContext_NoMatches_Null()
    {
        // Given / When / Then
        Assert.Null(EntityScanner.CountryContext([]));
    }

    [Theory]
    [InlineData("Iraqi forces advanced toward Tal Afar on Monday.", "Tal Afar")]
    [InlineData("Rebels shelled positions near Maarat al-Numan.", "Maarat al-Numan")]
    public void FindMentions_TransliteratedTownAfterLocative_FuzzyPlace(string text, string town)
    {
        // Given spellings GeoNames writes otherwise ("Tall ‘Afar", "Ma‘arrat an Nu‘mān")
        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.Contains(found, m => m.Text == town && m.Kind == MatchKind.Place && m.Places.Count > 0);
    }

    [Fact]
    public void FindMentions_UnknownPersonName_NoFuzzyPlace()
    {
        // Given two capitalised words with no locative before them
        const string text = "Yesterday Thierry Mariani spoke to reporters.";

        // When
        var found = Scanner.FindMentions(text);

        // Then
        Assert.DoesNotContain(found, m => m.Kind == MatchKind.Place);
    }

    [Fact]
    public void FindMentions_OrganisationOffice_Title()
    {
        // Given an office of an organisation
        const string text = "UN Secretary General Ban Ki-moon called for calm.";

        // When
        var found = Scanner.FindMentions(text);

        // Then the office is a title to resolve by date, and the person an actor
        var office = Assert.Single(found, m => m.Kind == MatchKind.Title);
        Assert.Equal("un", office.Holder);
        Assert.Equal("Ban Ki-moon", ActorTable.Default.ResolveTitle(office.Holder!, office.Title!, new DateOnly(2012, 6, 1))?.Name);
        Assert.Contains(found, m => m.Actor?.Id == "person:ban-ki-moon");
    }
}
