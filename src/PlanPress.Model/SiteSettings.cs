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

    /// <summary>base_url as the folder the site is published in, ending in "/" so that paths resolve under it; null without one.</summary>
    public Uri? Root => RootOf(BaseUrl);

    /// <summary>
    /// Whether base_url is an example address (example.github.io, example.org, anything.example: the
    /// names kept for examples), as the sample and a new plan have until the coordinator sets theirs:
    /// printed codes, feeds and sitemaps would lead there.
    /// </summary>
    public bool IsExampleAddress => IsExample(BaseUrl);

    public static bool IsExample(string baseUrl) => RootOf(baseUrl)?.Host.ToLowerInvariant() is { } host
        && (host is "example.com" or "example.net" or "example.org" or "example.github.io"
            || host.EndsWith(".example", StringComparison.Ordinal)
            || host.EndsWith(".example.com", StringComparison.Ordinal) || host.EndsWith(".example.org", StringComparison.Ordinal) || host.EndsWith(".example.net", StringComparison.Ordinal));

    /// <summary>An http or https address as a folder, ending in "/" (with or without one as written); null for any other text, the empty one included.</summary>
    public static Uri? RootOf(string baseUrl) =>
        baseUrl.Length > 0 && Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var root) && (root.Scheme == Uri.UriSchemeHttps || root.Scheme == Uri.UriSchemeHttp) ? root : null;

    /// <summary>What the plan is, in a sentence or two, for the home page and its description; empty when not given.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>How many days a status due now may go unchanged before pages flag it "no update since …" (site.yml's stale_after).</summary>
    public int StaleAfterDays { get; init; } = DefaultStaleAfterDays;

    public const int DefaultStaleAfterDays = 60;

    /// <summary>How many days before a task or benchmark falls due a subscribed calendar reminds its owner (site.yml's reminder_days); 0 for none.</summary>
    public int ReminderDays { get; init; } = DefaultReminderDays;

    public const int DefaultReminderDays = 7;

    /// <summary>The meeting-log form's responses (site.yml's meeting_log): a workbook of the content folder by its path in it, or the local name of a shared sheet fetched as sources are; empty for none.</summary>
    public string MeetingLog { get; init; } = string.Empty;

    /// <summary>The form's prefilled link (site.yml's log_form), "{month}" and "{pair}" standing for the month and the pair; empty for none.</summary>
    public string LogForm { get; init; } = string.Empty;

    /// <summary>The hours of mentoring a pair is to log over the program (site.yml's mentoring_hours); null when not set.</summary>
    public int? MentoringHours { get; init; }

    /// <summary>Whom to tell of a barrier on the site (site.yml's accessibility_contact): an e-mail address, a web address or a sentence; empty when not given.</summary>
    public string AccessibilityContact { get; init; } = string.Empty;

    /// <summary>Every language the site is published in (site.yml's languages), the first being <see cref="Language"/>: the workbooks' own.</summary>
    public IReadOnlyList<string> Languages
    {
        get => field.Count > 0 ? field : [Language];
        init;
    } = [];

    /// <summary>site.yml's title, description, organisation and timeframe in the other languages, by "title.es".</summary>
    public IReadOnlyDictionary<string, string> InOtherLanguages { get; init; } = new Dictionary<string, string>();

    /// <summary>The languages after the first, each published under its code ("es/").</summary>
    public IEnumerable<string> OtherLanguages => Languages.Skip(1);
}
