using System.Reflection;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class PlaceWordsTests
{
    [Theory]
    [InlineData("district", PlaceKind.Admin2)]
    [InlineData("subdistrict", PlaceKind.Admin2)]
    [InlineData("governorate", PlaceKind.Admin1)]
    [InlineData("wilayat", PlaceKind.Admin1)]
    [InlineData("village", PlaceKind.Populated)]
    [InlineData("neighborhood", PlaceKind.Populated)]
    [InlineData("suburb", PlaceKind.Populated)]
    public void Kinds_KindWord_GivesItsKind(string word, PlaceKind kind)
    {
        // Given a word naming a level of place ("Kasra district", "the village of Tal Rifaat")

        // When
        var found = PlaceWords.Kinds.TryGetValue(word, out var got);

        // Then
        Assert.True(found);
        Assert.Equal(kind, got);
        Assert.True(PlaceWords.KindsBySpan.ContainsKey(word.AsSpan()));
    }

    [Theory]
    [InlineData("hill")]
    [InlineData("countryside")]
    [InlineData("Village")]
    public void Kinds_SiteOrCapitalisedWord_IsNoKind(string word)
    {
        // Given a site of a place ("Tal Khaled hill"), the land around one, or a word not in lower case

        // When
        var found = PlaceWords.Kinds.ContainsKey(word);

        // Then
        Assert.False(found);
    }

    [Fact]
    public void TownKinds_EachWord_IsAPopulatedOrDistrictKind()
    {
        // Given the kind words that make a name an event's spot ("captured Dakhireh village")

        // When
        var words = PlaceWords.Set(PlaceWords.TownKinds);

        // Then each is a kind word, and none a province's: a province is too wide for an event's spot
        Assert.All(words, w => Assert.True(PlaceWords.Kinds.TryGetValue(w, out var kind) && kind != PlaceKind.Admin1, w));
    }

    [Fact]
    public void Containers_HoldEveryRegionAndPartOfNothingElse()
    {
        // Given the words that set a place inside the region after it ("Widyan village in the western countryside of Ar-Raqqa")
        var containers = PlaceWords.Set(PlaceWords.Containers).ToHashSet();

        // When / Then every region word sets a place inside it, and a compass word is not a container
        Assert.Superset(PlaceWords.Set(PlaceWords.RegionsOrDesert).ToHashSet(), containers);
        Assert.DoesNotContain("western", containers);
        Assert.DoesNotContain("near", containers);
    }

    [Theory]
    [InlineData("east", true)]
    [InlineData("southwestern", true)]
    [InlineData("rural", true)]
    [InlineData("central", true)]
    [InlineData("north-eastern", false)]
    [InlineData("upper", false)]
    public void Parts_Word_SaysWhetherItOnlyNamesAPartOfAPlace(string word, bool part)
    {
        // Given a word between "in" and a place ("in eastern Homs", "in Rural Damascus")

        // When
        var found = PlaceWords.Set(PlaceWords.Parts).Contains(word);

        // Then
        Assert.Equal(part, found);
    }

    [Theory]
    [InlineData(PlaceWords.ScannerLocatives, "towards", true)]
    [InlineData(PlaceWords.ScannerLocatives, "on", false)]
    [InlineData(PlaceWords.ResolverLocatives, "on", true)]
    [InlineData(PlaceWords.EventLocatives, "reached", true)]
    [InlineData(PlaceWords.EventLocatives, "captured", false)]
    [InlineData(PlaceWords.SheikhLocatives, "retook", true)]
    public void StageLocatives_EachHoldTheCommonOnesAndTheirOwn(string stageList, string word, bool locative)
    {
        // Given one stage's words before a place ("in Kunduz"; the scanner's "towards Maarat al-Numan", the
        // extraction's "reached Djibo")
        var set = PlaceWords.Set(stageList);

        // When / Then it holds every common locative, and its own words only
        Assert.Superset(PlaceWords.Set(PlaceWords.Locatives).ToHashSet(), set.ToHashSet());
        Assert.Equal(locative, set.Contains(word));
    }

    [Theory]
    [InlineData(PlaceWords.Nearness)]
    [InlineData(PlaceWords.Distances)]
    [InlineData(PlaceWords.Sites)]
    [InlineData(PlaceWords.Landmarks)]
    public void Ties_HoldEachPartTheyAreBuiltOf(string part)
    {
        // Given a part of the words that tie an unknown place to a known one ("near", "km", "airbase", "river")
        var ties = PlaceWords.Set(PlaceWords.Ties).ToHashSet();

        // When / Then every word of the part ties, and a word of a sentence does not
        Assert.Superset(PlaceWords.Set(part).ToHashSet(), ties);
        Assert.DoesNotContain("attacked", ties);
    }

    [Theory]
    [InlineData(PlaceWords.NameArticles, PlaceWords.ShapeArticles, "at")]
    [InlineData(PlaceWords.ShapeArticles, PlaceWords.JoinedArticles, "ez")]
    [InlineData(PlaceWords.JoinedArticles, PlaceWords.Articles, "adh")]
    public void Articles_EachWiderSet_HoldsTheNarrowerAndItsOwn(string narrower, string wider, string own)
    {
        // Given two of the article sets ("al-Bab"; "At Tall"; "Deir ez-Zor"; "Hayat ed-Din")
        var wide = PlaceWords.Set(wider).ToHashSet();

        // When / Then the wider holds every article of the narrower, and one the narrower lacks
        Assert.Superset(PlaceWords.Set(narrower).ToHashSet(), wide);
        Assert.Contains(own, wide);
        Assert.DoesNotContain(own, PlaceWords.Set(narrower).ToHashSet());
    }

    [Fact]
    public void Alternations_EachWord_IsPlainLowerCase()
    {
        // Given every word set the owner spells, read both by regexes and as lookup sets
        var alternations = typeof(PlaceWords).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (Name: f.Name, Value: (string)f.GetRawConstantValue()!)).ToList();

        // When / Then no word carries regex syntax, so the regex and the set read the same words; only the words written
        // inside names have a capital, and they all do
        string[] capitalised = [nameof(PlaceWords.NameOpeners), nameof(PlaceWords.CapitalisedKinds), nameof(PlaceWords.CapitalisedSites)];
        Assert.NotEmpty(alternations);
        Assert.All(alternations, a => Assert.All(a.Value.Split('|'),
            w => Assert.Matches(capitalised.Contains(a.Name) ? "^[A-Z][a-z]+$" : "^[a-z]+(?:-[a-z]+)?$", w)));
    }
}
