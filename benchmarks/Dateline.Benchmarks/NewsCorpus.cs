using System.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// A fixed, generated corpus of news-like English: sentences from templates the project wrote, filled from small
/// word lists with a seeded random generator, so every run tags the same text. About one time expression per 120
/// characters, close to wire news.
/// </summary>
public static class NewsCorpus
{
    private static readonly string[] Actors = ["The Syrian army", "Rebel groups", "The United Nations", "Russian envoys", "Turkish officials", "The ministry", "Aid agencies", "The opposition coalition", "Local councils", "The president"];
    private static readonly string[] Verbs = ["said", "announced", "reported", "denied", "confirmed", "warned", "claimed", "agreed"];
    private static readonly string[] Places = ["Aleppo", "Damascus", "Astana", "Idlib", "Homs", "Geneva", "Ankara", "Tehran", "Moscow", "Raqqa"];
    private static readonly string[] Times = ["on Sunday", "last week", "later this month", "in December", "on January 5", "the next day", "on December 30, 2016", "since March 2011", "two years ago", "for three days", "earlier this year", "next Tuesday", "at 2:28PM", "every week", "in the third quarter", "during Ramadan", "in the 1990s", "yesterday", "now", "over the past six months"];
    private static readonly string[] Fillers = [
        "that talks on a political settlement would continue despite violations of the truce",
        "that convoys carrying food and medicine had reached besieged districts",
        "that the ceasefire agreement covered all armed groups except those designated as terrorist",
        "that shelling of residential areas had killed at least twelve civilians and wounded dozens",
        "that the delegation met community leaders and representatives of displaced families",
        "that negotiations mediated by three countries would be held in the Kazakh capital",
    ];

    /// <summary>Builds a corpus of at least <paramref name="bytes"/> UTF-16 characters (ASCII text, so bytes = chars).</summary>
    public static string Build(int bytes, int seed = 2017)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(bytes + 512);
        var sentences = 0;
        while (sb.Length < bytes)
        {
            sb.Append(Pick(random, Actors)).Append(' ').Append(Pick(random, Verbs)).Append(' ').Append(Pick(random, Times))
              .Append(' ').Append(Pick(random, Fillers)).Append(" in ").Append(Pick(random, Places)).Append(". ");
            sentences++;
            if (sentences % 6 == 0)
            {
                sb.Append("\n\n");
            }
        }

        return sb.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
