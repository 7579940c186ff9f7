using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class GazetteerTests
{
    private static Gazetteer Gaz => Gazetteer.Default;

    [Fact]
    public void Resolve_AleppoInSyria_CityWithCoordinates()
    {
        // Given the Syrian city as news names it
        // When
        var place = Gaz.Resolve("Aleppo", "SY");

        // Then it is the city, not the governorate, at about 36.2N 37.16E
        Assert.NotNull(place);
        Assert.Equal("SY", place.Country);
        Assert.Equal(PlaceKind.Populated, place.Kind);
        Assert.Equal(36.2, place.Lat, 1);
        Assert.Equal(37.16, place.Lon, 1);
    }

    [Theory]
    [InlineData("Eastern Ghouta", "Eastern Ghouta", 33.55, 36.42)]
    [InlineData("Eastern Qalamoon", "Eastern Qalamoun", 33.82, 36.9)]
    [InlineData("Barada valley", "Wadi Barada", 33.63, 36.13)]
    [InlineData("Turkman Mountain", "Jabal al-Turkman", 35.85, 36.0)]
    [InlineData("Tiyas Military Airbase", "Tiyas Airbase", 34.52, 37.63)]
    public void Resolve_WellKnownArea_TheProjectsAreaTable(string name, string expected, double lat, double lon)
    {
        // Given an area, mountain range, valley or base that GeoNames' populated places lack (areas.tsv)
        // When
        var place = Gaz.Resolve(name, "SY");

        // Then it is the area's point
        Assert.NotNull(place);
        Assert.Equal(expected, place.Name);
        Assert.Equal(lat, place.Lat, 2);
        Assert.Equal(lon, place.Lon, 2);
    }

    [Theory]
    [InlineData("Paktia province", "AF", "Gardez")]
    [InlineData("Kabul province", "AF", "Kabul")]
    [InlineData("Daraa Governorate", "SY", "Dar'a")]
    public void Seat_Province_IsItsCapitalTown(string name, string country, string expected)
    {
        // Given a first-level region (its coordinates a centroid)
        var region = Gaz.Resolve(name, country);
        Assert.Equal(PlaceKind.Admin1, region?.Kind);

        // When
        var seat = Gaz.Seat(region!);

        // Then it is the town that governs it (a regional seat before the national capital)
        Assert.Equal(expected, seat?.AsciiName);
        Assert.Equal(PlaceKind.Populated, seat?.Kind);
    }

    [Fact]
    public void Seat_Town_IsNone()
    {
        // Given a town, not a region
        var town = Gaz.Resolve("Aleppo", "SY")!;

        // When / Then
        Assert.Null(Gaz.Seat(town));
    }

    [Fact]
    public void Resolve_AleppoWithoutContext_StillSyria()
    {
        // Given no country context
        // When
        var place = Gaz.Resolve("aleppo", null);

        // Then the best-known Aleppo wins
        Assert.Equal("SY", place?.Country);
    }

    [Theory]
    [InlineData("Astana", "KZ")]
    [InlineData("Nur-Sultan", "KZ")]
    [InlineData("Kabul", "AF")]
    [InlineData("Damascus", "SY")]
    [InlineData("Raqqa", "SY")]
    [InlineData("Ar-Raqqah", "SY")]
    [InlineData("Deir ez-Zor", "SY")]
    [InlineData("Basra", "IQ")] // GeoNames writes "Basrah"; "Basra" exactly is a village in Punjab
    public void Resolve_WellKnownPlace_RightCountry(string name, string iso2)
    {
        // Given a place name without context
        // When
        var place = Gaz.Resolve(name, null);

        // Then
        Assert.Equal(iso2, place?.Country);
    }

    [Fact]
    public void Resolve_VillageSpelledLikeACityInItsOwnCountry_TheVillage()
    {
        // Given a report from Pakistan
        // When
        var place = Gaz.Resolve("Basra", "PK");

        // Then the city's other spelling does not take the village's own name from it
        Assert.Equal("PK", place?.Country);
    }

    [Fact]
    public void Resolve_DawlatAbadInBalkh_DowlatabadOfBalkh()
    {
        // Given a transliteration that differs from GeoNames' "Dowlatābād", and the province the text names
        // When
        var place = Gaz.Resolve("Dawlat Abad", "AF", "Balkh");

        // Then the Balkh one (not Faryab's, not Iran's)
        Assert.NotNull(place);
        Assert.Equal("AF", place.Country);
        Assert.Equal("Balkh", place.Admin1);
        Assert.True(Gazetteer.DistanceKm(place.Lat, place.Lon, 36.99, 66.82) < 25);
    }

    [Fact]
    public void Resolve_DistrictAndProvinceInOneName_Balkh()
    {
        // Given "district" and the province after a comma
        // When
        var place = Gaz.Resolve("Dawlat Abad district, Balkh province", "Afghanistan");

        // Then
        Assert.Equal("Balkh", place?.Admin1);
    }

    [Fact]
    public void Resolve_ContextCountry_BeatsBiggerPlaceElsewhere()
    {
        // Given "Dowlatabad", a name with many Iranian towns
        // When
        var place = Gaz.Resolve("Dowlatabad", "AF");

        // Then an Afghan one
        Assert.Equal("AF", place?.Country);
    }

    [Fact]
    public void Resolve_ProvinceWord_GivesRegion()
    {
        // Given
        // When
        var place = Gaz.Resolve("Idlib province", "SY");

        // Then the governorate
        Assert.Equal(PlaceKind.Admin1, place?.Kind);
    }

    [Fact]
    public void Find_DiacriticsAndCase_Ignored()
    {
        // Given / When
        var a = Gaz.Find("DOWLATĀBĀD");
        var b = Gaz.Find("dowlatabad");

        // Then
        Assert.NotEmpty(a);
        Assert.Equal(a.Count, b.Count);
    }

    [Theory]
    [InlineData("Kazakh", "KZ")]
    [InlineData("Kazakhstan", "KZ")]
    [InlineData("Turkey", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Afghan", "AF")]
    [InlineData("Syrian", "SY")]
    [InlineData("Syrians", "SY")]
    [InlineData("the United States", "US")]
    [InlineData("U.S.", "US")]
    [InlineData("Britain", "GB")]
    [InlineData("SYR", "SY")]
    [InlineData("IQ", "IQ")]
    public void FindCountry_NameDemonymOrCode_Country(string text, string iso2)
    {
        // Given / When
        var country = Gaz.FindCountry(text);

        // Then
        Assert.Equal(iso2, country?.Iso2);
    }

    [Fact]
    public void Capital_KazakhDemonym_Astana()
    {
        // Given "the Kazakh capital"
        // When
        var capital = Gaz.Capital("Kazakh");

        // Then
        Assert.Equal("Astana", capital?.Name);
    }

    [Theory]
    [InlineData("Kazakh capital", "Astana")]
    [InlineData("the Syrian capital", "Damascus")]
    [InlineData("Afghan capital", "Kabul")]
    public void Resolve_DemonymCapital_CapitalCity(string text, string city)
    {
        // Given / When
        var place = Gaz.Resolve(text, null);

        // Then
        Assert.Equal(city, place?.Name);
    }

    [Fact]
    public void Admin1_Syria_ListsGovernorates()
    {
        // Given / When
        var regions = Gaz.Admin1("SY");

        // Then
        Assert.Contains("Aleppo", regions);
        Assert.Contains("Idlib", regions);
        Assert.Equal(14, regions.Count);
    }

    [Fact]
    public void DistanceKm_AleppoToDamascus_About310()
    {
        // Given Aleppo and Damascus
        // When
        var km = Gazetteer.DistanceKm(36.2012, 37.1612, 33.5102, 36.2913);

        // Then
        Assert.InRange(km, 300, 320);
    }

    [Fact]
    public void ToPlaceRef_Aleppo_AsciiNameCountryCoordinates()
    {
        // Given
        var place = Gaz.Resolve("Aleppo", "SY")!;

        // When
        var reference = place.ToPlaceRef();

        // Then
        Assert.Equal("Aleppo", reference.Name);
        Assert.Equal("SY", reference.Country);
        Assert.NotNull(reference.Lat);
    }

    [Fact]
    public void Resolve_AcledQuarterName_PlaceBeforeDash()
    {
        // Given ACLED's "city - quarter" form
        // When
        var place = Gaz.Resolve("Damascus - Jobar", "Syria");

        // Then the city
        Assert.Equal("SY", place?.Country);
        Assert.True(Gazetteer.DistanceKm(place!.Lat, place.Lon, 33.51, 36.29) < 25);
    }

    [Theory]
    [InlineData("al-Bab")]
    [InlineData("Al Bab")]
    [InlineData("Al-Bab")]
    public void Resolve_ArticleVariants_SamePlace(string name)
    {
        // Given spellings of al-Bab, Aleppo governorate
        // When
        var place = Gaz.Resolve(name, "SY");

        // Then
        Assert.Equal("SY", place?.Country);
        Assert.True(Gazetteer.DistanceKm(place!.Lat, place.Lon, 36.37, 37.52) < 25);
    }

    [Fact]
    public void Resolve_Nonsense_Null()
    {
        // Given / When
        var place = Gaz.Resolve("Xqzxq", "SY");

        // Then
        Assert.Null(place);
    }

    [Fact]
    public void FindCountry_Unknown_Null()
    {
        // Given / When / Then
        Assert.Null(Gaz.FindCountry("Atlantis"));
        Assert.Empty(Gaz.Admin1("XX"));
    }

    [Fact]
    public void Resolve_ManyThreads_SameAnswers()
    {
        // Given the shared default instance
        var names = new[] { "Aleppo", "Kabul", "Dawlat Abad", "Raqqa", "Astana", "Idlib province" };

        // When resolved from many threads at once (the fuzzy index may be built by any of them)
        var results = names.AsParallel().WithDegreeOfParallelism(4)
            .SelectMany(n => Enumerable.Range(0, 50).Select(_ => (n, Gaz.Resolve(n, null)?.Name)))
            .ToList();

        // Then every name always gives the same place
        Assert.All(results.GroupBy(r => r.n), g => Assert.Single(g.Select(r => r.Name).Distinct()));
    }

    [Fact]
    public void Resolve_EveryHandWrittenPlaceAlias_ItsCountry()
    {
        // Given the project's place aliases (a row whose target is missing would be silently dropped at load)
        var rows = Dateline.Core.Stages.Resolution.Internal.EmbeddedData.Rows("places-extra.tsv").ToList();

        // When / Then
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(r[1], Gaz.Resolve(r[0], null)?.Country));
    }
}
