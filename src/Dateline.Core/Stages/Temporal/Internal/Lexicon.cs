using System.Collections.Frozen;

namespace Dateline.Core.Stages.Temporal.Internal;

/// <summary>Calendar units a duration or offset counts in.</summary>
internal enum Unit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// <summary>The function words and cue words the matcher reacts to.</summary>
internal enum Role : byte
{
    None,
    The, A, This, That, Last, Next, Past, Coming, Previous, Following, Same, Current, Latest, Recent, Final, Upcoming,
    Early, Late, Mid, Earlier, Later, Ago, Before, After, Hence,
    End, Beginning, Start, Middle, Of, In, Since, Fiscal, Period, Than, More, Less, At, Least, Most, Over, Under, Up, To, No, Or, So, And, For,
    Every, Each, Per, Other, Times, Twice, Once,
    Today, Yesterday, Tomorrow, Tonight, Now, Currently, Recently, Previously, Soon, Future, Present, Nowadays, Lately, Formerly, Then, Day,
    Approx, Nearly, Almost, About,
    Am, Pm, Noon, Midnight, Midday, Zone,
    Several, Few, Many, Couple, Dozen, Half, Hundred, Thousand, Some,
    Set, Year, Era, Weekend, Ad, Ah, Hs, Eid, Fitr, Adha, Al, Ul, Christmas, Eve, NewYear, Thanksgiving, Easter, Nowruz, Halloween, Independence, Election, Valentine, Holiday,
    FutureCue, PastCue, PresentCue, Still, As, On, Until, Old, Long, These, By,
}

/// <summary>One lexicon word. A word may play several parts ("may": month 5 and nothing else here; "second": ordinal and unit).</summary>
internal sealed class LexEntry
{
    public int Month { get; set; }
    public int Weekday { get; set; } = -1;
    public Unit Unit { get; set; }
    public bool Plural { get; set; }
    public int Number { get; set; } = -1;
    public int Ordinal { get; set; }
    public string? Season { get; set; }
    public string? PartOfDay { get; set; }
    public Role Role { get; set; }
    public int HijriMonth { get; set; }
    public int PersianMonth { get; set; }
    public bool Abbreviation { get; set; }
    /// <summary>For set adverbs ("daily") the period.</summary>
    public string? SetValue { get; set; }
}

/// <summary>The temporal vocabulary of English news: month and day names, units, numbers, cue words.</summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, int> Index;
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SpanIndex;

    /// <summary>All entries; tokens keep an index into this array.</summary>
    public static readonly LexEntry[] Entries;

    static Lexicon()
    {
        var map = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        LexEntry Get(string w)
        {
            if (!map.TryGetValue(w, out var e))
            {
                e = new LexEntry();
                map[w] = e;
            }

            return e;
        }

        // Months: "January", "Jan.", "Sept.".
        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < 12; m++)
        {
            foreach (var w in months[m])
            {
                var e = Get(w);
                e.Month = m + 1;
                e.Abbreviation = w.Length <= 4 && w is not ("may" or "june" or "july");
            }
        }

        // Weekdays: "Sunday", "Sun" (abbreviations only count inside datelines).
        string[][] days =
        [
            ["sunday", "sun"], ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"], ["thursday", "thu", "thur", "thurs"],
            ["friday", "fri"], ["saturday", "sat"],
        ];
        for (var d = 0; d < 7; d++)
        {
            foreach (var w in days[d])
            {
                var e = Get(w);
                e.Weekday = d;
                e.Abbreviation = w.Length <= 5 && w != "sunday" && w != "monday" && w != "friday";
            }
        }

        // Units, singular and plural: "day", "days", "yr".
        (string S, string P, Unit U)[] units =
        [
            ("second", "seconds", Unit.Second), ("minute", "minutes", Unit.Minute), ("hour", "hours", Unit.Hour),
            ("day", "days", Unit.Day), ("week", "weeks", Unit.Week), ("weekend", "weekends", Unit.Weekend), ("month", "months", Unit.Month),
            ("quarter", "quarters", Unit.Quarter), ("half", "halves", Unit.Half), ("year", "years", Unit.Year), ("decade", "decades", Unit.Decade),
            ("century", "centuries", Unit.Century), ("yr", "yrs", Unit.Year), ("min", "mins", Unit.Minute), ("hr", "hrs", Unit.Hour),
            ("fortnight", "fortnights", Unit.Week), ("millennium", "millennia", Unit.Century),
        ];
        foreach (var (s, p, u) in units)
        {
            Get(s).Unit = u;
            var pe = Get(p);
            pe.Unit = u;
            pe.Plural = true;
        }

        // Cardinal number words: "two", "twenty", "hundred".
        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var k = 0; k < ones.Length; k++)
        {
            Get(ones[k]).Number = k;
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var k = 0; k < tens.Length; k++)
        {
            Get(tens[k]).Number = (k + 2) * 10;
        }

        // Ordinals: "first" … "thirty-first" (the tens part of compounds comes from "twenty", "thirty").
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (var k = 0; k < ordinals.Length; k++)
        {
            Get(ordinals[k]).Ordinal = k + 1;
        }

        Get("thirtieth").Ordinal = 30;
        Get("twenty-first").Ordinal = 21;

        // Seasons and parts of the day.
        Get("spring").Season = "SP";
        Get("summer").Season = "SU";
        Get("fall").Season = "FA";
        Get("autumn").Season = "FA";
        Get("winter").Season = "WI";
        Get("morning").PartOfDay = "MO";
        Get("mornings").PartOfDay = "MO";
        Get("afternoon").PartOfDay = "AF";
        Get("evening").PartOfDay = "EV";
        Get("night").PartOfDay = "NI";
        Get("overnight").PartOfDay = "NI";

        // Set adverbs: "daily" → every day.
        (string W, string V)[] sets = [("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("quarterly", "P3M"), ("annually", "P1Y"),
            ("yearly", "P1Y"), ("annual", "P1Y"), ("hourly", "PT1H"), ("nightly", "P1D"), ("biweekly", "P2W"), ("biannual", "P6M"), ("semiannual", "P6M")];
        foreach (var (w, v) in sets)
        {
            Get(w).SetValue = v;
        }

        // Islamic months, Umm al-Qura numbering: "Ramadan", "Shawwal", "Dhu al-Hijjah" (the "dhu" part is matched by the grammar).
        (string W, int M)[] hijri = [("muharram", 1), ("safar", 2), ("rajab", 7), ("shaban", 8), ("sha'ban", 8), ("ramadan", 9), ("ramazan", 9),
            ("shawwal", 10), ("dhul-qadah", 11), ("dhul-hijjah", 12)];
        foreach (var (w, m) in hijri)
        {
            Get(w).HijriMonth = m;
        }

        // Persian (Solar Hijri) months: "Farvardin" … "Esfand".
        string[] persian = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey", "bahman", "esfand"];
        for (var k = 0; k < persian.Length; k++)
        {
            Get(persian[k]).PersianMonth = k + 1;
        }

        (string W, Role R)[] roles =
        [
            ("the", Role.The), ("a", Role.A), ("an", Role.A), ("this", Role.This), ("that", Role.That), ("these", Role.These), ("those", Role.That), ("nineties", Role.None), ("eighties", Role.None), ("seventies", Role.None), ("sixties", Role.None), ("fifties", Role.None),
            ("last", Role.Last), ("next", Role.Next), ("past", Role.Past), ("coming", Role.Coming), ("previous", Role.Previous), ("prior", Role.Previous),
            ("preceding", Role.Previous), ("following", Role.Following), ("same", Role.Same), ("current", Role.Current), ("latest", Role.Latest),
            ("recent", Role.Recent), ("final", Role.Final), ("upcoming", Role.Upcoming),
            ("early", Role.Early), ("late", Role.Late), ("mid", Role.Mid), ("earlier", Role.Earlier), ("later", Role.Later), ("ago", Role.Ago),
            ("before", Role.Before), ("after", Role.After), ("hence", Role.Hence), ("end", Role.End), ("beginning", Role.Beginning),
            ("start", Role.Start), ("middle", Role.Middle), ("of", Role.Of), ("in", Role.In), ("since", Role.Since), ("fiscal", Role.Fiscal),
            ("period", Role.Period), ("than", Role.Than), ("more", Role.More), ("less", Role.Less), ("fewer", Role.Less), ("at", Role.At),
            ("least", Role.Least), ("most", Role.Most), ("over", Role.Over), ("under", Role.Under), ("up", Role.Up), ("to", Role.To),
            ("no", Role.No), ("or", Role.Or), ("so", Role.So), ("and", Role.And), ("for", Role.For),
            ("every", Role.Every), ("each", Role.Each), ("per", Role.Per), ("other", Role.Other), ("times", Role.Times), ("twice", Role.Twice),
            ("today", Role.Today), ("yesterday", Role.Yesterday), ("tomorrow", Role.Tomorrow), ("tonight", Role.Tonight), ("now", Role.Now),
            ("currently", Role.Currently), ("recently", Role.Recently), ("previously", Role.Previously), ("soon", Role.Soon),
            ("future", Role.Future), ("present", Role.Present), ("nowadays", Role.Nowadays), ("lately", Role.Lately), ("formerly", Role.Formerly),
            ("approximately", Role.Approx), ("roughly", Role.Approx), ("around", Role.Approx), ("some", Role.Some), ("nearly", Role.Nearly),
            ("almost", Role.Almost), ("about", Role.About), ("am", Role.Am), ("pm", Role.Pm), ("noon", Role.Noon), ("midnight", Role.Midnight),
            ("midday", Role.Midday), ("several", Role.Several), ("few", Role.Few), ("many", Role.Many), ("couple", Role.Couple),
            ("dozen", Role.Dozen), ("half", Role.Half), ("hundred", Role.Hundred), ("thousand", Role.Thousand),
            ("est", Role.Zone), ("edt", Role.Zone), ("gmt", Role.Zone), ("utc", Role.Zone), ("pst", Role.Zone), ("pdt", Role.Zone), ("cst", Role.Zone),
            ("cdt", Role.Zone), ("bst", Role.Zone), ("cet", Role.Zone), ("et", Role.Zone),
            ("ad", Role.Ad), ("ah", Role.Ah), ("hs", Role.Hs), ("sh", Role.Hs), ("eid", Role.Eid), ("fitr", Role.Fitr), ("adha", Role.Adha), ("al", Role.Al),
            ("ul", Role.Ul), ("christmas", Role.Christmas), ("eve", Role.Eve), ("thanksgiving", Role.Thanksgiving), ("easter", Role.Easter),
            ("nowruz", Role.Nowruz), ("norouz", Role.Nowruz), ("nowrouz", Role.Nowruz), ("newroz", Role.Nowruz), ("halloween", Role.Halloween),
            ("independence", Role.Independence), ("election", Role.Election), ("valentine", Role.Valentine), ("new", Role.NewYear),
            ("will", Role.FutureCue), ("shall", Role.FutureCue), ("ll", Role.FutureCue), ("scheduled", Role.FutureCue), ("expected", Role.FutureCue),
            ("planned", Role.FutureCue), ("due", Role.FutureCue), ("going", Role.FutureCue),
            ("expects", Role.FutureCue), ("intends", Role.FutureCue), ("would", Role.FutureCue), ("must", Role.FutureCue), ("planning", Role.FutureCue), ("should", Role.FutureCue), ("slated", Role.FutureCue), ("until", Role.Until), ("as", Role.As), ("on", Role.On), ("by", Role.By),
            ("was", Role.PastCue), ("were", Role.PastCue), ("had", Role.PastCue), ("did", Role.PastCue), ("said", Role.PastCue),
            ("is", Role.PresentCue), ("are", Role.PresentCue), ("has", Role.PresentCue), ("have", Role.PresentCue), ("be", Role.PresentCue), ("been", Role.PresentCue), ("being", Role.PresentCue), ("old", Role.Old), ("long", Role.Long), ("still", Role.Still),
            ("era", Role.Era), ("dhu", Role.None), ("dhul", Role.None), ("zul", Role.None), ("holiday", Role.Holiday), ("then", Role.Then),
        ];
        foreach (var (w, r) in roles)
        {
            Get(w).Role = r;
        }

        var words = map.Keys.ToArray();
        Entries = new LexEntry[words.Length];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < words.Length; k++)
        {
            Entries[k] = map[words[k]];
            index[words[k]] = k;
        }

        Index = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        SpanIndex = Index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The entry index of <paramref name="word"/>, or -1.</summary>
    public static int Find(ReadOnlySpan<char> word) =>
        word.Length <= 14 && SpanIndex.TryGetValue(word, out var id) ? id : -1;

    /// <summary>The entry index of <paramref name="word"/>, or -1.</summary>
    public static int Find(string word) => Find(word.AsSpan());
}
