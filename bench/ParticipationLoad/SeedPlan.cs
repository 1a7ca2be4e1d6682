namespace SmartRegion.Bench;

/// <summary>
/// How much to write and how it is spread: supports follow a long tail (a few ideas gather most of them, as on
/// real platforms), one idea gets exactly <see cref="CommentsOnOne"/> comments and the rest share the others.
/// Everything is derived from the index, so every run writes the same data.
/// </summary>
internal sealed record SeedPlan(int Ideas, int Supports, int Comments, int CommentsOnOne)
{
    /// <summary>Accounts that supports and comments come from; more than any idea's supports, so none repeats.</summary>
    public const int Accounts = 60_000;

    public int[] SupportsPerIdea()
    {
        // Weight 1/(rank+10): a Zipf-like tail, scaled to the wanted total and capped at the account pool.
        var weights = Enumerable.Range(0, Ideas).Select(i => 1.0 / ((i * 7919 % Ideas) + 10)).ToArray();
        var scale = Supports / weights.Sum();
        var counts = weights.Select(w => Math.Min(Accounts, (int)(w * scale))).ToArray();
        for (var i = 0; counts.Sum() < Supports; i = (i + 1) % Ideas)
        {
            counts[i]++;
        }

        return counts;
    }

    public int[] CommentsPerIdea()
    {
        var counts = new int[Ideas];
        counts[0] = CommentsOnOne;
        var rest = Comments - CommentsOnOne;
        for (var i = 1; i < Ideas; i++)
        {
            counts[i] = rest / (Ideas - 1) + (i <= rest % (Ideas - 1) ? 1 : 0);
        }

        return counts;
    }

    public static Guid Account(int index) => new(index, 0x5352, 0x4143, [0x43, 0x4f, 0x55, 0x4e, 0x54, 0, 0, 0]);
}
