namespace Dateline.Core.Evaluation;

/// <summary>Precision, recall and F1.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1)
{
    /// <summary>From the two rates.</summary>
    public static Prf Of(double p, double r) => new(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));

    /// <summary>From counts of matches, system items and gold items.</summary>
    public static Prf From(int matched, int system, int gold) =>
        Of(system == 0 ? 0 : (double)matched / system, gold == 0 ? 0 : (double)matched / gold);
}
