using System.Globalization;
using PlanPress.Import.Sources;
using PlanPress.Model;
using PlanPress.Model.Dates;
using PlanPress.Model.Diagnostics;
using PlanPress.Model.Text;

namespace PlanPress.Import;

/// <summary>What site.yml says: the site's settings and the workbooks kept elsewhere.</summary>
public sealed record SiteConfigFile(SiteSettings Settings, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<RemoteSource> Sources { get; init; } = [];
}

/// <summary>Reads <c>site.yml</c>: the plan's title, description, organisation, timeframe, program start, language, base URL, how long a status may go without an update, and remote sources.</summary>
public static partial class SiteConfig
{
    public const string FileName = "site.yml";

    /// <summary>The settings a site in another language may have in its own words: "title.es".</summary>
    private static readonly string[] Translated = ["title", "description", "organisation", "organization", "timeframe", "accessibility_contact", "log_form"];

    private static readonly string[] Keys = ["title", "description", "organisation", "organization", "timeframe", "program_start", "language", "languages", "base_url", "stale_after", "reminder_days", "accessibility_contact", "meeting_log", "log_form", "mentoring_hours", RemoteSource.Key];

    /// <param name="contentFolder">Given, a site.yml that is a link out of it is refused (and the defaults used).</param>
    public static SiteConfigFile Read(string path, string? contentFolder = null)
    {
        var file = path.Replace('\\', '/');
        var diagnostics = new List<Diagnostic>();
        var values = new Dictionary<string, (string Text, SourceLocation Location)>(StringComparer.Ordinal);
        var sources = new List<RemoteSource>();
        if (contentFolder is not null && File.Exists(path) && ContentLinks.Refuse(contentFolder, path) is { } link)
        {
            diagnostics.Add(link);
        }
        else if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Warning(new SourceLocation(file), $"There is no {FileName}; the site uses a default title.", "a site.yml with title, organisation, timeframe, program_start and language"));
        }
        else
        {
            ReadValues(path, file, values, sources, diagnostics);
        }

        string Text(string key, string fallback) => values.TryGetValue(key, out var v) && v.Text.Length > 0 ? v.Text : fallback;

        var language = Text("language", "en");
        if (!IsKnownCulture(language))
        {
            diagnostics.Add(Diagnostic.Error(values["language"].Location, $"The language \"{language}\" is not a known language code.", "a language code such as \"en\" or \"es\""));
            language = "en";
        }

        var languages = ReadLanguages(values, language, diagnostics);
        language = languages[0];

        YearMonth? programStart = null;
        if (values.TryGetValue("program_start", out var start))
        {
            var reading = MonthText.Read(new SourceCell(start.Text, start.Location), CultureInfo.GetCultureInfo(language), null, null);
            programStart = reading.Month;
            if (programStart is null)
            {
                diagnostics.Add(Diagnostic.Error(start.Location, reading.Explain("program start", start.Text), MonthText.Expected, reading.Suggestion));
            }
        }

        var baseUrl = Text("base_url", string.Empty);
        if (baseUrl.Length > 0 && BaseUrlProblem(baseUrl) is { } wrong)
        {
            diagnostics.Add(Diagnostic.Error(values["base_url"].Location, wrong, "the address the site is published at, such as https://example.github.io/plan/"));
            baseUrl = string.Empty;
        }

        var staleAfter = SiteSettings.DefaultStaleAfterDays;
        if (values.TryGetValue("stale_after", out var stale) && !TryReadDays(stale.Text, out staleAfter))
        {
            diagnostics.Add(Diagnostic.Error(stale.Location, $"The stale_after \"{stale.Text}\" is not a number of days.", "a whole number of days, such as 60 or \"45 days\""));
            staleAfter = SiteSettings.DefaultStaleAfterDays;
        }

        var reminderDays = SiteSettings.DefaultReminderDays;
        if (values.TryGetValue("reminder_days", out var reminder))
        {
            if (reminder.Text.Trim() is "0" or "0 days" or "none")
            {
                reminderDays = 0;
            }
            else if (!TryReadDays(reminder.Text, out reminderDays))
            {
                diagnostics.Add(Diagnostic.Error(reminder.Location, $"The reminder_days \"{reminder.Text}\" is not a number of days.", "a whole number of days before each task and benchmark, such as 7, or 0 for no reminder"));
                reminderDays = SiteSettings.DefaultReminderDays;
            }
        }

        var (meetingLog, logForm, mentoringHours) = ReadMeetingLog(values, sources, diagnostics);
        var settings = new SiteSettings(
            Text("title", "Plan"),
            Text("organisation", Text("organization", string.Empty)),
            Text("timeframe", string.Empty),
            programStart,
            language,
            baseUrl)
        {
            Description = Text("description", string.Empty),
            StaleAfterDays = staleAfter,
            ReminderDays = reminderDays,
            AccessibilityContact = Text("accessibility_contact", string.Empty),
            MeetingLog = meetingLog,
            LogForm = logForm,
            MentoringHours = mentoringHours,
            Languages = languages,
            InOtherLanguages = TextInOtherLanguages(values, languages, diagnostics),
        };
        return new SiteConfigFile(settings, diagnostics) { Sources = sources };
    }

    private static void ReadValues(string path, string file, Dictionary<string, (string, SourceLocation)> values, List<RemoteSource> sources, List<Diagnostic> diagnostics)
    {
        var (entries, problem) = SettingsYaml.Read(Model.Languages.PlanTranslator.Unmarked(File.ReadAllText(path)), file);
        if (problem is not null)
        {
            diagnostics.Add(problem);
            return;
        }

        if (entries.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(file), "The file holds no settings.", "lines of the form \"key: value\""));
            return;
        }

        foreach (var entry in entries)
        {
            var location = new SourceLocation(file, null, $"line {entry.Line}");
            // "title.es": the site's title in another of its languages; so for its description, organisation and timeframe.
            var (name, language) = entry.Key.LastIndexOf('.') is var dot and > 0 && Translated.Contains(entry.Key[..dot]) ? (entry.Key[..dot], entry.Key[(dot + 1)..]) : (entry.Key, null);
            var key = Keys.FirstOrDefault(k => Fold.Compact(k) == Fold.Compact(name));
            if (key is null)
            {
                diagnostics.Add(Diagnostic.Warning(location, $"The setting \"{entry.Key}\" is not known and was ignored.", $"one of {string.Join(", ", Keys)}", Closest.Match(entry.Key, Keys)));
                continue;
            }

            if (key == "languages" && entry.Items is { } items)
            {
                values[key] = (string.Join(", ", items.Select(i => i.Value ?? string.Empty)), location);
                continue;
            }

            if (key == RemoteSource.Key)
            {
                var (listed, problems) = RemoteSource.Read(entry, file);
                sources.AddRange(listed);
                diagnostics.AddRange(problems);
                continue;
            }

            if (entry.Value is null)
            {
                diagnostics.Add(Diagnostic.Error(location, $"The setting \"{key}\" holds a list or a group of settings, not text.", $"{key}: followed by its value on the same line"));
                continue;
            }

            values[language is null ? key : $"{key}.{language}"] = (entry.Value.Trim(), location);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    /// <summary>The local name of a shared sheet named by its address in meeting_log:, fetched as sources are.</summary>
    public const string SharedMeetingLog = "meeting-log.xlsx";

    /// <summary>
    /// meeting_log: (a workbook of the content folder, or a shared sheet's address, fetched as sources
    /// are), log_form: (an https address; "{month}" and "{pair}" are filled in) and mentoring_hours: (a whole number).
    /// </summary>
    private static (string MeetingLog, string LogForm, int? Hours) ReadMeetingLog(Dictionary<string, (string Text, SourceLocation Location)> values, List<RemoteSource> sources, List<Diagnostic> diagnostics)
    {
        var log = string.Empty;
        if (values.TryGetValue("meeting_log", out var given) && given.Text.Length > 0)
        {
            if (given.Text.Contains("://", StringComparison.Ordinal))
            {
                if (sources.Any(s => string.Equals(s.Name, SharedMeetingLog, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Add(Diagnostic.Error(given.Location, $"A source is named {SharedMeetingLog}, the name the meeting log's shared sheet is read under.", "another name for that source"));
                }
                else if (RemoteSource.One(given.Text, SharedMeetingLog, given.Location, sources.Count + 1, diagnostics) is { } shared)
                {
                    sources.Add(shared);
                    log = shared.Name;
                }
            }
            else if (given.Text.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(given.Text) || !Workbooks.WorkbookReader.Extensions.Contains(Path.GetExtension(given.Text).ToLowerInvariant()))
            {
                diagnostics.Add(Diagnostic.Error(given.Location, $"The meeting_log \"{given.Text}\" is not a workbook of the content folder or a shared sheet's address.", "the responses workbook's name in the content folder (meeting-log.xlsx), or the address of the form's responses sheet shared with anyone who has the link"));
            }
            else
            {
                log = given.Text.Replace('\\', '/');
            }
        }

        var form = string.Empty;
        if (values.TryGetValue("log_form", out var link) && link.Text.Length > 0)
        {
            // {Month} is {month}: a placeholder is known whatever its case.
            var text = Placeholder().Replace(link.Text, m => m.Value.ToLowerInvariant());
            if (Uri.TryCreate(text.Replace("{month}", "m", StringComparison.Ordinal).Replace("{pair}", "p", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                form = text;
                if (Placeholder().Matches(text).Select(m => m.Value).FirstOrDefault(m => m is not ("{month}" or "{pair}")) is { } unknown)
                {
                    diagnostics.Add(Diagnostic.Warning(link.Location, $"The log_form's {unknown} is not filled in: only {{month}} and {{pair}} are.", "{month} and {pair} where the form's prefilled link has the month and the pair"));
                }
                else if (!text.Contains("{month}", StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Warning(link.Location, "The log_form has no {month}: each month's link leads to the form without its month filled in.", "the form's prefilled link (Google Forms: Get pre-filled link; a short forms.gle link cannot be filled in), with {month} where the month goes"));
                }
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(link.Location, $"The log_form \"{link.Text}\" is not an https address.", "the form's prefilled link, with {month} and {pair} where the month and the pair go"));
            }
        }

        int? hours = null;
        if (values.TryGetValue("mentoring_hours", out var target))
        {
            if (int.TryParse(target.Text.Trim().Split(' ')[0].TrimEnd('h', 'H'), NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h > 0)
            {
                hours = h;
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(target.Location, $"The mentoring_hours \"{target.Text}\" is not a number of hours.", "a whole number of hours, such as 50"));
            }
        }

        return (log, form, hours);
    }

    /// <summary>
    /// site.yml's languages ("[en, es]", or a list): the first is the workbooks' own and the site's
    /// root, each other one a site of its own under its code. Without it, the one language.
    /// </summary>
    private static List<string> ReadLanguages(Dictionary<string, (string Text, SourceLocation Location)> values, string language, List<Diagnostic> diagnostics)
    {
        if (!values.TryGetValue("languages", out var listed))
        {
            return [language];
        }

        var codes = listed.Text.Trim('[', ']', ' ').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var expected = "a list of language codes, the workbooks' own first: languages: [en, es]";
        if (codes.FirstOrDefault(c => !IsKnownCulture(c)) is { } unknown)
        {
            diagnostics.Add(Diagnostic.Error(listed.Location, $"The language \"{unknown}\" is not a known language code.", expected));
            return [language];
        }

        if (codes.Count == 0 || codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != codes.Count || codes.Any(c => c.Contains('/', StringComparison.Ordinal)))
        {
            diagnostics.Add(Diagnostic.Error(listed.Location, $"The languages \"{listed.Text}\" are not a list of different language codes.", expected));
            return [language];
        }

        if (values.TryGetValue("language", out var single) && !string.Equals(codes[0], language, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning(single.Location, $"The language \"{language}\" is not the first of the languages ({string.Join(", ", codes)}); the first, {codes[0]}, is taken for the workbooks' own.", "language: left out, or the first of languages"));
        }

        return codes.Select(c => c.ToLowerInvariant()).ToList();
    }

    /// <summary>"title.es" and the like, each for one of the site's other languages; one for a language it does not name is a warning.</summary>
    private static Dictionary<string, string> TextInOtherLanguages(Dictionary<string, (string Text, SourceLocation Location)> values, List<string> languages, List<Diagnostic> diagnostics)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, (text, location)) in values.Where(v => v.Key.Contains('.', StringComparison.Ordinal)))
        {
            var dot = key.LastIndexOf('.');
            var (name, language) = (key[..dot] == "organization" ? "organisation" : key[..dot], key[(dot + 1)..].ToLowerInvariant());
            if (languages.Skip(1).Contains(language))
            {
                texts[$"{name}.{language}"] = text;
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(location, $"The setting \"{key}\" is for a language that is not among the site's other languages ({string.Join(", ", languages.Skip(1).DefaultIfEmpty("none"))}); it was ignored.", $"{name}.CODE for a language of languages: [{string.Join(", ", languages)}]"));
            }
        }

        return texts;
    }

    /// <summary>"60" or "60 days": a whole number of days, at least one.</summary>
    private static bool TryReadDays(string text, out int days)
    {
        var number = text.EndsWith("days", StringComparison.OrdinalIgnoreCase) ? text[..^4].Trim() : text;
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days > 0;
    }

    /// <summary>
    /// The longest base_url taken: a month's printed QR code holds its page's address, and past this
    /// the code grows too dense for a phone to read at the size it is printed.
    /// </summary>
    public const int MaxBaseUrl = 300;

    /// <summary>
    /// What is wrong with a base_url, in words naming what to remove; null when nothing is. It is
    /// printed on paper and put in every feed: it must not carry a password, and a query or a
    /// fragment would be cut from every address made from it.
    /// </summary>
    /// <param name="name">How the address is named in the message: site.yml's "The base_url", --base-url's "The address".</param>
    public static string? BaseUrlProblem(string text, string name = "The base_url")
    {
        if (!IsWebAddress(text))
        {
            return $"{name} \"{text}\" is not a web address.";
        }

        var url = new Uri(text);
        return url.UserInfo.Length > 0 ? $"{name} holds a user name or password (before the @), which would be printed on paper and in every feed: remove \"{url.UserInfo.Split(':')[0]}…@\"."
            : url.Query.Length > 0 ? $"{name} ends with a query (\"{url.Query}\"), which every page's address would lose: remove it."
            : url.Fragment.Length > 0 ? $"{name} ends with a fragment (\"{url.Fragment}\"), which every page's address would lose: remove it."
            : text.Length > MaxBaseUrl ? $"{name} is {text.Length} characters long; a printed month's QR code holds an address of at most {MaxBaseUrl} that a phone still reads."
            : null;
    }

    /// <summary>Only an absolute http or https address may reach links, the sitemap and the calendars: never javascript: or data:.</summary>
    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && !text.Any(char.IsControl)
        && !text.Any(c => c is '"' or '\'' or '<' or '>' or '`' or ' ');

    private static bool IsKnownCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
