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
}
