using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class ActorTableTests
{
    private static ActorTable Actors => ActorTable.Default;

    [Theory]
    [InlineData("Daesh")]
    [InlineData("ISIS")]
    [InlineData("ISIL")]
    [InlineData("Islamic State")]
    [InlineData("the Islamic State group")]
    public void Find_IslamicStateAliases_SameId(string alias)
    {
        // Given one of the names news uses
        // When
        var actor = Actors.Find(alias);

        // Then
        Assert.Equal("isis", actor?.Id);
        Assert.Equal(ActorKind.ArmedGroup, actor?.Kind);
    }

    [Theory]
    [InlineData("Jabhat Fateh al-Sham")]
    [InlineData("al-Nusra Front")]
    [InlineData("Jabhat al-Nusra")]
    [InlineData("Jabhat Fatah al Sham")]
    public void Find_NusraAliases_SameId(string alias)
    {
        // Given / When
        var actor = Actors.Find(alias);

        // Then
        Assert.Equal("nusra", actor?.Id);
    }

    [Theory]
    [InlineData("Hay'at Tahrir al-Sham", "hts")]
    [InlineData("Hayat Tahrir al-Sham", "hts")]
    [InlineData("HTS", "hts")]
    [InlineData("Taliban", "taliban")]
    [InlineData("Hezbollah", "hezbollah")]
    [InlineData("Houthis", "houthis")]
    [InlineData("Ansar Allah", "houthis")]
    [InlineData("YPG", "ypg")]
    [InlineData("UN Security Council", "unsc")]
    [InlineData("U.N. Security Council", "unsc")]
    [InlineData("Free Syrian Army", "fsa")]
    [InlineData("al-Shabaab", "al-shabaab")]
    [InlineData("Wagner", "wagner")]
    [InlineData("European Community", "ec")]
    [InlineData("European Economic Community", "ec")]
    public void Find_ConflictActor_Id(string alias, string id)
    {
        // Given / When
        var actor = Actors.Find(alias);

        // Then
        Assert.Equal(id, actor?.Id);
    }

    [Fact]
    public void ResolveTitle_SyrianPresident2017_BasharAlAssad()
    {
        // Given the seed report's date
        // When
        var president = Actors.ResolveTitle("Syrian", "president", new DateOnly(2017, 1, 8));

        // Then
        Assert.Equal("Bashar al-Assad", president?.Name);
        Assert.Equal(ActorKind.Person, president?.Kind);
    }

    [Fact]
    public void ResolveTitle_SyrianPresident1995_HafezAlAssad()
    {
        // Given / When
        var president = Actors.ResolveTitle("Syria", "President", new DateOnly(1995, 1, 1));

        // Then
        Assert.Equal("Hafez al-Assad", president?.Name);
    }

    [Theory]
    [InlineData("Afghan", "president", "2010-06-01", "Hamid Karzai")]
    [InlineData("Afghanistan", "president", "2020-03-15", "Ashraf Ghani")]
    [InlineData("Turkish", "president", "2017-01-08", "Recep Tayyip Erdogan")]
    [InlineData("Russian", "foreign minister", "2017-01-08", "Sergey Lavrov")]
    [InlineData("US", "president", "2017-01-08", "Barack Obama")]
    [InlineData("US", "president", "2017-01-21", "Donald Trump")]
    [InlineData("UN", "secretary-general", "2017-01-08", "Antonio Guterres")]
    [InlineData("Iranian", "supreme leader", "2017-01-08", "Ali Khamenei")]
    public void ResolveTitle_OfficeOnDate_Holder(string country, string title, string date, string name)
    {
        // Given / When
        var holder = Actors.ResolveTitle(country, title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Then
        Assert.Equal(name, holder?.Name);
    }

    [Fact]
    public void ResolveTitle_AfghanForces_MilitaryOfAfghanistan()
    {
        // Given / When
        var actor = Actors.ResolveTitle("Afghan", "forces", new DateOnly(2020, 3, 1));

        // Then
        Assert.Equal("AF.MIL", actor?.Id);
        Assert.Equal(ActorKind.Military, actor?.Kind);
    }

    [Theory]
    [InlineData("Damascus", "SY.GOV")]
    [InlineData("Syria", "SY.GOV")]
    [InlineData("the Kremlin", "RU.GOV")]
    [InlineData("Ankara", "TR.GOV")]
    [InlineData("Washington", "US.GOV")]
    public void Government_CapitalOrCountry_GovernmentActor(string text, string id)
    {
        // Given / When
        var gov = Actors.Government(text);

        // Then
        Assert.Equal(id, gov?.Id);
        Assert.Equal(ActorKind.Government, gov?.Kind);
    }

    [Fact]
    public void Find_Assad_DateDecides()
    {
        // Given / When
        var in1995 = Actors.Find("Assad", new DateOnly(1995, 1, 1));
        var in2017 = Actors.Find("Assad", new DateOnly(2017, 1, 8));

        // Then
        Assert.Equal("Hafez al-Assad", in1995?.Name);
        Assert.Equal("Bashar al-Assad", in2017?.Name);
    }

    [Theory]
    [InlineData("Taliban", "taliban")]
    [InlineData("Military Forces of Afghanistan (2014-)", "AF.MIL")]
    [InlineData("Civilians (Afghanistan)", "AF.CIV")]
    [InlineData("Military Forces of Syria (2000-)", "SY.MIL")]
    [InlineData("Military Forces of Syria (2000-) Syrian Arab Air Defense Force", "SY.MIL")]
    [InlineData("Opposition Rebels (Syria)", "SY.REB")]
    [InlineData("YPG: Peoples Protection Units", "ypg")]
    [InlineData("Islamic State (Syria)", "isis")]
    [InlineData("Police Forces of Afghanistan (2014-) Afghan Local Police", "AF.POL")]
    [InlineData("Protesters (Afghanistan)", "AF.PRO")]
    [InlineData("Unidentified Armed Group (Syria)", "SY.UAG")]
    [InlineData("Militia (Pro-Government)", "pro-government-militia")]
    [InlineData("HTS: Hayat Tahrir al Sham", "hts")]
    public void FindAcled_AcledActorName_Actor(string acledName, string id)
    {
        // Given / When
        var actor = Actors.FindAcled(acledName);

        // Then
        Assert.Equal(id, actor?.Id);
    }

    [Fact]
    public void AcledNameOf_SyrianMilitaryIn2017_DatedName()
    {
        // Given
        var military = Actors.Get("SY.MIL")!;

        // When
        var name = Actors.AcledNameOf(military, new DateOnly(2017, 1, 8));

        // Then
        Assert.Equal("Military Forces of Syria (2000-2024)", name);
    }

    [Fact]
    public void AcledName_AfghanCivilians_Generic()
    {
        // Given / When
        var civilians = Actors.Get("AF.CIV");

        // Then
        Assert.Equal("Civilians (Afghanistan)", civilians?.AcledName);
    }

    [Fact]
    public void Find_PhoenixOnlyPerson_FoundWithCodes()
    {
        // Given a Syrian opposition figure only the Phoenix dictionaries know
        // When
        var actor = Actors.Find("Moaz al-Khatib");

        // Then
        Assert.NotNull(actor);
        Assert.StartsWith("phx:", actor.Id, StringComparison.Ordinal);
        Assert.Equal("SY", actor.Country);
        Assert.Contains(actor.Codes, c => c.StartsWith("SYROPP", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_BasharAlAssad_CarriesPhoenixCodes()
    {
        // Given / When
        var assad = Actors.Find("Bashar al-Assad");

        // Then the hand-written person lends nothing to Phoenix but takes its codes
        Assert.Equal("person:bashar-al-assad", assad?.Id);
        Assert.Contains(Actors.CodesOf(assad!), c => c.StartsWith("SYRGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void Covers_TermBounds_FromInclusiveToExclusive()
    {
        // Given Bashar al-Assad's presidency
        var term = new OfficeTerm("SY", "president", new DateOnly(2000, 7, 17), new DateOnly(2024, 12, 8));

        // When / Then
        Assert.True(term.Covers(new DateOnly(2000, 7, 17)));
        Assert.True(term.Covers(new DateOnly(2024, 12, 7)));
        Assert.False(term.Covers(new DateOnly(2024, 12, 8)));
        Assert.False(term.Covers(new DateOnly(2000, 7, 16)));
    }

    [Fact]
    public void ResolveTitle_UnknownCountryOrTitle_Null()
    {
        // Given / When / Then
        Assert.Null(Actors.ResolveTitle("Atlantean", "president", new DateOnly(2017, 1, 8)));
        Assert.Null(Actors.ResolveTitle("Syrian", "archbishop", new DateOnly(2017, 1, 8)));
        Assert.Null(Actors.ResolveTitle("Syrian", "president", new DateOnly(1960, 1, 1)));
    }

    [Fact]
    public void ToActorRef_Entry_NameRoleId()
    {
        // Given
        var isis = Actors.Find("Daesh")!;

        // When
        var reference = isis.ToActorRef(Dateline.Core.Model.ActorRole.Target);

        // Then
        Assert.Equal("Islamic State", reference.Name);
        Assert.Equal("isis", reference.Id);
    }

    [Fact]
    public void Find_FormerEmirOfQatar_IsPersonOfQatar()
    {
        // Given the name news gave the emir of Qatar from 1995 to 2013
        // When
        var actor = Actors.Find("Hamad bin Khalifa al-Thani");

        // Then
        Assert.Equal("QA", actor?.Country);
        Assert.Equal(ActorKind.Person, actor?.Kind);
    }

    [Theory]
    [InlineData("un secretary general", 3, true)]
    [InlineData("syrian president", 7, true)]
    [InlineData("syrian presidential palace", 7, false)]
    [InlineData("the prime minister", 4, true)]
    [InlineData("the prime minister", 10, false)]
    [InlineData("the prime minister", 0, false)]
    public void IsTitle_WordsAtTheEndOfAKey_SameAsTheStringForm(string key, int start, bool expected)
    {
        // Given the words of a longer key from a word boundary on, as the scanner's table looks them up
        var words = key.AsSpan(start);

        // When
        var isTitle = ActorTable.IsTitle(words);

        // Then
        Assert.Equal(expected, isTitle);
        Assert.Equal(ActorTable.IsTitle(words.ToString()), isTitle);
    }
}
