using System.Globalization;
using Dateline.Core.Model;

namespace Dateline.Cli.Commands;

/// <summary>
/// A generated news feed for <c>bench pipeline</c>, shaped like a conflict desk's day: about 20 reports of ~4 KB a day,
/// about six new events a day, each report leading with one recent event (told over four or five paragraphs with
/// its toll, a quote and the reaction), recalling two or three others in a paragraph each, and filling the rest
/// with background prose. Some stories are big (told by a few dozen reports over three days), most are small (a
/// handful of reports): a popular event of the last three days is drawn far more often than the rest. Each outlet
/// words a story its own way. The same seed gives the same feed; the cost per report does not depend on its length,
/// as the events per day stay the same however many days the feed covers.
/// </summary>
internal static class NewsStream
{
    /// <summary>Reports a day (the feed's density, which sets how many reports retell one event).</summary>
    public const int ReportsPerDay = 20;

    /// <summary>New events a day.</summary>
    public const int EventsPerDay = 6;

    private static readonly string[] Outlets = ["Levant Wire", "Gulf Monitor", "Sahel Dispatch", "Kabul Daily", "Tigris Post", "Maghreb Report", "Red Sea Times", "Frontline Press"];

    private sealed record Theatre(string Country, string Adjective, string[] Places, string[] Forces, string[] Foes);

    private static readonly Theatre[] Theatres =
    [
        new("Syria", "Syrian", ["Idlib", "Aleppo", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Daraa", "Maarat al-Numan"],
            ["Syrian government forces", "Russian jets", "the Syrian army"], ["rebels", "Islamic State militants", "opposition fighters"]),
        new("Iraq", "Iraqi", ["Mosul", "Kirkuk", "Basra", "Fallujah", "Ramadi", "Tikrit"],
            ["Iraqi security forces", "the Iraqi army", "Shiite militias"], ["Islamic State militants", "gunmen", "insurgents"]),
        new("Afghanistan", "Afghan", ["Kunduz", "Kandahar", "Herat", "Jalalabad", "Ghazni", "Lashkar Gah"],
            ["Afghan forces", "Afghan special forces", "US aircraft"], ["Taliban militants", "Taliban fighters", "insurgents"]),
        new("Mali", "Malian", ["Gao", "Timbuktu", "Mopti", "Kidal", "Menaka"],
            ["Malian soldiers", "UN peacekeepers", "French troops"], ["jihadists", "gunmen", "Islamist militants"]),
        new("Yemen", "Yemeni", ["Sanaa", "Aden", "Taiz", "Hodeidah", "Marib"],
            ["the Saudi-led coalition", "coalition warplanes", "government troops"], ["Houthi rebels", "Houthi fighters", "al-Qaeda militants"]),
        new("Libya", "Libyan", ["Benghazi", "Misrata", "Sirte", "Derna", "Tripoli"],
            ["forces loyal to Khalifa Haftar", "the Libyan National Army", "government forces"], ["militias", "Islamist fighters", "armed groups"]),
    ];

    // One story kind, worded three ways (one per outlet family): {F} force, {E} foe, {P} place, {W} when, {T} toll, {C} country.
    private static readonly string[][] Leads =
    [
        ["{F} shelled {E} positions near {P} {W}, killing at least {T} civilians, according to a monitoring group.",
         "At least {T} civilians were killed when {F} shelled {P} {W}, local activists said.",
         "Shelling by {F} killed {T} people in {P} {W}, a medical official told reporters."],
        ["A car bomb exploded near a market in {P} {W}, killing {T} people, police said.",
         "{T} people died when a car bomb went off in a crowded market in {P} {W}, officials said.",
         "A suicide car bombing tore through a market in {P} {W}, leaving at least {T} dead, the health ministry said."],
        ["{E} attacked a checkpoint in {P} {W}, killing {T} members of the security forces, an official said.",
         "{T} soldiers were killed when {E} stormed an army checkpoint outside {P} {W}.",
         "An assault by {E} on a checkpoint near {P} {W} left {T} troops dead, the defence ministry said."],
        ["{F} carried out air strikes on {P} {W}, killing {T} fighters, the military said in a statement.",
         "Air strikes by {F} hit {E} hideouts around {P} {W}, killing {T}, according to the army.",
         "{T} {E} were killed in air raids carried out by {F} near {P} {W}."],
        ["Hundreds of teachers protested outside the provincial council in {P} {W}, demanding unpaid wages.",
         "Teachers demonstrated in front of the council building in {P} {W} over months of unpaid salaries.",
         "Several hundred teachers rallied in {P} {W} to demand wages they have not been paid since the summer."],
        ["{F} arrested {T} suspected members of {E} in raids in {P} {W}, the interior ministry said.",
         "Security forces detained {T} people suspected of links to {E} in {P} {W}.",
         "{T} suspects were arrested in a sweep across {P} {W}, according to {F}."],
        ["Fierce clashes broke out between {F} and {E} on the outskirts of {P} {W}, leaving {T} fighters dead.",
         "{F} fought {E} for hours around {P} {W}; {T} combatants were killed, a monitor said.",
         "At least {T} fighters died in clashes between {E} and {F} near {P} {W}."],
    ];

    // The lead story's further paragraphs ({P} its place, {C} its country): details, quotes, reactions, in that order.
    private static readonly string[] Details =
    [
        "Residents of {P} said the violence began before dawn and lasted for several hours, forcing families to flee toward nearby villages.",
        "Witnesses described scenes of panic as ambulances rushed the wounded to the only hospital still working in the area.",
        "A doctor at the main hospital in {P} said dozens of wounded had been brought in and that the toll was likely to rise.",
        "Footage shared online showed plumes of smoke rising over {P} and damaged buildings along the main road.",
        "It was the deadliest incident in the province since the start of the year, according to figures compiled by a local monitor.",
        "Rescue workers searched through the rubble for survivors late into the night, using their bare hands where machinery could not reach.",
        "Shops and schools in {P} stayed closed the following day, and many residents said they were afraid to leave their homes.",
        "The wounded included women and children, several of them in a critical condition, according to a nurse at the scene.",
    ];

    private static readonly string[] Quotes =
    [
        "\"We heard the explosions and ran to the basement with the children,\" one resident told reporters by telephone.",
        "\"This is a clear violation of international humanitarian law,\" a spokesman for the United Nations said.",
        "\"The situation on the ground remains extremely difficult,\" an aid worker said, asking not to be named.",
        "\"We will not allow these groups to threaten the security of our citizens,\" a government spokesman said.",
        "\"Nobody warned us, there was no time to run,\" said a shopkeeper whose brother was among the wounded.",
        "\"We need a corridor to get medicine in and the wounded out,\" a local council member said.",
    ];

    private static readonly string[] Reactions =
    [
        "The UN Security Council condemned the attack and called on all parties to respect the ceasefire.",
        "The foreign ministry denounced the violence and promised an investigation into what happened in {P}.",
        "Human rights groups urged all sides to protect civilians and to allow aid convoys into the area.",
        "No group immediately claimed responsibility for the attack.",
        "The European Union called for restraint and said those responsible must be held to account.",
        "The governor of the province announced three days of mourning.",
    ];

    private static readonly string[] Background =
    [
        "The conflict in {C} has killed tens of thousands of people and displaced millions since it began, according to United Nations estimates.",
        "Analysts say the fighting reflects a wider struggle for influence among regional powers, each backing its own local allies.",
        "Aid agencies have repeatedly warned that shortages of food, fuel and medicine are pushing many families in {C} to the brink.",
        "Several rounds of negotiations over the past year have failed to produce a lasting agreement between the warring parties.",
        "Diplomats said a new round of consultations was expected in the coming weeks, although few expected a breakthrough.",
        "The economy of {C} has collapsed under the weight of the war, and the currency has lost most of its value against the dollar.",
        "Humanitarian workers say access to many districts remains limited by checkpoints, damaged roads and insecurity.",
        "The government says it is fighting terrorism, while opposition groups accuse it of targeting civilians and infrastructure.",
        "Many of those who fled earlier fighting live in crowded camps where winter brings cold, flooding and disease.",
        "Local journalists say they work under growing pressure from all sides, and several have been detained over the past year.",
        "Prices of bread and fuel have doubled in many towns of {C} since the summer, according to a survey by an aid group.",
        "Schools in large parts of the country have been closed for months, and teachers say many children will not return.",
        "The United Nations envoy is expected to brief the Security Council on the situation in {C} later this month.",
        "Electricity is available for only a few hours a day in most cities, and generators have become a lucrative business.",
        "Officials in the capital insist that most of the country is calm, and that life in the big cities has returned to normal.",
        "Opposition leaders rejected the latest proposal for a political settlement and accused the government of stalling.",
        "Water supplies in several districts depend on tankers, and residents say a barrel now costs a day's wages.",
        "The health system has been badly weakened, with many doctors having left the country over the past few years.",
        "Farmers say they can no longer reach their fields because of mines and the risk of being caught in crossfire.",
        "Tribal leaders have tried to mediate between the sides in some areas, with mixed results.",
        "Remittances from relatives abroad have become a lifeline for many households, according to a recent study.",
        "Observers say the number of armed groups has grown, making any agreement harder to enforce on the ground.",
        "Rights groups have documented hundreds of cases of people who disappeared after being stopped at checkpoints.",
        "The road linking the main cities of {C} has been cut for weeks, forcing lorries onto long detours through the desert.",
    ];

    private sealed record Story(int Id, int Day, int Kind, Theatre Theatre, string Place, string Force, string Foe, int Toll, double Weight);

    /// <summary>The stream's figures: how many events the reports tell and how many reports tell each.</summary>
    public sealed record Stats(int Events, double MeanReportsPerEvent, int MedianReportsPerEvent, int MaxReportsPerEvent);

    /// <summary>Makes <paramref name="count"/> reports, the same for the same <paramref name="seed"/>.</summary>
    public static (List<RawReport> Reports, Stats Stats) Make(int count, int seed = 5)
    {
        var random = new Random(seed);
        var first = new DateOnly(2017, 1, 1);
        var days = (count + ReportsPerDay - 1) / ReportsPerDay;
        var stories = new List<Story>();
        for (var day = -3; day < days; day++)
        {
            for (var k = 0; k < EventsPerDay; k++)
            {
                var theatre = Theatres[random.Next(Theatres.Length)];

                // Popularity falls steeply: a few stories lead many reports, most lead a handful.
                var weight = 1.0 / Math.Pow(1 + random.Next(12), 1.6);
                stories.Add(new Story(stories.Count, day, random.Next(Leads.Length), theatre, theatre.Places[random.Next(theatre.Places.Length)],
                    theatre.Forces[random.Next(theatre.Forces.Length)], theatre.Foes[random.Next(theatre.Foes.Length)], 2 + random.Next(30), weight));
            }
        }

        var told = new Dictionary<int, HashSet<int>>();
        var reports = new List<RawReport>(count);
        for (var i = 0; i < count; i++)
        {
            var day = i / ReportsPerDay;
            var published = first.AddDays(day);
            var outlet = random.Next(Outlets.Length);
            var wording = outlet % 3;

            // The lead: an event of the last three days, the popular and recent first; recalled events: any of the last week, less skewed.
            var lead = Pick(random, stories, day - 2, day, recency: true);
            var recalled = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Pick(random, stories, day - 6, day, recency: false))
                .Where(s => s.Id != lead.Id).DistinctBy(s => s.Id).ToList();
            foreach (var s in recalled.Prepend(lead))
            {
                (told.TryGetValue(s.Id, out var set) ? set : told[s.Id] = []).Add(i);
            }

            // The lead told in full, the recalled events in a paragraph each, then background prose up to ~4 KB: no
            // paragraph twice in one report.
            string Local(string text) => text.Replace("{P}", lead.Place, StringComparison.Ordinal).Replace("{C}", lead.Theatre.Country, StringComparison.Ordinal);
            var details = Shuffled(random, Details);
            var paragraphs = new List<string>
            {
                Fill(Leads[lead.Kind][wording], lead, published) + " " + Local(details[0]),
                Local(details[1]) + " " + Quotes[random.Next(Quotes.Length)],
                Local(details[2]),
                Local(Reactions[random.Next(Reactions.Length)]) + " " + Local(details[3]),
                Local(details[4]) + " " + Local(details[5]),
            };
            paragraphs.AddRange(recalled.Select(s => Fill(Leads[s.Kind][(wording + 1 + s.Id) % 3], s, published)));
            foreach (var next in Shuffled(random, Background))
            {
                if (paragraphs.Sum(p => p.Length + 2) >= 3900)
                {
                    break;
                }

                paragraphs.Add(Local(next));
            }

            var title = $"{lead.Theatre.Adjective} {KindTitle(lead.Kind)} in {lead.Place}";
            var date = published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            reports.Add(new RawReport($"news-{i}", $"{Outlets[outlet]}\n{title}\n{date}\n\n{string.Join("\n\n", paragraphs)}", ReportFormat.Text));
        }

        var counts = told.Values.Select(s => s.Count).Order().ToList();
        return (reports, new Stats(counts.Count, counts.Average(), counts[counts.Count / 2], counts[^1]));
    }

    private static List<string> Shuffled(Random random, string[] items) => items.OrderBy(_ => random.Next()).ToList();

    private static Story Pick(Random random, List<Story> stories, int fromDay, int toDay, bool recency)
    {
        var pool = stories.Where(s => s.Day >= fromDay && s.Day <= toDay).ToList();
        var weights = pool.Select(s => recency ? s.Weight / (1 + toDay - s.Day) : Math.Sqrt(s.Weight)).ToList();
        var x = random.NextDouble() * weights.Sum();
        for (var k = 0; k < pool.Count; k++)
        {
            x -= weights[k];
            if (x <= 0)
            {
                return pool[k];
            }
        }

        return pool[^1];
    }

    // "on Tuesday" within the week, else "on January 3"; the day itself: "on Tuesday" too, as wires write.
    private static string When(DateOnly day, DateOnly published) =>
        published.DayNumber - day.DayNumber < 6
            ? "on " + day.DayOfWeek.ToString()
            : "on " + day.ToString("MMMM d", CultureInfo.InvariantCulture);

    private static string Fill(string template, Story s, DateOnly published)
    {
        var text = template
            .Replace("{F}", s.Force, StringComparison.Ordinal)
            .Replace("{E}", s.Foe, StringComparison.Ordinal)
            .Replace("{P}", s.Place, StringComparison.Ordinal)
            .Replace("{W}", When(new DateOnly(2017, 1, 1).AddDays(s.Day), published), StringComparison.Ordinal)
            .Replace("{T}", s.Toll.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{C}", s.Theatre.Country, StringComparison.Ordinal);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string KindTitle(int kind) => kind switch
    {
        0 => "shelling",
        1 => "car bomb",
        2 => "checkpoint attack",
        3 => "air strikes",
        4 => "teachers' protest",
        5 => "arrests",
        _ => "clashes",
    };
}
