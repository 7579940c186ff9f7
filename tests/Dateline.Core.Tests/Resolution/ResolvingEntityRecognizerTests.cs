using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class ResolvingEntityRecognizerTests
{
    private static readonly ResolvingEntityRecognizer Recognizer = ResolvingEntityRecognizer.Default;

    [Fact]
    public void AtSeat_ProvinceOrVillagePlacedAtIt_StandsAtTheProvincesSeat()
    {
        // Given a province as the recognizer gives it (its centroid), and a village placed at that province
        var paktia = Recognizer.Find("Taliban attacked a checkpoint in Paktia province.", null, "AF").Single(e => e.Kind == EntityKind.Place);
        var province = new PlaceRef(paktia.Name, "AF", paktia.Lat, paktia.Lon);
        var village = new PlaceRef("Azra", "AF", paktia.Lat, paktia.Lon, PlacePrecision.Region, paktia.Name);

        // When
        var placed = new[] { province, village }.Select(p => Recognizer.AtSeat(p)).ToList();

        // Then both keep their names, at Gardez (33.60N 69.23E), the province's seat
        Assert.All(placed, p => Assert.Equal((33.6, 69.23, PlacePrecision.Region, "Gardez"), (Math.Round(p.Lat!.Value, 2), Math.Round(p.Lon!.Value, 2), p.Precision, p.Anchor)));
        Assert.Equal(["Paktia", "Azra"], placed.Select(p => p.Name));
    }

    [Fact]
    public void AtSeat_Town_Unchanged()
    {
        // Given a town
        var aleppo = new PlaceRef("Aleppo", "SY", 36.20124, 37.16117);

        // When / Then
        Assert.Equal(aleppo, Recognizer.AtSeat(aleppo));
    }

    [Fact]
    public void Find_ExactNameAbroad_BeatsFuzzyNameInContextCountry()
    {
        // Given a report about Russia that names Astana
        // When
        var spans = Recognizer.Find("Russian diplomats met rebel envoys in Astana on Monday.", new DateOnly(2017, 1, 23), "RU");

        // Then
        var astana = Assert.Single(spans, s => s.Kind == EntityKind.Place);
        Assert.Equal("KZ", astana.Country);
    }

    [Theory]
    [InlineData("The talks will be held in the Kazakh capital later this month.", "Astana", "KZ")]
    [InlineData("The talks will be held in the Turkish capital, Ankara, next week.", "Ankara", "TR")]
    public void Find_ForeignCapitalByDemonym_IsThatCapitalInAReportFromElsewhere(string text, string name, string country)
    {
        // Given a Syrian report naming another country's capital by its demonym ("the Kazakh capital")
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 8), "SY");

        // Then the demonym and "capital" are that capital, not dropped as a place abroad spelled like no place
        var capital = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Start == text.IndexOf("the ", text.IndexOf(" in ", StringComparison.Ordinal), StringComparison.Ordinal) + 4);
        Assert.Equal((name, country), (capital.Name, capital.Country));
    }

    [Fact]
    public void Find_DemonymAndTitle_IsTheOfficeHolderOnThatDate()
    {
        // When
        var spans = Recognizer.Find("The Syrian president met the delegation.", new DateOnly(2017, 1, 8), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Name.Contains("Bashar", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_CapitalActing_IsTheGovernment_CapitalAfterIn_IsThePlace()
    {
        // When
        var acting = Recognizer.Find("Damascus is ready to negotiate with the rebels.", new DateOnly(2017, 1, 8), "SY");
        var located = Recognizer.Find("The meeting was held in Damascus.", new DateOnly(2017, 1, 8), "SY");

        // Then
        Assert.Contains(acting, s => s.Kind == EntityKind.Actor && s.Id == "SY.GOV");
        Assert.Contains(located, s => s.Kind == EntityKind.Place && s.Name == "Damascus");
    }

    [Theory]
    [InlineData("Regime forces clashed with rebel forces in Kafr Laha.")]
    [InlineData("Government forces clashed with ISIS near the airport.")]
    [InlineData("Regime and rebel forces clashed in Arbin.")]
    [InlineData("Regime army captured the hill after clashes.")]
    public void Find_ForcesOpeningASentence_AreTheReportCountrysMilitary(string text)
    {
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 2, 1), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "SY.MIL" && s.Start == 0);
    }

    [Fact]
    public void Find_RegimeForcesWithoutCountry_AreTheReportCountrysMilitary()
    {
        // When
        var spans = Recognizer.Find("Clashes took place between rebels and regime forces near the village.", new DateOnly(2017, 2, 1), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "SY.MIL");
    }

    [Fact]
    public void Find_VillageTheGazetteerLacks_IsANameOnlyPlace()
    {
        // Given a village too small for the gazetteer, called a village after "in"
        // When
        var spans = Recognizer.Find("Clashes took place between rebels and regime forces in Deir Maqran village in Rural Damascus.", new DateOnly(2017, 1, 23), "SY");

        // Then
        var village = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Name == "Deir Maqran");
        Assert.Null(village.Lat);
        Assert.Equal("SY", village.Country);
    }

    [Theory]
    [InlineData("Regime army captured Talat Aaloush after clashes with Islamic States.", "Talat Aaloush")]
    [InlineData("Tiger Forces took control over Manther Eljarf from Islamic State fighters.", "Manther Eljarf")]
    public void Find_NameTakenByCapture_IsAnUnlistedPlace(string text, string name)
    {
        // Given an unknown name that a force captured or took control of
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 3, 6), "SY");

        // Then
        var place = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Name == name);
        Assert.Null(place.Lat);
    }

    [Theory]
    [InlineData("Regime forces fought the Islamic State in Al-Ommal area of the Hamidiya neighborhood of Deir-ez-Zor city.", "Al-Ommal")]
    [InlineData("Clashes took place in Al-Mowazafin area in the Shuhuda neighborhood of Deir-ez-Zor city.", "Al-Mowazafin")]
    [InlineData("The army clashed with the Islamic State in Stadium area in Raqqa city.", "Stadium")]
    [InlineData("Rebels shelled a checkpoint at Tishreen neighborhood in Homs city.", "Tishreen")]
    public void Find_SmallAreaInACityQuarter_AddsNoPlaceForTheArea(string text, string area)
    {
        // Given a small area named inside a named quarter of a city, which a coder records by the city
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 23), "SY");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Name == area);
    }

    [Theory]
    [InlineData("Turkish forces fought the Islamic State in Sheikh Aqeel, taking it over.", "Sheikh Aqeel")]
    [InlineData("Regime forces captured Sheikh Abyad town in east of Aleppo.", "Sheikh Abyad")]
    public void Find_SheikhNameWherePlacesStand_IsAPlace(string text, string name)
    {
        // Given a village whose name opens with "Sheikh", after "in" or before "town"
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 2, 9), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == name);
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Actor && name.EndsWith(s.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kurdish forces clashed with the Islamic State in Eastern Dumair village north of Homs.", "Eastern Dumair")]
    [InlineData("The army took Little Tarba village from the rebels.", "Little Tarba")]
    public void Find_CompassOrSizeWordOpeningAVillageName_IsPartOfTheName(string text, string name)
    {
        // Given a village whose capitalised name opens with a compass or size word
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 6), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == name);
    }

    [Theory]
    [InlineData("Rebels fought the Islamic State in Western Aleppo during the night.", "Western Aleppo")]
    [InlineData("Rebels fought the Islamic State in western Aleppo during the night.", "Aleppo")]
    [InlineData("Western Aleppo was shelled during the night.", "Aleppo")]
    public void Find_CapitalisedCompassWordBeforeAListedPlace_JoinsItsName(string text, string name)
    {
        // Given a listed place after a compass word, capitalised or not, inside the sentence or opening it
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 6), "SY");

        // Then only the capitalised word inside the sentence joins the name, which keeps the place's coordinates
        var place = Assert.Single(spans, s => s.Kind == EntityKind.Place);
        Assert.Equal(name, place.Name);
        Assert.NotNull(place.Lat);
    }

    [Theory]
    [InlineData("Clashes took place between regime forces and IS around Bari in Salamia countryside.", "SY", "Bari")]
    [InlineData("A soldier was killed by a sniper in the Rabat area of Kandahar province.", "AF", "Rabat")]
    public void Find_CityAbroadSetInsideAPlaceAtHome_IsAPlaceAtHomeByName(string text, string country, string name)
    {
        // Given a name a big city abroad bears, set by the sentence inside a place of the report's country
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 3, 6), country);

        // Then it is not the city abroad
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Name == name && s.Country != country);
    }

    [Fact]
    public void Find_CityAbroadNotSetInsideAPlaceAtHome_IsTheCityAbroad()
    {
        // Given a big city abroad named in an Afghan report, with nothing placing it in Afghanistan
        // When
        var spans = Recognizer.Find("Officials met in Rabat on Monday.", new DateOnly(2020, 3, 6), "AF");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == "Rabat" && s.Country == "MA");
    }

    [Theory]
    [InlineData("Clashes took place in the vicinity of al-Qadimah village between the army and the rebels.", "al-Qadimah")]
    [InlineData("Gunmen killed a fighter at the Tal 'Umran checkpoint in Idleb.", "Tal 'Umran")]
    [InlineData("The army shelled rebel positions east of Kafr Sadiq.", "Kafr Sadiq")]
    [InlineData("The regime launched shells into Bsirin as they clashed.", "Bsirin")]
    [InlineData("Militants shelled the area around Al Hail oil fields.", "Al Hail")]
    [InlineData("Rebels shelled regime positions on the outskirts of Kafr Sadiq.", "Kafr Sadiq")]
    public void Find_UnlistedNameInMoreShapes_IsAPlace(string text, string name)
    {
        // Given a village written with a lower-case article, an ayn, after "east of" or "into", or after a capitalised
        // article that would otherwise leave a city abroad (Ha'il, SA)
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 6), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == name);
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Country != "SY");
    }

    [Theory]
    [InlineData("Clashes took place in Sabkha-Maadan road with no losses reported.", "Sabkha")]
    [InlineData("Clashes took place in Sabkha-Maadan area with no losses reported.", "Sabkha-Maadan")]
    public void Find_RoadNamedByItsEnds_IsTheFirstEnd(string text, string name)
    {
        // Given a road named by the two towns it joins (and, for contrast, an area with a joined name)
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 6), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == name);
    }

    [Theory]
    [InlineData("Popular committees are integrated into QDW.")]
    [InlineData("Regime forces clashed near the 'Tiyas' airbase.")]
    public void Find_AcronymOrQuotedWord_IsNoUnlistedPlace(string text)
    {
        // Given an acronym after "into", a quoted name after "near"
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 6), "SY");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Lat is null);
    }

    [Fact]
    public void Find_ListOfCapturedNames_AddsNoPlaceForTheFirst()
    {
        // Given a list of villages taken, which a coder records by the district they lie in
        // When
        var spans = Recognizer.Find("Syrian Democratic Forces took control of Abu Jandal, Azman, and Finan villages in Kasra district.", new DateOnly(2017, 3, 6), "SY");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Name == "Abu Jandal");
    }

    [Fact]
    public void Find_ListedSiteWithLowerCaseKindWord_IsTheSite()
    {
        // Given the T4 airbase written with its kind word in lower case
        // When
        var spans = Recognizer.Find("Regime forces clashed with the Islamic State near the T4 airbase area.", new DateOnly(2017, 1, 28), "SY");

        // Then
        var site = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Lat is not null && s.Name.Contains("Tiyas", StringComparison.Ordinal));
        Assert.Equal(34.52, site.Lat!.Value, 1);
    }

    [Theory]
    [InlineData("Regime forces battled the Islamic State in Tadmor city.", "Tadmur")]
    [InlineData("Aerial bombardment targeted Kom al-Roman in Idleb province.", "Idlib")]
    public void Find_VariantSpellingOfAListedPlace_IsThatPlaceWithCoordinates(string text, string listed)
    {
        // Given a Syrian report spelling a listed town otherwise (Tadmor for Tadmur, Idleb for Idlib)
        // When
        var spans = Recognizer.Find(text, new DateOnly(2017, 1, 23), "SY");

        // Then
        var place = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Name == listed);
        Assert.NotNull(place.Lat);
    }

    [Fact]
    public void Find_NameWithHyphenatedArticle_KeepsTheWholeName()
    {
        // Given a mountain area named with "al-" written onto its second word
        // When
        var spans = Recognizer.Find("Islamist militants exchanged shelling with government forces in the area of Jabal al-Akrad.", new DateOnly(2017, 1, 23), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == "Jabal al-Akrad");
    }

    [Fact]
    public void Find_VillageWhoseConsonantsMatchAnotherTown_StaysANameOnlyPlace()
    {
        // Given a village whose consonants are those of Al Mayadin but whose vowels stand elsewhere
        // When
        var spans = Recognizer.Find("Regime forces attempted to advance on Maydaani village front in Rural Damascus.", new DateOnly(2017, 1, 23), "SY");

        // Then
        var village = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Name == "Maydaani");
        Assert.Null(village.Lat);
    }

    [Theory]
    [InlineData("14 Taliban militants were killed during clashes in Kot district, Nangarhar.", "AF", "Kot")]
    [InlineData("The Islamic State battled regime forces in Al-Mohr near the desert.", "SY", "Al-Mohr")]
    public void Find_VillageAbroadNamedInAnotherCountrysReport_IsAPlaceAtHomeByName(string text, string country, string name)
    {
        // Given a report about one country naming a village that the gazetteer only has abroad (Kot in India, Mohr in Iran)
        // When
        var spans = Recognizer.Find(text, new DateOnly(2020, 3, 4), country);

        // Then
        var place = Assert.Single(spans, s => s.Kind == EntityKind.Place && s.Name == name);
        Assert.Equal(country, place.Country);
        Assert.Null(place.Lat);
    }

    [Theory]
    [InlineData("A policeman was killed in the Pol-e-Malan village of Guzara district, Herat.", "Pol")]
    [InlineData("Clashes took place in Dara i Pech district, Kunar.", "Dara")]
    public void Find_PartOfAJoinedNameAbroad_IsNoPlace(string text, string part)
    {
        // Given a name joined by an ezafe or "i" whose first word alone is a place abroad (Pol in Spain, Dar'a in Syria)
        // When
        var spans = Recognizer.Find(text, new DateOnly(2020, 3, 7), "AF");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Country != "AF" && text[s.Start..s.End] == part);
    }

    [Fact]
    public void Find_NorthOfAPlace_IsThePlace()
    {
        // When
        var spans = Recognizer.Find("Rebels battled Syrian Democratic Forces east and north of Tal Refaat.", new DateOnly(2017, 1, 23), "SY");

        // Then
        var place = Assert.Single(spans, s => s.Kind == EntityKind.Place);
        Assert.NotNull(place.Lat);
    }

    [Fact]
    public void Find_VillageAfterAnyWord_IsANameOnlyPlace()
    {
        // When
        var spans = Recognizer.Find("Regime forces captured Dakhireh village after clashes.", new DateOnly(2017, 1, 23), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == "Dakhireh");
    }

    [Theory]
    [InlineData("Three civilians were killed in Thursday's exchanges in the district.")]
    [InlineData("Oil prices rose in Asian trading after the attack.")]
    public void Find_PossessiveDayOrAdjectiveOfOrigin_IsNoPlace(string text)
    {
        // When
        var spans = Recognizer.Find(text, new DateOnly(2019, 7, 18), "YE");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place);
    }

    [Fact]
    public void Find_CapitalisedFront_IsNotPartOfTheName()
    {
        // When
        var spans = Recognizer.Find("Clashes took place between regime forces and rebels on Ein Terma Front in Rural Damascus.", new DateOnly(2017, 1, 23), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Place && s.Name == "Ein Terma");
    }

    [Fact]
    public void Find_AreaOfANamedDistrict_IsTheDistrictNotTheArea()
    {
        // When
        var spans = Recognizer.Find("2 soldiers were killed in the Bazar area of Tarnak Wa Jaldak district, Zabul.", new DateOnly(2020, 3, 20), "AF");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Name == "Bazar");
    }

    [Fact]
    public void Find_UnknownCapitalisedNameWithoutCountry_IsNoPlace()
    {
        // When
        var spans = Recognizer.Find("Talks were held in Qaboun village.", new DateOnly(2017, 1, 23), null);

        // Then
        Assert.DoesNotContain(spans, s => s.Name == "Qaboun");
    }

    [Fact]
    public void Find_FuzzyLookAlikeAbroad_IsNotThePlace()
    {
        // Given an Afghan district the gazetteer lacks, spelled like a Philippine town
        // When
        var spans = Recognizer.Find("Taliban attacked a check point in Alishing district, Laghman.", new DateOnly(2020, 3, 19), "AF");

        // Then
        Assert.DoesNotContain(spans, s => s.Kind == EntityKind.Place && s.Country != "AF");
    }

    [Fact]
    public void Find_GovernmentsForces_AreItsMilitary()
    {
        // When
        var spans = Recognizer.Find("Syrian regime forces shelled the town.", new DateOnly(2017, 1, 23), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "SY.MIL");
    }

    [Fact]
    public void Find_UnnamedRebels_AreTheCountrysOppositionRebels()
    {
        // When
        var spans = Recognizer.Find("Rebel factions battled the Islamic State near Al-Bab.", new DateOnly(2017, 1, 23), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "SY.REB");
    }

    [Theory]
    [InlineData("Palestinians blamed Israel for the bombing.", "PS")]
    [InlineData("Bosnian Serbs demanded a truce with Moslem forces.", "BA")]
    [InlineData("Radical French farmers said they would blockade Paris.", "FR")]
    // The generated table splits a cell that joins two peoples ("Saint-Pierrais, Miquelonnais").
    [InlineData("Miquelonnais fishermen protested against the quota.", "PM")]
    public void Find_DemonymWithoutGroupNoun_IsItsCountrysPeople(string sentence, string country)
    {
        // When
        var spans = Recognizer.Find(sentence, new DateOnly(1995, 6, 1), null);

        // Then
        var first = spans.First(s => s.Kind == EntityKind.Actor);
        Assert.Equal(country, first.Id);
    }

    [Fact]
    public void Find_DemonymModifierGroupNoun_IsTheCountrysGroup()
    {
        // When
        var spans = Recognizer.Find("Afghan commando forces raided the compound.", new DateOnly(2020, 3, 1), "AF");

        // Then
        Assert.Equal("AF.MIL", Assert.Single(spans, s => s.Kind == EntityKind.Actor).Id);
    }

    [Fact]
    public void Find_OfficeWithoutKnownHolder_IsTheGovernment()
    {
        // When
        var spans = Recognizer.Find("Gambian President Dawda Jawara will visit Mauritania.", new DateOnly(1990, 6, 1), null);

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "GM.GOV");
    }

    [Theory]
    [InlineData("President Bush has threatened further action against Russia.", "Bush")]
    [InlineData("British Defence Secretary Tom King has promised to continue military aid.", "Tom King")]
    [InlineData("The Third World Water Forum concluded on Saturday that nations must act.", "Third World Water Forum")]
    public void Find_TitledPersonOrNamedBodyTheTableLacks_IsAnActorWithoutId(string sentence, string name)
    {
        // When
        var spans = Recognizer.Find(sentence, new DateOnly(1990, 6, 1), null);

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Name == name && s.Id is null);
    }

    [Theory]
    [InlineData("Beirut again rejected a United Nations appeal.")]
    [InlineData("Washington along with its allies demanded that Hamas renounce violence.")]
    public void Find_CapitalBeforeAdverbOrAlongWithAndVerb_IsTheGovernment(string sentence)
    {
        // When
        var spans = Recognizer.Find(sentence, new DateOnly(2000, 1, 1), null);

        // Then
        Assert.Equal(EntityKind.Actor, spans[0].Kind);
        Assert.EndsWith(".GOV", spans[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SecurityForcesInACountry_AreThatCountrysMilitary()
    {
        // When
        var spans = Recognizer.Find("Security forces in Guinea have tortured scores of refugees.", new DateOnly(2000, 1, 1), "SL");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "GN.MIL");
    }

    [Fact]
    public void FindAll_ReportOfSeveralSentences_SameSpansAndCountryAsFindAndMainCountry()
    {
        // Given a report whose lead names its country in several ways
        const string text = "Syrian government forces shelled Idlib in north-western Syria on Tuesday. Russian jets struck Maarat al-Numan the next day.\n\n"
            + "Talks are planned in Astana later this month, the foreign ministry in Moscow said.";
        var sentences = new Stages.Segmentation.SegmentationStage().Split(text);
        var day = new DateOnly(2017, 1, 8);
        IEntityRecognizer recognizer = Recognizer;

        // When
        var (found, country) = recognizer.FindAll(text, sentences, day, null);

        // Then: one scan per sentence gives what a scan of the lead and one per sentence gave
        Assert.Equal(Recognizer.MainCountry(text), country);
        Assert.Equal("SY", country);
        Assert.Equal(sentences.Select(s => Recognizer.Find(s.Text, day, country)), found);
    }
}
