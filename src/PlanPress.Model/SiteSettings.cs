using System.Globalization;
using PlanPress.Model.Dates;

namespace PlanPress.Model;

/// <summary>What <c>site.yml</c> says about the plan as a whole.</summary>
public sealed record SiteSettings(
    string Title,
    string Organisation,
    string Timeframe,
    YearMonth? ProgramStart,
    string Language,
    string BaseUrl)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    /// <summary>What the plan is, in a sentence or two, for the home page and its description; empty when not given.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>How many days a status due now may go unchanged before pages flag it "no update since …" (site.yml's stale_after).</summary>
    public int StaleAfterDays { get; init; } = DefaultStaleAfterDays;

    public const int DefaultStaleAfterDays = 60;
}
