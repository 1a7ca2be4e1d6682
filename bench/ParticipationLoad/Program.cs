using System.Globalization;
using SmartRegion.Bench;

// bench/ParticipationLoad: fills a migrated SmartRegion database with ideas, supports and comments for
// bench/run-participation.sh, then prints the id of the idea that carries exactly COMMENTS_ON_ONE comments.
return args switch
{
    ["seed", var provider, var connection, var ideas, var supports, var comments, var onOne] =>
        await IdeaSeed.RunAsync(provider, connection, new SeedPlan(Number(ideas), Number(supports), Number(comments), Number(onOne))),
    _ => Usage(),
};

static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: ParticipationLoad seed Sqlite|Postgres CONNECTION IDEAS SUPPORTS COMMENTS COMMENTS_ON_ONE");
    return 2;
}
