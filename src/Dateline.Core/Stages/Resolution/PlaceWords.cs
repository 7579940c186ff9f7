using System.Collections.Frozen;

namespace Dateline.Core.Stages.Resolution;

/// <summary>
/// The ordinary words around place names, one owner for all the stages that read them: which side of a place a text
/// means ("east of", "in eastern Homs"), what kind of place a name is ("Idlib province", "the village of Tal Rifaat"),
/// and which words set one place inside or beside another ("village in the western countryside of").
/// </summary>
/// <remarks>
/// Each set is spelled once, as a constant alternation of plain words ("province|governorate|district"; lower case but
/// for the few written inside names, "Eastern|Western|…"), so that a generated regex can be built from it
/// (<c>@"^\s+(?:" + PlaceWords.Regions + @")\b"</c>) and a lookup set read from it (<see cref="Set"/>). Where two stages
/// ask different questions the owner keeps two named sets, the wider built from the narrower and the words it adds,
/// each with the question it answers.
/// </remarks>
internal static class PlaceWords
{
    // ---- Compass: which side of a place.

    /// <summary>The eight compass points: "east of Tal Refaat", "southwest of the capital".</summary>
    public const string CompassPoints = "north|south|east|west|northeast|northwest|southeast|southwest";

    /// <summary>The half points written with a hyphen, read by the patterns only: "north-east of Aleppo".</summary>
    public const string HyphenatedCompassPoints = "north-east|north-west|south-east|south-west";

    /// <summary>The compass adjectives: "in eastern Homs", "the southwestern countryside".</summary>
    public const string CompassAdjectives = "northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern";

    /// <summary>The half-point adjectives written with a hyphen, read by the patterns only: "in north-western Idlib".</summary>
    public const string HyphenatedCompassAdjectives = "north-eastern|north-western|south-eastern|south-western";

    /// <summary>
    /// Words between a preposition and a place that only say which part of it is meant: the compass words, "central",
    /// "rural" and "greater". "in eastern Homs", "in Rural Damascus", "in central Basra" are in Homs, Damascus, Basra.
    /// </summary>
    public const string Parts = CompassPoints + "|" + CompassAdjectives + "|central|rural|greater";

    // ---- Kinds: what a name is.

    /// <summary>The inhabited places a name may be followed or preceded by: "Widyan village", "the town of Kafr Nabl".</summary>
    public const string Settlements = "village|town|city";

    /// <summary>Both spellings of a city's quarter: "the Hamidiya neighborhood", "the Bustan neighbourhood".</summary>
    public const string Quarters = "neighbourhood|neighborhood";

    /// <summary>Kind words of a place's first administrative division: "Idlib province", "the governorate of Hama".</summary>
    public const string Admin1Kinds = "province|governorate|region|state|oblast|prefecture|wilayat|vilayet";

    /// <summary>Kind words of a place's second administrative division: "Kasra district", "Nahr-e Saraj subdistrict".</summary>
    public const string Admin2Kinds = "district|subdistrict|county|municipality";

    /// <summary>Kind words of a populated place: the <see cref="Settlements"/>, the <see cref="Quarters"/> and "suburb".</summary>
    public const string PopulatedKinds = Settlements + "|" + Quarters + "|suburb";

    /// <summary>
    /// Each word that says what kind of place a name is, with that kind: read the same way by the scanner ("Dawlat Abad
    /// district", "Idlib province" join the kind word to the name) and by the gazetteer ("the village of Tal Rifaat",
    /// "Kasra district" are looked up without it and settled to a place of that kind).
    /// </summary>
    /// <example>"district" → <see cref="PlaceKind.Admin2"/>; "governorate" → <see cref="PlaceKind.Admin1"/>; "village" →
    /// <see cref="PlaceKind.Populated"/>; "hill" is no kind word (a hill is a site of a place, not a level of one).</example>
    public static FrozenDictionary<string, PlaceKind> Kinds { get; } = Admin2Kinds.Split('|').Select(w => (Word: w, Kind: PlaceKind.Admin2))
        .Concat(Admin1Kinds.Split('|').Select(w => (Word: w, Kind: PlaceKind.Admin1)))
        .Concat(PopulatedKinds.Split('|').Select(w => (Word: w, Kind: PlaceKind.Populated)))
        .ToFrozenDictionary(p => p.Word, p => p.Kind, StringComparer.Ordinal);

    /// <summary><see cref="Kinds"/> looked up by a span of a key, without a string.</summary>
    public static FrozenDictionary<string, PlaceKind>.AlternateLookup<ReadOnlySpan<char>> KindsBySpan { get; } = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The kind words after a name that make it the place where something happened, whatever word comes before it: the
    /// <see cref="Settlements"/>, the <see cref="Quarters"/> and "district" ("captured Dakhireh village", "raided Wadi
    /// Barada village"). A subset of <see cref="Kinds"/>: a province or a region is too wide for an event's spot.
    /// </summary>
    public const string TownKinds = Settlements + "|" + Quarters + "|district";

    // ---- Regions: the part of a country a place lies in.

    /// <summary>Administrative parts of a country named by a town: "Wardak province", "Kasra district".</summary>
    public const string Provinces = "province|governorate|district";

    /// <summary>
    /// The words that make a named place the region another lies in: the <see cref="Provinces"/>, "region" and
    /// "countryside". "Kabsh village in Ar-Raqqa province", "in the eastern countryside of Aleppo" are inside; "Al-Mohr
    /// near the Tadmor desert" is beside (a desert is not a region a village lies in).
    /// </summary>
    public const string Regions = Provinces + "|region|countryside";

    /// <summary>
    /// After a place name or ending its span, the words that make it a region rather than a town "the city" may stand for:
    /// the <see cref="Regions"/> and "desert" ("Hama province", "the Idlib countryside", "the Homs desert").
    /// </summary>
    public const string RegionsOrDesert = Regions + "|desert";

    /// <summary>
    /// The land around a town that a compass word picks a side of: "the eastern Homs countryside", "the northern Hama
    /// desert", "western Menbij outskirts", "the Ghab plains".
    /// </summary>
    public const string Surroundings = "countryside|desert|outskirts|suburbs|plain|plains";

    // ---- Heads of "of": the word before "of" that makes the name after it a place.

    /// <summary>
    /// For the scanner's inexact names, the words other than a <see cref="Kinds"/> word before "of" that make the name after it a
    /// place: the <see cref="CompassPoints"/> and words for the land around a town ("east and north of Tal Refaat", "the
    /// countryside of Idlib", "the edge of Marea").
    /// </summary>
    public const string PlaceOfHeads = CompassPoints + "|countryside|outskirts|vicinity|suburbs|area|areas|edge|centre|center";

    /// <summary>
    /// For a place the gazetteer lacks, the words before "of" after any word that make the name after it a place: the
    /// <see cref="Settlements"/>, the <see cref="Quarters"/> and the ground around them ("the village of Kherbet
    /// Elhajama", "the outskirts of Kafriya").
    /// </summary>
    public const string UnlistedOfHeads = Settlements + "|" + Quarters + "|area|vicinity|outskirts|suburb|suburbs|camp";

    /// <summary>
    /// After a locative word ("in", "near", "captured"), the <see cref="UnlistedOfHeads"/> and the wider words a village
    /// may still be named after: "in the countryside of Deir Hafer", "within the limits of Arbin", "in the district of Kasra".
    /// </summary>
    public const string LocativeOfHeads = UnlistedOfHeads + "|areas|countryside|district|outskirt|limits";

    // ---- After a name: what it is.

    /// <summary>
    /// The lower-case words after a capitalised name that say it is a place, not a person: the <see cref="Settlements"/>,
    /// the <see cref="Quarters"/>, "area", "district", "hill" and "front" ("Sheikh Abyad town", "Tal Khaled hill").
    /// </summary>
    public const string KindsAfterName = Settlements + "|" + Quarters + "|area|district|hill|front";

    /// <summary>
    /// For a place the gazetteer lacks, the words after a name that make it a place: the <see cref="KindsAfterName"/> and
    /// the sites of one ("Deir Maqran village", "on Bahariya front", "Adwan dam", "the Dakhaniya checkpoint").
    /// </summary>
    public const string UnlistedKindsAfter = KindsAfterName + "|frontline|camp|mountain|mount|plain|farms|dam|checkpoint";

    // ---- Before a name: the words after which it is a place.

    /// <summary>
    /// The prepositions after which a name is where something is or happens, read by every stage: "in Kunduz", "at
    /// Kweires", "near Arbin", "outside Aleppo", "into Idlib", "around Bari". Each stage's own list below adds to them.
    /// </summary>
    public const string Locatives = "in|at|near|outside|into|around";

    /// <summary>The verbs of taking ground, whose object is a place: "captured Dakhireh", "retook Palmyra".</summary>
    public const string GroundTaken = "captured|recaptured|seized|retook";

    /// <summary>
    /// For the scanner, the words after which an inexactly spelled capitalised name is a place ("in Tal Afar", "towards
    /// Maarat al-Numan", "shelled Kafr Nabl"); "of" only after a kind word or one of the <see cref="PlaceOfHeads"/>.
    /// </summary>
    public const string ScannerLocatives = Locatives + "|from|to|toward|towards|across|via|inside|between|of|outskirts|entered|" + GroundTaken
        + "|shelled|besieged|stormed";

    /// <summary>
    /// For the resolver, the words after which a country or a town is the place of the sentence, not only a state or a
    /// name ("in Syria", "towards Turkey", "on Aleppo"). Read in any case.
    /// </summary>
    public const string ResolverLocatives = Locatives + "|to|from|across|of|over|towards|toward|inside|on";

    /// <summary>
    /// For the extraction, the words after which a place is where something happened or arrived: "in Kunduz", "reached
    /// Djibo", "delivered to Djibo", "along the river road".
    /// </summary>
    public const string EventLocatives = Locatives + "|over|across|of|from|inside|on|reached|reaching|to|between|along";

    /// <summary>For a "Sheikh …" name, the words after which it is a village, not a cleric: "in Sheikh Aqeel", "captured Sheikh Abyad".</summary>
    public const string SheikhLocatives = Locatives + "|of|over|" + GroundTaken;

    // ---- Between two places: one inside the other.

    /// <summary>
    /// After a name, before "in" or "of", the kind words that may set it inside the place named next: "around Bari in
    /// Salamia countryside", "the Rabat area of Tarnak Wa Jaldak district", "Kabsh village in the Raqqa countryside".
    /// </summary>
    public const string InsideHeads = "area|village|town|district|region";

    /// <summary>
    /// The words for a small place that belongs to the district named next, whose coder records the district: "the Rabat
    /// area of", "the Pol-e-Malan village of", "the Shindand locality of".
    /// </summary>
    public const string SmallPlaceOf = "area|village|locality";

    /// <summary>
    /// After a place, before a comma and its province, the words that say which part of the place is meant: "Dawlat Abad
    /// district center, Balkh", "Pul-e Khumri city, Baghlan".
    /// </summary>
    public const string PartsBeforeProvince = "district|center|centre|city|town";

    /// <summary>
    /// Words between a place and the region around it, which set the first inside the second: "village in the western
    /// countryside of", "town of", "front in", "sub district of". Every word of <see cref="RegionsOrDesert"/> is one.
    /// </summary>
    public const string Containers = "in|of|the|" + Settlements + "|" + Quarters + "|" + RegionsOrDesert
        + "|villages|towns|front|area|areas|outskirts|vicinity|suburbs|sub|subdistrict|camp|hill|plain|farms";

    // ---- Between an unknown place and the known one it is placed by.

    /// <summary>
    /// The words that put an unknown place beside a known one rather than inside it: "Maareh village near Sarhan",
    /// "outside Aleppo", "in the vicinity of Tadef", "close to Baza'a".
    /// </summary>
    public const string Nearness = "near|outside|vicinity|close";

    /// <summary>The units of a distance from a known place: "10 km west of", "5 kilometres from".</summary>
    public const string Distances = "km|kilometres|kilometers|miles";

    /// <summary>
    /// The sites a landmark or a listed name may end in lower case: "the T4 airbase", "Kweires airport", "Tabqa dam",
    /// "the Shaer gas field", "the Jirah military base".
    /// </summary>
    public const string Sites = "airbase|airport|base|dam|field";

    /// <summary>For the scanner, the lower-case words that end a listed site's name: the <see cref="Sites"/> and "airfield".</summary>
    public const string ListedSiteEnds = Sites + "|airfield";

    /// <summary>
    /// The landmarks between an unknown place and the known one it is placed by: the <see cref="Sites"/>, heights,
    /// roads and water ("Gubar village, on the Euphrates River in Ar-Raqqa province", "Adwan Dam in the western
    /// countryside of", "the Tal Kurdi junction near Douma").
    /// </summary>
    public const string Landmarks = Sites + "|mountain|mount|mountains|hills|road|junction|checkpoint|fields|front|axis"
        + "|river|bank|banks|lake|valley|highway|bridge|crossing";

    /// <summary>
    /// Every word other than a container, a compass word, an article or a number that may stand between an unknown
    /// place and the known one it is tied to: the <see cref="Nearness"/>, small prepositions, the <see cref="Distances"/>,
    /// the <see cref="Landmarks"/> and the joints of a list of places ("in Hosh Nasri and al-Mahamdia in Rural
    /// Damascus", "and other areas in", "the surrounding villages of").
    /// </summary>
    public const string Ties = Nearness + "|to|at|on|from|" + Distances + "|" + Landmarks + "|and|other|nearby|surrounding";

    // ---- Inside names: the Arabic article.

    /// <summary>
    /// The Arabic article as a name of a place the gazetteer lacks may carry it, joined by a hyphen or a space: "al-Sharifah",
    /// "Tall Al-Aswad", "Jabal al-Akrad", "Ar Raqqah".
    /// </summary>
    public const string NameArticles = "al|el|ad|as|ar|an|ash|az";

    /// <summary>
    /// The articles passed over when two spellings of a name are compared by where their vowels stand: the
    /// <see cref="NameArticles"/> and "at" ("At Tall" = "Tal").
    /// </summary>
    public const string ShapeArticles = NameArticles + "|at";

    /// <summary>
    /// The articles the scanner reads as part of a name, and that join a capitalised word to a name by a hyphen: the
    /// <see cref="ShapeArticles"/>, the assimilated "ez", "es" and the "ul" of Persian and Pashto ("Deir ez-Zor", "Ras
    /// es-Sharqi", "Khair ul-Bashar", " ash-Sham").
    /// </summary>
    public const string JoinedArticles = ShapeArticles + "|ez|es|ul";

    /// <summary>
    /// Every article a name is written with or without, which a name's key leaves out: the <see cref="JoinedArticles"/>
    /// and the rarer "ath", "adh", "ed", "en" ("al-Bab" = "Bab", "Ar Raqqah" = "Raqqah", "Hayat ed-Din").
    /// </summary>
    public const string Articles = JoinedArticles + "|ath|adh|ed|en";

    // ---- Inside names: capitalised words. Written with a capital they belong to a name, so these are spelled so.

    /// <summary>
    /// The compass and size words a place's own name may open with, written with a capital: "Eastern Ghouta", "Big
    /// Sweidiyeh", "Upper Kunar". In lower case ("in western Gharia") they are <see cref="Parts"/>.
    /// </summary>
    public const string NameOpeners = "Eastern|Western|Northern|Southern|Big|Little|Upper|Lower";

    /// <summary>
    /// The capitalised kind words that end an unlisted name and say what it is without being part of it: "on Ein Terma
    /// Front", "in Deir Qanun Village".
    /// </summary>
    public const string CapitalisedKinds = "Front|Village|Area|Town|District";

    /// <summary>
    /// The capitalised sites and deserts named after a town, which lie by it: "Tadmur Badia", "Jirah Airbase", "Shezer
    /// Castle", "Adwan Dam".
    /// </summary>
    public const string CapitalisedSites = "Badia|Desert|Airbase|Airport|Dam|Castle|Citadel|Camp";

    /// <summary>A set of the words of an alternation, for lookups: <c>Set(Provinces).Contains("district")</c>.</summary>
    public static FrozenSet<string> Set(string alternation) => alternation.Split('|').ToFrozenSet(StringComparer.Ordinal);
}
